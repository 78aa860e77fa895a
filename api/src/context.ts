import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from './common/actor.js';
import type { Platform } from './platform.js';
import type { Loaders } from './common/loaders.js';

/** Everything a resolver and a service get for one request. */
export interface RequestContext {
  platform: Platform;
  /** The request's own transaction: RLS role and area set, the area filter on with the actor's scope. */
  em: EntityManager;
  actor: Actor | null;
  requestId: string;
  ip: string | null;
  loaders: Loaders;
  /** Browser sessions: the SPAs keep the token in an httpOnly cookie instead of script-readable storage. */
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

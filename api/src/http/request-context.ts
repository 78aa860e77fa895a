import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { RequestContext } from '../context.js';
import type { Platform } from '../platform.js';
import { createLoaders } from '../common/loaders.js';
import { actorFromClaims } from '../modules/auth/actor-from-claims.js';
import { openRequestScope } from './request-scope.js';

export const SESSION_COOKIE = 'rp_session';

export interface TransactionalContext extends RequestContext {
  /** Ends the request's transaction once; later calls do nothing. */
  endTransaction(commit: boolean): Promise<void>;
  /** The client hung up before the response was ready. */
  readonly aborted: boolean;
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}

/** Builds the context of one GraphQL request: who is asking, in which area, in which transaction. */
export async function createRequestContext(platform: Platform, req: Request, res: Response): Promise<TransactionalContext> {
  const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
  res.setHeader('x-request-id', requestId);
  await platform.orgs.ensureFresh();
  const token = bearerToken(req);
  const claims = token ? await platform.tokens.verify(token) : null;
  const claimedActor = claims ? actorFromClaims(claims, platform.orgs) : null;

  const em = platform.orm.em.fork({ clear: true });
  let open = true;
  const endTransaction = async (commit: boolean) => {
    if (!open) return;
    open = false;
    if (commit) await em.commit();
    else await em.rollback();
  };
  // A client that hangs up must not leave a transaction holding a pooled connection.
  let aborted = false;
  res.on('close', () => {
    if (open) aborted = true;
    void endTransaction(false).catch(() => {});
  });

  let actor;
  try {
    actor = await openRequestScope(em, claimedActor);
  } catch (e) {
    await endTransaction(false).catch(() => {});
    throw e;
  }
  const secure = platform.config.production;
  return {
    platform,
    em,
    actor,
    requestId,
    ip: req.ip ?? null,
    loaders: createLoaders(em),
    endTransaction,
    get aborted() {
      return aborted;
    },
    setSessionCookie: (value, expiresAt) => res.cookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure, expires: expiresAt, path: '/' }),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, { path: '/' }),
  };
}

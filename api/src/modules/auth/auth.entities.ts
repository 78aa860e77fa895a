import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { ActorKind } from '../audit/audit-log.entity.js';

/**
 * A token's server-side record: logout revokes it, and every request checks it, so a stolen
 * token dies with the session even before it expires.
 */
@Entity({ tableName: 'auth_session' })
@Index({ properties: ['subjectKind', 'subjectId'] })
export class AuthSession {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => ActorKind, nativeEnumName: 'actor_kind' })
  subjectKind!: ActorKind;

  @Property({ type: 'string', length: 64 })
  subjectId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;
}

/** An integrator (provincial system, data-sharing feeds, face authentication) with scopes. */
@Entity({ tableName: 'api_client' })
export class ApiClient {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 64, unique: true })
  clientId!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 200, hidden: true })
  secretHash!: string;

  @Property({ type: 'text[]' })
  scopes: string[] = [];

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'boolean', default: false })
  isDemo: boolean = false;
}

/** A one-time login code sent to a retiree's phone; only its hash is kept. */
@Entity({ tableName: 'otp_challenge' })
@Index({ properties: ['retireeId', 'createdAt'] })
export class OtpChallenge {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'integer' })
  retireeId!: number;

  @Property({ type: 'string', length: 200 })
  codeHash!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', nullable: true })
  consumedAt?: Date | null;
}

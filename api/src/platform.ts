import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { AppConfig } from './config.js';
import type { Logger } from './common/logger.js';
import type { OrgDirectory } from './modules/org-unit/org-directory.js';
import type { AttemptLimiter } from './modules/auth/rate-limit.js';
import type { SmsSender } from './modules/auth/sms-sender.js';
import type { TokenService } from './modules/auth/tokens.js';
import type { JobQueue } from './modules/jobs/job-queue.js';

/** The long-lived parts of one API node, shared by every request. */
export interface Platform {
  config: AppConfig;
  orm: MikroORM;
  /** Owner-level connections for the rate limiter and the job queue. */
  pool: pg.Pool;
  /** Owner-level connections for imports, one per delivery in progress (IMPORT_CONCURRENCY). */
  importPool: pg.Pool;
  orgs: OrgDirectory;
  tokens: TokenService;
  sms: SmsSender;
  jobs: JobQueue;
  limits: {
    loginByUser: AttemptLimiter;
    loginByIp: AttemptLimiter;
    otpSend: AttemptLimiter;
  };
  log: Logger;
}

/**
 * An entity manager outside any request: the database owner, not subject to row-level security.
 * Only for work that happens before there is a scope (finding who is logging in) or that belongs
 * to no area (background jobs); area-filtered entities still need `filters: { area: false }` named
 * explicitly, so that every unscoped read is visible in the code.
 */
export function systemEm(platform: Pick<Platform, 'orm'>): EntityManager {
  return platform.orm.em.fork({ clear: true });
}

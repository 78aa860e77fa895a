import { MikroORM, type Options } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { AppConfig } from './config.js';
import type { Logger } from './common/logger.js';
import { ormConfig } from './mikro-orm.config.js';
import { systemEm, type Platform } from './platform.js';
import { OrgDirectory } from './modules/org-unit/org-directory.js';
import { AttemptLimiter } from './modules/auth/rate-limit.js';
import { LogSmsSender, type SmsSender } from './modules/auth/sms-sender.js';
import { TokenService } from './modules/auth/tokens.js';
import { JobQueue } from './modules/jobs/job-queue.js';
import { CRONTAB, createTaskList } from './modules/jobs/tasks.js';

export interface PlatformOptions {
  sms?: SmsSender;
  /** Extra ORM settings, e.g. a query logger in tests. */
  orm?: Partial<Options>;
}

/** Connects everything one API or worker node needs. The database must already be migrated. */
export async function createPlatform(config: AppConfig, databaseUrl: string, log: Logger, options: PlatformOptions = {}): Promise<Platform> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, options.orm));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 6 });
  pool.on('error', (e) => log.warn('idle database connection failed', { error: e.message }));
  pool.on('connect', (client) => client.on('error', (e) => log.warn('database connection failed', { error: e.message })));
  // Imports hold a connection for a whole delivery (up to a minute for a city-wide file): they get
  // their own few, so that logins, jobs and rate limits on the main pool never wait behind them.
  const importPool = new pg.Pool({ connectionString: databaseUrl, max: config.importConcurrency, application_name: 'import' });
  importPool.on('error', (e) => log.warn('idle import connection failed', { error: e.message }));
  importPool.on('connect', (client) => client.on('error', (e) => log.warn('import connection failed', { error: e.message })));
  const orgs = OrgDirectory.fromOrm(() => systemEm({ orm }));
  await orgs.refresh();
  const sms = options.sms ?? new LogSmsSender((m) => log.info(m));
  const platform: Platform = {
    config,
    orm,
    pool,
    importPool,
    orgs,
    tokens: new TokenService(config.jwtSecret),
    sms,
    jobs: new JobQueue(pool, createTaskList(pool, sms, config), CRONTAB, log),
    limits: {
      // Five wrong passwords lock an account for 15 minutes; one address gets 30 tries.
      loginByUser: new AttemptLimiter(pool, 'login-user', 5, 15 * 60),
      loginByIp: new AttemptLimiter(pool, 'login-ip', 30, 15 * 60),
      // An ID number gets at most five codes an hour; each code allows five tries (counted on the challenge).
      otpSend: new AttemptLimiter(pool, 'otp-send', 5, 60 * 60),
    },
    log,
  };
  return platform;
}

export async function closePlatform(platform: Platform): Promise<void> {
  await platform.jobs.stop();
  await platform.orm.close();
  await platform.pool.end();
  await platform.importPool.end();
}

/** Demo accounts have published passwords: a production system must not start with any. */
export async function demoCredentialsPresent(platform: Platform): Promise<boolean> {
  const { rows } = await platform.pool.query<{ n: number }>(
    `select (select count(*) from staff_user where is_demo and active) + (select count(*) from api_client where is_demo and active) as n`,
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

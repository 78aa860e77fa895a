import type { Task, TaskList } from 'graphile-worker';
import type pg from 'pg';

/**
 * Every background job by name. Handlers are idempotent: a job may run again after a crash.
 * Schedules are in CRONTAB (graphile-worker's crontab syntax, server time zone UTC).
 */
export function createTaskList(pool: pg.Pool): TaskList {
  /** Expired sessions and used login codes are worthless after a day; keep the tables small. */
  const purgeExpiredAuth: Task = async () => {
    await pool.query(`delete from auth_session where expires_at < now() - interval '1 day'`);
    await pool.query(`delete from otp_challenge where expires_at < now() - interval '1 day'`);
    await pool.query(`delete from rate_limit where expire is not null and expire < (extract(epoch from now()) * 1000)::bigint`);
  };
  return { 'auth:purge-expired': purgeExpiredAuth };
}

// 03:10 Asia/Shanghai = 19:10 UTC.
export const CRONTAB = `10 19 * * * auth:purge-expired`;

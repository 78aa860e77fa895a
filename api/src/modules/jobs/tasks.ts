import type { Task, TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { SmsSender } from '../auth/sms-sender.js';
import { DELIVER_SMS_JOB } from '../notification/notification.service.js';
import { deliverOutboundSms, deliverPendingSms } from '../notification/sms-delivery.js';
import { scanRisks, scopeOfBatch } from '../risk/risk-scan.js';
import { certifyPassively } from '../certification/passive-certification.js';
import { runCertificationLifecycle } from '../certification/certification-lifecycle.js';
import { settleCertified, SETTLE_SUSPENSIONS_JOB } from '../suspension/suspension-lifecycle.js';
import { todayInShanghai } from '../../common/working-days.js';
import type { AppConfig } from '../../config.js';
import { inTransaction } from '../../db/transaction.js';

export const RISK_SCAN_JOB = 'risk:scan';
export const PASSIVE_CERTIFICATION_JOB = 'certification:passive';
export const CERTIFICATION_LIFECYCLE_JOB = 'certification:lifecycle';

/**
 * Every background job by name. Handlers are idempotent: a job may run again after a crash.
 * Schedules are in CRONTAB (graphile-worker's crontab syntax, server time zone UTC).
 */
export function createTaskList(pool: pg.Pool, sms: SmsSender, config: Pick<AppConfig, 'risk' | 'calendar' | 'certification'>): TaskList {
  /** Expired sessions, used login codes and stale face-certification hand-offs are worthless after a day; keep the tables small. */
  const purgeExpiredAuth: Task = async () => {
    await pool.query(`delete from auth_session where expires_at < now() - interval '1 day'`);
    await pool.query(`delete from otp_challenge where expires_at < now() - interval '1 day'`);
    await pool.query(`delete from rate_limit where expire is not null and expire < (extract(epoch from now()) * 1000)::bigint`);
    await pool.query(`delete from face_certification_request where expires_at < now() - interval '1 day'`);
  };
  const deliverSms: Task = async () => {
    await deliverPendingSms(pool, sms);
    await deliverOutboundSms(pool, sms);
  };
  /** A file previewed a week ago and never committed is abandoned: free its staged rows. */
  const discardStalePreviews: Task = async () => {
    await pool.query(`select app_discard_stale_import_previews(interval '7 days')`);
  };
  /** After an import, a review decision, and nightly: payload `{ batchId }`, `{ retireeIds }` or nothing (everyone). */
  const scanRisk: Task = async (payload) => {
    const { batchId, retireeIds } = (payload ?? {}) as { batchId?: string; retireeIds?: number[] };
    await inTransaction(pool, async (client) => {
      const scope = batchId ? await scopeOfBatch(client, batchId) : { retireeIds };
      if (scope) await scanRisks(client, config.risk, config.calendar, scope);
    });
  };
  /** After a shared-data import (its people) and nightly (everyone): renew certifications the evidence supports. */
  const certifyPassive: Task = async (payload) => {
    const { batchId } = (payload ?? {}) as { batchId?: string };
    await inTransaction(pool, async (client) => {
      const people = batchId
        ? (await client.query<{ retiree_id: number }>(`select distinct retiree_id from life_event where batch_id = $1 and retiree_id is not null`, [batchId])).rows.map((r) => r.retiree_id)
        : undefined;
      if (people && !people.length) return;
      await certifyPassively(client, config.certification, { retireeIds: people });
      await settleCertified(client, todayInShanghai(), people);
    });
  };
  /** After a certification recorded inside a request (a visit): payload `{ retireeIds }`. */
  const settleSuspensions: Task = async (payload) => {
    const { retireeIds } = (payload ?? {}) as { retireeIds?: number[] };
    await inTransaction(pool, (client) => settleCertified(client, todayInShanghai(), retireeIds));
  };
  return {
    'auth:purge-expired': purgeExpiredAuth,
    [DELIVER_SMS_JOB]: deliverSms,
    [DISCARD_STALE_PREVIEWS_JOB]: discardStalePreviews,
    [RISK_SCAN_JOB]: scanRisk,
    [PASSIVE_CERTIFICATION_JOB]: certifyPassive,
    [SETTLE_SUSPENSIONS_JOB]: settleSuspensions,
    [CERTIFICATION_LIFECYCLE_JOB]: async () => {
      await inTransaction(pool, (client) => runCertificationLifecycle(client, config.calendar));
    },
  };
}

export const DISCARD_STALE_PREVIEWS_JOB = 'import:discard-stale-previews';


// 03:10 Asia/Shanghai = 19:10 UTC. The SMS sweep also catches anything a lost job left behind.
// The nightly risk scan (02:30) catches what no import triggered: payments made after a death became known.
// Passive certification (02:00) reads the day's staff visits too; then (02:15) notices and visit
// tasks for the certifications ending soon.
export const CRONTAB = [`10 19 * * * auth:purge-expired`, `*/10 * * * * ${DELIVER_SMS_JOB}`, `20 19 * * * ${DISCARD_STALE_PREVIEWS_JOB}`, `30 18 * * * ${RISK_SCAN_JOB}`, `0 18 * * * ${PASSIVE_CERTIFICATION_JOB}`, `15 18 * * * ${CERTIFICATION_LIFECYCLE_JOB}`].join('\n');

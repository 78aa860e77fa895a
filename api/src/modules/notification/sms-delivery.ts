import type pg from 'pg';
import type { SmsSender } from '../auth/sms-sender.js';

const BATCH = 200;

/**
 * Sends every notification waiting for SMS, in batches. Rows are claimed with SKIP LOCKED so
 * several workers share the work; a row is marked SENT in the same transaction that sent it.
 * If the process dies after the gateway accepted a message but before the commit, that message
 * is sent again: delivery is at least once, and the inbox still shows it once.
 */
export async function deliverPendingSms(pool: pg.Pool, sms: SmsSender): Promise<number> {
  let delivered = 0;
  for (;;) {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ id: string; body: string; phone: string | null }>(
        `select n.id, n.body, r.phone from notification n join retiree r on r.id = n.retiree_id
          where n.sms_status = 'PENDING' order by n.id limit ${BATCH} for update of n skip locked`,
      );
      for (const row of rows) {
        if (row.phone) await sms.send(row.phone, row.body);
        await client.query(`update notification set sms_status = $2::sms_status, sms_sent_at = case when $3 then now() end where id = $1`, [row.id, row.phone ? 'SENT' : 'SKIPPED', Boolean(row.phone)]);
      }
      await client.query('commit');
      delivered += rows.length;
      if (rows.length < BATCH) return delivered;
    } catch (e) {
      await client.query('rollback').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }
}

/**
 * Texts to people who are not retirees (a deceased person's next of kin), from `outbound_sms`:
 * claimed with SKIP LOCKED, marked in the transaction that sent them — at least once, like above.
 */
export async function deliverOutboundSms(pool: pg.Pool, sms: SmsSender): Promise<number> {
  let delivered = 0;
  for (;;) {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ id: string; phone: string; body: string }>(
        `select id, phone, body from outbound_sms where status = 'PENDING' order by id limit ${BATCH} for update skip locked`,
      );
      for (const row of rows) {
        await sms.send(row.phone, row.body);
        await client.query(`update outbound_sms set status = 'SENT', sent_at = now() where id = $1`, [row.id]);
      }
      await client.query('commit');
      delivered += rows.length;
      if (rows.length < BATCH) return delivered;
    } catch (e) {
      await client.query('rollback').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }
}

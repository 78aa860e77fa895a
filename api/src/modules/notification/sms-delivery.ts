import type pg from 'pg';
import { inTransaction } from '../../db/transaction.js';
import type { SmsSender } from '../auth/sms-sender.js';

const BATCH = 200;

/**
 * Drains an SMS outbox in batches of BATCH. `claim` selects them with SKIP LOCKED so several workers share the
 * work; each row is marked in the same transaction that sent it. If the process dies after the
 * gateway accepted a message but before the commit, that message is sent again: delivery is at
 * least once.
 */
async function drain<Row>(pool: pg.Pool, claim: string, send: (client: pg.PoolClient, row: Row) => Promise<void>): Promise<number> {
  let delivered = 0;
  for (;;) {
    const sent = await inTransaction(pool, async (client) => {
      const { rows } = await client.query(claim);
      for (const row of rows as Row[]) await send(client, row);
      return rows.length;
    });
    delivered += sent;
    if (sent < BATCH) return delivered;
  }
}

/** Retirees' notifications marked for SMS (the inbox still shows each once, however often it is texted). */
export function deliverPendingSms(pool: pg.Pool, sms: SmsSender): Promise<number> {
  return drain<{ id: string; body: string; phone: string | null }>(
    pool,
    `select n.id, n.body, r.phone from notification n join retiree r on r.id = n.retiree_id
      where n.sms_status = 'PENDING' order by n.id limit ${BATCH} for update of n skip locked`,
    async (client, row) => {
      if (row.phone) await sms.send(row.phone, row.body);
      await client.query(`update notification set sms_status = $2::sms_status, sms_sent_at = case when $3 then now() end where id = $1`, [row.id, row.phone ? 'SENT' : 'SKIPPED', Boolean(row.phone)]);
    },
  );
}

/** Texts to people who are not retirees (a deceased person's next of kin), from `outbound_sms`. */
export function deliverOutboundSms(pool: pg.Pool, sms: SmsSender): Promise<number> {
  return drain<{ id: string; phone: string; body: string }>(pool, `select id, phone, body from outbound_sms where status = 'PENDING' order by id limit ${BATCH} for update skip locked`, async (client, row) => {
    await sms.send(row.phone, row.body);
    await client.query(`update outbound_sms set status = 'SENT', sent_at = now() where id = $1`, [row.id]);
  });
}

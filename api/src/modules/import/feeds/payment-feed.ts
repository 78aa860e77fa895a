/**
 * Pension payment files: one row per retiree and period. A correction of a payment we have keeps
 * the old amount, date and account in record_revision.
 */
import type pg from 'pg';
import { copyNullable } from '../../../seed/copy.js';
import { maskBankAccount, maskIdNumber } from '../../../common/masking.js';
import { formatYuan } from '../../../common/money.js';
import { ImportKind, type PaymentRecord } from '../feed-formats.js';
import type { ImportChange } from '../import-batch.entity.js';
import { CHANGE_SAMPLE_SIZE } from '../batch-limits.js';
import type { FeedHandler } from './feed-handler.js';
import { RowChecker } from './row-checker.js';
import { MASKED_ID_SQL, rejectDuplicateKeys, rejectStaged } from './staged-checks.js';

export type PaymentStageRow = PaymentRecord;

const TABLE = 'import_stage_payment';

/** Staged rows with their retiree and the payment we already have for that period, if any. */
const CURRENT_SQL = `
  select s.row_no, s.id_number, s.period, s.amount, s.paid_date, s.bank_account, r.id as retiree_id, r.org_path, r.name as retiree_name,
         p.id as payment_id, p.amount as old_amount, p.paid_date as old_paid_date, p.bank_account as old_bank_account
    from ${TABLE} s join retiree r on r.id_number = s.id_number
    left join pension_payment p on p.retiree_id = r.id and p.period = s.period
   where s.batch_id = $1`;
const DIFFERS = `(c.amount, c.paid_date, coalesce(c.bank_account, c.old_bank_account)) is distinct from (c.old_amount, c.old_paid_date, c.old_bank_account)`;

export const paymentFeed: FeedHandler<PaymentStageRow> = {
  kind: ImportKind.PENSION_PAYMENTS,
  stageTable: TABLE,
  stageColumns: ['batch_id', 'row_no', 'id_number', 'name', 'period', 'amount', 'paid_date', 'bank_account'],

  normalize(record, ctx) {
    const check = new RowChecker(record, ctx);
    const id = check.idNumber('idNumber', { required: true });
    const name = check.text('name', '姓名', { max: 50 });
    const period = check.period('period');
    const amount = check.money('amount', '发放金额');
    const paidDate = check.date('paidDate', '到账日期', { required: true });
    if (period && paidDate && paidDate.slice(0, 7) < period) check.fail('paidDate', 'INVALID_DATE', `到账日期 ${paidDate} 早于发放期间 ${period}`, paidDate);
    const bankAccount = check.text('bankAccount', '银行账号', { max: 32 });
    if (bankAccount && !/^\d{8,32}$/.test(bankAccount)) check.fail('bankAccount', 'INVALID_BANK_ACCOUNT', '银行账号应为 8 至 32 位数字', maskBankAccount(bankAccount));
    if (check.failed || !id.facts || !period || amount === null || !paidDate) return { row: null, issues: check.issues };
    return { row: { idNumber: id.value, name, period, amount, paidDate, bankAccount }, issues: check.issues };
  },

  encode(batchId, rowNo, r) {
    return [batchId, String(rowNo), r.idNumber, copyNullable(r.name), r.period, String(r.amount), r.paidDate, copyNullable(r.bankAccount)].join('\t') + '\n';
  },

  async validateStaged(client, batchId, cityPath) {
    await rejectDuplicateKeys(client, { batchId, cityPath, stageTable: TABLE, keyColumns: ['id_number', 'period'], field: 'period', what: '同一人同一发放期间', valueSql: MASKED_ID_SQL('s.id_number') });
    await rejectStaged(client, {
      batchId, cityPath, stageTable: TABLE,
      where: 'not exists (select 1 from retiree r where r.id_number = s.id_number)',
      field: 'idNumber', code: 'UNKNOWN_RETIREE', message: '本市退休人员中查无此身份证号码，该行未导入', valueSql: MASKED_ID_SQL('s.id_number'),
    });
    // Paid by ID number; a differing name is worth a look but does not stop the payment record.
    await client.query(
      `insert into import_error (batch_id, org_path, row_no, field, code, severity, message, value)
       select $1::bigint, $2, s.row_no, 'name', 'NAME_MISMATCH', 'WARNING', '姓名与档案不一致（档案：' || r.name || '）', s.name
         from ${TABLE} s join retiree r on r.id_number = s.id_number
        where s.batch_id = $1 and s.name is not null and s.name <> r.name`,
      [batchId, cityPath],
    );
  },

  async preview(client, { batchId }) {
    const { rows } = await client.query<{ inserted: string; updated: string; total: string }>(
      `select count(*) filter (where c.payment_id is null) as inserted, count(*) filter (where c.payment_id is not null and ${DIFFERS}) as updated, count(*) as total
         from (${CURRENT_SQL}) c`,
      [batchId],
    );
    const r = rows[0]!;
    return { inserted: Number(r.inserted), updated: Number(r.updated), unchanged: Number(r.total) - Number(r.inserted) - Number(r.updated), outcome: {}, sample: await sample(client, batchId) };
  },

  async apply(client, ctx) {
    const changes = await sample(client, ctx.batchId);
    const { rows } = await client.query<{ inserted: string; updated: string; total: string }>(
      `with c as (${CURRENT_SQL}),
       inserted as (
         insert into pension_payment (retiree_id, org_path, period, amount, paid_date, bank_account)
         select retiree_id, org_path, period, amount, paid_date, bank_account from c where payment_id is null
         returning 1
       ), changed as (
         select * from c where payment_id is not null and ${DIFFERS}
       ), revised as (
         insert into record_revision (entity, record_id, batch_id, org_path, old_values, new_values)
         select 'PENSION_PAYMENT', payment_id, $1::bigint, org_path,
                jsonb_build_object('amount', old_amount, 'paidDate', old_paid_date, 'bankAccount', old_bank_account),
                jsonb_build_object('amount', amount, 'paidDate', paid_date, 'bankAccount', coalesce(bank_account, old_bank_account))
           from changed
       ), updated as (
         update pension_payment p set amount = ch.amount, paid_date = ch.paid_date, bank_account = coalesce(ch.bank_account, p.bank_account)
           from changed ch where p.id = ch.payment_id
         returning 1
       )
       select (select count(*) from inserted) as inserted, (select count(*) from updated) as updated, (select count(*) from c) as total`,
      [ctx.batchId],
    );
    const r = rows[0]!;
    return { inserted: Number(r.inserted), updated: Number(r.updated), unchanged: Number(r.total) - Number(r.inserted) - Number(r.updated), outcome: {}, sample: changes };
  },
};

async function sample(client: pg.PoolClient, batchId: string): Promise<ImportChange[]> {
  const { rows } = await client.query<{ row_no: number; id_number: string; retiree_name: string; period: string; amount: number; old_amount: number | null; paid_date: string; old_paid_date: string | null; payment_id: string | null }>(
    `select c.row_no, c.id_number, c.retiree_name, c.period, c.amount, c.old_amount, c.paid_date::text, c.old_paid_date::text, c.payment_id
       from (${CURRENT_SQL}) c where c.payment_id is null or ${DIFFERS} order by c.row_no limit ${CHANGE_SAMPLE_SIZE}`,
    [batchId],
  );
  return rows.map((r) => ({
    rowNo: r.row_no,
    action: r.payment_id ? 'UPDATE' : 'INSERT',
    subject: `${r.retiree_name} ${maskIdNumber(r.id_number)}`,
    summary: r.payment_id
      ? `${r.period}：${r.old_amount !== r.amount ? `金额 ${formatYuan(r.old_amount ?? 0)} → ${formatYuan(r.amount)}` : ''}${r.old_paid_date !== r.paid_date ? ` 到账日期 ${r.old_paid_date} → ${r.paid_date}` : ''}${r.old_amount === r.amount && r.old_paid_date === r.paid_date ? ' 银行账号变更' : ''}`.trim()
      : `${r.period} 发放 ${formatYuan(r.amount)}，到账 ${r.paid_date}`,
  }));
}

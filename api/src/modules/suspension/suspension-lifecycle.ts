/**
 * The certification side of payment: nightly, a lapsed certification of someone still paid becomes
 * a suspension *proposal* — only once the person has been told (DOMAIN.md: a lapse leads to
 * suspension only after notice), and never a suspension by itself. Whenever a certification is
 * recorded (passive, face, visit), `settleCertified` undoes what the lapse set in motion: the
 * proposal is withdrawn, a suspension is lifted with every withheld month paid back, the community's
 * pending visit is closed and an "elderly uncertified" alert is put aside.
 */
import type pg from 'pg';
import { formatYuan } from '../../common/money.js';
import { backPay } from '../../common/periods.js';
import { DELIVER_SMS_JOB } from '../notification/notification.service.js';

/** A notice this old at least, before anyone may be proposed for suspension. */
export const NOTICE_BEFORE_PROPOSAL_DAYS = 30;
export const SETTLE_SUSPENSIONS_JOB = 'suspension:settle';

const METHOD_LABELS: Record<string, string> = { PASSIVE: '无感认证', FACE: '刷脸认证', VISIT: '上门认证' };

/** Proposals for the lapsed certifications of people still paid, as of `today`; each lapse once. */
export async function proposeSuspensions(client: pg.ClientBase, today: string): Promise<number> {
  const { rowCount } = await client.query(
    `insert into payment_suspension (retiree_id, org_path, reason, status, lapsed_on, noticed_on, summary)
     select r.id, r.org_path, 'CERTIFICATION_LAPSED', 'PROPOSED', c.valid_until, n.noticed_on,
            left('生存认证已于 ' || c.valid_until || ' 到期，' || n.noticed_on || ' 已通知本人'
                 || coalesce('；社区上门认证：' || v.state, '') || '。本人认证后即恢复发放并补发。', 300)
       from certification c join retiree r on r.id = c.retiree_id
       cross join lateral (
         select min(n.created_at at time zone 'Asia/Shanghai')::date as noticed_on from notification n
          where n.retiree_id = r.id and n.kind = 'CERTIFICATION_DUE' and n.event_key = 'cert-due:' || c.valid_until
       ) n
       left join lateral (
         select case when t.status in ('DONE', 'EVALUATED') then '未能见到本人（' || coalesce(t.feedback, '无反馈') || '）'
                     when t.status = 'CANCELLED' then '已撤回' else '尚未完成' end as state
           from task t where t.source_kind = 'CERTIFICATION_VISIT' and t.source_id = r.id || ':' || c.valid_until
          order by t.id desc limit 1
       ) v on true
      where r.status = 'ACTIVE' and c.blocked_reason is null and c.valid_until < $1::date
        and n.noticed_on <= $1::date - ${NOTICE_BEFORE_PROPOSAL_DAYS}
        and not exists (select 1 from payment_suspension s where s.retiree_id = r.id and (s.lapsed_on = c.valid_until or s.status in ('PROPOSED', 'SUSPENDED')))`,
    [today],
  );
  return rowCount ?? 0;
}

export interface SettleResult {
  withdrawn: number;
  restored: number;
  visitsClosed: number;
  alertsCleared: number;
}

interface Restorable {
  id: string;
  retiree_id: number;
  org_path: string;
  name: string;
  from_period: string;
  certified_on: string;
  method: string;
  monthly: number | null;
}

/**
 * After certifications were recorded (for `retireeIds`, or everyone): what a valid certification
 * settles. Runs in the caller's transaction on the owner's connection (it reads across areas).
 */
export async function settleCertified(client: pg.ClientBase, today: string, retireeIds?: number[]): Promise<SettleResult> {
  const people = retireeIds ? `{${retireeIds.join(',')}}` : null;
  const certified = `c.blocked_reason is null and c.valid_until >= $1::date and ($2::int[] is null or c.retiree_id = any($2::int[]))`;

  const withdrawn = await client.query(
    `update payment_suspension s set status = 'WITHDRAWN', certified_on = c.certified_on, certified_by = c.method, closed_at = now(),
            decision_note = '决定前已于 ' || c.certified_on || ' 完成' || ${methodLabel('c.method')} || '，无需暂停'
       from certification c
      where c.retiree_id = s.retiree_id and s.status = 'PROPOSED' and c.valid_until > s.lapsed_on and ${certified}`,
    [today, people],
  );

  const { rows: restorable } = await client.query<Restorable>(
    `select s.id, s.retiree_id, s.org_path, r.name, s.from_period, c.certified_on::text, c.method::text,
            (select p.amount from pension_payment p where p.retiree_id = s.retiree_id and p.period < s.from_period order by p.period desc limit 1) as monthly
       from payment_suspension s join certification c on c.retiree_id = s.retiree_id join retiree r on r.id = s.retiree_id
      where s.status = 'SUSPENDED' and c.valid_until > s.lapsed_on and ${certified}
      for update of s`,
    [today, people],
  );
  for (const s of restorable) await restore(client, s);
  if (restorable.length) await client.query(`select app_enqueue_job($1, '{}'::json, null, 10, $1)`, [DELIVER_SMS_JOB]);

  // The community need not go: the person certified some other way.
  const { rows: visits } = await client.query<{ closed: number }>(
    `select app_close_system_tasks('CERTIFICATION_VISIT', t.source_id, 'DONE', 'COMPLETED',
              '本人已于 ' || c.certified_on || ' 完成' || ${methodLabel('c.method')} || '，无需上门', '系统') as closed
       from task t join task_retiree tr on tr.task_id = t.id join certification c on c.retiree_id = tr.retiree_id
      where t.source_kind = 'CERTIFICATION_VISIT' and t.status not in ('DONE', 'EVALUATED', 'CANCELLED')
        and c.valid_until > split_part(t.source_id, ':', 2)::date and ${certified}`,
    [today, people],
  );

  // "Very old, uncertified, still paid" no longer holds: put it aside with its evidence key, so the
  // same lapse never raises it again (a later lapse has another key).
  const cleared = await client.query<{ id: string }>(
    `update risk_alert a set status = 'DISMISSED', closed_at = now(), decided_at = now(), decided_by_name = '系统',
            decision_note = '本人已于 ' || c.certified_on || ' 完成' || ${methodLabel('c.method')}
       from certification c
      where c.retiree_id = a.retiree_id and a.kind = 'UNCERTIFIED_ELDERLY' and a.status = 'OPEN' and ${certified}
      returning a.id`,
    [today, people],
  );
  for (const { id } of cleared.rows) {
    await client.query(`select app_close_system_tasks('RISK_ALERT', $1, 'CANCELLED', 'COMPLETED', '本人已完成生存认证，预警自动排除', '系统')`, [id]);
  }

  return {
    withdrawn: withdrawn.rowCount ?? 0,
    restored: restorable.length,
    visitsClosed: visits.reduce((n, v) => n + Number(v.closed), 0),
    alertsCleared: cleared.rowCount ?? 0,
  };
}

function methodLabel(column: string): string {
  return `case ${column}::text ${Object.entries(METHOD_LABELS).map(([k, v]) => `when '${k}' then '${v}'`).join(' ')} else '认证' end`;
}

/** One suspension lifted: back-pay computed, status back to 正常发放 (logged), the person told. */
async function restore(client: pg.ClientBase, s: Restorable): Promise<void> {
  const monthly = s.monthly ?? 0;
  const pay = backPay(s.from_period, s.certified_on, monthly);
  await client.query(
    `update payment_suspension set status = 'RESTORED', certified_on = $2, certified_by = $3::certification_method, resume_period = $4,
            back_pay_periods = $5, monthly_amount = $6, back_pay_amount = $7, closed_at = now()
      where id = $1`,
    [s.id, s.certified_on, s.method, pay.resumePeriod, pay.periods, monthly, pay.amount],
  );
  await client.query(
    `with changed as (update retiree set status = 'ACTIVE', updated_at = now(), version = version + 1 where id = $1 and status = 'SUSPENDED' returning id, org_path)
     insert into retiree_change (retiree_id, org_path, field, old_value, new_value, source, actor_name, note, changed_at)
     select id, org_path, 'status', 'SUSPENDED', 'ACTIVE', 'SYSTEM', '系统', $2, now() from changed`,
    [s.retiree_id, `生存认证（${METHOD_LABELS[s.method] ?? s.method}，${s.certified_on}）后恢复发放，暂停 #${s.id}`],
  );
  const paidBack = pay.periods.length
    ? `，并补发 ${pay.periods[0]}${pay.periods.length > 1 ? ` 至 ${pay.periods.at(-1)}` : ''} 共 ${pay.periods.length} 个月 ${formatYuan(pay.amount)}`
    : '';
  await client.query(
    `insert into notification (retiree_id, org_path, kind, title, body, event_key, link, sms_status)
     values ($1, $2, 'PAYMENT_RESTORED', '养老金恢复发放', $3, $4, '/certification', 'PENDING')
     on conflict (retiree_id, event_key) do nothing`,
    [s.retiree_id, s.org_path, `${s.name}您好：您已于 ${s.certified_on} 完成生存认证，养老金自 ${pay.resumePeriod} 起恢复按月发放${paidBack}。`, `suspension-restored:${s.id}`],
  );
}


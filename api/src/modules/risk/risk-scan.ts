/**
 * The fund-risk scan: set-wise SQL over shared data and payments that proposes alerts, then a
 * merge that raises new ones, refreshes live ones and never repeats a dismissed one for the same
 * evidence. Newly raised alerts get a verification task for the person's community. Runs after
 * imports (a job), nightly, and on demand; the same data always gives the same alerts.
 *
 * Boundaries (DOMAIN.md): after a death, every payment for a period after the month of death is
 * overpaid; in prison, payments for the periods after the month of admission up to and including
 * the month of release. Money is summed from the stored payments, exact to the fen.
 */
import type pg from 'pg';
import { LIFE_EVENT_KIND_LABELS, LIFE_EVENT_SOURCE_LABELS } from '../import/feed-formats.js';
import type { WorkingCalendar } from '../../common/working-days.js';
import { usableRecord } from '../life-event/life-event-sql.js';
import { openSystemTasksFor, systemTaskDeadlines, type Sql } from '../task/system-tasks.js';

export const RISK_SOURCE = 'RISK_ALERT';
const VERIFICATION_DUE_WORKING_DAYS = 5;

export interface RiskRules {
  /** A payment differing from the person's previous one by more than this share… */
  jumpRatio: number;
  /** …and by at least this many fen is an AMOUNT_JUMP. */
  jumpMinFen: number;
  /** From this age, an uncertified person still paid is an UNCERTIFIED_ELDERLY alert. */
  elderlyAge: number;
}

export interface ScanResult {
  raised: number;
  refreshed: number;
  candidates: Record<string, number>;
  durationMs: number;
}

const labelCase = (column: string, labels: Record<string, string>) =>
  `case ${column} ${Object.entries(labels).map(([code, label]) => `when '${code}' then '${label}'`).join(' ')} end`;
const RECORD_TEXT = (e: string) =>
  `${labelCase(`${e}.source`, LIFE_EVENT_SOURCE_LABELS)} || ' ' || ${labelCase(`${e}.kind`, LIFE_EVENT_KIND_LABELS)} || ' ' || ${e}.source_record_id || coalesce('：' || ${e}.details, '')`;
const YUAN = (fen: string) => `to_char(${fen} / 100.0, 'FM999,999,990.00')`;
const PAYMENT_EVIDENCE = (p: string) => `jsonb_build_object('date', ${p}.paid_date, 'text', ${p}.period || ' 发放 ' || ${YUAN(`${p}.amount`)} || ' 元')`;
const IN_SCOPE = (column: string) => `($1::int[] is null or ${column} = any($1::int[]))`;

/** Candidates: (kind, retiree_id, org_path, evidence_key, summary, evidence, event_date, overpaid_periods, overpaid_amount). */
const CANDIDATES: Record<string, string> = {
  DECEASED_PAID: `
    with death as (
      select e.retiree_id,
             coalesce(min(e.event_date) filter (where e.kind = 'DEATH'), min(e.event_date)) as died,
             bool_or(e.kind = 'DEATH') as has_death_record,
             string_agg(e.id::text, ',' order by e.id) as ids,
             jsonb_agg(jsonb_build_object('date', e.event_date, 'text', ${RECORD_TEXT('e')}) order by e.event_date, e.id) as records
        from life_event e
       where e.kind in ('DEATH', 'CREMATION') and ${usableRecord('e')} and ${IN_SCOPE('e.retiree_id')}
       group by e.retiree_id
    ), paid as (
      select d.retiree_id, coalesce(sum(p.amount), 0)::int as overpaid,
             coalesce(array_agg(p.period order by p.period) filter (where p.id is not null), '{}') as periods,
             coalesce(jsonb_agg(${PAYMENT_EVIDENCE('p')} order by p.period) filter (where p.id is not null), '[]') as payments
        from death d left join pension_payment p on p.retiree_id = d.retiree_id and p.period > to_char(d.died, 'YYYY-MM')
       group by d.retiree_id
    )
    select 'DECEASED_PAID', r.id, r.org_path, 'death:' || d.ids,
           left('共享数据显示已于 ' || d.died || case when d.has_death_record then ' 死亡' else ' 前死亡（仅有火化记录，死亡日期待核实，多发金额可能偏少）' end ||
             case when paid.overpaid > 0 then '，死亡次月起已多发 ' || cardinality(paid.periods) || ' 个月共 ' || ${YUAN('paid.overpaid')} || ' 元'
                  else '，仍为' || case r.status when 'SUSPENDED' then '暂停' else '正常' end || '发放状态，请核实后停发' end, 300),
           d.records || paid.payments, d.died, paid.periods, paid.overpaid
      from death d join paid using (retiree_id) join retiree r on r.id = d.retiree_id
     where r.status in ('ACTIVE', 'SUSPENDED') or paid.overpaid > 0`,

  IMPRISONED_PAID: `
    with stint as (
      select i.retiree_id, i.id, i.event_date as started, ${RECORD_TEXT('i')} as record,
             (select min(x.event_date) from life_event x
               where x.retiree_id = i.retiree_id and x.kind = 'RELEASE' and ${usableRecord('x')} and x.event_date >= i.event_date) as released
        from life_event i
       where i.kind = 'IMPRISONMENT' and ${usableRecord('i')} and ${IN_SCOPE('i.retiree_id')}
    ), paid as (
      select s.retiree_id, s.id, s.started, s.released, s.record, p.id as payment_id, p.period, p.amount, p.paid_date
        from stint s left join pension_payment p on p.retiree_id = s.retiree_id and p.period > to_char(s.started, 'YYYY-MM')
             and (s.released is null or p.period <= to_char(s.released, 'YYYY-MM'))
    ), person as (
      select retiree_id, max(started) as started, bool_or(released is null) as serving,
             string_agg(distinct id::text, ',') as ids, coalesce(sum(amount), 0)::int as overpaid,
             coalesce(array_agg(period order by period) filter (where payment_id is not null), '{}') as periods,
             (select jsonb_agg(jsonb_build_object('date', s2.started, 'text', s2.record) order by s2.started) from stint s2 where s2.retiree_id = paid.retiree_id)
               || coalesce(jsonb_agg(jsonb_build_object('date', paid_date, 'text', period || ' 发放 ' || ${YUAN('amount')} || ' 元') order by period) filter (where payment_id is not null), '[]') as evidence
        from paid group by retiree_id
    )
    select 'IMPRISONED_PAID', r.id, r.org_path, 'prison:' || p.ids,
           left('共享数据显示已于 ' || p.started || ' 收监服刑' ||
             case when p.overpaid > 0 then '，服刑期间已发放 ' || cardinality(p.periods) || ' 个月共 ' || ${YUAN('p.overpaid')} || ' 元'
                  else '，仍为正常发放状态，请核实后暂停发放' end, 300),
           p.evidence, p.started, p.periods, p.overpaid
      from person p join retiree r on r.id = p.retiree_id
     where (p.serving and r.status = 'ACTIVE') or p.overpaid > 0`,

  AMOUNT_JUMP: `
    with seq as (
      select p.retiree_id, p.period, p.amount, p.paid_date,
             lag(p.amount) over w as previous, lag(p.period) over w as previous_period
        from pension_payment p where ${IN_SCOPE('p.retiree_id')}
      window w as (partition by p.retiree_id order by p.period)
    ), jump as (
      select * from seq where previous is not null and abs(amount - previous) > greatest(previous * $2::numeric, $3::int)
    )
    select 'AMOUNT_JUMP', r.id, r.org_path, 'jump:' || string_agg(j.period, ',' order by j.period),
           left('发放金额突变：' || string_agg(j.previous_period || ' ' || ${YUAN('j.previous')} || ' 元 → ' || j.period || ' ' || ${YUAN('j.amount')} || ' 元', '；' order by j.period), 300),
           jsonb_agg(jsonb_build_object('date', j.paid_date, 'text', j.period || ' 发放 ' || ${YUAN('j.amount')} || ' 元，上月 ' || ${YUAN('j.previous')} || ' 元') order by j.period),
           null::date, coalesce(array_agg(j.period order by j.period) filter (where j.amount > j.previous), '{}'),
           coalesce(sum(j.amount - j.previous) filter (where j.amount > j.previous), 0)::int
      from jump j join retiree r on r.id = j.retiree_id
     group by r.id, r.org_path`,

  SHARED_ACCOUNT: `
    with latest as (select max(period) as period from pension_payment),
    shared as (
      select p.bank_account from pension_payment p join latest on p.period = latest.period
       where p.bank_account is not null group by p.bank_account having count(*) > 1
    ), payee as (
      select p.retiree_id, p.bank_account, p.period, p.amount, p.paid_date
        from pension_payment p join latest on p.period = latest.period join shared using (bank_account)
    )
    select 'SHARED_ACCOUNT', r.id, r.org_path, 'account:' || x.bank_account || ':' || string_agg(o.retiree_id::text, ',' order by o.retiree_id),
           left(x.period || ' 养老金发往账号 ' || left(x.bank_account, 4) || '****' || right(x.bank_account, 4) || '，非本人登记账号，该账号同时收取 '
             || string_agg(ro.name, '、' order by o.retiree_id) || ' 的养老金', 300),
           jsonb_build_array(jsonb_build_object('date', x.paid_date, 'text', x.period || ' 发放 ' || ${YUAN('x.amount')} || ' 元至账号 ' || left(x.bank_account, 4) || '****' || right(x.bank_account, 4))),
           null::date, '{}'::text[], 0
      from payee x join retiree r on r.id = x.retiree_id
      join payee o on o.bank_account = x.bank_account and o.retiree_id <> x.retiree_id
      join retiree ro on ro.id = o.retiree_id
     where r.bank_account is distinct from x.bank_account and ${IN_SCOPE('x.retiree_id')}
       -- relatives (one is in the other's family registry) may share an account
       and not exists (select 1 from family_member f where f.retiree_id = o.retiree_id and f.id_number = r.id_number)
       and not exists (select 1 from family_member f where f.retiree_id = x.retiree_id and f.id_number = ro.id_number)
     group by r.id, r.org_path, x.bank_account, x.period, x.amount, x.paid_date`,

  // Very old, no valid certification, and the latest payment went out anyway. (A death or prison
  // record blocks certification and is its own alert; this is the person nobody has seen.)
  UNCERTIFIED_ELDERLY: `
    with latest as (select max(period) as period from pension_payment),
    today as (select (now() at time zone 'Asia/Shanghai')::date as day)
    select 'UNCERTIFIED_ELDERLY', r.id, r.org_path, 'uncertified:' || coalesce(c.valid_until::text, 'never'),
           left(extract(year from age(today.day, r.birth_date))::int || ' 岁，' ||
             case when c.valid_until is null then '没有生存认证记录' else '生存认证已于 ' || c.valid_until || ' 到期' end ||
             '，' || p.period || ' 仍发放 ' || ${YUAN('p.amount')} || ' 元，请尽快见到本人', 300),
           case when c.valid_until is null then '[]'::jsonb
                else jsonb_build_array(jsonb_build_object('date', c.certified_on, 'text', '最近一次认证 ' || c.certified_on || '，有效期至 ' || c.valid_until)) end
             || jsonb_build_array(${PAYMENT_EVIDENCE('p')}),
           c.valid_until, '{}'::text[], 0
      from retiree r cross join today
      join latest on true
      join pension_payment p on p.retiree_id = r.id and p.period = latest.period
      left join certification c on c.retiree_id = r.id
     where r.status = 'ACTIVE' and r.birth_date <= today.day - make_interval(years => $2::int)
       and (c.retiree_id is null or (c.blocked_reason is null and (c.valid_until is null or c.valid_until < today.day)))
       and ${IN_SCOPE('r.id')}`,
};

/** Which people and which kinds to scan: everything by default. */
export interface ScanScope {
  retireeIds?: number[];
  kinds?: string[];
}

/** Shared data can only raise these; payment anomalies come from payments alone. */
const EVENT_DRIVEN_KINDS = ['DECEASED_PAID', 'IMPRISONED_PAID'];

/**
 * What a committed batch calls for: for shared data, the event-driven kinds for the people with a
 * death, cremation, admission or release record in it (new or corrected) — hospital visits and
 * card uses raise nothing; for payments, everything.
 */
export async function scopeOfBatch(client: pg.ClientBase, batchId: string): Promise<ScanScope | null> {
  const { rows: batch } = await client.query<{ kind: string }>(`select kind from import_batch where id = $1`, [batchId]);
  if (batch[0]?.kind === 'PENSION_PAYMENTS') return {};
  if (batch[0]?.kind !== 'LIFE_EVENTS') return null;
  const { rows } = await client.query<{ retiree_id: number }>(
    `select e.retiree_id from life_event e
      where e.batch_id = $1 and e.retiree_id is not null and e.kind in ('DEATH', 'CREMATION', 'IMPRISONMENT', 'RELEASE')
     union
     select e.retiree_id from record_revision v join life_event e on e.id = v.record_id
      where v.batch_id = $1 and v.entity = 'LIFE_EVENT' and e.retiree_id is not null and e.kind in ('DEATH', 'CREMATION', 'IMPRISONMENT', 'RELEASE')`,
    [batchId],
  );
  return rows.length ? { retireeIds: rows.map((r) => r.retiree_id), kinds: EVENT_DRIVEN_KINDS } : null;
}

/**
 * Scans what `scope` names (everyone and every kind by default) in the caller's transaction.
 * `client` is the owner's connection: the scan reads across every area.
 */
export async function scanRisks(client: pg.ClientBase, rules: RiskRules, calendar: WorkingCalendar, scope: ScanScope = {}): Promise<ScanResult> {
  const started = Date.now();
  // One scan at a time (an import's job, the nightly run, a click on 立即扫描): the merge below
  // decides "raise or refresh" from what is stored, which two concurrent scans would both miss.
  await client.query(`select pg_advisory_xact_lock(hashtext('risk-scan'))`);
  await client.query(`create temp table risk_candidate (kind risk_alert_kind, retiree_id int, org_path varchar(200), evidence_key varchar(300),
    summary varchar(300), evidence jsonb, event_date date, overpaid_periods text[], overpaid_amount int) on commit drop`);
  const people = scope.retireeIds ? `{${scope.retireeIds.join(',')}}` : null;
  const candidates: Record<string, number> = {};
  for (const [kind, select] of Object.entries(CANDIDATES)) {
    if (scope.kinds && !scope.kinds.includes(kind)) continue;
    const params = kind === 'AMOUNT_JUMP' ? [people, rules.jumpRatio, rules.jumpMinFen] : kind === 'UNCERTIFIED_ELDERLY' ? [people, rules.elderlyAge] : [people];
    const { rowCount } = await client.query(`insert into risk_candidate ${select}`, params);
    candidates[kind] = rowCount ?? 0;
  }
  const refreshed = await client.query(
    `update risk_alert a set evidence_key = c.evidence_key, summary = c.summary, evidence = c.evidence, event_date = c.event_date,
            overpaid_periods = c.overpaid_periods, overpaid_amount = c.overpaid_amount, last_seen_at = now()
       from risk_candidate c
      where a.kind = c.kind and a.retiree_id = c.retiree_id and a.status <> 'DISMISSED'
        and (a.evidence_key, a.overpaid_amount, a.summary) is distinct from (c.evidence_key, c.overpaid_amount, c.summary)`,
  );
  const raised = await client.query<{ id: string }>(
    `insert into risk_alert (kind, status, retiree_id, org_path, evidence_key, summary, evidence, event_date, overpaid_periods, overpaid_amount)
     select c.kind, 'OPEN', c.retiree_id, c.org_path, c.evidence_key, c.summary, c.evidence, c.event_date, c.overpaid_periods, c.overpaid_amount
       from risk_candidate c
      where not exists (select 1 from risk_alert a where a.kind = c.kind and a.retiree_id = c.retiree_id
                                                     and (a.status <> 'DISMISSED' or a.evidence_key = c.evidence_key))
     returning id`,
  );
  await openVerificationTasks(async (text, params) => (await client.query(text, params)).rows, calendar, raised.rows.map((r) => r.id));
  return { raised: raised.rowCount ?? 0, refreshed: refreshed.rowCount ?? 0, candidates, durationMs: Date.now() - started };
}

const KIND_TITLES: Record<string, string> = {
  DECEASED_PAID: '核实：疑似已故仍在发放',
  IMPRISONED_PAID: '核实：疑似服刑期间仍在发放',
  AMOUNT_JUMP: '核实：养老金发放金额突变',
  SHARED_ACCOUNT: '核实：养老金发往他人账户',
  UNCERTIFIED_ELDERLY: '核实：高龄未认证仍在发放',
};

/** The community (or, for people not yet placed, the township or bureau) verifies each new alert. */
async function openVerificationTasks(sql: Sql, calendar: WorkingCalendar, alertIds: string[]): Promise<void> {
  if (!alertIds.length) return;
  const { due, signBy } = systemTaskDeadlines(calendar, VERIFICATION_DUE_WORKING_DAYS);
  await openSystemTasksFor(
    sql,
    `select 'RISK_VERIFICATION', left(${labelCase('a.kind::text', KIND_TITLES)} || '（' || r.name || '）', 100),
            a.summary || '。请核实本人情况（上门或电话，必要时拍照留证），在反馈中写明核实结果；由镇街或市局据此确认或排除。',
            'URGENT', 'ASSIGNED', u.id, u.path, coalesce(u.parent_id, u.id), coalesce(pu.path, u.path), '系统', $2, a.id::text, 1, $3::date, $4::timestamptz
       from risk_alert a join retiree r on r.id = a.retiree_id
       join org_unit u on u.id = coalesce(r.community_id, r.township_id, (select id from org_unit where parent_id is null order by id limit 1))
       left join org_unit pu on pu.id = u.parent_id
      where a.id = any($1::bigint[])`,
    [`{${alertIds.join(',')}}`, RISK_SOURCE, due, signBy],
    '(select retiree_id from risk_alert where id = created.source_id::bigint)',
  );
}

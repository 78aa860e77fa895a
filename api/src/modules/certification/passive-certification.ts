/**
 * Passive survival certification: a transparent score from signs of life in shared data and the
 * platform's own records. Each signal counts its weight, halved every `halfLifeDays` of age;
 * a person whose score reaches the threshold is certified for 12 months from their latest signal,
 * with the signals listed as evidence. A matched death, cremation, missing or unreleased
 * imprisonment record blocks passive renewal. Weights and threshold are configuration.
 */
import type pg from 'pg';
import { todayInShanghai } from '../../common/working-days.js';
import { notReleased, usableRecord } from '../life-event/life-event-sql.js';

export interface CertificationModel {
  /** Weight of one signal by kind: HOSPITAL_VISIT, CARD_USE (shared data), STAFF_VISIT (a completed visit task). */
  weights: Record<string, number>;
  halfLifeDays: number;
  /** Signals older than this are not read. */
  lookbackDays: number;
  threshold: number;
  faceSecret: string;
  /** Where 我要认证 sends the retiree (empty: face certification not offered). */
  faceAuthUrl: string;
  /** Serve the simulated government-app page (development and demo only). */
  faceAuthSimulator: boolean;
  minLiveness: number;
  minSimilarity: number;
}

export interface PassiveResult {
  scored: number;
  renewed: number;
  blocked: number;
  durationMs: number;
}

const EVIDENCE_ITEMS = 5;

/**
 * Scores everyone (or `retireeIds`) and renews the certifications the evidence supports, in the
 * caller's transaction (the owner's connection: it reads across areas). `today` is for tests and backtests.
 */
export async function certifyPassively(client: pg.ClientBase, model: CertificationModel, options: { retireeIds?: number[]; today?: string } = {}): Promise<PassiveResult> {
  const started = Date.now();
  const today = options.today ?? todayInShanghai();
  const weights = Object.entries(model.weights);
  if (!weights.length) return { scored: 0, renewed: 0, blocked: 0, durationMs: 0 };
  await client.query(`select pg_advisory_xact_lock(hashtext('passive-certification'))`);
  const params = [today, model.lookbackDays, model.halfLifeDays, model.threshold, options.retireeIds ? `{${options.retireeIds.join(',')}}` : null, weights.map(([k]) => k), weights.map(([, w]) => w)];
  const { rows } = await client.query<{ scored: string; renewed: string; blocked: string }>(
    `with weight as (select * from unnest($6::text[], $7::float8[]) as w(kind, weight)),
     signal as (
       select e.retiree_id, e.event_date as day, e.kind::text as kind,
              e.event_date || ' ' || case e.kind when 'HOSPITAL_VISIT' then '就医' else '市民卡刷卡' end || coalesce('：' || e.details, '') as text
         from life_event e
        where e.kind in ('HOSPITAL_VISIT', 'CARD_USE') and e.match_status in ('MATCHED', 'CONFIRMED') and e.retiree_id is not null
          and e.event_date > $1::date - $2::int and e.event_date <= $1::date
          and ($5::int[] is null or e.retiree_id = any($5::int[]))
       union all
       select tr.retiree_id, (t.completed_at at time zone 'Asia/Shanghai')::date, 'STAFF_VISIT',
              (t.completed_at at time zone 'Asia/Shanghai')::date || ' 工作人员上门：' || t.title
         from task t join task_retiree tr on tr.task_id = t.id
        where t.type in ('VISIT', 'CERTIFICATION_VISIT') and t.status in ('DONE', 'EVALUATED') and t.outcome = 'COMPLETED'
          and t.completed_at > ($1::date - $2::int)::timestamptz and (t.completed_at at time zone 'Asia/Shanghai')::date <= $1::date
          and ($5::int[] is null or tr.retiree_id = any($5::int[]))
     ), scored as (
       select s.retiree_id, sum(w.weight * power(0.5, ($1::date - s.day) / $3::float8)) as score, max(s.day) as latest,
              (array_agg(jsonb_build_object('date', s.day, 'text', s.text) order by s.day desc))[1:${EVIDENCE_ITEMS}] as evidence
         from signal s join weight w using (kind)
        group by s.retiree_id
     ), blocking as (
       -- Everyone a standing record says is dead, missing or in prison: their certification stops
       -- counting, whether or not they have new signals.
       select distinct on (b.retiree_id) b.retiree_id,
              case b.kind when 'DEATH' then '共享数据显示已死亡' when 'CREMATION' then '共享数据显示已火化'
                          when 'MISSING' then '共享数据显示失踪' else '共享数据显示正在服刑' end as reason
         from life_event b
        where ${usableRecord('b')}
          and ($5::int[] is null or b.retiree_id = any($5::int[]))
          and (b.kind in ('DEATH', 'CREMATION', 'MISSING')
               or (b.kind = 'IMPRISONMENT' and ${notReleased('b')}))
        order by b.retiree_id, b.event_date desc
     ), judged as (
       select sc.*, r.org_path, bl.reason as blocked_reason
         from scored sc join retiree r on r.id = sc.retiree_id left join blocking bl using (retiree_id)
        where r.status = 'ACTIVE'
     ), renewed as (
       insert into certification as c (retiree_id, org_path, valid_until, method, certified_on, score, evidence, blocked_reason, updated_at)
       select retiree_id, org_path, (latest + interval '12 months')::date, 'PASSIVE', latest, round(score::numeric, 3), to_jsonb(evidence), null, now()
         from judged where blocked_reason is null and score >= $4::float8
       on conflict (retiree_id) do update
          set valid_until = excluded.valid_until, method = excluded.method, certified_on = excluded.certified_on, score = excluded.score,
              evidence = excluded.evidence, blocked_reason = null, updated_at = now()
        where c.valid_until is null or c.valid_until < excluded.valid_until
       returning c.retiree_id, c.org_path, c.valid_until, c.certified_on, c.score, c.evidence
     ), logged as (
       insert into certification_record (retiree_id, org_path, method, passed, certified_on, valid_until, score, evidence)
       select retiree_id, org_path, 'PASSIVE', true, certified_on, valid_until, score, evidence from renewed
     ), blocked as (
       insert into certification as c (retiree_id, org_path, evidence, blocked_reason, updated_at)
       select bl.retiree_id, r.org_path, '[]'::jsonb, bl.reason, now() from blocking bl join retiree r on r.id = bl.retiree_id
       on conflict (retiree_id) do update set blocked_reason = excluded.blocked_reason, updated_at = now()
        where c.blocked_reason is distinct from excluded.blocked_reason
       returning 1
     )
     select (select count(*) from judged) as scored, (select count(*) from renewed) as renewed, (select count(*) from blocking) as blocked`,
    params,
  );
  const r = rows[0]!;
  return { scored: Number(r.scored), renewed: Number(r.renewed), blocked: Number(r.blocked), durationMs: Date.now() - started };
}

/**
 * Shared-data records (数据高铁). Matched to a retiree by exact ID number only; a record without
 * a usable ID, or whose ID belongs to someone of another name, goes to people for review with
 * candidates by name and birth date. A record for nobody we know is kept and reported.
 * Nothing here changes a retiree's status.
 */
import type pg from 'pg';
import { copyBoolean, copyNullable, copyText } from '../../../seed/copy.js';
import { maskIdNumber } from '../../../common/masking.js';
import { codeFromLabel, ImportKind, LIFE_EVENT_KIND_LABELS, LIFE_EVENT_SOURCE_LABELS, type LifeEventKind, type LifeEventRecord, type LifeEventSource } from '../feed-formats.js';
import type { ImportChange } from '../import-batch.entity.js';
import { CHANGE_SAMPLE_SIZE } from '../batch-limits.js';
import type { ApplyContext, ApplyResult, FeedHandler } from './feed-handler.js';
import { RowChecker } from './row-checker.js';
import { rejectDuplicateKeys } from './staged-checks.js';
import { isIsoDay } from '../../../common/working-days.js';

/** What is staged: the record, and whether its ID number is a valid one to match by. */
export interface LifeEventStageRow extends LifeEventRecord {
  idUsable: boolean;
}

const TABLE = 'import_stage_life_event';
/** The township part of an org path (`/city/township/`). */
const TOWNSHIP_OF = (path: string) => `substring(${path} from '^/[^/]+/[^/]+/')`;

export const lifeEventFeed: FeedHandler<LifeEventStageRow> = {
  kind: ImportKind.LIFE_EVENTS,
  stageTable: TABLE,
  stageColumns: ['batch_id', 'row_no', 'source', 'source_record_id', 'kind', 'id_number', 'id_usable', 'name', 'birth_date', 'event_date', 'details'],

  normalize(record, ctx) {
    const check = new RowChecker(record, ctx);
    const sourceText = check.text('source', '数据来源', { required: true, max: 20 });
    const source = sourceText ? codeFromLabel(LIFE_EVENT_SOURCE_LABELS, sourceText) : null;
    if (sourceText && !source) check.fail('source', 'UNKNOWN_SOURCE', `未知的数据来源「${sourceText}」，应为：${Object.values(LIFE_EVENT_SOURCE_LABELS).join('、')}`, sourceText);
    const sourceRecordId = check.text('sourceRecordId', '来源记录编号', { required: true, max: 64 });
    const kindText = check.text('kind', '事件类型', { required: true, max: 20 });
    const kind = kindText ? codeFromLabel(LIFE_EVENT_KIND_LABELS, kindText) : null;
    if (kindText && !kind) check.fail('kind', 'UNKNOWN_KIND', `未知的事件类型「${kindText}」，应为：${Object.values(LIFE_EVENT_KIND_LABELS).join('、')}`, kindText);
    const id = check.idNumber('idNumber', { required: false, lenient: true });
    if (!id.value && !check.issues.some((i) => i.field === 'idNumber')) check.warn('idNumber', 'NO_ID_NUMBER', '未提供身份证号码，已转人工核对');
    const name = check.text('name', '姓名', { required: true, max: 50 });
    let birthDate = check.date('birthDate', '出生日期', { required: false });
    // A mistyped ID usually still carries the birth date, which is what candidates are found by.
    if (!birthDate && id.value && id.value.length === 18) {
      const fromId = `${id.value.slice(6, 10)}-${id.value.slice(10, 12)}-${id.value.slice(12, 14)}`;
      if (isIsoDay(fromId)) birthDate = fromId;
    }
    const eventDate = check.date('eventDate', '事件日期', { required: true });
    const details = check.text('details', '详情', { max: 500 });
    if (check.failed || !source || !sourceRecordId || !kind || !name || !eventDate) return { row: null, issues: check.issues };
    return {
      row: { source, sourceRecordId, kind, idNumber: id.value, idUsable: id.facts !== null, name, birthDate: id.facts?.birthDate ?? birthDate, eventDate, details },
      issues: check.issues,
    };
  },

  encode(batchId, rowNo, r) {
    return [batchId, String(rowNo), r.source, copyText(r.sourceRecordId), r.kind, copyNullable(r.idNumber), copyBoolean(r.idUsable), copyText(r.name), copyNullable(r.birthDate), r.eventDate, copyNullable(r.details)].join('\t') + '\n';
  },

  async validateStaged(client, batchId, cityPath) {
    await rejectDuplicateKeys(client, { batchId, cityPath, stageTable: TABLE, keyColumns: ['source', 'source_record_id'], field: 'sourceRecordId', what: '该来源记录编号', valueSql: 's.source_record_id' });
  },

  async preview(client, { batchId }) {
    // The same decision insertNewEvents makes, counted instead of applied.
    const { rows } = await client.query<{ inserted: string; updated: string; matched: string; unmatched: string }>(
      `with s as (select * from ${TABLE} where batch_id = $1)
       select count(*) filter (where e.id is null) as inserted,
              count(*) filter (where e.id is not null and ${CHANGED('e', 's')}) as updated,
              count(*) filter (where e.id is null and r.id is not null and r.name = s.name) as matched,
              count(*) filter (where e.id is null and s.id_usable and r.id is null) as unmatched
         from s left join life_event e on e.source = s.source and e.source_record_id = s.source_record_id
         left join retiree r on s.id_usable and r.id_number = s.id_number`,
      [batchId],
    );
    const r = rows[0]!;
    const total = await stagedCount(client, batchId);
    const [inserted, matched, unmatched] = [Number(r.inserted), Number(r.matched), Number(r.unmatched)];
    return {
      inserted,
      updated: Number(r.updated),
      unchanged: total - inserted - Number(r.updated),
      outcome: { matched, unmatched, pendingReview: inserted - matched - unmatched },
      sample: await newEventSample(client, batchId),
    };
  },

  async apply(client, ctx) {
    const sample = await newEventSample(client, ctx.batchId);
    const updated = await applyCorrections(client, ctx);
    const arrivals = await insertNewEvents(client, ctx);
    const total = await stagedCount(client, ctx.batchId);
    return { inserted: arrivals.inserted, updated, unchanged: total - arrivals.inserted - updated, outcome: arrivals.outcome, sample };
  },
};

const FIELDS = ['kind', 'id_number', 'name', 'birth_date', 'event_date', 'details'] as const;
const CHANGED = (live: string, staged: string) => `(${FIELDS.map((f) => `${live}.${f}`).join(', ')}) is distinct from (${FIELDS.map((f) => `${staged}.${f}`).join(', ')})`;

async function stagedCount(client: pg.PoolClient, batchId: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${TABLE} where batch_id = $1`, [batchId]);
  return Number(rows[0]!.n);
}

async function newEventSample(client: pg.PoolClient, batchId: string): Promise<ImportChange[]> {
  const { rows } = await client.query<{ row_no: number; source: LifeEventSource; kind: LifeEventKind; name: string; id_number: string | null; event_date: string; existing: boolean }>(
    `select s.row_no, s.source, s.kind, s.name, s.id_number, s.event_date::text, e.id is not null as existing
       from ${TABLE} s left join life_event e on e.source = s.source and e.source_record_id = s.source_record_id
      where s.batch_id = $1 and (e.id is null or ${CHANGED('e', 's')})
      order by s.row_no limit ${CHANGE_SAMPLE_SIZE}`,
    [batchId],
  );
  return rows.map((r) => ({
    rowNo: r.row_no,
    action: r.existing ? 'UPDATE' : 'INSERT',
    subject: `${r.name} ${r.id_number ? (maskIdNumber(r.id_number) ?? r.id_number) : '（无身份证号码）'}`,
    summary: `${LIFE_EVENT_SOURCE_LABELS[r.source]}·${LIFE_EVENT_KIND_LABELS[r.kind]} ${r.event_date}${r.existing ? '（来源更正）' : ''}`,
  }));
}

/**
 * Corrections of records we have: the old values go to record_revision, the record takes the new
 * ones. A corrected ID number settles a record nobody has reviewed yet when it names a retiree of that name.
 */
async function applyCorrections(client: pg.PoolClient, ctx: ApplyContext): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `with c as (
       select e.id, e.org_path, s.*, ${FIELDS.map((f) => `e.${f} as old_${f}`).join(', ')}
         from ${TABLE} s join life_event e on e.source = s.source and e.source_record_id = s.source_record_id
        where s.batch_id = $1 and ${CHANGED('e', 's')}
     ), revised as (
       insert into record_revision (entity, record_id, batch_id, org_path, old_values, new_values)
       select 'LIFE_EVENT', id, $1::bigint, org_path,
              jsonb_build_object(${FIELDS.map((f) => `'${f}', old_${f}`).join(', ')}),
              jsonb_build_object(${FIELDS.map((f) => `'${f}', c.${f}`).join(', ')})
         from c
     ), updated as (
       update life_event e set ${FIELDS.map((f) => `${f} = c.${f}`).join(', ')}, revision = e.revision + 1, updated_at = now(),
              retiree_id = case when e.match_status in ('PENDING_REVIEW', 'UNMATCHED') and r.id is not null then r.id else e.retiree_id end,
              org_path = case when e.match_status in ('PENDING_REVIEW', 'UNMATCHED') and r.id is not null then r.org_path else e.org_path end,
              match_note = case when e.match_status in ('PENDING_REVIEW', 'UNMATCHED') and r.id is not null then '来源更正身份证号码后匹配' else e.match_note end,
              match_status = case when e.match_status in ('PENDING_REVIEW', 'UNMATCHED') and r.id is not null then 'MATCHED' else e.match_status end
         from c left join retiree r on c.id_usable and r.id_number = c.id_number and r.name = c.name
        where e.id = c.id
       returning e.id, e.match_status
     ), settled as (
       delete from life_event_candidate lc using updated u where lc.life_event_id = u.id and u.match_status = 'MATCHED'
     )
     select count(*) as n from updated`,
    [ctx.batchId],
  );
  return Number(rows[0]!.n);
}

async function insertNewEvents(client: pg.PoolClient, ctx: ApplyContext): Promise<{ inserted: number; outcome: ApplyResult['outcome'] }> {
  // The new records with what their ID number says, then the candidates of those people must review.
  await client.query(
    `create temp table new_life_event on commit drop as
     select s.*, r.id as id_retiree, r.org_path as id_path, r.name as id_name
       from ${TABLE} s left join retiree r on s.id_usable and r.id_number = s.id_number
      where s.batch_id = $1 and not exists (select 1 from life_event e where e.source = s.source and e.source_record_id = s.source_record_id)`,
    [ctx.batchId],
  );
  await client.query(
    `create temp table new_life_event_candidate on commit drop as
     select distinct on (row_no, retiree_id) * from (
       select n.row_no, n.id_retiree as retiree_id, n.id_path as org_path, left('身份证号码一致，但档案姓名为' || n.id_name, 100) as reason, 1 as rank
         from new_life_event n where n.id_retiree is not null and n.id_name <> n.name
       union all
       select n.row_no, r.id, r.org_path, '姓名、出生日期一致', 2
         from new_life_event n join retiree r on r.name = n.name and r.birth_date = n.birth_date
        where (n.id_retiree is null and not n.id_usable) or (n.id_retiree is not null and n.id_name <> n.name)
     ) c order by row_no, retiree_id, rank`,
  );
  const { rows } = await client.query<{ match_status: string; n: string }>(
    `with decided as (
       select n.*,
              case when n.id_retiree is not null and n.id_name = n.name then 'MATCHED'
                   when n.id_usable and n.id_retiree is null then 'UNMATCHED'
                   else 'PENDING_REVIEW' end::life_event_match as status,
              (select case when count(distinct c.org_path) = 1 then min(c.org_path)
                           when count(distinct ${TOWNSHIP_OF('c.org_path')}) = 1 then min(${TOWNSHIP_OF('c.org_path')}) end
                 from new_life_event_candidate c where c.row_no = n.row_no) as candidate_path
         from new_life_event n
     ), inserted as (
       insert into life_event (source, source_record_id, kind, id_number, name, birth_date, event_date, details, retiree_id, org_path, match_status, match_note, batch_id)
       select source, source_record_id, kind, id_number, name, birth_date, event_date, details,
              case when status = 'MATCHED' then id_retiree end,
              case when status = 'MATCHED' then id_path else coalesce(candidate_path, $2) end,
              status,
              case status when 'MATCHED' then '身份证号码匹配'
                          when 'UNMATCHED' then '本市退休人员中查无此人'
                          else case when id_retiree is not null then '身份证号码对应的人姓名不同，待人工核对'
                                    else '没有可用的身份证号码，待人工核对' end end,
              $1::bigint
         from decided
       returning id, source, source_record_id, match_status
     ), linked as (
       insert into life_event_candidate (life_event_id, retiree_id, org_path, reason)
       select i.id, c.retiree_id, c.org_path, c.reason
         from inserted i join new_life_event n on n.source = i.source and n.source_record_id = i.source_record_id
         join new_life_event_candidate c on c.row_no = n.row_no
        where i.match_status = 'PENDING_REVIEW'
     )
     select match_status, count(*) as n from inserted group by 1`,
    [ctx.batchId, ctx.cityPath],
  );
  // Reported, not dropped: the rows landed, and the report says who needs a look.
  await client.query(
    `insert into import_error (batch_id, org_path, row_no, field, code, severity, message, value)
     select $1::bigint, $2, row_no, 'idNumber', 'NAME_MISMATCH', 'WARNING'::import_error_severity, '身份证号码对应的退休人员姓名为「' || id_name || '」，与记录姓名不同，已转人工核对', left(id_number, 6) || '********' || right(id_number, 4)
       from new_life_event where id_retiree is not null and id_name <> name
     union all
     select $1::bigint, $2, row_no, 'idNumber', 'NO_MATCH', 'WARNING'::import_error_severity, '本市退休人员中查无此身份证号码（记录已保存）', left(id_number, 6) || '********' || right(id_number, 4)
       from new_life_event where id_usable and id_retiree is null`,
    [ctx.batchId, ctx.cityPath],
  );
  const count = (status: string) => Number(rows.find((r) => r.match_status === status)?.n ?? 0);
  const outcome = { matched: count('MATCHED'), pendingReview: count('PENDING_REVIEW'), unmatched: count('UNMATCHED') };
  return { inserted: outcome.matched + outcome.pendingReview + outcome.unmatched, outcome };
}

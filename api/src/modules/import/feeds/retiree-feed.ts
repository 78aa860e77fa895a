/**
 * The provincial system's retirees: new retirements (placed by address, checked in without a trip)
 * and profile changes (each changed field versioned in retiree_change with its source).
 * An empty optional cell means "not sent", never "erase".
 */
import type pg from 'pg';
import { copyNullable, copyText } from '../../../seed/copy.js';
import { maskBankAccount, maskIdNumber, maskPhone } from '../../../common/masking.js';
import { formatYuan } from '../../../common/money.js';
import { PHONE_FORMAT_MESSAGE, PHONE_PATTERN } from '../../../common/phone.js';
import { ImportKind, type RetireeRecord } from '../feed-formats.js';
import type { ImportChange } from '../import-batch.entity.js';
import { AddressDictionary, type Placement } from '../placement.js';
import { openCheckInTasks, openPlacementTasks, sendWelcomes, type Sql } from '../check-in.js';
import type { ApplyContext, FeedHandler, NormalizeContext, SourceRecord } from './feed-handler.js';
import { RowChecker } from './row-checker.js';
import { MASKED_ID_SQL, rejectDuplicateKeys } from './staged-checks.js';
import { CHANGE_SAMPLE_SIZE } from '../batch-limits.js';

/** What is staged: the record, with the gender and birth date its ID number states. */
export interface RetireeStageRow extends RetireeRecord {
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
}

const TABLE = 'import_stage_retiree';

/** Field (history name), live column, staged column, label, how to show a value. */
const COMPARED: { field: string; column: string; label: string; show?: (v: string | null) => string | null }[] = [
  { field: 'name', column: 'name', label: '姓名' },
  { field: 'retirementDate', column: 'retirement_date', label: '退休日期' },
  { field: 'employer', column: 'employer', label: '原工作单位' },
  { field: 'hukouAddress', column: 'hukou_address', label: '户籍地址' },
  { field: 'residenceAddress', column: 'residence_address', label: '常住地址' },
  { field: 'monthlyPension', column: 'monthly_pension', label: '月基本养老金', show: (v) => (v === null ? null : formatYuan(Number(v))) },
  { field: 'bankName', column: 'bank_name', label: '开户银行' },
  { field: 'bankAccount', column: 'bank_account', label: '银行账号', show: maskBankAccount },
  { field: 'citizenCardNo', column: 'citizen_card_no', label: '市民卡号' },
  { field: 'phone', column: 'phone', label: '联系电话', show: maskPhone },
];

const asText = (column: string, table: string) => (column === 'retirement_date' || column === 'monthly_pension' ? `${table}.${column}::text` : `${table}.${column}`);

/** Changed fields of staged rows for people we already have: (row_no, retiree id, path, field, old, new). */
const CHANGED_FIELDS_SQL = `
  select s.row_no, r.id as retiree_id, r.org_path, r.name as retiree_name, r.id_number, f.field, f.old_value, f.new_value
    from ${TABLE} s join retiree r on r.id_number = s.id_number
   cross join lateral (values ${COMPARED.map((c) => `('${c.field}', ${asText(c.column, 'r')}, ${asText(c.column, 's')})`).join(', ')}) as f(field, old_value, new_value)
   where s.batch_id = $1 and f.new_value is not null and f.new_value is distinct from f.old_value`;

export const retireeFeed: FeedHandler<RetireeStageRow> = {
  kind: ImportKind.RETIREES,
  stageTable: TABLE,
  stageColumns: ['batch_id', 'row_no', 'id_number', 'name', 'gender', 'birth_date', 'retirement_date', 'employer', 'hukou_address', 'residence_address', 'monthly_pension', 'bank_name', 'bank_account', 'citizen_card_no', 'phone'],

  normalize(record: SourceRecord, ctx: NormalizeContext) {
    const check = new RowChecker(record, ctx);
    const id = check.idNumber('idNumber', { required: true });
    const name = check.text('name', '姓名', { required: true, max: 50 });
    const retirementDate = check.date('retirementDate', '退休日期', { required: true });
    if (id.facts && retirementDate && retirementDate < id.facts.birthDate) check.fail('retirementDate', 'INVALID_DATE', '退休日期早于出生日期', retirementDate);
    const employer = check.text('employer', '原工作单位', { max: 200 });
    const hukouAddress = check.text('hukouAddress', '户籍地址', { max: 300 });
    const residenceAddress = check.text('residenceAddress', '常住地址', { max: 300 });
    const monthlyPension = check.money('monthlyPension', '月基本养老金');
    const bankName = check.text('bankName', '开户银行', { max: 50 });
    const bankAccount = check.text('bankAccount', '银行账号', { max: 32 });
    if (bankAccount && !/^\d{8,32}$/.test(bankAccount)) check.fail('bankAccount', 'INVALID_BANK_ACCOUNT', '银行账号应为 8 至 32 位数字', maskBankAccount(bankAccount));
    const citizenCardNo = check.text('citizenCardNo', '市民卡号', { max: 32 });
    const phone = check.text('phone', '联系电话', { max: 20 })?.replace(/\s/g, '') ?? null;
    if (phone && !PHONE_PATTERN.test(phone)) check.fail('phone', 'INVALID_PHONE', PHONE_FORMAT_MESSAGE, maskPhone(phone));
    if (check.failed || !id.facts || !name || !retirementDate || monthlyPension === null) return { row: null, issues: check.issues };
    return {
      row: { idNumber: id.value, name, gender: id.facts.gender, birthDate: id.facts.birthDate, retirementDate, employer, hukouAddress, residenceAddress, monthlyPension, bankName, bankAccount, citizenCardNo, phone },
      issues: check.issues,
    };
  },

  encode(batchId, rowNo, r) {
    return [batchId, String(rowNo), r.idNumber, copyText(r.name), r.gender, r.birthDate, r.retirementDate, copyNullable(r.employer), copyNullable(r.hukouAddress), copyNullable(r.residenceAddress), String(r.monthlyPension), copyNullable(r.bankName), copyNullable(r.bankAccount), copyNullable(r.citizenCardNo), copyNullable(r.phone)].join('\t') + '\n';
  },

  async validateStaged(client, batchId, cityPath) {
    await rejectDuplicateKeys(client, { batchId, cityPath, stageTable: TABLE, keyColumns: ['id_number'], field: 'idNumber', what: '该身份证号码', valueSql: MASKED_ID_SQL('s.id_number') });
  },

  async preview(client, ctx) {
    // One connection runs one statement at a time: no Promise.all on a client.
    const counts = await classify(client, ctx.batchId);
    const dictionary = await loadDictionary(client, ctx);
    let placed = 0;
    for await (const chunk of arrivals(client, ctx.batchId)) placed += chunk.filter((r) => dictionary.place(addresses(r)).communityId !== null).length;
    return { ...counts, outcome: { placedInCommunity: placed, awaitingPlacement: counts.inserted - placed }, sample: await changeSample(client, ctx.batchId) };
  },

  async apply(client, ctx) {
    const { unchanged } = await classify(client, ctx.batchId);
    const sample = await changeSample(client, ctx.batchId);
    const updated = await applyChanges(client, ctx);
    const arrivals = await insertNewRetirees(client, ctx);
    return { inserted: arrivals.inserted, updated, unchanged, outcome: { placedInCommunity: arrivals.placed, awaitingPlacement: arrivals.inserted - arrivals.placed }, sample };
  },
};

async function classify(client: pg.PoolClient, batchId: string): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const { rows } = await client.query<{ inserted: string; updated: string; matched: string }>(
    `select (select count(*) from ${TABLE} s where s.batch_id = $1 and not exists (select 1 from retiree r where r.id_number = s.id_number)) as inserted,
            (select count(distinct row_no) from (${CHANGED_FIELDS_SQL}) c) as updated,
            (select count(*) from ${TABLE} s join retiree r on r.id_number = s.id_number where s.batch_id = $1) as matched`,
    [batchId],
  );
  const r = rows[0]!;
  return { inserted: Number(r.inserted), updated: Number(r.updated), unchanged: Number(r.matched) - Number(r.updated) };
}

/** The first rows that would change: field by field for people we have, a line for each new person. */
async function changeSample(client: pg.PoolClient, batchId: string): Promise<ImportChange[]> {
  const changed = await client.query<{ row_no: number; retiree_name: string; id_number: string; field: string; old_value: string | null; new_value: string }>(
    `with c as (${CHANGED_FIELDS_SQL}), firsts as (select distinct row_no from c order by row_no limit ${CHANGE_SAMPLE_SIZE})
     select c.* from c join firsts using (row_no) order by c.row_no`,
    [batchId],
  );
  const added = await client.query<{ row_no: number; name: string; id_number: string; retirement_date: string }>(
    `select s.row_no, s.name, s.id_number, s.retirement_date::text from ${TABLE} s
      where s.batch_id = $1 and not exists (select 1 from retiree r where r.id_number = s.id_number)
      order by s.row_no limit ${CHANGE_SAMPLE_SIZE}`,
    [batchId],
  );
  const byRow = new Map<number, ImportChange>();
  for (const c of changed.rows) {
    const spec = COMPARED.find((f) => f.field === c.field)!;
    const show = spec.show ?? ((v: string | null) => v);
    const part = `${spec.label}：${show(c.old_value) ?? '（空）'} → ${show(c.new_value)}`;
    const entry = byRow.get(c.row_no);
    if (entry) entry.summary += `；${part}`;
    else byRow.set(c.row_no, { rowNo: c.row_no, action: 'UPDATE', subject: `${c.retiree_name} ${maskIdNumber(c.id_number)}`, summary: part });
  }
  for (const a of added.rows) byRow.set(a.row_no, { rowNo: a.row_no, action: 'INSERT', subject: `${a.name} ${maskIdNumber(a.id_number)}`, summary: `新退休人员，退休日期 ${a.retirement_date}` });
  return [...byRow.values()].sort((a, b) => a.rowNo - b.rowNo).slice(0, CHANGE_SAMPLE_SIZE);
}

/** One statement: history rows from the pre-update snapshot, then the update of exactly the changed people. */
async function applyChanges(client: pg.PoolClient, ctx: ApplyContext): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `with c as (${CHANGED_FIELDS_SQL}),
     logged as (
       insert into retiree_change (retiree_id, org_path, field, old_value, new_value, source, actor_name, actor_staff_id, note)
       select retiree_id, org_path, field, old_value, new_value, $2::change_source, $3, $4, $5 from c
     ),
     updated as (
       update retiree r set ${COMPARED.map((f) => `${f.column} = coalesce(s.${f.column}, r.${f.column})`).join(', ')},
              version = r.version + 1, updated_at = now()
         from ${TABLE} s
        where s.batch_id = $1 and r.id_number = s.id_number and r.id in (select retiree_id from c)
       returning r.id
     )
     select count(*) as n from updated`,
    [ctx.batchId, ctx.changeSource, ctx.actorName, ctx.actorStaffId, `导入批次 #${ctx.batchId}`],
  );
  return Number(rows[0]!.n);
}

const ARRIVAL_CHUNK = 5_000;

interface Arrival {
  row_no: number;
  hukou_address: string | null;
  residence_address: string | null;
}

const addresses = (r: Arrival) => ({ hukouAddress: r.hukou_address, residenceAddress: r.residence_address });

/**
 * The staged people we do not have yet, a chunk at a time (memory stays flat on a first load of a
 * whole city). Keyset by row number: rows inserted meanwhile drop out of "not exists" by themselves.
 */
async function* arrivals(client: pg.PoolClient, batchId: string): AsyncGenerator<Arrival[]> {
  let afterRow = 0;
  for (;;) {
    const { rows } = await client.query<Arrival>(
      `select s.row_no, s.hukou_address, s.residence_address from ${TABLE} s
        where s.batch_id = $1 and s.row_no > $2 and not exists (select 1 from retiree r where r.id_number = s.id_number)
        order by s.row_no limit ${ARRIVAL_CHUNK}`,
      [batchId, afterRow],
    );
    if (!rows.length) return;
    afterRow = rows[rows.length - 1]!.row_no;
    yield rows;
  }
}

/** New people: place, insert, check in. */
async function insertNewRetirees(client: pg.PoolClient, ctx: ApplyContext): Promise<{ inserted: number; placed: number }> {
  const dictionary = await loadDictionary(client, ctx);
  const sql: Sql = async (text, params) => (await client.query(text, params)).rows;
  let inserted = 0;
  let placed = 0;
  for await (const rows of arrivals(client, ctx.batchId)) {
    const placements = rows.map((r) => ({ rowNo: r.row_no, ...dictionary.place(addresses(r)) }));
    const created = await insertPlaced(client, ctx, placements);
    const inCommunity = created.filter((r) => r.community_id !== null).map((r) => r.id);
    const unplaced = created.filter((r) => r.community_id === null).map((r) => r.id);
    await openCheckInTasks(sql, ctx.calendar, inCommunity);
    await sendWelcomes(sql, inCommunity);
    await openPlacementTasks(sql, ctx.calendar, unplaced);
    await client.query(
      `insert into retiree_change (retiree_id, org_path, field, old_value, new_value, source, actor_name, actor_staff_id, note)
       select id, org_path, 'registration', null, '新退休人员登记', $2::change_source, $3, $4, $5 from retiree where id = any($1::int[])`,
      [`{${created.map((r) => r.id).join(',')}}`, ctx.changeSource, ctx.actorName, ctx.actorStaffId, `导入批次 #${ctx.batchId}`],
    );
    inserted += created.length;
    placed += inCommunity.length;
  }
  return { inserted, placed };
}

async function insertPlaced(client: pg.PoolClient, ctx: ApplyContext, placements: (Placement & { rowNo: number })[]): Promise<{ id: number; community_id: number | null }[]> {
  const pathOf = (p: Placement) => (p.communityId ? ctx.orgs.get(p.communityId)!.path : p.townshipId ? ctx.orgs.get(p.townshipId)!.path : ctx.cityPath);
  const { rows } = await client.query<{ id: number; community_id: number | null }>(
    `insert into retiree (id_number, name, gender, birth_date, retirement_date, employer, hukou_address, residence_address, community_id, township_id,
                          org_path, status, monthly_pension, bank_account, bank_name, citizen_card_no, phone, placement_note)
     select s.id_number, s.name, s.gender, s.birth_date, s.retirement_date, s.employer, s.hukou_address, s.residence_address, p.community_id, p.township_id,
            p.org_path, 'ACTIVE', s.monthly_pension, s.bank_account, s.bank_name, s.citizen_card_no, s.phone, p.note
       from unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::text[]) as p(row_no, community_id, township_id, org_path, note)
       join ${TABLE} s on s.batch_id = $1 and s.row_no = p.row_no
     returning id, community_id`,
    [
      ctx.batchId,
      placements.map((p) => p.rowNo),
      placements.map((p) => p.communityId),
      placements.map((p) => p.townshipId),
      placements.map(pathOf),
      placements.map((p) => p.note),
    ],
  );
  return rows;
}

async function loadDictionary(client: pg.PoolClient, ctx: ApplyContext): Promise<AddressDictionary> {
  const { rows } = await client.query<{ community_id: number; township_id: number; keyword: string; kind: string }>(`select community_id, township_id, keyword, kind from community_address`);
  const city = ctx.orgs.childrenOf(null)[0]!;
  const townships = ctx.orgs.childrenOf(city.id).map((t) => ({ id: t.id, name: t.name }));
  const cityName = city.name.replace(/(人力资源和社会保障局|人社局)$/, '');
  const cityWords = [cityName, cityName.replace(/市$/, '')].filter((w) => w.length >= 2);
  return new AddressDictionary(townships, rows.map((r) => ({ communityId: r.community_id, townshipId: r.township_id, keyword: r.keyword, isName: r.kind === 'NAME' })), cityWords);
}


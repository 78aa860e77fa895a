import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { checkCharacter } from '../src/common/id-number.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { DEMO_CLIENT_SECRET } from './support/test-city.js';
import { startTestApi, type TestApi } from './support/test-api.js';

const BATCH_FIELDS = `id kind channel status received inserted updated unchanged rejected warnings replayed errorReportUrl
  outcome { placedInCommunity awaitingPlacement matched pendingReview unmatched }
  changeSample { rowNo action subject summary }
  errors(limit: 100) { total items { rowNo field code severity message value } }`;
const INGEST_RETIREES = `mutation($b: RetireeBatchInput!) { ingestRetirees(batch: $b) { ${BATCH_FIELDS} } }`;
const INGEST_EVENTS = `mutation($b: LifeEventBatchInput!) { ingestLifeEvents(batch: $b) { ${BATCH_FIELDS} } }`;
const INGEST_PAYMENTS = `mutation($b: PaymentBatchInput!) { ingestPensionPayments(batch: $b) { ${BATCH_FIELDS} } }`;
const BATCH = `query($id: ID!) { importBatch(id: $id) { ${BATCH_FIELDS} } }`;
const REVIEWS = `query { lifeEvents(filter: { matchStatus: PENDING_REVIEW }) { total items { id name sourceRecordId matchStatus matchNote candidates { reason retiree { id name } } } } }`;

let api: TestApi;
let client: string;
let bureau: string;
let township: string;
let community: string;

/** A checksum-valid ID number that no seeded retiree has (area 330683, sequence 9xx). */
let serial = 900;
function newIdNumber(birth: string, male: boolean): string {
  if (serial > 998) throw new Error('newIdNumber ran out of sequence numbers');
  let seq = serial++;
  if ((seq % 2 === 1) !== male) seq = serial++;
  const first17 = `330683${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

function person(overrides: Record<string, unknown> = {}) {
  return {
    idNumber: 'idNumber' in overrides ? (overrides.idNumber as string) : newIdNumber('1966-04-12', true),
    name: '测试新人',
    retirementDate: '2026-04-30',
    employer: '嵊州市测试机械有限公司',
    hukouAddress: null as string | null,
    residenceAddress: null as string | null,
    monthlyPension: 312540,
    bankName: '中国农业银行',
    bankAccount: '6228480000000000001',
    phone: '13900000001',
    ...overrides,
  };
}

let key = 0;
const nextKey = () => `test-${Date.now()}-${++key}`;

async function ingest(mutation: string, rows: object[], idempotencyKey = nextKey(), token = client) {
  const res = await api.gql(mutation, { b: { idempotencyKey, rows } }, token);
  return res;
}

/** A dictionary word of exactly one community, and one shared by several communities of one township. */
async function dictionary() {
  const unique = await api.db.query(
    `select keyword, community_id from community_address where kind <> 'NAME' and keyword in
       (select keyword from community_address group by keyword having count(*) = 1) order by keyword limit 1`,
  );
  const shared = await api.db.query(
    `select a.keyword, t.name as township, t.id as township_id from community_address a join org_unit t on t.id = a.township_id
      where a.kind <> 'NAME' group by a.keyword, t.name, t.id having count(*) > 1 order by a.keyword limit 1`,
  );
  const named = await api.db.query(`select o.id, o.name, t.name as township from org_unit o join org_unit t on t.id = o.parent_id where o.code = '330683001003'`);
  return { unique: unique.rows[0], shared: shared.rows[0], named: named.rows[0] };
}

beforeAll(async () => {
  api = await startTestApi();
  const res = await api.gql(`mutation($s: String!) { apiClientLogin(clientId: "demo-integrator", clientSecret: $s) { token } }`, { s: DEMO_CLIENT_SECRET });
  client = res.data!.apiClientLogin.token;
  [bureau, township, community] = await Promise.all([api.login('demo-bureau'), api.login('demo-township'), api.login('demo-community')]);
});
afterAll(() => api?.stop());

describe('provincial retiree feed: zero-trip check-in', () => {
  it('places new retirees by address, gives the community a check-in task and the retiree a welcome; ambiguous ones go to the township', async () => {
    const { unique, shared, named } = await dictionary();
    const placedByName = person({ name: '甲新人', hukouAddress: `浙江省绍兴市嵊州市${named.township}${named.name}鹿山街8号` });
    const placedByRoad = person({ name: '乙新人', idNumber: newIdNumber('1965-02-01', false), hukouAddress: `浙江省绍兴市嵊州市${unique.keyword}66号` });
    const ambiguous = person({ name: '丙新人', idNumber: newIdNumber('1964-08-08', true), hukouAddress: `浙江省绍兴市嵊州市${shared.township}${shared.keyword}12号` });
    const livesElsewhere = person({ name: '丁新人', idNumber: newIdNumber('1963-01-15', false), hukouAddress: '浙江省杭州市西湖区文三路1号', residenceAddress: `嵊州市${named.township}${named.name}5号` });
    const outside = person({ name: '戊新人', idNumber: newIdNumber('1962-05-05', true), hukouAddress: '江西省上饶市信州区1号', residenceAddress: null });

    const res = await ingest(INGEST_RETIREES, [placedByName, placedByRoad, ambiguous, livesElsewhere, outside]);
    expect(res.errors).toBeUndefined();
    const batch = res.data!.ingestRetirees;
    expect(batch).toMatchObject({ status: 'COMMITTED', received: 5, inserted: 5, updated: 0, rejected: 0 });
    expect(batch.outcome).toMatchObject({ placedInCommunity: 3, awaitingPlacement: 2 });

    const { rows } = await api.db.query(
      `select r.name, c.name as community, t.name as township, r.org_path, r.placement_note from retiree r
         left join org_unit c on c.id = r.community_id left join org_unit t on t.id = r.township_id
        where r.id_number = any($1) order by r.name`,
      [[placedByName, placedByRoad, ambiguous, livesElsewhere, outside].map((p) => p.idNumber)],
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName['甲新人'].community).toBe(named.name);
    expect(byName['丁新人'].community).toBe(named.name); // the residence address, since the hukou is elsewhere
    expect(byName['乙新人'].community).not.toBeNull();
    expect(byName['丙新人']).toMatchObject({ community: null, township: shared.township });
    expect(byName['丙新人'].placement_note).toContain(shared.keyword);
    expect(byName['戊新人']).toMatchObject({ community: null, township: null, org_path: '/330683/' });

    const tasks = await api.db.query(
      `select t.title, t.source_kind, o.name as unit from task t join org_unit o on o.id = t.assignee_unit_id
        join task_retiree tr on tr.task_id = t.id join retiree r on r.id = tr.retiree_id where r.id_number = any($1) order by t.title`,
      [[placedByName.idNumber, ambiguous.idNumber, outside.idNumber]],
    );
    expect(tasks.rows).toEqual(
      expect.arrayContaining([
        { title: '新退休人员纳入管理：甲新人', source_kind: 'NEW_RETIREE', unit: named.name },
        { title: '新退休人员待分配社区：丙新人', source_kind: 'RETIREE_PLACEMENT', unit: shared.township },
        { title: '新退休人员待分配社区：戊新人', source_kind: 'RETIREE_PLACEMENT', unit: '嵊州市人力资源和社会保障局' },
      ]),
    );
    const welcome = await api.db.query(`select n.body, n.sms_status from notification n join retiree r on r.id = n.retiree_id where r.id_number = $1 and n.kind = 'WELCOME'`, [placedByName.idNumber]);
    expect(welcome.rows).toHaveLength(1);
    expect(welcome.rows[0].body).toContain(`已纳入${named.township}${named.name}管理`);
    expect(welcome.rows[0].sms_status).toBe('PENDING');
  });

  it('the township places an ambiguous retiree; the community then gets the check-in task; a community cannot place', async () => {
    const { shared } = await dictionary();
    const waiting = person({ name: '己新人', idNumber: newIdNumber('1961-03-03', false), hukouAddress: `嵊州市${shared.township}${shared.keyword}1号` });
    await ingest(INGEST_RETIREES, [waiting]);
    const townshipToken = await api.login(`admin-${(await api.db.query(`select code from org_unit where id = $1`, [shared.township_id])).rows[0].code}`);
    const list = await api.gql(`query { retireesAwaitingPlacement { total items { id name community { name } placementNote } } }`, {}, townshipToken);
    const item = list.data!.retireesAwaitingPlacement.items.find((r: any) => r.name === '己新人');
    expect(item).toMatchObject({ community: null });
    const target = (await api.db.query(`select id, name from org_unit where parent_id = $1 order by code limit 1`, [shared.township_id])).rows[0];

    const denied = await api.gql(`mutation($r: ID!, $c: ID!) { placeRetiree(retireeId: $r, communityId: $c) { id } }`, { r: item.id, c: String(target.id) }, community);
    expect(denied.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);

    const placed = await api.gql(`mutation($r: ID!, $c: ID!) { placeRetiree(retireeId: $r, communityId: $c) { id community { name } placementNote } }`, { r: item.id, c: String(target.id) }, townshipToken);
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.placeRetiree).toMatchObject({ community: { name: target.name }, placementNote: null });
    const tasks = await api.db.query(`select source_kind, status from task where source_id = $1 order by id`, [item.id]);
    expect(tasks.rows).toEqual([
      { source_kind: 'RETIREE_PLACEMENT', status: 'DONE' },
      { source_kind: 'NEW_RETIREE', status: 'ASSIGNED' },
    ]);
    const again = await api.gql(`mutation($r: ID!, $c: ID!) { placeRetiree(retireeId: $r, communityId: $c) { id } }`, { r: item.id, c: String(target.id) }, townshipToken);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('a changed field is updated and versioned with its source; re-sending changes nothing and says so', async () => {
    const { rows } = await api.db.query(`select * from retiree where id = 7`);
    const r = rows[0];
    const row = {
      idNumber: r.id_number, name: r.name, retirementDate: r.retirement_date.toISOString?.().slice(0, 10) ?? r.retirement_date,
      monthlyPension: r.monthly_pension, residenceAddress: `${r.residence_address}（新）`, phone: null, employer: null,
    };
    // The driver returns dates at local midnight: read the date as text instead.
    row.retirementDate = (await api.db.query(`select retirement_date::text as d from retiree where id = 7`)).rows[0].d;
    const idempotencyKey = nextKey();
    const first = await ingest(INGEST_RETIREES, [row], idempotencyKey);
    expect(first.data!.ingestRetirees).toMatchObject({ inserted: 0, updated: 1, unchanged: 0, replayed: false });
    expect(first.data!.ingestRetirees.changeSample[0].summary).toContain('常住地址');
    const history = await api.db.query(`select field, old_value, new_value, source from retiree_change where retiree_id = 7 and field = 'residenceAddress' order by id desc limit 1`);
    expect(history.rows[0]).toMatchObject({ old_value: r.residence_address, new_value: row.residenceAddress, source: 'PROVINCIAL' });

    const replay = await ingest(INGEST_RETIREES, [row], idempotencyKey);
    expect(replay.data!.ingestRetirees).toMatchObject({ id: first.data!.ingestRetirees.id, replayed: true });
    const resent = await ingest(INGEST_RETIREES, [row]);
    expect(resent.data!.ingestRetirees).toMatchObject({ inserted: 0, updated: 0, unchanged: 1, replayed: false });
    const versions = await api.db.query(`select count(*)::int as n from retiree_change where retiree_id = 7 and field = 'residenceAddress'`);
    expect(versions.rows[0].n).toBe(1);

    const reused = await ingest(INGEST_RETIREES, [{ ...row, phone: '13900000009' }], idempotencyKey);
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('rejects each kind of bad row with its code, lands the good rows, and never aborts', async () => {
    const good = person({ name: '好人', idNumber: newIdNumber('1960-01-01', true) });
    const dup = person({ name: '重复', idNumber: newIdNumber('1960-02-02', true) });
    const badChecksum = { ...person(), idNumber: good.idNumber.slice(0, 17) + (good.idNumber[17] === '1' ? '2' : '1') };
    const res = await ingest(INGEST_RETIREES, [
      good,
      badChecksum,
      person({ idNumber: newIdNumber('1959-03-03', true), monthlyPension: -5 }),
      person({ idNumber: newIdNumber('1958-04-04', true), retirementDate: '2099-01-01' }),
      person({ idNumber: newIdNumber('1957-05-05', true), retirementDate: '2026-02-30' }),
      person({ idNumber: newIdNumber('1956-06-06', true), phone: '12345' }),
      dup,
      { ...dup, name: '重复二' },
    ]);
    const batch = res.data!.ingestRetirees;
    expect(batch).toMatchObject({ received: 8, inserted: 1, rejected: 7 });
    const codes = Object.fromEntries(batch.errors.items.map((e: any) => [e.rowNo, e.code]));
    expect(codes).toEqual({ 2: 'INVALID_ID_NUMBER', 3: 'NEGATIVE_AMOUNT', 4: 'FUTURE_DATE', 5: 'INVALID_DATE', 6: 'INVALID_PHONE', 7: 'DUPLICATE_IN_BATCH', 8: 'DUPLICATE_IN_BATCH' });
    expect(batch.errors.items.find((e: any) => e.rowNo === 2).value).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const stored = await api.db.query(`select count(*)::int as n from retiree where id_number = any($1)`, [[good.idNumber, dup.idNumber]]);
    expect(stored.rows[0].n).toBe(1);
  });
});

describe('shared-data feed', () => {
  it('matches by ID number, sends records without a usable ID to review, and reports unknown people', async () => {
    const { rows } = await api.db.query(`select id, id_number, name, birth_date::text as birth from retiree where id in (11, 12) order by id`);
    const [a, b] = rows;
    const stranger = newIdNumber('1950-01-01', true);
    const res = await ingest(INGEST_EVENTS, [
      { source: 'POLICE', sourceRecordId: 'GA-1', kind: 'DEATH', idNumber: a.id_number, name: a.name, eventDate: '2026-10-01', details: '户籍注销' },
      { source: '民政局', sourceRecordId: 'MZ-1', kind: '火化', idNumber: null, name: b.name, birthDate: b.birth, eventDate: '2026-10-03' },
      { source: 'POLICE', sourceRecordId: 'GA-2', kind: 'DEATH', idNumber: a.id_number.slice(0, 17) + (a.id_number[17] === '1' ? '2' : '1'), name: a.name, eventDate: '2026-10-01' },
      { source: 'POLICE', sourceRecordId: 'GA-3', kind: 'MISSING', idNumber: stranger, name: '陌生人', eventDate: '2026-10-05' },
      { source: 'COURT', sourceRecordId: 'FY-1', kind: 'SENTENCE', idNumber: b.id_number, name: '别人', eventDate: '2026-10-06' },
      { source: 'ALIENS', sourceRecordId: 'X-1', kind: 'DEATH', idNumber: a.id_number, name: a.name, eventDate: '2026-10-01' },
      { source: 'POLICE', sourceRecordId: 'GA-4', kind: 'DEATH', idNumber: a.id_number, name: a.name, eventDate: '2099-10-01' },
    ]);
    expect(res.errors).toBeUndefined();
    const batch = res.data!.ingestLifeEvents;
    expect(batch).toMatchObject({ received: 7, inserted: 5, rejected: 2 });
    expect(batch.outcome).toMatchObject({ matched: 1, pendingReview: 3, unmatched: 1 });
    const codes = batch.errors.items.map((e: any) => `${e.rowNo}:${e.code}:${e.severity}`);
    expect(codes).toEqual(expect.arrayContaining(['6:UNKNOWN_SOURCE:ERROR', '7:FUTURE_DATE:ERROR', '2:NO_ID_NUMBER:WARNING', '3:INVALID_ID_NUMBER:WARNING', '4:NO_MATCH:WARNING', '5:NAME_MISMATCH:WARNING']));

    // The status of the person does not change here.
    const status = await api.db.query(`select status from retiree where id = $1`, [a.id]);
    expect(status.rows[0].status).toBe('ACTIVE');
    const profile = await api.gql(`query($id: ID!) { retiree(id: $id) { lifeEvents { kind source matchStatus } } }`, { id: String(a.id) }, bureau);
    expect(profile.data!.retiree.lifeEvents).toEqual([{ kind: 'DEATH', source: 'POLICE', matchStatus: 'MATCHED' }]);

    const queue = await api.gql(REVIEWS, {}, bureau);
    const byRecord = Object.fromEntries(queue.data!.lifeEvents.items.map((e: any) => [e.sourceRecordId, e]));
    expect(byRecord['MZ-1'].candidates.map((c: any) => c.retiree.id)).toContain(String(b.id));
    expect(byRecord['GA-2'].candidates.map((c: any) => c.retiree.id)).toContain(String(a.id));
    expect(byRecord['FY-1'].candidates[0].reason).toContain('身份证号码一致');

    const confirmed = await api.gql(`mutation($id: ID!, $r: ID!) { confirmLifeEventMatch(id: $id, retireeId: $r) { matchStatus retiree { id } } }`, { id: byRecord['MZ-1'].id, r: String(b.id) }, bureau);
    expect(confirmed.data!.confirmLifeEventMatch).toEqual({ matchStatus: 'CONFIRMED', retiree: { id: String(b.id) } });
    const rejected = await api.gql(`mutation($id: ID!) { rejectLifeEventMatch(id: $id, note: "法院核实为同号他人") { matchStatus } }`, { id: byRecord['FY-1'].id }, bureau);
    expect(rejected.data!.rejectLifeEventMatch.matchStatus).toBe('REJECTED');
    const twice = await api.gql(`mutation($id: ID!) { rejectLifeEventMatch(id: $id, note: "再次") { matchStatus } }`, { id: byRecord['FY-1'].id }, bureau);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const wrongCandidate = await api.gql(`mutation($id: ID!, $r: ID!) { confirmLifeEventMatch(id: $id, retireeId: $r) { matchStatus } }`, { id: byRecord['GA-2'].id, r: '2' }, bureau);
    expect(wrongCandidate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('re-sending is a no-op; a corrected record is updated and its old values kept', async () => {
    const { rows } = await api.db.query(`select id_number, name from retiree where id = 13`);
    const record = { source: 'HEALTH', sourceRecordId: 'WJ-9', kind: 'HOSPITAL_VISIT', idNumber: rows[0].id_number, name: rows[0].name, eventDate: '2026-10-03', details: '市人民医院门诊' };
    await ingest(INGEST_EVENTS, [record]);
    const same = await ingest(INGEST_EVENTS, [record]);
    expect(same.data!.ingestLifeEvents).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    const corrected = await ingest(INGEST_EVENTS, [{ ...record, details: '市人民医院住院' }]);
    expect(corrected.data!.ingestLifeEvents).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    const revision = await api.db.query(`select e.revision, r.old_values->>'details' as old from life_event e join record_revision r on r.record_id = e.id and r.entity = 'LIFE_EVENT' where e.source_record_id = 'WJ-9'`);
    expect(revision.rows).toEqual([{ revision: 2, old: '市人民医院门诊' }]);
  });

  it('a township sees the review items of its own area only', async () => {
    const far = await api.login('staff-330683002');
    const queue = await api.gql(REVIEWS, {}, far);
    const mine = await api.gql(REVIEWS, {}, township);
    expect(queue.data!.lifeEvents.total).toBeLessThan(mine.data!.lifeEvents.total + 1);
    for (const e of queue.data!.lifeEvents.items) for (const c of e.candidates) expect(c.retiree).not.toBeNull();
  });
});

describe('pension payment feed', () => {
  it('inserts new periods, updates corrections with their history, reports bad rows', async () => {
    const { rows } = await api.db.query(`select r.id, r.id_number, p.period, p.amount, p.paid_date::text as paid, p.bank_account from retiree r join pension_payment p on p.retiree_id = r.id where r.id = 21 order by p.period desc limit 1`);
    const last = rows[0];
    const unchangedRow = { idNumber: last.id_number, period: last.period, amount: last.amount, paidDate: last.paid, bankAccount: last.bank_account };
    const corrected = { ...unchangedRow, idNumber: (await api.db.query(`select id_number from retiree where id = 22`)).rows[0].id_number };
    const prior = (await api.db.query(`select amount, period, paid_date::text as paid from pension_payment where retiree_id = 22 order by period desc limit 1`)).rows[0];
    Object.assign(corrected, { period: prior.period, paidDate: prior.paid, amount: prior.amount + 100 });
    const res = await ingest(INGEST_PAYMENTS, [
      unchangedRow,
      corrected,
      { idNumber: last.id_number, period: '2019-06', amount: 250000, paidDate: '2019-06-08' },
      { idNumber: newIdNumber('1955-01-01', true), period: last.period, amount: 100, paidDate: last.paid },
      { idNumber: last.id_number, period: '2031-01', amount: 100, paidDate: last.paid },
      { idNumber: last.id_number, period: '2019-07', amount: -1, paidDate: '2019-07-08' },
      { idNumber: last.id_number, period: '2019-08', amount: 100, paidDate: '2099-08-08' },
      { idNumber: last.id_number, period: '2019-09', amount: 100, paidDate: '2019-09-08' },
      { idNumber: last.id_number, period: '2019-09', amount: 200, paidDate: '2019-09-08' },
      { idNumber: last.id_number, period: '2019-13', amount: 100, paidDate: '2019-09-08' },
    ]);
    expect(res.errors).toBeUndefined();
    const batch = res.data!.ingestPensionPayments;
    expect(batch).toMatchObject({ received: 10, inserted: 1, updated: 1, unchanged: 1, rejected: 7 });
    const codes = Object.fromEntries(batch.errors.items.filter((e: any) => e.severity === 'ERROR').map((e: any) => [e.rowNo, e.code]));
    expect(codes).toEqual({ 4: 'UNKNOWN_RETIREE', 5: 'UNKNOWN_PERIOD', 6: 'NEGATIVE_AMOUNT', 7: 'FUTURE_DATE', 8: 'DUPLICATE_IN_BATCH', 9: 'DUPLICATE_IN_BATCH', 10: 'INVALID_PERIOD' });
    const revision = await api.db.query(`select (old_values->>'amount')::int as old, (new_values->>'amount')::int as new from record_revision where entity = 'PENSION_PAYMENT' and batch_id = $1`, [batch.id]);
    expect(revision.rows).toEqual([{ old: prior.amount, new: prior.amount + 100 }]);
  });
});

describe('a full GraphQL batch', () => {
  it('takes 5,000 new retirees (~2.5 MB of JSON) in one request', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => {
      const birth = new Date(Date.UTC(1958, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const first17 = `330683${birth.replace(/-/g, '')}851`; // 851: a sequence newIdNumber() never reaches
      return person({ idNumber: first17 + checkCharacter(first17), name: `批量${i}`, hukouAddress: `浙江省绍兴市嵊州市剡湖街道城隍坊社区${i}号` });
    });
    const res = await ingest(INGEST_RETIREES, rows);
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestRetirees).toMatchObject({ received: 5_000, inserted: 5_000, rejected: 0, outcome: { placedInCommunity: 5_000 } });
  });
});

describe('who may send what', () => {
  it('an integrator without the life-events scope cannot send life events; staff cannot call ingest', async () => {
    await api.db.query(`insert into api_client (client_id, name, secret_hash, scopes) values ('payments-only', '只推发放', $1, '{ingest:payment}')`, [await hashPassword('payments-secret')]);
    const login = await api.gql(`mutation { apiClientLogin(clientId: "payments-only", clientSecret: "payments-secret") { token } }`);
    const paymentsOnly = login.data!.apiClientLogin.token;
    const row = { source: 'POLICE', sourceRecordId: 'SC-1', kind: 'DEATH', idNumber: null, name: '某人', eventDate: '2026-10-01' };
    expect((await ingest(INGEST_EVENTS, [row], nextKey(), paymentsOnly)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ingest(INGEST_EVENTS, [row], nextKey(), bureau)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(`query { importBatches { total } }`, {}, township)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The permission itself is the bureau's: a township admin's session does not carry it.
    const me = await api.gql(`query { me { permissions } }`, {}, township);
    expect(me.data!.me.permissions).toContain('task:work');
    expect(me.data!.me.permissions).not.toContain('import:manage');
    expect((await api.gql(`query { importBatches { total } }`, {}, paymentsOnly)).errors).toBeUndefined();
    const tooMany = await ingest(INGEST_EVENTS, Array.from({ length: 5001 }, (_, i) => ({ ...row, sourceRecordId: `SC-${i}` })));
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('files: preview, commit, same file twice, error report', () => {
  const base = () => api.url.replace(/\/graphql$/, '');

  async function upload(feed: string, body: Buffer, token: string, name: string) {
    const res = await fetch(`${base()}/imports/${feed}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-file-name': encodeURIComponent(name) }, body });
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    return { status: res.status, lines, last: lines[lines.length - 1] };
  }

  it('an XLSX of retirees with bad rows previews without applying, commits, and the same file again changes nothing', async () => {
    const good = person({ name: '文件新人', idNumber: newIdNumber('1966-09-09', false) });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('退休人员');
    sheet.addRow(['公民身份号码', '姓名', '退休日期', '原工作单位', '户籍地址', '常住地址', '月基本养老金（元）', '开户银行', '银行账号', '市民卡号', '联系电话']);
    sheet.addRow([good.idNumber, good.name, good.retirementDate, good.employer, '浙江省绍兴市嵊州市剡湖街道城隍坊社区1号', '', '3125.40', '', '', '', '']);
    sheet.addRow(['330683196601010000', '坏号码', '2026-01-01', '', '', '', '3000', '', '', '', '']);
    sheet.addRow([newIdNumber('1966-10-10', true), '负数', '2026-01-01', '', '', '', '-3000', '', '', '', '']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const first = await upload('retirees', file, bureau, '十一月新增.xlsx');
    expect(first.status).toBe(200);
    expect(first.last).toMatchObject({ type: 'done', replayed: false });
    const preview = (await api.gql(BATCH, { id: first.last.batchId }, bureau)).data!.importBatch;
    expect(preview).toMatchObject({ status: 'PREVIEW', channel: 'FILE', received: 3, inserted: 1, rejected: 2, outcome: { placedInCommunity: 1, awaitingPlacement: 0 } });
    const columns = await api.gql(`query($id: ID!) { importBatch(id: $id) { errors { items { rowNo column } } } }`, { id: first.last.batchId }, bureau);
    expect(columns.data!.importBatch.errors.items).toEqual([{ rowNo: 3, column: '公民身份号码' }, { rowNo: 4, column: '月基本养老金（元）' }]);
    expect((await api.db.query(`select count(*)::int as n from retiree where id_number = $1`, [good.idNumber])).rows[0].n).toBe(0);

    const report = await fetch(`${base()}${preview.errorReportUrl}`, { headers: { authorization: `Bearer ${bureau}` } });
    const bytes = Buffer.from(await report.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // Excel opens it as UTF-8 only with the BOM
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('行号,字段,级别,错误代码,说明,原始值');
    expect(csv).toContain('3,idNumber,拒收,INVALID_ID_NUMBER');
    expect(csv).toContain('4,monthlyPension,拒收,NEGATIVE_AMOUNT');

    const committed = await api.gql(`mutation($id: ID!) { commitImportBatch(id: $id) { status inserted outcome { placedInCommunity } } }`, { id: first.last.batchId }, bureau);
    expect(committed.data!.commitImportBatch).toEqual({ status: 'COMMITTED', inserted: 1, outcome: { placedInCommunity: 1 } });
    const stored = await api.db.query(`select monthly_pension, c.name from retiree r join org_unit c on c.id = r.community_id where id_number = $1`, [good.idNumber]);
    expect(stored.rows[0]).toEqual({ monthly_pension: 312540, name: '城隍坊社区' });

    const second = await upload('retirees', file, bureau, '十一月新增（再传一次）.xlsx');
    expect(second.last).toMatchObject({ type: 'done', replayed: true, batchId: first.last.batchId });
    const commitAgain = await api.gql(`mutation($id: ID!) { commitImportBatch(id: $id) { status } }`, { id: first.last.batchId }, bureau);
    expect(commitAgain.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('a CSV of payments with the headers of an official export; a file missing a column is refused whole', async () => {
    const { rows } = await api.db.query(`select id_number, name from retiree where id = 31`);
    const text = `公民身份号码,姓名,发放年月,实发金额（元）,到账日期,银行账号\r\n${rows[0].id_number},${rows[0].name},2020-01,"2,950.00",2020-01-08,\r\n`;
    const utf8 = await upload('payments', Buffer.from('\uFEFF' + text), bureau, 'payments.csv');
    expect(utf8.last).toMatchObject({ type: 'done' });
    const batch = (await api.gql(BATCH, { id: utf8.last.batchId }, bureau)).data!.importBatch;
    expect(batch).toMatchObject({ status: 'PREVIEW', inserted: 1, rejected: 0 });
    expect(batch.changeSample[0].summary).toContain('2950.00 元');

    // Abandoned: a week later the nightly job discards the preview and frees its staged rows.
    await api.db.query(`update import_batch set created_at = now() - interval '8 days' where id = $1`, [utf8.last.batchId]);
    await api.db.query(`select app_discard_stale_import_previews(interval '7 days')`);
    expect((await api.gql(BATCH, { id: utf8.last.batchId }, bureau)).data!.importBatch.status).toBe('DISCARDED');
    expect((await api.db.query(`select count(*)::int as n from import_stage_payment where batch_id = $1`, [utf8.last.batchId])).rows[0].n).toBe(0);
    const late = await api.gql(`mutation($id: ID!) { commitImportBatch(id: $id) { status } }`, { id: utf8.last.batchId }, bureau);
    expect(late.errors?.[0]?.message).toContain('已放弃');

    const missing = await upload('payments', Buffer.from('公民身份号码,姓名\r\n1,2\r\n'), bureau, 'bad.csv');
    expect(missing.last).toMatchObject({ type: 'error', code: 'BAD_USER_INPUT', reason: 'MISSING_COLUMN' });
    expect(missing.last.message).toContain('发放期间');
    const community403 = await fetch(`${base()}/imports/payments`, { method: 'POST', headers: { authorization: `Bearer ${community}` }, body: 'x' });
    expect(community403.status).toBe(403);
  });
});

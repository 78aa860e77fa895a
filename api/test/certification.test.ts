import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certifyPassively } from '../src/modules/certification/passive-certification.js';
import { inTransaction } from '../src/db/transaction.js';
import { signFace } from '../src/modules/certification/certification.service.js';
import { runCertificationLifecycle } from '../src/modules/certification/certification-lifecycle.js';
import { DEMO_CLIENT_SECRET } from './support/test-city.js';
import { startTestApi, type TestApi } from './support/test-api.js';

const CERT = `certification { status validUntil method certifiedOn score blockedReason evidence { date text } }`;
const FACE = `mutation($i: FaceVerificationInput!) { recordFaceVerification(input: $i) { id passed method certifiedOn validUntil } }`;

/** A 1×1 PNG: the visit's photo. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082', 'hex');

let api: TestApi;
let client: string;
let bureau: string;
let key = 0;

async function person(n: number) {
  const { rows } = await api.db.query(
    `select r.id, r.id_number, r.name from retiree r join org_unit c on c.id = r.community_id
      where c.code = '330683001010' and r.status = 'ACTIVE' order by r.id offset $1 limit 1`,
    [n],
  );
  return rows[0] as { id: number; id_number: string; name: string };
}

async function events(rows: object[]) {
  const res = await api.gql(`mutation($b: LifeEventBatchInput!) { ingestLifeEvents(batch: $b) { rejected } }`, { b: { idempotencyKey: `cert-${Date.now()}-${++key}`, rows } }, client);
  expect(res.data!.ingestLifeEvents.rejected).toBe(0);
}

async function certificationOf(retireeId: number) {
  const res = await api.gql(`query($id: ID!) { retiree(id: $id) { ${CERT} certificationRecords { method passed } } }`, { id: String(retireeId) }, bureau);
  return res.data!.retiree;
}

/** Runs the model as of `today`, in its own transaction. */
function certify(today: string) {
  return inTransaction(api.db, (db) => certifyPassively(db, api.platform.config.certification, { today }));
}

function face(idNumber: string, overrides: Partial<{ transactionId: string; verifiedAt: string; passed: boolean; liveness: number; similarity: number }> = {}) {
  const body = { transactionId: `ZLB-${Date.now()}-${++key}`, idNumber, verifiedAt: new Date().toISOString(), passed: true, liveness: 0.98, similarity: 0.93, ...overrides };
  return { ...body, signature: signFace(api.platform.config.certification.faceSecret, body) };
}

beforeAll(async () => {
  api = await startTestApi();
  client = (await api.gql(`mutation($s: String!) { apiClientLogin(clientId: "demo-integrator", clientSecret: $s) { token } }`, { s: DEMO_CLIENT_SECRET })).data!.apiClientLogin.token;
  bureau = await api.login('demo-bureau');
  // The people these tests follow start uncertified, as if new to the platform (the seeded city
  // carries everyone's certification from the old system).
  await api.db.query(
    `delete from certification where retiree_id in (
       select r.id from retiree r join org_unit c on c.id = r.community_id
        where c.code = '330683001010' and r.status = 'ACTIVE' order by r.id limit 12)`,
  );
});
afterAll(() => api?.stop());

describe('passive certification', () => {
  it('a recent hospital visit certifies for 12 months from it, with the evidence listed; one card use alone does not', async () => {
    const [a, b] = [await person(0), await person(1)];
    await events([
      { source: 'HEALTH', sourceRecordId: 'C-H1', kind: 'HOSPITAL_VISIT', idNumber: a.id_number, name: a.name, eventDate: '2026-11-03', details: '市人民医院门诊' },
      { source: 'CITIZEN_CARD', sourceRecordId: 'C-K1', kind: 'CARD_USE', idNumber: b.id_number, name: b.name, eventDate: '2026-11-10', details: '公交刷卡 12路' },
    ]);
    // (The seeded city's completed visit tasks certify some others too: staff visits are signals.)
    const result = await certify('2026-11-15');
    expect(result.renewed).toBeGreaterThanOrEqual(1);
    const certified = await certificationOf(a.id);
    expect(certified.certification).toMatchObject({ status: 'VALID', method: 'PASSIVE', certifiedOn: '2026-11-03', validUntil: '2027-11-03', blockedReason: null });
    // weight 1 halved every 45 days: 12 days old
    expect(certified.certification.score).toBeCloseTo(Math.pow(0.5, 12 / 45), 3);
    expect(certified.certification.evidence).toEqual([{ date: '2026-11-03', text: '2026-11-03 就医：市人民医院门诊' }]);
    expect(certified.certificationRecords).toEqual([{ method: 'PASSIVE', passed: true }]);
    expect((await certificationOf(b.id)).certification).toBeNull();

    // Two card uses and a visit add up; old signals fade.
    await events([{ source: 'CITIZEN_CARD', sourceRecordId: 'C-K2', kind: 'CARD_USE', idNumber: b.id_number, name: b.name, eventDate: '2026-11-12', details: '菜场刷卡' }]);
    await events([{ source: 'HEALTH', sourceRecordId: 'C-H2', kind: 'HOSPITAL_VISIT', idNumber: b.id_number, name: b.name, eventDate: '2026-11-01' }]);
    expect((await certify('2026-11-15')).renewed).toBe(1);
    expect((await certificationOf(b.id)).certification).toMatchObject({ certifiedOn: '2026-11-12', validUntil: '2027-11-12' });
  });

  it('running again changes nothing; a death record blocks renewal however alive the data look', async () => {
    expect((await certify('2026-11-15')).renewed).toBe(0);
    const c = await person(2);
    await events([
      { source: 'HEALTH', sourceRecordId: 'C-H3', kind: 'HOSPITAL_VISIT', idNumber: c.id_number, name: c.name, eventDate: '2026-11-05' },
      { source: 'POLICE', sourceRecordId: 'C-D3', kind: 'DEATH', idNumber: c.id_number, name: c.name, eventDate: '2026-11-06' },
    ]);
    expect((await certify('2026-11-15')).renewed).toBe(0);
    expect((await certificationOf(c.id)).certification).toMatchObject({ status: 'BLOCKED', validUntil: null, blockedReason: '共享数据显示已死亡' });

    // Someone certified before: a later death record ends what the certification proves.
    const a = await person(0);
    await events([{ source: 'POLICE', sourceRecordId: 'C-D0', kind: 'DEATH', idNumber: a.id_number, name: a.name, eventDate: '2026-11-14' }]);
    await certify('2026-11-15');
    expect((await certificationOf(a.id)).certification).toMatchObject({ status: 'BLOCKED', validUntil: '2027-11-03', blockedReason: '共享数据显示已死亡' });
  });

  it('the console summary counts an area\'s active retirees by status and method', async () => {
    const res = await api.gql(`query { certificationSummary { active valid dueSoon expired never passive face visit blocked } }`, {}, bureau);
    const s = res.data!.certificationSummary;
    expect(s.valid + s.dueSoon + s.expired + s.never + s.blocked).toBe(s.active);
    const { rows } = await api.db.query(
      `select count(*) filter (where c.method = 'PASSIVE' and c.valid_until >= current_date and c.blocked_reason is null)::int as passive,
              count(*) filter (where c.blocked_reason is not null)::int as blocked
         from certification c join retiree r on r.id = c.retiree_id where r.status = 'ACTIVE'`,
    );
    expect(s.passive).toBe(rows[0].passive);
    expect(s.passive).toBeGreaterThanOrEqual(2);
    expect(s.blocked).toBe(rows[0].blocked);
  });
});

describe('face verification through the government app', () => {
  it('a signed, fresh, passing result certifies; the same transaction again is recorded once', async () => {
    const p = await person(3);
    const input = face(p.id_number);
    const first = await api.gql(FACE, { i: input }, client);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordFaceVerification).toMatchObject({ passed: true, method: 'FACE' });
    const again = await api.gql(FACE, { i: input }, client);
    expect(again.data!.recordFaceVerification.id).toBe(first.data!.recordFaceVerification.id);
    const cert = await certificationOf(p.id);
    expect(cert.certification).toMatchObject({ status: 'VALID', method: 'FACE' });
    expect(cert.certificationRecords).toEqual([{ method: 'FACE', passed: true }]);

    // The retiree sees it in the app.
    const token = await api.loginRetiree(p.id);
    const mine = await api.gql(`query { myCertification { status method validUntil } }`, {}, token);
    expect(mine.data!.myCertification).toMatchObject({ status: 'VALID', method: 'FACE' });
  });

  it('refuses a forged signature, a replay of an old result, a reused transaction id with other content; a weak match is recorded as not passed', async () => {
    const p = await person(4);
    const forged = { ...face(p.id_number), similarity: 0.99 };
    expect((await api.gql(FACE, { i: forged }, client)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stale = face(p.id_number, { verifiedAt: new Date(Date.now() - 30 * 60_000).toISOString() });
    expect((await api.gql(FACE, { i: stale }, client)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const used = face(p.id_number, { transactionId: 'ZLB-REUSED' });
    await api.gql(FACE, { i: used }, client);
    const other = face(p.id_number, { transactionId: 'ZLB-REUSED', liveness: 0.95 });
    expect((await api.gql(FACE, { i: other }, client)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const q = await person(5);
    const weak = await api.gql(FACE, { i: face(q.id_number, { similarity: 0.6 }) }, client);
    expect(weak.data!.recordFaceVerification).toMatchObject({ passed: false, validUntil: null });
    expect((await certificationOf(q.id)).certification).toBeNull();
  });

  it('only the government app\'s client may report; staff and retirees cannot', async () => {
    const p = await person(6);
    expect((await api.gql(FACE, { i: face(p.id_number) }, bureau)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('as a certification ends', () => {
  it('three months before, the retiree is told how to certify; a month before, the community gets a visit whose completion certifies', async () => {
    const [soon, later] = [await person(7), await person(8)];
    const place = async (id: number, validUntil: string) =>
      api.db.query(
        `insert into certification (retiree_id, org_path, valid_until, method, certified_on, evidence)
         select id, org_path, $2::date, 'PASSIVE', $2::date - interval '12 months', '[]' from retiree where id = $1
         on conflict (retiree_id) do update set valid_until = excluded.valid_until, blocked_reason = null`,
        [id, validUntil],
      );
    await place(soon.id, '2026-12-10'); // within a month of 2026-11-15
    await place(later.id, '2027-01-20'); // within three months
    const lifecycle = () => inTransaction(api.db, (db) => runCertificationLifecycle(db, api.platform.config.calendar, '2026-11-15'));
    const first = await lifecycle();
    expect(first.notified).toBeGreaterThanOrEqual(2);
    const notices = await api.db.query(`select retiree_id, body from notification where kind = 'CERTIFICATION_DUE' and retiree_id = any($1) order by retiree_id`, [[soon.id, later.id]]);
    expect(notices.rows.map((n) => n.retiree_id)).toEqual([soon.id, later.id].sort((a, b) => a - b));
    expect(notices.rows.find((n) => n.retiree_id === soon.id).body).toContain('2026-12-10 到期');
    const tasks = await api.db.query(`select t.id, t.title, t.source_id from task t join task_retiree tr on tr.task_id = t.id where t.type = 'CERTIFICATION_VISIT' and tr.retiree_id = any($1)`, [[soon.id, later.id]]);
    expect(tasks.rows).toEqual([{ id: expect.any(String), title: `生存认证上门：${soon.name}`, source_id: `${soon.id}:2026-12-10` }]);

    // Once per certification: running again sends and opens nothing new.
    const again = await lifecycle();
    expect(await api.db.query(`select count(*)::int as n from notification where kind = 'CERTIFICATION_DUE' and retiree_id = $1`, [soon.id])).toMatchObject({ rows: [{ n: 1 }] });
    expect(again.visitTasks).toBe(0);

    // The community sees the person: the visit certifies for a year.
    const staff = await api.login('staff-330683001010');
    const taskId = tasks.rows[0].id;
    await api.gql(`mutation($id: ID!) { signTask(id: $id) { status } }`, { id: taskId }, staff);
    const COMPLETE = `mutation($id: ID!, $f: TaskFeedbackInput!) { completeTask(id: $id, feedback: $f) { status } }`;
    // Without a photo of the visit, it does not certify.
    const bare = await api.gql(COMPLETE, { id: taskId, f: { outcome: 'COMPLETED', notes: '上门见到本人，身体健康' } }, staff);
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
    expect((await certificationOf(soon.id)).certification.method).toBe('PASSIVE');
    const photo = await fetch(api.url.replace(/\/graphql$/, '/files'), { method: 'POST', headers: { authorization: `Bearer ${staff}`, 'x-file-name': encodeURIComponent('上门照片.png') }, body: PNG });
    const { id: photoId } = (await photo.json()) as { id: string };
    const done = await api.gql(COMPLETE, { id: taskId, f: { outcome: 'COMPLETED', notes: '上门见到本人，身体健康', attachmentIds: [photoId] } }, staff);
    expect(done.errors).toBeUndefined();
    const cert = await certificationOf(soon.id);
    expect(cert.certification).toMatchObject({ method: 'VISIT', status: 'VALID' });
    expect(cert.certification.evidence[0].text).toContain('上门见到本人，身体健康');
    expect(cert.certificationRecords[0]).toEqual({ method: 'VISIT', passed: true });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../src/db/transaction.js';
import { addDays, todayInShanghai } from '../src/common/working-days.js';
import { monthAfter, periodsBetween } from '../src/common/periods.js';
import { formatYuan } from '../src/common/money.js';
import { signFace } from '../src/modules/certification/certification.service.js';
import { runCertificationLifecycle } from '../src/modules/certification/certification-lifecycle.js';
import { DEMO_CLIENT_SECRET } from './support/test-city.js';
import { startTestApi, type TestApi } from './support/test-api.js';

const SUSPENSION = `id status lapsedOn noticedOn summary fromPeriod decisionNote decidedByName certifiedOn certifiedBy resumePeriod backPayPeriods monthlyAmount backPayAmount allowedActions`;
const CONFIRM = `mutation($id: ID!, $n: String!) { confirmPaymentSuspension(id: $id, note: $n) { ${SUSPENSION} } }`;
const WITHDRAW = `mutation($id: ID!, $r: String!) { withdrawPaymentSuspension(id: $id, reason: $r) { ${SUSPENSION} } }`;
const FACE = `mutation($i: FaceVerificationInput!) { recordFaceVerification(input: $i) { id passed } }`;

let api: TestApi;
let client: string;
let bureau: string;
let township: string;
let community: string;
let key = 0;
const today = todayInShanghai();
const daysAgo = (n: number) => addDays(today, -n);
const origin = () => api.url.replace(/\/graphql$/, '');

type Person = { id: number; id_number: string; name: string };
let people: Person[] = [];
/** The n-th active retiree (with a phone: some log in) of the demo community, as the file began. */
const person = async (n: number) => people[n]!;

/** The person's certification ended on `validUntil`; the reminder (if any) went out `noticedDaysAgo`. */
async function lapse(retireeId: number, validUntil: string, noticedDaysAgo: number | null) {
  await api.db.query(
    `update certification set valid_until = $2, certified_on = $2::date - interval '12 months', method = 'FACE', blocked_reason = null where retiree_id = $1`,
    [retireeId, validUntil],
  );
  await api.db.query(`delete from notification where retiree_id = $1 and kind = 'CERTIFICATION_DUE'`, [retireeId]);
  if (noticedDaysAgo !== null) {
    await api.db.query(
      `insert into notification (retiree_id, org_path, kind, title, body, event_key, created_at)
       select id, org_path, 'CERTIFICATION_DUE', '生存认证即将到期', '……', 'cert-due:' || $2, now() - make_interval(days => $3) from retiree where id = $1`,
      [retireeId, validUntil, noticedDaysAgo],
    );
  }
}

const lifecycle = () => inTransaction(api.db, (db) => runCertificationLifecycle(db, api.platform.config.calendar, today));

async function suspensionsOf(retireeId: number, token = bureau) {
  const res = await api.gql(`query($f: PaymentSuspensionFilter) { paymentSuspensions(filter: $f) { total items { ${SUSPENSION} } } }`, { f: { retireeId: String(retireeId) } }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.paymentSuspensions.items as Record<string, any>[];
}

function face(idNumber: string, transactionId = `ZLB-S-${Date.now()}-${++key}`) {
  const body = { transactionId, idNumber, verifiedAt: new Date().toISOString(), passed: true, liveness: 0.97, similarity: 0.91 };
  return { ...body, signature: signFace(api.platform.config.certification.faceSecret, body) };
}

beforeAll(async () => {
  api = await startTestApi();
  client = (await api.gql(`mutation($s: String!) { apiClientLogin(clientId: "demo-integrator", clientSecret: $s) { token } }`, { s: DEMO_CLIENT_SECRET })).data!.apiClientLogin.token;
  [bureau, township, community] = await Promise.all([api.login('demo-bureau'), api.login('demo-township'), api.login('staff-330683001010')]);
  people = (await api.db.query<Person>(
    `select r.id, r.id_number, r.name from retiree r join org_unit c on c.id = r.community_id
      where c.code = '330683001010' and r.status = 'ACTIVE' and r.phone is not null order by r.id limit 10`,
  )).rows;
});
afterAll(() => api?.stop());

describe('a lapsed certification', () => {
  it('is proposed for suspension only a month after the person was told; never twice', async () => {
    const [told, untold, justTold] = [await person(0), await person(1), await person(2)];
    await lapse(told.id, daysAgo(10), 100);
    await lapse(untold.id, daysAgo(5), null);
    await lapse(justTold.id, daysAgo(5), 10);

    const first = await lifecycle();
    expect(first.proposedSuspensions).toBeGreaterThanOrEqual(1);
    const [proposal] = await suspensionsOf(told.id);
    expect(proposal).toMatchObject({ status: 'PROPOSED', lapsedOn: daysAgo(10), noticedOn: daysAgo(100), fromPeriod: null, allowedActions: ['SUSPEND', 'WITHDRAW'] });
    expect(proposal!.summary).toContain(`生存认证已于 ${daysAgo(10)} 到期`);
    // Not told yet: told now (and proposed a month from now, if still uncertified).
    expect(await suspensionsOf(untold.id)).toEqual([]);
    const { rows: notices } = await api.db.query(`select title, body, link from notification where retiree_id = $1 and kind = 'CERTIFICATION_DUE'`, [untold.id]);
    expect(notices).toEqual([{ title: '生存认证已到期', body: expect.stringContaining('一个月后仍未认证的，将暂停发放，认证后恢复并补发'), link: '/certification' }]);
    expect(await suspensionsOf(justTold.id)).toEqual([]);

    expect((await lifecycle()).proposedSuspensions).toBe(0);
    expect(await suspensionsOf(told.id)).toHaveLength(1);
  });

  it('a township decides: payment stops from next month and the retiree is told how to restore it; communities cannot decide', async () => {
    const p = await person(0);
    const [proposal] = await suspensionsOf(p.id, community);
    expect(proposal!.allowedActions).toEqual([]);
    expect((await api.gql(CONFIRM, { id: proposal!.id, n: '多次联系未果' }, community)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(CONFIRM, { id: proposal!.id, n: ' ' }, township)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const res = await api.gql(CONFIRM, { id: proposal!.id, n: '已通知本人及家属，上门两次未见到本人' }, township);
    expect(res.errors).toBeUndefined();
    expect(res.data!.confirmPaymentSuspension).toMatchObject({ status: 'SUSPENDED', fromPeriod: monthAfter(today), decidedByName: expect.any(String), allowedActions: [] });
    expect((await api.db.query(`select status from retiree where id = $1`, [p.id])).rows[0].status).toBe('SUSPENDED');
    const { rows } = await api.db.query(`select title, body, link, sms_status from notification where retiree_id = $1 and kind = 'PAYMENT_SUSPENDED'`, [p.id]);
    expect(rows).toEqual([{ title: '养老金暂停发放', body: expect.stringContaining(`自 ${monthAfter(today)} 起暂停发放`), link: '/certification', sms_status: 'PENDING' }]);
    expect((await api.gql(CONFIRM, { id: proposal!.id, n: '再次确认' }, township)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('certifying later restores payment and pays back every withheld month at the pre-suspension amount', async () => {
    const p = await person(0);
    const [suspended] = await suspensionsOf(p.id);
    // As if decided three months ago.
    const from = monthAfter(addDays(today, -100));
    await api.db.query(`update payment_suspension set from_period = $2 where id = $1`, [suspended!.id, from]);
    const { rows: [before] } = await api.db.query(`select amount from pension_payment where retiree_id = $1 and period < $2 order by period desc limit 1`, [p.id, from]);

    const res = await api.gql(FACE, { i: face(p.id_number) }, client);
    expect(res.data!.recordFaceVerification.passed).toBe(true);
    const [restored] = await suspensionsOf(p.id);
    const periods = periodsBetween(from, today.slice(0, 7));
    expect(periods.length).toBeGreaterThanOrEqual(3);
    expect(restored).toMatchObject({
      status: 'RESTORED', certifiedOn: today, certifiedBy: 'FACE', backPayPeriods: periods, monthlyAmount: before.amount,
      backPayAmount: periods.length * before.amount, resumePeriod: monthAfter(today),
    });
    expect((await api.db.query(`select status from retiree where id = $1`, [p.id])).rows[0].status).toBe('ACTIVE');
    const { rows: changes } = await api.db.query(`select old_value, new_value, source from retiree_change where retiree_id = $1 and field = 'status' order by id`, [p.id]);
    expect(changes).toEqual([{ old_value: 'ACTIVE', new_value: 'SUSPENDED', source: 'STAFF' }, { old_value: 'SUSPENDED', new_value: 'ACTIVE', source: 'SYSTEM' }]);
    const { rows: told } = await api.db.query(`select body from notification where retiree_id = $1 and kind = 'PAYMENT_RESTORED'`, [p.id]);
    expect(told[0].body).toContain(`共 ${periods.length} 个月 ${formatYuan(periods.length * before.amount)}`);

    // The same report again settles nothing twice.
    const summary = await api.gql(`query { suspensionSummary { restored backPayAmount } }`, {}, bureau);
    expect(summary.data!.suspensionSummary).toMatchObject({ restored: 1, backPayAmount: periods.length * before.amount });
  });

  it('certified before anyone decided: the proposal is withdrawn and the community\'s visit closed', async () => {
    const p = await person(3);
    await lapse(p.id, daysAgo(3), 95);
    await lifecycle();
    const [proposal] = await suspensionsOf(p.id);
    expect(proposal!.status).toBe('PROPOSED');
    const { rows: [visit] } = await api.db.query(`select t.id, t.status from task t join task_retiree tr on tr.task_id = t.id where t.source_kind = 'CERTIFICATION_VISIT' and tr.retiree_id = $1`, [p.id]);
    expect(visit.status).toBe('ASSIGNED');

    const ingest = await api.gql(`mutation($b: LifeEventBatchInput!) { ingestLifeEvents(batch: $b) { rejected } }`, {
      b: { idempotencyKey: `susp-${++key}`, rows: [{ source: 'HEALTH', sourceRecordId: `S-H-${key}`, kind: 'HOSPITAL_VISIT', idNumber: p.id_number, name: p.name, eventDate: today, details: '市人民医院门诊' }] },
    }, client);
    expect(ingest.data!.ingestLifeEvents.rejected).toBe(0);
    expect((await api.gql(`mutation { runPassiveCertification { renewed } }`, {}, bureau)).errors).toBeUndefined();

    const [withdrawn] = await suspensionsOf(p.id);
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', certifiedBy: 'PASSIVE', certifiedOn: today });
    expect(withdrawn!.decisionNote).toContain('无感认证');
    expect((await api.db.query(`select status, feedback from task where id = $1`, [visit.id])).rows[0]).toMatchObject({ status: 'DONE', feedback: expect.stringContaining('无需上门') });
    expect((await api.gql(CONFIRM, { id: proposal!.id, n: '暂停' }, township)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('a township may decide not to suspend, with a reason', async () => {
    const p = await person(4);
    await lapse(p.id, daysAgo(20), 120);
    await lifecycle();
    const [proposal] = await suspensionsOf(p.id);
    expect((await api.gql(WITHDRAW, { id: proposal!.id, r: '' }, township)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const res = await api.gql(WITHDRAW, { id: proposal!.id, r: '本人住院，家属正在协助认证' }, township);
    expect(res.data!.withdrawPaymentSuspension).toMatchObject({ status: 'WITHDRAWN', decisionNote: '本人住院，家属正在协助认证', allowedActions: [] });
    expect((await api.db.query(`select status from retiree where id = $1`, [p.id])).rows[0].status).toBe('ACTIVE');
  });
});

describe('very old, uncertified and still paid', () => {
  it('raises an UNCERTIFIED_ELDERLY alert that certification puts aside; the same lapse never raises it again', async () => {
    const { rows: [old] } = await api.db.query(
      `select r.id, r.id_number from retiree r join org_unit c on c.id = r.community_id
        where c.code like '330683001%' and r.status = 'ACTIVE' and r.birth_date <= current_date - interval '90 years'
          and exists (select 1 from pension_payment p where p.retiree_id = r.id and p.period = (select max(period) from pension_payment))
        order by r.id limit 1`,
    );
    expect(old).toBeDefined();
    await lapse(old.id, daysAgo(40), 130);
    const alertOf = async () => (await api.db.query(`select id, status, summary, decided_by_name from risk_alert where kind = 'UNCERTIFIED_ELDERLY' and retiree_id = $1 order by id`, [old.id])).rows;
    expect((await api.gql(`mutation { runRiskScan { raised } }`, {}, bureau)).errors).toBeUndefined();
    const [alert] = await alertOf();
    expect(alert).toMatchObject({ status: 'OPEN' });
    expect(alert.summary).toMatch(new RegExp(`^\\d+ 岁，生存认证已于 ${daysAgo(40)} 到期，\\d{4}-\\d{2} 仍发放 `));

    // Not confirmed on its own: whether to stop paying is the suspension's decision.
    const detail = await api.gql(`query($id: ID!) { riskAlert(id: $id) { allowedActions } }`, { id: alert.id }, township);
    expect(detail.data!.riskAlert.allowedActions).toEqual(['DISMISS']);
    expect((await api.gql(`mutation($id: ID!) { confirmRiskAlert(id: $id, input: { note: "核实" }) { status } }`, { id: alert.id }, township)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await api.gql(FACE, { i: face(old.id_number) }, client);
    expect(await alertOf()).toEqual([{ ...alert, status: 'DISMISSED', decided_by_name: '系统' }]);
    await api.gql(`mutation { runRiskScan { raised } }`, {}, bureau);
    expect(await alertOf()).toHaveLength(1);
  });

  it('suspending the payment settles the alert', async () => {
    const { rows: [old] } = await api.db.query(
      `select r.id from retiree r join org_unit c on c.id = r.community_id
        where c.code like '330683001%' and r.status = 'ACTIVE' and r.birth_date <= current_date - interval '90 years'
          and exists (select 1 from pension_payment p where p.retiree_id = r.id and p.period = (select max(period) from pension_payment))
          and not exists (select 1 from risk_alert a where a.retiree_id = r.id)
        order by r.id limit 1`,
    );
    await lapse(old.id, daysAgo(35), 127);
    await api.gql(`mutation { runRiskScan { raised } }`, {}, bureau);
    await lifecycle();
    const [proposal] = await suspensionsOf(old.id);
    expect((await api.gql(CONFIRM, { id: proposal!.id, n: '社区多次上门未见到本人' }, township)).data!.confirmPaymentSuspension.status).toBe('SUSPENDED');
    const { rows } = await api.db.query(`select status, decision_note from risk_alert where kind = 'UNCERTIFIED_ELDERLY' and retiree_id = $1`, [old.id]);
    expect(rows).toEqual([{ status: 'RESOLVED', decision_note: `已暂停发放（暂停发放 #${proposal!.id}）` }]);
  });
});

describe('我要认证: the hand-off to the government app (simulated here)', () => {
  it('the retiree is sent to the government page, certifies, and comes back to the result', async () => {
    const p = await person(5);
    const token = await api.loginRetiree(p.id);
    const start = await api.gql(`mutation { startFaceCertification { transactionId url } }`, {}, token);
    expect(start.errors).toBeUndefined();
    const { transactionId, url } = start.data!.startFaceCertification;
    expect(url).toBe(`/face-auth-sim?tx=${transactionId}&return=${encodeURIComponent(`/certification?tx=${transactionId}`)}`);
    const mine = () => api.gql(`query($t: String!) { myFaceCertification(transactionId: $t) { passed validUntil } }`, { t: transactionId }, token);
    expect((await mine()).data!.myFaceCertification).toBeNull();

    const page = await fetch(`${origin()}${url}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(p.name);
    expect(html).not.toContain(p.id_number); // masked
    const back = await fetch(`${origin()}/face-auth-sim`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ tx: transactionId, outcome: 'pass', return: `/certification?tx=${transactionId}` }),
    });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(`/certification?tx=${transactionId}`);
    expect((await mine()).data!.myFaceCertification).toMatchObject({ passed: true });
    expect((await api.gql(`query { myCertification { status method } }`, {}, token)).data!.myCertification).toEqual({ status: 'VALID', method: 'FACE' });

    // Used once: the page will not verify again; an unknown hand-off is refused; another site is never a return address.
    expect((await fetch(`${origin()}${url}`)).status).toBe(404);
    expect((await fetch(`${origin()}/face-auth-sim?tx=nope`)).status).toBe(404);
    const other = (await api.gql(`mutation { startFaceCertification { transactionId } }`, {}, token)).data!.startFaceCertification.transactionId;
    const evil = await fetch(`${origin()}/face-auth-sim`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ tx: other, outcome: 'fail', return: '//evil.example/x' }),
    });
    expect(evil.headers.get('location')).toBe('/certification');
    const failed = await api.gql(`query($t: String!) { myFaceCertification(transactionId: $t) { passed } }`, { t: other }, token);
    expect(failed.data!.myFaceCertification).toEqual({ passed: false });
  });

  it('only a retiree starts one, and only sees their own result', async () => {
    expect((await api.gql(`mutation { startFaceCertification { url } }`, {}, community)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [a, b] = [await person(6), await person(7)];
    const tokenA = await api.loginRetiree(a.id);
    const tx = (await api.gql(`mutation { startFaceCertification { transactionId } }`, {}, tokenA)).data!.startFaceCertification.transactionId;
    await api.gql(FACE, { i: face(a.id_number, tx) }, client);
    const tokenB = await api.loginRetiree(b.id);
    expect((await api.gql(`query($t: String!) { myFaceCertification(transactionId: $t) { passed } }`, { t: tx }, tokenB)).data!.myFaceCertification).toBeNull();
  });
});

describe('certification status by area', () => {
  it('the townships add up to the city, and a drill-down lists the lapsed, the longest-lapsed first, page by page', async () => {
    const [city, areas] = await Promise.all([
      api.gql(`query { certificationSummary { active valid dueSoon expired never blocked } }`, {}, bureau),
      api.gql(`query { certificationByArea { orgUnitId name level active valid dueSoon expired never blocked } }`, {}, bureau),
    ]);
    const rows = areas.data!.certificationByArea as Record<string, any>[];
    expect(rows.every((r) => r.level === 'TOWNSHIP')).toBe(true);
    for (const k of ['valid', 'dueSoon', 'expired', 'blocked'] as const) expect(rows.reduce((n, r) => n + r[k], 0)).toBe(city.data!.certificationSummary[k]);

    const demoTownship = rows.find((r) => r.expired > 2)!;
    const list = (after?: string) => api.gql(
      `query($f: CertificationListFilter!, $a: String) { certifications(filter: $f, limit: 2, after: $a) { total nextCursor items { validUntil status retiree { id name } } } }`,
      { f: { orgUnitId: demoTownship.orgUnitId, status: 'EXPIRED' }, a: after }, bureau,
    );
    const first = (await list()).data!.certifications;
    expect(first.total).toBe(demoTownship.expired);
    const second = (await list(first.nextCursor)).data!.certifications;
    const seen = [...first.items, ...second.items];
    expect(seen.every((c: any) => c.status === 'EXPIRED' && c.retiree)).toBe(true);
    expect(seen.map((c: any) => c.validUntil)).toEqual([...seen.map((c: any) => c.validUntil)].sort());
    expect(new Set(seen.map((c: any) => c.retiree.id)).size).toBe(seen.length);

    // A community sees its own area only.
    expect((await api.gql(`query($f: CertificationListFilter!) { certifications(filter: $f) { total } }`, { f: { orgUnitId: demoTownship.orgUnitId, status: 'EXPIRED' } }, community)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_SECRET } from './support/test-city.js';
import { startTestApi, type TestApi } from './support/test-api.js';
import { scanRisks, scopeOfBatch } from '../src/modules/risk/risk-scan.js';

const ALERT = `id kind status summary overpaidAmount overpaidPeriods recoveryAmount recoveredAmount stopFromPeriod eventDate verificationNote
  evidence { date text } retiree { id status }`;
const SCAN = `mutation { runRiskScan { raised refreshed } }`;
const ALERTS = `query($f: RiskAlertFilter) { riskAlerts(filter: $f, limit: 100) { total items { ${ALERT} } } }`;
const CONFIRM = `mutation($id: ID!, $i: ConfirmRiskAlertInput!) { confirmRiskAlert(id: $id, input: $i) { ${ALERT} } }`;
const DISMISS = `mutation($id: ID!, $r: String!) { dismissRiskAlert(id: $id, reason: $r) { status } }`;
const RECOVER = `mutation($id: ID!, $a: Int!) { recordRecovery(id: $id, amount: $a) { status recoveredAmount } }`;

let api: TestApi;
let client: string;
let bureau: string;
let township: string;
let community: string;
let key = 0;

/** A paid, active retiree of 新北社区 (demo-community's), the n-th one. */
async function person(n: number) {
  const { rows } = await api.db.query(
    `select r.id, r.id_number, r.name, r.bank_account from retiree r join org_unit c on c.id = r.community_id
      where c.code = '330683001002' and r.status = 'ACTIVE' and r.id <> 1
        and exists (select 1 from pension_payment p where p.retiree_id = r.id and p.period = '2026-11')
        and exists (select 1 from pension_payment p where p.retiree_id = r.id and p.period = '2026-06')
      order by r.id offset $1 limit 1`,
    [n],
  );
  return rows[0] as { id: number; id_number: string; name: string; bank_account: string };
}

async function paymentsAfter(retireeId: number, period: string): Promise<{ total: number; periods: string[] }> {
  const { rows } = await api.db.query(`select period, amount from pension_payment where retiree_id = $1 and period > $2 order by period`, [retireeId, period]);
  return { total: rows.reduce((s, r) => s + r.amount, 0), periods: rows.map((r) => r.period) };
}

async function events(rows: object[]) {
  const res = await api.gql(`mutation($b: LifeEventBatchInput!) { ingestLifeEvents(batch: $b) { rejected } }`, { b: { idempotencyKey: `risk-${Date.now()}-${++key}`, rows } }, client);
  expect(res.errors).toBeUndefined();
  expect(res.data!.ingestLifeEvents.rejected).toBe(0);
}

async function alertsOf(retireeId: number) {
  const res = await api.gql(ALERTS, { f: { retireeId: String(retireeId) } }, bureau);
  return res.data!.riskAlerts.items as any[];
}

async function scan() {
  const res = await api.gql(SCAN, {}, bureau);
  expect(res.errors).toBeUndefined();
  return res.data!.runRiskScan as { raised: number; refreshed: number };
}

beforeAll(async () => {
  api = await startTestApi();
  client = (await api.gql(`mutation($s: String!) { apiClientLogin(clientId: "demo-integrator", clientSecret: $s) { token } }`, { s: DEMO_CLIENT_SECRET })).data!.apiClientLogin.token;
  [bureau, township, community] = await Promise.all([api.login('demo-bureau'), api.login('demo-township'), api.login('demo-community')]);
});
afterAll(() => api?.stop());

describe('fund-risk scan', () => {
  it('finds nothing in a city whose records are consistent (no false alarms from yearly adjustments or families)', async () => {
    expect(await scan()).toEqual({ raised: 0, refreshed: 0 });
  });

  it('a death on the last day of a month: every payment from the next month on is overpaid, to the fen', async () => {
    const p = await person(0);
    await events([{ source: 'POLICE', sourceRecordId: 'R-D1', kind: 'DEATH', idNumber: p.id_number, name: p.name, eventDate: '2026-09-30', details: '户籍注销' }]);
    expect((await scan()).raised).toBe(1);
    const [alert] = await alertsOf(p.id);
    const expected = await paymentsAfter(p.id, '2026-09');
    expect(alert).toMatchObject({ kind: 'DECEASED_PAID', status: 'OPEN', eventDate: '2026-09-30', overpaidAmount: expected.total, overpaidPeriods: ['2026-10', '2026-11'] });
    expect(alert.evidence[0].text).toContain('公安局 死亡 R-D1');
    expect(alert.evidence.map((e: any) => e.text).slice(1)).toEqual(expected.periods.map((period) => expect.stringContaining(`${period} 发放`)));
  });

  it('a death on the first day of a month: that month is still due, the next is not', async () => {
    const p = await person(1);
    await events([{ source: 'CIVIL_AFFAIRS', sourceRecordId: 'R-C1', kind: 'CREMATION', idNumber: p.id_number, name: p.name, eventDate: '2026-11-01' }]);
    await scan();
    const [alert] = await alertsOf(p.id);
    // Only a cremation record: its date bounds the death; November is the month of death, so nothing is overpaid yet.
    expect(alert).toMatchObject({ kind: 'DECEASED_PAID', overpaidAmount: 0, overpaidPeriods: [] });
    expect(alert.summary).toContain('仍为正常发放状态');
  });

  it('rescanning never duplicates an alert; a dismissed alert stays dismissed for the same evidence, and new evidence raises it again', async () => {
    const before = (await api.db.query(`select count(*)::int as n from risk_alert`)).rows[0].n;
    expect(await scan()).toEqual({ raised: 0, refreshed: 0 });
    expect((await api.db.query(`select count(*)::int as n from risk_alert`)).rows[0].n).toBe(before);

    const p = await person(1);
    const [alert] = await alertsOf(p.id);
    const dismissed = await api.gql(DISMISS, { id: alert.id, r: '社区上门核实，火化记录为同名他人，本人健在' }, township);
    expect(dismissed.data!.dismissRiskAlert.status).toBe('DISMISSED');
    expect((await scan()).raised).toBe(0);
    expect((await alertsOf(p.id)).map((a) => a.status)).toEqual(['DISMISSED']);

    await events([{ source: 'POLICE', sourceRecordId: 'R-D2', kind: 'DEATH', idNumber: p.id_number, name: p.name, eventDate: '2026-11-03' }]);
    expect((await scan()).raised).toBe(1);
    expect((await alertsOf(p.id)).map((a) => a.status)).toEqual(['OPEN', 'DISMISSED']);
  });

  it('prison: payments after the month of admission up to the month of release are overpaid', async () => {
    const p = await person(2);
    await events([
      { source: 'JUSTICE', sourceRecordId: 'R-J1', kind: 'IMPRISONMENT', idNumber: p.id_number, name: p.name, eventDate: '2026-07-15', details: '收监执行' },
      { source: 'JUSTICE', sourceRecordId: 'R-J2', kind: 'RELEASE', idNumber: p.id_number, name: p.name, eventDate: '2026-09-10', details: '刑满释放' },
    ]);
    await scan();
    const [alert] = await alertsOf(p.id);
    const { rows } = await api.db.query(`select coalesce(sum(amount), 0)::int as total from pension_payment where retiree_id = $1 and period in ('2026-08', '2026-09')`, [p.id]);
    expect(alert).toMatchObject({ kind: 'IMPRISONED_PAID', eventDate: '2026-07-15', overpaidPeriods: ['2026-08', '2026-09'], overpaidAmount: rows[0].total });
  });

  it('a payment that jumps against the person\'s own history, and a pension paid into another retiree\'s account', async () => {
    const jumper = await person(3);
    const payee = await person(4);
    const owner = await person(5);
    const { rows } = await api.db.query(`select period, amount, paid_date::text as paid from pension_payment where retiree_id = $1 and period = '2026-11'`, [jumper.id]);
    const last = rows[0];
    const doubled = last.amount * 2;
    const res = await api.gql(
      `mutation($b: PaymentBatchInput!) { ingestPensionPayments(batch: $b) { updated } }`,
      { b: { idempotencyKey: `risk-pay-${Date.now()}`, rows: [
        { idNumber: jumper.id_number, period: '2026-11', amount: doubled, paidDate: last.paid },
        { idNumber: payee.id_number, period: '2026-11', amount: last.amount, paidDate: last.paid, bankAccount: owner.bank_account },
      ] } },
      client,
    );
    expect(res.data!.ingestPensionPayments.updated).toBe(2);
    await scan();
    expect(await alertsOf(jumper.id)).toEqual([expect.objectContaining({ kind: 'AMOUNT_JUMP', overpaidAmount: doubled - last.amount, overpaidPeriods: ['2026-11'] })]);
    const [shared] = await alertsOf(payee.id);
    expect(shared.kind).toBe('SHARED_ACCOUNT');
    expect(shared.summary).toContain(owner.name);
    expect(shared.summary).not.toContain(owner.bank_account);
    expect(await alertsOf(owner.id)).toEqual([]); // paid into their own account
  });
});

describe('verification and decision', () => {
  it('the community verifies through its task; only a township or the bureau decides; confirming a death stops payment from the month after', async () => {
    const p = await person(0);
    const [alert] = await alertsOf(p.id);
    const tasks = await api.gql(`query { tasks(filter: { box: INBOX }) { items { id title type source { kind id } } } }`, {}, community);
    const task = tasks.data!.tasks.items.find((t: any) => t.source?.kind === 'RISK_ALERT' && t.source.id === alert.id);
    expect(task).toMatchObject({ type: 'RISK_VERIFICATION', title: `核实：疑似已故仍在发放（${p.name}）` });
    await api.gql(`mutation($id: ID!) { signTask(id: $id) { status } }`, { id: task.id }, community);
    const done = await api.gql(`mutation($id: ID!, $f: TaskFeedbackInput!) { completeTask(id: $id, feedback: $f) { status } }`, { id: task.id, f: { outcome: 'COMPLETED', notes: '上门核实：家属出示死亡证明，本人已于9月30日去世' } }, community);
    expect(done.errors).toBeUndefined();
    expect((await alertsOf(p.id))[0].verificationNote).toBe('已核实：上门核实：家属出示死亡证明，本人已于9月30日去世');

    const actions = `query($id: ID!) { riskAlert(id: $id) { allowedActions verificationTask { id status } } }`;
    expect((await api.gql(actions, { id: alert.id }, community)).data!.riskAlert).toEqual({ allowedActions: [], verificationTask: { id: task.id, status: 'DONE' } });
    expect((await api.gql(actions, { id: alert.id }, township)).data!.riskAlert.allowedActions).toEqual(['CONFIRM', 'DISMISS']);

    const byCommunity = await api.gql(CONFIRM, { id: alert.id, i: { note: '死亡证明已核' } }, community);
    expect(byCommunity.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const confirmed = await api.gql(CONFIRM, { id: alert.id, i: { note: '社区核实，死亡证明已核' } }, township);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmRiskAlert).toMatchObject({ status: 'CONFIRMED', stopFromPeriod: '2026-10', recoveryAmount: alert.overpaidAmount, retiree: { status: 'DECEASED' } });
    const history = await api.db.query(`select old_value, new_value, note from retiree_change where retiree_id = $1 and field = 'status'`, [p.id]);
    expect(history.rows).toEqual([{ old_value: 'ACTIVE', new_value: 'DECEASED', note: expect.stringContaining(`基金风险预警 #${alert.id} 确认`) }]);
    expect((await api.gql(CONFIRM, { id: alert.id, i: { note: '再次确认' } }, township)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const part = Math.floor(alert.overpaidAmount / 3);
    expect((await api.gql(RECOVER, { id: alert.id, a: part }, township)).data!.recordRecovery).toEqual({ status: 'CONFIRMED', recoveredAmount: part });
    expect((await api.gql(RECOVER, { id: alert.id, a: alert.overpaidAmount }, township)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(RECOVER, { id: alert.id, a: alert.overpaidAmount - part }, township)).data!.recordRecovery).toEqual({ status: 'RECOVERED', recoveredAmount: alert.overpaidAmount });
    const ledger = await api.gql(`query($id: ID!) { riskAlert(id: $id) { allowedActions recoveries { amount recordedByName } posthumousCase { status deathDate } } }`, { id: alert.id }, township);
    expect(ledger.data!.riskAlert).toEqual({
      allowedActions: [],
      recoveries: [{ amount: part, recordedByName: '钱晓燕' }, { amount: alert.overpaidAmount - part, recordedByName: '钱晓燕' }],
      posthumousCase: { status: 'OPEN', deathDate: '2026-09-30' },
    });

    // A human decision outranks the scan: the confirmed, recovered alert is left as it is.
    await scan();
    expect((await alertsOf(p.id))[0]).toMatchObject({ status: 'RECOVERED', retiree: { status: 'DECEASED' } });
  });

  it('the dashboard sums alerts and money by kind within an area; other areas see none of them', async () => {
    const summary = await api.gql(`query { riskSummary { kind open confirmed closed dismissed overpaidAmount recoveredAmount } }`, {}, township);
    const deceased = summary.data!.riskSummary.find((s: any) => s.kind === 'DECEASED_PAID');
    expect(deceased).toMatchObject({ closed: 1, dismissed: 1, open: 1 });
    expect(deceased.recoveredAmount).toBeGreaterThan(0);
    const far = await api.login('staff-330683002');
    const farList = await api.gql(ALERTS, {}, far);
    expect(farList.data!.riskAlerts.total).toBe(0);
    expect((await api.gql(SCAN, {}, township)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a death known only from a cremation record is re-priced once the review confirms the death record', async () => {
    const p = await person(7);
    await events([
      { source: 'CIVIL_AFFAIRS', sourceRecordId: 'R-C9', kind: 'CREMATION', idNumber: p.id_number, name: p.name, eventDate: '2026-11-02' },
      // The police record's ID number is blank: it waits for a person to say whose it is.
      { source: 'POLICE', sourceRecordId: 'R-D9', kind: 'DEATH', idNumber: null, name: p.name, birthDate: (await api.db.query(`select birth_date::text as b from retiree where id = $1`, [p.id])).rows[0].b, eventDate: '2026-10-29' },
    ]);
    await scan();
    let [alert] = await alertsOf(p.id);
    expect(alert).toMatchObject({ eventDate: '2026-11-02', overpaidAmount: 0 });
    expect(alert.summary).toContain('仅有火化记录');

    const review = await api.gql(`query { lifeEvents(filter: { matchStatus: PENDING_REVIEW }) { items { id sourceRecordId } } }`, {}, bureau);
    const pending = review.data!.lifeEvents.items.find((e: any) => e.sourceRecordId === 'R-D9');
    const confirmed = await api.gql(`mutation($id: ID!, $r: ID!) { confirmLifeEventMatch(id: $id, retireeId: $r) { matchStatus } }`, { id: pending.id, r: String(p.id) }, bureau);
    expect(confirmed.data!.confirmLifeEventMatch.matchStatus).toBe('CONFIRMED');
    expect((await scan()).refreshed).toBe(1);
    [alert] = await alertsOf(p.id);
    const expected = await paymentsAfter(p.id, '2026-10');
    expect(alert).toMatchObject({ eventDate: '2026-10-29', overpaidAmount: expected.total, overpaidPeriods: ['2026-11'] });
  });

  it('after a shared-data import, only deaths, cremations, admissions and releases call for a scan of their people', async () => {
    const [a, b] = [await person(8), await person(9)];
    const send = async (rows: object[]) => {
      const res = await api.gql(`mutation($b: LifeEventBatchInput!) { ingestLifeEvents(batch: $b) { id } }`, { b: { idempotencyKey: `scope-${Date.now()}-${++key}`, rows } }, client);
      return res.data!.ingestLifeEvents.id as string;
    };
    const visits = await send([{ source: 'HEALTH', sourceRecordId: 'S-H1', kind: 'HOSPITAL_VISIT', idNumber: a.id_number, name: a.name, eventDate: '2026-11-02' }]);
    const death = await send([
      { source: 'CITIZEN_CARD', sourceRecordId: 'S-K1', kind: 'CARD_USE', idNumber: a.id_number, name: a.name, eventDate: '2026-11-02' },
      { source: 'POLICE', sourceRecordId: 'S-D1', kind: 'DEATH', idNumber: b.id_number, name: b.name, eventDate: '2026-11-03' },
    ]);
    const db = await api.db.connect();
    try {
      expect(await scopeOfBatch(db, visits)).toBeNull();
      expect(await scopeOfBatch(db, death)).toEqual({ retireeIds: [b.id], kinds: ['DECEASED_PAID', 'IMPRISONED_PAID'] });
    } finally {
      db.release();
    }
  });

  it('two scans at once (an import\'s job and a click) take turns instead of tripping over each other', async () => {
    await scan(); // settle what earlier tests left unscanned
    const p = await person(10);
    await events([{ source: 'POLICE', sourceRecordId: 'R-D10', kind: 'DEATH', idNumber: p.id_number, name: p.name, eventDate: '2026-11-04' }]);
    const { risk, calendar } = api.platform.config;
    const [first, second] = [await api.db.connect(), await api.db.connect()];
    try {
      await first.query('begin');
      await second.query('begin');
      expect((await scanRisks(first, risk, calendar)).raised).toBe(1); // not committed yet
      const waiting = scanRisks(second, risk, calendar); // must wait for the first, then see its alert
      await new Promise((r) => setTimeout(r, 200));
      await first.query('commit');
      expect((await waiting).raised).toBe(0);
      await second.query('commit');
    } finally {
      first.release();
      second.release();
    }
    expect(await alertsOf(p.id)).toHaveLength(1);
  });

  it('an import of shared data queues a risk scan in the same transaction', async () => {
    const before = (await api.db.query(`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'risk:scan'`)).rows[0].n;
    const p = await person(6);
    await events([{ source: 'HEALTH', sourceRecordId: 'R-H1', kind: 'HOSPITAL_VISIT', idNumber: p.id_number, name: p.name, eventDate: '2026-11-02', details: '门诊' }]);
    expect((await api.db.query(`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'risk:scan'`)).rows[0].n).toBe(before + 1);
  });
});

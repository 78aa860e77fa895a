import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_SECRET } from './support/test-city.js';
import { startTestApi, type TestApi } from './support/test-api.js';

const CASE = `id status deathDate notifiedRelative notificationText notifiedAt
  items { id kind department status amount basis reference doneByName } timeline { actorName text }`;

let api: TestApi;
let client: string;
let bureau: string;
let township: string;
let key = 0;
/** The person whose death the first tests follow (no longer ACTIVE once confirmed, so kept here). */
let deceased: Awaited<ReturnType<typeof person>>;
/** The one who died in prison, with nobody to text. */
let diedInPrison: Awaited<ReturnType<typeof person>>;

async function person(n: number) {
  const { rows } = await api.db.query(
    `select r.id, r.id_number, r.name, r.monthly_pension, r.org_path from retiree r join org_unit c on c.id = r.community_id
      where c.code = '330683001003' and r.status = 'ACTIVE'
        and exists (select 1 from pension_payment p where p.retiree_id = r.id and p.period = '2026-11')
      order by r.id offset $1 limit 1`,
    [n],
  );
  return rows[0] as { id: number; id_number: string; name: string; monthly_pension: number; org_path: string };
}

async function events(rows: object[]) {
  const res = await api.gql(`mutation($b: LifeEventBatchInput!) { ingestLifeEvents(batch: $b) { rejected } }`, { b: { idempotencyKey: `case-${Date.now()}-${++key}`, rows } }, client);
  expect(res.data!.ingestLifeEvents.rejected).toBe(0);
}

/** Scans, then confirms the person's open DECEASED_PAID alert as the township; returns the person's case. */
async function confirmDeath(retireeId: number) {
  await api.gql(`mutation { runRiskScan { raised } }`, {}, bureau);
  const alerts = await api.gql(`query($f: RiskAlertFilter) { riskAlerts(filter: $f) { items { id kind status } } }`, { f: { retireeId: String(retireeId), kinds: ['DECEASED_PAID'], statuses: ['OPEN'] } }, bureau);
  const alert = alerts.data!.riskAlerts.items[0];
  const res = await api.gql(`mutation($id: ID!) { confirmRiskAlert(id: $id, input: { note: "社区核实，死亡属实" }) { status } }`, { id: alert.id }, township);
  expect(res.errors).toBeUndefined();
  const detail = await api.gql(`query($id: ID!) { retiree(id: $id) { status posthumousCase { ${CASE} } } }`, { id: String(retireeId) }, township);
  return detail.data!.retiree;
}

beforeAll(async () => {
  api = await startTestApi();
  client = (await api.gql(`mutation($s: String!) { apiClientLogin(clientId: "demo-integrator", clientSecret: $s) { token } }`, { s: DEMO_CLIENT_SECRET })).data!.apiClientLogin.token;
  [bureau, township] = await Promise.all([api.login('demo-bureau'), api.login('demo-township')]);
});
afterAll(() => api?.stop());

describe('身后一件事', () => {
  it('a confirmed death opens one case: what shared data proves is done, the rest is handed to departments, the next of kin is told', async () => {
    const p = (deceased = await person(0));
    await api.db.query(`delete from family_member where retiree_id = $1`, [p.id]);
    await api.db.query(
      `insert into family_member (retiree_id, org_path, relation, name, phone, is_next_of_kin, is_emergency_contact) values
         ($1, $2, '儿子', '王小明', '13900001111', true, true), ($1, $2, '配偶', '李秀兰', '13900002222', true, false)`,
      [p.id, p.org_path],
    );
    await events([
      { source: 'POLICE', sourceRecordId: 'PC-D1', kind: 'DEATH', idNumber: p.id_number, name: p.name, eventDate: '2026-10-20', details: '户籍注销' },
      { source: 'CIVIL_AFFAIRS', sourceRecordId: 'PC-C1', kind: 'CREMATION', idNumber: p.id_number, name: p.name, eventDate: '2026-10-23' },
    ]);
    const retiree = await confirmDeath(p.id);
    expect(retiree.status).toBe('DECEASED');
    const c = retiree.posthumousCase;
    expect(c).toMatchObject({ status: 'OPEN', deathDate: '2026-10-20', notifiedRelative: '配偶 李秀兰（139****2222）' });
    const byKind = Object.fromEntries(c.items.map((i: any) => [i.kind, i]));
    expect(byKind.HOUSEHOLD_DEREGISTRATION).toMatchObject({ department: 'POLICE', status: 'DONE', reference: 'PC-D1' });
    expect(byKind.CREMATION_CERTIFICATE).toMatchObject({ department: 'CIVIL_AFFAIRS', status: 'DONE', reference: 'PC-C1' });
    // Demo local rules: 5,000 yuan funeral subsidy + 10 months of the pension as survivor relief.
    expect(byKind.FUNERAL_AND_SURVIVOR).toMatchObject({ department: 'SOCIAL_SECURITY', status: 'SENT', amount: 500_000 + 10 * p.monthly_pension });
    expect(byKind.FUNERAL_AND_SURVIVOR.basis).toContain('演示值');
    expect(byKind.PENSION_ACCOUNT_REFUND).toMatchObject({ department: 'SOCIAL_SECURITY', status: 'SENT', amount: null });
    expect(byKind.MEDICAL_ACCOUNT_REFUND).toMatchObject({ department: 'MEDICAL_INSURANCE', status: 'SENT' });
    expect(c.timeline.map((e: any) => e.text)).toEqual(expect.arrayContaining([expect.stringContaining('启动身后一件事'), expect.stringContaining('已短信通知近亲属')]));

    const sms = await api.db.query(`select phone, body, status from outbound_sms where phone = '13900002222'`);
    expect(sms.rows).toHaveLength(1);
    expect(sms.rows[0].body).toContain(`${p.name}于2026-10-20去世`);
    expect(sms.rows[0].body).toContain('无需您提供已有材料');
    expect(sms.rows[0].status).toBe('PENDING');
  });

  it('opens exactly once per death, whatever else is confirmed later', async () => {
    const p = deceased;
    const [{ id: alertId }] = (await api.db.query(`select id from risk_alert where retiree_id = $1 and kind = 'DECEASED_PAID'`, [p.id])).rows;
    // New evidence after the confirmation (a late duplicate record) changes nothing about the case.
    await events([{ source: 'BIG_DATA', sourceRecordId: 'PC-B1', kind: 'DEATH', idNumber: p.id_number, name: p.name, eventDate: '2026-10-20' }]);
    await api.gql(`mutation { runRiskScan { raised } }`, {}, bureau);
    const cases = await api.db.query(`select count(*)::int as n, min(risk_alert_id)::text as alert from posthumous_case where retiree_id = $1`, [p.id]);
    expect(cases.rows[0]).toEqual({ n: 1, alert: String(alertId) });
  });

  it('departments collect their items with the full ID number (audited) and report them done; the last one closes the case', async () => {
    const p = deceased;
    const pending = await api.gql(
      `mutation { collectCaseItems(department: SOCIAL_SECURITY) { deceasedName deceasedIdNumber deathDate item { id kind } } }`,
      {},
      client,
    );
    const mine = pending.data!.collectCaseItems.filter((x: any) => x.deceasedIdNumber === p.id_number);
    expect(mine.map((x: any) => x.item.kind).sort()).toEqual(['FUNERAL_AND_SURVIVOR', 'PENSION_ACCOUNT_REFUND']);
    const audit = await api.db.query(`select count(*)::int as n from audit_log where retiree_id = $1 and action = 'EXPORT' and field = 'ID_NUMBER'`, [p.id]);
    expect(audit.rows[0].n).toBe(2);
    expect((await api.gql(`mutation { collectCaseItems(department: POLICE) { item { id } } }`, {}, township)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const refund = mine.find((x: any) => x.item.kind === 'PENSION_ACCOUNT_REFUND');
    const done = await api.gql(`mutation($id: ID!) { completeCaseItem(id: $id, input: { reference: "SB-2026-118", amount: 1234567 }) { status amount doneByName } }`, { id: refund.item.id }, client);
    expect(done.data!.completeCaseItem).toMatchObject({ status: 'DONE', amount: 1234567, doneByName: expect.stringContaining('部门回传') });
    expect((await api.gql(`mutation($id: ID!) { completeCaseItem(id: $id, input: {}) { status } }`, { id: refund.item.id }, client)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const rest = await api.gql(`query($id: ID!) { retiree(id: $id) { posthumousCase { id items { id status } } } }`, { id: String(p.id) }, township);
    for (const item of rest.data!.retiree.posthumousCase.items.filter((i: any) => i.status === 'SENT')) {
      const r = await api.gql(`mutation($id: ID!) { completeCaseItem(id: $id, input: { reference: "已办结" }) { status } }`, { id: item.id }, township);
      expect(r.data!.completeCaseItem.status).toBe('DONE');
    }
    const closed = await api.gql(`query($id: ID!) { posthumousCase(id: $id) { status timeline { text } } }`, { id: rest.data!.retiree.posthumousCase.id }, township);
    expect(closed.data!.posthumousCase.status).toBe('CLOSED');
    expect(closed.data!.posthumousCase.timeline.at(-1).text).toBe('全部事项已办结');
  });

  it('death while serving a sentence: no funeral subsidy or survivor relief; nobody to text is said so', async () => {
    const p = (diedInPrison = await person(1));
    await api.db.query(`delete from family_member where retiree_id = $1`, [p.id]);
    await events([
      { source: 'JUSTICE', sourceRecordId: 'PC-J1', kind: 'IMPRISONMENT', idNumber: p.id_number, name: p.name, eventDate: '2026-06-10' },
      { source: 'POLICE', sourceRecordId: 'PC-D2', kind: 'DEATH', idNumber: p.id_number, name: p.name, eventDate: '2026-10-02' },
    ]);
    const { posthumousCase: c } = await confirmDeath(p.id);
    const funeral = c.items.find((i: any) => i.kind === 'FUNERAL_AND_SURVIVOR');
    expect(funeral).toMatchObject({ status: 'NOT_APPLICABLE', amount: 0, basis: '服刑期间死亡，不发丧葬补助金和抚恤金' });
    expect(c.items.find((i: any) => i.kind === 'CREMATION_CERTIFICATE').status).toBe('SENT');
    expect(c.notifiedRelative).toBeNull();
    expect(c.timeline.map((e: any) => e.text)).toContain('家庭成员信息库中没有近亲属的联系电话，请社区联系家属');
  });

  it('once a phone number is registered, staff text the next of kin after all; staff see which items they can close', async () => {
    const p = diedInPrison;
    const NOTIFY = `mutation($id: ID!) { notifyCaseNextOfKin(id: $id) { notifiedRelative notificationText timeline { actorName text } } }`;
    const detail = await api.gql(`query($id: ID!) { retiree(id: $id) { posthumousCase { id allowedActions items { kind status allowedActions } } } }`, { id: String(p.id) }, township);
    const c = detail.data!.retiree.posthumousCase;
    expect(c.allowedActions).toEqual(['NOTIFY_NEXT_OF_KIN']);
    for (const item of c.items) expect(item.allowedActions).toEqual(item.status === 'SENT' ? ['COMPLETE'] : []);
    expect((await api.gql(NOTIFY, { id: c.id }, township)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    await api.db.query(
      `insert into family_member (retiree_id, org_path, relation, name, phone, is_emergency_contact, is_next_of_kin)
       select id, org_path, '子女', '王小红', '13900001111', true, true from retiree where id = $1`,
      [p.id],
    );
    const res = await api.gql(NOTIFY, { id: c.id }, township);
    expect(res.errors).toBeUndefined();
    expect(res.data!.notifyCaseNextOfKin.notifiedRelative).toBe('子女 王小红（139****1111）');
    expect(res.data!.notifyCaseNextOfKin.notificationText).toContain('王小红您好');
    expect(res.data!.notifyCaseNextOfKin.timeline.at(-1)).toEqual({ actorName: expect.not.stringMatching(/^系统$/), text: '已短信通知近亲属：子女 王小红（139****1111）' });
    expect((await api.db.query(`select count(*)::int as n from outbound_sms where phone = '13900001111'`)).rows[0].n).toBe(1);
  });

  it('other areas see no case', async () => {
    const far = await api.login('staff-330683002');
    expect((await api.gql(`query { posthumousCases { total } }`, {}, far)).data!.posthumousCases.total).toBe(0);
    expect((await api.gql(`query { posthumousCases { total } }`, {}, township)).data!.posthumousCases.total).toBe(2);
  });
});

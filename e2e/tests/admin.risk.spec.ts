import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiAs, apiAsClient, logInToConsole, logOutOfConsole, openMenu, orgUnits, pageHeading, snap, STAFF, tableRows, unitByCode, type Api } from '../support/admin-journeys.js';
import { DEMO_RETIREE } from '../support/retiree.js';

/** 新北社区 (demo-community's community, in demo-township's 剡湖街道). */
const XINBEI = '330683001002';
/** The seed's integrator: the data hub's feed of shared data. */
const INTEGRATOR = { clientId: 'demo-integrator', secret: 'demo-integrator-secret' } as const;
const VERIFICATION = '上门核实：家属出示死亡医学证明，本人确已去世';
const DECISION = '社区核实属实，公安户籍已注销，死亡证明已核';
/** The spouse the community registers as next of kin, so 身后一件事 can text them. */
const SPOUSE = '沈雅琴';
/**
 * 丧葬补助金 and 抚恤金 months: the API's demo values (serve.sh sets neither FUNERAL_SUBSIDY_YUAN
 * nor SURVIVOR_RELIEF_MONTHS), so the case says so in its basis.
 */
const FUNERAL_SUBSIDY = 500_000;
const SURVIVOR_RELIEF_MONTHS = 10;
/** What the township records as the province's answer for the pension account refund. */
const PENSION_REFUND = 876_543;
const RECOVERY_NOTE = '家属银行转账退回';

/** The console's money: fen as "¥3,125.40". */
const yuan = (fen: number) => `¥${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`;
/** What one types into an amount field: 3125.4 yuan as "3125.40". */
const typed = (fen: number) => (fen / 100).toFixed(2);
/** The API's own wording of money in texts: "36,254.00 元". */
const yuanText = (fen: number) => `${yuan(fen).slice(1)} 元`;
/** A phone as the API masks it: 139****5678. */
const maskedPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/** `2026-08` → `2026-08-31`. */
function lastDayOf(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
/** `2026-08` → `2026-09`. */
function nextPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** A panel of the page (a <section> with its h2). */
const panel = (page: Page, title: string): Locator => page.getByRole('main').locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title }) });

interface Alert {
  id: string;
  kind: string;
  status: string;
  overpaidAmount: number;
  overpaidPeriods: string[];
}

async function alertsOf(api: Api, retireeId: string): Promise<Alert[]> {
  const { riskAlerts } = await api.gql<{ riskAlerts: { items: Alert[] } }>(
    `query Alerts($filter: RiskAlertFilter) { riskAlerts(filter: $filter, limit: 20) { items { id kind status overpaidAmount overpaidPeriods } } }`,
    { filter: { retireeId } },
  );
  return riskAlerts.items;
}

interface Person {
  id: string;
  name: string;
  monthlyPension: number;
  payments: { period: string; amount: number }[];
  familyMembers: { relation: string }[];
}

/**
 * An ACTIVE retiree of 新北社区 paid for at least four months and without alerts, from the end of
 * the list (the other journeys use people from its start): the death is put at the end of the
 * third-last paid month, so the last two payments are overpaid. Nobody is registered as their
 * spouse, so the spouse the community adds is the one relative 身后一件事 texts.
 */
async function pickPerson(bureau: Api, communityId: string): Promise<Person> {
  const { retirees } = await bureau.gql<{ retirees: { items: Person[] } }>(
    `query People($filter: RetireeFilter) { retirees(filter: $filter, limit: 100) { items { id name monthlyPension payments(months: 12) { period amount } familyMembers { relation } } } }`,
    { filter: { orgUnitId: communityId, status: ['ACTIVE'] } },
  );
  for (const r of [...retirees.items].reverse()) {
    if (r.name === DEMO_RETIREE.name || r.payments.length < 4) continue;
    if (r.familyMembers.some((m) => m.relation === '配偶')) continue;
    if ((await alertsOf(bureau, r.id)).length) continue;
    return { ...r, payments: [...r.payments].sort((a, b) => a.period.localeCompare(b.period)) };
  }
  throw new Error('no paid, active retiree without alerts in 新北社区');
}

test('a death arrives through the feed; the bureau sees the alert, the community verifies it, the township confirms it, 身后一件事 runs, and a recovery is recorded', async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  const bureau = await apiAs(request, STAFF.bureau);
  const community = unitByCode(await orgUnits(bureau), XINBEI);
  const person = await pickPerson(bureau, community.id);
  const lastDue = person.payments.at(-3)!;
  const died = lastDayOf(lastDue.period);
  const stopFrom = nextPeriod(lastDue.period);
  const overpaid = person.payments.slice(-2);
  const overpaidAmount = overpaid.reduce((sum, p) => sum + p.amount, 0);
  const taskTitle = `核实：疑似已故仍在发放（${person.name}）`;
  const suffix = Date.now().toString(36);
  const policeRecord = `GA-E2E-${suffix}`;
  const spousePhone = `139${String(Date.now()).slice(-8)}`;
  const relative = `配偶 ${SPOUSE}（${maskedPhone(spousePhone)}）`;
  const funeral = FUNERAL_SUBSIDY + SURVIVOR_RELIEF_MONTHS * person.monthlyPension;
  const township = await apiAs(request, STAFF.township);
  let alertId = '';

  await test.step(`(a) the data hub sends a police death record for ${person.name}, dated ${died}`, async () => {
    const idNumber = (
      await bureau.gql<{ revealIdNumber: string }>(`mutation Reveal($retireeId: ID!, $reason: String!) { revealIdNumber(retireeId: $retireeId, reason: $reason) }`, {
        retireeId: person.id,
        reason: '端到端测试：模拟公安死亡登记推送',
      })
    ).revealIdNumber;
    const integrator = await apiAsClient(request, INTEGRATOR.clientId, INTEGRATOR.secret);
    const { ingestLifeEvents } = await integrator.gql<{ ingestLifeEvents: { rejected: number; outcome: { matched: number } } }>(
      `mutation Feed($batch: LifeEventBatchInput!) { ingestLifeEvents(batch: $batch) { rejected outcome { matched } } }`,
      {
        batch: {
          idempotencyKey: `e2e-risk-${suffix}`,
          rows: [{ source: 'POLICE', sourceRecordId: policeRecord, kind: 'DEATH', idNumber, name: person.name, eventDate: died, details: '户籍注销（死亡）' }],
        },
      },
    );
    expect(ingestLifeEvents).toEqual({ rejected: 0, outcome: { matched: 1 } });
    // The import queued a scan of the person; it runs in the server's process within seconds.
    // Waiting for it keeps the on-demand scan below from racing it.
    await expect
      .poll(async () => (await alertsOf(bureau, person.id)).map((a) => `${a.kind}:${a.status}`), { timeout: 30_000, message: 'the import’s scan raised the alert' })
      .toEqual(['DECEASED_PAID:OPEN']);
    const [alert] = await alertsOf(bureau, person.id);
    expect(alert!.overpaidPeriods).toEqual(overpaid.map((p) => p.period));
    expect(alert!.overpaidAmount).toBe(overpaidAmount);
    alertId = alert!.id;
  });

  await test.step('(b) demo-bureau scans now and finds the alert on 基金风险预警 with the overpaid amount', async () => {
    await logInToConsole(page, STAFF.bureau);
    await openMenu(page, '基金风险预警');
    await page.getByRole('button', { name: /立即扫描/ }).click();
    await expect(page.getByText(/^扫描完成：新增 \d+ 条，更新 \d+ 条$/)).toBeVisible();
    await expect(page.getByRole('table', { name: '按预警类型汇总' }).getByRole('row').filter({ hasText: '已故仍在发放' })).toBeVisible();
    const row = tableRows(page).filter({ hasText: person.name });
    await expect(row).toHaveCount(1);
    for (const text of ['已故仍在发放', community.name, yuan(overpaidAmount), '待核实', `死亡次月起已多发 2 个月`]) await expect(row).toContainText(text);
    await snap(page, testInfo, 'bureau-list');

    await row.getByRole('link', { name: `查看预警 #${alertId}` }).click();
    await expect(pageHeading(page, `已故仍在发放：${person.name}`)).toBeVisible();
    await expect(panel(page, '多发与追回')).toContainText(overpaid.map((p) => p.period).join('、'));
    await expect(panel(page, '依据')).toContainText(`公安局 死亡 GA-E2E-`);
    await expect(panel(page, '社区核实情况')).toContainText('等待社区核实');
    await expect(panel(page, '社区核实情况')).toContainText('待签领');
    await snap(page, testInfo, 'bureau-detail');
  });

  await test.step(`(c) demo-community finds 「${taskTitle}」 under 我的待办, signs it and reports back`, async () => {
    await logOutOfConsole(page);
    await logInToConsole(page, STAFF.community);
    await openMenu(page, '我的待办');
    await expect(page.getByRole('tab', { name: /待签领/, selected: true })).toBeVisible();
    const row = tableRows(page).filter({ hasText: taskTitle });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('紧急');
    await snap(page, testInfo, 'community-inbox');
    await row.getByRole('link', { name: taskTitle }).click();
    await expect(pageHeading(page, taskTitle)).toBeVisible();
    const status = page.getByRole('main').locator('h1 + span');
    await expect(status).toHaveText('待签领');

    await page.getByRole('button', { name: /^签\s*领$/ }).click();
    const confirm = page.getByRole('dialog', { name: '签领该任务？' });
    await confirm.getByRole('button', { name: /^签\s*领$/ }).click();
    await expect(status).toHaveText('办理中');

    await page.getByRole('button', { name: '办结反馈' }).click();
    const dialog = page.getByRole('dialog', { name: '办结反馈' });
    await expect(dialog.getByRole('radio', { name: '已完成' })).toBeChecked();
    await dialog.getByLabel(/^办理情况/).fill(VERIFICATION);
    await dialog.getByRole('button', { name: '提交办结' }).click();
    await expect(dialog).toBeHidden();
    await expect(status).toHaveText('已办结');
    await snap(page, testInfo, 'community-task-done');
  });

  await test.step('the community follows the task’s source to the alert: its note is there, and no decision is offered', async () => {
    await page.getByRole('link', { name: `基金风险预警 #${alertId}` }).click();
    await expect(pageHeading(page, `已故仍在发放：${person.name}`)).toBeVisible();
    await expect(panel(page, '社区核实情况')).toContainText(`已核实：${VERIFICATION}`);
    await expect(page.getByText('社区核实后，由镇街或市局工作人员确认或排除。')).toBeVisible();
    await expect(page.getByRole('button', { name: '确认预警' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '排除预警' })).toHaveCount(0);
  });

  await test.step(`the community registers ${person.name}’s spouse, with a phone, as next of kin on the person’s page`, async () => {
    await panel(page, '预警信息').getByRole('link', { name: person.name }).click();
    await expect(pageHeading(page, person.name)).toBeVisible();
    const family = panel(page, '家庭成员');
    await family.getByRole('button', { name: '添加' }).click();
    const dialog = page.getByRole('dialog', { name: `添加家庭成员：${person.name}` });
    await dialog.getByLabel('与退休人员关系').click();
    await page.getByTitle('配偶', { exact: true }).click();
    await dialog.getByLabel('姓名').fill(SPOUSE);
    await dialog.getByLabel('联系电话').fill(spousePhone);
    await dialog.getByRole('checkbox', { name: '近亲属（第一顺序）' }).check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`已添加家庭成员 ${SPOUSE}`)).toBeVisible();
    const row = family.getByRole('row').filter({ hasText: SPOUSE });
    for (const text of ['配偶', maskedPhone(spousePhone), '近亲属']) await expect(row).toContainText(text);
  });

  await test.step(`(d) demo-township opens the alert, reads the verification and confirms it: payment stops from ${stopFrom}`, async () => {
    await logOutOfConsole(page);
    await logInToConsole(page, STAFF.township);
    await openMenu(page, '基金风险预警');
    await tableRows(page).filter({ hasText: person.name }).getByRole('link', { name: `查看预警 #${alertId}` }).click();
    await expect(pageHeading(page, `已故仍在发放：${person.name}`)).toBeVisible();
    await expect(panel(page, '社区核实情况')).toContainText(`已核实：${VERIFICATION}`);
    await expect(page.getByText('社区已反馈核实情况，待确认或排除')).toBeVisible();

    await page.getByRole('button', { name: '确认预警' }).click();
    const dialog = page.getByRole('dialog', { name: `确认预警：${person.name}已故仍在发放` });
    await expect(dialog).toContainText(`确认后，${person.name}将标记为已故，自 ${stopFrom} 起停发。`);
    await expect(dialog.getByLabel('应追回金额（元）')).toHaveValue(typed(overpaidAmount));
    await dialog.getByLabel('确认依据').fill(DECISION);
    await snap(page, testInfo, 'township-confirm');
    await dialog.getByRole('button', { name: '确认预警' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByText(`已确认待追回：自 ${stopFrom} 起停发`)).toBeVisible();
    await expect(page.getByRole('main').locator('h1 + span')).toContainText('已确认待追回');
    await expect(panel(page, '处理记录')).toContainText(`确认依据：${DECISION}`);
    await expect(page.getByRole('button', { name: '登记追回' })).toBeVisible();
    await expect(panel(page, '预警信息').getByRole('link', { name: '查看身后一件事' })).toBeVisible();
    await snap(page, testInfo, 'township-confirmed');
  });

  await test.step('(d2) the confirmed death opened 身后一件事: five items, the police record already closing 户口注销, the spouse texted; the township records one item done', async () => {
    const { retiree } = await township.gql<{ retiree: { posthumousCase: { id: string; notificationText: string | null } | null } }>(
      `query Case($id: ID!) { retiree(id: $id) { posthumousCase { id notificationText } } }`,
      { id: person.id },
    );
    const caseId = retiree.posthumousCase?.id;
    expect(caseId, 'the confirmation opened 身后一件事').toBeTruthy();

    await panel(page, '预警信息').getByRole('link', { name: '查看身后一件事' }).click();
    await expect(pageHeading(page, `身后一件事：${person.name}`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/admin/posthumous-cases/${caseId}`));
    await expect(page.getByText(`死亡日期 ${died}`)).toBeVisible();
    await expect(page.getByText('办理中：已办结 1 / 5 项')).toBeVisible();

    const items = page.getByRole('list', { name: '办理事项' });
    const item = (label: string) => items.getByRole('listitem', { name: label, exact: true });
    await expect(items.getByRole('listitem')).toHaveCount(5);
    await expect(item('户口注销')).toContainText('已办结');
    await expect(item('户口注销')).toContainText(policeRecord);
    await expect(item('户口注销')).toContainText('公安局（共享数据）');
    await expect(item('丧葬补助金和抚恤金')).toContainText('办理中');
    await expect(item('丧葬补助金和抚恤金')).toContainText(yuan(funeral));
    await expect(item('丧葬补助金和抚恤金')).toContainText(`月养老金 ${yuanText(person.monthlyPension)}`);
    for (const label of ['火化证明', '养老保险个人账户余额退还', '医疗保险个人账户余额退还']) await expect(item(label)).toContainText('办理中');

    const notice = panel(page, '近亲属通知');
    await expect(notice).toContainText(relative);
    const text = notice.getByTestId('notification-text');
    await expect(text).toContainText(`${SPOUSE}您好：惊悉${person.name}于${died}去世`);
    await expect(text).toContainText(`丧葬补助金和抚恤金共 ${yuanText(funeral)} 将发放给家属`);
    expect(retiree.posthumousCase?.notificationText, 'the text sent').toBeTruthy();
    await expect(text).toHaveText(retiree.posthumousCase!.notificationText!);
    await expect(panel(page, '办理过程')).toContainText(`已短信通知近亲属：${relative}`);
    await snap(page, testInfo, 'posthumous-case');

    const reference = `绍人社退〔2026〕E2E-${suffix}`;
    await item('养老保险个人账户余额退还').getByRole('button', { name: /^登记办结/ }).click();
    const dialog = page.getByRole('dialog', { name: '登记办结：养老保险个人账户余额退还' });
    await dialog.getByLabel('文号').fill(reference);
    await dialog.getByLabel('金额（元）').fill(typed(PENSION_REFUND));
    await dialog.getByLabel('说明').fill('省集中系统核定余额，已退至家属账户');
    await dialog.getByRole('button', { name: '登记办结', exact: true }).click();
    await expect(dialog).toBeHidden();

    await expect(item('养老保险个人账户余额退还')).toContainText('已办结');
    await expect(item('养老保险个人账户余额退还')).toContainText(yuan(PENSION_REFUND));
    await expect(item('养老保险个人账户余额退还').getByRole('button')).toHaveCount(0);
    await expect(page.getByTestId('case-event').last()).toContainText(`「养老保险个人账户余额退还」已办结，金额 ${yuanText(PENSION_REFUND)}（${reference}）`);
    await expect(page.getByTestId('case-event').last()).toContainText(township.displayName);
    await expect(page.getByText('办理中：已办结 2 / 5 项')).toBeVisible();
    await snap(page, testInfo, 'posthumous-item-done');

    await panel(page, '逝者信息').getByRole('link', { name: `基金风险预警 #${alertId}` }).click();
    await expect(pageHeading(page, `已故仍在发放：${person.name}`)).toBeVisible();
  });

  await test.step('(e) the retiree’s page shows 已故 and the alert', async () => {
    await panel(page, '预警信息').getByRole('link', { name: person.name }).click();
    await expect(pageHeading(page, person.name)).toBeVisible();
    const profile = panel(page, '基本信息');
    await expect(profile).toContainText('已故');
    await expect(profile).not.toContainText('正常发放');
    const card = panel(page, '风险预警');
    await expect(card.getByRole('row').filter({ hasText: '已故仍在发放' })).toContainText('已确认待追回');
    await expect(panel(page, '变更记录')).toContainText(`基金风险预警 #${alertId} 确认`);
    const posthumous = panel(page, '身后一件事');
    for (const text of ['办理中', died, '2/5', relative]) await expect(posthumous).toContainText(text);
    await snap(page, testInfo, 'retiree-deceased');
  });

  await test.step('(f) a partial recovery is recorded; the rest is outstanding', async () => {
    // A third, so the amount recovered and the amount outstanding differ.
    const part = Math.floor(overpaidAmount / 3);
    const rest = overpaidAmount - part;
    await panel(page, '风险预警').getByRole('link', { name: `查看预警 #${alertId}` }).click();
    await expect(pageHeading(page, `已故仍在发放：${person.name}`)).toBeVisible();
    await page.getByRole('button', { name: '登记追回' }).click();
    const dialog = page.getByRole('dialog', { name: `登记追回：${person.name}` });
    await expect(dialog).toContainText(yuan(overpaidAmount));
    await dialog.getByLabel('本次追回金额（元）').fill(typed(part));
    await dialog.getByLabel('说明').fill(`${RECOVERY_NOTE}，凭证号 ZH-${suffix}`);
    await dialog.getByRole('button', { name: /^登\s*记$/ }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByText(`已登记追回 ${yuan(part)}，尚未追回 ${yuan(rest)}`)).toBeVisible();
    await expect(page.getByText(`尚未追回 ${yuan(rest)}`, { exact: true })).toBeVisible();
    await expect(panel(page, '多发与追回')).toContainText(yuan(part));
    await expect(page.getByRole('progressbar', { name: /^追回进度/ })).toBeVisible();
    const ledger = page.getByRole('table', { name: '追回记录' }).getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(ledger).toHaveCount(1);
    for (const text of [yuan(part), `${RECOVERY_NOTE}，凭证号 ZH-${suffix}`, township.displayName]) await expect(ledger).toContainText(text);
    await snap(page, testInfo, 'recovery-recorded');
    expect((await alertsOf(bureau, person.id)).map((a) => a.status)).toEqual(['CONFIRMED']);
  });
});

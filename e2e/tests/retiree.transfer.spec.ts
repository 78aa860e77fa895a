import { expect, test, type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import { apiAs, logInToConsole, pageHeading, snap } from '../support/admin-journeys.js';
import { checkScreen, logInAsRetiree, messageButton, unreadLink } from '../support/retiree.js';

/**
 * Two communities of 剡湖街道, neither the demo retiree's 新北社区 (which other journeys rely on):
 * the retiree moves from the first to the second, each one's staff (`staff-<code>`) does its part.
 */
const ORIGIN = { code: '330683001019', name: '白莲堂社区' };
const TARGET = { code: '330683001023', name: '东浦社区' };
/** Names the target's street, so the app suggests it first. */
const NEW_ADDRESS = '剡湖街道东浦路18号2幢301室';

interface Mover {
  id: string;
  name: string;
  idNumber: string;
}

/**
 * An active retiree of the origin with a phone and no application under way, as its staff see
 * them; the full ID number is revealed with a reason, as staff do when helping someone log in.
 */
async function moverIn(request: APIRequestContext, communityCode: string): Promise<Mover> {
  const staff = await apiAs(request, `staff-${communityCode}`);
  const { retirees } = await staff.gql<{ retirees: { items: { id: string; name: string; phone: string | null }[] } }>(
    `query People { retirees(filter: { status: [ACTIVE] }, limit: 50) { items { id name phone } } }`,
  );
  // From the end of the list: the first ones are the likeliest to be used by other journeys.
  let mover: { id: string; name: string } | undefined;
  for (const r of retirees.items.filter((p) => p.phone).reverse()) {
    const { communityTransfers } = await staff.gql<{ communityTransfers: { total: number } }>(
      `query Open($retireeId: ID!) { communityTransfers(filter: { retireeId: $retireeId, status: [PENDING_ORIGIN, PENDING_TARGET] }) { total } }`,
      { retireeId: r.id },
    );
    if (!communityTransfers.total) {
      mover = r;
      break;
    }
  }
  expect(mover, `an active retiree of ${communityCode} with a phone and no open transfer`).toBeTruthy();
  const { revealIdNumber } = await staff.gql<{ revealIdNumber: string }>(
    `mutation Reveal($retireeId: ID!, $reason: String!) { revealIdNumber(retireeId: $retireeId, reason: $reason) }`,
    { retireeId: mover!.id, reason: '端到端测试：协助该退休人员登录退休服务' },
  );
  return { id: mover!.id, name: mover!.name, idNumber: revealIdNumber };
}

/** A staff member in the console, in a browser of their own (the retiree's session stays in hers). */
async function consoleAs(browser: Browser, testInfo: TestInfo, username: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await logInToConsole(page, username);
  await page.goto('/admin/transfers');
  await expect(pageHeading(page, '社区转移')).toBeVisible();
  return page;
}

/** Opens the mover's application from the list on the console's transfer page (in its tab). */
async function openApplication(staff: Page, tab: string, mover: Mover): Promise<void> {
  const tabButton = staff.getByRole('tab', { name: tab });
  await tabButton.click();
  await expect(tabButton).toHaveAttribute('aria-selected', 'true');
  await staff.getByRole('main').getByRole('link', { name: mover.name, exact: true }).click();
  await expect(pageHeading(staff, `社区转移：${mover.name}`)).toBeVisible();
}

test('a retiree moves to another community: applies in the app, the old community lets go, the new one takes over', async ({ page, request, browser }, testInfo) => {
  const mover = await moverIn(request, ORIGIN.code);

  await test.step(`a retiree of ${ORIGIN.name} logs in and opens 搬家了？申请转到新社区 from home`, async () => {
    await logInAsRetiree(page, mover.idNumber);
    await expect(page.getByRole('heading', { level: 1, name: `${mover.name}，您好` })).toBeVisible();
    const community = page.getByRole('region', { name: '我的社区' });
    await expect(community).toContainText(ORIGIN.name);
    await community.getByRole('link', { name: '搬家了？申请转到新社区' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '社区转移' })).toBeVisible();
    await expect(page.getByRole('region', { name: '现在的社区' })).toContainText(ORIGIN.name);
  });

  await test.step('1 新的居住地址: told plainly when too short', async () => {
    await expect(page.getByRole('heading', { level: 2, name: /第 1 步，共 4 步.*新的居住地址/ })).toBeVisible();
    await checkScreen(page, testInfo, 'transfer-1-address');
    const address = page.getByRole('textbox', { name: '您搬到了哪里？' });
    await address.fill('东浦');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByText(/请把新地址写得详细一些/)).toBeVisible();
    await expect(address).toBeFocused();
    await checkScreen(page, testInfo, 'transfer-1-address-error');
    await address.fill(NEW_ADDRESS);
    await page.getByRole('button', { name: '下一步' }).click();
  });

  await test.step(`2 选新社区: ${TARGET.name} is suggested first from the address`, async () => {
    await expect(page.getByRole('heading', { level: 2, name: /第 2 步，共 4 步.*选新社区/ })).toBeFocused();
    const choices = page.getByRole('group', { name: '请选一个新社区' }).getByRole('radio');
    await expect(choices.first()).toHaveAccessibleName(new RegExp(TARGET.name));
    await expect(page.getByRole('radio', { name: new RegExp(ORIGIN.name) })).toHaveCount(0);
    await checkScreen(page, testInfo, 'transfer-2-community');
    await choices.first().check();
    await page.getByRole('button', { name: '下一步' }).click();
  });

  await test.step('3 搬迁原因: one tap', async () => {
    await expect(page.getByRole('heading', { level: 2, name: /第 3 步，共 4 步.*搬迁原因/ })).toBeFocused();
    await page.getByRole('radio', { name: '随子女居住' }).check();
    await checkScreen(page, testInfo, 'transfer-3-reason');
    await page.getByRole('button', { name: '下一步' }).click();
  });

  await test.step('4 核对: sends the application, and sees where it is', async () => {
    await expect(page.getByRole('heading', { level: 2, name: /第 4 步，共 4 步.*核对并提交/ })).toBeFocused();
    const review = page.locator('dl.review');
    await expect(review).toContainText(NEW_ADDRESS);
    await expect(review).toContainText(TARGET.name);
    await expect(review).toContainText('随子女居住');
    await checkScreen(page, testInfo, 'transfer-4-review');
    await page.getByRole('button', { name: '提交申请' }).click();

    const state = page.getByRole('region', { name: '您的转移申请正在办理' });
    await expect(state).toBeVisible();
    await expect(state).toContainText(ORIGIN.name);
    await expect(state).toContainText(TARGET.name);
    const steps = page.getByRole('region', { name: '办理进度' }).getByRole('listitem');
    await expect(steps).toHaveCount(4);
    await expect(steps.nth(0)).toContainText('已完成');
    await expect(steps.nth(1)).toContainText('正在办理');
    await checkScreen(page, testInfo, 'transfer-pending-origin');

    // 撤销申请 asks first; here the retiree keeps the application.
    await page.getByRole('button', { name: '撤销申请' }).click();
    await expect(page.getByText('确定要撤销这份转移申请吗？')).toBeFocused();
    await checkScreen(page, testInfo, 'transfer-cancel-asking');
    await page.getByRole('button', { name: '不撤销' }).click();
    await expect(page.getByRole('button', { name: '撤销申请' })).toBeFocused();
  });

  await test.step(`${ORIGIN.name} staff agree to let the retiree go (同意转出 → 确定)`, async () => {
    const staff = await consoleAs(browser, testInfo, `staff-${ORIGIN.code}`);
    await openApplication(staff, '待转出审核', mover);
    await expect(staff.getByRole('main')).toContainText(NEW_ADDRESS);
    await staff.getByRole('button', { name: '同意转出' }).click();
    const dialog = staff.getByRole('dialog');
    await expect(dialog).toContainText(`同意${mover.name}转出？`);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(staff.getByText('待转入社区接收')).toBeVisible();
    await expect(staff.getByRole('button', { name: '同意转出' })).toHaveCount(0);
    await snap(staff, testInfo, 'console-origin-approved');
    await staff.context().close();
  });

  await test.step('the retiree sees the first step done, and the new community now handling it', async () => {
    await page.reload();
    const steps = page.getByRole('region', { name: '办理进度' }).getByRole('listitem');
    await expect(steps.nth(1)).toContainText('已完成');
    await expect(steps.nth(2)).toContainText('正在办理');
    await expect(page.getByRole('region', { name: '想问问进度，请联系社区' })).toBeVisible();
    await checkScreen(page, testInfo, 'transfer-pending-target');
  });

  await test.step(`${TARGET.name} staff take the retiree on (待接收 → 接收 → 确定)`, async () => {
    const staff = await consoleAs(browser, testInfo, `staff-${TARGET.code}`);
    await openApplication(staff, '待接收', mover);
    await staff.getByRole('button', { name: '接收', exact: true }).click();
    const dialog = staff.getByRole('dialog');
    await expect(dialog).toContainText(`接收${mover.name}？`);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(staff.getByText('已完成', { exact: true }).first()).toBeVisible();
    await expect(staff.getByRole('button', { name: '接收', exact: true })).toHaveCount(0);
    await snap(staff, testInfo, 'console-target-accepted');
    await staff.context().close();
  });

  await test.step(`the retiree reopens the app: home and 我的信息 show ${TARGET.name}`, async () => {
    await page.goto('/');
    const community = page.getByRole('region', { name: '我的社区' });
    await expect(community).toContainText(TARGET.name);
    await expect(community).not.toContainText(ORIGIN.name);
    await page.getByRole('region', { name: '常用服务' }).getByRole('link', { name: /我的信息/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我的信息' })).toBeVisible();
    await expect(page.getByRole('region', { name: '退休信息' })).toContainText(TARGET.name);
  });

  await test.step('消息 has a message for each step; the last one leads back to the transfer, now completed', async () => {
    await expect(unreadLink(page)).toBeVisible();
    await unreadLink(page).click();
    await expect(page.getByRole('heading', { level: 1, name: '消息' })).toBeVisible();
    await expect(messageButton(page, /已收到您的社区转移申请/)).toBeVisible();
    await expect(messageButton(page, new RegExp(`${ORIGIN.name}已同意转出`))).toBeVisible();
    const done = messageButton(page, new RegExp(`您的管理社区已变更为${TARGET.name}`));
    await expect(done).toContainText('未读');
    await done.click();
    await expect(page.getByText(new RegExp(`${TARGET.name}已接收您`))).toBeVisible();
    await checkScreen(page, testInfo, 'messages-transfer');

    await page.getByRole('link', { name: '查看社区转移进度' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '社区转移' })).toBeVisible();
    const outcome = page.getByRole('region', { name: '上次的转移已经完成' });
    await expect(outcome).toContainText(`您的管理社区已经变更为${TARGET.name}`);
    await expect(page.getByRole('region', { name: '现在的社区' })).toContainText(TARGET.name);
    await checkScreen(page, testInfo, 'transfer-completed');
  });
});

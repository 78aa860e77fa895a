import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { DEMO_RETIREE, logInAsRetiree, messageButton, unreadLink } from '../support/retiree.js';
import { findNeighbourWithPendingConfirmation, signInAsCommunityStaff, type RetireeLogin } from '../support/retiree-staff.js';

const STAFF = { username: 'demo-community', password: 'demo2026' } as const;
const NEW_PHONE = '13957112233';
const NEW_PHONE_MASKED = '139****2233';
const NOTE = '已电话核实，按您提供的新号码更正';

/** A full-page screenshot of the console, kept with the test report. */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('a second retiree disputes the phone number; community staff resolve it in the console; the retiree sees the resolution', async ({ browser, page, request }, testInfo) => {
  test.setTimeout(120_000);
  // The retiree is on a phone; the staff member (this project's `page`) at a desk.
  const phone = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const retireePage = await phone.newPage();
  let neighbour!: RetireeLogin;

  await test.step('a second retiree of 新北社区 disputes the phone number on their phone', async () => {
    neighbour = await findNeighbourWithPendingConfirmation(await signInAsCommunityStaff(request), DEMO_RETIREE.name);
    await logInAsRetiree(retireePage, neighbour.idNumber);
    await retireePage.getByRole('region', { name: '请确认您的个人信息' }).getByRole('link', { name: '去核对信息' }).click();
    await expect(retireePage.getByRole('heading', { level: 1, name: '个人信息确认' })).toBeVisible();
    await retireePage.getByRole('button', { name: '有信息不对' }).click();
    await retireePage.getByRole('checkbox', { name: /联系电话/ }).check();
    const details = retireePage.getByRole('group', { name: '「联系电话」哪里不对' });
    await details.getByRole('textbox', { name: /正确的联系电话/ }).fill(NEW_PHONE);
    await details.getByRole('textbox', { name: '联系电话：哪里不对' }).fill('我换了新手机号，原来的号码不用了');
    await retireePage.getByRole('button', { name: '提交（已选 1 项）' }).click();
    await expect(retireePage.getByRole('region', { name: '社区正在处理：联系电话' })).toBeVisible();
  });

  await test.step('community staff log in to the console and open 信息确认异议', async () => {
    await page.goto('/admin/login');
    await page.getByRole('textbox', { name: '用户名' }).fill(STAFF.username);
    await page.getByLabel('密码').fill(STAFF.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByRole('heading', { name: '退休人员' })).toBeVisible();
    await page.getByRole('menuitem', { name: /信息确认异议/ }).click();
    await expect(page).toHaveURL(/\/admin\/disputes/);
    await expect(page.getByRole('heading', { name: '信息确认异议' })).toBeVisible();
  });

  const row = () => page.getByRole('row').filter({ hasText: neighbour.name }).filter({ hasText: '联系电话' });

  await test.step('finds the dispute, masked, and corrects it to what the retiree proposed, with a note', async () => {
    await expect(row()).toHaveCount(1);
    await expect(row()).toContainText(NEW_PHONE_MASKED);
    await expect(row()).not.toContainText(NEW_PHONE);
    await expect(row()).toContainText('待处理');
    await row().getByRole('button', { name: `处理 ${neighbour.name} 的「联系电话」异议` }).click();

    const dialog = page.getByRole('dialog', { name: `处理异议：${neighbour.name}「联系电话」` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('退休人员会在消息和短信里看到这段说明');
    await dialog.getByRole('radio', { name: '更正数据' }).check();
    await dialog.getByRole('radio', { name: /按本人提出的内容更正/ }).check();
    // The note is required: the retiree reads it.
    await dialog.getByRole('button', { name: '提交处理结果' }).click();
    await expect(dialog.getByText('请填写处理说明')).toBeVisible();
    await dialog.getByLabel('处理说明').fill(NOTE);
    await dialog.getByRole('button', { name: '提交处理结果' }).click();
    await expect(dialog).toBeHidden();

    await expect(row()).toContainText('已更正');
    await expect(row().getByRole('button', { name: /^处理/ })).toHaveCount(0);
    await attachScreenshot(page, testInfo, 'admin-disputes-resolved');

    // antd's button-style radios hide the input: choose by its label, as a person does.
    await page.locator('label').filter({ has: page.getByRole('radio', { name: '已更正' }) }).click();
    await expect(page).toHaveURL(/status=CORRECTED/);
    await expect(row()).toContainText('已更正');
  });

  await test.step('the retiree detail shows the message sent and the confirmation state', async () => {
    await row().getByRole('link', { name: neighbour.name }).click();
    await expect(page.getByRole('heading', { name: neighbour.name })).toBeVisible();
    const log = page.getByRole('list', { name: '消息记录' });
    const outcome = log.getByRole('listitem').filter({ hasText: '您提出的「联系电话」异议已处理' });
    await expect(outcome).toContainText(`已更正为 ${NEW_PHONE_MASKED}：${NOTE}`);
    await expect(outcome).toContainText('站内未读');
    await expect(page.getByText('异议已处理', { exact: true })).toBeVisible();
  });

  await test.step('信息确认完成情况 counts the resolved dispute', async () => {
    await page.getByRole('menuitem', { name: /信息确认完成情况/ }).click();
    await expect(page.getByRole('heading', { name: '信息确认完成情况' })).toBeVisible();
    const total = page.getByRole('row').filter({ hasText: '新北社区（合计）' });
    await expect(total).toBeVisible();
    await expect(total.getByRole('progressbar')).toBeVisible();
    const resolved = Number(await total.getByRole('cell').nth(6).textContent());
    expect(resolved).toBeGreaterThanOrEqual(1);
    await expect(page.getByRole('button', { name: /发送信息确认/ })).toBeVisible();
    await attachScreenshot(page, testInfo, 'admin-confirmation-stats');
  });

  await test.step('the retiree sees the outcome on /confirmation and a new unread message', async () => {
    await retireePage.goto('/confirmation');
    const result = retireePage.getByRole('region', { name: '您提出的信息问题已处理' });
    await expect(result).toBeVisible();
    await expect(result.getByRole('listitem').filter({ hasText: '联系电话' })).toContainText('已更正');
    await expect(result).toContainText(`处理说明：${NOTE}`);

    await unreadLink(retireePage).click();
    await expect(retireePage.getByRole('heading', { level: 1, name: '消息' })).toBeVisible();
    const message = messageButton(retireePage, /您提出的「联系电话」异议已处理/);
    await expect(message).toContainText('未读');
    await message.click();
    await expect(retireePage.getByText(`已更正为 ${NEW_PHONE_MASKED}：${NOTE}`)).toBeVisible();
  });

  await phone.close();
});

import { expect, test } from '@playwright/test';
import { apiAs, logInToConsole, openMenu, pageHeading, snap, STAFF, tableRows } from '../support/admin-journeys.js';

/** A 1×1 PNG: the home visit's photo. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const BASIS = '已提前三个月通知本人，社区两次电话未联系上';
const VISIT_NOTE = '上门见到本人，刚从外地子女家回来，身体尚好';

/** Next month in Asia/Shanghai, as YYYY-MM: a suspension takes effect from the month after the decision. */
function nextMonthInShanghai(): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

test('the bureau suspends a lapsed pensioner; the community visits with a photo, and payment is restored', async ({ page, browser, request }, testInfo) => {
  const from = nextMonthInShanghai();
  let name = '';
  let retireeId = '';

  await test.step('demo-bureau opens 暂停发放: the nightly run proposed the lapsed, after telling them', async () => {
    await logInToConsole(page, STAFF.bureau);
    await page.getByRole('navigation', { name: '主菜单' }).getByText('待遇资格').click();
    await openMenu(page, '暂停发放');
    const row = tableRows(page).first();
    await expect(row).toContainText('拟暂停');
    await expect(row).toContainText(/生存认证已于 \d{4}-\d{2}-\d{2} 到期，\d{4}-\d{2}-\d{2} 已通知本人/);
    await snap(page, testInfo, 'suspension-list');
    await row.getByText(/生存认证已于/).click();
    await expect(pageHeading(page, /^暂停发放：/)).toBeVisible();
    name = ((await pageHeading(page, /^暂停发放：/).textContent()) ?? '').replace('暂停发放：', '');
    retireeId = /\/retirees\/(\d+)/.exec((await page.getByRole('link', { name, exact: true }).getAttribute('href')) ?? '')![1]!;
  });

  await test.step(`确认暂停: the dialog says what happens; the payment stops from ${from}`, async () => {
    await page.getByRole('button', { name: '确认暂停' }).click();
    const dialog = page.getByRole('dialog', { name: `确认暂停发放：${name}` });
    await expect(dialog).toContainText(`${name} 自 ${from} 起暂停发放`);
    await dialog.getByLabel(/暂停依据/).fill(BASIS);
    await dialog.getByRole('button', { name: '确认暂停' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`自 ${from} 起暂停发放`).first()).toBeVisible();
    await expect(page.getByText(BASIS)).toBeVisible();
    await expect(page.getByRole('button', { name: '确认暂停' })).toHaveCount(0);
    await snap(page, testInfo, 'suspension-confirmed');
  });

  await test.step('her community finds the home visit in 我的待办, and closes it with a photo', async () => {
    const bureau = await apiAs(request, STAFF.bureau);
    const { retiree } = await bureau.gql<{ retiree: { community: { code: string } } }>(`query($id: ID!) { retiree(id: $id) { community { code } } }`, { id: retireeId });
    const desk = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    try {
      const staff = await desk.newPage();
      await logInToConsole(staff, `staff-${retiree.community.code}`);
      await openMenu(staff, '我的待办');
      const title = `生存认证上门：${name}`;
      await staff.getByRole('link', { name: title }).click();
      await expect(pageHeading(staff, title)).toBeVisible();
      await staff.getByRole('button', { name: /^签\s*领$/ }).click();
      await staff.getByRole('dialog', { name: '签领该任务？' }).getByRole('button', { name: /^签\s*领$/ }).click();
      await staff.getByRole('button', { name: '办结反馈' }).click();
      const dialog = staff.getByRole('dialog', { name: '办结反馈' });
      await dialog.getByLabel(/^办理情况/).fill(VISIT_NOTE);
      await dialog.locator('input[type="file"]').setInputFiles({ name: '上门照片.png', mimeType: 'image/png', buffer: PHOTO });
      await expect(dialog.getByRole('link', { name: '上门照片.png' }).first()).toBeVisible();
      await dialog.getByRole('button', { name: '提交办结' }).click();
      await expect(dialog).toBeHidden();
    } finally {
      await desk.close();
    }
  });

  await test.step('back at the bureau: 已恢复发放, with the back-pay worked out, and the visit as her certification', async () => {
    // The restoration runs as a job right after the visit is closed.
    await expect(async () => {
      await page.reload();
      await expect(page.getByText(/^已恢复发放：自 \d{4}-\d{2} 起恢复$/)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    const restored = page.getByRole('main').locator('section').filter({ has: page.getByText('恢复与补发', { exact: true }) });
    await expect(restored).toContainText('上门认证');
    await expect(restored).toContainText('补发合计');
    await snap(page, testInfo, 'suspension-restored');

    await page.goto(`/admin/retirees/${retireeId}`);
    await expect(pageHeading(page, name)).toBeVisible();
    await expect(page.getByText('上门认证').first()).toBeVisible();
    await expect(page.getByText(VISIT_NOTE).first()).toBeVisible();
  });
});

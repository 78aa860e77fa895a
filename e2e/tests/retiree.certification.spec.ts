import { expect, test, type Page } from '@playwright/test';
import { logInToConsole, pageHeading, snap, STAFF } from '../support/admin-journeys.js';
import { checkScreen, DEMO_RETIREE, logInAsRetiree } from '../support/retiree.js';

/** Today in Asia/Shanghai, as YYYY-MM-DD (the API's calendar). */
const todayInShanghai = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** The same day a year later (29 February → 28 February), as the API dates a new certification. */
function aYearFrom(day: string): { iso: string; words: string } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  const date = { y: y + 1, m, d: Math.min(d, lastDay) };
  return { iso: `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`, words: `${date.y}年${date.m}月${date.d}日` };
}

/** The retiree's own id, asked with her session (the browser's cookie), as the app would. */
async function myRetireeId(page: Page): Promise<string> {
  const res = await page.request.post('/graphql', { data: { query: 'query Me { me { retireeId } }' } });
  const body = (await res.json()) as { data?: { me: { retireeId: string | null } | null } };
  const id = body.data?.me?.retireeId;
  expect(id, 'the signed-in retiree').toBeTruthy();
  return id!;
}

test('the demo retiree renews her certification by face in 浙里办, and her community sees it in the console', async ({ page, browser }, testInfo) => {
  const validUntil = aYearFrom(todayInShanghai());

  // The seeded city is dated (its certifications end some weeks after the seed's day): as the real
  // clock moves on, her certification is first due soon, later lapsed — both call for 我要认证.
  await test.step('logs in; the 生存认证 tile on home says it is due soon (or lapsed)', async () => {
    await logInAsRetiree(page, DEMO_RETIREE.idNumber);
    const tile = page.getByRole('region', { name: '常用服务' }).getByRole('link', { name: /^生存认证/ });
    await expect(tile).toContainText(/快到期|已过期/);
    await tile.click();
  });

  await test.step('我的认证: the due date in words, the big 我要认证 button and the community as the other way', async () => {
    await expect(page.getByRole('heading', { level: 1, name: '我的认证' })).toBeVisible();
    await expect(page).toHaveURL(/\/certification$/);
    await expect(page.getByRole('heading', { level: 2, name: /^(您的认证将于\d{4}年\d{1,2}月\d{1,2}日到期，请尽快认证|认证已过期，请尽快认证)$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: '上次认证' })).toContainText('认证日期');
    const visit = page.getByRole('region', { name: '不会用手机刷脸？请社区工作人员上门帮您认证' });
    await expect(visit).toContainText('新北社区');
    await checkScreen(page, testInfo, 'certification-due-soon');
    await page.getByRole('button', { name: '我要认证' }).click();
  });

  await test.step('the (simulated) 浙里办 page: 开始刷脸', async () => {
    await expect(page).toHaveURL(/\/face-auth-sim\?tx=/);
    await expect(page.getByText('浙里办 · 刷脸认证（模拟）')).toBeVisible();
    await expect(page.getByText(DEMO_RETIREE.name)).toBeVisible();
    await snap(page, testInfo, 'face-auth-sim');
    await page.getByRole('button', { name: '开始刷脸' }).click();
  });

  await test.step(`back in the app: 认证成功, valid until ${validUntil.iso}`, async () => {
    await expect(page).toHaveURL(/\/certification\?tx=/);
    const done = page.getByRole('heading', { level: 2, name: `认证成功！有效期至${validUntil.words}` });
    await expect(done).toBeVisible();
    await expect(page.getByRole('region', { name: '上次认证' })).toContainText('刷脸认证');
    await expect(page.getByRole('region', { name: '上次认证' })).toContainText(validUntil.words);
    await checkScreen(page, testInfo, 'certification-passed');

    await page.getByRole('main').getByRole('link', { name: '回到首页' }).click();
    const tile = page.getByRole('region', { name: '常用服务' }).getByRole('link', { name: /^生存认证/ });
    await expect(tile).toBeVisible();
    await expect(tile).not.toContainText(/快到期|已过期/);
  });

  await test.step('community staff open her page in the console: 生存认证, 刷脸认证, the new date', async () => {
    const retireeId = await myRetireeId(page);
    const context = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
    });
    try {
      const staff = await context.newPage();
      await logInToConsole(staff, STAFF.community);
      await staff.goto(`/admin/retirees/${retireeId}`);
      await expect(pageHeading(staff, DEMO_RETIREE.name)).toBeVisible();
      const card = staff.getByRole('main').locator('section').filter({ has: staff.getByRole('heading', { level: 2, name: '生存认证' }) });
      await expect(card).toBeVisible();
      await expect(card).toContainText('刷脸认证');
      await expect(card).toContainText(new RegExp(`有效期至\\s*${validUntil.iso}`));
      await snap(staff, testInfo, 'console-certification');
    } finally {
      await context.close();
    }
  });
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiAs, logInToConsole, openMenu, orgUnits, pageHeading, snap, STAFF, tableRows, unitByCode } from '../support/admin-journeys.js';

/** 剡湖街道 (demo-township) and its 新北社区 (demo-community). */
const YANHU = '330683001';
const XINBEI = '330683001002';
/** Old enough to be a visit campaign, young enough that 新北社区 has people of that age in the tiny city. */
const MIN_AGE = 60;
const NOTE = '已逐户上门走访，老人身体状况良好，已送去慰问品';
/** A 1×1 PNG: what a phone photo is to the server (it checks the file's signature, not its name). */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface Preview {
  taskCount: number;
  retireeCount: number;
  communities: { orgUnit: { id: string; name: string }; retirees: number }[];
}

/** Picks a unit in an antd tree select (the tree re-renders while it filters: retry until the field shows it). */
async function pickUnit(page: Page, field: Locator, name: string): Promise<void> {
  await expect(async () => {
    if (!(await page.getByRole('tree').isVisible())) {
      await field.click();
      await field.fill(name);
    }
    await page.getByRole('tree').getByTitle(name, { exact: true }).click({ timeout: 2_000 });
    await expect(page.getByTitle(name, { exact: true }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/** One unit's row of 工作绩效评价 (this year so far), read by the column headers. */
async function performanceOf(page: Page, unitName: string): Promise<{ received: number; evaluated: number }> {
  await page.goto('/admin/performance');
  const row = tableRows(page).filter({ hasText: unitName });
  await expect(row).toHaveCount(1);
  const headers = (await page.getByRole('main').getByRole('table').getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
  const cell = async (header: string) => Number((await row.getByRole('cell').nth(headers.indexOf(header)).innerText()).replace(/[,\s]/g, ''));
  return { received: await cell('收到任务'), evaluated: await cell('已评价') };
}

/** The task's status, shown beside its title. */
const statusTag = (page: Page) => page.getByRole('main').locator('h1 + span');

test('the bureau assigns a visit campaign in bulk; the community signs it and reports with a photo; the bureau evaluates it and sees it in 工作绩效评价', async ({ browser, page, request }, testInfo) => {
  test.setTimeout(150_000);
  const bureau = await apiAs(request, STAFF.bureau);
  const units = await orgUnits(bureau);
  const township = unitByCode(units, YANHU);
  const community = unitByCode(units, XINBEI);
  const city = units.find((u) => u.level === 'CITY')!;
  const { previewBulkTasks: expected } = await bureau.gql<{ previewBulkTasks: Preview }>(
    `query Preview($criteria: BulkTaskCriteriaInput!) { previewBulkTasks(criteria: $criteria) { taskCount retireeCount communities { orgUnit { id name } retirees } } }`,
    { criteria: { orgUnitId: township.id, minAge: MIN_AGE } },
  );
  const ours = expected.communities.find((c) => c.orgUnit.id === community.id);
  expect(ours, `${community.name} has people aged ${MIN_AGE}+`).toBeTruthy();
  const title = `走访 ${MIN_AGE} 岁以上老人（${Date.now().toString(36)}）`;

  let before = { received: 0, evaluated: 0 };
  await test.step(`demo-bureau previews the campaign in ${township.name}: ${expected.taskCount} tasks, ${expected.retireeCount} people`, async () => {
    await logInToConsole(page, STAFF.bureau);
    before = await performanceOf(page, township.name);
    await openMenu(page, '派发的任务');
    await page.getByRole('link', { name: /批量派发/ }).click();
    await expect(pageHeading(page, '批量派发')).toBeVisible();
    await pickUnit(page, page.getByLabel('区域'), township.name);
    await page.getByRole('spinbutton', { name: '最小年龄' }).fill(String(MIN_AGE));
    await page.getByRole('button', { name: /预\s*览/ }).click();
    await expect(page.getByText(`将生成 ${expected.taskCount} 项任务，涉及 ${expected.retireeCount.toLocaleString('zh-CN')} 人`)).toBeVisible();
    await expect(tableRows(page).filter({ hasText: community.name })).toContainText(String(ours!.retirees));
    await snap(page, testInfo, 'bulk-preview');
  });

  await test.step('fills in the task and confirms', async () => {
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByLabel('任务标题')).toHaveValue(`走访 ${MIN_AGE} 岁以上老人`);
    await page.getByLabel('任务标题').fill(title);
    await page.getByLabel(/工作要求/).fill('逐户上门，了解身体和生活情况，拍照反馈。');
    // A button-style radio: its input is hidden, its label is what one clicks.
    await page.getByText('重要', { exact: true }).click();
    await expect(page.getByRole('radio', { name: '重要' })).toBeChecked();
    await page.getByRole('button', { name: /^派\s*发$/ }).click();
    const confirm = page.getByRole('dialog', { name: '确认批量派发？' });
    await expect(confirm).toContainText(`共 ${expected.taskCount} 项任务，涉及 ${expected.retireeCount} 人`);
    await snap(page, testInfo, 'bulk-confirm');
    await confirm.getByRole('button', { name: '确认派发' }).click();
    await expect(page.getByText(`已派发 ${expected.taskCount} 项任务`)).toBeVisible();
    await page.getByRole('link', { name: '查看本批次进度' }).click();
    await expect(pageHeading(page, '派发的任务')).toBeVisible();
    await expect(page.getByText('本批次办理进度')).toBeVisible();
    await snap(page, testInfo, 'bulk-progress');
  });

  // The community works in its own browser.
  const desk = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  const staff = await desk.newPage();
  let taskUrl = '';

  await test.step(`demo-community finds the task under 待签领 and signs it`, async () => {
    await logInToConsole(staff, STAFF.community);
    await openMenu(staff, '我的待办');
    await expect(staff.getByRole('tab', { name: /待签领/, selected: true })).toBeVisible();
    const row = tableRows(staff).filter({ hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(city.name);
    await expect(row).toContainText('重要');
    await expect(row).toContainText(String(ours!.retirees));
    await snap(staff, testInfo, 'community-inbox');
    await row.getByRole('link', { name: title }).click();
    await expect(pageHeading(staff, title)).toBeVisible();
    taskUrl = new URL(staff.url()).pathname; // /admin/tasks/:id
    await expect(statusTag(staff)).toHaveText('待签领');

    await staff.getByRole('button', { name: /^签\s*领$/ }).click();
    const confirm = staff.getByRole('dialog', { name: '签领该任务？' });
    await confirm.getByRole('button', { name: /^签\s*领$/ }).click();
    await expect(statusTag(staff)).toHaveText('办理中');
    await expect(staff.getByRole('button', { name: /^签\s*领$/ })).toHaveCount(0);
  });

  await test.step('reports it done, with a note and a photo', async () => {
    await staff.getByRole('button', { name: '办结反馈' }).click();
    const dialog = staff.getByRole('dialog', { name: '办结反馈' });
    await expect(dialog.getByRole('radio', { name: '已完成' })).toBeChecked();
    await dialog.getByLabel(/^办理情况/).fill(NOTE);
    await dialog.locator('input[type="file"]').setInputFiles({ name: '走访照片.png', mimeType: 'image/png', buffer: PHOTO });
    // Uploaded: the list shows the file as a link to what the server kept.
    await expect(dialog.getByRole('link', { name: '走访照片.png' }).first()).toBeVisible();
    await snap(staff, testInfo, 'complete-dialog');
    await dialog.getByRole('button', { name: '提交办结' }).click();
    await expect(dialog).toBeHidden();
    await expect(statusTag(staff)).toHaveText('已办结');
    await expect(staff.getByText(NOTE).first()).toBeVisible();
    await expect(staff.getByRole('img', { name: '走访照片.png' })).toBeVisible();
  });
  await desk.close();

  await test.step('demo-bureau opens the task and gives it 5 stars', async () => {
    await page.goto(taskUrl);
    await expect(pageHeading(page, title)).toBeVisible();
    await expect(statusTag(page)).toHaveText('已办结');
    // The photo is served to the assigning side too (same-origin, by its session).
    const photo = page.getByRole('img', { name: '走访照片.png' });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);

    await page.getByRole('button', { name: /^评\s*价$/ }).click();
    const dialog = page.getByRole('dialog', { name: '评价任务' });
    await dialog.getByRole('radio').nth(4).click();
    await dialog.getByLabel(/评价意见/).fill('走访细致，照片清楚');
    await dialog.getByRole('button', { name: '提交评价' }).click();
    await expect(dialog).toBeHidden();

    await expect(statusTag(page)).toHaveText('已评价');
    await expect(page.getByText('5 分 · 优秀')).toBeVisible();
    const events = page.getByTestId('task-event');
    await expect(events).toHaveCount(4);
    await expect(events.nth(0)).toContainText('派发');
    await expect(events.nth(1)).toContainText('签领');
    await expect(events.nth(2)).toContainText('办结反馈');
    await expect(events.nth(2)).toContainText(NOTE);
    await expect(events.nth(3)).toContainText('评价');
    await expect(events.nth(3)).toContainText('5 分：走访细致，照片清楚');
    await snap(page, testInfo, 'task-evaluated');
  });

  await test.step(`工作绩效评价 counts the campaign's ${expected.taskCount} tasks and the evaluation for ${township.name}`, async () => {
    await expect.poll(() => performanceOf(page, township.name)).toEqual({ received: before.received + expected.taskCount, evaluated: before.evaluated + 1 });
    await snap(page, testInfo, 'performance-after');
  });
});

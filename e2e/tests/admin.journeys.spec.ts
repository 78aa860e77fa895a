import { expect, test, type Response } from '@playwright/test';
import {
  apiAs,
  columnTexts,
  expectListOnlyOf,
  ID_NUMBER_LIKE,
  logInToConsole,
  logOutOfConsole,
  openMenu,
  orgUnits,
  pageHeading,
  pagerTotal,
  retireesIn,
  snap,
  STAFF,
  tableRows,
  unitByCode,
} from '../support/admin-journeys.js';

/** 新北社区, demo-community's community; 剡湖街道 (demo-township) is its township. */
const XINBEI = '330683001002';
/** Another township than demo-township's. */
const OTHER_TOWNSHIP = '330683002';
const REASON = '电话回访本人，核对身份证号码';

test('community staff see only their community, filter by name, reveal an ID number for a reason, and find it in the audit log', async ({ page, request }, testInfo) => {
  const bureau = await apiAs(request, STAFF.bureau);
  const community = unitByCode(await orgUnits(bureau), XINBEI);
  const { total } = await retireesIn(bureau, community.id);
  expect(total, `${community.name} has retirees`).toBeGreaterThan(0);
  const me = await apiAs(request, STAFF.community);

  await test.step(`demo-community logs in and sees exactly the ${community.name} retirees`, async () => {
    await logInToConsole(page, STAFF.community, undefined, { testInfo });
    await expect(page.getByRole('button', { name: '用户菜单' })).toContainText(me.displayName);
    await expect(tableRows(page).first()).toBeVisible();
    await snap(page, testInfo, 'retiree-list');
    await expectListOnlyOf(page, community.name, total);
  });

  let surname = '';
  let named = 0;
  await test.step('filters by a surname from the list; the URL keeps the filter over a reload', async () => {
    surname = [...(await columnTexts(page, '姓名'))[0]!][0]!;
    named = (await retireesIn(bureau, community.id, surname)).total;
    const filters = page.getByRole('form', { name: '查询条件' });
    await filters.getByLabel('姓名').fill(surname);
    await filters.getByRole('button', { name: '查询' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]name=${encodeURIComponent(surname)}(&|$)`));
    await expect(pagerTotal(page)).toHaveText(`共 ${named} 人`);
    const check = async () => {
      await expect(tableRows(page)).toHaveCount(Math.min(named, 100));
      for (const name of await columnTexts(page, '姓名')) expect(name.startsWith(surname), `${name} starts with ${surname}`).toBe(true);
    };
    await check();
    await snap(page, testInfo, 'retiree-list-filtered');

    await page.reload();
    await expect(page.getByRole('form', { name: '查询条件' }).getByLabel('姓名')).toHaveValue(surname);
    await expect(pagerTotal(page)).toHaveText(`共 ${named} 人`);
    await check();
  });

  let name = '';
  let masked = '';
  await test.step('opens a retiree; the ID number is masked', async () => {
    const link = tableRows(page).first().getByRole('link');
    name = (await link.innerText()).trim();
    await link.click();
    await expect(pageHeading(page, name)).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/retirees\/\d+/);
    const idCell = page.getByRole('cell').filter({ has: page.getByRole('button', { name: '查看完整身份证号' }) });
    await expect(idCell).toHaveText(/\d{6}\*{8}\d{3}[\dX]/);
    masked = /\d{6}\*{8}\d{3}[\dX]/.exec(await idCell.innerText())![0];
    expect(await page.locator('body').innerText()).not.toMatch(ID_NUMBER_LIKE);
    await snap(page, testInfo, 'retiree-detail');
  });

  await test.step('查看完整身份证号 refuses an empty or too short reason, then shows the full number once', async () => {
    await page.getByRole('button', { name: '查看完整身份证号' }).click();
    const dialog = page.getByRole('dialog', { name: '查看完整身份证号' });
    await expect(dialog).toContainText(`查看 ${name} 的完整身份证号须填写事由`);
    const reason = dialog.getByRole('textbox', { name: '查看事由' });
    const confirm = dialog.getByRole('button', { name: '确认查看' });
    await expect(confirm).toBeDisabled();
    await expect(dialog.getByText('还差 4 个字')).toBeVisible();
    await reason.fill('核对');
    await expect(confirm).toBeDisabled();
    await expect(dialog.getByText('还差 2 个字')).toBeVisible();
    await reason.fill('   ');
    await expect(confirm).toBeDisabled();
    await snap(page, testInfo, 'reveal-dialog');

    await reason.fill(REASON);
    await expect(confirm).toBeEnabled();
    await confirm.click();
    await expect(dialog.getByText('本次查看已记入审计日志。关闭后身份证号将重新隐藏。')).toBeVisible();
    const full = (await dialog.getByTestId('revealed-value').innerText()).trim();
    expect(full).toMatch(/^\d{17}[\dX]$/);
    expect(`${full.slice(0, 6)}********${full.slice(-4)}`).toBe(masked);
    await snap(page, testInfo, 'reveal-dialog-revealed');

    await dialog.getByRole('button', { name: /^关\s闭$/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(full)).toHaveCount(0);
    await expect(page.getByText(masked)).toBeVisible();
  });

  await test.step('the audit log shows the reveal: who, 查看, 身份证号, whom and why', async () => {
    await openMenu(page, '审计日志');
    const row = tableRows(page).first();
    await expect(row).toContainText(me.displayName);
    await expect(row.getByRole('cell').nth(2)).toHaveText('查看');
    await expect(row.getByRole('cell').nth(3)).toHaveText('身份证号');
    await expect(row.getByRole('cell').nth(4)).toHaveText(name);
    await expect(row.getByRole('cell').nth(5)).toHaveText(REASON);
    await snap(page, testInfo, 'audit-log');
  });
});

test('township staff cannot open another township’s retiree by editing the URL, and nothing of them is sent', async ({ page, request }, testInfo) => {
  const bureau = await apiAs(request, STAFF.bureau);
  const township = unitByCode(await orgUnits(bureau), OTHER_TOWNSHIP);
  const [stranger] = (await retireesIn(bureau, township.id)).items;
  expect(stranger, `a retiree of ${township.name}`).toBeTruthy();
  const { revealIdNumber: fullId } = await bureau.gql<{ revealIdNumber: string }>(
    `mutation Reveal($retireeId: ID!, $reason: String!) { revealIdNumber(retireeId: $retireeId, reason: $reason) }`,
    { retireeId: stranger!.id, reason: '端到端测试：越权访问检查的对照数据' },
  );

  await logInToConsole(page, STAFF.township);

  const bodies: { url: string; body: string }[] = [];
  const reading: Promise<void>[] = [];
  const record = (response: Response) => {
    reading.push(
      response
        .text()
        .then((body) => void bodies.push({ url: response.url(), body }))
        .catch(() => undefined), // redirects and aborted requests have no body
    );
  };

  await test.step(`opens /admin/retirees/${stranger!.id} (${township.name}) by URL: 无权访问`, async () => {
    page.on('response', record);
    await page.goto(`/admin/retirees/${stranger!.id}`);
    await expect(page.getByText('无权访问', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '返回人员列表' })).toBeVisible();
    await expect(page.getByText(stranger!.name)).toHaveCount(0);
    await snap(page, testInfo, 'forbidden-403');
    page.off('response', record);
    await Promise.all(reading);
  });

  await test.step('no response of that navigation carries their name or an ID number', async () => {
    const graphql = bodies.filter((b) => new URL(b.url).pathname === '/graphql');
    expect(graphql.length, 'GraphQL responses recorded').toBeGreaterThan(0);
    const forbidden = graphql.filter((b) => (JSON.parse(b.body) as { errors?: { extensions?: { code?: string } }[] }).errors?.some((e) => e.extensions?.code === 'FORBIDDEN'));
    expect(forbidden.length, 'the API answered FORBIDDEN').toBeGreaterThan(0);
    await testInfo.attach('responses.json', { body: JSON.stringify(graphql, null, 2), contentType: 'application/json' });
    const masked = `${fullId.slice(0, 6)}********${fullId.slice(-4)}`;
    for (const { url, body } of bodies) {
      expect(body, `${url} mentions the name`).not.toContain(stranger!.name);
      expect(body, `${url} carries the ID number`).not.toContain(fullId);
      expect(body, `${url} carries the masked ID number`).not.toContain(masked);
    }
    for (const { url, body } of graphql) expect(body, `${url}: an ID-number-like value`).not.toMatch(ID_NUMBER_LIKE);
  });
});

test('the bureau admin creates a community staff account, who then sees only that community', async ({ page, request }, testInfo) => {
  const bureau = await apiAs(request, STAFF.bureau);
  const units = await orgUnits(bureau);
  const township = unitByCode(units, OTHER_TOWNSHIP);
  const community = units.find((u) => u.parentId === township.id);
  expect(community, `a community of ${township.name}`).toBeTruthy();
  const { total } = await retireesIn(bureau, community!.id);
  expect(total, `${community!.name} has retirees`).toBeGreaterThan(0);
  const username = `e2e-${Date.now()}`;
  const displayName = '端到端测试员';
  let password = '';

  await test.step('demo-bureau opens 工作人员账号 and creates the account', async () => {
    await logInToConsole(page, STAFF.bureau);
    await openMenu(page, '工作人员账号');
    await expect(tableRows(page).first()).toBeVisible();
    await snap(page, testInfo, 'staff-list');

    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.getByRole('dialog', { name: '新建工作人员账号' });
    await dialog.getByLabel('登录用户名').fill(username);
    await dialog.getByLabel('姓名').fill(displayName);
    const unit = dialog.getByLabel('所属单位');
    // The tree re-renders while it filters, so a click can land on a node being replaced: pick the
    // community until the field shows it, then leave the field (the dropdown closes on leaving it).
    await expect(async () => {
      if (!(await page.getByRole('tree').isVisible())) {
        await unit.click();
        await unit.fill(community!.name);
      }
      await page.getByRole('tree').getByTitle(community!.name, { exact: true }).click({ timeout: 2_000 });
      await expect(dialog.getByTitle(community!.name, { exact: true })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await dialog.getByLabel('姓名').click();
    await expect(page.getByRole('tree')).toBeHidden();
    await dialog.getByRole('radio', { name: '工作人员' }).check();
    await snap(page, testInfo, 'staff-create');
    await dialog.getByRole('button', { name: /^创\s*建$/ }).click();

    const created = page.getByRole('dialog', { name: '账号已创建' });
    await expect(created.getByText('临时密码只显示这一次')).toBeVisible();
    await expect(created).toContainText(username);
    await expect(created).toContainText(displayName);
    password = (await created.getByTestId('temporary-password').innerText()).trim();
    expect(password.length, 'a temporary password').toBeGreaterThanOrEqual(8);
    await snap(page, testInfo, 'staff-created');
    await created.getByRole('button', { name: '我已记下' }).click();
    await expect(created).toBeHidden();

    const filters = page.getByRole('form', { name: '查询条件' });
    await filters.getByLabel('用户名或姓名').fill(username);
    await filters.getByRole('button', { name: '查询' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${username}(&|$)`));
    await expect(tableRows(page)).toHaveCount(1);
    const row = tableRows(page).filter({ hasText: username });
    await expect(row).toContainText(community!.name);
    await expect(row).toContainText('工作人员');
    await expect(row).toContainText('从未登录');
  });

  await test.step('logs out; the new account logs in with the temporary password', async () => {
    await logOutOfConsole(page);
    await logInToConsole(page, username, password);
    await expect(page.getByRole('button', { name: '用户菜单' })).toContainText(displayName);
    await expect(page.getByRole('button', { name: '用户菜单' })).toContainText(community!.name);
  });

  await test.step(`the list shows only ${community!.name}'s retirees`, async () => {
    await expectListOnlyOf(page, community!.name, total);
    await snap(page, testInfo, 'retiree-list-new-account');
  });
});

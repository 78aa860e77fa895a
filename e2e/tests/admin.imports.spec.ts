import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiAs, logInToConsole, logOutOfConsole, openMenu, orgUnits, pageHeading, snap, STAFF, tableRows, unitByCode } from '../support/admin-journeys.js';

/** 剡湖街道 and its 新北社区 (demo-community's): the address dictionary places the new people there by its name. */
const YANHU = '330683001';
const XINBEI = '330683001002';
/** 嵊州市: the area code of the new people's ID numbers. */
const AREA_CODE = '330683';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** GB 11643: the check character of the first 17 digits. */
function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i]!, 0);
  return CHECK_CHARS[sum % 11]!;
}

/** A valid ID number for a birth date and a 3-digit sequence (odd: a man). */
function idNumber(birthDate: string, sequence: number): string {
  const first17 = `${AREA_CODE}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** The same number with another check character: the checksum, not the format or the date, is wrong. */
function withWrongCheck(id: string): string {
  const right = id.slice(-1);
  return id.slice(0, 17) + [...CHECK_CHARS].find((c) => c !== right)!;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));
/** Today as the API sees it (Shanghai), YYYY-MM-DD. */
const todayInShanghai = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

const HEADERS = ['公民身份号码', '姓名', '退休日期', '原工作单位', '户籍地址', '常住地址', '月基本养老金（元）', '开户银行', '银行账号', '市民卡号', '联系电话'] as const;

interface Person {
  idNumber: string;
  name: string;
  retirementDate: string;
  road: string;
  pension: number;
}

/** One row of the provincial export, in the template's column order. */
function row(p: Person, n: number): (string | number)[] {
  const address = `浙江省绍兴市嵊州市剡湖街道新北社区${p.road}${n}号`;
  const digits = p.idNumber.slice(10, 17);
  return [p.idNumber, p.name, p.retirementDate, '嵊州市机械厂', address, address, p.pension, '中国工商银行嵊州支行', `62220212${digits}${n}`, `33068300${digits}`, `1395756${String(n).padStart(4, '0')}`];
}

/**
 * Three new people placed in 新北社区 by their address, and five rows the import must refuse:
 * a mistyped ID number, a negative pension, a retirement in the future and one person twice.
 * The birth day is drawn per run, so the file (and its ID numbers) differ from any earlier run's.
 */
function feedFile(suffix: string) {
  const birthDate = addDays('1966-01-01', Math.floor(Math.random() * 365));
  const today = todayInShanghai();
  const sixtieth = `${Number(birthDate.slice(0, 4)) + 60}${birthDate.slice(4)}`;
  const retirementDate = sixtieth < today ? sixtieth : addDays(today, -1);
  const person = (sequence: number, name: string, road: string, pension = 3125.4): Person => ({ idNumber: idNumber(birthDate, sequence), name, retirementDate, road, pension });

  const good = [person(901, `测试甲一${suffix}`, '北直街'), person(911, `测试甲二${suffix}`, '鹿山路'), person(921, `测试甲三${suffix}`, '官河路')];
  const checksum = { ...person(931, `测试乙一${suffix}`, '北直街'), idNumber: withWrongCheck(idNumber(birthDate, 931)) };
  const negative = person(941, `测试乙二${suffix}`, '北直街', -3000);
  const future = { ...person(951, `测试乙三${suffix}`, '北直街'), retirementDate: `${Number(today.slice(0, 4)) + 1}-06-30` };
  const twice = person(961, `测试乙四${suffix}`, '北直街');
  // Rows 2–4 are good; the header is row 1.
  const rows = [...good, checksum, negative, future, twice, twice];
  return { good, rows, rejected: { checksum: 5, negative: 6, future: 7, duplicate: [8, 9] } };
}

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('新退休人员');
  sheet.addRow([...HEADERS]);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A panel of the page (a <section> with its h2). */
const panel = (page: Page, title: string): Locator => page.getByRole('main').locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title }) });

/** 导入批次 › 上传文件, 退休人员信息, the file: ready to send. */
async function chooseFile(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  await openMenu(page, '导入批次');
  await page.getByRole('link', { name: /上传文件/ }).click();
  await expect(pageHeading(page, '上传文件')).toBeVisible();
  await page.getByText('退休人员信息', { exact: true }).click();
  await expect(page.getByRole('radio', { name: /退休人员信息/ })).toBeChecked();
  await page.locator('input[type="file"]').setInputFiles({ name: file.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file.buffer });
  await expect(page.getByText(file.name)).toBeVisible();
  await expect(page.getByRole('button', { name: '上传并校验' })).toBeEnabled();
}

test('the bureau uploads a retirees file, reviews the preview and its error report, imports it; the community finds the new people in its inbox', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const bureau = await apiAs(request, STAFF.bureau);
  const units = await orgUnits(bureau);
  const community = unitByCode(units, XINBEI);
  expect(community.parentId, `${community.name} is in 剡湖街道`).toBe(unitByCode(units, YANHU).id);

  const suffix = Date.now().toString(36).slice(-4);
  const { good, rows, rejected } = feedFile(suffix);
  const file = { name: `新退休人员-${suffix}.xlsx`, buffer: await xlsx(rows.map((p, i) => row(p, i + 1))) };
  await testInfo.attach(file.name, { body: file.buffer, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  let batchPath = '';

  await test.step('demo-bureau opens 数据接入 › 上传文件, picks 退休人员信息 and the file', async () => {
    await logInToConsole(page, STAFF.bureau);
    await chooseFile(page, file);
    await snap(page, testInfo, 'upload-chosen');
  });

  await test.step('上传并校验 shows the upload under way, then the batch awaiting confirmation', async () => {
    // A tiny file is sent in a blink: hold the request until the progress has been seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/imports/retirees', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.getByRole('button', { name: '上传并校验' }).click();
      const progress = page.getByRole('status').filter({ has: page.getByRole('progressbar', { name: '上传进度' }) });
      await expect(progress).toBeVisible();
      await snap(page, testInfo, 'upload-progress');
    } finally {
      release();
    }
    await expect(page).toHaveURL(/\/admin\/imports\/\d+$/);
    await page.unroute('**/imports/retirees');
    batchPath = new URL(page.url()).pathname;
    await expect(pageHeading(page, `导入批次 #${batchPath.split('/').pop()}`)).toBeVisible();
  });

  await test.step('the preview: 新增 3, 拒收 5, all three placed by address; each refused row with its row and reason', async () => {
    await expect(page.getByText('校验完成，尚未导入：将新增 3、更新 0、无变化 0，拒收 5 行')).toBeVisible();
    await expect(page.getByText('将新增 3 人，全部按地址自动纳入社区。')).toBeVisible();
    await expect(page.getByRole('main').getByText('待确认导入').first()).toBeVisible();

    const changes = panel(page, '变更预览');
    await expect(changes.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(3);
    for (const p of good) await expect(changes.getByRole('row').filter({ hasText: p.name })).toContainText('新增');

    const problems = panel(page, '错误与提示');
    await expect(problems.getByRole('tab', { name: '拒收（5 行）', selected: true })).toBeVisible();
    await expect(problems.getByText('共 5 条')).toBeVisible();
    const expectRefused = async (rowNo: number, column: string, reason: string) => {
      const line = problems.getByRole('row').filter({ has: page.getByRole('cell', { name: String(rowNo), exact: true }) });
      await expect(line).toHaveCount(1);
      await expect(line.getByRole('cell').nth(1)).toHaveText(column);
      await expect(line.getByRole('cell').nth(2)).toContainText(reason);
    };
    await expectRefused(rejected.checksum, '公民身份号码', '校验位错误');
    await expectRefused(rejected.negative, '月基本养老金（元）', '不能为负数');
    await expectRefused(rejected.future, '退休日期', '晚于今天');
    for (const rowNo of rejected.duplicate) await expectRefused(rowNo, '公民身份号码', '重复');
    await snap(page, testInfo, 'preview');
    await problems.scrollIntoViewIfNeeded();
    await snap(page, testInfo, 'preview-errors');
  });

  await test.step('下载错误报告: a UTF-8 CSV with a BOM, one line per refused row', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), panel(page, '错误与提示').getByRole('link', { name: /下载错误报告/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^导入批次\d+-错误报告\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)], 'UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('行号,字段,级别,错误代码,说明,原始值');
    await testInfo.attach('errors.csv', { body: bytes, contentType: 'text/csv' });
    const codeOf = (rowNo: number) => lines.slice(1).filter((l) => l.startsWith(`${rowNo},`)).map((l) => l.split(',')[3]);
    expect(codeOf(rejected.checksum)).toEqual(['INVALID_ID_NUMBER']);
    expect(codeOf(rejected.negative)).toEqual(['NEGATIVE_AMOUNT']);
    expect(codeOf(rejected.future)).toEqual(['FUTURE_DATE']);
    for (const rowNo of rejected.duplicate) expect(codeOf(rowNo)).toEqual(['DUPLICATE_IN_BATCH']);
    expect(lines).toHaveLength(1 + 5);
  });

  await test.step('确认导入 → 已导入 with 新增 3', async () => {
    await page.getByRole('button', { name: '确认导入' }).click();
    const confirm = page.getByRole('tooltip').filter({ hasText: '确认导入这批数据？' });
    await expect(confirm).toContainText('将新增 3、更新 0；拒收的 5 行不会导入。');
    await confirm.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByText('已导入：新增 3、更新 0、无变化 0，拒收 5 行')).toBeVisible();
    await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);
    await expect(page.getByRole('main').getByText('已导入', { exact: true }).first()).toBeVisible();
    await expect(panel(page, '行数统计')).toContainText('已按地址纳入社区');
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, testInfo, 'committed');
  });

  await test.step(`the API places all three in ${community.name}`, async () => {
    for (const p of good) {
      const { retirees } = await bureau.gql<{ retirees: { total: number; items: { name: string; community: { id: string } | null }[] } }>(
        `query Placed($filter: RetireeFilter) { retirees(filter: $filter, limit: 5) { total items { name community { id } } } }`,
        { filter: { idNumber: p.idNumber } },
      );
      expect(retirees.items, p.name).toEqual([{ name: p.name, community: { id: community.id } }]);
    }
  });

  await test.step('the same file again: already uploaded, nothing changed, the same batch', async () => {
    await chooseFile(page, file);
    await page.getByRole('button', { name: '上传并校验' }).click();
    await expect(page).toHaveURL(new RegExp(`${batchPath}$`));
    const id = batchPath.split('/').pop();
    await expect(page.getByText(`该文件已上传过（批次 #${id}），本次未做任何更改`)).toBeVisible();
    await expect(page.getByText('已导入：新增 3、更新 0、无变化 0，拒收 5 行')).toBeVisible();
    await snap(page, testInfo, 'replayed');
  });

  await test.step(`demo-community finds a 新退休人员纳入管理 task for each of them under 待签领`, async () => {
    await logOutOfConsole(page);
    await logInToConsole(page, STAFF.community);
    await openMenu(page, '我的待办');
    await expect(page.getByRole('tab', { name: /待签领/, selected: true })).toBeVisible();
    for (const p of good) await expect(tableRows(page).filter({ hasText: `新退休人员纳入管理：${p.name}` })).toHaveCount(1);
    await snap(page, testInfo, 'community-inbox');
  });

  await test.step('opens one: no trip to the community for the retiree; signs it', async () => {
    const title = `新退休人员纳入管理：${good[0]!.name}`;
    await tableRows(page).filter({ hasText: title }).getByRole('link', { name: title }).click();
    await expect(pageHeading(page, title)).toBeVisible();
    const instructions = panel(page, '工作要求');
    await expect(instructions).toContainText('本人无需到社区报到');
    await expect(instructions).toContainText(`退休日期：${good[0]!.retirementDate}`);
    const status = page.getByRole('main').locator('h1 + span');
    await expect(status).toHaveText('待签领');
    await snap(page, testInfo, 'community-task');
    await page.getByRole('button', { name: /^签\s*领$/ }).click();
    const confirm = page.getByRole('dialog', { name: '签领该任务？' });
    await confirm.getByRole('button', { name: /^签\s*领$/ }).click();
    await expect(confirm).toBeHidden();
    await expect(status).toHaveText('办理中');
    await snap(page, testInfo, 'community-task-signed');
  });
});

import { expect, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';

/**
 * The admin console as staff use it (login, the retiree table, log out), and what the journeys ask
 * the GraphQL API directly to know what the console should show (as `demo-bureau`, by bearer token,
 * so the browser's session cookie is never touched).
 */
export const DEMO_PASSWORD = 'demo2026';
export const STAFF = { bureau: 'demo-bureau', township: 'demo-township', community: 'demo-community' } as const;

/** An ID number as GB 11643 writes it (birth year 19xx/20xx), anywhere in a text. */
export const ID_NUMBER_LIKE = /\d{6}(?:19|20)\d{9}[\dX]/;

interface GraphQLReply<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface Api {
  displayName: string;
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

async function post<T>(request: APIRequestContext, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const body = (await res.json()) as GraphQLReply<T>;
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => `${e.message} ${JSON.stringify(e.extensions ?? {})}`).join('; ')}`);
  expect(body.data, 'GraphQL data').toBeTruthy();
  return body.data!;
}

/** Signs in to the API (bearer token) as a staff account. */
export async function apiAs(request: APIRequestContext, username: string, password = DEMO_PASSWORD): Promise<Api> {
  const { login } = await post<{ login: { token: string; user: { displayName: string } } }>(
    request,
    `mutation ApiLogin($username: String!, $password: String!) { login(username: $username, password: $password) { token user { displayName } } }`,
    { username, password },
  );
  return { displayName: login.user.displayName, gql: (query, variables = {}) => post(request, query, variables, login.token) };
}

/** Signs in to the API as an integrator's client (bearer token), as a department's feed would. */
export async function apiAsClient(request: APIRequestContext, clientId: string, clientSecret: string): Promise<Api> {
  const { apiClientLogin } = await post<{ apiClientLogin: { token: string } }>(
    request,
    `mutation ClientLogin($clientId: String!, $clientSecret: String!) { apiClientLogin(clientId: $clientId, clientSecret: $clientSecret) { token } }`,
    { clientId, clientSecret },
  );
  return { displayName: clientId, gql: (query, variables = {}) => post(request, query, variables, apiClientLogin.token) };
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  level: string;
}

export async function orgUnits(api: Api): Promise<Unit[]> {
  const { orgUnits } = await api.gql<{ orgUnits: Unit[] }>(`query Units { orgUnits { id code name parentId level } }`);
  return orgUnits;
}

export function unitByCode(units: Unit[], code: string): Unit {
  const unit = units.find((u) => u.code === code);
  expect(unit, `org unit ${code}`).toBeTruthy();
  return unit!;
}

export interface RetireeRow {
  id: string;
  name: string;
  idNumber: string;
}

/** What the API reports for an area: how many retirees, and the first of them. */
export async function retireesIn(api: Api, orgUnitId: string, name?: string): Promise<{ total: number; items: RetireeRow[] }> {
  const { retirees } = await api.gql<{ retirees: { total: number; items: RetireeRow[] } }>(
    `query Area($filter: RetireeFilter) { retirees(filter: $filter, limit: 5) { total items { id name idNumber } } }`,
    { filter: { orgUnitId, ...(name ? { name } : {}) } },
  );
  return retirees;
}

/** A full-viewport screenshot attached to the test report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

/** The page title of the console (each page has one h1). */
export const pageHeading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** antd spaces out two-character button labels (登 录). */
/** Logs in through the console's login page; ends on the first page of the console (退休人员). */
export async function logInToConsole(page: Page, username: string, password = DEMO_PASSWORD, { testInfo }: { testInfo?: TestInfo } = {}): Promise<void> {
  await page.goto('/admin/login');
  const form = page.getByRole('form', { name: '登录' });
  await expect(form).toBeVisible();
  await form.getByRole('textbox', { name: '用户名' }).fill(username);
  await form.getByLabel('密码').fill(password);
  if (testInfo) await snap(page, testInfo, 'login');
  await form.getByRole('button', { name: /^登\s*录$/ }).click();
  await expect(pageHeading(page, '退休人员')).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/retirees/);
}

/** 用户菜单 → 退出登录 → confirm; ends on the login page. */
export async function logOutOfConsole(page: Page): Promise<void> {
  const confirm = page.getByRole('dialog', { name: '退出登录？' });
  // Right after another dialog closes, antd's dropdown can swallow the first click on its item
  // (the menu stays open, no confirmation): open the menu and choose again until it asks.
  await expect(async () => {
    const item = page.getByRole('menuitem', { name: '退出登录' });
    if (!(await item.isVisible())) await page.getByRole('button', { name: '用户菜单' }).click();
    await item.click({ timeout: 2_000 });
    await expect(confirm).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await confirm.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('form', { name: '登录' })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/login/);
}

/** Opens a page of the side menu. */
export async function openMenu(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: title }).click();
  await expect(pageHeading(page, title)).toBeVisible();
}

/** The page's list (not the tables inside dialogs, which sit outside the main area). */
const listTable = (page: Page): Locator => page.getByRole('main').getByRole('table');

/** The data rows of the list on the page. */
export const tableRows = (page: Page): Locator => listTable(page).getByRole('row').filter({ has: page.getByRole('cell') });

/** The pager's "共 N 人" under a list. */
export const pagerTotal = (page: Page): Locator => page.getByRole('navigation', { name: '分页' }).getByText(/^共 /);

/** The text of one column (by its header) of every row on the current page. */
export async function columnTexts(page: Page, header: string): Promise<string[]> {
  const headers = (await listTable(page).getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
  const index = headers.indexOf(header);
  expect(index, `column ${header} in ${headers.join('|')}`).toBeGreaterThanOrEqual(0);
  const rows = await tableRows(page).all();
  const texts: string[] = [];
  for (const row of rows) texts.push((await row.getByRole('cell').nth(index).innerText()).trim());
  return texts;
}

/**
 * The retiree list shows exactly `total` people, every one managed by `community`: checked on every
 * page at 100 a page.
 */
export async function expectListOnlyOf(page: Page, community: string, total: number): Promise<void> {
  await expect(pagerTotal(page)).toHaveText(`共 ${total.toLocaleString('zh-CN')} 人`);
  const pager = page.getByRole('navigation', { name: '分页' });
  const size = pager.getByRole('combobox', { name: '每页条数' });
  await size.click();
  // antd's virtual list exposes only a window of its options to the accessibility tree: pick the visible item.
  await page.getByTitle('100 条/页', { exact: true }).click();
  await expect(page).toHaveURL(/[?&]size=100/);
  let seen = 0;
  for (let n = 1; ; n++) {
    await expect(pager.getByText(new RegExp(`^第 ${n} / `))).toBeVisible();
    await expect(tableRows(page)).toHaveCount(Math.min(100, total - seen));
    const communities = await columnTexts(page, '管理社区');
    expect(new Set(communities), `page ${n}: every row's 管理社区`).toEqual(new Set([community]));
    seen += communities.length;
    const next = pager.getByRole('button', { name: /下一页/ });
    if (seen >= total) break;
    await next.click();
  }
  expect(seen).toBe(total);
}

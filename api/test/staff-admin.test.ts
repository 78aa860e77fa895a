import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.js';
import { OTHER_TOWNSHIP_CODE } from './support/test-city.js';

const CREATE = `mutation($i: CreateStaffInput!) { createStaffUser(input: $i) { temporaryPassword staff { id username role active orgUnit { code } } } }`;

let api: TestApi;
let bureau: string;
let township: string;
let community: { id: number; code: string; path: string };

beforeAll(async () => {
  api = await startTestApi();
  bureau = await api.login('demo-bureau');
  township = await api.login('demo-township');
  const { rows } = await api.db.query(`select id, code, path from org_unit where code like '330683001%' and level = 'COMMUNITY' order by code offset 1 limit 1`);
  community = rows[0];
});
afterAll(() => api?.stop());

describe('staff accounts', () => {
  let created: { id: string; password: string };

  it('a bureau admin creates a community account, which logs in and sees only its community', async () => {
    const res = await api.gql(CREATE, { i: { username: 'Zhang.Wei', displayName: '张伟', role: 'STAFF', orgUnitId: String(community.id) } }, bureau);
    expect(res.errors).toBeUndefined();
    const { staff, temporaryPassword } = res.data!.createStaffUser;
    expect(staff).toMatchObject({ username: 'zhang.wei', role: 'STAFF', active: true, orgUnit: { code: community.code } });
    expect(temporaryPassword).toHaveLength(12);
    created = { id: staff.id, password: temporaryPassword };
    const token = await api.login('zhang.wei', temporaryPassword);
    const list = await api.gql(`{ retirees(limit: 100) { total items { community { code } } } }`, {}, token);
    const { rows } = await api.db.query(`select count(*)::int as n from retiree where org_path like $1`, [`${community.path}%`]);
    expect(list.data!.retirees.total).toBe(rows[0].n);
    for (const r of list.data!.retirees.items) expect(r.community.code).toBe(community.code);
  });

  it('refuses a taken username (CONFLICT) and a malformed one (BAD_USER_INPUT naming the field)', async () => {
    const taken = await api.gql(CREATE, { i: { username: 'zhang.wei', displayName: '张伟', role: 'STAFF', orgUnitId: String(community.id) } }, bureau);
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const bad = await api.gql(CREATE, { i: { username: '张', displayName: '张伟', role: 'STAFF', orgUnitId: String(community.id) } }, bureau);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
  });

  it('a township admin manages only its own township', async () => {
    const other = await api.db.query(`select id from org_unit where code = $1`, [OTHER_TOWNSHIP_CODE]);
    const res = await api.gql(CREATE, { i: { username: 'outside-1', displayName: '李四', role: 'STAFF', orgUnitId: String(other.rows[0].id) } }, township);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await api.gql(`{ staffUsers(limit: 100) { total items { username orgUnit { code } } } }`, {}, township);
    expect(list.data!.staffUsers.total).toBeGreaterThan(0);
    for (const s of list.data!.staffUsers.items) expect(s.orgUnit.code.startsWith('330683001')).toBe(true);
  });

  it('community staff without the admin role cannot manage accounts', async () => {
    const res = await api.gql(`{ staffUsers { total } }`, {}, await api.login('demo-community'));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resetting a password ends the old sessions and the old password', async () => {
    const before = await api.login('zhang.wei', created.password);
    const res = await api.gql(`mutation($id: ID!) { resetStaffPassword(id: $id) { temporaryPassword } }`, { id: created.id }, township);
    expect(res.errors).toBeUndefined();
    const next = res.data!.resetStaffPassword.temporaryPassword;
    expect((await api.gql(`{ me { displayName } }`, {}, before)).data!.me).toBeNull();
    await expect(api.login('zhang.wei', created.password)).rejects.toThrow();
    created.password = next;
    expect(await api.login('zhang.wei', next)).toBeTruthy();
  });

  it('disabling an account ends its sessions and blocks login; an admin cannot disable themself', async () => {
    const session = await api.login('zhang.wei', created.password);
    const res = await api.gql(`mutation($id: ID!) { setStaffActive(id: $id, active: false) { active } }`, { id: created.id }, bureau);
    expect(res.data!.setStaffActive.active).toBe(false);
    expect((await api.gql(`{ retirees { total } }`, {}, session)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await api.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'zhang.wei', p: created.password });
    expect(login.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { rows } = await api.db.query(`select id from staff_user where username = 'demo-bureau'`);
    const self = await api.gql(`mutation($id: ID!) { setStaffActive(id: $id, active: false) { active } }`, { id: String(rows[0].id) }, bureau);
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('staff change their own password; a weak one is refused naming the field', async () => {
    const token = await api.login('admin-330683005');
    const weak = await api.gql(`mutation { changeMyPassword(currentPassword: "demo2026", newPassword: "short") }`, {}, token);
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const ok = await api.gql(`mutation { changeMyPassword(currentPassword: "demo2026", newPassword: "Shengzhou2026") }`, {}, token);
    expect(ok.data!.changeMyPassword).toBe(true);
    expect(await api.login('admin-330683005', 'Shengzhou2026')).toBeTruthy();
  });
});

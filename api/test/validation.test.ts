import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../src/common/id-number.js';
import { startTestApi, type TestApi } from './support/test-api.js';

let api: TestApi;
let bureau: string;
beforeAll(async () => {
  api = await startTestApi();
  bureau = await api.login('demo-bureau');
});
afterAll(() => api?.stop());

const BY_ID = `query($id: String) { retirees(filter: { idNumber: $id }) { total items { name } } }`;

describe('resident ID numbers', () => {
  it.each([
    ['a wrong check character', '330683195001011230', '校验位'],
    ['a wrong length', '33068319500101123', '格式'],
    ['letters inside', '33068319500A011234', '格式'],
    ['an impossible birth date', (() => { const v = makeIdNumber('330683', '1950-01-01', 123, 'MALE'); return `${v.slice(0, 10)}0230${v.slice(14)}`; })(), '出生日期'],
  ])('rejects %s with BAD_USER_INPUT naming the field', async (_label, value, words) => {
    const res = await api.gql(BY_ID, { id: value }, bureau);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
    expect(res.errors?.[0]?.message).toContain(words);
  });

  it('finds a person by a valid number, with a lower-case x accepted', async () => {
    const { rows } = await api.db.query(`select id_number, name from retiree where id_number like '%X' limit 1`);
    const person = rows[0] ?? (await api.db.query(`select id_number, name from retiree limit 1`)).rows[0];
    const res = await api.gql(BY_ID, { id: person.id_number.toLowerCase() }, bureau);
    expect(res.errors).toBeUndefined();
    expect(res.data!.retirees).toMatchObject({ total: 1, items: [{ name: person.name }] });
  });
});

describe('lists', () => {
  it('refuses a page larger than 100', async () => {
    const res = await api.gql(`{ retirees(limit: 101) { total } }`, {}, bureau);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it('refuses a tampered cursor', async () => {
    const res = await api.gql(`{ retirees(after: "bm9wZQ") { total } }`, {}, bureau);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters by age range and status, and the total matches the database', async () => {
    const res = await api.gql(`{ retirees(filter: { ageMin: 80, ageMax: 89, status: [ACTIVE] }, limit: 100) { total items { age status } } }`, {}, bureau);
    expect(res.errors).toBeUndefined();
    const { rows } = await api.db.query(
      `select count(*)::int as n from retiree where status = 'ACTIVE' and birth_date <= (current_date - interval '80 years') and birth_date > (current_date - interval '90 years')`,
    );
    expect(res.data!.retirees.total).toBe(rows[0].n);
    for (const r of res.data!.retirees.items) {
      expect(r.age).toBeGreaterThanOrEqual(80);
      expect(r.age).toBeLessThanOrEqual(89);
      expect(r.status).toBe('ACTIVE');
    }
  });

  it('names the field of an inverted age range', async () => {
    const res = await api.gql(`{ retirees(filter: { ageMin: 80, ageMax: 70 }) { total } }`, {}, bureau);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ageMax' });
  });

  it('finds by name prefix and by retirement date range', async () => {
    const { rows } = await api.db.query(`select substr(name, 1, 1) as surname, count(*)::int as n from retiree group by 1 order by 2 desc limit 1`);
    const byName = await api.gql(`query($n: String) { retirees(filter: { name: $n }) { total } }`, { n: rows[0].surname }, bureau);
    expect(byName.errors).toBeUndefined();
    expect(byName.data!.retirees.total).toBe(rows[0].n);
    const range = await api.gql(`{ retirees(filter: { retiredFrom: "2020-01-01", retiredTo: "2020-12-31" }) { total items { retirementDate } } }`, {}, bureau);
    for (const r of range.data!.retirees.items) expect(r.retirementDate.startsWith('2020')).toBe(true);
    const wildcard = await api.gql(`{ retirees(filter: { name: "%" }) { total } }`, {}, bureau);
    expect(wildcard.data!.retirees.total).toBe(0);
  });
});

describe('query limits', () => {
  it('rejects an over-deep query', async () => {
    const deep = `{ orgUnits { children { children { parent { parent { children { children { parent { parent { children { children { id } } } } } } } } } } } }`;
    const res = await api.gql(deep, {}, bureau);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
    expect(res.data ?? null).toBeNull();
  });

  it('rejects an alias flood', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { displayName }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`, {}, bureau);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('rejects batched requests', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bureau}` },
      body: JSON.stringify([{ query: '{ me { displayName } }' }, { query: '{ me { displayName } }' }]),
    });
    expect(res.status).toBe(400);
  });
});

describe('production behaviour', () => {
  let prod: TestApi;
  beforeAll(async () => {
    prod = await startTestApi({ production: true });
  });
  afterAll(() => prod?.stop());

  it('turns introspection and field suggestions off and never sends stack traces', async () => {
    const intro = await prod.gql(`{ __schema { types { name } } }`);
    expect(intro.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await prod.gql(`{ retiress { total } }`);
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
    const token = await prod.login('demo-bureau');
    const bad = await prod.gql(`{ retirees(limit: 500) { total } }`, {}, token);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|\.ts:|at /);
  });
});

describe('list totals', () => {
  const TOTAL = `query($f: RetireeFilter) { retirees(filter: $f, limit: 1) { total totalExact } }`;
  const count = async (where: string) => (await api.db.query(`select count(*)::int as n from retiree where ${where}`)).rows[0].n as number;

  it('stay exact as retirees change status, join and leave (the rollup follows every statement)', async () => {
    const before = (await api.gql(TOTAL, { f: { status: ['SUSPENDED'] } }, bureau)).data!.retirees;
    expect(before).toEqual({ total: await count(`status = 'SUSPENDED'`), totalExact: true });
    await api.db.query(`update retiree set status = 'SUSPENDED' where id in (select id from retiree where status = 'ACTIVE' order by id limit 3)`);
    const after = (await api.gql(TOTAL, { f: { status: ['SUSPENDED'] } }, bureau)).data!.retirees;
    expect(after.total).toBe(before.total + 3);
    expect((await api.gql(TOTAL, {}, bureau)).data!.retirees.total).toBe(await count('true'));
    await api.db.query(`delete from retiree where id = (select max(id) from retiree)`);
    expect((await api.gql(TOTAL, {}, bureau)).data!.retirees.total).toBe(await count('true'));
  });

  it('count filtered lists exactly, at every tier', async () => {
    const township = await api.login('demo-township');
    const res = (await api.gql(TOTAL, { f: { name: '王', ageMin: 70 } }, township)).data!.retirees;
    const expected = await count(`org_path like '/330683/330683001/%' and name like '王%' and birth_date <= current_date - interval '70 years'`);
    expect(res).toEqual({ total: expected, totalExact: true });
    const city = (await api.gql(TOTAL, { f: { ageMin: 85 } }, bureau)).data!.retirees;
    expect(city).toEqual({ total: await count(`birth_date <= current_date - interval '85 years'`), totalExact: true });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.js';
import { DEMO_TOWNSHIP_CODE, OTHER_TOWNSHIP_CODE } from './support/test-city.js';

const LIST = `query($filter: RetireeFilter, $limit: Int, $after: String) {
  retirees(filter: $filter, limit: $limit, after: $after) { total nextCursor items { id name idNumber community { id code } } }
}`;
const DETAIL = `query($id: ID!) { retiree(id: $id) { id name idNumber community { code } familyMembers { id name idNumber } payments { id period amount } history { id field } notifications { id } } }`;

let api: TestApi;
const tokens: Record<string, string> = {};
/** Org facts read straight from the database, to compare the API against. */
let demoCommunity: { id: number; code: string; path: string };
let demoTownship: { id: number; path: string };
let otherTownship: { id: number; path: string };

beforeAll(async () => {
  api = await startTestApi();
  for (const user of ['demo-bureau', 'demo-township', 'demo-community', `staff-${OTHER_TOWNSHIP_CODE}`]) tokens[user] = await api.login(user);
  const staff = await api.db.query(`select o.id, o.code, o.path from staff_user s join org_unit o on o.id = s.org_unit_id where s.username = 'demo-community'`);
  demoCommunity = staff.rows[0];
  demoTownship = (await api.db.query(`select id, path from org_unit where code = $1`, [DEMO_TOWNSHIP_CODE])).rows[0];
  otherTownship = (await api.db.query(`select id, path from org_unit where code = $1`, [OTHER_TOWNSHIP_CODE])).rows[0];
});
afterAll(() => api?.stop());

async function countUnder(path: string): Promise<number> {
  const { rows } = await api.db.query(`select count(*)::int as n from retiree where org_path like $1`, [`${path}%`]);
  return rows[0].n;
}

async function someRetireeUnder(path: string, notUnder?: string): Promise<number> {
  const { rows } = await api.db.query(
    `select id from retiree r where org_path like $1 and ($2::text is null or org_path not like $2)
       and exists (select 1 from family_member f where f.retiree_id = r.id)
       and exists (select 1 from pension_payment p where p.retiree_id = r.id)
     order by id limit 1`,
    [`${path}%`, notUnder ? `${notUnder}%` : null],
  );
  return rows[0].id;
}

describe('what each tier sees in the retiree list', () => {
  it('bureau staff see every retiree of the city', async () => {
    const res = await api.gql(LIST, { limit: 100 }, tokens['demo-bureau']);
    expect(res.errors).toBeUndefined();
    expect(res.data!.retirees.total).toBe(await countUnder('/'));
    expect(res.data!.retirees.items).toHaveLength(100);
  });

  it('township staff see exactly their township, and every row of every page belongs to it', async () => {
    const expected = await countUnder(demoTownship.path);
    expect(expected).toBeGreaterThan(0);
    let after: string | null = null;
    const seen = new Set<string>();
    do {
      const res: any = await api.gql(LIST, { limit: 100, after }, tokens['demo-township']);
      expect(res.errors).toBeUndefined();
      expect(res.data.retirees.total).toBe(expected);
      for (const r of res.data.retirees.items) {
        expect(r.community.code.startsWith(DEMO_TOWNSHIP_CODE)).toBe(true);
        seen.add(r.id);
      }
      after = res.data.retirees.nextCursor;
    } while (after);
    expect(seen.size).toBe(expected);
  });

  it('community staff see exactly their community', async () => {
    const res = await api.gql(LIST, { limit: 100 }, tokens['demo-community']);
    expect(res.data!.retirees.total).toBe(await countUnder(demoCommunity.path));
    expect(res.data!.retirees.total).toBeGreaterThan(0);
    for (const r of res.data!.retirees.items) expect(r.community.code).toBe(demoCommunity.code);
  });

  it('filtering by an org unit inside the area narrows the list; one outside it is refused', async () => {
    const inside = await api.gql(LIST, { filter: { orgUnitId: String(demoCommunity.id) } }, tokens['demo-township']);
    expect(inside.data!.retirees.total).toBe(await countUnder(demoCommunity.path));
    const outside = await api.gql(LIST, { filter: { orgUnitId: String(otherTownship.id) } }, tokens['demo-township']);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(outside.data).toBeNull();
  });

  it('anonymous callers get UNAUTHENTICATED and no data', async () => {
    const res = await api.gql(LIST, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });
});

describe('lookup by id and nested fields', () => {
  it('an in-area retiree opens with family, payments and history', async () => {
    const id = await someRetireeUnder(demoCommunity.path);
    for (const user of ['demo-bureau', 'demo-township', 'demo-community']) {
      const res = await api.gql(DETAIL, { id: String(id) }, tokens[user]);
      expect(res.errors, user).toBeUndefined();
      expect(res.data!.retiree.id).toBe(String(id));
      expect(res.data!.retiree.familyMembers.length).toBeGreaterThan(0);
      expect(res.data!.retiree.payments.length).toBeGreaterThan(0);
    }
  });

  it('an out-of-area retiree is FORBIDDEN for township and community staff, and no field of it leaks', async () => {
    const id = await someRetireeUnder(otherTownship.path);
    for (const user of ['demo-township', 'demo-community']) {
      const res = await api.gql(DETAIL, { id: String(id) }, tokens[user]);
      expect(res.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
      expect(res.data?.retiree ?? null).toBeNull();
    }
    const { rows } = await api.db.query('select name from retiree where id = $1', [id]);
    const body = JSON.stringify(await api.gql(DETAIL, { id: String(id) }, tokens['demo-township']));
    expect(body).not.toContain(rows[0].name);
  });

  it('staff of the other township see their own retiree but not the demo township', async () => {
    const theirs = await someRetireeUnder(otherTownship.path);
    const ours = await someRetireeUnder(demoTownship.path);
    const token = tokens[`staff-${OTHER_TOWNSHIP_CODE}`];
    expect((await api.gql(DETAIL, { id: String(theirs) }, token)).data!.retiree.id).toBe(String(theirs));
    expect((await api.gql(DETAIL, { id: String(ours) }, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an id that exists nowhere is NOT_FOUND', async () => {
    const res = await api.gql(DETAIL, { id: '99999999' }, tokens['demo-bureau']);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the org tree shows only the actor\'s subtree, with counts matching the database', async () => {
    const query = `{ orgUnits { id code level retireeCount } }`;
    const township = await api.gql(query, {}, tokens['demo-township']);
    expect(township.errors).toBeUndefined();
    const units = township.data!.orgUnits as { code: string; level: string; retireeCount: number }[];
    expect(units[0]).toMatchObject({ code: DEMO_TOWNSHIP_CODE, level: 'TOWNSHIP', retireeCount: await countUnder(demoTownship.path) });
    expect(units.every((u) => u.code.startsWith(DEMO_TOWNSHIP_CODE))).toBe(true);
    const bureau = await api.gql(query, {}, tokens['demo-bureau']);
    expect(bureau.data!.orgUnits.length).toBeGreaterThan(units.length);
    const other = await api.gql(`query($id: ID!) { orgUnit(id: $id) { code } }`, { id: String(otherTownship.id) }, tokens['demo-township']);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the database backstop', () => {
  it('row-level security hides out-of-area rows even from a query that skips the ORM filter', async () => {
    const client = await api.db.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('role', 'retiree_app', true), set_config('app.org_path', $1, true)`, [demoTownship.path]);
      const { rows } = await client.query(`select count(*)::int as n, count(*) filter (where org_path not like $1)::int as outside from retiree`, [`${demoTownship.path}%`]);
      expect(rows[0].n).toBe(await countUnder(demoTownship.path));
      expect(rows[0].outside).toBe(0);
      await client.query('rollback');
      await client.query('begin');
      await client.query(`select set_config('role', 'retiree_app', true)`);
      const unscoped = await client.query(`select count(*)::int as n from retiree`);
      expect(unscoped.rows[0].n).toBe(0);
      const payments = await client.query(`select count(*)::int as n from pension_payment`);
      expect(payments.rows[0].n).toBe(0);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it('a request context without a scope is refused by the ORM filter rather than seeing everything', async () => {
    const em = api.platform.orm.em.fork();
    const { Retiree } = await import('../src/modules/retiree/retiree.entity.js');
    await expect(em.find(Retiree, {}, { limit: 1 })).rejects.toThrow();
  });
});

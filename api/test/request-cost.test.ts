import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.js';

/** SQL statements the API sent, as logged by the ORM (transaction control excluded). */
const statements: string[] = [];

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({}, {
    orm: {
      debug: ['query'],
      logger: (message: string) => {
        if (/\b(select|insert|update|delete|with)\b/i.test(message) && !/\b(begin|commit|rollback)\b/i.test(message)) statements.push(message);
      },
    },
  });
});
afterAll(() => api?.stop());

async function countStatements(run: () => Promise<unknown>): Promise<number> {
  statements.length = 0;
  await run();
  return statements.length;
}

describe('SQL statements per request (DESIGN.md §8: a detail page costs at most 5)', () => {
  it('the detail page — profile, family, 12 months of payments, history — takes at most 5 statements', async () => {
    const token = await api.login('demo-township');
    const { rows } = await api.db.query(`select r.id from retiree r join org_unit o on o.id = r.township_id and o.code = '330683001' order by r.id limit 1`);
    const query = `query($id: ID!) { retiree(id: $id) { id name idNumber community { name } township { name } familyMembers { name relation } payments { period amount paidDate } history { field } } }`;
    const n = await countStatements(async () => {
      const res = await api.gql(query, { id: String(rows[0].id) }, token);
      expect(res.errors).toBeUndefined();
    });
    expect(n).toBeLessThanOrEqual(5);
  });

  it('a page of 100 retirees with their family members costs the same few statements as a page of 1 (no N+1)', async () => {
    const token = await api.login('demo-bureau');
    const query = `query($n: Int) { retirees(limit: $n) { total items { name familyMembers { name } payments(months: 3) { amount } community { name } } } }`;
    const one = await countStatements(() => api.gql(query, { n: 1 }, token));
    const hundred = await countStatements(() => api.gql(query, { n: 100 }, token));
    expect(hundred).toBe(one);
    expect(hundred).toBeLessThanOrEqual(5);
  });
});

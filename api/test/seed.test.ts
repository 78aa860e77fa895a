import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { dropDatabase, ensureDatabase, withDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { seedCity } from '../src/seed/load.js';
import { DEMO_CLIENT_SECRET, DEMO_PASSWORD } from './support/test-city.js';

const created: string[] = [];
const serverUrl = () => inject('serverUrl');

afterAll(async () => {
  for (const name of created) await dropDatabase(serverUrl(), name);
});

/** Seeds a fresh database and returns a fingerprint of everything a person would see in it. */
async function seededFingerprint(seed: number): Promise<{ digest: string; retirees: number }> {
  const name = `rp_seed_${seed}_${created.length}_${process.pid}`;
  created.push(name);
  await ensureDatabase(serverUrl(), name);
  const url = withDatabase(serverUrl(), name);
  await prepareDatabase(url);
  await seedCity(url, { retirees: 400, seed, demoPassword: DEMO_PASSWORD, demoClientSecret: DEMO_CLIENT_SECRET });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`
      select md5(string_agg(x, '|' order by x)) as digest, count(*) filter (where kind = 'r')::int as retirees from (
        select 'r' as kind, concat_ws(',', id, id_number, name, gender, birth_date, retirement_date, employer, hukou_address, residence_address, community_id, status, monthly_pension, bank_account, phone) as x from retiree
        union all select 'f', concat_ws(',', retiree_id, relation, name, id_number, phone, is_next_of_kin) from family_member
        union all select 'p', concat_ws(',', retiree_id, period, amount, paid_date) from pension_payment
        union all select 'o', concat_ws(',', code, name, path, contact_phone) from org_unit
      ) t`);
    return rows[0];
  } finally {
    await client.end();
  }
}

describe('the synthetic city', () => {
  it('is the same city for the same seed and a different one for another seed', async () => {
    const a = await seededFingerprint(7);
    const b = await seededFingerprint(7);
    const c = await seededFingerprint(8);
    expect(a.retirees).toBe(400);
    expect(b.digest).toBe(a.digest);
    expect(c.digest).not.toBe(a.digest);
  });
});

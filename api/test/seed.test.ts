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

interface Seeded {
  digest: string;
  retirees: number;
  tasks: number;
  /** Tasks by status. */
  statuses: Record<string, number>;
  /** Rows breaking a rule the API keeps (on-time flags, timelines, links, sequences): all zero. */
  inconsistent: Record<string, number>;
}

/** Seeds a fresh database and returns a fingerprint of everything a person would see in it. */
async function seededFingerprint(seed: number): Promise<Seeded> {
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
        union all select 't', concat_ws(',', id, type, title, priority, status, assignee_unit_id, assignee_staff_id, creator_staff_id, batch_id, retiree_count, due_date,
                                        created_at, sign_deadline, signed_at, signed_by_id, completed_at, completed_by_id, outcome, feedback, score, evaluated_at, return_count) from task
        union all select 'tr', concat_ws(',', task_id, retiree_id, org_path) from task_retiree
        union all select 'te', concat_ws(',', id, task_id, kind, actor_name, note, at) from task_event
      ) t`);
    const statuses = await client.query<{ status: string; n: number }>(`select status, count(*)::int as n from task group by 1`);
    const checks = await client.query(`
      select
        (select count(*)::int from task where signed_on_time is distinct from (signed_at <= sign_deadline)) as signed_on_time,
        (select count(*)::int from task where completed_on_time is distinct from ((completed_at at time zone 'Asia/Shanghai')::date <= due_date)) as completed_on_time,
        (select count(*)::int from task t where retiree_count <> (select count(*) from task_retiree r where r.task_id = t.id)) as retiree_count,
        (select count(*)::int from task_retiree tr join retiree r on r.id = tr.retiree_id where r.org_path <> tr.org_path) as link_area,
        (select count(*)::int from task t where (select kind from task_event e where e.task_id = t.id order by id desc limit 1)::text
           <> case t.status when 'DONE' then 'COMPLETED' else t.status::text end) as last_event,
        (select count(*)::int from task t join staff_user s on s.id = coalesce(t.completed_by_id, t.signed_by_id) where s.org_unit_id <> t.assignee_unit_id) as worker_unit,
        (select count(*)::int from task where id >= nextval(pg_get_serial_sequence('task', 'id'))) as task_sequence,
        -- The monthly rollup its triggers keep through COPY matches the tasks.
        (select count(*)::int from (
           select date_trunc('month', created_at at time zone 'Asia/Shanghai')::date as month, assignee_unit_id, coalesce(completed_by_id, signed_by_id, assignee_staff_id, 0) as person_id,
                  count(*) as received, count(*) filter (where completed_on_time) as on_time, coalesce(sum(score), 0) as score_sum
             from task where status <> 'CANCELLED' group by 1, 2, 3) t
           full join task_month_stats s using (month, assignee_unit_id, person_id)
          where s.received is distinct from t.received or s.completed_on_time is distinct from t.on_time or s.score_sum is distinct from t.score_sum) as month_stats,
        (select count(*)::int from task_event where id >= nextval(pg_get_serial_sequence('task_event', 'id'))) as event_sequence`);
    return {
      digest: rows[0].digest,
      retirees: rows[0].retirees,
      tasks: statuses.rows.reduce((sum, r) => sum + r.n, 0),
      statuses: Object.fromEntries(statuses.rows.map((r) => [r.status, r.n])),
      inconsistent: checks.rows[0],
    };
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

  it('holds a year of work tasks, mostly evaluated, a few still open, every row consistent', async () => {
    const { tasks, statuses, inconsistent } = await seededFingerprint(7);
    // ~0.3 a retiree.
    expect(tasks).toBeGreaterThanOrEqual(100);
    expect(tasks).toBeLessThanOrEqual(140);
    expect(statuses.EVALUATED! / tasks).toBeGreaterThan(0.75);
    // The demo community's inbox at least: three to sign, two in progress.
    expect(statuses.ASSIGNED).toBeGreaterThanOrEqual(3);
    expect(statuses.SIGNED).toBeGreaterThanOrEqual(2);
    expect(Object.values(inconsistent).every((n) => n === 0), JSON.stringify(inconsistent)).toBe(true);
  });
});

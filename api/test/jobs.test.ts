import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.js';
import { openRequestScope } from '../src/http/request-scope.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

async function jobsNamed(task: string): Promise<number> {
  const { rows } = await api.db.query(`select count(*)::int as n from graphile_worker.jobs where task_identifier = $1`, [task]);
  return rows[0].n;
}

describe('the outbox', () => {
  it('a job enqueued in a request transaction exists only if the transaction commits', async () => {
    const rolledBack = api.platform.orm.em.fork();
    await openRequestScope(rolledBack, null);
    await api.platform.jobs.enqueue(rolledBack, 'auth:purge-expired', { reason: 'test' });
    await rolledBack.rollback();
    expect(await jobsNamed('auth:purge-expired')).toBe(0);

    const committed = api.platform.orm.em.fork();
    await openRequestScope(committed, null);
    await api.platform.jobs.enqueue(committed, 'auth:purge-expired', { reason: 'test' }, { jobKey: 'purge-test' });
    await committed.commit();
    expect(await jobsNamed('auth:purge-expired')).toBe(1);
  });

  it('a job key de-duplicates pending jobs', async () => {
    for (let i = 0; i < 3; i++) {
      const em = api.platform.orm.em.fork();
      await openRequestScope(em, null);
      await api.platform.jobs.enqueue(em, 'auth:purge-expired', { i }, { jobKey: 'purge-test' });
      await em.commit();
    }
    expect(await jobsNamed('auth:purge-expired')).toBe(1);
  });

  it('the runner processes the job: expired sessions are purged and the job leaves the queue', async () => {
    await api.db.query(`insert into auth_session (id, subject_kind, subject_id, expires_at) values (gen_random_uuid(), 'STAFF', '1', now() - interval '3 days')`);
    await api.platform.jobs.start(1);
    const deadline = Date.now() + 15_000;
    while ((await jobsNamed('auth:purge-expired')) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await api.platform.jobs.stop();
    expect(await jobsNamed('auth:purge-expired')).toBe(0);
    const { rows } = await api.db.query(`select count(*)::int as n from auth_session where expires_at < now() - interval '1 day'`);
    expect(rows[0].n).toBe(0);
  });

  it('refuses to enqueue a job nobody handles', async () => {
    const em = api.platform.orm.em.fork();
    await openRequestScope(em, null);
    await expect(api.platform.jobs.enqueue(em, 'no:such-job', {})).rejects.toThrow(/unknown job/);
    await em.rollback();
  });
});

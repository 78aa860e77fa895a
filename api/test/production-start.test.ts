import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCredentialsPresent } from '../src/bootstrap.js';
import { startTestApi, type TestApi } from './support/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

function startInProduction(): { status: number | null; output: string } {
  const apiRoot = path.resolve(import.meta.dirname, '..');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiRoot,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: api.databaseUrl, JWT_SECRET: 'x'.repeat(40), PORT: '0', LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('production start-up guard', () => {
  it('refuses to start in production while demo accounts with published passwords exist', () => {
    const run = startInProduction();
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/demo accounts/);
  });

  it('counts only active demo accounts and clients', async () => {
    expect(await demoCredentialsPresent(api.platform)).toBe(true);
    await api.db.query(`update staff_user set active = false where is_demo`);
    expect(await demoCredentialsPresent(api.platform)).toBe(true);
    await api.db.query(`update api_client set active = false where is_demo`);
    expect(await demoCredentialsPresent(api.platform)).toBe(false);
  });
});

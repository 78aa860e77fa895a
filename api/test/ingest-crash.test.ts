/**
 * Reliability: a server killed with SIGKILL in the middle of an ingest leaves nothing behind, and
 * sending the same file again ends in exactly the state one clean run gives.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_SECRET } from './support/test-city.js';
import { startTestApi, type TestApi } from './support/test-api.js';

const PERIODS = [...Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`), ...Array.from({ length: 8 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}`)];

let crashed: TestApi;
let clean: TestApi;
let file: Buffer;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** The real server, in its own process, on the crash test's database. */
async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, PORT: String(port), JWT_SECRET: 'crash-test-secret-crash-test-secret!', LOG_LEVEL: 'error', JOBS_IN_PROCESS: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

async function clientToken(base: string): Promise<string> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation($s: String!) { apiClientLogin(clientId: "demo-integrator", clientSecret: $s) { token } }`, variables: { s: DEMO_CLIENT_SECRET } }),
  });
  return ((await res.json()) as any).data.apiClientLogin.token;
}

/**
 * Uploads the file in slices; `killWhen` decides, from the progress lines seen so far and the bytes
 * sent, when to SIGKILL the server. Resolves with the last NDJSON line, or null if killed.
 */
function upload(base: string, token: string, child: ChildProcess | null, killWhen?: (state: { rowsRead: number; sent: number }) => boolean): Promise<Record<string, any> | null> {
  return new Promise((resolve, reject) => {
    const state = { rowsRead: 0, sent: 0 };
    let killed = false;
    const maybeKill = () => {
      if (!killed && child && killWhen?.(state)) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    const req = http.request(`${base}/imports/payments`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-file-name': 'payments.csv' } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        for (const line of text.split('\n').filter(Boolean)) {
          const parsed = JSON.parse(line);
          if (parsed.type === 'progress') state.rowsRead = parsed.rows;
        }
        maybeKill();
      });
      res.on('end', () => resolve(killed ? null : JSON.parse(text.trim().split('\n').pop()!)));
      res.on('error', () => resolve(null));
    });
    req.on('error', () => (killed ? resolve(null) : reject(new Error('upload failed'))));
    const slice = 64 * 1024;
    const pump = () => {
      if (killed) return req.destroy();
      if (state.sent >= file.length) return req.end(() => setTimeout(maybeKill, 150));
      const chunk = file.subarray(state.sent, state.sent + slice);
      state.sent += chunk.length;
      req.write(chunk, () => setTimeout(pump, 5));
      maybeKill();
    };
    pump();
  });
}

/** Everything an ingest could have touched, as one comparable value. */
async function snapshot(db: pg.Pool) {
  const payments = await db.query(
    `select count(*)::int as n, coalesce(sum(amount), 0)::bigint::text as total,
            md5(string_agg(retiree_id || ':' || period || ':' || amount || ':' || paid_date, ',' order by retiree_id, period)) as digest
       from pension_payment where period < '2021-01'`,
  );
  const batches = await db.query(`select kind, status, received, inserted, updated, unchanged, rejected from import_batch order by id`);
  const errors = await db.query(`select count(*)::int as n from import_error`);
  const staged = await db.query(`select count(*)::int as n from import_stage_payment`);
  return { payments: payments.rows[0], batches: batches.rows, errors: errors.rows[0].n, staged: staged.rows[0].n };
}

beforeAll(async () => {
  [crashed, clean] = await Promise.all([startTestApi(), startTestApi()]);
  const { rows } = await crashed.db.query(`select id_number, name, monthly_pension from retiree order by id`);
  const lines = ['公民身份号码,姓名,发放期间,发放金额（元）,到账日期,银行账号'];
  for (const period of PERIODS) for (const r of rows) lines.push(`${r.id_number},${r.name},${period},${(r.monthly_pension / 100).toFixed(2)},${period}-08,`);
  file = Buffer.from(lines.join('\r\n') + '\r\n');
}, 60_000);
afterAll(async () => {
  await crashed?.stop();
  await clean?.stop();
});

describe('kill -9 in the middle of an ingest', () => {
  it('leaves no batch and no row behind, and re-sending ends exactly where a clean run does', async () => {
    const expected = (() => file.toString('utf8').trim().split('\r\n').length - 1)();

    // 1. Killed while the file is still streaming in (rows staged, transaction open).
    let server = await startServer(crashed.databaseUrl);
    let token = await clientToken(server.base);
    const first = await upload(server.base, token, server.child, (s) => s.rowsRead >= 20_000);
    expect(first).toBeNull();
    await new Promise((r) => server.child.once('exit', r));
    expect(await snapshot(crashed.db)).toMatchObject({ batches: [], errors: 0, staged: 0, payments: { n: 0 } });

    // 2. Killed just after the last byte, while it merges.
    server = await startServer(crashed.databaseUrl);
    token = await clientToken(server.base);
    const second = await upload(server.base, token, server.child, (s) => s.sent >= file.length && s.rowsRead >= expected);
    if (second === null) await new Promise((r) => server.child.exitCode !== null ? r(null) : server.child.once('exit', r));
    else server.child.kill('SIGKILL');
    const afterSecond = await snapshot(crashed.db);
    // Either nothing happened, or (if the merge beat the kill) all of it: never a part.
    expect([0, expected]).toContain(afterSecond.payments.n);
    expect(afterSecond.staged).toBe(0);
    expect(afterSecond.batches.every((b: any) => b.status === 'COMMITTED')).toBe(true);

    // 3. Sent again to a fresh server: completes (or says it already had it).
    server = await startServer(crashed.databaseUrl);
    token = await clientToken(server.base);
    const third = await upload(server.base, token, null);
    expect(third).toMatchObject({ type: 'done' });
    server.child.kill('SIGTERM');

    // The same file through a server that never crashed.
    const cleanToken = (await clean.gql(`mutation($s: String!) { apiClientLogin(clientId: "demo-integrator", clientSecret: $s) { token } }`, { s: DEMO_CLIENT_SECRET })).data!.apiClientLogin.token;
    const cleanRun = await upload(clean.url.replace(/\/graphql$/, ''), cleanToken, null);
    expect(cleanRun).toMatchObject({ type: 'done', replayed: false });

    const [after, reference] = await Promise.all([snapshot(crashed.db), snapshot(clean.db)]);
    expect(after.payments).toEqual(reference.payments);
    expect(after.payments.n).toBe(expected);
    expect(after.batches).toEqual(reference.batches);
    expect(after.batches).toEqual([{ kind: 'PENSION_PAYMENTS', status: 'COMMITTED', received: expected, inserted: expected, updated: 0, unchanged: 0, rejected: 0 }]);
    expect(after.staged).toBe(0);
  }, 180_000);
});

import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { inject } from 'vitest';
import pg from 'pg';
import { loadConfig, type AppConfig } from '../../src/config.js';
import { createLogger } from '../../src/common/logger.js';
import { dropDatabase, withDatabase } from '../../src/db/database.js';
import { closePlatform, createPlatform, type PlatformOptions } from '../../src/bootstrap.js';
import { createHttpApp } from '../../src/http/app.js';
import { createSchema } from '../../src/schema.js';
import type { Platform } from '../../src/platform.js';
import { LogSmsSender } from '../../src/modules/auth/sms-sender.js';
import { TEMPLATE_DATABASE, DEMO_PASSWORD } from './test-city.js';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  status: number;
  headers: Headers;
}

export interface TestApi {
  url: string;
  /** Connection URL of this test's own database. */
  databaseUrl: string;
  platform: Platform;
  sms: LogSmsSender;
  /** The database owner: for checking what is stored, bypassing the API. */
  db: pg.Pool;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null, headers?: Record<string, string>): Promise<GqlResult<T>>;
  login(username: string, password?: string): Promise<string>;
  /** Logs a retiree in by the one-time code (read from the development `devCode`). */
  loginRetiree(retireeId: number): Promise<string>;
  stop(): Promise<void>;
}

let counter = 0;

/** A real API over real HTTP on its own copy of the seeded test city. */
export async function startTestApi(overrides: Partial<AppConfig> = {}, options: Omit<PlatformOptions, 'sms'> = {}): Promise<TestApi> {
  const serverUrl = inject('serverUrl');
  const database = `rp_test_${process.pid}_${++counter}_${Date.now() % 100000}`;
  await createFromTemplate(serverUrl, database);
  const url = withDatabase(serverUrl, database);
  const config: AppConfig = { ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret-test-secret-test-secret!' }), runJobsInProcess: false, ...overrides };
  const log = createLogger('error', false, () => {});
  const sms = new LogSmsSender(() => {});
  const platform = await createPlatform(config, url, log, { ...options, sms });
  const http = await createHttpApp(platform, await createSchema());
  const server: Server = await new Promise((resolve) => {
    const s = http.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const db = new pg.Pool({ connectionString: url, max: 3 });
  // stop() drops the database with FORCE: a connection still closing then is terminated, which is
  // expected, not a test failure (without these listeners it surfaced as an uncaught exception).
  db.on('error', () => {});
  db.on('connect', (client) => client.on('error', () => {}));

  const gql: TestApi['gql'] = async (query, variables, token, headers = {}) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult;
    return { ...body, status: res.status, headers: res.headers } as GqlResult<any>;
  };

  return {
    url: endpoint,
    databaseUrl: url,
    platform,
    sms,
    db,
    gql,
    async login(username, password = DEMO_PASSWORD) {
      const res = await gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
      if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async loginRetiree(retireeId) {
      const { rows } = await db.query('select id_number from retiree where id = $1', [retireeId]);
      const sent = await gql<{ requestLoginCode: { challengeId: string; devCode: string } }>(
        'mutation($id: String!) { requestLoginCode(idNumber: $id) { challengeId devCode } }',
        { id: rows[0].id_number },
      );
      if (!sent.data?.requestLoginCode) throw new Error(`login code for retiree ${retireeId} failed: ${JSON.stringify(sent.errors)}`);
      const { challengeId, devCode } = sent.data.requestLoginCode;
      const res = await gql<{ verifyLoginCode: { token: string } }>('mutation($c: ID!, $code: String!) { verifyLoginCode(challengeId: $c, code: $code) { token } }', { c: challengeId, code: devCode });
      if (!res.data?.verifyLoginCode) throw new Error(`retiree ${retireeId} login failed: ${JSON.stringify(res.errors)}`);
      return res.data.verifyLoginCode.token;
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await http.stop();
      await closePlatform(platform);
      await db.end();
      await dropDatabase(serverUrl, database);
    },
  };
}

async function createFromTemplate(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    // Two files may clone at once; PostgreSQL refuses a template in use, so retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database "${database}" template "${TEMPLATE_DATABASE}"`);
        return;
      } catch (e) {
        if (attempt > 50 || !String(e).includes('being accessed')) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await client.end();
  }
}


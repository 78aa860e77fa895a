/**
 * `pnpm bench` — loads the full synthetic city into a fresh database `rp_bench`, runs the built
 * API in its own process and measures the retiree list (first/deep page, township/bureau,
 * filtered/unfiltered), the detail page, the task inbox and its counts (community and township
 * staff) and the performance report (bureau, township, community) through GraphQL under N
 * concurrent clients, side by side with the same SQL run raw. Writes
 * bench/results/bench-<YYYY-MM-DD-HHMM>.md and latest.md at the repository root and prints the
 * report. Budgets: DESIGN.md §8.
 *
 *   tsx bench/run.ts [--retirees 330000] [--duration 8] [--warmup 2] [--concurrency 20]
 *                    [--reuse] [--no-build] [--explain] [--profile <dir>]
 *
 * --reuse     keep rp_bench when it already holds exactly --retirees retirees (no reload)
 * --no-build  use the existing api/dist (fails clearly when it is missing)
 * --explain   append EXPLAIN (ANALYZE, BUFFERS) of every statement, run as the API runs it (RLS on)
 * --profile   write a V8 CPU profile of the measured API process into <dir> (node --cpu-prof)
 *
 * How the "raw" SQL is obtained: a first API process runs with capture-sql.mjs preloaded, which
 * writes every statement handed to node-postgres to stdout exactly as sent; the bench sends each
 * scenario's request to it once and keeps what ran from `begin` to `commit`. MikroORM inlines the
 * parameters itself (AbstractSqlConnection.execute → platform.formatQuery), so those texts — begin,
 * the request-scope statement of http/request-scope.ts, the work, commit — are exactly what
 * PostgreSQL received. (The ORM's debug log is not: it strips newlines.) The measured API is a
 * second process without the preload.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig, repoRoot } from '../src/config.js';
import { dropDatabase, ensureDatabase, openDatabase, withDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { demoCredentialsFromEnv, DEMO_USERNAMES } from '../src/seed/demo.js';
import { seedCity } from '../src/seed/load.js';
import { DEFAULT_SEED } from '../src/seed/sizes.js';
import { builtApi } from './build-api.js';
import { CAPTURE_SQL_HOOK, captureStatements, GraphQLClient, startApi, type ApiProcess } from './api-process.js';
import { cpuSeconds, postmasterPid, watchOtherCpu } from './cpu.js';
import { closedLoop, type LoopOptions } from './load-loop.js';
import { renderReport, sqlAppendix, workStatements, type ReportInput, type ScenarioResult } from './report.js';
import { benchParams, buildScenarios, checkResponse, type Actor, type Scenario } from './scenarios.js';

const BENCH_DATABASE = 'rp_bench';
const TOWNSHIP_CODE = '330683001'; // 剡湖街道, demo-township's area
const DETAIL_IDS = 200;
const JWT_SECRET = 'bench-only-secret-0123456789abcdef0123456789';
/** A scenario during which other processes used more than this share of the CPUs is run again once. */
const DISTURBED = 0.05;

// DATE columns as strings, as the API reads them (mikro-orm.config.ts): the raw side does the same work.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

const log = (m: string) => console.log(`[bench] ${m}`);

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return n;
}

async function retireeCount(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null; // no such database
  }
  try {
    const { rows } = await client.query<{ n: number }>(`select case when to_regclass('retiree') is null then null else (select count(*)::int from retiree) end as n`);
    return rows[0]?.n ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  const { values } = parseArgs({
    options: {
      reuse: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      profile: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      concurrency: { type: 'string' },
      retirees: { type: 'string' },
    },
  });
  const retirees = Math.round(positiveInt('retirees', values.retirees, 330_000));
  const concurrency = Math.round(positiveInt('concurrency', values.concurrency, 20));
  const loop: LoopOptions = {
    concurrency,
    durationMs: positiveInt('duration', values.duration, 8) * 1000,
    warmupMs: values.warmup === '0' ? 0 : positiveInt('warmup', values.warmup, 2) * 1000,
  };

  const { mainJs } = builtApi({ build: !values['no-build'], log });
  const loadBefore = os.loadavg();
  const idle = watchOtherCpu(() => [process.pid], []);
  await new Promise((r) => setTimeout(r, 1000));
  const busyBefore = idle.stop();

  // The server: DATABASE_URL's, or the embedded cluster in .data/pg (started or reused).
  const config = loadConfig();
  const server = await openDatabase(config, log);
  const adminUrl = new URL(server.url).pathname === `/${BENCH_DATABASE}` ? withDatabase(server.url, 'postgres') : server.url;
  const benchUrl = withDatabase(server.url, BENCH_DATABASE);
  const apis: ApiProcess[] = [];
  const clients: GraphQLClient[] = [];
  let db: pg.Pool | null = null;
  try {
    // 1. A fresh database with the city (or the one a previous run left, with --reuse).
    let load: ReportInput['load'] = null;
    const existing = values.reuse ? await retireeCount(benchUrl) : null;
    if (values.reuse && existing === retirees) {
      log(`reusing ${BENCH_DATABASE} (${retirees.toLocaleString('en-US')} retirees)`);
      await prepareDatabase(benchUrl);
    } else {
      if (values.reuse) log(`${BENCH_DATABASE} holds ${existing ?? 'no'} retirees, not ${retirees}: reloading`);
      await dropDatabase(adminUrl, BENCH_DATABASE);
      await ensureDatabase(adminUrl, BENCH_DATABASE);
      await prepareDatabase(benchUrl);
      log(`loading ${retirees.toLocaleString('en-US')} retirees into ${BENCH_DATABASE}`);
      const summary = await seedCity(benchUrl, { retirees, seed: DEFAULT_SEED, ...demoCredentialsFromEnv(), log: (m) => log(`  seed ${m}`) });
      load = { seconds: summary.totalMs / 1000, phases: summary.phases };
      log(`loaded in ${load.seconds.toFixed(1)} s`);
    }

    db = new pg.Pool({ connectionString: benchUrl, max: concurrency, idleTimeoutMillis: 0, application_name: 'bench-raw' });
    // The cluster stops during cleanup; an idle connection dropping then is expected, not a failure.
    db.on('error', () => {});
    const params = await benchParams(db, TOWNSHIP_CODE, DETAIL_IDS);
    const scenarios = buildScenarios(params);

    const apiEnv = {
      DATABASE_URL: benchUrl,
      NODE_ENV: 'development', // production refuses to start while the demo accounts exist
      LOG_LEVEL: 'warn',
      JOBS_IN_PROCESS: 'false',
      JWT_SECRET,
      NO_COLOR: '1',
      MIKRO_ORM_COLORS: 'false',
    };

    // 2. Log in, and capture each scenario's SQL from an API that logs its queries.
    log('starting the API with the SQL capture preloaded, to record the statements of each request');
    const debugApi = await startApi({ mainJs, cwd: repoRoot, env: apiEnv, nodeArgs: ['--import', CAPTURE_SQL_HOOK], captureStdout: true, label: 'sql-capturing' });
    apis.push(debugApi);
    const debugClient = new GraphQLClient(debugApi.port, 1);
    clients.push(debugClient);
    const { demoPassword } = demoCredentialsFromEnv();
    const tokens = {} as Record<Actor, string>;
    for (const actor of ['township', 'bureau', 'community'] as const) {
      const res = await debugClient.request(
        GraphQLClient.body(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: DEMO_USERNAMES[actor], p: demoPassword }),
      );
      tokens[actor] = res.data.login.token as string;
    }
    for (const s of scenarios) {
      for (const body of s.bodies) {
        const { response, statements } = await captureStatements(debugApi, debugClient, body, tokens[s.actor]);
        const problem = checkResponse(s, response.data);
        if (problem) throw new Error(`${s.title}: ${problem}`);
        s.statements.push(statements);
      }
      log(`captured ${s.key}: ${workStatements(s.statements[0]!)} statements (+ begin/commit)`);
    }
    await debugApi.stop();

    // 3. The measured API, without query logging.
    log('starting the API to measure');
    const nodeArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values.profile)}`] : [];
    const api = await startApi({ mainJs, cwd: repoRoot, env: apiEnv, nodeArgs, label: 'measured' });
    apis.push(api);
    const client = new GraphQLClient(api.port, concurrency);
    clients.push(client);

    // Other processes' CPU, to tell a disturbed run: everything but this process, the API and the cluster.
    const clusterPid = config.databaseUrl ? null : postmasterPid(config.dataDir);
    const ours = () => [process.pid, api.child.pid ?? -1, ...(clusterPid ? [clusterPid] : [])];
    const measure = async (s: Scenario): Promise<ScenarioResult> => {
      const token = tokens[s.actor];
      const cpu = watchOtherCpu(ours, clusterPid ? [clusterPid] : []);
      // CPU per request of the API process and of PostgreSQL (postmaster and backends), each side.
      const apiPid = [api.child.pid ?? -1];
      const pgPids = clusterPid ? [clusterPid] : [];
      const api0 = cpuSeconds(apiPid);
      const pg0 = clusterPid ? cpuSeconds(pgPids, pgPids) : null;
      const graphql = await closedLoop(loop, async (_w, i) => {
        await client.request(s.bodies[i % s.bodies.length]!, token);
      });
      const api1 = cpuSeconds(apiPid);
      const pg1 = clusterPid ? cpuSeconds(pgPids, pgPids) : null;
      const client0 = process.cpuUsage();
      const raw = await closedLoop(loop, (_w, i) => runRaw(db!, s.statements[i % s.statements.length]!));
      const clientUsage = process.cpuUsage(client0);
      const pg2 = clusterPid ? cpuSeconds(pgPids, pgPids) : null;
      const perRequest = (a: number | null, b: number | null, n: number) => (a === null || b === null || !n ? null : ((b - a) * 1000) / n);
      return {
        scenario: s,
        graphql,
        raw,
        otherCpu: cpu.stop(),
        cpuMs: {
          api: perRequest(api0, api1, graphql.completed),
          pgGraphql: perRequest(pg0, pg1, graphql.completed),
          pgRaw: perRequest(pg1, pg2, raw.completed),
          rawClient: raw.completed ? (clientUsage.user + clientUsage.system) / 1000 / raw.completed : null,
        },
      };
    };
    const results: ScenarioResult[] = [];
    for (const s of scenarios) {
      await awaitQuiet(ours, clusterPid ? [clusterPid] : []);
      let r = await measure(s);
      if ((r.otherCpu ?? 0) > DISTURBED) {
        log(`${s.key}: other processes used ${((r.otherCpu ?? 0) * 100).toFixed(0)} % of the CPUs meanwhile: measuring again`);
        await awaitQuiet(ours, clusterPid ? [clusterPid] : []);
        const again = await measure(s);
        if ((again.otherCpu ?? 0) <= (r.otherCpu ?? 0)) r = again;
      }
      results.push(r);
      const { graphql, raw } = r;
      // Nothing got through (the database went away, the API died): stop rather than measure errors for minutes.
      if (!graphql.requests || !raw.requests) {
        throw new Error(`${s.key}: no request succeeded (GraphQL: ${graphql.firstError ?? 'none failed'}; raw: ${raw.firstError ?? 'none failed'})${api.child.exitCode !== null ? `\nAPI output:\n${api.tail()}` : ''}`);
      }
      log(
        `${s.key.padEnd(12)} GraphQL p50 ${graphql.p50.toFixed(1)} p95 ${graphql.p95.toFixed(1)} ms ${Math.round(graphql.throughput)} req/s · raw p50 ${raw.p50.toFixed(1)} p95 ${raw.p95.toFixed(1)} ms ${Math.round(raw.throughput)} req/s · ratio ${(graphql.throughput / raw.throughput).toFixed(2)}${graphql.errors || raw.errors ? ` · errors ${graphql.errors}/${raw.errors}` : ''}${r.otherCpu !== null ? ` · other CPU ${(r.otherCpu * 100).toFixed(0)} %` : ''}`,
      );
    }
    await api.stop();

    // 4. The report.
    const appendix = sqlAppendix(results);
    if (values.explain) appendix.push('', ...(await explainAll(db, scenarios)));
    const info = await db.query(
      `select version() as version,
              (select count(*)::int from retiree) as retirees, (select count(*)::int from family_member) as family,
              (select count(*)::int from pension_payment) as payments, (select count(*)::int from retiree_change) as changes,
              (select count(*)::int from org_unit where level = 'TOWNSHIP') as townships, (select count(*)::int from org_unit where level = 'COMMUNITY') as communities,
              (select count(*)::int from task) as tasks, (select count(*)::int from task_retiree) as task_retirees, (select count(*)::int from task_event) as task_events,
              current_setting('shared_buffers') as shared_buffers, current_setting('work_mem') as work_mem, current_setting('max_connections') as max_connections,
              current_setting('synchronous_commit') as synchronous_commit`,
    );
    const row = info.rows[0];
    const report = renderReport({
      startedAt,
      machine: {
        cpus: os.availableParallelism(),
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGiB: os.totalmem() / 1024 ** 3,
        node: process.version,
        postgres: String(row.version).split(' on ')[0]!,
        pgSettings: `shared_buffers ${row.shared_buffers}, work_mem ${row.work_mem}, max_connections ${row.max_connections}, synchronous_commit ${row.synchronous_commit}`,
        loadBefore,
        busyBefore,
      },
      dataset: {
        retirees: row.retirees,
        familyMembers: row.family,
        payments: row.payments,
        changes: row.changes,
        townships: row.townships,
        communities: row.communities,
        tasks: row.tasks,
        taskRetirees: row.task_retirees,
        taskEvents: row.task_events,
        townshipName: params.townshipName,
        townshipRetirees: params.townshipRetirees,
      },
      load,
      options: { concurrency, warmupS: loop.warmupMs / 1000, durationS: loop.durationMs / 1000 },
      results,
      benchSeconds: (performance.now() - t0) / 1000,
      appendix,
    });
    const dir = path.join(repoRoot, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const pad = (n: number) => String(n).padStart(2, '0');
    const d = startedAt;
    const file = path.join(dir, `bench-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}.md`);
    writeFileSync(file, report);
    writeFileSync(path.join(dir, 'latest.md'), report);
    console.log(`\n${report}`);
    log(`written to ${path.relative(repoRoot, file)} and bench/results/latest.md (${((performance.now() - t0) / 1000).toFixed(0)} s in all)`);
  } catch (error) {
    // Said before cleaning up: a cleanup that hangs (a cluster stopped from outside) must not swallow it.
    console.error('[bench] failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    for (const c of clients) c.close();
    for (const a of apis) await a.stop().catch(() => {});
    await withTimeout(db?.end(), 5000);
    await withTimeout(server.close(), 15_000);
  }
}

/** Before a scenario: waits (up to 60 s) for other processes to leave the CPUs alone. */
async function awaitQuiet(ours: () => number[], parents: number[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  let said = false;
  for (;;) {
    const watch = watchOtherCpu(ours, parents);
    await new Promise((r) => setTimeout(r, 1000));
    const other = watch.stop();
    if (other === null || other <= DISTURBED) return;
    if (Date.now() > deadline) {
      log(`other processes still use ${(other * 100).toFixed(0)} % of the CPUs: measuring anyway`);
      return;
    }
    if (!said) log(`other processes use ${(other * 100).toFixed(0)} % of the CPUs: waiting up to 60 s for quiet`);
    said = true;
  }
}

/** Waits for `promise` at most `ms` (cleanup only: its failure or hang is not the bench's result). */
async function withTimeout(promise: Promise<unknown> | undefined, ms: number): Promise<void> {
  if (!promise) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise.catch(() => {}), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** One request's statements on one pooled connection, in order, as the API's transaction runs them. */
async function runRaw(pool: pg.Pool, statements: readonly string[]): Promise<void> {
  const conn = await pool.connect();
  try {
    for (const sql of statements) await conn.query(sql);
  } catch (e) {
    conn.release(e as Error); // a connection left mid-transaction is discarded, not reused
    throw e;
  }
  conn.release();
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement after the request-scope statement, in a rolled-back transaction. */
async function explainAll(pool: pg.Pool, scenarios: Scenario[]): Promise<string[]> {
  const out = ['<details><summary>EXPLAIN (ANALYZE, BUFFERS), role retiree_app with the request scope set</summary>', ''];
  const conn = await pool.connect();
  try {
    for (const s of scenarios) {
      const statements = s.statements[0]!.filter((x) => !/^(begin|commit|rollback)\b/i.test(x));
      const [scope, ...work] = statements;
      await conn.query('begin');
      try {
        await conn.query(scope!);
        for (const sql of work) {
          const { rows } = await conn.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`);
          out.push(`**${s.title}**`, '', '```', sql, '', ...rows.map((r) => r['QUERY PLAN']), '```', '');
        }
      } finally {
        await conn.query('rollback');
      }
    }
  } finally {
    conn.release();
  }
  out.push('</details>');
  return out;
}

const stopOnSignal = (signal: NodeJS.Signals) => {
  console.error(`[bench] ${signal}: stopping`);
  process.exit(130); // the exit hook in api-process.ts kills the API processes
};
process.on('SIGINT', stopOnSignal);
process.on('SIGTERM', stopOnSignal);

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error('[bench] failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

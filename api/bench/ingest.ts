/**
 * `pnpm bench:ingest` — the data hub on the full city: loads the synthetic city into a fresh
 * `rp_bench_ingest`, generates a realistic month of feeds with the simulator, runs the built API
 * in its own process and sends each feed as an integrator's file upload (streamed, applied at once):
 *
 *   1. the provincial full sync: every retiree (330,000 rows) with the month's changes and new retirements;
 *   2. a month of payments (the period's rows are removed first, so all 330,000 are inserted);
 *   3. a month of shared-data events (~50,000);
 * then each again as a new delivery with identical content (must change 0 rows), and one file
 * re-sent byte for byte (answered from the earlier batch). Reports wall time from the first byte
 * sent to the last answer line, the batch's counts, the API process's peak RSS during the upload,
 * and how many new retirees zero-trip check-in placed (and how many of those where the simulator
 * meant them to be). Budgets: the issue's (60 s / 60 s / 15 s, identical re-send 0 rows).
 * Then the fund-risk scan on the result, timed and checked against the simulator's ground truth
 * (risk-accuracy.ts).
 *
 *   tsx bench/ingest.ts [--size full|<n>] [--no-build] [--reuse-sim]
 */
import 'reflect-metadata';
import { appendFileSync, createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import pg from 'pg';
import { loadConfig, repoRoot } from '../src/config.js';
import { dropDatabase, ensureDatabase, openDatabase, withDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { RETIREE_COLUMNS } from '../src/modules/import/feed-formats.js';
import { demoCredentialsFromEnv } from '../src/seed/demo.js';
import { DEFAULT_TODAY, generateCity } from '../src/seed/generate.js';
import { seedCity } from '../src/seed/load.js';
import { DEFAULT_SEED, parseCitySize } from '../src/seed/sizes.js';
import { builtApi } from './build-api.js';
import { benchCertification, benchRisk, renderCertification, renderRisk } from './risk-accuracy.js';
import { GraphQLClient, HOST, startApi, type ApiProcess } from './api-process.js';

const DATABASE = 'rp_bench_ingest';
const JWT_SECRET = 'bench-only-secret-0123456789abcdef0123456789';
const log = (m: string) => console.log(`[bench:ingest] ${m}`);

interface Run {
  label: string;
  feed: 'retirees' | 'life-events' | 'payments';
  file: string;
  budgetSeconds: number | null;
  /** An identical re-send: must insert and update nothing. */
  expectNoChange: boolean;
  /** The very same bytes again: answered from the earlier batch without touching anything. */
  replay?: boolean;
}

interface Measured extends Run {
  seconds: number;
  rows: number;
  bytes: number;
  peakRssMb: number;
  batch: { id: string; replayed: boolean; received: number; inserted: number; updated: number; unchanged: number; rejected: number; warnings: number; outcome: Record<string, number> };
}

async function main() {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'full' }, 'no-build': { type: 'boolean', default: false }, 'reuse-sim': { type: 'boolean', default: false } } });
  const retirees = parseCitySize(values.size!);
  const { mainJs } = builtApi({ build: !values['no-build'], log });

  const config = loadConfig();
  const server = await openDatabase(config, log);
  const adminUrl = server.url;
  const url = withDatabase(server.url, DATABASE);
  let api: ApiProcess | null = null;
  const db = new pg.Pool({ connectionString: url, max: 2 });
  db.on('error', () => {});
  try {
    // 1. A fresh city, and the month the simulator makes for it.
    await dropDatabase(adminUrl, DATABASE);
    await ensureDatabase(adminUrl, DATABASE);
    await prepareDatabase(url);
    log(`loading ${retirees.toLocaleString('en-US')} retirees into ${DATABASE}`);
    await seedCity(url, { retirees, seed: DEFAULT_SEED, ...demoCredentialsFromEnv(), log: () => {} });

    const simDir = path.join(repoRoot, '.data', 'sim', `bench-${DEFAULT_SEED}-${retirees}-${DEFAULT_TODAY}`);
    if (!values['reuse-sim'] || !existsSync(path.join(simDir, 'summary.json'))) {
      log('simulating a month of feeds');
      const sim = spawnSync(process.execPath, ['--import', 'tsx', 'src/simulate/cli.ts', '--seed', String(DEFAULT_SEED), '--size', String(retirees), '--today', DEFAULT_TODAY, '--out', simDir], { cwd: path.join(repoRoot, 'api'), stdio: 'inherit' });
      if (sim.status !== 0) throw new Error('the simulator failed (see above)');
    }
    const fullSync = path.join(simDir, 'bench-retirees-full-sync.csv');
    const rowsInFullSync = await writeFullSync(simDir, fullSync, retirees);
    const resend = (file: string) => {
      // Same rows, other bytes (one more empty line): a new delivery that must change nothing.
      const copy = file.replace(/(\.\w+)$/, '-resent$1');
      writeFileSync(copy, readFileSync(file));
      if (copy.endsWith('.csv')) appendFileSync(copy, '\r\n');
      return copy;
    };

    // 2. The API, in its own process; the integrator's token.
    api = await startApi({ mainJs, cwd: repoRoot, env: { DATABASE_URL: url, NODE_ENV: 'development', LOG_LEVEL: 'warn', JOBS_IN_PROCESS: 'false', JWT_SECRET }, label: 'measured' });
    const client = new GraphQLClient(api.port, 1);
    const login = await client.request(GraphQLClient.body(`mutation($s: String!) { apiClientLogin(clientId: "demo-integrator", clientSecret: $s) { token } }`, { s: demoCredentialsFromEnv().demoClientSecret }));
    const token: string = login.data.apiClientLogin.token;

    const period = (await db.query<{ period: string }>(`select max(period) as period from pension_payment`)).rows[0]!.period;
    log(`removing the seeded payments of ${period}, so that the month's file inserts them`);
    await db.query(`delete from pension_payment where period = $1`, [period]);
    await db.query('vacuum analyze pension_payment');

    const runs: Run[] = [
      { label: '省集中系统全量同步（全部退休人员 + 本月新增与变更）', feed: 'retirees', file: fullSync, budgetSeconds: 60, expectNoChange: false },
      { label: '同一全量数据再次发送（新批次）', feed: 'retirees', file: resend(fullSync), budgetSeconds: 60, expectNoChange: true },
      { label: `养老金发放明细 ${period}`, feed: 'payments', file: path.join(simDir, 'payments.csv'), budgetSeconds: 60, expectNoChange: false },
      { label: '同一发放明细再次发送（新批次）', feed: 'payments', file: resend(path.join(simDir, 'payments.csv')), budgetSeconds: 60, expectNoChange: true },
      { label: '数据高铁共享数据（一个月）', feed: 'life-events', file: path.join(simDir, 'life-events.csv'), budgetSeconds: 15, expectNoChange: false },
      { label: '同一共享数据再次发送（新批次）', feed: 'life-events', file: resend(path.join(simDir, 'life-events.csv')), budgetSeconds: 15, expectNoChange: true },
      { label: '同一共享数据，XLSX 文件（新批次）', feed: 'life-events', file: path.join(simDir, 'life-events.xlsx'), budgetSeconds: 15, expectNoChange: true },
      { label: '同一文件原样重发（按文件摘要去重）', feed: 'life-events', file: path.join(simDir, 'life-events.csv'), budgetSeconds: null, expectNoChange: true, replay: true },
    ];
    const measured: Measured[] = [];
    for (const run of runs) {
      await db.query('checkpoint');
      const result = await measure(api, client, token, run);
      log(`${run.label}: ${result.seconds.toFixed(1)} s, ${JSON.stringify(result.batch)}`);
      measured.push(result);
    }
    const placement = await placementAccuracy(db, simDir);
    await api.stop();
    api = null;
    log('scanning for fund risks (incremental, then the whole city) and checking against the ground truth');
    const lifeEvents = measured.find((m) => m.feed === 'life-events' && !m.expectNoChange)!;
    const risk = await benchRisk(url, simDir, lifeEvents.batch.id);
    const certification = await benchCertification(url, simDir);
    const report = render(measured, placement, { retirees, rowsInFullSync, period }) + '\n' + renderRisk(risk) + '\n' + renderCertification(certification);
    const out = path.join(repoRoot, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'ingest-latest.md'), report);
    console.log(`\n${report}`);
  } finally {
    await api?.stop();
    await db.end();
    await server.close();
  }
}

/** Every seeded retiree as the provincial system would send them, with the month's rows in place. */
async function writeFullSync(simDir: string, target: string, retirees: number): Promise<number> {
  const month = parseCsv(await readFile(path.join(simDir, 'retirees.csv')), { bom: true }) as string[][];
  const [header, ...rows] = month;
  const byId = new Map(rows.map((r) => [r[0]!, r]));
  const city = generateCity({ seed: DEFAULT_SEED, retirees });
  const lines: string[] = [stringify([header!], { record_delimiter: '\r\n' })];
  let count = 0;
  for (const r of city.retirees()) {
    const changed = byId.get(r.idNumber);
    byId.delete(r.idNumber);
    const cells = changed ?? [r.idNumber, r.name, r.retirementDate, r.employer, r.hukouAddress, r.residenceAddress, (r.monthlyPension / 100).toFixed(2), r.bankName, r.bankAccount, r.citizenCardNo ?? '', r.phone ?? ''];
    lines.push(stringify([cells], { record_delimiter: '\r\n' }));
    count++;
  }
  for (const r of byId.values()) {
    lines.push(stringify([r], { record_delimiter: '\r\n' }));
    count++;
  }
  if (header!.length !== RETIREE_COLUMNS.length) throw new Error('the simulator wrote another retiree layout than feed-formats.ts');
  writeFileSync(target, '\uFEFF' + lines.join(''));
  return count;
}

/** Streams one file to POST /imports/:feed and follows the NDJSON answer; samples the API's RSS meanwhile. */
async function measure(api: ApiProcess, client: GraphQLClient, token: string, run: Run): Promise<Measured> {
  const bytes = statSync(run.file).size;
  let peakRss = rssMb(api.child.pid!);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(api.child.pid!))), 100);
  const started = performance.now();
  const last = await new Promise<Record<string, any>>((resolve, reject) => {
    const req = http.request({ host: HOST, port: api.port, path: `/imports/${run.feed}`, method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-file-name': encodeURIComponent(path.basename(run.file)) } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => resolve(JSON.parse(text.trim().split('\n').pop()!)));
    });
    req.on('error', reject);
    createReadStream(run.file).pipe(req);
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (last.type !== 'done') throw new Error(`${run.label}: ${JSON.stringify(last)}`);
  const res = await client.request(
    GraphQLClient.body(`query($id: ID!) { importBatch(id: $id) { id received inserted updated unchanged rejected warnings outcome { placedInCommunity awaitingPlacement matched pendingReview unmatched } } }`, { id: last.batchId }),
    token,
  );
  const batch = { ...res.data.importBatch, replayed: last.replayed };
  if (run.replay) {
    // The answer names the earlier batch; its counts are that batch's. Nothing was staged or written now.
    if (!batch.replayed) throw new Error(`${run.label} was not recognised as already imported`);
    Object.assign(batch, { inserted: 0, updated: 0, unchanged: 0, rejected: 0, warnings: 0 });
  } else if (run.expectNoChange && (batch.inserted || batch.updated)) {
    throw new Error(`${run.label} changed rows: ${JSON.stringify(batch)}`);
  }
  return { ...run, seconds, rows: batch.received, bytes, peakRssMb: peakRss, batch };
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Where zero-trip check-in put the month's new retirees, against where the simulator meant them to live. */
async function placementAccuracy(db: pg.Pool, simDir: string) {
  const truth = JSON.parse(await readFile(path.join(simDir, 'ground-truth.json'), 'utf8')) as { newRetirees?: { idNumber: string; intendedCommunityCode?: string | null; communityCode?: string | null }[] };
  const intended = new Map((truth.newRetirees ?? []).map((n) => [n.idNumber, n.intendedCommunityCode ?? n.communityCode ?? null]));
  const { rows } = await db.query<{ id_number: string; code: string | null }>(
    `select r.id_number, c.code from retiree r left join org_unit c on c.id = r.community_id where r.id_number = any($1)`,
    [[...intended.keys()]],
  );
  let placed = 0;
  let right = 0;
  for (const r of rows) {
    if (!r.code) continue;
    placed++;
    if (intended.get(r.id_number) === r.code) right++;
  }
  return { total: intended.size, found: rows.length, placed, right };
}

function render(runs: Measured[], placement: { total: number; found: number; placed: number; right: number }, info: { retirees: number; rowsInFullSync: number; period: string }): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const lines = [
    `# Ingest bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Full city: ${n(info.retirees)} retirees, 12 months of payments; the built API in its own process; each file streamed to \`POST /imports/:feed\` as the integrator (applied at once). Seconds from the first byte sent to the last answer line.`,
    '',
    '| delivery | rows | MB | seconds | rows/s | inserted | updated | unchanged | rejected | warnings | API peak RSS MB | budget | |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|:---:|',
    ...runs.map((r) => {
      const within = r.budgetSeconds === null || r.seconds <= r.budgetSeconds;
      const noChange = !r.expectNoChange || (!r.batch.inserted && !r.batch.updated);
      const budget = [r.budgetSeconds ? `≤ ${r.budgetSeconds} s` : '', r.expectNoChange ? '0 rows changed' : ''].filter(Boolean).join(', ');
      return `| ${r.label}${r.batch.replayed ? `（答复：已导入过，批次 #${r.batch.id}）` : ''} | ${n(r.rows)} | ${(r.bytes / 1048576).toFixed(1)} | ${r.seconds.toFixed(1)} | ${n(Math.round(r.rows / r.seconds))} | ${n(r.batch.inserted)} | ${n(r.batch.updated)} | ${n(r.batch.unchanged)} | ${n(r.batch.rejected)} | ${n(r.batch.warnings)} | ${r.peakRssMb.toFixed(0)} | ${budget} | ${within && noChange ? '✅' : '❌'} |`;
    }),
    '',
    `Full sync file: ${n(info.rowsInFullSync)} rows. Payment period ${info.period}: its seeded rows were deleted first.`,
    '',
    '## Zero-trip check-in',
    '',
    `New retirements in the month: ${n(placement.total)}; placed in a community automatically: ${n(placement.placed)} (${((placement.placed / Math.max(1, placement.total)) * 100).toFixed(1)} %), the rest sent to their township or the bureau to place. Placed where the simulator meant them to live: ${n(placement.right)} of ${n(placement.placed)}.`,
    '',
    '## Life events',
    '',
    (() => {
      const e = runs.find((r) => r.feed === 'life-events' && !r.expectNoChange)?.batch.outcome ?? {};
      return `Matched by ID number: ${n(e.matched ?? 0)}; to staff review (no usable ID, or the ID's owner has another name): ${n(e.pendingReview ?? 0)}; for nobody we know (reported, kept): ${n(e.unmatched ?? 0)}.`;
    })(),
    '',
  ];
  return lines.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * `pnpm bench:certification` — the 12-month backtest of passive certification. Seeds the city into
 * its own database (`rp_bench_certification`), loads a simulated year of hospital visits, card
 * uses and death reports (src/simulate/signal-history.ts), and for each threshold of a curve
 * replays the year as the nightly job would have lived it, in a transaction rolled back afterwards:
 * at each month's end, the month's shared-data delivery arrives (deaths registered by then become
 * matched records) and `certifyPassively` runs as of that day. At the year's end (the city's today)
 * it measures, against the simulator's truth:
 *
 *   - coverage: living ACTIVE retirees with a valid passive certification / living ACTIVE retirees;
 *   - false certifications: certified on a signal dated after the death, per 10,000 certified;
 *   - certified on a true sign of life, died since, death not yet known (per 10,000 certified).
 *
 * Why month ends: the shared-data feed arrives as a monthly delivery (the simulator's unit), and
 * between deliveries a score can only decay — a daily run adds nothing the month-end run after the
 * delivery does not, except for staff visits, which are recorded the day they happen and so are
 * seen here up to a month older (conservative at thresholds above one visit's weight).
 *
 * The configured threshold's year is replayed alone, and its run times are the ones reported; the
 * other thresholds' years run two at a time (the machine has two cores, and one replay keeps one
 * busy), each in its own copy of the database — the job takes a lock per database, and two years
 * in one would wait on each other's certification rows.
 *
 *   tsx bench/certification-backtest.ts [--size full|small|<n>] [--coverage 0.105,0.65] [--thresholds 0.2,0.5,…] [--parallel 2] [--reuse-city]
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig, repoRoot } from '../src/config.js';
import { dropDatabase, ensureDatabase, openDatabase, withDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { certifyPassively, type CertificationModel } from '../src/modules/certification/passive-certification.js';
import { isoDay, parseIsoDay } from '../src/seed/calendar.js';
import { demoCredentialsFromEnv } from '../src/seed/demo.js';
import { DEFAULT_TODAY } from '../src/seed/generate.js';
import { seedCity } from '../src/seed/load.js';
import { DEFAULT_SEED, parseCitySize } from '../src/seed/sizes.js';
import { DEFAULT_SIGNAL_COVERAGE } from '../src/simulate/rates.js';
import { historyContext, historyMonths, type HistoryMonth } from '../src/simulate/signal-history.js';
import { DEATH_RECORD_TABLE, loadHistory, type LoadedHistory } from './certification-history.js';
import { renderBacktest, type CoverageRun, type ThresholdResult } from './certification-report.js';
import { certifiedAfterDeath, validOn } from './certification-truth.js';

const DATABASE = 'rp_bench_certification';
const DEFAULT_THRESHOLDS = '0.2,0.3,0.4,0.5,0.6,0.8,1.0,1.2,1.5';
/** The dense feed: ~65 % of living retirees seen in a month (rates.ts). */
const DENSE_SIGNAL_COVERAGE = 0.65;
const log = (m: string) => console.log(`[bench:certification] ${m}`);

function numberList(raw: string, name: string): number[] {
  const values = raw.split(',').map((x) => Number(x.trim()));
  if (!values.length || values.some((v) => !Number.isFinite(v) || v < 0)) throw new Error(`--${name} must be a comma-separated list of numbers, got "${raw}"`);
  return values;
}

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'full' },
      coverage: { type: 'string', default: `${DEFAULT_SIGNAL_COVERAGE},${DENSE_SIGNAL_COVERAGE}` },
      thresholds: { type: 'string', default: DEFAULT_THRESHOLDS },
      parallel: { type: 'string', default: '2' },
      'reuse-city': { type: 'boolean', default: false },
    },
  });
  const retirees = parseCitySize(values.size!);
  const coverages = numberList(values.coverage!, 'coverage');
  const thresholds = numberList(values.thresholds!, 'thresholds');
  const parallel = Math.max(1, Math.floor(Number(values.parallel)) || 1);
  const config = loadConfig();
  const server = await openDatabase(config, log);
  const url = withDatabase(server.url, DATABASE);
  try {
    await prepareCity(server.url, url, retirees, values['reuse-city']!);
    const runs: CoverageRun[] = [];
    for (const signalCoverage of coverages) {
      const ctx = historyContext({ seed: DEFAULT_SEED, retirees, today: DEFAULT_TODAY, signalCoverage });
      const started = performance.now();
      const history = await loadHistory(url, ctx);
      log(`coverage ${signalCoverage}: loaded ${history.signals.toLocaleString('en-US')} signs of life and ${history.deathRecords.toLocaleString('en-US')} death records in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      const copies = await copyDatabase(server.url, parallel - 1);
      try {
        runs.push({ signalCoverage, history, results: await replayCurve([url, ...copies.urls], thresholds, config.certification, ctx.months, history) });
      } finally {
        for (const name of copies.names) await dropDatabase(server.url, name);
      }
    }
    const report = renderBacktest({ retirees, months: historyMonths(parseIsoDay(DEFAULT_TODAY)), model: config.certification, runs });
    const out = path.join(repoRoot, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'certification-latest.md'), report);
    console.log(`\n${report}`);
  } finally {
    await server.close();
  }
}

/** A freshly seeded city, or (with --reuse-city) the one already there when it has the right size. */
async function prepareCity(serverUrl: string, url: string, retirees: number, reuse: boolean): Promise<void> {
  if (reuse && (await seededRetirees(serverUrl, url)) === retirees) {
    log(`reusing the city in ${DATABASE}`);
    return;
  }
  await dropDatabase(serverUrl, DATABASE);
  await ensureDatabase(serverUrl, DATABASE);
  await prepareDatabase(url);
  log(`loading ${retirees.toLocaleString('en-US')} retirees into ${DATABASE}`);
  await seedCity(url, { retirees, seed: DEFAULT_SEED, today: DEFAULT_TODAY, ...demoCredentialsFromEnv(), log: () => {} });
}

async function seededRetirees(serverUrl: string, url: string): Promise<number | null> {
  const server = new pg.Client({ connectionString: serverUrl });
  await server.connect();
  const exists = (await server.query('select 1 from pg_database where datname = $1', [DATABASE])).rowCount;
  await server.end();
  if (!exists) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(`select count(*) as n from retiree`)).rows[0]!.n);
  } catch {
    return null; // not migrated yet
  } finally {
    await client.end();
  }
}

/** `count` copies of the bench database as it now is, for replays side by side. */
async function copyDatabase(serverUrl: string, count: number): Promise<{ names: string[]; urls: string[] }> {
  const names: string[] = [];
  for (let k = 2; k <= count + 1; k++) {
    const name = `${DATABASE}_${k}`;
    await dropDatabase(serverUrl, name);
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      // A file copy: WAL-logging every page of a multi-gigabyte database would take longer than the replay it saves.
      await client.query(`create database "${name}" template "${DATABASE}" strategy file_copy`);
    } finally {
      await client.end();
    }
    names.push(name);
  }
  return { names, urls: names.map((name) => withDatabase(serverUrl, name)) };
}

/**
 * Every threshold's year, in threshold order. The configured one (else the first) runs alone, so
 * its timings are those of the job on an otherwise idle machine; the rest share out the databases.
 */
async function replayCurve(urls: string[], thresholds: number[], configured: CertificationModel, months: HistoryMonth[], history: LoadedHistory): Promise<ThresholdResult[]> {
  const solo = thresholds.includes(configured.threshold) ? configured.threshold : thresholds[0]!;
  const replay = async (url: string, threshold: number) => {
    const result = await replayYear(url, { ...configured, threshold }, months, history);
    log(`  threshold ${threshold}: coverage ${((result.certifiedLiving / result.livingActive) * 100).toFixed(2)} %, ${result.afterDeath} after death, ${result.diedSince} died since; runs ${result.runSeconds.map((s) => s.toFixed(1)).join(' ')} s`);
    return result;
  };
  const results: ThresholdResult[] = [{ ...(await replay(urls[0]!, solo)), timedAlone: true }];
  const queue = thresholds.filter((t) => t !== solo);
  await Promise.all(
    urls.map(async (url) => {
      for (let t = queue.shift(); t !== undefined; t = queue.shift()) results.push(await replay(url, t));
    }),
  );
  return results.sort((a, b) => a.threshold - b.threshold);
}

/**
 * The year as the nightly job lived it, under one model: month by month, the deaths registered
 * in the month arrive, then the job runs as of the month's last day. Rolled back at the end, so
 * every threshold starts from the same empty slate.
 */
async function replayYear(url: string, model: CertificationModel, months: HistoryMonth[], history: LoadedHistory): Promise<ThresholdResult> {
  const client = new pg.Client({ connectionString: url, application_name: 'bench-certification' });
  await client.connect();
  try {
    // What the previous threshold's rolled-back writes left behind would slow this one's upserts.
    await client.query('vacuum certification, certification_record');
    await client.query('begin');
    const runSeconds: number[] = [];
    let previous = '0001-01-01';
    for (const month of months) {
      const today = isoDay(month.last);
      await client.query(
        `insert into life_event (source, source_record_id, kind, id_number, name, birth_date, event_date, details, retiree_id, org_path, match_status, batch_id)
         select source, source_record_id, kind, id_number, name, birth_date, event_date, details, retiree_id, org_path, match_status, batch_id
           from ${DEATH_RECORD_TABLE} where reported_on > $1::date and reported_on <= $2::date`,
        [previous, today],
      );
      const run = await certifyPassively(client, model, { today });
      runSeconds.push(run.durationMs / 1000);
      previous = today;
    }
    return { threshold: model.threshold, runSeconds, ...(await judgeYearEnd(client, isoDay(months.at(-1)!.last), history)) };
  } finally {
    await client.query('rollback').catch(() => {});
    await client.end();
  }
}

/** The certifications standing at the year's end, against who really is alive. */
async function judgeYearEnd(client: pg.Client, today: string, history: LoadedHistory): Promise<Omit<ThresholdResult, 'threshold' | 'runSeconds'>> {
  const { rows } = await client.query<{ retiree_id: number; certified_on: string | null; valid_until: string | null; blocked: boolean }>(
    `select retiree_id, certified_on::text, valid_until::text, blocked_reason is not null as blocked from certification`,
  );
  let livingActive = 0;
  for (const deathDay of history.active.values()) if (deathDay === null) livingActive++;
  const livingAllYear = history.activeAllYear.size - history.deaths.filter((d) => history.activeAllYear.has(d.retireeId)).length;
  const result = { livingActive, livingAllYear, certified: 0, certifiedLiving: 0, certifiedAllYear: 0, afterDeath: 0, diedSince: 0 };
  for (const r of rows) {
    const c = { certifiedOn: r.certified_on, validUntil: r.valid_until, blocked: r.blocked };
    const deathDay = history.active.get(r.retiree_id);
    // Only ACTIVE retirees are scored; anyone else's row is a block, not a certification.
    if (deathDay === undefined || !validOn(c, today)) continue;
    result.certified++;
    if (deathDay === null) {
      result.certifiedLiving++;
      if (history.activeAllYear.has(r.retiree_id)) result.certifiedAllYear++;
    } else if (certifiedAfterDeath(c, isoDay(deathDay))) result.afterDeath++;
    else result.diedSince++;
  }
  return result;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * Simulates one month of inbound data for the seeded city and writes it as feed files, GraphQL
 * batches, a ground truth and a summary. Pure function of (seed, size, today, signal coverage):
 * no clock, no Math.random, byte-identical output for the same arguments.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ReferenceDictionary } from './address-reference.js';
import { simulationContext } from './context.js';
import { swapInOtherRetireesIds, unknownPersonDeaths } from './deaths.js';
import { LIFE_EVENT_FEED, PAYMENT_FEED, RETIREE_FEED } from './feed-specs.js';
import { FeedWriter } from './feed-writer.js';
import { buildGroundTruth } from './ground-truth.js';
import { groundTruthMarkdown } from './ground-truth-md.js';
import { ContinuedIdIssuer } from './id-numbers.js';
import { numberRecords, toFeedRow } from './life-events.js';
import { drawMonth } from './month.js';
import { issueNewRetireeIds, planNewRetirees } from './new-retirees.js';
import { pickRareEvents } from './rare-events.js';
import { MAX_SIMULATED_RETIREES } from './serials.js';
import { buildSummary, type SimulationSummary } from './summary.js';

export interface SimulationOptions {
  seed: number;
  retirees: number;
  /** Names the output in keys: `full`, `small`, `tiny` or the number. */
  sizeLabel: string;
  /** `YYYY-MM-DD`, the last day of the simulated 30 days. */
  today: string;
  outDir: string;
  /** Share of living retirees with a hospital or card record (rates.ts DEFAULT_SIGNAL_COVERAGE). */
  signalCoverage: number;
}

/** Files this run writes; removed first so that a smaller re-run leaves no stale batches behind. */
const OUTPUTS = ['retirees', 'life-events', 'payments'].flatMap((f) => [`${f}.csv`, `${f}.xlsx`]).concat(['ground-truth.json', 'ground-truth.md', 'summary.json']);

export async function simulateMonth(options: SimulationOptions): Promise<SimulationSummary> {
  if (options.retirees > MAX_SIMULATED_RETIREES) throw new Error(`at most ${MAX_SIMULATED_RETIREES.toLocaleString('en-US')} retirees can be simulated`);
  if (!(options.signalCoverage >= 0 && options.signalCoverage <= 1)) throw new Error(`signal coverage must be within 0…1, got ${options.signalCoverage}`);
  const ctx = simulationContext(options);
  const out = options.outDir;
  await mkdir(out, { recursive: true });
  await Promise.all([...OUTPUTS.map((f) => rm(path.join(out, f), { force: true })), rm(path.join(out, 'batches'), { recursive: true, force: true })]);
  // Files are dated at 18:00 Shanghai time on the simulated day, as an evening export would be.
  const stamp = new Date(`${ctx.todayIso}T18:00:00+08:00`);
  const keyPrefix = `sim-${ctx.seed}-${ctx.sizeLabel}-${ctx.todayIso}`;

  const picks = pickRareEvents(ctx);
  const planned = planNewRetirees(ctx);
  const issuer = new ContinuedIdIssuer(new Set(planned.map((p) => p.birthDate)));
  const payments = new FeedWriter(PAYMENT_FEED, out, keyPrefix, stamp);
  const draws = await drawMonth(ctx, picks, issuer, (row) => payments.write(row));
  const paymentFiles = await payments.close();

  issueNewRetireeIds(planned, issuer);
  const unknown = unknownPersonDeaths(ctx);
  swapInOtherRetireesIds(draws.deaths, draws.anomalies.idHolders, ctx);
  const lifeEvents = numberRecords([...draws.records, ...unknown.flatMap((d) => d.reports.map((r) => r.draft))], ctx.seed).map(toFeedRow);
  const lifeEventWriter = new FeedWriter(LIFE_EVENT_FEED, out, keyPrefix, stamp);
  for (const row of lifeEvents) await lifeEventWriter.write(row);
  const lifeEventFiles = await lifeEventWriter.close();

  // New retirees and changes mixed, in ID order, as the provincial export lists them.
  const retireeRows = [...planned.map((p) => p.row), ...draws.profileChanges.map((c) => c.row)].sort((a, b) => (a.idNumber < b.idNumber ? -1 : 1));
  const retireeWriter = new FeedWriter(RETIREE_FEED, out, keyPrefix, stamp);
  for (const row of retireeRows) await retireeWriter.write(row);
  const retireeFiles = await retireeWriter.close();

  const truth = buildGroundTruth(ctx, draws, unknown, planned, new ReferenceDictionary(ctx.city));
  const summary = buildSummary(truth, { retirees: retireeFiles, lifeEvents: lifeEventFiles, payments: paymentFiles }, lifeEvents, draws.payments, draws.signalCoverage);
  await writeFile(path.join(out, 'ground-truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  await writeFile(path.join(out, 'ground-truth.md'), groundTruthMarkdown(truth, summary));
  await writeFile(path.join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

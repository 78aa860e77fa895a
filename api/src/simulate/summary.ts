/**
 * The month in numbers: rows per feed and per kind, file sizes, what the ground truth holds.
 * `summary.json` carries no timing (so that it stays byte-identical); the printed form adds it.
 */
import { LIFE_EVENT_KIND_LABELS, LIFE_EVENT_SOURCE_LABELS, type LifeEventKind, type LifeEventSource } from '../modules/import/feed-formats.js';
import type { FeedFiles } from './feed-writer.js';
import type { GroundTruth } from './ground-truth.js';
import type { LifeEventFeedRow } from './feed-rows.js';
import { yuan } from './feed-specs.js';

export interface SimulationSummary {
  seed: number;
  retirees: number;
  size: string;
  today: string;
  window: { from: string; to: string };
  paymentPeriod: string;
  feeds: {
    retirees: FeedFiles & { newRetirees: number; profileChanges: number; changedFields: Record<string, number>; addressStyles: Record<string, number> };
    lifeEvents: FeedFiles & { bySource: Partial<Record<LifeEventSource, Partial<Record<LifeEventKind, number>>>> };
    payments: FeedFiles & { totalYuan: string; amountJumps: number; sharedAccountSharers: number };
  };
  truth: {
    deaths: number;
    deathsReportedLate: number;
    deathsNotYetReported: number;
    deathRecordsWithBlankId: number;
    deathRecordsWithMistypedId: number;
    deathRecordsWithOtherRetireesId: number;
    deathsOverpaidInPaymentFile: number;
    overpaidYuan: string;
    unknownPersonDeaths: number;
    sentences: number;
    imprisonments: number;
    releases: number;
    missing: number;
    newRetireesPlacedByReference: number;
  };
  /** ACTIVE retirees alive on today, and the share with a hospital or card record in the month. */
  signalCoverage: { living: number; withSignal: number; share: number };
}

function tally<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function buildSummary(
  truth: GroundTruth,
  files: { retirees: FeedFiles; lifeEvents: FeedFiles; payments: FeedFiles },
  lifeEvents: readonly LifeEventFeedRow[],
  payments: { totalFen: number },
  signalCoverage: { living: number; withSignal: number },
): SimulationSummary {
  const bySource: SimulationSummary['feeds']['lifeEvents']['bySource'] = {};
  for (const e of lifeEvents) {
    const kinds = (bySource[e.source] ??= {});
    kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  }
  const deathRecords = truth.deaths.flatMap((d) => d.records);
  const problems = (problem: string) => deathRecords.filter((r) => r.idProblem === problem).length;
  const jumps = truth.paymentAnomalies.amountJumps.length;
  const sharers = truth.paymentAnomalies.sharedAccount?.sharers.length ?? 0;
  return {
    seed: truth.seed,
    retirees: truth.retirees,
    size: truth.size,
    today: truth.today,
    window: truth.window,
    paymentPeriod: truth.paymentPeriod,
    feeds: {
      retirees: {
        ...files.retirees,
        newRetirees: truth.newRetirees.length,
        profileChanges: truth.profileChanges.length,
        changedFields: tally(truth.profileChanges.flatMap((c) => c.changes), (c) => c.field),
        addressStyles: tally(truth.newRetirees, (n) => n.addressStyle),
      },
      lifeEvents: { ...files.lifeEvents, bySource },
      payments: { ...files.payments, totalYuan: yuan(payments.totalFen), amountJumps: jumps, sharedAccountSharers: sharers },
    },
    truth: {
      deaths: truth.deaths.length,
      deathsReportedLate: truth.deaths.filter((d) => d.reportedLate).length,
      deathsNotYetReported: truth.deaths.filter((d) => d.notYetReported).length,
      deathRecordsWithBlankId: problems('BLANK'),
      deathRecordsWithMistypedId: problems('MISTYPED'),
      deathRecordsWithOtherRetireesId: problems('OTHER_RETIREES_ID'),
      deathsOverpaidInPaymentFile: truth.deaths.filter((d) => d.overpaidInPaymentFile).length,
      overpaidYuan: yuan(truth.deaths.reduce((sum, d) => sum + d.overpaidFen, 0)),
      unknownPersonDeaths: truth.unknownPersonDeaths.length,
      sentences: truth.sentences.length,
      imprisonments: truth.sentences.filter((s) => !s.suspended).length,
      releases: truth.releases.length,
      missing: truth.missing.length,
      newRetireesPlacedByReference: truth.newRetirees.filter((n) => n.referenceFindsIntended).length,
    },
    signalCoverage: { ...signalCoverage, share: signalCoverage.living ? Math.round((signalCoverage.withSignal / signalCoverage.living) * 1000) / 1000 : 0 },
  };
}

const n = (value: number) => value.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function files(f: FeedFiles): string {
  return `${f.csv.file} ${mb(f.csv.bytes)}, ${f.xlsx.file} ${mb(f.xlsx.bytes)}, ${f.batches.files} batch files ${mb(f.batches.bytes)}`;
}

export function formatSummary(s: SimulationSummary, elapsedMs: number, outDir: string): string {
  const { retirees, lifeEvents, payments } = s.feeds;
  const t = s.truth;
  const kinds = Object.entries(lifeEvents.bySource).map(([source, byKind]) =>
    `    ${LIFE_EVENT_SOURCE_LABELS[source as LifeEventSource]}: ${Object.entries(byKind!).map(([kind, count]) => `${LIFE_EVENT_KIND_LABELS[kind as LifeEventKind]} ${n(count!)}`).join(', ')}`);
  return [
    `simulated month ${s.window.from} … ${s.window.to} of the city seed ${s.seed}, ${n(s.retirees)} retirees (${s.size}) in ${(elapsedMs / 1000).toFixed(1)} s → ${outDir}`,
    `  retirees     ${n(retirees.rows)} rows: ${n(retirees.newRetirees)} new retirees, ${n(retirees.profileChanges)} profile changes (${Object.entries(retirees.changedFields).map(([f, c]) => `${f} ${c}`).join(', ')})`,
    `    ${files(retirees)}`,
    `  life events  ${n(lifeEvents.rows)} rows`,
    ...kinds,
    `    ${files(lifeEvents)}`,
    `  payments     ${n(payments.rows)} rows for ${s.paymentPeriod}, ${payments.totalYuan} yuan; ${payments.amountJumps} amount jumps, ${payments.sharedAccountSharers} sharing one account`,
    `    ${files(payments)}`,
    `  ground truth ${n(t.deaths)} deaths (${n(t.deathsReportedLate)} reported late, ${n(t.deathsNotYetReported)} not yet reported, ${n(t.deathsOverpaidInPaymentFile)} paid for ${s.paymentPeriod} after death; ${t.overpaidYuan} yuan overpaid),`,
    `               death records with blank ID ${t.deathRecordsWithBlankId}, mistyped ${t.deathRecordsWithMistypedId}, another retiree's ${t.deathRecordsWithOtherRetireesId}; ${t.unknownPersonDeaths} unknown people`,
    `               ${t.sentences} sentences (${t.imprisonments} to prison), ${t.releases} releases, ${t.missing} missing; ${t.newRetireesPlacedByReference}/${retirees.newRetirees} new retirees placeable by address`,
    `  signals      ${n(s.signalCoverage.withSignal)} of ${n(s.signalCoverage.living)} living retirees (${(s.signalCoverage.share * 100).toFixed(1)} %) have a hospital or card record`,
  ].join('\n');
}

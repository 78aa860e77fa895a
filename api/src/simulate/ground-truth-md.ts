/** A readable `ground-truth.md`: the counts, and every rare case one by one (deaths are many: see the JSON). */
import type { GroundTruth } from './ground-truth.js';
import { yuan } from './feed-specs.js';
import type { SimulationSummary } from './summary.js';

const table = (header: string[], rows: (string | number | null)[][]): string[] => [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.map((c) => (c === null ? '—' : String(c))).join(' | ')} |`),
];

export function groundTruthMarkdown(truth: GroundTruth, summary: SimulationSummary): string {
  const t = summary.truth;
  const delays = truth.deaths.flatMap((d) => d.records.filter((r) => r.kind === 'DEATH').map((r) => r.delayDays)).sort((a, b) => a - b);
  const median = delays.length ? delays[Math.floor(delays.length / 2)] : null;
  const wrongIds = truth.deaths.flatMap((d) => d.records.filter((r) => r.idProblem === 'OTHER_RETIREES_ID').map((r) => [d.name, d.idNumber, r.sourceRecordId, r.idHolder!.name, r.idHolder!.idNumber]));
  const styles = Object.entries(summary.feeds.retirees.addressStyles);
  const shared = truth.paymentAnomalies.sharedAccount;
  return [
    `# Ground truth: ${truth.window.from} … ${truth.window.to}`,
    '',
    `City seed ${truth.seed}, ${truth.retirees.toLocaleString('en-US')} retirees (${truth.size}); payment period ${truth.paymentPeriod}. The platform never reads this file; \`ground-truth.json\` has every case.`,
    '',
    '## Deaths of our retirees',
    '',
    `${t.deaths} deaths: ${t.deathsReportedLate} happened 31–90 days ago and are reported only now, ${t.deathsNotYetReported} reached no feed by ${truth.today}.`,
    `Police records: median delay ${median ?? '—'} days. Records with a blank ID: ${t.deathRecordsWithBlankId}; mistyped ID (checksum fails): ${t.deathRecordsWithMistypedId}; another retiree's ID: ${t.deathRecordsWithOtherRetireesId}.`,
    `${t.deathsOverpaidInPaymentFile} of them are paid for ${truth.paymentPeriod} in the payment file although they died before that month; all periods paid after death: ${t.overpaidYuan} yuan.`,
    '',
    '### Two people with one ID',
    '',
    ...table(['dead person', 'their ID', 'record', 'ID holder (alive)', 'ID in the record'], wrongIds),
    '',
    '### Deaths of people who are not our retirees',
    '',
    ...table(['name', 'ID', 'death', 'records'], truth.unknownPersonDeaths.map((d) => [d.name, d.idNumber, d.deathDate, d.records.map((r) => r.sourceRecordId).join(', ')])),
    '',
    '## Sentences, prison, releases, missing',
    '',
    ...table(['name', 'ID', 'sentenced', 'crime', 'term (months)', 'suspended', 'in prison from', 'expected release'],
      truth.sentences.map((s) => [s.name, s.idNumber, s.sentenceDate, s.crime, s.termMonths, s.suspended ? 'yes' : 'no', s.imprisonmentDate, s.expectedReleaseDate])),
    '',
    ...table(['released', 'ID', 'on', 'parole'], truth.releases.map((r) => [r.name, r.idNumber, r.releaseDate, r.parole ? 'yes' : 'no'])),
    '',
    ...table(['missing', 'ID', 'since'], truth.missing.map((m) => [m.name, m.idNumber, m.missingSince])),
    '',
    '## Payment anomalies',
    '',
    ...table(['amount jump', 'ID', 'seeded', 'in the file'], truth.paymentAnomalies.amountJumps.map((j) => [j.name, j.idNumber, yuan(j.seededFen), yuan(j.fileFen)])),
    '',
    shared ? `Account ${shared.account} of ${shared.holder.name} (${shared.holder.idNumber}) also receives the pensions of:` : 'No shared account.',
    '',
    ...(shared ? table(['name', 'ID', 'own account'], shared.sharers.map((s) => [s.name, s.idNumber, s.ownAccount])) : []),
    '',
    '## Provincial feed',
    '',
    `${truth.profileChanges.length} profile changes (${Object.entries(summary.feeds.retirees.changedFields).map(([f, c]) => `${f} ${c}`).join(', ')}) and ${truth.newRetirees.length} new retirees.`,
    `The reference reading of the community dictionary places ${t.newRetireesPlacedByReference} of the new retirees in their intended community.`,
    '',
    ...table(['address style', 'new retirees', 'placed by the reference reading'],
      styles.map(([style, count]) => [style, count, truth.newRetirees.filter((r) => r.addressStyle === style && r.referenceFindsIntended).length])),
    '',
  ].join('\n');
}

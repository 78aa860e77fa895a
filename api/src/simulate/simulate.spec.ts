import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdNumber } from '../common/id-number.js';
import { LIFE_EVENT_COLUMNS, LIFE_EVENT_KIND_LABELS, LIFE_EVENT_SOURCE_LABELS, PAYMENT_COLUMNS, RETIREE_COLUMNS } from '../modules/import/feed-formats.js';
import { parseIsoDay } from '../seed/calendar.js';
import { DEFAULT_TODAY, generateCity, type PensionPaymentRow, type RetireeRow } from '../seed/generate.js';
import { retirementDayFor } from '../seed/retirement.js';
import { DEFAULT_SEED } from '../seed/sizes.js';
import type { GroundTruth } from './ground-truth.js';
import { BATCH_ROWS } from './batch-files.js';
import { DEFAULT_SIGNAL_COVERAGE } from './rates.js';
import { simulateMonth, type SimulationOptions } from './simulate.js';
import type { SimulationSummary } from './summary.js';

const RETIREES = 20_000;
const TODAY = DEFAULT_TODAY;
const PERIOD = TODAY.slice(0, 7);

let dirs: string[];
let truth: GroundTruth;
let summary: SimulationSummary;
let seeded: Map<string, RetireeRow>;
let seededPayments: Map<string, PensionPaymentRow>;
let familyIds: Set<string>;
let retireeCsv: string[][];
let eventCsv: string[][];
let paymentCsv: string[][];

function options(outDir: string): SimulationOptions {
  return { seed: DEFAULT_SEED, retirees: RETIREES, sizeLabel: 'small', today: TODAY, outDir, signalCoverage: DEFAULT_SIGNAL_COVERAGE };
}

async function csv(dir: string, name: string): Promise<string[][]> {
  return parse(await readFile(path.join(dir, name)), { bom: true }) as string[][];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

const fen = (yuan: string) => Math.round(Number(yuan) * 100);

beforeAll(async () => {
  dirs = [await mkdtemp(path.join(tmpdir(), 'sim-a-')), await mkdtemp(path.join(tmpdir(), 'sim-b-'))];
  summary = await simulateMonth(options(dirs[0]!));
  await simulateMonth(options(dirs[1]!));
  truth = JSON.parse(await readFile(path.join(dirs[0]!, 'ground-truth.json'), 'utf8')) as GroundTruth;
  [retireeCsv, eventCsv, paymentCsv] = await Promise.all([csv(dirs[0]!, 'retirees.csv'), csv(dirs[0]!, 'life-events.csv'), csv(dirs[0]!, 'payments.csv')]);

  const city = generateCity({ seed: DEFAULT_SEED, retirees: RETIREES, today: TODAY });
  seeded = new Map();
  const byId = new Map<number, RetireeRow>();
  for (const r of city.retirees()) {
    seeded.set(r.idNumber, r);
    byId.set(r.id, r);
  }
  seededPayments = new Map();
  for (const p of city.pensionPayments()) if (p.period === PERIOD) seededPayments.set(byId.get(p.retireeId)!.idNumber, p);
  familyIds = new Set();
  for (const f of city.familyMembers()) if (f.idNumber) familyIds.add(f.idNumber);
}, 60_000);

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('simulated month', () => {
  it('is byte-identical for the same arguments', async () => {
    const [a, b] = await Promise.all(dirs.map(filesUnder));
    expect(a).toEqual(b);
    expect(a).toContain('batches/payments-001.json');
    for (const file of a) expect((await readFile(path.join(dirs[0]!, file))).equals(await readFile(path.join(dirs[1]!, file))), file).toBe(true);
  });

  it('writes CSV with a BOM, CRLF and exactly the canonical headers', async () => {
    for (const [name, columns, rows] of [['retirees.csv', RETIREE_COLUMNS, retireeCsv], ['life-events.csv', LIFE_EVENT_COLUMNS, eventCsv], ['payments.csv', PAYMENT_COLUMNS, paymentCsv]] as const) {
      const bytes = await readFile(path.join(dirs[0]!, name));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').split('\r\n')[0]).toBe(`\ufeff${columns.map((c) => c.header).join(',')}`);
      expect(bytes.toString('utf8').replace(/\r\n/g, '')).not.toContain('\n');
      expect(rows[0]).toEqual(columns.map((c) => c.header));
    }
  });

  it('writes XLSX sheets holding the same cells as the CSV files', async () => {
    for (const [name, rows] of [['retirees.xlsx', retireeCsv], ['life-events.xlsx', eventCsv]] as const) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(dirs[0]!, name));
      expect(workbook.worksheets).toHaveLength(1);
      const sheet = workbook.worksheets[0]!;
      const cells: string[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => cells.push(rows[0]!.map((_, i) => String(row.getCell(i + 1).value ?? ''))));
      expect(cells).toEqual(rows);
    }
  });

  it('splits every feed into GraphQL batches of at most 5,000 rows with deterministic keys', async () => {
    const files = (await filesUnder(path.join(dirs[0]!, 'batches'))).filter((f) => f.startsWith('payments-'));
    const batches = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dirs[0]!, 'batches', f), 'utf8'))));
    expect(batches.map((b) => b.idempotencyKey)).toEqual(files.map((_, i) => `sim-${DEFAULT_SEED}-small-${TODAY}-payments-${String(i + 1).padStart(3, '0')}`));
    for (const b of batches) expect(b.rows.length).toBeLessThanOrEqual(BATCH_ROWS);
    const rows = batches.flatMap((b) => b.rows);
    expect(rows).toHaveLength(paymentCsv.length - 1);
    // Same content as the file, in fen.
    expect(rows[0]).toEqual({ idNumber: paymentCsv[1]![0], name: paymentCsv[1]![1], period: PERIOD, amount: fen(paymentCsv[1]![3]!), paidDate: paymentCsv[1]![4], bankAccount: paymentCsv[1]![5] });

    const [events] = await Promise.all([readFile(path.join(dirs[0]!, 'batches', 'life-events-001.json'), 'utf8')]);
    const first = JSON.parse(events).rows[0];
    expect(Object.keys(LIFE_EVENT_SOURCE_LABELS)).toContain(first.source);
    expect(Object.keys(LIFE_EVENT_KIND_LABELS)).toContain(first.kind);
  });
});

describe('payment file', () => {
  it('pays exactly whom the seed pays for the period, as the seed does, except the listed anomalies', () => {
    const jumps = new Map(truth.paymentAnomalies.amountJumps.map((j) => [j.idNumber, j]));
    const shared = truth.paymentAnomalies.sharedAccount!;
    const sharers = new Map(shared.sharers.map((s) => [s.idNumber, s]));
    expect(jumps.size).toBe(5);
    expect(sharers.size).toBe(3);

    const rows = paymentCsv.slice(1);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    expect(rows.length).toBe(seededPayments.size);
    let differing = 0;
    for (const [idNumber, name, period, amount, paidDate, account] of rows) {
      const p = seededPayments.get(idNumber!)!;
      expect(p, idNumber).toBeDefined();
      expect([name, period, paidDate]).toEqual([seeded.get(idNumber!)!.name, p.period, p.paidDate]);
      const jump = jumps.get(idNumber!);
      const sharer = sharers.get(idNumber!);
      if (jump || sharer) differing++;
      expect(fen(amount!)).toBe(jump ? jump.fileFen : p.amount);
      expect(account).toBe(sharer ? shared.account : p.bankAccount);
      if (jump) expect(jump.seededFen).toBe(p.amount);
      if (sharer) expect(sharer.ownAccount).toBe(p.bankAccount);
    }
    expect(differing).toBe(8);
    // The shared account really is the holder's own, and the sharers are unrelated to the holder.
    expect(seededPayments.get(shared.holder.idNumber)!.bankAccount).toBe(shared.account);
    for (const s of shared.sharers) expect(s.name[0]).not.toBe(shared.holder.name[0]);
  });

  it('still pays retirees who died before the period (the leak the risk scan must find)', () => {
    const paid = new Set(paymentCsv.slice(1).map((r) => r[0]));
    const leaked = truth.deaths.filter((d) => d.overpaidInPaymentFile);
    expect(leaked.length).toBeGreaterThan(0);
    for (const d of leaked) {
      expect(paid.has(d.idNumber)).toBe(true);
      expect(d.deathDate < `${PERIOD}-01`).toBe(true);
    }
  });
});

describe('provincial retiree feed', () => {
  it('re-sends changed retirees exactly as seeded except the intended fields', () => {
    const byId = new Map(retireeCsv.slice(1).map((r) => [r[0]!, r]));
    expect(truth.profileChanges.length).toBeGreaterThan(0);
    for (const change of truth.profileChanges) {
      const row = byId.get(change.idNumber)!;
      const s = seeded.get(change.idNumber)!;
      expect(s.status).toBe('ACTIVE');
      const expected: Record<string, string> = {
        idNumber: s.idNumber, name: s.name, retirementDate: s.retirementDate, employer: s.employer, hukouAddress: s.hukouAddress, residenceAddress: s.residenceAddress,
        monthlyPension: (s.monthlyPension / 100).toFixed(2), bankName: s.bankName, bankAccount: s.bankAccount, citizenCardNo: s.citizenCardNo ?? '', phone: s.phone ?? '',
      };
      for (const c of change.changes) expected[c.field] = c.field === 'monthlyPension' ? (Number(c.after) / 100).toFixed(2) : String(c.after ?? '');
      expect(change.changes.length).toBeGreaterThan(0);
      for (const c of change.changes) expect(c.after).not.toEqual(c.before);
      expect(row).toEqual(RETIREE_COLUMNS.map((col) => expected[col.field]));
    }
  });

  it('brings new retirees with fresh valid ID numbers, statutory ages and an intended community', () => {
    const newOnes = retireeCsv.slice(1).filter((r) => !seeded.has(r[0]!));
    expect(newOnes.length).toBe(truth.newRetirees.length);
    const truthById = new Map(truth.newRetirees.map((n) => [n.idNumber, n]));
    for (const [idNumber, , retirementDate, , hukou, residence, pension] of newOnes) {
      const parsed = parseIdNumber(idNumber!);
      expect(parsed.ok, idNumber).toBe(true);
      expect(familyIds.has(idNumber!)).toBe(false);
      if (!parsed.ok) continue;
      expect(retirementDate).toBe(`${PERIOD}-01`);
      const birth = parseIsoDay(parsed.facts.birthDate);
      const categories = parsed.facts.gender === 'MALE' ? (['MALE'] as const) : (['FEMALE_WORKER', 'FEMALE_CADRE'] as const);
      expect(categories.some((c) => retirementDayFor(birth, c) === parseIsoDay(retirementDate!))).toBe(true);
      expect(fen(pension!)).toBeGreaterThanOrEqual(196_000);
      const t = truthById.get(idNumber!)!;
      expect([t.hukouAddress, t.residenceAddress]).toEqual([hukou, residence]);
      expect(t.intendedCommunityCode).toMatch(/^330683\d{6}$/);
    }
    expect(new Set(newOnes.map((r) => r[0])).size).toBe(newOnes.length);
  });

  it('mixes address styles, most of them placeable', () => {
    const styles = new Set(truth.newRetirees.map((n) => n.addressStyle));
    expect(styles.has('FULL')).toBe(true);
    expect(styles.size).toBeGreaterThanOrEqual(4);
    const placed = truth.newRetirees.filter((n) => n.referenceFindsIntended).length / truth.newRetirees.length;
    expect(placed).toBeGreaterThan(0.6);
    expect(placed).toBeLessThan(0.98);
    for (const n of truth.newRetirees.filter((r) => r.addressStyle === 'FULL')) expect(n.hukouAddress.startsWith('浙江省绍兴市嵊州市')).toBe(true);
  });
});

describe('shared-data events', () => {
  const problemOf = () => {
    const problems = new Map<string, string>();
    for (const d of [...truth.deaths, ...truth.unknownPersonDeaths]) for (const r of d.records) problems.set(`${r.source}/${r.sourceRecordId}`, r.idProblem);
    return problems;
  };
  const sourceCode = (label: string) => Object.entries(LIFE_EVENT_SOURCE_LABELS).find(([, l]) => l === label)![0];

  it('dates nothing after today and numbers records uniquely per source', () => {
    const keys = new Set<string>();
    for (const [source, recordId, , , , , eventDate] of eventCsv.slice(1)) {
      expect(eventDate! <= TODAY).toBe(true);
      keys.add(`${source}/${recordId}`);
    }
    expect(keys.size).toBe(eventCsv.length - 1);
  });

  it('carries valid ID numbers except the intended blank and mistyped ones', () => {
    const problems = problemOf();
    let blank = 0;
    let mistyped = 0;
    for (const [source, recordId, , idNumber, name, birthDate] of eventCsv.slice(1)) {
      const problem = problems.get(`${sourceCode(source!)}/${recordId}`) ?? 'NONE';
      expect(name).not.toBe('');
      if (problem === 'BLANK') {
        blank++;
        expect(idNumber).toBe('');
        expect(birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else if (problem === 'MISTYPED') {
        mistyped++;
        expect(parseIdNumber(idNumber!)).toEqual({ ok: false, problem: 'CHECKSUM' });
        expect(birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else {
        expect(parseIdNumber(idNumber!).ok, `${recordId} ${idNumber}`).toBe(true);
      }
    }
    expect(blank).toBe(summary.truth.deathRecordsWithBlankId);
    expect(mistyped).toBe(summary.truth.deathRecordsWithMistypedId);
  });

  it('kills only ACTIVE seeded retirees, and unknown people who are nobody of ours', () => {
    const today = parseIsoDay(TODAY);
    for (const d of truth.deaths) {
      expect(seeded.get(d.idNumber)?.status, d.idNumber).toBe('ACTIVE');
      const day = parseIsoDay(d.deathDate);
      expect(day).toBeLessThanOrEqual(today);
      expect(day).toBeGreaterThanOrEqual(today - 89);
      expect(d.reportedLate).toBe(day < today - 29);
      for (const r of d.records) expect(r.idProblem === 'OTHER_RETIREES_ID' ? seeded.get(r.idNumberInRecord!)?.status : 'ACTIVE').toBe('ACTIVE');
    }
    expect(truth.deaths.some((d) => d.records.some((r) => r.idProblem === 'OTHER_RETIREES_ID'))).toBe(true);
    expect(truth.unknownPersonDeaths.length).toBeGreaterThan(0);
    for (const d of truth.unknownPersonDeaths) {
      expect(parseIdNumber(d.idNumber).ok).toBe(true);
      expect(seeded.has(d.idNumber) || familyIds.has(d.idNumber)).toBe(false);
    }
  });

  it('lists every reported death record in the file', () => {
    const inFile = new Set(eventCsv.slice(1).map((r) => `${sourceCode(r[0]!)}/${r[1]}`));
    for (const d of truth.deaths) for (const r of d.records) expect(inFile.has(`${r.source}/${r.sourceRecordId}`)).toBe(true);
  });

  it('has at least one sentence to prison, one release and one missing person at this size', () => {
    expect(truth.sentences.some((s) => s.imprisonmentDate !== null)).toBe(true);
    expect(truth.releases.length).toBeGreaterThan(0);
    expect(truth.missing.length).toBeGreaterThan(0);
    for (const s of truth.sentences.filter((x) => x.imprisonmentDate)) expect(s.records.map((r) => r.kind)).toEqual(['SENTENCE', 'IMPRISONMENT']);
  });
});

describe('magnitudes at 20,000 retirees', () => {
  it('look like a month of a city this size', () => {
    const f = summary.feeds;
    expect(f.retirees.newRetirees).toBeGreaterThanOrEqual(30); // ~50 expected
    expect(f.retirees.newRetirees).toBeLessThanOrEqual(75);
    expect(f.retirees.profileChanges).toBeGreaterThanOrEqual(5); // ~18
    expect(f.retirees.profileChanges).toBeLessThanOrEqual(40);
    expect(summary.truth.deaths).toBeGreaterThanOrEqual(25); // ~45: 2.5 % a year
    expect(summary.truth.deaths).toBeLessThanOrEqual(75);
    expect(f.lifeEvents.rows).toBeGreaterThanOrEqual(2_500); // ~3,050: 50,000 × 20,000 / 330,000
    expect(f.lifeEvents.rows).toBeLessThanOrEqual(3_700);
    expect(f.payments.rows).toBeGreaterThan(0.95 * RETIREES);
    expect(summary.signalCoverage.share).toBeGreaterThan(0.08);
    expect(summary.signalCoverage.share).toBeLessThan(0.13);
    const deathRecords = truth.deaths.reduce((n, d) => n + d.records.length, 0);
    expect(summary.truth.deathRecordsWithBlankId + summary.truth.deathRecordsWithMistypedId).toBeLessThan(0.2 * deathRecords);
  });
});

/**
 * Shared-data records while the month is being drawn, and the business numbers they get once
 * all are known: numbers ascend with the reporting day in each department's own format, so the
 * file reads like the departments' monthly extracts.
 */
import { LifeEventKind, LifeEventSource } from '../modules/import/feed-formats.js';
import { dayOf, isoDay, partsOf } from '../seed/calendar.js';
import { Random, hashString } from '../seed/random.js';
import type { LifeEventFeedRow } from './feed-rows.js';

/** How a department numbers its records; also decides the order of the records in the file. */
export type Numbering =
  | 'POLICE_DEREGISTRATION'
  | 'POLICE_MISSING'
  | 'CREMATION'
  | 'LOW_INCOME'
  | 'CIVIL_DISABILITY'
  | 'COURT_CASE'
  | 'PRISON_ADMISSION'
  | 'PRISON_RELEASE'
  | 'OUTPATIENT'
  | 'EMERGENCY'
  | 'INPATIENT'
  | 'HEALTH_DISABILITY'
  | 'CARD_TRANSACTION';

export interface LifeEventDraft {
  source: LifeEventSource;
  kind: LifeEventKind;
  numbering: Numbering;
  idNumber: string | null;
  name: string;
  birthDate: string | null;
  eventDay: number;
  /** When the department registered it: dates its business number (not a column of the file). */
  reportDay: number;
  details: string | null;
  /** Ties between records of one day: the person's index and which of their records. */
  order: number;
  /** Empty until numberRecords. */
  sourceRecordId: string;
}

/**
 * Records of one person are ordered `index * ORDER_STRIDE + k`, so that one day's records keep a
 * stable order: k 0–7 for events, 8 and up for signs of life.
 */
export const ORDER_STRIDE = 16;
export const SIGNAL_ORDER = 8;

export function lifeEventDraft(fields: Omit<LifeEventDraft, 'sourceRecordId'>): LifeEventDraft {
  return { ...fields, sourceRecordId: '' };
}

const SOURCE_ORDER = Object.values(LifeEventSource);
const KIND_ORDER = Object.values(LifeEventKind);

interface NumberFormat {
  /** Largest gap between consecutive numbers: other people's records lie in between. */
  gap: number;
  format(ymd: string, sequence: number): string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const FORMATS: Record<Exclude<Numbering, 'COURT_CASE'>, NumberFormat> = {
  POLICE_DEREGISTRATION: { gap: 3, format: (ymd, n) => `ZX330683${ymd}${pad(n, 5)}` },
  POLICE_MISSING: { gap: 2, format: (ymd, n) => `SZ330683${ymd}${pad(n, 5)}` },
  CREMATION: { gap: 2, format: (ymd, n) => `HH330683${ymd}${pad(n, 4)}` },
  LOW_INCOME: { gap: 3, format: (ymd, n) => `DB330683${ymd}${pad(n, 4)}` },
  CIVIL_DISABILITY: { gap: 3, format: (ymd, n) => `CL330683${ymd}${pad(n, 4)}` },
  PRISON_ADMISSION: { gap: 5, format: (ymd, n) => `SJ${ymd}${pad(n, 4)}` },
  PRISON_RELEASE: { gap: 5, format: (ymd, n) => `SF${ymd}${pad(n, 4)}` },
  OUTPATIENT: { gap: 12, format: (ymd, n) => `MZ${ymd}${pad(n, 6)}` },
  EMERGENCY: { gap: 6, format: (ymd, n) => `JZ${ymd}${pad(n, 5)}` },
  INPATIENT: { gap: 4, format: (ymd, n) => `ZY${ymd}${pad(n, 5)}` },
  HEALTH_DISABILITY: { gap: 3, format: (ymd, n) => `JD330683${ymd}${pad(n, 4)}` },
  CARD_TRANSACTION: { gap: 400, format: (ymd, n) => `T${ymd}${pad(n, 10)}` },
};

function compareDrafts(a: LifeEventDraft, b: LifeEventDraft): number {
  return (
    SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    a.reportDay - b.reportDay ||
    a.order - b.order
  );
}

/**
 * Sorts the records as the file lists them (by department, kind, reporting day) and numbers them.
 * Every number carries its reporting day (court cases: the day of the year), so numbers are
 * unique per source within the month and across consecutive months.
 */
export function numberRecords(drafts: LifeEventDraft[], seed: number): LifeEventDraft[] {
  const sorted = [...drafts].sort(compareDrafts);
  const counters = new Map<string, { next: number; rng: Random }>();
  const courtNumbers = new Set<string>();
  for (const d of sorted) {
    const ymd = isoDay(d.reportDay).replace(/-/g, '');
    if (d.numbering === 'COURT_CASE') {
      d.sourceRecordId = courtCaseNumber(d.reportDay, courtNumbers);
      continue;
    }
    const key = `${d.numbering}${ymd}`;
    let counter = counters.get(key);
    if (!counter) {
      counter = { next: 0, rng: new Random(seed, d.reportDay, hashString(d.numbering)) };
      counters.set(key, counter);
    }
    const format = FORMATS[d.numbering];
    counter.next += counter.rng.int(1, format.gap);
    d.sourceRecordId = format.format(ymd, counter.next);
  }
  return sorted;
}

/** `（2026）浙0683刑初942号`: the court numbers about three first-instance criminal cases a day. */
function courtCaseNumber(day: number, used: Set<string>): string {
  const { year } = partsOf(day);
  const dayOfYear = day - dayOf(year, 1, 1) + 1;
  for (let n = dayOfYear * 3; ; n++) {
    const number = `（${year}）浙0683刑初${n}号`;
    if (!used.has(number)) {
      used.add(number);
      return number;
    }
  }
}

export function toFeedRow(d: LifeEventDraft): LifeEventFeedRow {
  return { source: d.source, sourceRecordId: d.sourceRecordId, kind: d.kind, idNumber: d.idNumber, name: d.name, birthDate: d.birthDate, eventDate: isoDay(d.eventDay), details: d.details };
}

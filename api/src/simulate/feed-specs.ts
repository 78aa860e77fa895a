/**
 * The three feeds as files: their canonical columns (feed-formats.ts), how a row becomes the
 * cells of a file (yuan with two decimals, Chinese source and kind labels, empty = not provided)
 * and the GraphQL input of a batch (fen, codes, absent = not provided).
 */
import {
  IMPORT_KIND_LABELS, ImportKind, LIFE_EVENT_COLUMNS, LIFE_EVENT_KIND_LABELS, LIFE_EVENT_SOURCE_LABELS, PAYMENT_COLUMNS, RETIREE_COLUMNS, type FeedColumn,
} from '../modules/import/feed-formats.js';
import type { LifeEventFeedRow, PaymentFeedRow, RetireeFeedRow } from './feed-rows.js';

export type FeedName = 'retirees' | 'life-events' | 'payments';

export interface FeedSpec<R> {
  name: FeedName;
  kind: ImportKind;
  /** The sheet's name in the workbook. */
  sheetName: string;
  /** Who "exported" the file (the workbook's author). */
  author: string;
  columns: readonly FeedColumn[];
  cells(row: R): string[];
  input(row: R): Record<string, string | number>;
}

/** 312540 → `3125.40`. */
export function yuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new Error(`amount must be a non-negative integer number of fen, got ${fen}`);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** Fields in column order, as strings; null becomes an empty cell. */
function cellsOf<F extends string>(columns: readonly FeedColumn<F>[], values: Record<F, string | null>): string[] {
  return columns.map((c) => values[c.field] ?? '');
}

/** The input without the fields that are not provided. */
function inputOf(values: Record<string, string | number | null>): Record<string, string | number> {
  const input: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) if (value !== null && value !== '') input[key] = value;
  return input;
}

export const RETIREE_FEED: FeedSpec<RetireeFeedRow> = {
  name: 'retirees',
  kind: ImportKind.RETIREES,
  sheetName: IMPORT_KIND_LABELS[ImportKind.RETIREES],
  author: '浙江省社会保险信息系统',
  columns: RETIREE_COLUMNS,
  cells: (r) => cellsOf(RETIREE_COLUMNS, { ...r, monthlyPension: yuan(r.monthlyPension) }),
  input: (r) => inputOf({ ...r }),
};

export const LIFE_EVENT_FEED: FeedSpec<LifeEventFeedRow> = {
  name: 'life-events',
  kind: ImportKind.LIFE_EVENTS,
  sheetName: IMPORT_KIND_LABELS[ImportKind.LIFE_EVENTS],
  author: '嵊州市大数据发展管理局',
  columns: LIFE_EVENT_COLUMNS,
  cells: (r) => cellsOf(LIFE_EVENT_COLUMNS, { ...r, source: LIFE_EVENT_SOURCE_LABELS[r.source], kind: LIFE_EVENT_KIND_LABELS[r.kind] }),
  input: (r) => inputOf({ ...r }),
};

export const PAYMENT_FEED: FeedSpec<PaymentFeedRow> = {
  name: 'payments',
  kind: ImportKind.PENSION_PAYMENTS,
  sheetName: IMPORT_KIND_LABELS[ImportKind.PENSION_PAYMENTS],
  author: '嵊州市社会保险事业管理中心',
  columns: PAYMENT_COLUMNS,
  cells: (r) => cellsOf(PAYMENT_COLUMNS, { ...r, amount: yuan(r.amount) }),
  input: (r) => inputOf({ ...r }),
};

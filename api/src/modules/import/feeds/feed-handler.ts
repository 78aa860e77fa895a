import type pg from 'pg';
import type { OrgDirectory } from '../../org-unit/org-directory.js';
import type { WorkingCalendar } from '../../../common/working-days.js';
import type { ImportChange, ImportOutcome } from '../import-batch.entity.js';
import type { CellValue } from '../cell-values.js';
import type { ImportKind } from '../feed-formats.js';

/** One row as it arrived, by record field; `rowNo` is what the sender sees (file line, or 1-based index). */
export interface SourceRecord {
  rowNo: number;
  values: Partial<Record<string, CellValue>>;
}

export interface RowIssue {
  rowNo: number;
  field: string | null;
  code: string;
  message: string;
  /** Shown in the error report: ID numbers masked. */
  value: string | null;
  /** A warning keeps the row. */
  warning?: boolean;
}

export interface NormalizeContext {
  /** Files state money in yuan, GraphQL inputs in fen. */
  money: 'YUAN' | 'FEN';
  /** Asia/Shanghai. */
  today: string;
}

export interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ApplyContext {
  batchId: string;
  /** PROVINCIAL for the provincial system's API deliveries, IMPORT for files. */
  changeSource: 'PROVINCIAL' | 'IMPORT';
  actorName: string;
  actorStaffId: number | null;
  orgs: OrgDirectory;
  calendar: WorkingCalendar;
  cityPath: string;
}

export interface ApplyResult extends Counts {
  outcome: Partial<ImportOutcome>;
  sample: ImportChange[];
}

/**
 * What makes one feed: how a row is checked and staged (in JS, as it streams by), which checks
 * need the whole batch (in SQL, set-wise), and how staged rows are merged into the live tables.
 */
export interface FeedHandler<Row> {
  kind: ImportKind;
  stageTable: string;
  /** COPY column list of the staging table, batch_id and row_no first. */
  stageColumns: readonly string[];
  normalize(record: SourceRecord, ctx: NormalizeContext): { row: Row | null; issues: RowIssue[] };
  /** The COPY text line of a staged row (newline included), batch_id and row_no first. */
  encode(batchId: string, rowNo: number, row: Row): string;
  /** Set-wise checks over the staged batch: writes errors and removes rejected rows from staging. */
  validateStaged(client: pg.PoolClient, batchId: string, cityPath: string): Promise<void>;
  /** What committing would do (counts, outcome, sample), without doing it. */
  preview(client: pg.PoolClient, ctx: ApplyContext): Promise<ApplyResult>;
  apply(client: pg.PoolClient, ctx: ApplyContext): Promise<ApplyResult>;
}

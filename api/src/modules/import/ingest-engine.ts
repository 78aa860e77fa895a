/**
 * One delivery, one transaction: stage the rows (checked as they stream by, COPY into staging),
 * run the set-wise checks, then preview or merge, and record the batch with its counts. A crash
 * at any point rolls everything back, so no batch is ever left half-applied or "running"; sending
 * it again does exactly what a clean first run does. The idempotency key is locked for the whole
 * transaction: one batch per key at a time.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { conflict } from '../../common/errors.js';
import { inTransaction } from '../../db/transaction.js';
import { todayInShanghai } from '../../common/working-days.js';
import { copyNullable, copyText } from '../../seed/copy.js';
import type { Platform } from '../../platform.js';
import { ImportKind } from './feed-formats.js';
import { PASSIVE_CERTIFICATION_JOB, RISK_SCAN_JOB } from '../jobs/tasks.js';
import { ImportChannel, ImportStatus, type ImportOutcome } from './import-batch.entity.js';
import type { ApplyContext, ApplyResult, FeedHandler, RowIssue, SourceRecord } from './feeds/feed-handler.js';
import { lifeEventFeed } from './feeds/life-event-feed.js';
import { paymentFeed } from './feeds/payment-feed.js';
import { retireeFeed } from './feeds/retiree-feed.js';

export const FEEDS: Record<ImportKind, FeedHandler<unknown>> = {
  [ImportKind.RETIREES]: retireeFeed as FeedHandler<unknown>,
  [ImportKind.LIFE_EVENTS]: lifeEventFeed as FeedHandler<unknown>,
  [ImportKind.PENSION_PAYMENTS]: paymentFeed as FeedHandler<unknown>,
};

const EMPTY_OUTCOME: ImportOutcome = { placedInCommunity: 0, awaitingPlacement: 0, matched: 0, pendingReview: 0, unmatched: 0 };
const PROGRESS_EVERY = 10_000;

export interface Submitter {
  name: string;
  staffId: number | null;
}

export interface IngestRequest {
  kind: ImportKind;
  channel: ImportChannel;
  /** Known up front for API batches; null for files, whose key is their content hash. */
  idempotencyKey: string | null;
  /** The rows' hash for API batches; for files, read once the stream has ended. */
  contentHash: () => string;
  fileName: string | null;
  submitter: Submitter;
  records: AsyncIterable<SourceRecord>;
  money: 'YUAN' | 'FEN';
  /** False: validate and preview only (files), to be committed later. */
  commit: boolean;
  onProgress?: (rows: number) => void;
}

export interface IngestResult {
  batchId: string;
  /** An earlier delivery of the same batch answered; nothing was done. */
  replayed: boolean;
}

export async function ingest(platform: Platform, request: IngestRequest): Promise<IngestResult> {
  const feed = FEEDS[request.kind];
  const started = Date.now();
  const cityPath = cityPathOf(platform);
  return inImportTransaction<IngestResult>(platform, async (client) => {
    if (request.idempotencyKey) {
      const earlier = await lockKey(client, request.kind, request.idempotencyKey, request.contentHash());
      if (earlier) return { result: { batchId: earlier, replayed: true }, commit: false };
    }
    const { rows } = await client.query<{ id: string }>(
      `insert into import_batch (kind, channel, idempotency_key, content_hash, file_name, status, org_path, received, inserted, updated, unchanged,
                                 rejected, warnings, outcome, change_sample, submitted_by, submitted_by_staff_id)
       values ($1, $2, $3, '', $4, 'PREVIEW', $5, 0, 0, 0, 0, 0, 0, $6, '[]', $7, $8) returning id`,
      [request.kind, request.channel, request.idempotencyKey ?? `pending:${randomUUID()}`, request.fileName, cityPath, EMPTY_OUTCOME, request.submitter.name, request.submitter.staffId],
    );
    const batchId = rows[0]!.id;

    const { received, issues } = await stage(client, feed, batchId, request);
    const hash = request.contentHash();
    if (!request.idempotencyKey) {
      const key = `file:${hash}`;
      const earlier = await lockKey(client, request.kind, key, hash);
      // The same file again: say so, and leave everything as it was.
      if (earlier) return { result: { batchId: earlier, replayed: true }, commit: false };
      await client.query(`update import_batch set idempotency_key = $2 where id = $1`, [batchId, key]);
    }
    await client.query(`update import_batch set content_hash = $2, received = $3 where id = $1`, [batchId, hash, received]);
    await storeIssues(client, batchId, cityPath, issues);
    await feed.validateStaged(client, batchId, cityPath);
    const context = applyContext(platform, batchId, request.channel, request.submitter);
    const outcome = request.commit ? await feed.apply(client, context) : await feed.preview(client, context);
    if (request.commit) await afterCommit(client, feed, batchId);
    await finish(client, batchId, request.commit ? ImportStatus.COMMITTED : ImportStatus.PREVIEW, outcome, Date.now() - started);
    return { result: { batchId, replayed: false }, commit: true };
  });
}

/** Applies a validated file. Its staged rows must all still be there (staging does not survive a database crash). */
export async function commitPreview(platform: Platform, batchId: string, submitter: Submitter): Promise<void> {
  const started = Date.now();
  await inImportTransaction(platform, async (client) => {
    const { rows } = await client.query<{ kind: ImportKind; channel: ImportChannel; status: ImportStatus; received: number; rejected: number; duration_ms: number | null }>(
      `select kind, channel, status, received, rejected, duration_ms from import_batch where id = $1 for update`,
      [batchId],
    );
    const batch = rows[0];
    if (!batch) throw conflict('该批次不存在');
    if (batch.status !== ImportStatus.PREVIEW) throw conflict(batch.status === ImportStatus.COMMITTED ? '该批次已导入过，未做任何更改' : '该批次已放弃，请重新上传文件');
    const feed = FEEDS[batch.kind];
    const staged = await client.query<{ n: string }>(`select count(*) as n from ${feed.stageTable} where batch_id = $1`, [batchId]);
    const expected = await client.query<{ n: string }>(`select count(distinct row_no) as n from import_error where batch_id = $1 and severity = 'ERROR'`, [batchId]);
    if (Number(staged.rows[0]!.n) !== batch.received - Number(expected.rows[0]!.n)) {
      throw conflict('暂存的校验数据已失效（数据库重启后会清空），请重新上传该文件');
    }
    const outcome = await feed.apply(client, applyContext(platform, batchId, batch.channel, submitter));
    await afterCommit(client, feed, batchId);
    await finish(client, batchId, ImportStatus.COMMITTED, outcome, (batch.duration_ms ?? 0) + Date.now() - started);
    return { result: undefined, commit: true };
  });
}

export async function discardPreview(platform: Platform, batchId: string): Promise<void> {
  await inImportTransaction(platform, async (client) => {
    const { rows } = await client.query<{ kind: ImportKind; status: ImportStatus }>(`select kind, status from import_batch where id = $1 for update`, [batchId]);
    const batch = rows[0];
    if (!batch) throw conflict('该批次不存在');
    if (batch.status !== ImportStatus.PREVIEW) throw conflict(batch.status === ImportStatus.COMMITTED ? '该批次已导入，不能放弃' : '该批次已放弃');
    await client.query(`delete from ${FEEDS[batch.kind].stageTable} where batch_id = $1`, [batchId]);
    await client.query(`update import_batch set status = 'DISCARDED' where id = $1`, [batchId]);
    return { result: undefined, commit: true };
  });
}

/**
 * Staging is emptied; shared data and payments ask for a risk scan of what they touched, and
 * shared data for passive certification of its people, in the same transaction (the outbox: the
 * jobs exist if and only if the batch committed).
 */
async function afterCommit(client: pg.PoolClient, feed: FeedHandler<unknown>, batchId: string): Promise<void> {
  await client.query(`delete from ${feed.stageTable} where batch_id = $1`, [batchId]);
  if (feed.kind !== ImportKind.RETIREES) await client.query(`select app_enqueue_job($1, $2::json, null, 5, null)`, [RISK_SCAN_JOB, JSON.stringify({ batchId })]);
  if (feed.kind === ImportKind.LIFE_EVENTS) await client.query(`select app_enqueue_job($1, $2::json, null, 5, null)`, [PASSIVE_CERTIFICATION_JOB, JSON.stringify({ batchId })]);
}

/** The import's own transaction on the import pool; `commit: false` (an earlier delivery answered) keeps nothing. */
async function inImportTransaction<T>(platform: Platform, work: (client: pg.PoolClient) => Promise<{ result: T; commit: boolean }>): Promise<T> {
  return (await inTransaction(platform.importPool, work, (done) => done.commit)).result;
}

/**
 * Holds the key until the transaction ends and returns the batch that already has it, if any.
 * The same key with other content is refused; an abandoned preview of the same file makes way.
 */
async function lockKey(client: pg.PoolClient, kind: ImportKind, key: string, hash: string): Promise<string | null> {
  await client.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`import:${kind}:${key}`]);
  const { rows } = await client.query<{ id: string; content_hash: string; status: ImportStatus }>(
    `select id, content_hash, status from import_batch where kind = $1 and idempotency_key = $2`,
    [kind, key],
  );
  const earlier = rows[0];
  if (!earlier) return null;
  if (earlier.status === ImportStatus.DISCARDED) {
    await client.query(`delete from import_error where batch_id = $1`, [earlier.id]);
    await client.query(`delete from import_batch where id = $1`, [earlier.id]);
    return null;
  }
  if (earlier.content_hash !== hash) {
    throw conflict(`幂等键「${key.slice(0, 60)}」已用于批次 #${earlier.id}，内容不同：请为新的数据使用新的幂等键`);
  }
  return earlier.id;
}

/** Streams checked rows into staging with COPY; problems are kept for the error table. */
async function stage(client: pg.PoolClient, feed: FeedHandler<unknown>, batchId: string, request: IngestRequest): Promise<{ received: number; issues: RowIssue[] }> {
  const issues: RowIssue[] = [];
  let received = 0;
  const normalizeContext = { money: request.money, today: todayInShanghai() };
  async function* lines(): AsyncGenerator<string> {
    let buffer = '';
    for await (const record of request.records) {
      received++;
      const { row, issues: found } = feed.normalize(record, normalizeContext);
      for (const issue of found) issues.push(issue);
      if (row) buffer += feed.encode(batchId, record.rowNo, row);
      if (buffer.length >= 65_536) {
        yield buffer;
        buffer = '';
      }
      if (received % PROGRESS_EVERY === 0) request.onProgress?.(received);
    }
    if (buffer) yield buffer;
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(`copy ${feed.stageTable} (${feed.stageColumns.join(', ')}) from stdin`)));
  request.onProgress?.(received);
  return { received, issues };
}

async function storeIssues(client: pg.PoolClient, batchId: string, cityPath: string, issues: RowIssue[]): Promise<void> {
  if (!issues.length) return;
  const line = (i: RowIssue) =>
    [batchId, copyText(cityPath), String(i.rowNo), copyNullable(i.field), copyText(i.code), i.warning ? 'WARNING' : 'ERROR', copyText(i.message.slice(0, 300)), copyNullable(i.value)].join('\t') + '\n';
  async function* chunks(): AsyncGenerator<string> {
    for (let i = 0; i < issues.length; i += 2_000) yield issues.slice(i, i + 2_000).map(line).join('');
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`copy import_error (batch_id, org_path, row_no, field, code, severity, message, value) from stdin`)));
}

async function finish(client: pg.PoolClient, batchId: string, status: ImportStatus, result: ApplyResult, durationMs: number): Promise<void> {
  await client.query(
    `update import_batch b set status = $2::import_status, inserted = $3, updated = $4, unchanged = $5, outcome = $6, change_sample = $7,
            rejected = e.rejected, warnings = e.warnings, duration_ms = $8,
            committed_at = case when $2::text = 'COMMITTED' then now() end
       from (select count(distinct row_no) filter (where severity = 'ERROR') as rejected, count(*) filter (where severity = 'WARNING') as warnings
               from import_error where batch_id = $1) e
      where b.id = $1`,
    [batchId, status, result.inserted, result.updated, result.unchanged, { ...EMPTY_OUTCOME, ...result.outcome }, JSON.stringify(result.sample), durationMs],
  );
}

function applyContext(platform: Platform, batchId: string, channel: ImportChannel, submitter: Submitter): ApplyContext {
  return {
    batchId,
    changeSource: channel === ImportChannel.API ? 'PROVINCIAL' : 'IMPORT',
    actorName: submitter.name,
    actorStaffId: submitter.staffId,
    orgs: platform.orgs,
    calendar: platform.config.calendar,
    cityPath: cityPathOf(platform),
  };
}

function cityPathOf(platform: Platform): string {
  const city = platform.orgs.childrenOf(null)[0];
  if (!city) throw new Error('the org tree has no city');
  return city.path;
}

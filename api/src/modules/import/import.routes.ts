/**
 * Files over HTTP, streamed end to end:
 * - `POST /imports/:feed` (feed = retirees | life-events | payments), the file as the body and its
 *   name in `X-File-Name`. Bureau staff get a preview to commit later (`?commit=1` applies at once);
 *   integrators' files are applied at once. The answer is NDJSON: progress lines while rows are
 *   read, then `{"type":"done","batchId","replayed"}` or `{"type":"error","code","message"}`.
 * - `GET /imports/:id/errors.csv`: the batch's error report.
 * - `GET /imports/templates/:feed.csv`: an empty file with the expected headers.
 */
import cookieParser from 'cookie-parser';
import { Router, type Request, type Response } from 'express';
import type { Platform } from '../../platform.js';
import { AppError } from '../../common/errors.js';
import { createRequestContext } from '../../http/request-context.js';
import type { Actor } from '../../common/actor.js';
import { MAX_IMPORT_FILE_BYTES } from './batch-limits.js';
import { FEED_COLUMNS, ImportKind } from './feed-formats.js';
import { readFeedFile } from './feed-file.js';
import { ImportChannel } from './import-batch.entity.js';
import { requireImportReader, requireIngest } from './import-access.js';
import { ingest } from './ingest-engine.js';
import { Transform } from 'node:stream';

const FEED_PATHS: Record<string, ImportKind> = {
  retirees: ImportKind.RETIREES,
  'life-events': ImportKind.LIFE_EVENTS,
  payments: ImportKind.PENSION_PAYMENTS,
};

const BOM = '\uFEFF';

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

/** The caller, from the session cookie or bearer token; the request transaction is closed at once. */
async function actorOf(platform: Platform, req: Request, res: Response): Promise<Actor | null> {
  const ctx = await createRequestContext(platform, req, res);
  await ctx.endTransaction(true);
  return ctx.actor;
}

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function importRoutes(platform: Platform): Router {
  const router = Router();
  router.use(cookieParser());

  router.get('/templates/:file', (req, res) => {
    const kind = FEED_PATHS[req.params.file.replace(/\.csv$/, '')];
    if (!kind) return fail(res, 404, 'NOT_FOUND', '没有这种模板');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${req.params.file.replace(/\.csv$/, '')}-template.csv`)}`);
    res.send(BOM + FEED_COLUMNS[kind].map((c) => csvCell(c.header)).join(',') + '\r\n');
  });

  router.post('/:feed', async (req, res) => {
    const kind = FEED_PATHS[req.params.feed];
    if (!kind) return fail(res, 404, 'NOT_FOUND', '没有这种数据类型');
    let started = false;
    try {
      const actor = await actorOf(platform, req, res);
      const submitter = requireIngest(actor, kind, 'FILE');
      const commit = actor?.kind === 'CLIENT' || req.query.commit === '1';
      const rawName = String(req.headers['x-file-name'] ?? '');
      let fileName = null as string | null;
      try {
        fileName = decodeURIComponent(rawName).replace(/[\\/\r\n"]/g, '_').slice(0, 200) || null;
      } catch {
        fileName = null;
      }
      let bytes = 0;
      const limited = req.pipe(new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          if (bytes > MAX_IMPORT_FILE_BYTES) return done(new AppError('BAD_USER_INPUT', `文件超过 ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB，请拆分后上传`, { field: 'file', reason: 'FILE_TOO_LARGE' }));
          done(null, chunk);
        },
      }));
      const file = readFeedFile(kind, limited);
      res.status(200).setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.flushHeaders();
      started = true;
      const result = await ingest(platform, {
        kind,
        channel: ImportChannel.FILE,
        idempotencyKey: null,
        contentHash: file.hash,
        fileName,
        submitter,
        records: file.records,
        money: 'YUAN',
        commit,
        onProgress: (rows) => res.write(JSON.stringify({ type: 'progress', rows }) + '\n'),
      });
      res.end(JSON.stringify({ type: 'done', ...result }) + '\n');
    } catch (e) {
      const known = e instanceof AppError;
      if (!known) platform.log.error('import failed', { error: e instanceof Error ? e.message : String(e) });
      const code = known ? String(e.extensions.code) : 'INTERNAL_SERVER_ERROR';
      const message = known ? e.message : '导入失败，数据未做任何更改，请稍后重试';
      const reason = known ? (e.extensions.reason as string | undefined) : undefined;
      if (started) res.end(JSON.stringify({ type: 'error', code, reason, message }) + '\n');
      else fail(res, code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'INTERNAL_SERVER_ERROR' ? 500 : 400, code, message);
      req.resume();
    }
  });

  router.get('/:id/errors.csv', async (req, res) => {
    try {
      const actor = await actorOf(platform, req, res);
      requireImportReader({ actor } as never);
      if (!/^\d{1,18}$/.test(req.params.id)) return fail(res, 404, 'NOT_FOUND', '该导入批次不存在');
      const batch = await platform.pool.query<{ id: string; file_name: string | null }>(`select id, file_name from import_batch where id = $1`, [req.params.id]);
      if (!batch.rows[0]) return fail(res, 404, 'NOT_FOUND', '该导入批次不存在');
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`导入批次${req.params.id}-错误报告.csv`)}`);
      res.write(BOM + ['行号', '字段', '级别', '错误代码', '说明', '原始值'].join(',') + '\r\n');
      // Pages of 5,000 by (row, id): a report of a whole bad file never sits in memory.
      let after = { row: 0, id: '0' };
      for (;;) {
        const { rows } = await platform.pool.query<{ id: string; row_no: number; field: string | null; severity: string; code: string; message: string; value: string | null }>(
          `select id, row_no, field, severity, code, message, value from import_error
            where batch_id = $1 and (row_no, id) > ($2, $3::bigint) order by row_no, id limit 5000`,
          [req.params.id, after.row, after.id],
        );
        if (!rows.length) break;
        res.write(rows.map((r) => [r.row_no, r.field, r.severity === 'ERROR' ? '拒收' : '提示', r.code, r.message, r.value].map(csvCell).join(',')).join('\r\n') + '\r\n');
        const last = rows[rows.length - 1]!;
        after = { row: last.row_no, id: last.id };
      }
      res.end();
    } catch (e) {
      const known = e instanceof AppError;
      if (!res.headersSent) fail(res, known && e.extensions.code === 'UNAUTHENTICATED' ? 401 : known ? 403 : 500, known ? String(e.extensions.code) : 'INTERNAL_SERVER_ERROR', known ? e.message : '服务暂时不可用');
      else res.end();
    }
  });

  return router;
}

import { createHash } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { AREA_FILTER } from '../../common/area-filter.js';
import { badInput, notFound } from '../../common/errors.js';
import { recordId } from '../../common/ids.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { systemEm } from '../../platform.js';
import { MAX_API_BATCH_ROWS } from './batch-limits.js';
import type { ImportKind } from './feed-formats.js';
import { ImportBatch, ImportChannel, ImportError, type ImportErrorSeverity } from './import-batch.entity.js';
import { requireImportReader, requireIngest, isBureauImporter } from './import-access.js';
import type { ImportBatchFilter, ImportBatchList, ImportErrorList } from './import.inputs.js';
import { commitPreview, discardPreview, ingest } from './ingest-engine.js';
import { forbidden } from '../../common/errors.js';
import { requireStaff } from '../../common/guards.js';

/**
 * Batches are read with the owner's connection once the caller has passed the check above:
 * they are the bureau's and the integrators' business, and integrators have no area to read in.
 */
function batchEm(ctx: RequestContext) {
  return systemEm(ctx.platform);
}

async function load(ctx: RequestContext, id: string, replayed = false): Promise<ImportBatch> {
  const batch = await batchEm(ctx).findOne(ImportBatch, { id: recordId(id, '该导入批次') }, { filters: { [AREA_FILTER]: false } });
  if (!batch) throw notFound('该导入批次');
  batch.replayed = replayed;
  return batch;
}

export const importService = {
  async ingestApiBatch(ctx: RequestContext, kind: ImportKind, idempotencyKey: string, rows: object[]): Promise<ImportBatch> {
    const submitter = requireIngest(ctx.actor, kind, 'API');
    const key = idempotencyKey.trim();
    if (!key || key.length > 200) throw badInput('idempotencyKey', '幂等键不能为空，且不超过 200 个字符');
    if (!rows.length) throw badInput('rows', '批次中没有数据');
    if (rows.length > MAX_API_BATCH_ROWS) throw badInput('rows', `每批最多 ${MAX_API_BATCH_ROWS} 行；更大的数据请分批发送或使用文件接口 POST /imports`, { reason: 'BATCH_TOO_LARGE' });
    const hash = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    const result = await ingest(ctx.platform, {
      kind,
      channel: ImportChannel.API,
      idempotencyKey: key,
      contentHash: () => hash,
      fileName: null,
      submitter,
      records: (async function* () {
        for (let i = 0; i < rows.length; i++) yield { rowNo: i + 1, values: rows[i] as Record<string, never> };
      })(),
      money: 'FEN',
      commit: true,
    });
    return load(ctx, result.batchId, result.replayed);
  },

  async commit(ctx: RequestContext, id: string): Promise<ImportBatch> {
    const staff = requireStaff(ctx);
    if (!isBureauImporter(staff)) throw forbidden('只有市局工作人员可以确认导入');
    await load(ctx, id);
    await commitPreview(ctx.platform, id, { name: staff.displayName, staffId: staff.staffId });
    return load(ctx, id);
  },

  async discard(ctx: RequestContext, id: string): Promise<ImportBatch> {
    const staff = requireStaff(ctx);
    if (!isBureauImporter(staff)) throw forbidden('只有市局工作人员可以放弃导入');
    await load(ctx, id);
    await discardPreview(ctx.platform, id);
    return load(ctx, id);
  },

  async list(ctx: RequestContext, filter: ImportBatchFilter | null | undefined, limit?: number | null, after?: string | null): Promise<ImportBatchList> {
    requireImportReader(ctx);
    const size = pageSize(limit);
    const where: FilterQuery<ImportBatch> = {};
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.status) where.status = filter.status;
    const cursor = decodeCursor(after);
    const em = batchEm(ctx);
    const rows = await em.find(ImportBatch, cursor ? { ...where, id: { $lt: cursor } } : where, { orderBy: { id: 'desc' }, limit: size + 1, filters: { [AREA_FILTER]: false } });
    const total = await em.count(ImportBatch, where, { filters: { [AREA_FILTER]: false } });
    return { ...toPage(rows, size, (b) => b.id), total };
  },

  async get(ctx: RequestContext, id: string): Promise<ImportBatch> {
    requireImportReader(ctx);
    return load(ctx, id);
  },

  async errors(ctx: RequestContext, batch: ImportBatch, severity: ImportErrorSeverity | null | undefined, limit?: number | null, after?: string | null): Promise<ImportErrorList> {
    requireImportReader(ctx);
    const size = pageSize(limit);
    const where: FilterQuery<ImportError> = { batchId: batch.id };
    if (severity) where.severity = severity;
    const cursor = decodeCursor(after);
    const em = batchEm(ctx);
    const rows = await em.find(ImportError, cursor ? { ...where, id: { $gt: cursor } } : where, { orderBy: { id: 'asc' }, limit: size + 1, filters: { [AREA_FILTER]: false } });
    const total = await em.count(ImportError, where, { filters: { [AREA_FILTER]: false } });
    return { ...toPage(rows, size, (e) => e.id), total };
  },
};

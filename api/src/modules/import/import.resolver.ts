import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { ImportBatch, ImportError, ImportErrorSeverity } from './import-batch.entity.js';
import { FEED_COLUMNS, ImportKind } from './feed-formats.js';
import {
  ImportBatchFilter,
  ImportBatchList,
  ImportErrorList,
  LifeEventBatchInput,
  PaymentBatchInput,
  RetireeBatchInput,
} from './import.inputs.js';
import { importService } from './import.service.js';

/** Record field → the canonical column header (the same field has the same header in every feed). */
const COLUMN_HEADERS = new Map(Object.values(FEED_COLUMNS).flatMap((columns) => columns.map((c) => [c.field, c.header] as const)));

@Resolver(() => ImportError)
export class ImportErrorResolver {
  @FieldResolver(() => String, { nullable: true, description: '对应的列名（文件表头），如「公民身份号码」' })
  column(@Root() error: ImportError): string | null {
    return error.field ? (COLUMN_HEADERS.get(error.field) ?? null) : null;
  }
}

@Resolver(() => ImportBatch)
export class ImportResolver {
  @Authorized(Permission.INGEST_RETIREE)
  @Mutation(() => ImportBatch, { description: '省集中系统推送退休人员（新退休与信息变更）；按身份证号码幂等' })
  ingestRetirees(@Ctx() ctx: RequestContext, @Arg('batch', () => RetireeBatchInput) batch: RetireeBatchInput): Promise<ImportBatch> {
    return importService.ingestApiBatch(ctx, ImportKind.RETIREES, batch.idempotencyKey, batch.rows);
  }

  @Authorized(Permission.INGEST_LIFE_EVENT)
  @Mutation(() => ImportBatch, { description: '数据高铁推送共享数据（死亡、火化、判决、就医…）；按 (来源, 来源记录编号) 幂等' })
  ingestLifeEvents(@Ctx() ctx: RequestContext, @Arg('batch', () => LifeEventBatchInput) batch: LifeEventBatchInput): Promise<ImportBatch> {
    return importService.ingestApiBatch(ctx, ImportKind.LIFE_EVENTS, batch.idempotencyKey, batch.rows);
  }

  @Authorized(Permission.INGEST_PAYMENT)
  @Mutation(() => ImportBatch, { description: '推送养老金发放明细；按 (退休人员, 发放期间) 幂等' })
  ingestPensionPayments(@Ctx() ctx: RequestContext, @Arg('batch', () => PaymentBatchInput) batch: PaymentBatchInput): Promise<ImportBatch> {
    return importService.ingestApiBatch(ctx, ImportKind.PENSION_PAYMENTS, batch.idempotencyKey, batch.rows);
  }

  @Authorized(Permission.IMPORT_MANAGE)
  @Mutation(() => ImportBatch, { description: '确认导入已校验的文件（仅市局）' })
  commitImportBatch(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ImportBatch> {
    return importService.commit(ctx, id);
  }

  @Authorized(Permission.IMPORT_MANAGE)
  @Mutation(() => ImportBatch, { description: '放弃已校验未导入的文件（仅市局）' })
  discardImportBatch(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ImportBatch> {
    return importService.discard(ctx, id);
  }

  @Authorized()
  @Query(() => ImportBatchList, { description: '数据导入批次，最新的在前（市局工作人员与集成方）' })
  importBatches(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ImportBatchFilter, { nullable: true }) filter?: ImportBatchFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ImportBatchList> {
    return importService.list(ctx, filter, limit, after);
  }

  @Authorized()
  @Query(() => ImportBatch, { description: '一个导入批次' })
  importBatch(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ImportBatch> {
    return importService.get(ctx, id);
  }

  @FieldResolver(() => ImportErrorList, { description: '行错误与提示，按行号' })
  errors(
    @Ctx() ctx: RequestContext,
    @Root() batch: ImportBatch,
    @Arg('severity', () => ImportErrorSeverity, { nullable: true }) severity?: ImportErrorSeverity,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ImportErrorList> {
    return importService.errors(ctx, batch, severity, limit, after);
  }

  @FieldResolver(() => String, { nullable: true, description: '错误报告下载地址（CSV）' })
  errorReportUrl(@Root() batch: ImportBatch): string | null {
    return batch.rejected + batch.warnings > 0 ? `/imports/${batch.id}/errors.csv` : null;
  }
}

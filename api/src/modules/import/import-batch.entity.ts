import { BigIntType, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, orgPathAreaCondition } from '../../common/area-filter.js';
import { ImportKind } from './feed-formats.js';

registerEnumType(ImportKind, { name: 'ImportKind', description: '导入数据类型' });

export enum ImportChannel {
  /** 接口推送 (integrators' GraphQL batches) */
  API = 'API',
  /** 文件上传 (CSV / XLSX, by staff or integrators) */
  FILE = 'FILE',
}
registerEnumType(ImportChannel, { name: 'ImportChannel', description: '数据接入方式' });

export enum ImportStatus {
  /** 已校验，待确认导入 (a file's preview; nothing applied yet) */
  PREVIEW = 'PREVIEW',
  /** 已导入 */
  COMMITTED = 'COMMITTED',
  /** 已放弃 (a preview nobody committed) */
  DISCARDED = 'DISCARDED',
}
registerEnumType(ImportStatus, { name: 'ImportStatus', description: '导入批次状态' });

export enum ImportErrorSeverity {
  /** The row was rejected. */
  ERROR = 'ERROR',
  /** The row landed, but someone should look (an event for nobody we know, a name that differs…). */
  WARNING = 'WARNING',
}
registerEnumType(ImportErrorSeverity, { name: 'ImportErrorSeverity' });

/** Extra counts one kind of feed reports (zero for the others). */
@ObjectType('ImportOutcome', { description: '按数据类型的补充统计' })
export class ImportOutcome {
  @Field(() => Int, { description: '新退休人员：已按地址自动纳入社区' })
  placedInCommunity!: number;

  @Field(() => Int, { description: '新退休人员：地址不明，交镇街（或市局）分配社区' })
  awaitingPlacement!: number;

  @Field(() => Int, { description: '共享数据：已按身份证号码匹配到退休人员' })
  matched!: number;

  @Field(() => Int, { description: '共享数据：无可用身份证号码或姓名不符，进入人工核对' })
  pendingReview!: number;

  @Field(() => Int, { description: '共享数据：本市退休人员中查无此人' })
  unmatched!: number;
}

/** One row of "what will change" (or what changed), for people to check a file before committing it. */
@ObjectType('ImportChange', { description: '变更预览' })
export class ImportChange {
  @Field(() => Int, { description: '行号' })
  rowNo!: number;

  @Field(() => String, { description: 'INSERT 新增 / UPDATE 更新' })
  action!: 'INSERT' | 'UPDATE';

  @Field(() => String, { description: '对象（姓名与脱敏身份证号码，或记录编号）' })
  subject!: string;

  @Field(() => String, { description: '变化内容，如「常住地址：A → B」' })
  summary!: string;
}

/**
 * One delivery of one feed: an integrator's GraphQL batch or an uploaded file. Natural keys make
 * delivery idempotent; the idempotency key makes a re-sent batch a no-op that says so.
 * Batches are the bureau's business: their rows carry the city's path, so only city-level staff see them.
 */
@ObjectType('ImportBatch', { description: '数据导入批次' })
@Entity({ tableName: 'import_batch' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Unique({ name: 'import_batch_key', properties: ['kind', 'idempotencyKey'] })
@Index({ name: 'import_batch_created_idx', expression: 'create index import_batch_created_idx on import_batch (created_at desc, id desc)' })
export class ImportBatch {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => ImportKind)
  @Enum({ items: () => ImportKind, nativeEnumName: 'import_kind' })
  kind!: ImportKind;

  @Field(() => ImportChannel)
  @Enum({ items: () => ImportChannel, nativeEnumName: 'import_channel' })
  channel!: ImportChannel;

  @Field(() => String, { description: '幂等键（文件为其内容摘要）' })
  @Property({ type: 'string', length: 200 })
  idempotencyKey!: string;

  /** SHA-256 of the normalised rows: the same key with other content is refused. */
  @Property({ type: 'string', length: 64 })
  contentHash!: string;

  @Field(() => String, { nullable: true, description: '文件名' })
  @Property({ type: 'string', length: 200, nullable: true })
  fileName?: string | null;

  @Field(() => ImportStatus)
  @Enum({ items: () => ImportStatus, nativeEnumName: 'import_status' })
  status!: ImportStatus;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => Int, { description: '收到的行数' })
  @Property({ type: 'integer' })
  received!: number;

  @Field(() => Int, { description: '新增' })
  @Property({ type: 'integer' })
  inserted!: number;

  @Field(() => Int, { description: '更新' })
  @Property({ type: 'integer' })
  updated!: number;

  @Field(() => Int, { description: '无变化' })
  @Property({ type: 'integer' })
  unchanged!: number;

  @Field(() => Int, { description: '拒收的行数' })
  @Property({ type: 'integer' })
  rejected!: number;

  @Field(() => Int, { description: '需关注的提示数（行已导入）' })
  @Property({ type: 'integer' })
  warnings!: number;

  @Field(() => ImportOutcome)
  @Property({ type: 'json' })
  outcome!: ImportOutcome;

  @Field(() => [ImportChange], { description: '变更样例（最多 50 行）' })
  @Property({ type: 'json' })
  changeSample!: ImportChange[];

  @Field(() => String, { description: '提交人（工作人员或集成方）' })
  @Property({ type: 'string', length: 100 })
  submittedBy!: string;

  @Property({ type: 'integer', nullable: true })
  submittedByStaffId?: number | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: '导入完成时间' })
  @Property({ type: 'datetime', nullable: true })
  committedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: '处理耗时（毫秒）' })
  @Property({ type: 'integer', nullable: true })
  durationMs?: number | null;

  /** Not stored: true when this answer is an earlier delivery of the same batch (nothing was done again). */
  @Field(() => Boolean, { description: '是否为重复提交（本次未做任何更改）' })
  @Property({ type: 'boolean', persist: false })
  replayed = false;
}

/** Why one row of a batch was rejected, or what about it needs a look. */
@ObjectType('ImportError', { description: '导入行错误或提示' })
@Entity({ tableName: 'import_error' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Index({ properties: ['batchId', 'rowNo'] })
export class ImportError {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => ImportBatch, { mapToPk: true, fieldName: 'batch_id', deleteRule: 'cascade' })
  batchId!: string;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => Int, { description: '行号（文件含表头时为表格中的行号）' })
  @Property({ type: 'integer' })
  rowNo!: number;

  @Field(() => String, { nullable: true, description: '字段' })
  @Property({ type: 'string', length: 50, nullable: true })
  field?: string | null;

  @Field(() => String, { description: '错误代码' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => ImportErrorSeverity)
  @Enum({ items: () => ImportErrorSeverity, nativeEnumName: 'import_error_severity' })
  severity!: ImportErrorSeverity;

  @Field(() => String, { description: '说明' })
  @Property({ type: 'string', length: 300 })
  message!: string;

  @Field(() => String, { nullable: true, description: '原始值（身份证号码已脱敏）' })
  @Property({ type: 'string', length: 300, nullable: true })
  value?: string | null;
}

import { MAX_API_BATCH_ROWS } from './batch-limits.js';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../common/page-type.js';
import { ImportBatch, ImportError, ImportErrorSeverity, ImportStatus } from './import-batch.entity.js';
import { ImportKind } from './feed-formats.js';

/*
 * Row inputs take dates, kinds and sources as strings on purpose: one bad row must be reported
 * as that row's error, not fail the whole batch in GraphQL coercion.
 */

@InputType({ description: '省集中系统的一条退休人员记录（新退休或信息变更；空值表示不变）' })
export class RetireeRecordInput {
  @Field(() => String, { description: '公民身份号码（18位，校验位正确）' })
  idNumber!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '退休日期 YYYY-MM-DD' })
  retirementDate!: string;

  @Field(() => String, { nullable: true })
  employer?: string | null;

  @Field(() => String, { nullable: true, description: '户籍地址' })
  hukouAddress?: string | null;

  @Field(() => String, { nullable: true, description: '常住地址' })
  residenceAddress?: string | null;

  @Field(() => Int, { description: '月基本养老金（分）' })
  monthlyPension!: number;

  @Field(() => String, { nullable: true })
  bankName?: string | null;

  @Field(() => String, { nullable: true })
  bankAccount?: string | null;

  @Field(() => String, { nullable: true })
  citizenCardNo?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: '一批退休人员记录；同一幂等键只处理一次' })
export class RetireeBatchInput {
  @Field(() => String, { description: '幂等键：重发同一批次时保持不变' })
  idempotencyKey!: string;

  @Field(() => [RetireeRecordInput], { description: `每批最多 ${MAX_API_BATCH_ROWS} 行；更大的数据请用文件接口` })
  rows!: RetireeRecordInput[];
}

@InputType({ description: '数据高铁的一条共享数据记录' })
export class LifeEventRecordInput {
  @Field(() => String, { description: '来源：POLICE, CIVIL_AFFAIRS, COURT, PROCURATORATE, JUSTICE, HEALTH, BIG_DATA, CITIZEN_CARD' })
  source!: string;

  @Field(() => String, { description: '来源部门的记录编号（与来源一起唯一）' })
  sourceRecordId!: string;

  @Field(() => String, { description: '类型：DEATH, CREMATION, SENTENCE, IMPRISONMENT, RELEASE, MISSING, LOW_INCOME, DISABILITY, HOSPITAL_VISIT, CARD_USE' })
  kind!: string;

  @Field(() => String, { nullable: true, description: '公民身份号码（缺失时按姓名和出生日期人工核对）' })
  idNumber?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: '出生日期 YYYY-MM-DD' })
  birthDate?: string | null;

  @Field(() => String, { description: '事件日期 YYYY-MM-DD' })
  eventDate!: string;

  @Field(() => String, { nullable: true, description: '详情' })
  details?: string | null;
}

@InputType()
export class LifeEventBatchInput {
  @Field(() => String)
  idempotencyKey!: string;

  @Field(() => [LifeEventRecordInput])
  rows!: LifeEventRecordInput[];
}

@InputType({ description: '一条养老金发放记录' })
export class PaymentRecordInput {
  @Field(() => String)
  idNumber!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { description: '发放期间 YYYY-MM' })
  period!: string;

  @Field(() => Int, { description: '金额（分）' })
  amount!: number;

  @Field(() => String, { description: '到账日期 YYYY-MM-DD' })
  paidDate!: string;

  @Field(() => String, { nullable: true })
  bankAccount?: string | null;
}

@InputType()
export class PaymentBatchInput {
  @Field(() => String)
  idempotencyKey!: string;

  @Field(() => [PaymentRecordInput])
  rows!: PaymentRecordInput[];
}

@InputType()
export class ImportBatchFilter {
  @Field(() => ImportKind, { nullable: true })
  kind?: ImportKind | null;

  @Field(() => ImportStatus, { nullable: true })
  status?: ImportStatus | null;
}

@ObjectType('ImportBatchList')
export class ImportBatchList extends PageOf(ImportBatch) {}

@ObjectType('ImportErrorList')
export class ImportErrorList extends PageOf(ImportError) {}

export { ImportErrorSeverity };

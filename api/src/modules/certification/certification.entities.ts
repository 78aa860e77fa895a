import { BigIntType, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, retireeOwnedAreaCondition } from '../../common/area-filter.js';
import { LocalDate } from '../../common/scalars.js';
import { Retiree } from '../retiree/retiree.entity.js';

export enum CertificationMethod {
  /** 无感认证：共享数据显示本人健在 */
  PASSIVE = 'PASSIVE',
  /** 刷脸认证（政务服务 App） */
  FACE = 'FACE',
  /** 工作人员上门认证 */
  VISIT = 'VISIT',
}
registerEnumType(CertificationMethod, { name: 'CertificationMethod', description: '认证方式' });

@ObjectType('CertificationEvidence', { description: '认证依据' })
export class CertificationEvidence {
  @Field(() => LocalDate)
  date!: string;

  @Field(() => String, { description: '如「2026-10-03 市人民医院门诊」' })
  text!: string;
}

/**
 * A retiree's current survival certification: valid for 12 months from the evidence that renewed
 * it. Passive renewal never happens while a death, missing or imprisonment record stands.
 */
@ObjectType('Certification', { description: '生存认证' })
@Entity({ tableName: 'certification' })
@Filter({ name: AREA_FILTER, cond: retireeOwnedAreaCondition, default: true })
@Index({ name: 'certification_area_idx', expression: 'create index certification_area_idx on certification (org_path text_pattern_ops) include (valid_until, method)' })
export class Certification {
  @ManyToOne(() => Retiree, { ref: true, primary: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => LocalDate, { nullable: true, description: '认证有效期至' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  validUntil?: string | null;

  @Field(() => CertificationMethod, { nullable: true, description: '最近一次认证方式' })
  @Enum({ items: () => CertificationMethod, nativeEnumName: 'certification_method', nullable: true })
  method?: CertificationMethod | null;

  @Field(() => LocalDate, { nullable: true, description: '最近一次认证日期（依据的日期）' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  certifiedOn?: string | null;

  @Field(() => Float, { nullable: true, description: '无感认证得分' })
  @Property({ type: 'double', nullable: true })
  score?: number | null;

  @Field(() => [CertificationEvidence])
  @Property({ type: 'json' })
  evidence: CertificationEvidence[] = [];

  @Field(() => String, { nullable: true, description: '不能无感认证的原因（如共享数据显示死亡、失踪、服刑）' })
  @Property({ type: 'string', length: 200, nullable: true })
  blockedReason?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/** Every certification act, kept: face verifications are idempotent by their transaction id. */
@ObjectType('CertificationRecord', { description: '认证记录' })
@Entity({ tableName: 'certification_record' })
@Filter({ name: AREA_FILTER, cond: retireeOwnedAreaCondition, default: true })
@Index({ properties: ['retiree', 'id'] })
export class CertificationRecord {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => CertificationMethod)
  @Enum({ items: () => CertificationMethod, nativeEnumName: 'certification_method' })
  method!: CertificationMethod;

  @Field(() => Boolean, { description: '是否通过' })
  @Property({ type: 'boolean' })
  passed!: boolean;

  @Field(() => LocalDate)
  @Property({ type: 'string', columnType: 'date' })
  certifiedOn!: string;

  @Field(() => LocalDate, { nullable: true })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  validUntil?: string | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  score?: number | null;

  @Field(() => [CertificationEvidence])
  @Property({ type: 'json' })
  evidence: CertificationEvidence[] = [];

  /** The government app's transaction: the same one reported twice is recorded once. */
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  transactionId?: string | null;

  @Field(() => Float, { nullable: true, description: '活体检测分' })
  @Property({ type: 'double', nullable: true })
  liveness?: number | null;

  @Field(() => Float, { nullable: true, description: '人脸比对相似度' })
  @Property({ type: 'double', nullable: true })
  similarity?: number | null;

  /** SHA-256 of the callback's signed fields: a replay with other content is refused. */
  @Property({ type: 'string', length: 64, nullable: true })
  payloadHash?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * A hand-off to the government app: the retiree app asks for one, the government app verifies the
 * face and reports back with this transaction id. Lets the simulated government app know whom it
 * is verifying, and the retiree app find the result of its own attempt.
 */
@Entity({ tableName: 'face_certification_request' })
export class FaceCertificationRequest {
  @PrimaryKey({ type: 'string', length: 64 })
  transactionId!: string;

  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}

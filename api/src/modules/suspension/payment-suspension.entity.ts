import { BigIntType, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, retireeOwnedAreaCondition } from '../../common/area-filter.js';
import { LocalDate } from '../../common/scalars.js';
import { CertificationMethod } from '../certification/certification.entities.js';
import { Retiree } from '../retiree/retiree.entity.js';

export enum SuspensionReason {
  /** 生存认证过期 */
  CERTIFICATION_LAPSED = 'CERTIFICATION_LAPSED',
}
registerEnumType(SuspensionReason, { name: 'SuspensionReason', description: '暂停发放原因' });

export enum SuspensionStatus {
  /** 拟暂停：待镇街或市局工作人员决定 */
  PROPOSED = 'PROPOSED',
  /** 已暂停发放 */
  SUSPENDED = 'SUSPENDED',
  /** 未暂停：决定前已完成认证，或工作人员决定不暂停 */
  WITHDRAWN = 'WITHDRAWN',
  /** 已恢复发放（已计算补发） */
  RESTORED = 'RESTORED',
}
registerEnumType(SuspensionStatus, { name: 'SuspensionStatus', description: '暂停发放处理状态' });

/**
 * A payment suspension for a lapsed certification: proposed by the nightly job (only after the
 * person was notified), decided by a person, and undone by any later certification, which
 * restores payment and back-pays every withheld month. One per certification lapse; at most one
 * live (proposed or suspended) per retiree.
 */
@ObjectType('PaymentSuspension', { description: '暂停发放（生存认证过期）' })
@Entity({ tableName: 'payment_suspension' })
@Filter({ name: AREA_FILTER, cond: retireeOwnedAreaCondition, default: true })
@Unique({ name: 'payment_suspension_lapse_key', properties: ['retiree', 'lapsedOn'] })
@Index({ name: 'payment_suspension_live_key', expression: `create unique index payment_suspension_live_key on payment_suspension (retiree_id) where status in ('PROPOSED', 'SUSPENDED')` })
@Index({ name: 'payment_suspension_area_idx', expression: 'create index payment_suspension_area_idx on payment_suspension (org_path text_pattern_ops, id)' })
export class PaymentSuspension {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => SuspensionReason)
  @Enum({ items: () => SuspensionReason, nativeEnumName: 'suspension_reason' })
  reason!: SuspensionReason;

  @Field(() => SuspensionStatus)
  @Enum({ items: () => SuspensionStatus, nativeEnumName: 'suspension_status' })
  status!: SuspensionStatus;

  @Field(() => LocalDate, { description: '认证到期日' })
  @Property({ type: 'string', columnType: 'date' })
  lapsedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '通知本人的日期（先通知，后暂停）' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  noticedOn?: string | null;

  @Field(() => String, { description: '如「生存认证已于 2026-10-15 到期，2026-07-15 已通知本人」' })
  @Property({ type: 'string', length: 300 })
  summary!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  proposedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: '自该期间（YYYY-MM）起暂停发放' })
  @Property({ type: 'string', length: 7, nullable: true })
  fromPeriod?: string | null;

  @Field(() => String, { nullable: true, description: '决定说明（暂停依据或不暂停的原因）' })
  @Property({ type: 'string', length: 500, nullable: true })
  decisionNote?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  decidedByName?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => LocalDate, { nullable: true, description: '重新认证的日期' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  certifiedOn?: string | null;

  @Field(() => CertificationMethod, { nullable: true, description: '重新认证的方式' })
  @Enum({ items: () => CertificationMethod, nativeEnumName: 'certification_method', nullable: true })
  certifiedBy?: CertificationMethod | null;

  @Field(() => String, { nullable: true, description: '自该期间（YYYY-MM）起恢复按月发放' })
  @Property({ type: 'string', length: 7, nullable: true })
  resumePeriod?: string | null;

  @Field(() => [String], { description: '补发的期间' })
  @Property({ type: 'array', columnType: 'text[]', default: '{}' })
  backPayPeriods: string[] = [];

  @Field(() => Int, { nullable: true, description: '每月补发金额（分，暂停前最后一次发放的金额）' })
  @Property({ type: 'integer', nullable: true })
  monthlyAmount?: number | null;

  @Field(() => Int, { nullable: true, description: '补发合计（分）' })
  @Property({ type: 'integer', nullable: true })
  backPayAmount?: number | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}

import { BigIntType, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, orgPathAreaCondition, retireeOwnedAreaCondition } from '../../common/area-filter.js';
import { LocalDate } from '../../common/scalars.js';
import { Retiree } from '../retiree/retiree.entity.js';

export enum RiskAlertKind {
  /** 已故仍在发放：共享数据显示已死亡，仍为发放状态或死亡次月后仍有发放 */
  DECEASED_PAID = 'DECEASED_PAID',
  /** 服刑期间仍在发放 */
  IMPRISONED_PAID = 'IMPRISONED_PAID',
  /** 发放金额与本人以往相比突变 */
  AMOUNT_JUMP = 'AMOUNT_JUMP',
  /** 养老金发往他人（另一位无亲属关系的退休人员）的账户 */
  SHARED_ACCOUNT = 'SHARED_ACCOUNT',
  /** 高龄人员生存认证过期（或从未认证）仍在发放 */
  UNCERTIFIED_ELDERLY = 'UNCERTIFIED_ELDERLY',
}
registerEnumType(RiskAlertKind, { name: 'RiskAlertKind', description: '基金风险预警类型' });

export enum RiskAlertStatus {
  /** 待核实 */
  OPEN = 'OPEN',
  /** 已确认：停发，待追回 */
  CONFIRMED = 'CONFIRMED',
  /** 已排除（同样的证据不再预警） */
  DISMISSED = 'DISMISSED',
  /** 已追回 */
  RECOVERED = 'RECOVERED',
  /** 已办结（无需追回） */
  RESOLVED = 'RESOLVED',
}
registerEnumType(RiskAlertStatus, { name: 'RiskAlertStatus', description: '预警处理状态' });

@ObjectType('RiskEvidence', { description: '预警依据' })
export class RiskEvidence {
  @Field(() => LocalDate, { nullable: true })
  date!: string | null;

  @Field(() => String, { description: '如「公安局 死亡登记 ZX3306832026…」或「2026-11 发放 3,125.40 元」' })
  text!: string;
}

/**
 * A suspicion that the fund pays someone it should not: raised by the scan from shared data and
 * payments, verified by the community, decided by a person. One live alert per kind and retiree;
 * a dismissed one keeps its evidence key, so the same evidence never raises it again.
 */
@ObjectType('RiskAlert', { description: '基金风险预警' })
@Entity({ tableName: 'risk_alert' })
@Filter({ name: AREA_FILTER, cond: retireeOwnedAreaCondition, default: true })
@Index({ name: 'risk_alert_live_key', expression: `create unique index risk_alert_live_key on risk_alert (kind, retiree_id) where status <> 'DISMISSED'` })
@Index({ name: 'risk_alert_area_idx', expression: 'create index risk_alert_area_idx on risk_alert (org_path text_pattern_ops, id)' })
@Index({ properties: ['retiree', 'id'] })
export class RiskAlert {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => RiskAlertKind)
  @Enum({ items: () => RiskAlertKind, nativeEnumName: 'risk_alert_kind' })
  kind!: RiskAlertKind;

  @Field(() => RiskAlertStatus)
  @Enum({ items: () => RiskAlertStatus, nativeEnumName: 'risk_alert_status' })
  status!: RiskAlertStatus;

  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  /** What the alert rests on (record ids, periods): the same key after a dismissal raises nothing. */
  @Property({ type: 'string', length: 300 })
  evidenceKey!: string;

  @Field(() => String, { description: '预警摘要' })
  @Property({ type: 'string', length: 300 })
  summary!: string;

  @Field(() => [RiskEvidence])
  @Property({ type: 'json' })
  evidence!: RiskEvidence[];

  @Field(() => LocalDate, { nullable: true, description: '死亡日期或收监日期（按共享数据）' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  eventDate?: string | null;

  @Field(() => [String], { description: '多发的发放期间' })
  @Property({ type: 'text[]' })
  overpaidPeriods: string[] = [];

  @Field(() => Int, { description: '多发金额（分），按已入库的发放记录精确计算' })
  @Property({ type: 'integer' })
  overpaidAmount!: number;

  @Field(() => Int, { nullable: true, description: '应追回金额（分），确认时确定' })
  @Property({ type: 'integer', nullable: true })
  recoveryAmount?: number | null;

  @Field(() => Int, { description: '已追回金额（分）' })
  @Property({ type: 'integer', default: 0 })
  recoveredAmount: number = 0;

  @Field(() => String, { nullable: true, description: '停发起始期间（确认后）' })
  @Property({ type: 'string', length: 7, nullable: true })
  stopFromPeriod?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  raisedAt: Date = new Date();

  @Field(() => Date, { description: '最近一次扫描确认证据仍在的时间' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastSeenAt: Date = new Date();

  @Field(() => String, { nullable: true, description: '社区核实情况' })
  @Property({ type: 'text', nullable: true })
  verificationNote?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  verifiedByName?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '确认或排除的说明' })
  @Property({ type: 'string', length: 500, nullable: true })
  decisionNote?: string | null;

  @Field(() => String, { nullable: true, description: '确认或排除人' })
  @Property({ type: 'string', length: 100, nullable: true })
  decidedByName?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '追回完成或办结时间' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}

/** One recovery of overpaid money: who recorded how much, when. */
@ObjectType('RiskRecovery', { description: '追回记录' })
@Entity({ tableName: 'risk_recovery' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Index({ properties: ['alertId', 'id'] })
export class RiskRecovery {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => RiskAlert, { mapToPk: true, fieldName: 'alert_id', deleteRule: 'cascade' })
  alertId!: string;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => Int, { description: '金额（分）' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  note?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  recordedByName!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}

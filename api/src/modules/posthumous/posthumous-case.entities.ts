import { BigIntType, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, orgPathAreaCondition, retireeOwnedAreaCondition } from '../../common/area-filter.js';
import { LocalDate } from '../../common/scalars.js';
import { Retiree } from '../retiree/retiree.entity.js';

export enum CaseStatus {
  /** 办理中 */
  OPEN = 'OPEN',
  /** 已办结 */
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus', description: '身后一件事办理状态' });

export enum CaseItemKind {
  /** 户口注销 */
  HOUSEHOLD_DEREGISTRATION = 'HOUSEHOLD_DEREGISTRATION',
  /** 丧葬补助金和抚恤金 */
  FUNERAL_AND_SURVIVOR = 'FUNERAL_AND_SURVIVOR',
  /** 养老保险个人账户余额退还 */
  PENSION_ACCOUNT_REFUND = 'PENSION_ACCOUNT_REFUND',
  /** 医疗保险个人账户余额退还 */
  MEDICAL_ACCOUNT_REFUND = 'MEDICAL_ACCOUNT_REFUND',
  /** 火化证明 */
  CREMATION_CERTIFICATE = 'CREMATION_CERTIFICATE',
}
registerEnumType(CaseItemKind, { name: 'CaseItemKind', description: '身后一件事事项' });

export enum Department {
  POLICE = 'POLICE',
  SOCIAL_SECURITY = 'SOCIAL_SECURITY',
  MEDICAL_INSURANCE = 'MEDICAL_INSURANCE',
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
}
registerEnumType(Department, { name: 'Department', description: '责任部门：公安局 / 人社局 / 医保局 / 民政局' });

export enum CaseItemStatus {
  /** 已推送责任部门，办理中 */
  SENT = 'SENT',
  /** 已办结 */
  DONE = 'DONE',
  /** 不适用（如服刑期间死亡不发丧葬补助金和抚恤金） */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(CaseItemStatus, { name: 'CaseItemStatus', description: '事项状态' });

/**
 * 身后"一件事": opened once per confirmed death. The family brings nothing the platform already
 * has; each item is handed to its department through the outbox and closed by its callback or by staff.
 */
@ObjectType('PosthumousCase', { description: '身后一件事' })
@Entity({ tableName: 'posthumous_case' })
@Filter({ name: AREA_FILTER, cond: retireeOwnedAreaCondition, default: true })
@Index({ name: 'posthumous_case_area_idx', expression: 'create index posthumous_case_area_idx on posthumous_case (org_path text_pattern_ops, id)' })
export class PosthumousCase {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  /** One case per person: a second confirmation of the same death opens nothing. */
  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade', unique: true })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => LocalDate, { description: '死亡日期' })
  @Property({ type: 'string', columnType: 'date' })
  deathDate!: string;

  @Field(() => ID, { nullable: true, description: '确认死亡的风险预警' })
  @Property({ type: new BigIntType('string'), nullable: true })
  riskAlertId?: string | null;

  @Field(() => CaseStatus)
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  status!: CaseStatus;

  @Field(() => String, { nullable: true, description: '通知的近亲属（姓名、关系）' })
  @Property({ type: 'string', length: 100, nullable: true })
  notifiedRelative?: string | null;

  @Field(() => String, { nullable: true, description: '发给近亲属的通知内容' })
  @Property({ type: 'text', nullable: true })
  notificationText?: string | null;

  @Field(() => Date, { nullable: true, description: '通知近亲属的时间' })
  @Property({ type: 'datetime', nullable: true })
  notifiedAt?: Date | null;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  openedByName!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  openedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}

@ObjectType('PosthumousCaseItem', { description: '身后一件事的一个事项' })
@Entity({ tableName: 'posthumous_case_item' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Index({ properties: ['caseId', 'id'] })
@Index({ name: 'posthumous_case_item_pending_idx', expression: `create index posthumous_case_item_pending_idx on posthumous_case_item (department, id) where status = 'SENT'` })
export class PosthumousCaseItem {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => PosthumousCase, { mapToPk: true, fieldName: 'case_id', deleteRule: 'cascade' })
  caseId!: string;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => CaseItemKind)
  @Enum({ items: () => CaseItemKind, nativeEnumName: 'case_item_kind' })
  kind!: CaseItemKind;

  @Field(() => Department, { description: '责任部门' })
  @Enum({ items: () => Department, nativeEnumName: 'department' })
  department!: Department;

  @Field(() => CaseItemStatus)
  @Enum({ items: () => CaseItemStatus, nativeEnumName: 'case_item_status' })
  status!: CaseItemStatus;

  @Field(() => Int, { nullable: true, description: '金额（分）；余额类由部门回传' })
  @Property({ type: 'integer', nullable: true })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: '金额如何算出，或不适用的原因' })
  @Property({ type: 'string', length: 300, nullable: true })
  basis?: string | null;

  @Field(() => String, { nullable: true, description: '部门的办结文号或共享数据记录号' })
  @Property({ type: 'string', length: 100, nullable: true })
  reference?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  @Field(() => Date, { nullable: true, description: '推送责任部门的时间' })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;

  @Field(() => String, { nullable: true, description: '办结人或回传部门' })
  @Property({ type: 'string', length: 100, nullable: true })
  doneByName?: string | null;
}

/** One line of a case's timeline. */
@ObjectType('PosthumousCaseEvent')
@Entity({ tableName: 'posthumous_case_event' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Index({ properties: ['caseId', 'id'] })
export class PosthumousCaseEvent {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => PosthumousCase, { mapToPk: true, fieldName: 'case_id', deleteRule: 'cascade' })
  caseId!: string;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  actorName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 500 })
  text!: string;
}

import { BigIntType, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, retireeOwnedAreaCondition } from '../../common/area-filter.js';
import { Retiree } from '../retiree/retiree.entity.js';

export enum ConfirmationStatus {
  /** 待确认 */
  PENDING = 'PENDING',
  /** 已确认无误 */
  CONFIRMED = 'CONFIRMED',
  /** 有异议，待社区处理 */
  DISPUTED = 'DISPUTED',
  /** 异议已处理 */
  RESOLVED = 'RESOLVED',
}
registerEnumType(ConfirmationStatus, { name: 'ConfirmationStatus', description: '信息确认状态' });

export enum DisputeStatus {
  OPEN = 'OPEN',
  /** 已更正数据 */
  CORRECTED = 'CORRECTED',
  /** 已解释说明（数据无误或须到其他部门更正） */
  EXPLAINED = 'EXPLAINED',
}
registerEnumType(DisputeStatus, { name: 'DisputeStatus', description: '异议处理状态' });

/** The profile fields a retiree is asked to confirm. */
export enum ConfirmableField {
  NAME = 'NAME',
  GENDER = 'GENDER',
  BIRTH_DATE = 'BIRTH_DATE',
  ID_NUMBER = 'ID_NUMBER',
  PHONE = 'PHONE',
  HUKOU_ADDRESS = 'HUKOU_ADDRESS',
  RESIDENCE_ADDRESS = 'RESIDENCE_ADDRESS',
  EMPLOYER = 'EMPLOYER',
  RETIREMENT_DATE = 'RETIREMENT_DATE',
  BANK_NAME = 'BANK_NAME',
  BANK_ACCOUNT = 'BANK_ACCOUNT',
  CITIZEN_CARD_NO = 'CITIZEN_CARD_NO',
  MONTHLY_PENSION = 'MONTHLY_PENSION',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(ConfirmableField, { name: 'ConfirmableField', description: '待确认的信息项' });

/**
 * The profile as it was sent to the retiree (`snapshot`: raw values by ConfirmableField), and
 * what they answered. At most one open (PENDING/DISPUTED) confirmation per retiree.
 */
@ObjectType('InfoConfirmation', { description: '个人信息确认' })
@Entity({ tableName: 'info_confirmation' })
@Filter({ name: AREA_FILTER, cond: retireeOwnedAreaCondition, default: true })
@Index({ name: 'info_confirmation_open_key', expression: `create unique index info_confirmation_open_key on info_confirmation (retiree_id) where status in ('PENDING', 'DISPUTED')` })
@Index({ name: 'info_confirmation_retiree_idx', properties: ['retiree', 'id'] })
@Index({ name: 'info_confirmation_org_path_idx', expression: 'create index info_confirmation_org_path_idx on info_confirmation (org_path text_pattern_ops, status)' })
export class InfoConfirmation {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => ConfirmationStatus)
  @Enum({ items: () => ConfirmationStatus, nativeEnumName: 'confirmation_status' })
  status!: ConfirmationStatus;

  @Property({ type: 'json' })
  snapshot!: Partial<Record<ConfirmableField, string | null>>;

  @Field(() => Date, { description: '发送时间' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  sentAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: '本人确认或提出异议的时间' })
  @Property({ type: 'datetime', nullable: true })
  respondedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '异议全部处理完毕的时间' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;
}

/** One field the retiree says is wrong, and how the community resolved it. */
@ObjectType('InfoDispute', { description: '信息异议' })
@Entity({ tableName: 'info_dispute' })
@Filter({ name: AREA_FILTER, cond: retireeOwnedAreaCondition, default: true })
@Index({ properties: ['confirmation'] })
@Index({ name: 'info_dispute_org_path_idx', expression: 'create index info_dispute_org_path_idx on info_dispute (org_path text_pattern_ops, status, id)' })
export class InfoDispute {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => InfoConfirmation, { ref: true, deleteRule: 'cascade' })
  confirmation!: Ref<InfoConfirmation>;

  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => ConfirmableField)
  @Enum({ items: () => ConfirmableField, nativeEnumName: 'confirmable_field' })
  field!: ConfirmableField;

  @Field(() => String, { nullable: true, description: '本人说明' })
  @Property({ type: 'string', length: 500, nullable: true })
  comment?: string | null;

  /** The value as it was sent (raw; masked on the way out for sensitive fields). */
  @Property({ type: 'string', length: 300, nullable: true })
  sentValue?: string | null;

  /** What the retiree says is right (raw; masked on the way out for sensitive fields). */
  @Property({ type: 'string', length: 300, nullable: true })
  proposedValue?: string | null;

  @Field(() => DisputeStatus)
  @Enum({ items: () => DisputeStatus, nativeEnumName: 'dispute_status' })
  status!: DisputeStatus;

  @Field(() => String, { nullable: true, description: '处理说明（退休人员可见）' })
  @Property({ type: 'string', length: 500, nullable: true })
  resolutionNote?: string | null;

  @Field(() => String, { nullable: true, description: '处理人' })
  @Property({ type: 'string', length: 100, nullable: true })
  resolvedByName?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

import { BigIntType, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, type AreaScope } from '../../common/area-filter.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { Retiree } from '../retiree/retiree.entity.js';

export enum TransferStatus {
  /** 待转出社区审核 */
  PENDING_ORIGIN = 'PENDING_ORIGIN',
  /** 待转入社区接收 */
  PENDING_TARGET = 'PENDING_TARGET',
  /** 已完成 */
  COMPLETED = 'COMPLETED',
  /** 转出社区未同意 */
  REJECTED_BY_ORIGIN = 'REJECTED_BY_ORIGIN',
  /** 转入社区未接收 */
  REJECTED_BY_TARGET = 'REJECTED_BY_TARGET',
  /** 已撤销 */
  CANCELLED = 'CANCELLED',
}
registerEnumType(TransferStatus, { name: 'TransferStatus', description: '社区转移状态' });

export const OPEN_TRANSFER_STATUSES = [TransferStatus.PENDING_ORIGIN, TransferStatus.PENDING_TARGET] as const;

/**
 * Who sees a transfer: the origin's area always; the target's area only once the origin has
 * approved (`forwardedAt`), so a community never learns of people who are not coming; the
 * retiree their own. Row-level security states the same rule (see the task migration).
 */
export function transferAreaCondition(args: unknown) {
  const scope = args as AreaScope;
  switch (scope?.kind) {
    case 'SELF':
      return { retiree: scope.retireeId };
    case 'CITY':
    case 'TOWNSHIP':
    case 'COMMUNITY':
      return { $or: [{ fromPath: { $like: `${scope.path}%` } }, { toPath: { $like: `${scope.path}%` }, forwardedAt: { $ne: null } }] };
    default:
      return { id: { $in: [] as string[] } };
  }
}

@ObjectType('CommunityTransfer', { description: '社区转移申请' })
@Entity({ tableName: 'community_transfer' })
@Filter({ name: AREA_FILTER, cond: transferAreaCondition, default: true })
@Index({ name: 'community_transfer_open_key', expression: `create unique index community_transfer_open_key on community_transfer (retiree_id) where status in ('PENDING_ORIGIN', 'PENDING_TARGET')` })
@Index({ name: 'community_transfer_from_idx', expression: 'create index community_transfer_from_idx on community_transfer (from_path text_pattern_ops, id)' })
@Index({ name: 'community_transfer_to_idx', expression: 'create index community_transfer_to_idx on community_transfer (to_path text_pattern_ops, id) where forwarded_at is not null' })
@Index({ properties: ['retiree', 'id'] })
export class CommunityTransfer {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  fromCommunity!: Ref<OrgUnit>;

  @Property({ type: 'string', length: 200 })
  fromPath!: string;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  toCommunity!: Ref<OrgUnit>;

  @Property({ type: 'string', length: 200 })
  toPath!: string;

  @Field(() => TransferStatus)
  @Enum({ items: () => TransferStatus, nativeEnumName: 'transfer_status' })
  status!: TransferStatus;

  @Field(() => String, { description: '新居住地址' })
  @Property({ type: 'string', length: 300 })
  newAddress!: string;

  @Field(() => String, { description: '转移原因' })
  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Field(() => String, { description: '申请人（本人或代办工作人员）' })
  @Property({ type: 'string', length: 100 })
  requestedByName!: string;

  @Field(() => Boolean, { description: '本人在应用中申请' })
  @Property({ type: 'boolean' })
  requestedByRetiree!: boolean;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: '转出社区审核时间' })
  @Property({ type: 'datetime', nullable: true })
  originReviewedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  originReviewerName?: string | null;

  @Field(() => String, { nullable: true, description: '转出社区意见' })
  @Property({ type: 'string', length: 500, nullable: true })
  originNote?: string | null;

  /** Set when the origin approves: from then on the target community sees the transfer. */
  @Property({ type: 'datetime', nullable: true })
  forwardedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '转入社区处理时间' })
  @Property({ type: 'datetime', nullable: true })
  targetReviewedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  targetReviewerName?: string | null;

  @Field(() => String, { nullable: true, description: '转入社区意见' })
  @Property({ type: 'string', length: 500, nullable: true })
  targetNote?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;
}

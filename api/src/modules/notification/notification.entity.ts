import { BigIntType, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, retireeOwnedAreaCondition } from '../../common/area-filter.js';
import { Retiree } from '../retiree/retiree.entity.js';

export enum NotificationKind {
  /** 请确认个人信息 */
  INFO_CONFIRMATION_REQUEST = 'INFO_CONFIRMATION_REQUEST',
  /** 已收到信息异议 */
  INFO_DISPUTE_RECEIVED = 'INFO_DISPUTE_RECEIVED',
  /** 信息异议已处理 */
  INFO_DISPUTE_RESOLVED = 'INFO_DISPUTE_RESOLVED',
  /** 养老金到账 */
  PAYMENT_ARRIVED = 'PAYMENT_ARRIVED',
  /** 其他通知 */
  GENERAL = 'GENERAL',
  /** 社区转移进展 */
  COMMUNITY_TRANSFER = 'COMMUNITY_TRANSFER',
  /** 欢迎纳入社区管理（新退休人员） */
  WELCOME = 'WELCOME',
  /** 生存认证即将到期 */
  CERTIFICATION_DUE = 'CERTIFICATION_DUE',
  /** 因生存认证过期暂停发放 */
  PAYMENT_SUSPENDED = 'PAYMENT_SUSPENDED',
  /** 重新认证后恢复发放（含补发） */
  PAYMENT_RESTORED = 'PAYMENT_RESTORED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind', description: '消息类型' });

export enum SmsStatus {
  /** 不发短信（仅站内消息） */
  NONE = 'NONE',
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** 无登记手机号 */
  SKIPPED = 'SKIPPED',
}
registerEnumType(SmsStatus, { name: 'SmsStatus', description: '短信发送状态' });

/**
 * One message to one retiree: shown in the app's inbox and, when asked, sent by SMS.
 * `eventKey` names the event it reports; (retiree, eventKey) is unique, so an event that is
 * reported twice (a retried job, a repeated import) is still shown once.
 */
@ObjectType('Notification', { description: '消息' })
@Entity({ tableName: 'notification' })
@Filter({ name: AREA_FILTER, cond: retireeOwnedAreaCondition, default: true })
@Unique({ name: 'notification_retiree_event_key', properties: ['retiree', 'eventKey'] })
@Index({ name: 'notification_retiree_id_idx', properties: ['retiree', 'id'] })
@Index({ name: 'notification_sms_pending_idx', expression: `create index notification_sms_pending_idx on notification (id) where sms_status = 'PENDING'` })
export class Notification {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 120 })
  eventKey!: string;

  /** Where the app takes the reader, e.g. '/confirmation'. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  link?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  @Field(() => SmsStatus)
  @Enum({ items: () => SmsStatus, nativeEnumName: 'sms_status', default: SmsStatus.NONE })
  smsStatus: SmsStatus = SmsStatus.NONE;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  smsSentAt?: Date | null;
}

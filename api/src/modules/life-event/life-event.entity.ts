import { BigIntType, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, orgPathAreaCondition } from '../../common/area-filter.js';
import { LocalDate } from '../../common/scalars.js';
import { maskIdNumber } from '../../common/masking.js';
import { LifeEventKind, LifeEventSource } from '../import/feed-formats.js';
import { Retiree } from '../retiree/retiree.entity.js';

registerEnumType(LifeEventSource, { name: 'LifeEventSource', description: '共享数据来源部门' });
registerEnumType(LifeEventKind, { name: 'LifeEventKind', description: '共享数据事件类型' });

export enum LifeEventMatch {
  /** 已按身份证号码匹配 */
  MATCHED = 'MATCHED',
  /** 待人工核对：没有可用的身份证号码，或号码对应的人姓名不符 */
  PENDING_REVIEW = 'PENDING_REVIEW',
  /** 人工确认是某位退休人员 */
  CONFIRMED = 'CONFIRMED',
  /** 人工核对后不是本市退休人员 */
  REJECTED = 'REJECTED',
  /** 本市退休人员中查无此人（号码有效但不是我们的退休人员） */
  UNMATCHED = 'UNMATCHED',
}
registerEnumType(LifeEventMatch, { name: 'LifeEventMatch', description: '共享数据匹配状态' });

/**
 * A record from the data-sharing channel (death, sentence, hospital visit…), keyed by
 * (source, source record id). It sits on the retiree's profile once matched; it never changes
 * the retiree's status by itself — certification and risk decide what it means.
 * `orgPath` is the matched retiree's, or the deepest area holding all review candidates, or the city's.
 */
@ObjectType('LifeEvent', { description: '生存状态相关共享数据' })
@Entity({ tableName: 'life_event' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Unique({ name: 'life_event_source_key', properties: ['source', 'sourceRecordId'] })
@Index({ name: 'life_event_retiree_idx', expression: 'create index life_event_retiree_idx on life_event (retiree_id, event_date desc) where retiree_id is not null' })
@Index({ name: 'life_event_review_idx', expression: `create index life_event_review_idx on life_event (org_path text_pattern_ops, id) where match_status = 'PENDING_REVIEW'` })
export class LifeEvent {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => LifeEventSource)
  @Enum({ items: () => LifeEventSource, nativeEnumName: 'life_event_source' })
  source!: LifeEventSource;

  @Field(() => String, { description: '来源记录编号' })
  @Property({ type: 'string', length: 64 })
  sourceRecordId!: string;

  @Field(() => LifeEventKind)
  @Enum({ items: () => LifeEventKind, nativeEnumName: 'life_event_kind' })
  kind!: LifeEventKind;

  /** As the source sent it (may be blank or wrong); exposed masked only. */
  @Property({ type: 'string', length: 18, nullable: true })
  idNumber?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => LocalDate, { nullable: true })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  birthDate?: string | null;

  @Field(() => LocalDate, { description: '事件日期' })
  @Property({ type: 'string', columnType: 'date' })
  eventDate!: string;

  @Field(() => String, { nullable: true, description: '详情' })
  @Property({ type: 'text', nullable: true })
  details?: string | null;

  @ManyToOne(() => Retiree, { ref: true, nullable: true, deleteRule: 'set null' })
  retiree?: Ref<Retiree> | null;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => LifeEventMatch)
  @Enum({ items: () => LifeEventMatch, nativeEnumName: 'life_event_match' })
  matchStatus!: LifeEventMatch;

  @Field(() => String, { nullable: true, description: '匹配说明' })
  @Property({ type: 'string', length: 200, nullable: true })
  matchNote?: string | null;

  @Field(() => String, { nullable: true, description: '核对人' })
  @Property({ type: 'string', length: 100, nullable: true })
  reviewedByName?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  @Property({ type: new BigIntType('string') })
  batchId!: string;

  @Field(() => Int, { description: '版本（来源更正后递增）' })
  @Property({ type: 'integer', default: 1 })
  revision!: number;

  @Field(() => Date, { description: '接收时间' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  receivedAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  @Field(() => String, { name: 'idNumber', nullable: true, description: '身份证号码（已脱敏，按来源原样）' })
  get maskedIdNumber(): string | null {
    return this.idNumber ? maskIdNumber(this.idNumber) : null;
  }
}

/** A retiree who might be the person of an event without a usable ID number. */
@Entity({ tableName: 'life_event_candidate' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
export class LifeEventCandidate {
  @ManyToOne(() => LifeEvent, { primary: true, ref: true, deleteRule: 'cascade' })
  lifeEvent!: Ref<LifeEvent>;

  @ManyToOne(() => Retiree, { primary: true, ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  /** Why they are a candidate, e.g. 姓名、出生日期一致. */
  @Property({ type: 'string', length: 100 })
  reason!: string;
}

/** The values a corrected record had before (life events, payments): corrections never overwrite silently. */
@Entity({ tableName: 'record_revision' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Index({ properties: ['entity', 'recordId'] })
export class RecordRevision {
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  /** `LIFE_EVENT` or `PENSION_PAYMENT`. */
  @Property({ type: 'string', length: 20 })
  entity!: string;

  @Property({ type: new BigIntType('string') })
  recordId!: string;

  @Property({ type: new BigIntType('string') })
  batchId!: string;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Property({ type: 'json' })
  oldValues!: Record<string, unknown>;

  @Property({ type: 'json' })
  newValues!: Record<string, unknown>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  changedAt: Date = new Date();
}

import { BigIntType, Entity, OptionalProps, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, orgPathAreaCondition } from '../../common/area-filter.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

export enum TaskType {
  /** 一般工作 */
  GENERAL = 'GENERAL',
  /** 走访慰问 */
  VISIT = 'VISIT',
  /** 信息核实 */
  DATA_CHECK = 'DATA_CHECK',
  /** 新退休人员纳入管理 (system) */
  NEW_RETIREE = 'NEW_RETIREE',
  /** 信息确认异议处理 (system) */
  INFO_DISPUTE = 'INFO_DISPUTE',
  /** 社区转移审核 / 接收 (system) */
  COMMUNITY_TRANSFER = 'COMMUNITY_TRANSFER',
  /** 认证走访 (system) */
  CERTIFICATION_VISIT = 'CERTIFICATION_VISIT',
  /** 风险核查 (system) */
  RISK_VERIFICATION = 'RISK_VERIFICATION',
}
registerEnumType(TaskType, { name: 'TaskType', description: '任务类型' });

export enum TaskPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(TaskPriority, { name: 'TaskPriority', description: '紧急程度' });

export enum TaskStatus {
  /** 待签领 */
  ASSIGNED = 'ASSIGNED',
  /** 已签领，办理中 */
  SIGNED = 'SIGNED',
  /** 已办结，待评价 */
  DONE = 'DONE',
  /** 已评价 */
  EVALUATED = 'EVALUATED',
  /** 被退回，须重新办理 */
  RETURNED = 'RETURNED',
  /** 已撤销 */
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskStatus, { name: 'TaskStatus', description: '任务状态' });

export enum TaskOutcome {
  /** 已完成 */
  COMPLETED = 'COMPLETED',
  /** 部分完成 */
  PARTIAL = 'PARTIAL',
  /** 无法完成 */
  UNABLE = 'UNABLE',
}
registerEnumType(TaskOutcome, { name: 'TaskOutcome', description: '办理结果' });

export enum TaskEventKind {
  ASSIGNED = 'ASSIGNED',
  SIGNED = 'SIGNED',
  COMPLETED = 'COMPLETED',
  RETURNED = 'RETURNED',
  EVALUATED = 'EVALUATED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskEventKind, { name: 'TaskEventKind', description: '任务流转环节' });

/**
 * A piece of work handed to an org unit, or to a named person in it. `orgPath` is the assignee
 * unit's path: the task is visible in that unit's area and above, which always includes the
 * assigning unit because nobody assigns outside their own subtree.
 */
@ObjectType('Task', { description: '工作任务' })
@Entity({ tableName: 'task' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Index({ name: 'task_org_path_idx', expression: 'create index task_org_path_idx on task (org_path text_pattern_ops, created_at)' })
/** Open tasks are a few percent of all: the inbox and the overdue counts read this small index. */
@Index({ name: 'task_open_idx', expression: `create index task_open_idx on task (assignee_unit_id, id) include (assignee_staff_id, due_date) where status in ('ASSIGNED', 'SIGNED', 'RETURNED')` })
@Index({ name: 'task_to_evaluate_idx', expression: `create index task_to_evaluate_idx on task (creator_unit_id, id) where status = 'DONE'` })
@Index({ name: 'task_created_idx', expression: 'create index task_created_idx on task (created_at)' })
@Index({ name: 'task_creator_idx', expression: 'create index task_creator_idx on task (creator_unit_id, id)' })
@Index({ name: 'task_batch_idx', expression: 'create index task_batch_idx on task (batch_id) where batch_id is not null' })
/** A module opens at most one task per record and unit, so a retried call cannot duplicate work. */
@Index({ name: 'task_source_key', expression: 'create unique index task_source_key on task (source_kind, source_id, assignee_unit_id) where source_kind is not null' })
export class Task {
  [OptionalProps]?: 'instructions' | 'priority' | 'retireeCount' | 'createdAt' | 'returnCount';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => TaskType)
  @Enum({ items: () => TaskType, nativeEnumName: 'task_type' })
  type!: TaskType;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String, { description: '工作要求' })
  @Property({ type: 'text', default: '' })
  instructions: string = '';

  @Field(() => TaskPriority)
  @Enum({ items: () => TaskPriority, nativeEnumName: 'task_priority', default: TaskPriority.NORMAL })
  priority: TaskPriority = TaskPriority.NORMAL;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status' })
  status!: TaskStatus;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  assigneeUnit!: Ref<OrgUnit>;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'restrict' })
  assigneeStaff?: Ref<StaffUser> | null;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  /** The assigning tier: it follows progress, returns and evaluates. */
  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  creatorUnit!: Ref<OrgUnit>;

  @Property({ type: 'string', length: 200 })
  creatorPath!: string;

  /** Null for tasks other modules create. */
  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'restrict' })
  creatorStaff?: Ref<StaffUser> | null;

  @Field(() => String, { description: '派发人（系统任务为"系统"）' })
  @Property({ type: 'string', length: 100 })
  creatorName!: string;

  /** The module and record a system task comes from, e.g. COMMUNITY_TRANSFER / 42. */
  @Property({ type: 'string', length: 40, nullable: true })
  sourceKind?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  sourceId?: string | null;

  /** One bulk assignment creates many tasks with one batch id. */
  @Field(() => String, { nullable: true, description: '批量派发批次' })
  @Property({ type: 'uuid', nullable: true })
  batchId?: string | null;

  @Field(() => Int, { description: '涉及的退休人员数' })
  @Property({ type: 'integer', default: 0 })
  retireeCount: number = 0;

  @Field(() => String, { description: '办理期限（含当日）' })
  @Property({ type: 'string', columnType: 'date' })
  dueDate!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** End of the first working day after assignment: signing by then counts as on time. */
  @Field(() => Date, { description: '签领期限（派发后 1 个工作日内）' })
  @Property({ type: 'datetime' })
  signDeadline!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  signedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  signedByName?: string | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'restrict' })
  signedBy?: Ref<StaffUser> | null;

  @Field(() => Boolean, { nullable: true, description: '是否在 1 个工作日内签领' })
  @Property({ type: 'boolean', nullable: true })
  signedOnTime?: boolean | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  completedByName?: string | null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'restrict' })
  completedBy?: Ref<StaffUser> | null;

  @Field(() => Boolean, { nullable: true, description: '是否按期办结' })
  @Property({ type: 'boolean', nullable: true })
  completedOnTime?: boolean | null;

  @Field(() => TaskOutcome, { nullable: true })
  @Enum({ items: () => TaskOutcome, nativeEnumName: 'task_outcome', nullable: true })
  outcome?: TaskOutcome | null;

  @Field(() => String, { nullable: true, description: '办理情况反馈' })
  @Property({ type: 'text', nullable: true })
  feedback?: string | null;

  @Field(() => Int, { nullable: true, description: '评分（1–5）' })
  @Property({ type: 'smallint', nullable: true })
  score?: number | null;

  @Field(() => String, { nullable: true, description: '评价意见' })
  @Property({ type: 'string', length: 500, nullable: true })
  evaluationComment?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  evaluatedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  evaluatedByName?: string | null;

  @Field(() => String, { nullable: true, description: '最近一次退回的原因' })
  @Property({ type: 'string', length: 500, nullable: true })
  returnReason?: string | null;

  @Field(() => Int, { description: '被退回次数' })
  @Property({ type: 'smallint', default: 0 })
  returnCount: number = 0;
}

/** The retirees a task concerns. */
@Entity({ tableName: 'task_retiree' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Index({ name: 'task_retiree_retiree_idx', expression: 'create index task_retiree_retiree_idx on task_retiree (retiree_id, task_id)' })
export class TaskRetiree {
  @ManyToOne(() => Task, { primary: true, ref: true, deleteRule: 'cascade' })
  task!: Ref<Task>;

  @ManyToOne(() => Retiree, { primary: true, ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  /** The task's org path (the assignee unit), so scoping needs no join. */
  @Property({ type: 'string', length: 200 })
  orgPath!: string;
}

/** One step of a task's life, for its timeline. Only ever inserted. */
@ObjectType('TaskEvent', { description: '任务流转记录' })
@Entity({ tableName: 'task_event' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Index({ properties: ['task', 'id'] })
export class TaskEvent {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Task, { ref: true, deleteRule: 'cascade' })
  task!: Ref<Task>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => TaskEventKind)
  @Enum({ items: () => TaskEventKind, nativeEnumName: 'task_event_kind' })
  kind!: TaskEventKind;

  @Field(() => String, { description: '操作人' })
  @Property({ type: 'string', length: 100 })
  actorName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();
}

/** A photo or document uploaded as evidence, linked to a task when the feedback is submitted. */
@ObjectType('Attachment', { description: '附件（照片、文件）' })
@Entity({ tableName: 'attachment' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Index({ properties: ['task'] })
export class Attachment {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Task, { ref: true, nullable: true, deleteRule: 'cascade' })
  task?: Ref<Task> | null;

  /** The uploader's unit path until linked, then the task's. */
  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Field(() => Int, { description: '字节数' })
  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'blob', lazy: true })
  data!: Buffer;

  @Property({ type: 'integer' })
  uploadedById!: number;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

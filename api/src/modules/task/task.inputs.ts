import { PageOf } from '../../common/page-type.js';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrgUnitNode } from '../org-unit/org-unit.types.js';
import { Gender, RetireeStatus } from '../retiree/retiree.entity.js';
import { Task, TaskOutcome, TaskPriority, TaskStatus, TaskType } from './task.entities.js';

export enum TaskBox {
  /** 我的待办：派给本单位（或点名派给我）且未办结 */
  INBOX = 'INBOX',
  /** 待签领 */
  TO_SIGN = 'TO_SIGN',
  /** 办理中（含被退回） */
  IN_PROGRESS = 'IN_PROGRESS',
  /** 已逾期未办结 */
  OVERDUE = 'OVERDUE',
  /** 本单位派发的 */
  ASSIGNED_BY_US = 'ASSIGNED_BY_US',
  /** 本单位派发、已办结待评价 */
  TO_EVALUATE = 'TO_EVALUATE',
}
registerEnumType(TaskBox, { name: 'TaskBox', description: '任务分组' });

@InputType({ description: '任务查询条件' })
export class TaskFilter {
  @Field(() => TaskBox, { nullable: true, description: '不填为管辖范围内全部任务' })
  box?: TaskBox;

  @Field(() => [TaskStatus], { nullable: true })
  status?: TaskStatus[];

  @Field(() => TaskType, { nullable: true })
  type?: TaskType;

  @Field(() => ID, { nullable: true, description: '承办单位（含下级）' })
  orgUnitId?: string;

  @Field(() => ID, { nullable: true, description: '涉及的退休人员' })
  retireeId?: string;

  @Field(() => String, { nullable: true, description: '批量派发批次' })
  batchId?: string;

  @Field(() => Boolean, { nullable: true, description: '只看已逾期' })
  overdue?: boolean;
}

@ObjectType('TaskList')
export class TaskList extends PageOf(Task, '符合条件的任务数') {}

@ObjectType('TaskInboxCounts', { description: '我的待办数量' })
export class TaskInboxCounts {
  @Field(() => Int, { description: '待签领' })
  toSign!: number;

  @Field(() => Int, { description: '办理中（含被退回）' })
  inProgress!: number;

  @Field(() => Int, { description: '已逾期' })
  overdue!: number;

  @Field(() => Int, { description: '本单位派发、待评价' })
  toEvaluate!: number;
}

@InputType({ description: '派发一项任务' })
export class AssignTaskInput {
  @Field(() => TaskType)
  type!: TaskType;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: '工作要求' })
  instructions?: string;

  @Field(() => TaskPriority, { nullable: true })
  priority?: TaskPriority;

  @Field(() => ID, { description: '承办单位：下级单位，或本单位（须同时指定承办人）' })
  assigneeUnitId!: string;

  @Field(() => ID, { nullable: true, description: '承办人（仅限本单位工作人员）' })
  assigneeStaffId?: string;

  @Field(() => [ID], { nullable: true, description: '涉及的退休人员（须在承办单位范围内）' })
  retireeIds?: string[];

  @Field(() => String, { description: '办理期限 YYYY-MM-DD' })
  dueDate!: string;
}

@InputType({ description: '批量派发的人员条件：在所选区域内，按社区各生成一项任务' })
export class BulkTaskCriteriaInput {
  @Field(() => ID, { description: '区域：本单位或下级镇街' })
  orgUnitId!: string;

  @Field(() => Int, { nullable: true, description: '年龄不小于' })
  minAge?: number;

  @Field(() => Int, { nullable: true, description: '年龄不大于' })
  maxAge?: number;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => [RetireeStatus], { nullable: true, description: '人员状态，不填为正常发放' })
  status?: RetireeStatus[];

  @Field(() => Boolean, { nullable: true, description: '只含本年度尚未走访的人员' })
  notVisitedThisYear?: boolean;
}

@InputType({ description: '批量派发' })
export class BulkAssignInput {
  @Field(() => BulkTaskCriteriaInput)
  criteria!: BulkTaskCriteriaInput;

  @Field(() => TaskType)
  type!: TaskType;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  instructions?: string;

  @Field(() => TaskPriority, { nullable: true })
  priority?: TaskPriority;

  @Field(() => String, { description: '办理期限 YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => Int, { nullable: true, description: '预览时看到的任务数；人员已变化时拒绝派发，请重新预览' })
  expectedTaskCount?: number;
}

@ObjectType('BulkTaskCommunity', { description: '批量派发预览：一个社区' })
export class BulkTaskCommunity {
  @Field(() => OrgUnitNode)
  orgUnit!: OrgUnitNode;

  @Field(() => Int)
  retirees!: number;
}

@ObjectType('BulkTaskPreview', { description: '批量派发预览' })
export class BulkTaskPreview {
  @Field(() => Int, { description: '将生成的任务数（每个社区一项）' })
  taskCount!: number;

  @Field(() => Int, { description: '涉及人数' })
  retireeCount!: number;

  @Field(() => [BulkTaskCommunity])
  communities!: BulkTaskCommunity[];
}

@ObjectType('BulkAssignResult', { description: '批量派发结果' })
export class BulkAssignResult {
  @Field(() => String)
  batchId!: string;

  @Field(() => Int)
  taskCount!: number;

  @Field(() => Int)
  retireeCount!: number;
}

@InputType({ description: '办结反馈' })
export class TaskFeedbackInput {
  @Field(() => TaskOutcome)
  outcome!: TaskOutcome;

  @Field(() => String, { nullable: true, description: '办理情况（部分完成或无法完成时必填）' })
  notes?: string;

  @Field(() => [ID], { nullable: true, description: '已上传的照片或文件' })
  attachmentIds?: string[];
}

@ObjectType('TaskSource', { description: '系统任务的来源' })
export class TaskSource {
  @Field(() => String)
  kind!: string;

  @Field(() => String)
  id!: string;

  @Field(() => String, { description: '来源说明' })
  label!: string;

  @Field(() => String, { nullable: true, description: '在管理端处理的页面' })
  link!: string | null;

  @Field(() => Boolean, { description: '随来源业务办结，不能在任务中直接办结' })
  closedBySource!: boolean;
}

@ObjectType('TaskProgressRow', { description: '派发任务按承办单位的进度' })
export class TaskProgressRow {
  @Field(() => OrgUnitNode)
  orgUnit!: OrgUnitNode;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: '待签领' })
  assigned!: number;

  @Field(() => Int, { description: '办理中（含被退回）' })
  inProgress!: number;

  @Field(() => Int, { description: '已办结（含已评价）' })
  done!: number;

  @Field(() => Int, { description: '已逾期未办结' })
  overdue!: number;

  @Field(() => Float, { description: '办结率' })
  completionRate!: number;
}

@ObjectType('TaskBatch', { description: '一次批量派发' })
export class TaskBatch {
  @Field(() => String)
  batchId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String)
  dueDate!: string;

  @Field(() => Int)
  taskCount!: number;

  @Field(() => Int)
  retireeCount!: number;

  @Field(() => Int)
  doneCount!: number;
}

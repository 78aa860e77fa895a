import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { OrgUnitNode } from '../org-unit/org-unit.types.js';
import { orgUnitView } from '../org-unit/org-unit.view.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { bulkAssignment } from './bulk-assignment.js';
import { TASK_SOURCES } from './system-tasks.js';
import { Attachment, Task, TaskEvent } from './task.entities.js';
import {
  AssignTaskInput, BulkAssignInput, BulkAssignResult, BulkTaskCriteriaInput, BulkTaskPreview, TaskBatch, TaskFeedbackInput, TaskFilter,
  TaskInboxCounts, TaskList, TaskProgressRow, TaskSource,
} from './task.inputs.js';
import { isOverdue, taskService } from './task.service.js';

@Resolver(() => Task)
export class TaskResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => TaskList, { description: '工作任务：按分组（我的待办、本单位派发…）或条件查询，新任务在前' })
  tasks(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<TaskList> {
    return taskService.list(ctx, filter, limit, after);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => Task, { description: '任务详情：不在管辖范围内返回 FORBIDDEN' })
  task(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Task> {
    return taskService.get(ctx, id);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => TaskInboxCounts, { description: '我的待办数量' })
  taskInboxCounts(@Ctx() ctx: RequestContext): Promise<TaskInboxCounts> {
    return taskService.inboxCounts(ctx);
  }

  @Authorized(Permission.TASK_WORK)
  @Query(() => [StaffUser], { description: '可点名派发的本单位工作人员' })
  assignableStaff(@Ctx() ctx: RequestContext): Promise<StaffUser[]> {
    return taskService.assignableStaff(ctx);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => [TaskProgressRow], { description: '本单位派发任务按承办单位的进度（可限定一个批次）' })
  taskProgress(@Ctx() ctx: RequestContext, @Arg('batchId', () => String, { nullable: true }) batchId?: string): Promise<TaskProgressRow[]> {
    return taskService.progress(ctx, batchId);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => [TaskBatch], { description: '本单位最近的批量派发' })
  taskBatches(@Ctx() ctx: RequestContext, @Arg('limit', () => Int, { nullable: true }) limit?: number): Promise<TaskBatch[]> {
    return taskService.batches(ctx, limit ?? 20);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => Task, { description: '派发任务：给下级单位，或点名给本单位工作人员' })
  assignTask(@Ctx() ctx: RequestContext, @Arg('input', () => AssignTaskInput) input: AssignTaskInput): Promise<Task> {
    return taskService.assign(ctx, input);
  }

  @Authorized(Permission.TASK_WORK)
  @Query(() => BulkTaskPreview, { description: '批量派发预览：按社区将生成的任务数和人数' })
  previewBulkTasks(@Ctx() ctx: RequestContext, @Arg('criteria', () => BulkTaskCriteriaInput) criteria: BulkTaskCriteriaInput): Promise<BulkTaskPreview> {
    return bulkAssignment.preview(ctx, criteria);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => BulkAssignResult, { description: '批量派发：符合条件的人员按社区各生成一项任务' })
  assignTasksInBulk(@Ctx() ctx: RequestContext, @Arg('input', () => BulkAssignInput) input: BulkAssignInput): Promise<BulkAssignResult> {
    return bulkAssignment.assign(ctx, input);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => Task, { description: '签领任务' })
  signTask(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Task> {
    return taskService.sign(ctx, id);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => Task, { description: '办结任务并反馈（结果、情况说明、照片）' })
  completeTask(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('feedback', () => TaskFeedbackInput) feedback: TaskFeedbackInput): Promise<Task> {
    return taskService.complete(ctx, id, feedback);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => Task, { description: '派发单位退回已办结的任务，要求重新办理' })
  returnTask(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<Task> {
    return taskService.returnTask(ctx, id, reason);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => Task, { description: '派发单位评价已办结的任务（1–5 分）' })
  evaluateTask(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('score', () => Int) score: number,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ): Promise<Task> {
    return taskService.evaluate(ctx, id, score, comment);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => Task, { description: '派发单位撤销尚未办结的任务' })
  cancelTask(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<Task> {
    return taskService.cancel(ctx, id, reason);
  }

  @FieldResolver(() => OrgUnitNode, { description: '承办单位' })
  assigneeUnit(@Ctx() ctx: RequestContext, @Root() task: Task): OrgUnitNode {
    return orgUnitView(ctx, task.assigneeUnit.id);
  }

  @FieldResolver(() => String, { nullable: true, description: '指定承办人' })
  async assigneeStaffName(@Ctx() ctx: RequestContext, @Root() task: Task): Promise<string | null> {
    return task.assigneeStaff ? ((await ctx.loaders.staffUsers.load(task.assigneeStaff.id))?.displayName ?? null) : null;
  }

  @FieldResolver(() => OrgUnitNode, { description: '派发单位' })
  creatorUnit(@Ctx() ctx: RequestContext, @Root() task: Task): OrgUnitNode {
    return orgUnitView(ctx, task.creatorUnit.id);
  }

  @FieldResolver(() => TaskSource, { nullable: true, description: '系统任务的来源' })
  source(@Root() task: Task): TaskSource | null {
    if (!task.sourceKind || !task.sourceId) return null;
    const info = TASK_SOURCES[task.sourceKind];
    return {
      kind: task.sourceKind,
      id: task.sourceId,
      label: info?.label(task.sourceId) ?? `${task.sourceKind} #${task.sourceId}`,
      link: info?.link(task.sourceId) ?? null,
      closedBySource: Boolean(info?.closedBySource),
    };
  }

  @FieldResolver(() => Boolean, { description: '已逾期未办结' })
  overdue(@Root() task: Task): boolean {
    return isOverdue(task);
  }

  @FieldResolver(() => [String], { description: '当前用户可执行的操作：SIGN / COMPLETE / RETURN / EVALUATE / CANCEL' })
  allowedActions(@Ctx() ctx: RequestContext, @Root() task: Task): string[] {
    return taskService.allowedActions(ctx, task);
  }

  @FieldResolver(() => [TaskEvent], { description: '流转记录' })
  timeline(@Ctx() ctx: RequestContext, @Root() task: Task): Promise<TaskEvent[]> {
    return taskService.timeline(ctx, task.id);
  }

  @FieldResolver(() => [Attachment], { description: '办结时上传的照片和文件' })
  attachments(@Ctx() ctx: RequestContext, @Root() task: Task): Promise<Attachment[]> {
    return taskService.attachments(ctx, task.id);
  }

  @FieldResolver(() => [Retiree], { description: '涉及的退休人员（最多 limit 人）' })
  retirees(@Ctx() ctx: RequestContext, @Root() task: Task, @Arg('limit', () => Int, { nullable: true }) limit?: number): Promise<Retiree[]> {
    return taskService.retirees(ctx, task.id, Math.min(Math.max(limit ?? 100, 1), 500));
  }
}

@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: '下载地址（需登录）' })
  url(@Root() attachment: Attachment): string {
    return `/files/${attachment.id}`;
  }
}

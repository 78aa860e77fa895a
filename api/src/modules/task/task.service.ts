import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import type { StaffActor } from '../../common/actor.js';
import { areaContains } from '../../common/area-filter.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors.js';
import { requireStaff } from '../../common/guards.js';
import { recordId } from '../../common/ids.js';
import { cleanText } from '../../common/text.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { isIsoDay, shanghaiDay, signDeadline, todayInShanghai } from '../../common/working-days.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { TASK_SOURCES } from './system-tasks.js';
import { Attachment, Task, TaskEvent, TaskEventKind, TaskOutcome, TaskPriority, TaskRetiree, TaskStatus } from './task.entities.js';
import { TaskBox, type AssignTaskInput, type TaskFeedbackInput, type TaskFilter } from './task.inputs.js';

const OPEN_STATUSES = [TaskStatus.ASSIGNED, TaskStatus.SIGNED, TaskStatus.RETURNED];
const MAX_RETIREES_PER_TASK = 500;
const MAX_ATTACHMENTS = 10;

export function isOverdue(task: Pick<Task, 'status' | 'dueDate'>, today = todayInShanghai()): boolean {
  return OPEN_STATUSES.includes(task.status) && task.dueDate < today;
}

/** The assignee side: staff of the assignee unit, or the named person when there is one. */
export function actsAsAssignee(actor: StaffActor, task: Task): boolean {
  return actor.orgUnitId === task.assigneeUnit.id && (!task.assigneeStaff || task.assigneeStaff.id === actor.staffId);
}

/** The assigning side: staff of the assigning unit or of a unit above it. */
export function actsAsAssigner(actor: StaffActor, task: Task): boolean {
  return areaContains(actor.scope, task.creatorPath);
}

/** A due date from today up to a year ahead (Asia/Shanghai). */
export function validDueDate(value: string, field = 'dueDate'): string {
  const today = todayInShanghai();
  if (!isIsoDay(value)) throw badInput(field, '办理期限应为 YYYY-MM-DD 格式的日期');
  if (value < today) throw badInput(field, '办理期限不能早于今天');
  if (value > `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`) throw badInput(field, '办理期限不能超过一年');
  return value;
}

function event(ctx: RequestContext, task: Task, kind: TaskEventKind, note?: string | null): TaskEvent {
  return ctx.em.create(TaskEvent, { task, orgPath: task.orgPath, kind, actorName: ctx.actor!.displayName, note: note ?? null, at: new Date() });
}

/** Loads a task and locks its row for the rest of the transaction, so two clicks cannot both move it. */
async function lockTask(ctx: RequestContext, id: string): Promise<Task> {
  const task = await ctx.em.findOne(Task, { id: recordId(id, '该任务') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!task) throw notFound('该任务');
  return task;
}

function assigneeWhere(actor: StaffActor) {
  return { assigneeUnit: actor.orgUnitId, $or: [{ assigneeStaff: null }, { assigneeStaff: actor.staffId }] };
}

function boxWhere(actor: StaffActor, box: TaskBox): FilterQuery<Task> {
  const today = todayInShanghai();
  switch (box) {
    case TaskBox.INBOX:
      return { ...assigneeWhere(actor), status: { $in: OPEN_STATUSES } };
    case TaskBox.TO_SIGN:
      return { ...assigneeWhere(actor), status: TaskStatus.ASSIGNED };
    case TaskBox.IN_PROGRESS:
      return { ...assigneeWhere(actor), status: { $in: [TaskStatus.SIGNED, TaskStatus.RETURNED] } };
    case TaskBox.OVERDUE:
      return { ...assigneeWhere(actor), status: { $in: OPEN_STATUSES }, dueDate: { $lt: today } };
    case TaskBox.ASSIGNED_BY_US:
      return { creatorUnit: actor.orgUnitId };
    case TaskBox.TO_EVALUATE:
      return { creatorUnit: actor.orgUnitId, status: TaskStatus.DONE };
  }
}

export const taskService = {
  async list(ctx: RequestContext, filter: TaskFilter = {}, limit?: number | null, after?: string | null) {
    const actor = requireStaff(ctx);
    const size = pageSize(limit);
    const cursor = decodeCursor(after);
    const where: FilterQuery<Task>[] = [];
    if (filter.box) where.push(boxWhere(actor, filter.box));
    if (filter.status?.length) where.push({ status: { $in: filter.status } });
    if (filter.type) where.push({ type: filter.type });
    if (filter.orgUnitId) where.push({ orgPath: { $like: `${unitInActorArea(ctx, filter.orgUnitId).path}%` } });
    if (filter.batchId) {
      if (!/^[0-9a-f-]{36}$/.test(filter.batchId)) throw badInput('batchId', '批次号无效');
      where.push({ batchId: filter.batchId });
    }
    if (filter.overdue) where.push({ status: { $in: OPEN_STATUSES }, dueDate: { $lt: todayInShanghai() } });
    if (filter.retireeId) {
      const retireeId = Number(filter.retireeId);
      if (!Number.isSafeInteger(retireeId)) throw badInput('retireeId', '人员编号无效');
      // A person is in a handful of tasks, so their ids make a short list.
      const links = await ctx.em.find(TaskRetiree, { retiree: retireeId }, { limit: 1000 });
      where.push({ id: { $in: links.map((l) => l.task.id) } });
    }
    const base: FilterQuery<Task> = where.length ? { $and: where } : {};
    const rows = await ctx.em.find(Task, cursor ? { $and: [base, { id: { $lt: cursor } }] } : base, { orderBy: { id: 'desc' }, limit: size + 1 });
    // An inbox usually fits on its first page, and then the page is the count.
    const total = !cursor && rows.length <= size ? rows.length : await ctx.em.count(Task, base);
    return { ...toPage(rows, size, (t) => t.id), total };
  },

  async get(ctx: RequestContext, id: string): Promise<Task> {
    requireStaff(ctx);
    const task = await ctx.em.findOne(Task, { id: recordId(id, '该任务') });
    if (task) return task;
    // Tell "not yours" from "no such task" the same way the retiree detail does.
    const [row] = await ctx.platform.orm.em.getConnection().execute<{ found: boolean }[]>('select exists(select 1 from task where id = ?) as found', [id]);
    throw row?.found ? forbidden('无权访问：该任务不在您的管辖范围内') : notFound('该任务');
  },

  async inboxCounts(ctx: RequestContext) {
    const actor = requireStaff(ctx);
    const [row] = await ctx.em.execute<{ to_sign: string; in_progress: string; overdue: string; to_evaluate: string }[]>(
      `select count(*) filter (where assignee_unit_id = ? and (assignee_staff_id is null or assignee_staff_id = ?) and status = 'ASSIGNED') as to_sign,
              count(*) filter (where assignee_unit_id = ? and (assignee_staff_id is null or assignee_staff_id = ?) and status in ('SIGNED', 'RETURNED')) as in_progress,
              count(*) filter (where assignee_unit_id = ? and (assignee_staff_id is null or assignee_staff_id = ?) and status in ('ASSIGNED', 'SIGNED', 'RETURNED') and due_date < ?) as overdue,
              count(*) filter (where creator_unit_id = ? and status = 'DONE') as to_evaluate
         from task
        where (assignee_unit_id = ? and status in ('ASSIGNED', 'SIGNED', 'RETURNED')) or (creator_unit_id = ? and status = 'DONE')`,
      [actor.orgUnitId, actor.staffId, actor.orgUnitId, actor.staffId, actor.orgUnitId, actor.staffId, todayInShanghai(), actor.orgUnitId, actor.orgUnitId, actor.orgUnitId],
    );
    return { toSign: Number(row?.to_sign ?? 0), inProgress: Number(row?.in_progress ?? 0), overdue: Number(row?.overdue ?? 0), toEvaluate: Number(row?.to_evaluate ?? 0) };
  },

  /** Active colleagues in the actor's own unit: whom a task may be assigned to by name. */
  async assignableStaff(ctx: RequestContext): Promise<StaffUser[]> {
    const actor = requireStaff(ctx);
    return ctx.em.find(StaffUser, { orgUnit: actor.orgUnitId, active: true }, { orderBy: { displayName: 'asc' }, limit: 200 });
  },

  async assign(ctx: RequestContext, input: AssignTaskInput): Promise<Task> {
    const actor = requireStaff(ctx);
    const unit = unitInActorArea(ctx, input.assigneeUnitId, 'assigneeUnitId');
    const title = cleanText(input.title, 'title', '任务标题', 2, 100);
    const instructions = input.instructions == null ? '' : cleanText(input.instructions, 'instructions', '工作要求', 0, 2000);
    const dueDate = validDueDate(input.dueDate);
    let assigneeStaff: StaffUser | null = null;
    if (unit.id === actor.orgUnitId) {
      if (!input.assigneeStaffId) throw badInput('assigneeStaffId', '派给本单位时请选择承办人');
      assigneeStaff = await ctx.em.findOne(StaffUser, { id: Number(input.assigneeStaffId) || 0, orgUnit: actor.orgUnitId, active: true });
      if (!assigneeStaff) throw badInput('assigneeStaffId', '承办人须是本单位在岗的工作人员');
    } else if (input.assigneeStaffId) {
      throw forbidden('只能点名派给本单位的工作人员；派给下级单位时由其签领');
    }
    const retireeIds = [...new Set((input.retireeIds ?? []).map(Number))];
    if (retireeIds.some((id) => !Number.isSafeInteger(id) || id <= 0)) throw badInput('retireeIds', '人员编号无效');
    if (retireeIds.length > MAX_RETIREES_PER_TASK) throw badInput('retireeIds', `一项任务最多涉及 ${MAX_RETIREES_PER_TASK} 人，人数更多请用批量派发`);
    if (retireeIds.length) {
      const inUnit = await ctx.em.count(Retiree, { id: { $in: retireeIds }, orgPath: { $like: `${unit.path}%` } });
      if (inUnit !== retireeIds.length) throw badInput('retireeIds', '有人员不在承办单位的管理范围内');
    }
    const now = new Date();
    const task = ctx.em.create(Task, {
      type: input.type,
      title,
      instructions,
      priority: input.priority ?? TaskPriority.NORMAL,
      status: TaskStatus.ASSIGNED,
      assigneeUnit: unit.id,
      assigneeStaff,
      orgPath: unit.path,
      creatorUnit: actor.orgUnitId,
      creatorPath: ctx.platform.orgs.get(actor.orgUnitId)!.path,
      creatorStaff: actor.staffId,
      creatorName: actor.displayName,
      retireeCount: retireeIds.length,
      dueDate,
      createdAt: now,
      signDeadline: signDeadline(ctx.platform.config.calendar, now),
    });
    ctx.em.persist(task);
    for (const retireeId of retireeIds) ctx.em.persist(ctx.em.create(TaskRetiree, { task, retiree: retireeId, orgPath: unit.path }));
    ctx.em.persist(event(ctx, task, TaskEventKind.ASSIGNED, assigneeStaff ? `指定承办人：${assigneeStaff.displayName}` : null));
    await ctx.em.flush();
    return task;
  },

  async sign(ctx: RequestContext, id: string): Promise<Task> {
    const actor = requireStaff(ctx);
    const task = await lockTask(ctx, id);
    if (!actsAsAssignee(actor, task)) throw forbidden('只有承办单位（或指定的承办人）可以签领');
    if (task.status !== TaskStatus.ASSIGNED) throw conflict(task.status === TaskStatus.SIGNED ? '该任务已经签领过了' : '该任务当前不能签领');
    const now = new Date();
    task.status = TaskStatus.SIGNED;
    task.signedAt = now;
    task.signedBy = ctx.em.getReference(StaffUser, actor.staffId, { wrapped: true });
    task.signedByName = actor.displayName;
    task.signedOnTime = now <= task.signDeadline;
    ctx.em.persist(event(ctx, task, TaskEventKind.SIGNED));
    await ctx.em.flush();
    return task;
  },

  async complete(ctx: RequestContext, id: string, feedback: TaskFeedbackInput): Promise<Task> {
    const actor = requireStaff(ctx);
    const task = await lockTask(ctx, id);
    if (!actsAsAssignee(actor, task)) throw forbidden('只有承办单位（或指定的承办人）可以办结');
    const source = task.sourceKind ? TASK_SOURCES[task.sourceKind] : undefined;
    if (source?.closedBySource) throw conflict(`该任务随「${source.label(task.sourceId!)}」的办理自动办结，请到对应页面处理`);
    if (task.status === TaskStatus.ASSIGNED) throw conflict('请先签领该任务，再提交办结反馈');
    if (task.status !== TaskStatus.SIGNED && task.status !== TaskStatus.RETURNED) throw conflict('该任务已经办结，不能重复提交');
    const notes = feedback.outcome === TaskOutcome.COMPLETED
      ? cleanText(feedback.notes, 'notes', '办理情况', 0, 2000)
      : cleanText(feedback.notes, 'notes', '办理情况（部分完成或无法完成时须说明原因）', 2, 2000);
    const attachmentIds = [...new Set(feedback.attachmentIds ?? [])];
    if (attachmentIds.length > MAX_ATTACHMENTS) throw badInput('attachmentIds', `附件最多 ${MAX_ATTACHMENTS} 个`);
    if (attachmentIds.some((a) => !/^\d{1,18}$/.test(a))) throw badInput('attachmentIds', '附件编号无效');
    if (attachmentIds.length) {
      const linked = await ctx.em.nativeUpdate(
        Attachment,
        { id: { $in: attachmentIds }, task: null, uploadedById: actor.staffId },
        { task: task.id, orgPath: task.orgPath },
      );
      if (linked !== attachmentIds.length) throw badInput('attachmentIds', '附件不存在或不是您上传的，请重新上传');
    }
    const now = new Date();
    task.status = TaskStatus.DONE;
    task.outcome = feedback.outcome;
    task.feedback = notes || null;
    task.completedAt = now;
    task.completedBy = ctx.em.getReference(StaffUser, actor.staffId, { wrapped: true });
    task.completedByName = actor.displayName;
    task.completedOnTime = shanghaiDay(now) <= task.dueDate;
    ctx.em.persist(event(ctx, task, TaskEventKind.COMPLETED, notes || null));
    await ctx.em.flush();
    await source?.onCompleted?.(ctx, task);
    return task;
  },

  async returnTask(ctx: RequestContext, id: string, reason: string): Promise<Task> {
    const actor = requireStaff(ctx);
    const task = await lockTask(ctx, id);
    if (!actsAsAssigner(actor, task)) throw forbidden('只有派发单位可以退回任务');
    if (task.status !== TaskStatus.DONE) throw conflict('只能退回已办结、尚未评价的任务');
    const text = cleanText(reason, 'reason', '退回原因', 2, 500);
    task.status = TaskStatus.RETURNED;
    task.returnReason = text;
    task.returnCount += 1;
    ctx.em.persist(event(ctx, task, TaskEventKind.RETURNED, text));
    await ctx.em.flush();
    return task;
  },

  async evaluate(ctx: RequestContext, id: string, score: number, comment?: string | null): Promise<Task> {
    const actor = requireStaff(ctx);
    if (!Number.isInteger(score) || score < 1 || score > 5) throw badInput('score', '评分应为 1 到 5 分');
    const task = await lockTask(ctx, id);
    if (!actsAsAssigner(actor, task)) throw forbidden('只有派发单位可以评价任务');
    if (task.completedBy?.id === actor.staffId) throw forbidden('不能评价自己办结的任务');
    if (task.status === TaskStatus.EVALUATED) throw conflict('该任务已经评价过了');
    if (task.status !== TaskStatus.DONE) throw conflict('任务办结后才能评价');
    const text = comment == null ? '' : cleanText(comment, 'comment', '评价意见', 0, 500);
    task.status = TaskStatus.EVALUATED;
    task.score = score;
    task.evaluationComment = text || null;
    task.evaluatedAt = new Date();
    task.evaluatedByName = actor.displayName;
    ctx.em.persist(event(ctx, task, TaskEventKind.EVALUATED, `${score} 分${text ? `：${text}` : ''}`));
    await ctx.em.flush();
    return task;
  },

  async cancel(ctx: RequestContext, id: string, reason: string): Promise<Task> {
    const actor = requireStaff(ctx);
    const task = await lockTask(ctx, id);
    if (!actsAsAssigner(actor, task) || !task.creatorStaff) throw forbidden('只有派发单位可以撤销自己派发的任务');
    if (!OPEN_STATUSES.includes(task.status)) throw conflict('该任务已经办结或撤销，不能撤销');
    const text = cleanText(reason, 'reason', '撤销原因', 2, 500);
    task.status = TaskStatus.CANCELLED;
    ctx.em.persist(event(ctx, task, TaskEventKind.CANCELLED, text));
    await ctx.em.flush();
    return task;
  },

  async timeline(ctx: RequestContext, taskId: string): Promise<TaskEvent[]> {
    return ctx.em.find(TaskEvent, { task: taskId }, { orderBy: { id: 'asc' } });
  },

  async attachments(ctx: RequestContext, taskId: string): Promise<Attachment[]> {
    return ctx.em.find(Attachment, { task: taskId }, { orderBy: { id: 'asc' } });
  },

  async retirees(ctx: RequestContext, taskId: string, limit: number): Promise<Retiree[]> {
    const links = await ctx.em.find(TaskRetiree, { task: taskId }, { limit, orderBy: { retiree: 'asc' } });
    if (!links.length) return [];
    return ctx.em.find(Retiree, { id: { $in: links.map((l) => l.retiree.id) } }, { orderBy: { id: 'asc' } });
  },

  /** Tasks an org unit assigned, by assignee unit (the unit's children, or the assignees themselves). */
  async progress(ctx: RequestContext, batchId?: string | null) {
    const actor = requireStaff(ctx);
    if (batchId && !/^[0-9a-f-]{36}$/.test(batchId)) throw badInput('batchId', '批次号无效');
    const rows = await ctx.em.execute<{ unit_id: number; total: string; assigned: string; in_progress: string; done: string; overdue: string }[]>(
      `select assignee_unit_id as unit_id, count(*) as total,
              count(*) filter (where status = 'ASSIGNED') as assigned,
              count(*) filter (where status in ('SIGNED', 'RETURNED')) as in_progress,
              count(*) filter (where status in ('DONE', 'EVALUATED')) as done,
              count(*) filter (where status in ('ASSIGNED', 'SIGNED', 'RETURNED') and due_date < ?) as overdue
         from task
        where creator_unit_id = ? and status <> 'CANCELLED' ${batchId ? 'and batch_id = ?' : ''}
        group by 1`,
      batchId ? [todayInShanghai(), actor.orgUnitId, batchId] : [todayInShanghai(), actor.orgUnitId],
    );
    return rows
      .map((r) => ({
        orgUnit: ctx.platform.orgs.get(r.unit_id)!,
        total: Number(r.total),
        assigned: Number(r.assigned),
        inProgress: Number(r.in_progress),
        done: Number(r.done),
        overdue: Number(r.overdue),
        completionRate: Number(r.total) ? Number(r.done) / Number(r.total) : 0,
      }))
      .sort((a, b) => a.orgUnit.code.localeCompare(b.orgUnit.code));
  },

  async batches(ctx: RequestContext, limit = 20) {
    const actor = requireStaff(ctx);
    const rows = await ctx.em.execute<{ batch_id: string; title: string; created_at: Date; due_date: string; task_count: string; retiree_count: string; done_count: string }[]>(
      `select batch_id, min(title) as title, min(created_at) as created_at, min(due_date)::text as due_date, count(*) as task_count,
              sum(retiree_count) as retiree_count, count(*) filter (where status in ('DONE', 'EVALUATED')) as done_count
         from task where creator_unit_id = ? and batch_id is not null
        group by batch_id order by min(created_at) desc limit ?`,
      [actor.orgUnitId, Math.min(Math.max(limit, 1), 100)],
    );
    return rows.map((r) => ({
      batchId: r.batch_id,
      title: r.title,
      createdAt: new Date(r.created_at),
      dueDate: r.due_date,
      taskCount: Number(r.task_count),
      retireeCount: Number(r.retiree_count),
      doneCount: Number(r.done_count),
    }));
  },

  /** What the viewer may do with this task now; the console shows only these buttons. */
  allowedActions(ctx: RequestContext, task: Task): string[] {
    const actor = ctx.actor;
    if (actor?.kind !== 'STAFF' || !actor.permissions.has('task:work')) return [];
    const actions: string[] = [];
    const closedBySource = Boolean(task.sourceKind && TASK_SOURCES[task.sourceKind]?.closedBySource);
    if (actsAsAssignee(actor, task)) {
      if (task.status === TaskStatus.ASSIGNED) actions.push('SIGN');
      if (!closedBySource && (task.status === TaskStatus.SIGNED || task.status === TaskStatus.RETURNED)) actions.push('COMPLETE');
    }
    if (actsAsAssigner(actor, task)) {
      if (task.status === TaskStatus.DONE) actions.push('RETURN');
      if (task.status === TaskStatus.DONE && task.completedBy?.id !== actor.staffId) actions.push('EVALUATE');
      if (task.creatorStaff && OPEN_STATUSES.includes(task.status)) actions.push('CANCEL');
    }
    return actions;
  },
};

import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context.js';
import type { WorkingCalendar } from '../../common/working-days.js';
import { shanghaiDay, signDeadline, workingDaysAfter } from '../../common/working-days.js';
import { TaskOutcome, TaskPriority, TaskStatus, type Task, type TaskType } from './task.entities.js';

/**
 * How other modules hand work to people: one call opens a task for a unit (idempotent per source
 * record and unit), one call closes it when their own workflow moves on. Both go through
 * SECURITY DEFINER functions, so a retiree's request can open a task for their community.
 */
export interface TaskSourceInfo {
  label: (sourceId: string) => string;
  /** Where the console handles the source record. */
  link: (sourceId: string) => string | null;
  /** The module closes the task itself when its record is handled; staff cannot complete it directly. */
  closedBySource: boolean;
  /**
   * Told, inside the completing transaction, when staff complete the task (with its outcome and
   * feedback), so the module can carry on with its own workflow. Throwing refuses the completion.
   */
  onCompleted?: (ctx: RequestContext, task: Task) => Promise<void>;
}

export const TaskSourceKind = {
  COMMUNITY_TRANSFER: 'COMMUNITY_TRANSFER',
  INFO_CONFIRMATION: 'INFO_CONFIRMATION',
} as const;

const TASK_SOURCES_BY_KIND: Record<string, TaskSourceInfo> = {
  [TaskSourceKind.COMMUNITY_TRANSFER]: {
    label: (id) => `社区转移申请 #${id}`,
    link: (id) => `/transfers/${id}`,
    closedBySource: true,
  },
  [TaskSourceKind.INFO_CONFIRMATION]: {
    label: (id) => `个人信息确认异议（确认单 #${id}）`,
    link: () => '/disputes',
    closedBySource: true,
  },
};

/** The sources known to this process; a module registers its own at import time. */
export const TASK_SOURCES: Readonly<Record<string, TaskSourceInfo>> = TASK_SOURCES_BY_KIND;

export function registerTaskSource(kind: string, info: TaskSourceInfo): void {
  if (!/^[A-Z][A-Z_]{1,39}$/.test(kind)) throw new Error(`task source kinds are UPPER_SNAKE_CASE, got "${kind}"`);
  TASK_SOURCES_BY_KIND[kind] = info;
}

export interface SystemTaskInput {
  type: TaskType;
  title: string;
  instructions: string;
  priority?: TaskPriority;
  unitId: number;
  dueInWorkingDays: number;
  sourceKind: string;
  sourceId: string;
  retireeIds: number[];
}

/** A system task opened now: due after `dueInWorkingDays` working days, to be signed by the usual deadline. */
export function systemTaskDeadlines(calendar: WorkingCalendar, dueInWorkingDays: number): { due: string; signBy: string } {
  const now = new Date();
  return { due: workingDaysAfter(calendar, shanghaiDay(now), dueInWorkingDays), signBy: signDeadline(calendar, now).toISOString() };
}

export async function openSystemTask(em: EntityManager, calendar: WorkingCalendar, input: SystemTaskInput): Promise<string> {
  const { due, signBy } = systemTaskDeadlines(calendar, input.dueInWorkingDays);
  const [row] = await em.execute<{ id: string }[]>(
    `select app_open_system_task(?::task_type, ?, ?, ?::task_priority, ?, ?::date, ?::timestamptz, ?, ?, ?::int[]) as id`,
    [input.type, input.title, input.instructions, input.priority ?? TaskPriority.NORMAL, input.unitId, due, signBy, input.sourceKind, input.sourceId, `{${input.retireeIds.join(',')}}`],
  );
  return String(row!.id);
}

/** Closes the open tasks of a source record: DONE when its work is handled, CANCELLED when it is withdrawn. */
export async function closeSystemTasks(
  em: EntityManager,
  sourceKind: string,
  sourceId: string,
  status: TaskStatus.DONE | TaskStatus.CANCELLED,
  note: string,
  actorName: string,
): Promise<number> {
  const [row] = await em.execute<{ closed: number }[]>(
    `select app_close_system_tasks(?, ?, ?::task_status, ?::task_outcome, ?, ?) as closed`,
    [sourceKind, sourceId, status, TaskOutcome.COMPLETED, note, actorName],
  );
  return Number(row?.closed ?? 0);
}

/** Runs one statement: a pg client, or a MikroORM entity manager's `execute`, both fit. */
export type Sql = <T extends object>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * Set-wise openSystemTask: one task per row of `rows` (a SELECT of the task's columns, about one
 * retiree each), with its retiree link and timeline row; once per source record and unit. The
 * retiree is the source id unless `retireeOfTask` (SQL over the `created` row) says otherwise.
 * For modules that open many at once (a month's new retirees, a risk scan).
 */
export async function openSystemTasksFor(sql: Sql, rows: string, params: unknown[], retireeOfTask = 'created.source_id::int'): Promise<number> {
  const result = await sql<{ n: string }>(
    `with created as (
       insert into task (type, title, instructions, priority, status, assignee_unit_id, org_path, creator_unit_id, creator_path,
                         creator_name, source_kind, source_id, retiree_count, due_date, sign_deadline)
       ${rows}
       on conflict (source_kind, source_id, assignee_unit_id) where source_kind is not null do nothing
       returning id, org_path, source_id
     ), linked as (
       insert into task_retiree (task_id, retiree_id, org_path) select created.id, ${retireeOfTask}, created.org_path from created
     ), logged as (
       insert into task_event (task_id, org_path, kind, actor_name) select id, org_path, 'ASSIGNED', '系统' from created
     )
     select count(*) as n from created`,
    params,
  );
  return Number(result[0]?.n ?? 0);
}

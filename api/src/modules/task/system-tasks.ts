import type { EntityManager } from '@mikro-orm/postgresql';
import type { WorkingCalendar } from '../../common/working-days.js';
import { shanghaiDay, signDeadline, workingDaysAfter } from '../../common/working-days.js';
import { TaskOutcome, TaskPriority, TaskStatus, type TaskType } from './task.entities.js';

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
}

export const TaskSourceKind = {
  COMMUNITY_TRANSFER: 'COMMUNITY_TRANSFER',
  INFO_CONFIRMATION: 'INFO_CONFIRMATION',
} as const;

export const TASK_SOURCES: Record<string, TaskSourceInfo> = {
  [TaskSourceKind.COMMUNITY_TRANSFER]: {
    label: (id) => `社区转移申请 #${id}`,
    link: (id) => `/transfers/${id}`,
    closedBySource: true,
  },
  [TaskSourceKind.INFO_CONFIRMATION]: {
    label: (id) => `个人信息确认异议（确认单 #${id}）`,
    link: () => '/confirmation/disputes',
    closedBySource: true,
  },
};

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

export async function openSystemTask(em: EntityManager, calendar: WorkingCalendar, input: SystemTaskInput): Promise<string> {
  const due = workingDaysAfter(calendar, shanghaiDay(new Date()), input.dueInWorkingDays);
  const [row] = await em.execute<{ id: string }[]>(
    `select app_open_system_task(?::task_type, ?, ?, ?::task_priority, ?, ?::date, ?::timestamptz, ?, ?, ?::int[]) as id`,
    [input.type, input.title, input.instructions, input.priority ?? TaskPriority.NORMAL, input.unitId, due, signDeadline(calendar, new Date()), input.sourceKind, input.sourceId, `{${input.retireeIds.join(',')}}`],
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

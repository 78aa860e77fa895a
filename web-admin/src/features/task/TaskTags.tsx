import { Tag } from 'antd';
import { TASK_PRIORITY, TASK_STATUS } from './labels';

export function TaskStatusTag({ status }: { status: string }) {
  const s = TASK_STATUS[status];
  return <Tag color={s?.color}>{s?.label ?? status}</Tag>;
}

export function TaskPriorityTag({ priority }: { priority: string }) {
  const p = TASK_PRIORITY[priority];
  return <Tag color={p?.color}>{p?.label ?? priority}</Tag>;
}

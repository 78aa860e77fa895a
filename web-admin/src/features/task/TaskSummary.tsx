import { Descriptions, Flex, Tag, type DescriptionsProps } from 'antd';
import { Link } from 'react-router';
import type { TaskDetailQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../shared/format';
import { Muted } from '../../shared/text';
import { TASK_TYPE } from './labels';
import { TaskPriorityTag, TaskStatusTag } from './TaskTags';

type Task = TaskDetailQuery['task'];

/** Who gave the task to whom, by when, and where it came from. */
export function TaskSummary({ task }: { task: Task }) {
  const items: DescriptionsProps['items'] = [
    { key: 'type', label: '任务类型', children: TASK_TYPE[task.type] ?? task.type },
    {
      key: 'status',
      label: '状态',
      children: (
        <Flex gap={4} wrap>
          <TaskStatusTag status={task.status} />
          {task.overdue && <Tag color="error">已逾期</Tag>}
          {task.returnCount > 0 && <Tag color="warning">退回 {task.returnCount} 次</Tag>}
        </Flex>
      ),
    },
    { key: 'priority', label: '紧急程度', children: <TaskPriorityTag priority={task.priority} /> },
    { key: 'creator', label: '派发单位', children: `${task.creatorUnit.name} · ${task.creatorName}` },
    { key: 'createdAt', label: '派发时间', children: formatDateTime(task.createdAt) },
    {
      key: 'due',
      label: '办理期限',
      children: task.overdue ? <span style={{ color: 'var(--ant-color-error, #ff4d4f)' }}>{formatDate(task.dueDate)}（已逾期）</span> : formatDate(task.dueDate),
    },
    { key: 'assignee', label: '承办单位', children: task.assigneeUnit.name },
    { key: 'staff', label: '指定承办人', children: task.assigneeStaffName ?? <Muted>由承办单位签领</Muted> },
    {
      key: 'signed',
      label: '签领',
      children: task.signedAt ? (
        <Flex gap={4} wrap align="center">
          <span>
            {task.signedByName} · {formatDateTime(task.signedAt)}
          </span>
          {task.signedOnTime === false && <Tag color="warning">超时签领</Tag>}
        </Flex>
      ) : (
        <Muted>未签领（签领期限 {formatDateTime(task.signDeadline)}）</Muted>
      ),
    },
    { key: 'retirees', label: '涉及人数', children: `${task.retireeCount.toLocaleString('zh-CN')} 人` },
  ];
  if (task.source) {
    items.push({
      key: 'source',
      label: '来源',
      span: 'filled',
      children: task.source.link ? <Link to={task.source.link}>{task.source.label}</Link> : task.source.label,
    });
  }
  if (task.batchId) {
    items.push({ key: 'batch', label: '批量派发', span: 'filled', children: <Link to={`/tasks/assigned?batch=${task.batchId}`}>查看本批次进度</Link> });
  }
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} styles={{ label: { width: 110 } }} />;
}

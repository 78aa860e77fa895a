import { useQuery } from '@apollo/client/react';
import { Flex, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { TaskFilter, TaskListQuery } from '../../gql/graphql';
import { CursorTable } from '../../shared/CursorTable';
import { formatDate } from '../../shared/format';
import { useCursorPages, pageVariables } from '../../shared/pagination';
import { useCommittedVariables } from '../../shared/useCommittedVariables';
import { TaskPriorityTag, TaskStatusTag } from './TaskTags';
import { TASK_TYPE } from './labels';

export const TASK_LIST_QUERY = graphql(`
  query TaskList($filter: TaskFilter, $limit: Int, $after: String) {
    tasks(filter: $filter, limit: $limit, after: $after) {
      total
      nextCursor
      items {
        id
        title
        type
        priority
        status
        dueDate
        overdue
        retireeCount
        creatorUnit {
          id
          name
        }
        assigneeUnit {
          id
          name
        }
        assigneeStaffName
      }
    }
  }
`);

export type TaskRow = TaskListQuery['tasks']['items'][number];

interface TaskTableProps {
  filter: TaskFilter;
  /** Whose unit the list names: the assigning unit (an inbox) or the assignee (tasks we assigned). */
  unitColumn: 'creator' | 'assignee';
  emptyText: string;
}

/** One page of tasks; a row opens the task. */
export function TaskTable({ filter, unitColumn, emptyText }: TaskTableProps) {
  const pages = useCursorPages();
  const navigate = useNavigate();
  const variables = useMemo(() => pageVariables(filter, pages), [filter, pages.pageSize, pages.after]);
  const committed = useCommittedVariables(variables);
  // An inbox changes under the user's feet (new tasks, colleagues signing): show the cache, then the server's answer.
  const { data, previousData, loading, error, refetch } = useQuery(TASK_LIST_QUERY, {
    variables: committed,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const list = error ? undefined : (data ?? previousData)?.tasks;

  const columns: TableColumnsType<TaskRow> = [
    { title: '任务', dataIndex: 'title', render: (v: string, t) => <Link to={`/tasks/${t.id}`}>{v}</Link> },
    { title: '类型', dataIndex: 'type', width: 120, render: (v: string) => TASK_TYPE[v] ?? v },
    { title: '紧急程度', dataIndex: 'priority', width: 90, render: (v: string) => <TaskPriorityTag priority={v} /> },
    unitColumn === 'creator'
      ? { title: '派发单位', key: 'unit', width: 150, render: (_, t) => t.creatorUnit.name }
      : { title: '承办单位', key: 'unit', width: 150, render: (_, t) => (t.assigneeStaffName ? `${t.assigneeUnit.name} · ${t.assigneeStaffName}` : t.assigneeUnit.name) },
    {
      title: '办理期限',
      dataIndex: 'dueDate',
      width: 150,
      render: (v: string, t) =>
        t.overdue ? (
          <Flex gap={4} align="center">
            <span style={{ color: 'var(--ant-color-error, #ff4d4f)' }}>{formatDate(v)}</span>
            <Tag color="error">逾期</Tag>
          </Flex>
        ) : (
          formatDate(v)
        ),
    },
    { title: '状态', dataIndex: 'status', width: 90, render: (v: string) => <TaskStatusTag status={v} /> },
    { title: '涉及人数', dataIndex: 'retireeCount', width: 90, align: 'right', render: (v: number) => v.toLocaleString('zh-CN') },
  ];

  return (
    <CursorTable<TaskRow>
      rowKey="id"
      columns={columns}
      list={list}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      pages={pages}
      emptyText={emptyText}
      unit="项任务"
      scroll={{ x: 900 }}
      onRow={(t) => ({ onClick: (e) => !(e.target as HTMLElement).closest('a') && void navigate(`/tasks/${t.id}`), style: { cursor: 'pointer' } })}
    />
  );
}

import { useQuery } from '@apollo/client/react';
import { Flex, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { RetireeTasksQuery } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { Panel } from '../../shared/Panel';
import { EmptyState, QueryErrorAlert } from '../../shared/states';
import { Muted } from '../../shared/text';
import { TASK_TYPE } from './labels';
import { TaskStatusTag } from './TaskTags';

export const RETIREE_TASKS_QUERY = graphql(`
  query RetireeTasks($filter: TaskFilter, $limit: Int) {
    tasks(filter: $filter, limit: $limit) {
      total
      items {
        id
        title
        type
        status
        dueDate
        overdue
      }
    }
  }
`);

type Row = RetireeTasksQuery['tasks']['items'][number];

const LIMIT = 20;

const columns: TableColumnsType<Row> = [
  { title: '任务', dataIndex: 'title', render: (v: string, t) => <Link to={`/tasks/${t.id}`}>{v}</Link> },
  { title: '类型', dataIndex: 'type', width: 110, render: (v: string) => TASK_TYPE[v] ?? v },
  { title: '状态', dataIndex: 'status', width: 90, render: (v: string) => <TaskStatusTag status={v} /> },
  {
    title: '办理期限',
    dataIndex: 'dueDate',
    width: 150,
    render: (v: string, t) => (
      <Flex gap={4} align="center">
        {formatDate(v)}
        {t.overdue && <Tag color="error">逾期</Tag>}
      </Flex>
    ),
  },
];

/** 相关任务: the work tasks that name this retiree, newest first. */
export function RetireeTasksCard({ retireeId }: { retireeId: string }) {
  const { data, loading, error, refetch } = useQuery(RETIREE_TASKS_QUERY, { variables: { filter: { retireeId }, limit: LIMIT } });
  const list = error ? undefined : data?.tasks;
  return (
    <Panel title="相关任务" extra={list && list.total > LIMIT ? <Muted>最近 {LIMIT} 项，共 {list.total} 项</Muted> : undefined}>
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<Row>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading && !data}
        pagination={false}
        locale={{ emptyText: <EmptyState description={error ? '未能加载相关任务' : '没有涉及该人员的任务'} /> }}
      />
    </Panel>
  );
}

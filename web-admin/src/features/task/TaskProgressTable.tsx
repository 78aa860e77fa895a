import { useQuery } from '@apollo/client/react';
import { Progress, Table, type TableColumnsType } from 'antd';
import { graphql } from '../../gql';
import type { TaskProgressQuery } from '../../gql/graphql';
import { EmptyState, QueryErrorAlert } from '../../shared/states';

export const TASK_PROGRESS_QUERY = graphql(`
  query TaskProgress($batchId: String) {
    taskProgress(batchId: $batchId) {
      orgUnit {
        id
        name
      }
      total
      assigned
      inProgress
      done
      overdue
      completionRate
    }
  }
`);

type ProgressRow = TaskProgressQuery['taskProgress'][number];

const count = (v: number) => v.toLocaleString('zh-CN');

const columns: TableColumnsType<ProgressRow> = [
  { title: '承办单位', key: 'unit', render: (_, r) => r.orgUnit.name },
  { title: '任务数', dataIndex: 'total', width: 80, align: 'right', render: count },
  { title: '待签领', dataIndex: 'assigned', width: 80, align: 'right', render: count },
  { title: '办理中', dataIndex: 'inProgress', width: 80, align: 'right', render: count },
  { title: '已办结', dataIndex: 'done', width: 80, align: 'right', render: count },
  {
    title: '逾期',
    dataIndex: 'overdue',
    width: 70,
    align: 'right',
    render: (v: number) => (v ? <span style={{ color: 'var(--ant-color-error, #ff4d4f)' }}>{count(v)}</span> : 0),
  },
  {
    title: '办结率',
    dataIndex: 'completionRate',
    width: 180,
    render: (v: number, r) => <Progress percent={Math.round(v * 100)} size="small" status={r.overdue ? 'exception' : undefined} aria-label={`办结率 ${Math.round(v * 100)}%`} />,
  },
];

/** How each assignee unit is getting on with what the viewer's unit assigned (one batch, or all). */
export function TaskProgressTable({ batchId }: { batchId: string | null }) {
  const { data, previousData, loading, error, refetch } = useQuery(TASK_PROGRESS_QUERY, {
    variables: batchId ? { batchId } : {},
    fetchPolicy: 'cache-and-network',
  });
  const rows = error ? [] : ((data ?? previousData)?.taskProgress ?? []);
  return (
    <>
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<ProgressRow>
        rowKey={(r) => r.orgUnit.id}
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading && !data}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: <EmptyState description="没有派发的任务" /> }}
      />
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { Button, Flex, Progress, Table, type TableColumnsType } from 'antd';
import { graphql } from '../../gql';
import type { TaskBatchesQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../shared/format';
import { EmptyState, QueryErrorAlert } from '../../shared/states';

export const TASK_BATCHES_QUERY = graphql(`
  query TaskBatches($limit: Int) {
    taskBatches(limit: $limit) {
      batchId
      title
      createdAt
      dueDate
      taskCount
      retireeCount
      doneCount
    }
  }
`);

type Batch = TaskBatchesQuery['taskBatches'][number];

const percent = (done: number, total: number) => (total ? Math.round((done / total) * 100) : 0);

const columns: TableColumnsType<Batch> = [
  { title: '任务', dataIndex: 'title' },
  { title: '派发时间', dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
  { title: '办理期限', dataIndex: 'dueDate', width: 110, render: formatDate },
  { title: '任务数', dataIndex: 'taskCount', width: 80, align: 'right' },
  { title: '涉及人数', dataIndex: 'retireeCount', width: 90, align: 'right', render: (v: number) => v.toLocaleString('zh-CN') },
  {
    title: '办结进度',
    key: 'progress',
    width: 200,
    render: (_, b) => (
      <Progress percent={percent(b.doneCount, b.taskCount)} size="small" format={() => `${b.doneCount}/${b.taskCount}`} aria-label={`已办结 ${b.doneCount} / ${b.taskCount}`} />
    ),
  },
];

interface TaskBatchesProps {
  selected: string | null;
  onSelect: (batchId: string | null) => void;
}

/** The unit's recent bulk assignments with their progress; choosing one narrows the page to it. */
export function TaskBatches({ selected, onSelect }: TaskBatchesProps) {
  const { data, loading, error, refetch } = useQuery(TASK_BATCHES_QUERY, { variables: { limit: 10 }, fetchPolicy: 'cache-and-network' });
  return (
    <Flex vertical gap={8}>
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<Batch>
        rowKey="batchId"
        size="small"
        columns={columns}
        dataSource={error ? [] : (data?.taskBatches ?? [])}
        loading={loading && !data}
        pagination={false}
        rowSelection={{
          type: 'radio',
          selectedRowKeys: selected ? [selected] : [],
          onChange: (keys) => onSelect((keys[0] as string | undefined) ?? null),
          getCheckboxProps: (b) => ({ 'aria-label': `选择批次：${b.title}` }) as never,
        }}
        onRow={(b) => ({ onClick: () => onSelect(b.batchId), style: { cursor: 'pointer' } })}
        locale={{ emptyText: <EmptyState description="还没有批量派发过任务" /> }}
      />
      {selected && (
        <div>
          <Button size="small" onClick={() => onSelect(null)}>
            查看全部派发任务
          </Button>
        </div>
      )}
    </Flex>
  );
}

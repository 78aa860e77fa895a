import { Alert, Table, type TableColumnsType } from 'antd';
import type { PreviewBulkTasksQuery } from '../../gql/graphql';
import { EmptyState } from '../../shared/states';

export type Preview = PreviewBulkTasksQuery['previewBulkTasks'];
type Community = Preview['communities'][number];

const columns: TableColumnsType<Community> = [
  { title: '承办社区', key: 'community', render: (_, c) => c.orgUnit.name },
  { title: '涉及人数', dataIndex: 'retirees', width: 120, align: 'right', render: (v: number) => v.toLocaleString('zh-CN') },
];

/** Step 2: how many tasks and people the criteria give, community by community. */
export function BulkPreview({ preview }: { preview: Preview }) {
  if (!preview.taskCount) return <EmptyState description="没有符合条件的人员，请放宽条件后重新预览" />;
  return (
    <>
      <Alert
        type="info"
        showIcon
        title={`将生成 ${preview.taskCount.toLocaleString('zh-CN')} 项任务，涉及 ${preview.retireeCount.toLocaleString('zh-CN')} 人`}
        description="每个社区一项任务，由社区签领后逐一走访、反馈。"
        style={{ marginBottom: 16 }}
      />
      <Table<Community>
        rowKey={(c) => c.orgUnit.id}
        size="small"
        columns={columns}
        dataSource={preview.communities}
        pagination={preview.communities.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      />
    </>
  );
}

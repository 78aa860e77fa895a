import { Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { TaskDetailQuery } from '../../gql/graphql';
import { GENDER_LABEL, labelOf } from '../../shared/format';
import { EmptyState } from '../../shared/states';
import { Muted } from '../../shared/text';

type Retiree = TaskDetailQuery['task']['retirees'][number];

const columns: TableColumnsType<Retiree> = [
  { title: '姓名', dataIndex: 'name', render: (v: string, r) => <Link to={`/retirees/${r.id}`}>{v}</Link> },
  { title: '性别', dataIndex: 'gender', width: 70, render: (v: string) => labelOf(GENDER_LABEL, v) },
  { title: '年龄', dataIndex: 'age', width: 70 },
  { title: '管理社区', key: 'community', render: (_, r) => r.community?.name ?? <Muted>待分配社区</Muted> },
];

/** The people the task is about (the first 100), each a link to their record. */
export function TaskRetirees({ retirees, total }: { retirees: readonly Retiree[]; total: number }) {
  return (
    <>
      <Table<Retiree>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={retirees as Retiree[]}
        pagination={retirees.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false}
        locale={{ emptyText: <EmptyState description="该任务未指定人员" /> }}
      />
      {total > retirees.length && <Muted style={{ display: 'block', marginTop: 8 }}>共 {total.toLocaleString('zh-CN')} 人，此处列出前 {retirees.length} 人</Muted>}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { RetireeLifeEventsQuery } from '../../gql/graphql';
import { formatDate, labelOf } from '../../shared/format';
import { Panel } from '../../shared/Panel';
import { EmptyState, QueryErrorAlert } from '../../shared/states';
import { Muted } from '../../shared/text';
import { LIFE_EVENT_KIND, LIFE_EVENT_MATCH, LIFE_EVENT_SOURCE } from './labels';
import { RETIREE_LIFE_EVENTS_QUERY } from './lifeEventQueries';

type Row = NonNullable<RetireeLifeEventsQuery['retiree']>['lifeEvents'][number];

const LIMIT = 20;

const columns: TableColumnsType<Row> = [
  { title: '事件日期', dataIndex: 'eventDate', width: 110, render: formatDate },
  { title: '来源', dataIndex: 'source', width: 110, render: (s: string) => labelOf(LIFE_EVENT_SOURCE, s) },
  {
    title: '类型',
    dataIndex: 'kind',
    width: 110,
    render: (k: string) => <Tag color={LIFE_EVENT_KIND[k]?.color}>{LIFE_EVENT_KIND[k]?.label ?? k}</Tag>,
  },
  { title: '详情', dataIndex: 'details', render: (v: string | null) => v || <Muted>—</Muted> },
  {
    title: '匹配',
    dataIndex: 'matchStatus',
    width: 110,
    render: (s: string, r) => {
      const tag = <Tag color={LIFE_EVENT_MATCH[s]?.color}>{LIFE_EVENT_MATCH[s]?.label ?? s}</Tag>;
      return r.matchNote ? <Tooltip title={r.matchNote}>{tag}</Tooltip> : tag;
    },
  },
];

/** 生存状态: what the departments' shared data says about this person (death, custody, hospital visits…), newest first. */
export function RetireeLifeEventsCard({ retireeId }: { retireeId: string }) {
  const { data, loading, error, refetch } = useQuery(RETIREE_LIFE_EVENTS_QUERY, { variables: { id: retireeId, limit: LIMIT } });
  const events = error ? [] : (data?.retiree?.lifeEvents ?? []);
  return (
    <Panel title="生存状态" extra={events.length >= LIMIT && <Muted>最近 {LIMIT} 条</Muted>}>
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<Row>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={events}
        loading={loading}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <EmptyState description={error ? '未能加载数据' : '暂无共享数据记录'} /> }}
      />
    </Panel>
  );
}

import { useQuery } from '@apollo/client/react';
import { Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { RetireeRiskAlertsQuery } from '../../gql/graphql';
import { useArea, withArea } from '../../shared/area/useArea';
import { formatDateTime, formatMoney } from '../../shared/format';
import { Panel } from '../../shared/Panel';
import { QueryErrorAlert } from '../../shared/states';
import { Muted } from '../../shared/text';
import { RISK_KIND, RISK_STATUS } from './labels';
import { RETIREE_RISK_ALERTS_QUERY } from './riskQueries';

type Row = RetireeRiskAlertsQuery['riskAlerts']['items'][number];

const LIMIT = 10;

/** 风险预警: this person's fund-risk alerts, newest first, each leading to its page. Hidden when there are none. */
export function RetireeRiskAlertsCard({ retireeId }: { retireeId: string }) {
  const [orgId] = useArea();
  const { data, error, refetch } = useQuery(RETIREE_RISK_ALERTS_QUERY, { variables: { filter: { retireeId }, limit: LIMIT } });
  const list = error ? undefined : data?.riskAlerts;
  if (!error && (!list || list.total === 0)) return null;

  const columns: TableColumnsType<Row> = [
    { title: '预警类型', dataIndex: 'kind', width: 140, render: (k: Row['kind']) => <Tag color={RISK_KIND[k]?.color}>{RISK_KIND[k]?.label ?? k}</Tag> },
    { title: '摘要', dataIndex: 'summary' },
    { title: '多发金额', dataIndex: 'overpaidAmount', width: 120, align: 'right', render: (v: number) => formatMoney(v) },
    { title: '状态', dataIndex: 'status', width: 120, render: (s: Row['status']) => <Tag color={RISK_STATUS[s]?.color}>{RISK_STATUS[s]?.label ?? s}</Tag> },
    { title: '发现时间', dataIndex: 'raisedAt', width: 140, render: (v: string) => formatDateTime(v) },
    {
      title: '',
      key: 'open',
      width: 60,
      render: (_, r) => (
        <Link to={withArea(`/risk-alerts/${r.id}`, orgId)} aria-label={`查看预警 #${r.id}`}>
          查看
        </Link>
      ),
    },
  ];

  return (
    <Panel title="风险预警" extra={list && list.total > LIMIT ? <Muted>最近 {LIMIT} 条，共 {list.total} 条</Muted> : undefined}>
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {list && <Table<Row> rowKey="id" size="small" columns={columns} dataSource={list.items} pagination={false} scroll={{ x: 760 }} />}
    </Panel>
  );
}

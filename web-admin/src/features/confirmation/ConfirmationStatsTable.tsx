import { Button, Progress, Table, Typography, type TableColumnsType } from 'antd';
import type { ConfirmationStatsQuery } from '../../gql/graphql';

export type StatsRow = ConfirmationStatsQuery['infoConfirmationStats'][number];

interface ConfirmationStatsTableProps {
  /** The selected area first, then the units directly under it. */
  rows: readonly StatsRow[];
  loading?: boolean;
  /** Drill down into a child unit. */
  onOpenUnit: (orgUnitId: string) => void;
}

const num = (v: number) => v.toLocaleString('zh-CN');

/** 信息确认完成情况：所选区域（合计）及其下一级单位。 */
export function ConfirmationStatsTable({ rows, loading, onOpenUnit }: ConfirmationStatsTableProps) {
  const areaId = rows[0]?.orgUnit.id;
  const columns: TableColumnsType<StatsRow> = [
    {
      title: '单位',
      key: 'unit',
      render: (_, r) =>
        r.orgUnit.id === areaId ? (
          <Typography.Text strong>{r.orgUnit.name}（合计）</Typography.Text>
        ) : (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpenUnit(r.orgUnit.id)} title={`查看${r.orgUnit.name}的下级单位`}>
            {r.orgUnit.name}
          </Button>
        ),
    },
    { title: '在册人数', dataIndex: 'retirees', align: 'right', width: 100, render: num },
    { title: '已发送', dataIndex: 'sent', align: 'right', width: 90, render: num },
    { title: '待确认', dataIndex: 'pending', align: 'right', width: 90, render: num },
    { title: '已确认', dataIndex: 'confirmed', align: 'right', width: 90, render: num },
    { title: '有异议', dataIndex: 'disputed', align: 'right', width: 90, render: (v: number) => (v ? <Typography.Text type="danger">{num(v)}</Typography.Text> : num(v)) },
    { title: '已处理', dataIndex: 'resolved', align: 'right', width: 90, render: num },
    {
      title: '完成率',
      dataIndex: 'completionRate',
      width: 200,
      render: (v: number, r) =>
        r.sent ? (
          <Progress percent={Math.round(v * 1000) / 10} size="small" status={v >= 1 ? 'success' : 'normal'} format={(p) => `${(p ?? 0).toFixed(1)}%`} aria-label={`${r.orgUnit.name}完成率`} />
        ) : (
          <Typography.Text type="secondary">未发送</Typography.Text>
        ),
    },
  ];
  return (
    <Table<StatsRow>
      rowKey={(r) => r.orgUnit.id}
      size="middle"
      columns={columns}
      dataSource={rows as StatsRow[]}
      loading={loading}
      pagination={false}
      scroll={{ x: 960 }}
      rowClassName={(r) => (r.orgUnit.id === areaId ? 'stats-total-row' : '')}
    />
  );
}

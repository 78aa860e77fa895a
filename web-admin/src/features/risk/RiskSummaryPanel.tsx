import { Table, Tag, theme, type TableColumnsType } from 'antd';
import type { RiskSummaryQuery } from '../../gql/graphql';
import { formatMoney } from '../../shared/format';
import { Panel } from '../../shared/Panel';
import { StatGrid, type Stat } from '../../shared/StatGrid';
import { QueryErrorAlert } from '../../shared/states';
import { RISK_KIND } from './labels';
import { formatCount } from '../import/labels';

type Row = RiskSummaryQuery['riskSummary'][number];
type ErrorLike = Parameters<typeof QueryErrorAlert>[0]['error'];

const COUNTS = ['open', 'confirmed', 'closed', 'dismissed'] as const;
const AMOUNTS = ['overpaidAmount', 'recoveryAmount', 'recoveredAmount'] as const;

function total(rows: readonly Row[], key: (typeof COUNTS)[number] | (typeof AMOUNTS)[number]): number {
  return rows.reduce((sum, r) => sum + r[key], 0);
}

const count = (n: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatCount(n)}</span>;
const money = (fen: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(fen)}</span>;

const columns: TableColumnsType<Row> = [
  { title: '预警类型', dataIndex: 'kind', width: 160, render: (k: Row['kind']) => <Tag color={RISK_KIND[k]?.color}>{RISK_KIND[k]?.label ?? k}</Tag> },
  { title: '待核实', dataIndex: 'open', width: 90, align: 'right', render: count },
  { title: '待追回', dataIndex: 'confirmed', width: 90, align: 'right', render: count },
  { title: '已追回/办结', dataIndex: 'closed', width: 110, align: 'right', render: count },
  { title: '已排除', dataIndex: 'dismissed', width: 90, align: 'right', render: count },
  { title: '多发金额', dataIndex: 'overpaidAmount', width: 140, align: 'right', render: money },
  { title: '应追回', dataIndex: 'recoveryAmount', width: 140, align: 'right', render: money },
  { title: '已追回', dataIndex: 'recoveredAmount', width: 140, align: 'right', render: money },
];

interface RiskSummaryPanelProps {
  rows: readonly Row[] | undefined;
  loading: boolean;
  error?: ErrorLike | null;
  onRetry: () => void;
}

/** 预警看板: the area's alerts by kind — how many wait for whom, and the money overpaid, to recover and recovered. */
export function RiskSummaryPanel({ rows, loading, error, onRetry }: RiskSummaryPanelProps) {
  const { token } = theme.useToken();
  const all = rows ?? [];
  const shown = !!rows;
  const stats: Stat[] = [
    { key: 'open', title: '待核实', value: shown ? formatCount(total(all, 'open')) : undefined, suffix: '条', color: token.colorWarning },
    { key: 'confirmed', title: '已确认待追回', value: shown ? formatCount(total(all, 'confirmed')) : undefined, suffix: '条', color: token.colorError },
    { key: 'overpaid', title: '多发金额', value: shown ? formatMoney(total(all, 'overpaidAmount')) : undefined },
    { key: 'recovered', title: '已追回 / 应追回', value: shown ? `${formatMoney(total(all, 'recoveredAmount'))} / ${formatMoney(total(all, 'recoveryAmount'))}` : undefined },
  ];

  return (
    <Panel title="预警看板" style={{ marginBottom: 16 }}>
      {error && <QueryErrorAlert error={error} onRetry={onRetry} />}
      <StatGrid label="预警汇总" stats={stats} loading={loading && !rows} style={{ marginBottom: 16 }} />
      <Table<Row>
        rowKey="kind"
        size="small"
        bordered
        aria-label="按预警类型汇总"
        columns={columns}
        dataSource={all}
        loading={loading && !rows}
        pagination={false}
        scroll={{ x: 960 }}
        summary={(data) =>
          data.length > 0 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>合计</strong>
              </Table.Summary.Cell>
              {COUNTS.map((k, i) => (
                <Table.Summary.Cell key={k} index={i + 1} align="right">
                  {count(total(data, k))}
                </Table.Summary.Cell>
              ))}
              {AMOUNTS.map((k, i) => (
                <Table.Summary.Cell key={k} index={i + 1 + COUNTS.length} align="right">
                  {money(total(data, k))}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
    </Panel>
  );
}

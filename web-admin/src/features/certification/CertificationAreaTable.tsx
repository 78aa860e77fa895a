import { Button, Table, type TableColumnsType } from 'antd';
import type { CertificationByAreaQuery, CertificationMethod, CertificationStatus } from '../../gql/graphql';
import { EmptyState, QueryErrorAlert } from '../../shared/states';
import { formatCount } from '../import/labels';
import { CERT_METHOD, CERT_METHODS, CERT_STATUS, CERT_STATUSES, METHOD_FIELD, STATUS_FIELD } from './labels';

type Row = CertificationByAreaQuery['certificationByArea'][number];
type Figure = 'active' | (typeof STATUS_FIELD)[CertificationStatus] | (typeof METHOD_FIELD)[CertificationMethod];
type ErrorLike = Parameters<typeof QueryErrorAlert>[0]['error'];

/** Which people a count stands for: a status, and for the method columns the valid ones of that method. */
export interface CertificationSlice {
  status: CertificationStatus;
  method?: CertificationMethod;
}

interface CertificationAreaTableProps {
  rows: readonly Row[] | undefined;
  loading: boolean;
  error?: ErrorLike | null;
  onRetry: () => void;
  /** The area being shown: its own row (a community's) does not drill down. */
  areaId: string | null;
  /** Drill down: show this unit's figures and its own sub-areas. */
  onOpenUnit: (orgUnitId: string) => void;
  /** List the people a count stands for. */
  onOpenList: (orgUnitId: string, slice: CertificationSlice) => void;
}

const FIGURE_STYLE = { fontVariantNumeric: 'tabular-nums' } as const;
const total = (rows: readonly Row[], key: Figure) => rows.reduce((sum, r) => sum + r[key], 0);

/** 各区域认证情况: one row per unit one level below the area, its counts leading to the people they count. */
export function CertificationAreaTable({ rows, loading, error, onRetry, areaId, onOpenUnit, onOpenList }: CertificationAreaTableProps) {
  const count = (key: Figure, title: string, slice?: CertificationSlice) => ({
    title,
    dataIndex: key,
    align: 'right' as const,
    width: 100,
    render: (n: number, r: Row) =>
      slice && n > 0 ? (
        <Button type="link" size="small" style={{ padding: 0, height: 'auto', ...FIGURE_STYLE }} aria-label={`${r.name}${title} ${n} 人`} onClick={() => onOpenList(r.orgUnitId, slice)}>
          {formatCount(n)}
        </Button>
      ) : (
        <span style={FIGURE_STYLE}>{formatCount(n)}</span>
      ),
  });

  const columns: TableColumnsType<Row> = [
    {
      title: '区域',
      dataIndex: 'name',
      fixed: 'left',
      width: 160,
      render: (name: string, r) =>
        r.orgUnitId === areaId ? (
          name
        ) : (
          <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} title={`查看${name}的认证情况`} onClick={() => onOpenUnit(r.orgUnitId)}>
            {name}
          </Button>
        ),
    },
    count('active', '正常发放'),
    ...CERT_STATUSES.map((status) => count(STATUS_FIELD[status], CERT_STATUS[status].label, { status })),
    {
      title: '有效认证的方式',
      children: CERT_METHODS.map((method) => count(METHOD_FIELD[method], CERT_METHOD[method], { status: 'VALID', method })),
    },
  ];
  const figures: Figure[] = ['active', ...CERT_STATUSES.map((s) => STATUS_FIELD[s]), ...CERT_METHODS.map((m) => METHOD_FIELD[m])];

  return (
    <>
      {error && <QueryErrorAlert error={error} onRetry={onRetry} />}
      <Table<Row>
        rowKey="orgUnitId"
        size="small"
        bordered
        aria-label="各区域认证情况"
        columns={columns}
        dataSource={rows ? [...rows] : []}
        loading={loading}
        pagination={false}
        scroll={{ x: 1200 }}
        locale={{ emptyText: loading ? <div style={{ height: 80 }} /> : <EmptyState description={error ? '未能加载数据' : '该区域下没有管辖单位'} /> }}
        summary={(data) =>
          data.length > 1 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>合计</strong>
              </Table.Summary.Cell>
              {figures.map((key, i) => (
                <Table.Summary.Cell key={key} index={i + 1} align="right">
                  <span style={FIGURE_STYLE}>{formatCount(total(data, key))}</span>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
    </>
  );
}

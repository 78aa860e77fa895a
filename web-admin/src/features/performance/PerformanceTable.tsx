import { Button, Table, type TableColumnsType } from 'antd';
import { Strong } from '../../shared/text';
import { columnsFor, formatCell, nameTitle, type PerformanceReport, type PerformanceRow } from './performanceFormat';

interface PerformanceTableProps {
  report: PerformanceReport | undefined;
  loading?: boolean;
  /** Drill down: the units (or, for a community, the people) under this unit. */
  onOpenUnit: (orgUnitId: string) => void;
}

/** 排名表：下级单位（社区为本社区工作人员）按按期办结率、平均评分、任务量排名，末行合计。 */
export function PerformanceTable({ report, loading, onOpenUnit }: PerformanceTableProps) {
  const metrics = report ? columnsFor(report) : [];
  const columns: TableColumnsType<PerformanceRow> = [
    { title: '排名', dataIndex: 'rank', width: 64, align: 'center', fixed: 'left' },
    {
      title: report ? nameTitle(report) : '单位',
      key: 'name',
      width: 180,
      fixed: 'left',
      render: (_, r) =>
        r.orgUnit ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() => onOpenUnit(r.orgUnit!.id)}
            title={r.orgUnit.level === 'COMMUNITY' ? `查看${r.name}各工作人员` : `查看${r.name}的下级单位`}
          >
            {r.name}
          </Button>
        ) : (
          r.name
        ),
    },
    ...metrics.map((c) => ({
      title: c.title,
      key: c.key,
      align: 'right' as const,
      width: c.kind === 'count' ? 88 : 104,
      render: (_: unknown, r: PerformanceRow) => formatCell(c, r),
    })),
  ];

  return (
    <Table<PerformanceRow>
      rowKey={(r) => r.orgUnit?.id ?? (r.staffId ? `staff-${r.staffId}` : `row-${r.rank}-${r.name}`)}
      size="middle"
      columns={columns}
      dataSource={report?.rows ?? []}
      loading={loading}
      pagination={false}
      scroll={{ x: 180 + 64 + metrics.length * 96 }}
      summary={() =>
        report && (
          <Table.Summary fixed="bottom">
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} />
              <Table.Summary.Cell index={1}>
                <Strong>合计</Strong>
              </Table.Summary.Cell>
              {metrics.map((c, i) => (
                <Table.Summary.Cell key={c.key} index={i + 2} align="right">
                  <Strong>{formatCell(c, report.total)}</Strong>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        )
      }
    />
  );
}

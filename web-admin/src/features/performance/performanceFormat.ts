import type { PerformanceQuery, PerformanceRowFieldsFragment } from '../../gql/graphql';
import { formatRate } from '../../shared/format';

export type PerformanceReport = PerformanceQuery['performance'];
export type PerformanceRow = PerformanceRowFieldsFragment;

export function formatScore(score: number | null | undefined): string {
  return score == null ? '—' : score.toFixed(2);
}

export function formatCount(n: number | null | undefined): string {
  return n == null ? '—' : n.toLocaleString('zh-CN');
}

/** The columns of the ranking, shared by the table and the Excel export. */
export interface PerformanceColumn {
  key: keyof PerformanceRow;
  title: string;
  kind: 'count' | 'rate' | 'score';
  /** Only meaningful for units (people manage no retirees of their own). */
  unitsOnly?: boolean;
}

export const PERFORMANCE_COLUMNS: PerformanceColumn[] = [
  { key: 'received', title: '收到任务', kind: 'count' },
  { key: 'signedOnTime', title: '及时签领', kind: 'count' },
  { key: 'signedOnTimeRate', title: '及时签领率', kind: 'rate' },
  { key: 'completed', title: '已办结', kind: 'count' },
  { key: 'completedOnTime', title: '按期办结', kind: 'count' },
  { key: 'onTimeRate', title: '按期办结率', kind: 'rate' },
  { key: 'overdue', title: '逾期', kind: 'count' },
  { key: 'evaluated', title: '已评价', kind: 'count' },
  { key: 'averageScore', title: '平均评分', kind: 'score' },
  { key: 'retirees', title: '管理人数', kind: 'count', unitsOnly: true },
  { key: 'infoConfirmedRate', title: '信息确认率', kind: 'rate', unitsOnly: true },
  { key: 'certifiedRate', title: '认证覆盖率', kind: 'rate', unitsOnly: true },
];

export function columnsFor(report: Pick<PerformanceReport, 'breakdown'>): PerformanceColumn[] {
  return report.breakdown === 'STAFF' ? PERFORMANCE_COLUMNS.filter((c) => !c.unitsOnly) : PERFORMANCE_COLUMNS;
}

export function formatCell(column: PerformanceColumn, row: PerformanceRow): string {
  const value = row[column.key] as number | null | undefined;
  if (column.kind === 'rate') return formatRate(value);
  if (column.kind === 'score') return formatScore(value);
  return formatCount(value);
}

/** "单位" for a ranking of units, "工作人员" for the people of a community. */
export function nameTitle(report: Pick<PerformanceReport, 'breakdown'>): string {
  return report.breakdown === 'STAFF' ? '工作人员' : '单位';
}

/** `工作绩效_剡湖街道_2026-01-01_2026-11-29.xlsx` */
export function performanceFileName(report: Pick<PerformanceReport, 'orgUnit' | 'from' | 'to'>): string {
  const unit = report.orgUnit.name.replace(/[\\/:*?"<>|]/g, '');
  return `工作绩效_${unit}_${report.from}_${report.to}.xlsx`;
}

import { describe, expect, it } from 'vitest';
import { exportPerformance } from './exportPerformance';
import type { PerformanceReport, PerformanceRow } from './performanceFormat';

const base: Omit<PerformanceRow, 'name' | 'rank'> = {
  staffId: null,
  orgUnit: null,
  received: 12,
  signedOnTime: 11,
  signedOnTimeRate: 11 / 12,
  completed: 10,
  completedOnTime: 9,
  onTimeRate: 0.75,
  overdue: 1,
  evaluated: 6,
  averageScore: 4.5,
  retirees: 141,
  infoConfirmedRate: 0.4,
  certifiedRate: null,
};

const report: PerformanceReport = {
  breakdown: 'UNITS',
  from: '2026-01-01',
  to: '2026-11-29',
  orgUnit: { id: '2', name: '剡湖街道', level: 'TOWNSHIP', parent: null },
  rows: [
    { ...base, rank: 1, name: '新北社区', orgUnit: { id: '17', name: '新北社区', level: 'COMMUNITY' } },
    { ...base, rank: 2, name: '城南社区', received: 0, signedOnTime: 0, signedOnTimeRate: null, onTimeRate: null, averageScore: null },
  ],
  total: { ...base, rank: 0, name: '合计' },
};

describe('performance export', () => {
  it('writes an .xlsx named after the unit and period, numbers as numbers and rates as percentages', async () => {
    let saved: { data: ArrayBuffer; fileName: string } | undefined;
    const fileName = await exportPerformance(report, (data, name) => (saved = { data, fileName: name }));
    expect(fileName).toBe('工作绩效_剡湖街道_2026-01-01_2026-11-29.xlsx');
    expect(saved?.fileName).toBe(fileName);

    const { default: Excel } = await import('exceljs');
    const book = new Excel.Workbook();
    await book.xlsx.load(saved!.data);
    const sheet = book.getWorksheet('工作绩效')!;
    expect(sheet.getCell('A1').value).toBe('工作绩效评价：剡湖街道（2026-01-01 至 2026-11-29）');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '排名', '单位', '收到任务', '及时签领', '及时签领率', '已办结', '按期办结', '按期办结率', '逾期', '已评价', '平均评分', '管理人数', '信息确认率', '认证覆盖率',
    ]);
    const north = sheet.getRow(3);
    expect(north.getCell(2).value).toBe('新北社区');
    expect(north.getCell(3).value).toBe(12);
    expect(north.getCell(8).value).toBe(0.75);
    expect(north.getCell(8).numFmt).toBe('0.0%');
    expect(north.getCell(14).value).toBe('—');
    expect(sheet.getRow(4).getCell(8).value).toBe('—');
    expect(sheet.getRow(5).getCell(2).value).toBe('合计');
    expect(sheet.getRow(5).getCell(3).value).toBe(12);
  });
});

import { columnsFor, nameTitle, performanceFileName, type PerformanceReport, type PerformanceRow } from './performanceFormat';

type ExcelModule = typeof import('exceljs');

/** exceljs is large: it is fetched when someone exports, never with the page. */
async function loadExcel(): Promise<ExcelModule> {
  const mod = await import('exceljs');
  // The browser build is CommonJS: its exports arrive as the default export.
  return (mod as unknown as { default?: ExcelModule }).default ?? mod;
}

/** The ranking as a workbook: a title line, the header, one row per unit or person, 合计. */
export async function buildPerformanceWorkbook(report: PerformanceReport) {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('工作绩效', { views: [{ state: 'frozen', ySplit: 2 }] });
  const columns = columnsFor(report);

  sheet.columns = [{ width: 8 }, { width: 24 }, ...columns.map((c) => ({ width: Math.max(10, c.title.length * 2 + 4) }))];
  const width = columns.length + 2;
  sheet.addRow([`工作绩效评价：${report.orgUnit.name}（${report.from} 至 ${report.to}）`]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).font = { bold: true, size: 14 };

  const header = sheet.addRow(['排名', nameTitle(report), ...columns.map((c) => c.title)]);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };

  // Numbers stay numbers (sortable, summable in Excel); a rate without a base is "—".
  const values = (row: PerformanceRow) =>
    columns.map((c) => {
      const v = row[c.key] as number | null | undefined;
      return v == null ? '—' : v;
    });
  const addLine = (rank: number | string, row: PerformanceRow) => {
    const line = sheet.addRow([rank, row.name, ...values(row)]);
    columns.forEach((c, i) => {
      const cell = line.getCell(i + 3);
      if (c.kind === 'rate' && typeof cell.value === 'number') cell.numFmt = '0.0%';
      if (c.kind === 'score' && typeof cell.value === 'number') cell.numFmt = '0.00';
      if (typeof cell.value === 'string') cell.alignment = { horizontal: 'right' };
    });
    return line;
  };
  for (const row of report.rows) addLine(row.rank, row);
  addLine('', { ...report.total, name: '合计' }).font = { bold: true };
  return workbook;
}

/** Hands a file to the browser's download. */
function download(data: ArrayBuffer, fileName: string) {
  const blob = new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Builds the .xlsx in the browser and downloads it; answers the file name. */
export async function exportPerformance(report: PerformanceReport, save: (data: ArrayBuffer, fileName: string) => void = download): Promise<string> {
  const workbook = await buildPerformanceWorkbook(report);
  const fileName = performanceFileName(report);
  save((await workbook.xlsx.writeBuffer()) as ArrayBuffer, fileName);
  return fileName;
}

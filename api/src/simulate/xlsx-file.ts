/**
 * A feed as an XLSX workbook, written through exceljs's streaming writer so a 330,000-row sheet
 * never sits in memory: one sheet, the header in row 1, every cell text (as the ID numbers and
 * amounts must stay exactly as written).
 */
import ExcelJS from 'exceljs';

/**
 * exceljs stamps the workbook and every zip entry with the current time; for byte-identical
 * files the entries get the workbook's `created` date instead. The first entries are added inside
 * the writer's constructor (addThemes / addOfficeRels), right after it has set `created`, so the
 * stamp is fixed from there.
 */
class FixedDateWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  override addThemes(): Promise<void> {
    fixEntryDates(this, this.created);
    return super.addThemes();
  }

  override addOfficeRels(): Promise<void> {
    fixEntryDates(this, this.created);
    return super.addOfficeRels();
  }
}

interface ZipAppender {
  append(source: unknown, data: { name: string; date?: Date }): unknown;
  fixedDate?: boolean;
}

function fixEntryDates(writer: object, date: Date): void {
  const { zip } = writer as { zip: ZipAppender };
  if (zip.fixedDate) return;
  const append = zip.append.bind(zip);
  zip.append = (source, data) => append(source, { ...data, date });
  zip.fixedDate = true;
}

/** Rows between pauses that let the zip stream compress what was written (exceljs has no backpressure). */
const ROWS_PER_YIELD = 2_000;

export class XlsxFile {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private rows = 0;

  /** `stamp` dates the workbook and its entries (derived from the simulated day, never the clock). */
  constructor(path: string, sheetName: string, author: string, header: readonly string[], widths: readonly number[], stamp: Date) {
    // `created` and the rest are options the writer reads but its type declarations leave out.
    const options = { filename: path, useStyles: false, useSharedStrings: false, created: stamp, modified: stamp, creator: author, lastModifiedBy: author };
    this.workbook = new FixedDateWorkbookWriter(options);
    this.sheet = this.workbook.addWorksheet(sheetName);
    this.sheet.columns = widths.map((width) => ({ width }));
    this.sheet.addRow([...header]).commit();
  }

  async write(cells: string[]): Promise<void> {
    this.sheet.addRow(cells).commit();
    if (++this.rows % ROWS_PER_YIELD === 0) await new Promise((resolve) => setImmediate(resolve));
  }

  async close(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}

/** Writes one feed in all three forms at once: CSV, XLSX and GraphQL batch files. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { BatchFiles } from './batch-files.js';
import { CsvFile } from './csv-file.js';
import type { FeedSpec } from './feed-specs.js';
import { XlsxFile } from './xlsx-file.js';

export interface FeedFiles {
  rows: number;
  csv: { file: string; bytes: number };
  xlsx: { file: string; bytes: number };
  batches: { files: number; bytes: number };
}

export class FeedWriter<R> {
  private readonly csv: CsvFile;
  private readonly xlsx: XlsxFile;
  private readonly batches: BatchFiles;
  private rows = 0;

  constructor(
    private readonly spec: FeedSpec<R>,
    private readonly dir: string,
    keyPrefix: string,
    stamp: Date,
  ) {
    const header = spec.columns.map((c) => c.header);
    this.csv = new CsvFile(path.join(dir, `${spec.name}.csv`), header);
    this.xlsx = new XlsxFile(path.join(dir, `${spec.name}.xlsx`), spec.sheetName, spec.author, header, header.map(columnWidth), stamp);
    this.batches = new BatchFiles(path.join(dir, 'batches'), spec.name, keyPrefix);
  }

  async write(row: R): Promise<void> {
    const cells = this.spec.cells(row);
    this.rows++;
    await this.csv.write(cells);
    await this.xlsx.write(cells);
    await this.batches.write(this.spec.input(row));
  }

  async close(): Promise<FeedFiles> {
    await Promise.all([this.csv.close(), this.xlsx.close(), this.batches.close()]);
    const size = async (name: string) => ({ file: name, bytes: (await stat(path.join(this.dir, name))).size });
    return {
      rows: this.rows,
      csv: await size(`${this.spec.name}.csv`),
      xlsx: await size(`${this.spec.name}.xlsx`),
      batches: { files: this.batches.files, bytes: this.batches.bytes },
    };
  }
}

/** Wide enough for an ID number, an address or a court case number. */
function columnWidth(header: string): number {
  if (/地址|详情/.test(header)) return 48;
  if (/身份|编号|账号|单位/.test(header)) return 24;
  return 14;
}

/**
 * Feed files as a stream of records: CSV (UTF-8 with or without BOM, or GB18030 as Chinese Excel
 * saves it) and XLSX (first sheet), headers matched to record fields by their Chinese names.
 * Nothing holds the whole file: rows flow from the socket to COPY.
 */
import { createHash, type Hash } from 'node:crypto';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { badInput } from '../../common/errors.js';
import { cellText, type CellValue } from './cell-values.js';
import { FEED_COLUMNS, type FeedColumn, type ImportKind } from './feed-formats.js';
import type { SourceRecord } from './feeds/feed-handler.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export interface FeedFile {
  records: AsyncIterable<SourceRecord>;
  /** SHA-256 of the bytes read; complete once `records` is exhausted. */
  hash: () => string;
}

/** Which column of the file fills which field; a missing required column refuses the whole file. */
export function mapHeaders(kind: ImportKind, headers: CellValue[]): Map<number, string> {
  const columns = FEED_COLUMNS[kind];
  const byName = new Map<string, FeedColumn>();
  for (const c of columns) for (const name of [c.header, ...(c.aliases ?? [])]) byName.set(normalizeHeader(name), c);
  const mapping = new Map<number, string>();
  headers.forEach((h, index) => {
    const column = byName.get(normalizeHeader(cellText(h) ?? ''));
    if (column && ![...mapping.values()].includes(column.field)) mapping.set(index, column.field);
  });
  const missing = columns.filter((c) => c.required && ![...mapping.values()].includes(c.field)).map((c) => `「${c.header}」`);
  if (missing.length) throw badInput('file', `文件缺少必需的列：${missing.join('')}。请使用模板中的表头（第一行）`, { reason: 'MISSING_COLUMN' });
  return mapping;
}

/** `月基本养老金(元)` and `月基本养老金（元）` are the same header; so are stray spaces. */
function normalizeHeader(text: string): string {
  return text.replace(/\s/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/^\uFEFF/, '');
}

export function readFeedFile(kind: ImportKind, body: Readable): FeedFile {
  const hasher = createHash('sha256');
  return { records: records(kind, body, hasher), hash: () => hasher.copy().digest('hex') };
}

async function* records(kind: ImportKind, body: Readable, hasher: Hash): AsyncGenerator<SourceRecord> {
  const hashed = body.pipe(new Transform({ transform: (chunk: Buffer, _enc, done) => (hasher.update(chunk), done(null, chunk)) }));
  body.on('error', (e) => hashed.destroy(e));
  const { head, stream } = await peek(hashed, 65_536);
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) yield* xlsxRecords(kind, stream);
  else yield* csvRecords(kind, stream, looksLikeUtf8(head) ? 'utf-8' : 'gb18030');
}

async function* csvRecords(kind: ImportKind, stream: Readable, encoding: string): AsyncGenerator<SourceRecord> {
  const decoder = new TextDecoder(encoding);
  const text = stream.pipe(new Transform({
    transform: (chunk: Buffer, _enc, done) => done(null, decoder.decode(chunk, { stream: true })),
    flush: (done) => done(null, decoder.decode()),
  }));
  const parser = text.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true }));
  let mapping: Map<number, string> | null = null;
  let rowNo = 0;
  for await (const cells of parser as AsyncIterable<string[]>) {
    rowNo++;
    if (!mapping) {
      mapping = mapHeaders(kind, cells);
      continue;
    }
    yield { rowNo, values: valuesOf(mapping, (i) => cells[i]) };
  }
  if (!mapping) throw badInput('file', '文件是空的', { reason: 'EMPTY_FILE' });
}

async function* xlsxRecords(kind: ImportKind, stream: Readable): AsyncGenerator<SourceRecord> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  let mapping: Map<number, string> | null = null;
  for await (const sheet of workbook) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as CellValue[];
      if (!mapping) {
        mapping = mapHeaders(kind, values);
        continue;
      }
      if (values.every((v) => cellText(v) === null)) continue;
      yield { rowNo: row.number, values: valuesOf(mapping, (i) => values[i]) };
    }
    break; // the first sheet is the data; others (notes, templates) are ignored
  }
  if (!mapping) throw badInput('file', '文件是空的', { reason: 'EMPTY_FILE' });
}

function valuesOf(mapping: Map<number, string>, cell: (index: number) => CellValue): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (const [index, field] of mapping) values[field] = cell(index);
  return values;
}

/** The first bytes of a stream, and a stream that still yields all of it. */
async function peek(stream: Readable, size: number): Promise<{ head: Buffer; stream: Readable }> {
  const chunks: Buffer[] = [];
  let length = 0;
  const iterator = stream[Symbol.asyncIterator]();
  while (length < size) {
    const next = await iterator.next();
    if (next.done) break;
    chunks.push(next.value as Buffer);
    length += (next.value as Buffer).length;
  }
  const out = new PassThrough();
  for (const c of chunks) out.write(c);
  void (async () => {
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        if (!out.write(next.value)) await new Promise((r) => out.once('drain', r));
      }
      out.end();
    } catch (e) {
      out.destroy(e as Error);
    }
  })();
  return { head: Buffer.concat(chunks), stream: out };
}

/** Valid UTF-8 (a multi-byte character cut at the end of the sample is fine). */
function looksLikeUtf8(head: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

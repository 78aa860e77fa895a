/**
 * PostgreSQL COPY, text format: encoding of values and streaming of rows. COPY is ~20× faster
 * than INSERTs; streaming keeps memory flat however many rows go in.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** A text value in COPY text format: backslash, tab, newline and carriage return escaped. */
export function copyText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Like copyText, with `\N` for NULL. */
export function copyNullable(value: string | null): string {
  return value === null ? '\\N' : copyText(value);
}

export function copyBoolean(value: boolean): string {
  return value ? 't' : 'f';
}

/** A text[] literal (`{a,"b c"}`), itself escaped for COPY. */
export function copyTextArray(values: readonly string[]): string {
  const elements = values.map((v) => (/^[^{}",\\\s]+$/.test(v) && v.toUpperCase() !== 'NULL' ? v : `"${v.replace(/["\\]/g, '\\$&')}"`));
  return copyText(`{${elements.join(',')}}`);
}

/** How one table's rows become COPY lines. `encode` returns a complete line, newline included. */
export interface CopyLayout<T> {
  table: string;
  columns: readonly string[];
  encode(row: T): string;
}

/** Joins lines into ~64 kB chunks: one stream write per line would dominate the cost. */
function* chunked<T>(rows: Iterable<T>, encode: (row: T) => string): Generator<string> {
  let buffer = '';
  for (const row of rows) {
    buffer += encode(row);
    if (buffer.length >= 65_536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * Streams `rows` into the table with backpressure and returns the number of rows copied.
 * `freeze` writes them frozen and all-visible (allowed only when the table was created or
 * truncated in the current transaction), which spares VACUUM a full rewrite of hint bits later.
 */
export async function copyRows<T>(client: pg.ClientBase, layout: CopyLayout<T>, rows: Iterable<T>, options: { freeze: boolean }): Promise<number> {
  const sql = `copy ${layout.table} (${layout.columns.join(', ')}) from stdin${options.freeze ? ' with (freeze)' : ''}`;
  const sink = client.query(copyFrom(sql));
  await pipeline(Readable.from(chunked(rows, (row) => layout.encode(row)), { objectMode: false }), sink);
  return sink.rowCount;
}

/**
 * A feed as GraphQL batches: `batches/<feed>-001.json`, … each `{ idempotencyKey, rows }` with at
 * most BATCH_ROWS rows in the mutation's input shape, one row per line.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The API's limit per mutation (5,000 rows, ~3 MB of JSON). */
export const BATCH_ROWS = 5_000;

export class BatchFiles {
  private rows: string[] = [];
  private count = 0;
  bytes = 0;

  constructor(
    private readonly dir: string,
    private readonly feed: string,
    /** `sim-<seed>-<size>-<today>`: the feed and the batch number are appended. */
    private readonly keyPrefix: string,
  ) {}

  get files(): number {
    return this.count;
  }

  async write(input: Record<string, string | number>): Promise<void> {
    this.rows.push(JSON.stringify(input));
    if (this.rows.length === BATCH_ROWS) await this.flush();
  }

  async close(): Promise<void> {
    if (this.rows.length) await this.flush();
  }

  private async flush(): Promise<void> {
    const number = String(++this.count).padStart(3, '0');
    const key = `${this.keyPrefix}-${this.feed}-${number}`;
    const text = `{"idempotencyKey":${JSON.stringify(key)},"rows":[\n${this.rows.join(',\n')}\n]}\n`;
    await mkdir(this.dir, { recursive: true });
    await writeFile(path.join(this.dir, `${this.feed}-${number}.json`), text);
    this.bytes += Buffer.byteLength(text);
    this.rows = [];
  }
}

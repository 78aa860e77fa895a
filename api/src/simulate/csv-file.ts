/** A feed as CSV the way Chinese Excel saves it: UTF-8 with a byte-order mark, CRLF line ends. */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';

export class CsvFile {
  private readonly stringifier: Stringifier;
  private readonly file: WriteStream;

  constructor(path: string, header: readonly string[]) {
    this.stringifier = stringify({ bom: true, record_delimiter: 'windows' });
    this.file = createWriteStream(path);
    this.stringifier.pipe(this.file);
    this.stringifier.write([...header]);
  }

  /** Resolves at once unless the file is behind, so memory stays bounded on big feeds. */
  async write(cells: string[]): Promise<void> {
    if (!this.stringifier.write(cells)) await once(this.stringifier, 'drain');
  }

  async close(): Promise<void> {
    this.stringifier.end();
    await finished(this.file);
  }
}

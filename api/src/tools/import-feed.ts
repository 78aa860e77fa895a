/**
 * `tsx src/tools/import-feed.ts <retirees|life-events|payments> <file.csv|file.xlsx> [--preview]`
 *
 * Loads a feed file from a shell, through the same engine as `POST /imports/:feed` (streamed,
 * idempotent by the file's content, every bad row reported): for operators with files too large
 * to upload, and for the demo start, which imports a simulated month. Without --preview the file
 * is applied at once; with it, the batch waits in the console for someone to commit.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../common/logger.js';
import { openDatabase } from '../db/database.js';
import { prepareDatabase } from '../db/prepare.js';
import { closePlatform, createPlatform } from '../bootstrap.js';
import { ImportKind } from '../modules/import/feed-formats.js';
import { readFeedFile } from '../modules/import/feed-file.js';
import { ImportChannel } from '../modules/import/import-batch.entity.js';
import { ingest } from '../modules/import/ingest-engine.js';

const FEEDS: Record<string, ImportKind> = { retirees: ImportKind.RETIREES, 'life-events': ImportKind.LIFE_EVENTS, payments: ImportKind.PENSION_PAYMENTS };

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { preview: { type: 'boolean', default: false } }, args: process.argv.slice(2).filter((a) => a !== '--') });
  const [feed, file] = positionals;
  const kind = feed ? FEEDS[feed] : undefined;
  if (!kind || !file) throw new Error('usage: import-feed <retirees|life-events|payments> <file.csv|file.xlsx> [--preview]');
  const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const config = loadConfig();
  const log = (m: string) => console.log(`[import] ${m}`);
  const database = await openDatabase(config, log);
  const platform = await createPlatform(config, database.url, createLogger('warn', false));
  try {
    await prepareDatabase(database.url);
    // The engine would find a known file too, but only after reading it all: ask first.
    const known = await platform.pool.query<{ id: string }>(`select id from import_batch where kind = $1 and idempotency_key = $2`, [kind, `file:${await sha256(filePath)}`]);
    if (known.rows[0]) {
      log(`${path.basename(file)} was imported before (batch #${known.rows[0].id}); nothing to do`);
      return;
    }
    const source = readFeedFile(kind, createReadStream(filePath));
    const started = Date.now();
    const result = await ingest(platform, {
      kind,
      channel: ImportChannel.FILE,
      idempotencyKey: null,
      contentHash: source.hash,
      fileName: path.basename(file),
      submitter: { name: '命令行导入', staffId: null },
      records: source.records,
      money: 'YUAN',
      commit: !values.preview,
      onProgress: (rows) => process.stdout.write(`\r[import] ${rows.toLocaleString('en-US')} rows read`),
    });
    const { rows } = await platform.pool.query(`select status, received, inserted, updated, unchanged, rejected, warnings, outcome from import_batch where id = $1`, [result.batchId]);
    process.stdout.write('\n');
    log(`${result.replayed ? 'already imported as' : 'batch'} #${result.batchId} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(rows[0])}`);
  } finally {
    await closePlatform(platform);
    await database.close();
  }
}

async function sha256(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

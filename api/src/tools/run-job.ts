/**
 * Runs one background job now, in this process, and waits for it: `run-job <name> [json payload]`,
 * e.g. `run-job certification:lifecycle` — what the nightly schedule would do, on demand (first
 * start of the demo, or an operator catching up after downtime). Jobs are idempotent.
 */
import { createLogger } from '../common/logger.js';
import { loadConfig } from '../config.js';
import { closePlatform, createPlatform } from '../bootstrap.js';
import { openDatabase } from '../db/database.js';
import { prepareDatabase } from '../db/prepare.js';
import { createTaskList } from '../modules/jobs/tasks.js';

async function main(): Promise<void> {
  const [name, payload] = process.argv.slice(2).filter((a) => a !== '--');
  const config = loadConfig();
  const database = await openDatabase(config, () => {});
  await prepareDatabase(database.url);
  const platform = await createPlatform(config, database.url, createLogger('warn', false));
  try {
    const tasks = createTaskList(platform.pool, platform.sms, config);
    const task = name ? tasks[name] : undefined;
    if (!task) throw new Error(`usage: run-job <${Object.keys(tasks).join('|')}> [json payload]`);
    const started = Date.now();
    await task(payload ? JSON.parse(payload) : {}, undefined as never);
    console.log(`[run-job] ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await closePlatform(platform);
    await database.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

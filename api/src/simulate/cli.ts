/**
 * `tsx src/simulate/cli.ts [--seed N] [--size full|small|tiny|<n>] [--today YYYY-MM-DD] [--out DIR] [--signal-coverage 0..1]`
 * (defaults: the seed's seed 20261129, size full, today 2026-11-15, out .data/sim/<seed>-<size>-<today>)
 *
 * Writes one month of inbound data (provincial retiree feed, shared-data events, pension payments)
 * for the synthetic city the seed loads with the same seed, size and today, plus its ground truth.
 */
import { simulationOptions, USAGE } from './options.js';
import { simulateMonth } from './simulate.js';
import { formatSummary } from './summary.js';

async function main(): Promise<void> {
  const options = simulationOptions(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  const started = performance.now();
  const summary = await simulateMonth(options);
  console.log(formatSummary(summary, performance.now() - started, options.outDir));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `[simulate] ${error.message}\nusage: ${USAGE}` : error);
  process.exit(1);
});

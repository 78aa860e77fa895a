/** Command-line arguments to simulation options, with the defaults the seed uses. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../config.js';
import { parseIsoDay } from '../seed/calendar.js';
import { DEFAULT_TODAY } from '../seed/generate.js';
import { CITY_SIZES, DEFAULT_SEED, parseCitySize } from '../seed/sizes.js';
import { DEFAULT_SIGNAL_COVERAGE } from './rates.js';
import type { SimulationOptions } from './simulate.js';

export const USAGE = 'simulate [--seed N] [--size full|small|tiny|<n>] [--today YYYY-MM-DD] [--out DIR] [--signal-coverage 0..1]';

/** `full` for 330,000 whether given as a name or a number, so the same city gets the same folder and keys. */
function sizeLabel(retirees: number): string {
  const named = Object.entries(CITY_SIZES).find(([, count]) => count === retirees);
  return named ? named[0] : String(retirees);
}

/**
 * `args` as typed after the script name; a leading `--` (what `pnpm simulate -- …` passes on) is
 * dropped. `cwd` resolves a relative --out: pnpm runs the script inside api/, so the caller's
 * directory (INIT_CWD) is the one the user meant.
 */
export function simulationOptions(args: string[], cwd: string): SimulationOptions {
  const { values } = parseArgs({
    args: args.filter((a) => a !== '--'),
    options: {
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      size: { type: 'string', default: 'full' },
      today: { type: 'string', default: DEFAULT_TODAY },
      out: { type: 'string' },
      'signal-coverage': { type: 'string', default: String(DEFAULT_SIGNAL_COVERAGE) },
    },
  });
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
  const retirees = parseCitySize(values.size);
  parseIsoDay(values.today);
  const signalCoverage = Number(values['signal-coverage']);
  const label = sizeLabel(retirees);
  const outDir = values.out ? path.resolve(cwd, values.out) : path.join(repoRoot, '.data', 'sim', `${seed}-${label}-${values.today}`);
  return { seed, retirees, sizeLabel: label, today: values.today, outDir, signalCoverage };
}

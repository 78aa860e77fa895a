/**
 * Rare events — sentences, releases from prison, missing people — in exact numbers. A quick
 * census pass over the population finds whom each could happen to, and a weighted draw without
 * replacement (Efraimidis–Spirakis keys, log(u)/weight) picks exactly as many as the month should
 * have. Drawn person by person, a small city would mostly get none, and even the full city now
 * and then.
 */
import { ageOn } from '../seed/calendar.js';
import { population } from '../seed/population.js';
import type { SimulationContext } from './context.js';
import { MISSING_PER_MONTH_AT_FULL, RELEASES_PER_MONTH_AT_FULL, SENTENCES_PER_MONTH_AT_FULL, sentenceWeight } from './rates.js';
import { SIM_STREAM, simRandom } from './streams.js';

export interface RarePicks {
  /** Retiree index → rank among the month's sentences; rank 0 always goes to prison. */
  sentences: Map<number, number>;
  releases: Set<number>;
  missing: Set<number>;
}

/** The k largest keys seen (k is a handful, so a sorted array is all it takes). */
class TopK {
  private readonly items: { index: number; key: number }[] = [];

  constructor(private readonly k: number) {}

  offer(index: number, key: number): void {
    if (this.items.length === this.k && key <= this.items[this.k - 1]!.key) return;
    let at = this.items.findIndex((i) => key > i.key);
    if (at < 0) at = this.items.length;
    this.items.splice(at, 0, { index, key });
    if (this.items.length > this.k) this.items.pop();
  }

  /** Indexes, highest key first. */
  indexes(): number[] {
    return this.items.map((i) => i.index);
  }
}

/** At least one of each, so that every city size exercises them. */
function countFor(ctx: SimulationContext, perMonthAtFull: number): number {
  return Math.max(1, Math.round(perMonthAtFull * ctx.scale));
}

export function pickRareEvents(ctx: SimulationContext): RarePicks {
  const rng = simRandom(ctx.seed, ctx.today, SIM_STREAM.RARE_EVENTS);
  const sentenceCount = countFor(ctx, SENTENCES_PER_MONTH_AT_FULL);
  const missingCount = countFor(ctx, MISSING_PER_MONTH_AT_FULL);
  const sentences = new TopK(sentenceCount);
  const releases = new TopK(countFor(ctx, RELEASES_PER_MONTH_AT_FULL));
  // A few spare: someone sentenced this month is not also reported missing.
  const missing = new TopK(missingCount + sentenceCount);
  for (const person of population(ctx.population, ctx.retirees)) {
    // The demo retiree (index 0) stays as the guides describe her.
    if (person.index === 0) continue;
    const { status } = person.row;
    if (status !== 'ACTIVE' && status !== 'SUSPENDED') continue;
    const age = ageOn(person.birthDay, ctx.today);
    if (status === 'SUSPENDED') {
      if (age < 85) releases.offer(person.index, rng.next());
      continue;
    }
    const weight = sentenceWeight(age);
    if (weight > 0) sentences.offer(person.index, Math.log(rng.next()) / weight);
    if (age >= 75) missing.offer(person.index, rng.next());
  }
  const sentenced = sentences.indexes();
  return {
    sentences: new Map(sentenced.map((index, rank) => [index, rank])),
    releases: new Set(releases.indexes()),
    missing: new Set(missing.indexes().filter((i) => !sentenced.includes(i)).slice(0, missingCount)),
  };
}

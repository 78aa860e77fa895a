/**
 * Random streams of the simulated month. The seed's own streams (population.ts STREAM, city.ts)
 * use small labels; these are distinct constants, and `today` is mixed in as well, so a month's
 * draws never repeat the seed's and two different months differ.
 */
import { Random } from '../seed/random.js';

export const SIM_STREAM = {
  /** Per seeded retiree: deaths, sentences, profile changes, signals of this month. */
  PERSON: 0x51a01,
  /** The month's new retirees. */
  NEW_RETIREES: 0x51a02,
  /** Deaths of people who are not retirees of ours. */
  UNKNOWN_PEOPLE: 0x51a03,
  /** Who gets the injected anomalies. */
  ANOMALIES: 0x51a04,
  /** Who is sentenced, released or goes missing. */
  RARE_EVENTS: 0x51a05,
} as const;

export function simRandom(seed: number, today: number, stream: number, index = 0): Random {
  return new Random(seed, index, stream, today);
}

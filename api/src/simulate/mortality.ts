/** Monthly death probability by age and sex (Gompertz, see rates.ts MORTALITY). */
import type { Gender } from '../common/id-number.js';
import { MORTALITY } from './rates.js';
import { WINDOW_DAYS } from './context.js';

export function yearlyDeathProbability(age: number, gender: Gender): number {
  return Math.min(MORTALITY.cap, MORTALITY[gender] * Math.exp(MORTALITY.growth * (age - 60)));
}

/** The chance of dying within the simulated window of WINDOW_DAYS days. */
export function windowDeathProbability(age: number, gender: Gender): number {
  return 1 - (1 - yearlyDeathProbability(age, gender)) ** (WINDOW_DAYS / 365.25);
}

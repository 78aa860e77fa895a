import { addMonths, firstDayOfMonth, monthIndex, monthOf } from './calendar.js';

/** Statutory retirement ages differ for men, women workers (工人) and women cadres (干部). */
export type RetirementCategory = 'MALE' | 'FEMALE_WORKER' | 'FEMALE_CADRE';

/** Ages before the 2025 reform: everyone in the city who retired before 2025 retired at these. */
export const BASE_RETIREMENT_AGE: Record<RetirementCategory, number> = {
  MALE: 60,
  FEMALE_CADRE: 55,
  FEMALE_WORKER: 50,
};

/**
 * The gradual reform in force since 2025-01-01 (NPC Standing Committee decision of 2024-09-13):
 * the first affected cohort retires one month later, and every later cohort of `step` birth
 * months one more month, up to `cap` months (men 60→63 and women cadres 55→58 by 1 month every
 * 4 months; women workers 50→55 by 1 month every 2 months). Voluntary early/late retirement is
 * not modelled.
 */
const REFORM: Record<RetirementCategory, { firstBirthMonth: number; step: number; cap: number }> = {
  MALE: { firstBirthMonth: monthIndex(1965, 1), step: 4, cap: 36 },
  FEMALE_CADRE: { firstBirthMonth: monthIndex(1970, 1), step: 4, cap: 36 },
  FEMALE_WORKER: { firstBirthMonth: monthIndex(1975, 1), step: 2, cap: 60 },
};

/** Months the reform adds for someone born in `birthMonth` (a month index, see calendar.ts). */
export function reformExtraMonths(category: RetirementCategory, birthMonth: number): number {
  const { firstBirthMonth, step, cap } = REFORM[category];
  if (birthMonth < firstBirthMonth) return 0;
  return Math.min(cap, Math.floor((birthMonth - firstBirthMonth) / step) + 1);
}

/**
 * The pension starts in the month after the one in which the person reaches retirement age
 * (达到退休年龄的次月), so the retirement date is the first day of that month.
 */
export function retirementDayFor(birthDay: number, category: RetirementCategory): number {
  const months = BASE_RETIREMENT_AGE[category] * 12 + reformExtraMonths(category, monthOf(birthDay));
  return firstDayOfMonth(monthOf(addMonths(birthDay, months)) + 1);
}

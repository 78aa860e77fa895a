/**
 * Payment periods (`YYYY-MM`, one month of pension each) and the whole-month arithmetic payment
 * decisions need: from which period a payment stops, which withheld periods are paid back.
 */

const index = (period: string) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};
const period = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** `2026-10-12` (or `2026-10`) → `2026-10`. */
export function periodOf(day: string): string {
  return day.slice(0, 7);
}

/** `2026-10-12` → `2026-11`: a stop "from the month after" a death, an admission or a decision. */
export function monthAfter(day: string): string {
  return period(index(periodOf(day)) + 1);
}

/** Every period from `first` to `last`, both included; none when `last` is before `first`. */
export function periodsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let i = index(first); i <= index(last); i++) out.push(period(i));
  return out;
}

export interface BackPay {
  /** The withheld periods paid back in one sum. */
  periods: string[];
  amount: number;
  /** Monthly payment carries on from this period. */
  resumePeriod: string;
}

/**
 * Restoring a payment suspended from `fromPeriod` on a certification dated `certifiedOn`: every
 * period from the suspension up to and including the month of certification is paid back at the
 * pre-suspension amount, and the monthly payment resumes the month after — each month paid exactly
 * once, whether the month's regular run had already gone out or not. Certified before the
 * suspension took effect: nothing was withheld.
 */
export function backPay(fromPeriod: string, certifiedOn: string, monthlyAmount: number): BackPay {
  const periods = periodsBetween(fromPeriod, periodOf(certifiedOn));
  const resumePeriod = periods.length ? monthAfter(certifiedOn) : fromPeriod;
  return { periods, amount: periods.length * monthlyAmount, resumePeriod };
}

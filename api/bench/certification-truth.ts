/**
 * Judging stored certifications against a simulator's ground truth, shared by the one-month check
 * of `bench:ingest` (risk-accuracy.ts) and the 12-month backtest (certification-backtest.ts), so
 * both count the same things the same way. Dates are ISO strings (`YYYY-MM-DD`), which compare
 * as they sort.
 */

/** The `certification` row as far as judging it goes. */
export interface StoredCertification {
  certifiedOn: string | null;
  validUntil: string | null;
  blocked: boolean;
}

/** Whether the certification still vouches for the person on `day`: not blocked by a death, missing or prison record, not expired. */
export function validOn(c: StoredCertification, day: string): boolean {
  return !c.blocked && c.validUntil !== null && c.validUntil >= day;
}

/**
 * A false certification is one the model made on evidence dated after the person died. Someone
 * who was alive at their signal and died since is certified truly until their death is reported.
 */
export function certifiedAfterDeath(c: { certifiedOn: string | null }, deathDate: string): boolean {
  return c.certifiedOn !== null && c.certifiedOn > deathDate;
}

/** `count` per 10,000 of `of` (0 when `of` is 0). */
export function per10k(count: number, of: number): number {
  return of ? (count / of) * 10_000 : 0;
}

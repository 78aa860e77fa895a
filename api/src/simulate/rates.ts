/**
 * Every rate of the simulated month in one place, each with the reason for its value. Rates are
 * per retiree and month unless they say otherwise, so a smaller city gets proportionally fewer
 * events; "a handful" items (injected anomalies) are fixed counts at every size.
 */

/** The full city the per-month counts below are quoted for. */
export const FULL_CITY_RETIREES = 330_000;

// ---------------------------------------------------------------- provincial retiree feed

/** The city grows by ~10,000 retirees a year (DESIGN §1): ~833 approvals a month at full size. */
export const NEW_RETIREES_PER_MONTH_AT_FULL = 10_000 / 12;
/** Men are 46 % of the seeded retirees; the month's cohort keeps that share when the reform leaves men a cohort. */
export const NEW_RETIREE_MALE_SHARE = 0.46;
/** As in the seed: about 70 % of women retire as workers (at 50+), the rest as cadres (55+). */
export const FEMALE_WORKER_SHARE = 0.7;
/** Today's new retirees mostly use mobile phones and citizen cards. */
export const NEW_RETIREE_PHONE_SHARE = 0.97;
export const NEW_RETIREE_CITIZEN_CARD_SHARE = 0.95;

/** ~300 profile changes a month at full size: about 1 retiree in 1,100 tells the provincial system something new. */
export const PROFILE_CHANGE_RATE = 0.0009;
/** Moves and new phones are the common changes; pension corrections after an audit are rare. */
export const PROFILE_CHANGE_WEIGHTS = { RESIDENCE: 40, PHONE: 30, BANK_ACCOUNT: 25, PENSION: 5 } as const;
/** One change in five comes with a second one (a move often brings a new phone). */
export const SECOND_CHANGE_SHARE = 0.2;
/** A new bank account is usually at the same bank (a replaced card), sometimes a switch. */
export const BANK_SWITCH_SHARE = 0.3;

// ---------------------------------------------------------------- mortality (Gompertz)

/**
 * Yearly death probability `base × e^(growth·(age − 60))`: ~1.1 % for men and ~0.6 % for women
 * at 60, doubling every ~7 years (Chinese life tables of the 2020 census), which gives ~2.5 % a
 * year for the seeded age pyramid (~660 deaths a month at full size).
 */
export const MORTALITY = { MALE: 0.011, FEMALE: 0.006, growth: 0.1, cap: 0.6 } as const;
/**
 * Deaths 31–90 days old first reported this month (a death away from home, a family that
 * deregisters late), as a share of one month's deaths: ~8 %.
 */
export const LATE_DEATH_SHARE = 0.08;
/** Police deregistration delay after a death (days, weight): most within a week, a tail runs to two months. */
export const POLICE_DELAYS: readonly (readonly [min: number, max: number, weight: number])[] = [
  [1, 5, 70],
  [6, 20, 20],
  [21, 60, 10],
];
/** Cremation is near-universal in Zhejiang; the rest are buried elsewhere or cremated outside the city. */
export const CREMATION_SHARE = 0.9;
/** A late-reported death's cremation record came in the same catch-up batch about half the time. */
export const LATE_CREMATION_SHARE = 0.5;
/** Each death record independently: the ID left blank or mistyped by the reporting clerk. */
export const BLANK_ID_SHARE = 0.03;
export const MISTYPED_ID_SHARE = 0.03;
/** "Two people with one ID": death records with another (living) retiree's ID number, at full size (at least one). */
export const OTHER_RETIREES_ID_DEATHS_AT_FULL = 4;
/** Deaths of people who are no retirees of ours (the feed is not filtered by the sender), at full size (at least one). */
export const UNKNOWN_PERSON_DEATHS_AT_FULL = 5;
/** Half of the dying were seen in hospital during their last ten days. */
export const PRE_DEATH_HOSPITAL_SHARE = 0.5;

// ---------------------------------------------------------------- justice, police, civil affairs

/**
 * Rare events come in exact numbers (scaled to the city, at least one of each so that every size
 * exercises them), drawn from the people they can happen to — see rare-events.ts.
 * Criminal convictions of elderly people: ~5 a month at full size.
 */
export const SENTENCES_PER_MONTH_AT_FULL = 5;
/** Who is convicted: mostly the younger retirees, nobody over 80. */
export function sentenceWeight(age: number): number {
  return age < 70 ? 3 : age < 80 ? 1 : 0;
}
/** About 30 % of the sentences are suspended (缓刑): paid on, only excluded from the yearly raise. The first one never is. */
export const SUSPENDED_SENTENCE_SHARE = 0.3;
/** ~3 releases a month among the ~3,300 suspended retirees (the register's prisoners are among them). */
export const RELEASES_PER_MONTH_AT_FULL = 3;
/** People over 75 who wander off (dementia): 1–3 missing-person reports a month at full size. */
export const MISSING_PER_MONTH_AT_FULL = 2;
/** ~40 new 低保 households a month; three times likelier with a pension under 2,500 yuan. */
export const LOW_INCOME_RATE = 1.2e-4;
export const LOW_PENSION_FEN = 250_000;
/** ~150 new disability certificates a month, rising with age. */
export function disabilityRate(age: number): number {
  return 6e-4 * Math.exp(0.04 * (age - 70));
}
/** Disability reaches the feed through civil affairs (残联 certificates) or health (assessments). */
export const DISABILITY_FROM_HEALTH_SHARE = 0.6;

// ---------------------------------------------------------------- signs of life

/**
 * Share of living retirees with at least one hospital or card record in the month. 0.105 fills the
 * shared-data feed to ~50,000 records at full size; month after month it adds up to ~74 % of
 * retirees seen in a year, about the ~70 % the bureau's certification reaches today. A denser
 * feed (0.65) gives ~300,000 records.
 */
export const DEFAULT_SIGNAL_COVERAGE = 0.105;
/** Suspended people are seen half as often (some are away, some in prison). */
export const SUSPENDED_SIGNAL_FACTOR = 0.5;
/** Records per covered person: 1, a second one 35 % of the time, a third 30 % of those. */
export const SECOND_SIGNAL_SHARE = 0.35;
export const THIRD_SIGNAL_SHARE = 0.3;
/** Hospital visits rise and card use falls with age: hospital share 35 % at 60, +1 point a year, at most 80 %. */
export function hospitalShare(age: number): number {
  return Math.min(0.8, Math.max(0.35, 0.35 + 0.01 * (age - 60)));
}

// ---------------------------------------------------------------- payment anomalies

/** A pension paid at 2–3 times the usual amount (a keying or back-pay error). */
export const AMOUNT_JUMPS = 5;
export const AMOUNT_JUMP_FACTOR = { min: 2, max: 3.2 } as const;
/** Retirees whose pension went into one unrelated retiree's account (an agent collecting several pensions). */
export const SHARED_ACCOUNT_SHARERS = 3;

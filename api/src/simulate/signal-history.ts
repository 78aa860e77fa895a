/**
 * A year of signs of life for the seeded city, for backtesting passive certification: the twelve
 * calendar months ending on `today`, walked month by month per retiree. ACTIVE retirees die along
 * the way at the simulator's Gompertz rates and are seen no more after their death; each death
 * reaches the feeds through the police and the crematorium with the simulator's reporting delays
 * (so the last weeks' deaths are not reported by `today`) and its clerks' ID slips. The rest of
 * the simulated month (sentences, new retirees, payments…) is left out: it does not feed the
 * certification score, and a few dozen prisoners a year would not move a coverage share.
 *
 * Deterministic: every draw comes from `Random(seed, index, HISTORY_STREAM, monthEnd)`, one
 * stream per retiree and month, with the death drawn first — so the same seed gives the same
 * deaths whatever the signal coverage, and two coverages differ only in their signals.
 */
import type { Gender } from '../common/id-number.js';
import { LifeEventKind, LifeEventSource } from '../modules/import/feed-formats.js';
import { addMonths, ageOn, parseIsoDay } from '../seed/calendar.js';
import { population, type Person } from '../seed/population.js';
import { Random, WeightedTable } from '../seed/random.js';
import { simulationContext, type SimulationContext } from './context.js';
import type { IdProblem } from './deaths.js';
import { mistypeIdNumber } from './id-numbers.js';
import { lifeEventDraft, type LifeEventDraft } from './life-events.js';
import { yearlyDeathProbability } from './mortality.js';
import { personRef, type PersonRef } from './people.js';
import {
  BLANK_ID_SHARE, CREMATION_SHARE, LATE_CREMATION_SHARE, LATE_DEATH_SHARE, MISTYPED_ID_SHARE, POLICE_DELAYS, PRE_DEATH_HOSPITAL_SHARE, SUSPENDED_SIGNAL_FACTOR,
} from './rates.js';
import { drawSignals, hospitalVisit } from './signals.js';

/** Distinct from SIM_STREAM's labels (streams.ts), so the history never repeats a month's draws. */
export const HISTORY_STREAM = 0x51a10;
export const HISTORY_MONTHS = 12;

export interface HistoryOptions {
  seed: number;
  retirees: number;
  /** `YYYY-MM-DD`: the last day of the history (the seeded city's today). */
  today: string;
  /** Share of living retirees seen in a month (rates.ts DEFAULT_SIGNAL_COVERAGE). */
  signalCoverage: number;
}

/** One month of the history, both days inclusive. */
export interface HistoryMonth {
  first: number;
  last: number;
}

export interface DeathReport {
  draft: LifeEventDraft;
  idProblem: IdProblem;
}

export interface HistoryDeath {
  person: PersonRef;
  deathDay: number;
  /** Reported 31–90 days after the death (the simulator's late reports, `（补报）`). */
  late: boolean;
  /** Police and crematorium records, including those registered only after the history's end. */
  reports: DeathReport[];
}

export interface PersonHistory {
  person: Person;
  /** Hospital visits and card uses, all before the death (if any); `reportDay` = `eventDay`. */
  signals: LifeEventDraft[];
  death: HistoryDeath | null;
}

export interface HistoryContext {
  sim: SimulationContext;
  months: HistoryMonth[];
  signalCoverage: number;
}

/**
 * Calendar months ending on today's day of the month (Nov 15 → Oct 16–Nov 15, …, back to
 * Nov 16 a year earlier): twelve of them are exactly a year, and each holds one month of feed.
 */
export function historyMonths(today: number, count = HISTORY_MONTHS): HistoryMonth[] {
  return Array.from({ length: count }, (_, k) => ({ first: addMonths(today, k - count) + 1, last: addMonths(today, k - count + 1) }));
}

export function historyContext(options: HistoryOptions): HistoryContext {
  if (!(options.signalCoverage >= 0 && options.signalCoverage <= 1)) throw new Error(`signal coverage must be within 0…1, got ${options.signalCoverage}`);
  const sim = simulationContext({ ...options, sizeLabel: String(options.retirees) });
  return { sim, months: historyMonths(parseIsoDay(options.today)), signalCoverage: options.signalCoverage };
}

/** Every retiree the year touches (ACTIVE or SUSPENDED on the register), one at a time, in seed order. */
export function* signalHistory(ctx: HistoryContext): Generator<PersonHistory> {
  for (const person of population(ctx.sim.population, ctx.sim.retirees)) {
    if (person.row.status !== 'ACTIVE' && person.row.status !== 'SUSPENDED') continue;
    yield personHistory(ctx, person);
  }
}

/** The chance of dying within `days` days: the simulator's yearly Gompertz rate, spread evenly. */
export function deathProbability(age: number, gender: Gender, days: number): number {
  return 1 - (1 - yearlyDeathProbability(age, gender)) ** (days / 365.25);
}

export function personHistory(ctx: HistoryContext, person: Person): PersonHistory {
  const { sim } = ctx;
  const who = personRef(sim, person);
  const community = sim.communityById.get(person.row.communityId);
  const hasCard = person.row.citizenCardNo !== null;
  const suspended = person.row.status === 'SUSPENDED';
  const coverage = ctx.signalCoverage * (suspended ? SUSPENDED_SIGNAL_FACTOR : 1);
  const signals: LifeEventDraft[] = [];
  let death: HistoryDeath | null = null;
  for (const month of ctx.months) {
    // Shared data is matched against the register: nothing before the retirement reaches the person.
    if (month.last < person.retirementDay) continue;
    const rng = new Random(sim.seed, person.index, HISTORY_STREAM, month.last);
    const first = Math.max(month.first, person.retirementDay);
    const age = ageOn(person.birthDay, month.last);
    // The simulator lets only ACTIVE retirees die; the suspended are few and their certification is not scored.
    if (!suspended && rng.chance(deathProbability(age, who.gender, month.last - first + 1))) {
      const deathDay = rng.int(first, month.last);
      death = { person: who, deathDay, ...deathReports(rng, who, deathDay) };
      // As in the simulated month: the dying are seen only in a last hospital stay, in half the cases.
      if (rng.chance(PRE_DEATH_HOSPITAL_SHARE)) {
        const visitDay = deathDay - rng.int(1, 10);
        if (visitDay >= person.retirementDay) signals.push(hospitalVisit(rng, community, who, visitDay, 0, rng.chance(0.6) ? 'INPATIENT' : 'EMERGENCY'));
      }
      break;
    }
    signals.push(...drawSignals(rng, who, community, age, hasCard, { first, last: month.last }, coverage, 0));
  }
  const all = [...signals, ...(death?.reports.map((r) => r.draft) ?? [])];
  all.forEach((draft, k) => {
    draft.order = person.index * 64 + k;
    // Unique per source across the year (the department numbers of numberRecords need every record in memory).
    draft.sourceRecordId = `H${person.index}-${k}`;
  });
  return { person, signals, death };
}

const POLICE_DELAY = new WeightedTable(POLICE_DELAYS.map(([min, max, weight]) => [[min, max] as const, weight] as const));

/**
 * The police deregistration and (mostly) the cremation record of a death, whenever they are
 * registered — the bench decides what has arrived by a given day. The simulated month adds ~8 %
 * late reports on top of its month of deaths; over a continuous year that is the same as a share
 * 0.08 / 1.08 of all deaths being reported 31–90 days late, the cremation record then coming in
 * the same catch-up batch half the time.
 */
function deathReports(rng: Random, who: PersonRef, deathDay: number): { late: boolean; reports: DeathReport[] } {
  const late = rng.chance(LATE_DEATH_SHARE / (1 + LATE_DEATH_SHARE));
  const reports: DeathReport[] = [];
  const report = (source: LifeEventSource, kind: LifeEventKind, numbering: 'POLICE_DEREGISTRATION' | 'CREMATION', eventDay: number, reportDay: number, details: string) => {
    const { idNumber, idProblem } = recordedId(rng, who.idNumber);
    reports.push({ draft: lifeEventDraft({ source, kind, numbering, idNumber, name: who.name, birthDate: who.birthDate, eventDay, reportDay, details, order: 0 }), idProblem });
  };
  const [minDelay, maxDelay] = POLICE_DELAY.pick(rng);
  const policeDay = deathDay + (late ? rng.int(31, 90) : rng.int(minDelay, maxDelay));
  report(LifeEventSource.POLICE, LifeEventKind.DEATH, 'POLICE_DEREGISTRATION', deathDay, policeDay, `死亡注销户口${late ? '（补报）' : ''}`);
  if (rng.chance(late ? LATE_CREMATION_SHARE : CREMATION_SHARE)) {
    const cremationDay = deathDay + rng.int(1, 4);
    report(LifeEventSource.CIVIL_AFFAIRS, LifeEventKind.CREMATION, 'CREMATION', cremationDay, late ? policeDay : cremationDay + rng.int(0, 2), '嵊州市殡仪馆火化');
  }
  return { late, reports };
}

/** As deaths.ts: each death record independently has its ID left blank or mistyped by the clerk. */
function recordedId(rng: Random, idNumber: string): { idNumber: string | null; idProblem: IdProblem } {
  const roll = rng.next();
  if (roll < BLANK_ID_SHARE) return { idNumber: null, idProblem: 'BLANK' };
  if (roll < BLANK_ID_SHARE + MISTYPED_ID_SHARE) return { idNumber: mistypeIdNumber(idNumber, rng), idProblem: 'MISTYPED' };
  return { idNumber, idProblem: 'NONE' };
}

/**
 * The first day the platform can know of the death on its own: the earliest record carrying the
 * right ID number (matched on import). Records with a blank or mistyped number wait for a staff
 * review, which the backtest does not assume; null when no such record exists (yet or at all).
 */
export function deathKnownFrom(death: HistoryDeath): number | null {
  const days = death.reports.filter((r) => r.idProblem === 'NONE').map((r) => r.draft.reportDay);
  return days.length ? Math.min(...days) : null;
}

/** ACTIVE on the register the whole year and alive at its end: the people who had twelve months' chances to be seen. */
export function livingAllYear(h: PersonHistory, months: HistoryMonth[]): boolean {
  return !h.death && h.person.row.status === 'ACTIVE' && h.person.retirementDay <= months[0]!.first;
}

/** How many people were living all year (livingAllYear), and how many of them the feed saw at least once. */
export function yearlySeenShare(histories: Iterable<PersonHistory>, months: HistoryMonth[]): { living: number; seen: number } {
  let living = 0;
  let seen = 0;
  for (const h of histories) {
    if (!livingAllYear(h, months)) continue;
    living++;
    if (h.signals.length) seen++;
  }
  return { living, seen };
}

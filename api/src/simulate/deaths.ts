/**
 * Deaths of the month: seeded retirees who are ACTIVE on the register but die in the window (or
 * died weeks earlier and are only reported now), each deregistered by the police and mostly
 * cremated, with the clerks' usual slips in the ID column; plus deaths of people we do not know.
 */
import type { Gender } from '../common/id-number.js';
import { LifeEventKind, LifeEventSource } from '../modules/import/feed-formats.js';
import { dayOf, isoDay, monthOf, partsOf } from '../seed/calendar.js';
import { OTHER_ZHEJIANG_AREAS, personName } from '../seed/names.js';
import { CITY_AREA, SHENG_COUNTY_AREA, type Person } from '../seed/population.js';
import { Random, WeightedTable } from '../seed/random.js';
import type { SimulationContext } from './context.js';
import { UnknownPersonIdIssuer, mistypeIdNumber } from './id-numbers.js';
import { ORDER_STRIDE, SIGNAL_ORDER, lifeEventDraft, type LifeEventDraft } from './life-events.js';
import { windowDeathProbability } from './mortality.js';
import type { PersonRef } from './people.js';
import {
  BLANK_ID_SHARE, CREMATION_SHARE, LATE_CREMATION_SHARE, LATE_DEATH_SHARE, MISTYPED_ID_SHARE, OTHER_RETIREES_ID_DEATHS_AT_FULL, POLICE_DELAYS, PRE_DEATH_HOSPITAL_SHARE,
  UNKNOWN_PERSON_DEATHS_AT_FULL,
} from './rates.js';
import { hospitalVisit } from './signals.js';
import { SIM_STREAM, simRandom } from './streams.js';

export type IdProblem = 'NONE' | 'BLANK' | 'MISTYPED' | 'OTHER_RETIREES_ID';

export interface DeathReport {
  draft: LifeEventDraft;
  idProblem: IdProblem;
  /** The living retiree whose number the record carries instead (OTHER_RETIREES_ID). */
  idHolder: PersonRef | null;
}

export interface Death {
  person: PersonRef;
  deathDay: number;
  /** Died 31–90 days before today and first reported this month. */
  late: boolean;
  reports: DeathReport[];
  /** Periods the seed paid for months after the month of death: overpaid, to be recovered. */
  overpaidPeriods: string[];
  overpaidFen: number;
}

const POLICE_DELAY = new WeightedTable(POLICE_DELAYS.map(([min, max, weight]) => [[min, max] as const, weight] as const));
const DEATH_PLACES = new WeightedTable<string>([['家中', 45], ['嵊州市人民医院', 22], ['嵊州市中医院', 10], ['乡镇卫生院', 6], ['养老机构', 10], ['外地', 7]]);
const CREMATORIES = new WeightedTable<string>([['嵊州市殡仪馆', 95], ['新昌县殡仪馆', 3], ['绍兴市殡仪馆', 2]]);

function recordedId(rng: Random, idNumber: string): { idNumber: string | null; idProblem: IdProblem } {
  const roll = rng.next();
  if (roll < BLANK_ID_SHARE) return { idNumber: null, idProblem: 'BLANK' };
  if (roll < BLANK_ID_SHARE + MISTYPED_ID_SHARE) return { idNumber: mistypeIdNumber(idNumber, rng), idProblem: 'MISTYPED' };
  return { idNumber, idProblem: 'NONE' };
}

/** The police deregistration and the cremation record of one death, as far as they reached the feed by today. */
function reportsOf(rng: Random, ctx: SimulationContext, who: PersonRef, deathDay: number, late: boolean, order: number): DeathReport[] {
  const reports: DeathReport[] = [];
  const report = (source: LifeEventSource, kind: LifeEventKind, numbering: 'POLICE_DEREGISTRATION' | 'CREMATION', eventDay: number, reportDay: number, details: string) => {
    const { idNumber, idProblem } = recordedId(rng, who.idNumber);
    const draft = lifeEventDraft({ source, kind, numbering, idNumber, name: who.name, birthDate: who.birthDate, eventDay, reportDay, details, order: order + reports.length });
    reports.push({ draft, idProblem, idHolder: null });
  };

  const [minDelay, maxDelay] = POLICE_DELAY.pick(rng);
  const policeDay = late ? rng.int(Math.max(ctx.windowStart, deathDay + 15), ctx.today) : deathDay + rng.int(minDelay, maxDelay);
  const place = DEATH_PLACES.pick(rng);
  if (policeDay <= ctx.today) report(LifeEventSource.POLICE, LifeEventKind.DEATH, 'POLICE_DEREGISTRATION', deathDay, policeDay, `死亡注销户口，死亡地点：${place}${late ? '（补报）' : ''}`);

  if (rng.chance(late ? LATE_CREMATION_SHARE : CREMATION_SHARE)) {
    // Cremation usually on the third day, as local custom has it; the crematorium reports within two days.
    const cremationDay = deathDay + rng.int(1, 4);
    const reportDay = late ? rng.int(Math.max(ctx.windowStart, cremationDay), ctx.today) : cremationDay + rng.int(0, 2);
    if (reportDay <= ctx.today) report(LifeEventSource.CIVIL_AFFAIRS, LifeEventKind.CREMATION, 'CREMATION', cremationDay, reportDay, `${CREMATORIES.pick(rng)}火化`);
  }
  return reports;
}

/** Pension periods the seed paid for months after the month of death. */
function overpaid(ctx: SimulationContext, person: Person, deathDay: number): { periods: string[]; fen: number } {
  const p = ctx.population;
  const periods: string[] = [];
  let fen = 0;
  for (let month = Math.max(monthOf(deathDay) + 1, monthOf(person.retirementDay), p.firstMonth); month <= p.lastMonth; month++) {
    const slot = month - p.firstMonth;
    if (p.paydays[slot]! > ctx.today) continue;
    periods.push(p.periods[slot]!);
    fen += month >= p.adjustmentMonth ? person.adjustedPension : person.basePension;
  }
  return { periods, fen };
}

export interface DrawnDeath {
  death: Death;
  /** A last hospital stay, when there was one in the window. */
  signals: LifeEventDraft[];
}

/** Whether an ACTIVE seeded retiree dies in the window (or died recently and is reported late). */
export function drawDeath(rng: Random, ctx: SimulationContext, person: Person, who: PersonRef, age: number): DrawnDeath | null {
  const p = windowDeathProbability(age, who.gender);
  const roll = rng.next();
  if (roll >= p * (1 + LATE_DEATH_SHARE)) return null;
  const late = roll >= p;
  const from = late ? ctx.today - 89 : ctx.windowStart;
  const to = late ? ctx.today - 30 : ctx.today;
  // Someone on the register since the first of the month cannot have died as a retiree before it.
  if (person.retirementDay > to) return null;
  const deathDay = rng.int(Math.max(from, person.retirementDay), to);

  const order = person.index * ORDER_STRIDE;
  const reports = reportsOf(rng, ctx, who, deathDay, late, order);
  const signals: LifeEventDraft[] = [];
  if (rng.chance(PRE_DEATH_HOSPITAL_SHARE)) {
    const visitDay = deathDay - rng.int(1, 10);
    if (visitDay >= ctx.windowStart) signals.push(hospitalVisit(rng, ctx.communityById.get(person.row.communityId), who, visitDay, order + SIGNAL_ORDER, rng.chance(0.6) ? 'INPATIENT' : 'EMERGENCY'));
  }
  const { periods, fen } = overpaid(ctx, person, deathDay);
  return { death: { person: who, deathDay, late, reports, overpaidPeriods: periods, overpaidFen: fen }, signals };
}

/**
 * The feed is not filtered for our retirees: a few deaths of other people (valid numbers no
 * seeded retiree or relative holds) come along and must match nobody.
 */
export function unknownPersonDeaths(ctx: SimulationContext): Death[] {
  const issuer = new UnknownPersonIdIssuer();
  const deaths: Death[] = [];
  const count = Math.max(1, Math.round(UNKNOWN_PERSON_DEATHS_AT_FULL * ctx.scale));
  for (let k = 0; k < count; k++) {
    const rng = simRandom(ctx.seed, ctx.today, SIM_STREAM.UNKNOWN_PEOPLE, k);
    const gender: Gender = rng.chance(0.5) ? 'MALE' : 'FEMALE';
    const birthYear = partsOf(ctx.today).year - rng.int(62, 95);
    const birthDay = dayOf(birthYear, 1, 1) + rng.int(0, 364);
    const area = rng.chance(0.5) ? SHENG_COUNTY_AREA : rng.chance(0.7) ? CITY_AREA : OTHER_ZHEJIANG_AREAS.pick(rng);
    const idNumber = issuer.issue(area, isoDay(birthDay), gender);
    if (!idNumber) continue;
    const who: PersonRef = { index: -1, idNumber, name: personName(rng, gender, birthYear), gender, birthDate: isoDay(birthDay), communityCode: null, communityName: null };
    const deathDay = rng.int(ctx.windowStart, ctx.today - 6);
    const order = (ctx.retirees + k) * ORDER_STRIDE;
    // Reported on time and with a clean number: the point is that it matches nobody.
    const reports = reportsOf(rng, ctx, who, deathDay, false, order).map((r) => ({ ...r, idProblem: 'NONE' as const, draft: { ...r.draft, idNumber } }));
    deaths.push({ person: who, deathDay, late: false, reports, overpaidPeriods: [], overpaidFen: 0 });
  }
  return deaths;
}

/**
 * "Two people with one ID": a few police records carry a living retiree's number next to the
 * dead person's own name and birth date — matching by number alone would stop the wrong pension.
 */
export function swapInOtherRetireesIds(deaths: Death[], holders: PersonRef[], ctx: SimulationContext): void {
  const rng = simRandom(ctx.seed, ctx.today, SIM_STREAM.ANOMALIES, 1);
  const clean = deaths.flatMap((d) => d.reports.filter((r) => r.idProblem === 'NONE' && r.draft.kind === LifeEventKind.DEATH));
  const wanted = Math.max(1, Math.round(OTHER_RETIREES_ID_DEATHS_AT_FULL * ctx.scale));
  const count = Math.min(wanted, holders.length, clean.length);
  for (let k = 0; k < count; k++) {
    const report = clean.splice(rng.int(0, clean.length - 1), 1)[0]!;
    const holder = holders[k]!;
    report.draft.idNumber = holder.idNumber;
    report.idProblem = 'OTHER_RETIREES_ID';
    report.idHolder = holder;
  }
}

/**
 * The retirees of the synthetic city, and the context (dates, payment window, age tables) that
 * families.ts and payments.ts share with them.
 *
 * Every retiree is drawn from its own random stream, `Random(seed, index, stream)`, so the three
 * tables can be produced in separate passes (one COPY each) without holding the city in memory:
 * a pass re-derives the retirees it needs, cheaply and identically. The only state carried
 * across retirees is the ID-number issuer, which is rebuilt from scratch by every pass.
 */
import { ageOn, dayOf, firstDayOfMonth, isoDay, monthOf, partsOf, periodOf, weekdayOf } from './calendar.js';
import type { CityModel, CommunityModel } from './city.js';
import { DEMO_RETIREE } from './demo.js';
import { IdNumberIssuer, PHONE_BLOCK, bankAccountNumber, citizenCardNumber, mobileNumber } from './identifiers.js';
import { BANKS, FLEXIBLE_EMPLOYMENT, MOBILE_PREFIXES, OTHER_PROVINCE_AREAS, OTHER_ZHEJIANG_AREAS, employerFor, personName, type Sex } from './names.js';
import { Random, WeightedTable } from './random.js';
import { BASE_RETIREMENT_AGE, retirementDayFor, type RetirementCategory } from './retirement.js';
import type { RetireeRow, RetireeStatus } from './rows.js';

/** Stream labels: each kind of randomness of one retiree gets its own independent stream. */
export const STREAM = { PERSON: 1, FAMILY: 2, PAYDAY: 3, CERTIFICATION: 4 } as const;

export const CITY_AREA = '330683';
/** 嵊县's code until it became 嵊州市 in 1995; numbers issued before then keep it for life. */
export const SHENG_COUNTY_AREA = '330623';
/** Yearly pension adjustment, in force from July for those retired before January of that year. */
const ADJUSTMENT_RATE = 1.02;
const ADJUSTMENT_CALENDAR_MONTH = 7;
/** Records were migrated into the platform on this day; later retirees were added on retiring. */
const PLATFORM_LAUNCH = dayOf(2020, 6, 1);

export interface PopulationContext {
  seed: number;
  today: number;
  city: CityModel;
  /** The 12 payment periods (month indexes) ending with today's month. */
  firstMonth: number;
  lastMonth: number;
  /** Pay day of each period in the window, a weekday between the 5th and the 10th. */
  paydays: number[];
  /** `YYYY-MM` and ISO pay date of each period, formatted once rather than per payment. */
  periods: string[];
  paidDates: string[];
  /** First period paid at the adjusted amount, and who qualifies (retired before its January). */
  adjustmentMonth: number;
  adjustmentCutoff: number;
  birthYears: Record<RetirementCategory, WeightedTable<number>>;
}

export interface Person {
  index: number;
  row: RetireeRow;
  birthDay: number;
  retirementDay: number;
  /** First period no longer paid (death, suspension, transfer); Infinity while paid. */
  stopMonth: number;
  /** Monthly pension before this year's adjustment, in fen. */
  basePension: number;
  /** Monthly pension from the adjustment month on (equal to basePension when not eligible). */
  adjustedPension: number;
}

export function populationContext(seed: number, today: number, city: CityModel): PopulationContext {
  const lastMonth = monthOf(today);
  const firstMonth = lastMonth - 11;
  const { year, month } = partsOf(today);
  const adjustmentYear = month >= ADJUSTMENT_CALENDAR_MONTH ? year : year - 1;
  const paydays: number[] = [];
  for (let m = firstMonth; m <= lastMonth; m++) paydays.push(payday(new Random(seed, m, STREAM.PAYDAY), m));
  return {
    seed,
    today,
    city,
    firstMonth,
    lastMonth,
    paydays,
    periods: paydays.map((_, i) => periodOf(firstMonth + i)),
    paidDates: paydays.map(isoDay),
    adjustmentMonth: adjustmentYear * 12 + ADJUSTMENT_CALENDAR_MONTH - 1,
    adjustmentCutoff: dayOf(adjustmentYear, 1, 1),
    birthYears: {
      MALE: birthYearTable('MALE', year),
      FEMALE_WORKER: birthYearTable('FEMALE_WORKER', year),
      FEMALE_CADRE: birthYearTable('FEMALE_CADRE', year),
    },
  };
}

/** The city pays all pensions on one working day between the 5th and the 10th (not in the National Day week). */
function payday(rng: Random, month: number): number {
  const first = firstDayOfMonth(month);
  const candidates: number[] = [];
  for (let dom = 5; dom <= 10; dom++) {
    const day = first + dom - 1;
    const weekday = weekdayOf(day);
    const nationalDay = month % 12 === 9 && dom <= 7;
    if (weekday !== 0 && weekday !== 6 && !nationalDay) candidates.push(day);
  }
  return rng.pick(candidates);
}

/**
 * How likely a retiree alive today was born in a given year: cohort size (the famine dip of
 * 1959–61, the baby boom after) × enterprise-pension coverage (low for the oldest, who mostly
 * worked the land) × Gompertz survival from 50 (women live longer). Years in which nobody could
 * have retired yet get weight 0 here or are rejected later.
 */
function birthYearTable(category: RetirementCategory, todayYear: number): WeightedTable<number> {
  const female = category !== 'MALE';
  const entries: [number, number][] = [];
  for (let year = todayYear - 101; year <= todayYear - BASE_RETIREMENT_AGE[category]; year++) {
    const cohort = year < 1950 ? 0.75 : year <= 1958 ? 1 : year <= 1961 ? 0.65 : year <= 1975 ? 1.25 : 1;
    const coverage = Math.min(1, Math.max(0.3, (year - 1925) / 40));
    const age = todayYear - year;
    const hazardAt50 = female ? 0.0025 : 0.0045;
    const growth = 0.095;
    const survival = Math.exp((-hazardAt50 / growth) * (Math.exp(growth * (age - 50)) - 1));
    entries.push([year, cohort * coverage * survival]);
  }
  return new WeightedTable(entries);
}

export function* population(ctx: PopulationContext, count: number): Generator<Person> {
  const issuer = new IdNumberIssuer('LOW');
  for (let index = 0; index < count; index++) yield index === 0 ? demoPerson(ctx, issuer) : drawPerson(ctx, index, issuer);
}

function demoPerson(ctx: PopulationContext, issuer: IdNumberIssuer): Person {
  const community = ctx.city.demoCommunity;
  const [y, m, d] = DEMO_RETIREE.birthDate.split('-').map(Number) as [number, number, number];
  const birthDay = dayOf(y, m, d);
  const retirementDay = retirementDayFor(birthDay, 'FEMALE_WORKER');
  const address = `${addressPrefix(community)}${DEMO_RETIREE.road}`;
  const bank = { name: '嵊州农商银行', prefix: '623091' };
  const adjustedPension = retirementDay < ctx.adjustmentCutoff ? Math.round(DEMO_RETIREE.basePension * ADJUSTMENT_RATE) : DEMO_RETIREE.basePension;
  const createdAt = timestamp(Math.max(retirementDay, PLATFORM_LAUNCH), 9, 0);
  const row: RetireeRow = {
    id: DEMO_RETIREE.id,
    idNumber: issuer.issueFirstFree([CITY_AREA], DEMO_RETIREE.birthDate, 'FEMALE'),
    name: DEMO_RETIREE.name,
    gender: 'FEMALE',
    birthDate: DEMO_RETIREE.birthDate,
    retirementDate: isoDay(retirementDay),
    employer: DEMO_RETIREE.employer,
    hukouAddress: address,
    residenceAddress: address,
    communityId: community.unit.id,
    townshipId: community.township.unit.id,
    orgPath: community.unit.path,
    status: 'ACTIVE',
    monthlyPension: adjustedPension,
    bankAccount: bankAccountNumber(bank.prefix, '001', 0),
    bankName: bank.name,
    citizenCardNo: citizenCardNumber(0),
    phone: DEMO_RETIREE.phone,
    createdAt,
    updatedAt: createdAt,
  };
  return { index: 0, row, birthDay, retirementDay, stopMonth: Infinity, basePension: DEMO_RETIREE.basePension, adjustedPension };
}

function drawPerson(ctx: PopulationContext, index: number, issuer: IdNumberIssuer): Person {
  const rng = new Random(ctx.seed, index, STREAM.PERSON);
  const sex: Sex = rng.chance(0.46) ? 'MALE' : 'FEMALE';
  // About 70% of women retired as workers (at 50), the rest as cadres (at 55).
  const category: RetirementCategory = sex === 'MALE' ? 'MALE' : rng.chance(0.7) ? 'FEMALE_WORKER' : 'FEMALE_CADRE';
  const { birthDay, retirementDay } = drawBirth(rng, ctx, category);
  const birthYear = partsOf(birthDay).year;
  const birthDate = isoDay(birthDay);
  const age = ageOn(birthDay, ctx.today);

  const community = ctx.city.homeCommunities.pick(rng);
  const name = personName(rng, sex, birthYear);
  const idNumber = issuer.issueFirstFree([retireeBirthArea(rng), CITY_AREA, SHENG_COUNTY_AREA], birthDate, sex);
  const employer = employerFor(rng, birthYear, community.township.stem);
  const hukouAddress = address(rng, community);
  const residenceAddress = rng.chance(0.08) ? address(rng, ctx.city.urbanCommunities.pick(rng)) : hukouAddress;

  const { status, eventDay } = drawStatus(rng, ctx, age, retirementDay);
  const stopMonth = status === 'ACTIVE' ? Infinity : status === 'DECEASED' ? monthOf(eventDay) + 1 : monthOf(eventDay);
  const basePension = drawPension(rng, category, birthDay, retirementDay, employer);
  const adjustedPension = retirementDay < ctx.adjustmentCutoff ? Math.round(basePension * ADJUSTMENT_RATE) : basePension;

  const bank = BANKS.pick(rng);
  const phoneOdds = age < 70 ? 0.93 : age < 80 ? 0.83 : 0.6;
  const phone = rng.chance(phoneOdds) ? mobileNumber(rng.pick(MOBILE_PREFIXES), PHONE_BLOCK.RETIREE + index) : null;
  const createdAt = timestamp(Math.max(retirementDay, PLATFORM_LAUNCH), rng.int(8, 17), rng.int(0, 3599));
  const row: RetireeRow = {
    id: index + 1,
    idNumber,
    name,
    gender: sex,
    birthDate,
    retirementDate: isoDay(retirementDay),
    employer,
    hukouAddress,
    residenceAddress,
    communityId: community.unit.id,
    townshipId: community.township.unit.id,
    orgPath: community.unit.path,
    status,
    monthlyPension: stopMonth <= ctx.adjustmentMonth ? basePension : adjustedPension,
    bankAccount: bankAccountNumber(bank.prefix, rng.digits(3), index),
    bankName: bank.name,
    citizenCardNo: rng.chance(0.9) ? citizenCardNumber(index) : null,
    phone,
    createdAt,
    updatedAt: status === 'ACTIVE' ? createdAt : timestamp(Math.max(eventDay, PLATFORM_LAUNCH), rng.int(8, 17), rng.int(0, 3599)),
  };
  return { index, row, birthDay, retirementDay, stopMonth, basePension, adjustedPension };
}

/** Draws a birth day until the person has reached retirement age by today (a handful of redraws at most). */
function drawBirth(rng: Random, ctx: PopulationContext, category: RetirementCategory): { birthDay: number; retirementDay: number } {
  for (let attempt = 0; attempt < 100; attempt++) {
    const year = ctx.birthYears[category].pick(rng);
    const birthDay = dayOf(year, 1, 1) + rng.int(0, dayOf(year + 1, 1, 1) - dayOf(year, 1, 1) - 1);
    const retirementDay = retirementDayFor(birthDay, category);
    if (retirementDay <= ctx.today) return { birthDay, retirementDay };
  }
  throw new Error(`could not draw a birth date for a ${category} retiree retired by ${isoDay(ctx.today)}`);
}

/** Where retirees' ID numbers were issued: mostly here (before or after 1995), some elsewhere. */
function retireeBirthArea(rng: Random): string {
  const roll = rng.next();
  if (roll < 0.48) return CITY_AREA;
  if (roll < 0.82) return SHENG_COUNTY_AREA;
  if (roll < 0.95) return OTHER_ZHEJIANG_AREAS.pick(rng);
  return rng.pick(OTHER_PROVINCE_AREAS);
}

/**
 * ~97.5% ACTIVE, ~1.3% DECEASED (more likely the older the person; deaths within the last two
 * years, still on the register), ~1% SUSPENDED and ~0.2% TRANSFERRED out within the last two years.
 */
function drawStatus(rng: Random, ctx: PopulationContext, age: number, retirementDay: number): { status: RetireeStatus; eventDay: number } {
  const deathOdds = Math.min(0.35, 0.0146 * Math.exp(0.1 * (age - 72)));
  const roll = rng.next();
  const status: RetireeStatus = roll < deathOdds ? 'DECEASED' : roll < deathOdds + 0.01 ? 'SUSPENDED' : roll < deathOdds + 0.012 ? 'TRANSFERRED' : 'ACTIVE';
  if (status === 'ACTIVE') return { status, eventDay: 0 };
  const from = Math.max(retirementDay + 1, ctx.today - 730);
  const to = ctx.today - 1;
  // Someone who retired yesterday cannot have died or moved since: keep them active.
  if (from > to) return { status: 'ACTIVE', eventDay: 0 };
  return { status, eventDay: rng.int(from, to) };
}

/**
 * A monthly pension in fen, before this year's adjustment: grows with contribution years,
 * somewhat higher for cadres, lower for the self-insured (they mostly paid on the minimum base),
 * right-skewed (a few engineers and managers earn much more), kept within 1,960–7,840 yuan so that
 * the adjusted amount stays within about 2,000–8,000.
 */
export function drawPension(rng: Random, category: RetirementCategory, birthDay: number, retirementDay: number, employer: string): number {
  const birthYear = partsOf(birthDay).year;
  const startAge = birthYear < 1950 ? rng.int(15, 19) : birthYear < 1965 ? rng.int(16, 21) : rng.int(17, 23);
  const gapYears = rng.chance(0.35) ? rng.int(1, 6) : 0;
  const retirementAge = (retirementDay - birthDay) / 365.25;
  const years = Math.min(45, Math.max(15, retirementAge - startAge - gapYears));
  let yuan = 3300 * (years / 35) ** 0.8 * rng.logNormal(1, 0.2);
  if (category === 'FEMALE_CADRE') yuan *= 1.12;
  if (employer === FLEXIBLE_EMPLOYMENT) yuan *= 0.82;
  if (rng.chance(0.03)) yuan *= 1.6;
  return Math.round(Math.min(7840, Math.max(1960, yuan)) * 100);
}

function addressPrefix(community: CommunityModel): string {
  return `浙江省绍兴市嵊州市${community.township.unit.name}${community.unit.name}`;
}

/** `…<township><community>` then a village group and house number, a road number, or a flat in an estate. */
function address(rng: Random, community: CommunityModel): string {
  const prefix = addressPrefix(community);
  if (community.isVillage) return `${prefix}${rng.int(1, 12)}组${rng.int(1, 90)}号`;
  if (rng.chance(0.4)) return `${prefix}${rng.pick(community.estates)}${rng.int(1, 30)}幢${rng.int(1, 4)}单元${rng.int(1, 6)}0${rng.int(1, 4)}室`;
  return `${prefix}${rng.pick(community.roads)}${rng.int(1, 300)}号`;
}

function timestamp(day: number, hour: number, secondOfHour: number): string {
  const mm = String(Math.floor(secondOfHour / 60)).padStart(2, '0');
  const ss = String(secondOfHour % 60).padStart(2, '0');
  return `${isoDay(day)}T${String(hour).padStart(2, '0')}:${mm}:${ss}+08:00`;
}

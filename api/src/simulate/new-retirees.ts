/**
 * The month's new retirements (省集中系统 approvals): people who are not in the seeded population,
 * reaching their statutory age so that their pension starts on the first day of today's month.
 * Drawn in two steps because their ID numbers continue the seed's issuer, which must first be
 * replayed over the seeded population (see id-numbers.ts).
 */
import type { Gender } from '../common/id-number.js';
import { dayOf, firstDayOfMonth, isoDay, monthOf, partsOf } from '../seed/calendar.js';
import type { CommunityModel } from '../seed/city.js';
import { bankAccountNumber, citizenCardNumber, mobileNumber } from '../seed/identifiers.js';
import { BANKS, MOBILE_PREFIXES, OTHER_PROVINCE_AREAS, OTHER_ZHEJIANG_AREAS, employerFor, personName } from '../seed/names.js';
import { CITY_AREA, SHENG_COUNTY_AREA, drawPension } from '../seed/population.js';
import { Random, WeightedTable } from '../seed/random.js';
import { BASE_RETIREMENT_AGE, retirementDayFor, type RetirementCategory } from '../seed/retirement.js';
import { drawAddresses, type AddressStyle } from './addresses.js';
import type { SimulationContext } from './context.js';
import type { RetireeFeedRow } from './feed-rows.js';
import type { ContinuedIdIssuer } from './id-numbers.js';
import { FEMALE_WORKER_SHARE, NEW_RETIREES_PER_MONTH_AT_FULL, NEW_RETIREE_CITIZEN_CARD_SHARE, NEW_RETIREE_MALE_SHARE, NEW_RETIREE_PHONE_SHARE } from './rates.js';
import { SIM_SERIALS } from './serials.js';
import { SIM_STREAM, simRandom } from './streams.js';

export interface NewRetiree {
  /** Its idNumber stays empty until issueNewRetireeIds. */
  row: RetireeFeedRow;
  gender: Gender;
  birthDate: string;
  category: RetirementCategory;
  style: AddressStyle;
  hukouCommunity: CommunityModel | null;
  residenceCommunity: CommunityModel;
  intended: CommunityModel;
  /** ID areas to try, in order. */
  areas: string[];
}

const CATEGORY_SHARE: Record<RetirementCategory, number> = {
  MALE: NEW_RETIREE_MALE_SHARE,
  FEMALE_WORKER: (1 - NEW_RETIREE_MALE_SHARE) * FEMALE_WORKER_SHARE,
  FEMALE_CADRE: (1 - NEW_RETIREE_MALE_SHARE) * (1 - FEMALE_WORKER_SHARE),
};

/**
 * Birth days whose pension starts on `retirementDay`. Under the 2025 reform some months start
 * nobody of a category (a cohort of 4 birth months is spread over 5 retirement months), so a
 * category's share of the month follows how many birth days it has.
 */
function birthDaysRetiringOn(retirementDay: number, category: RetirementCategory): number[] {
  const year = partsOf(retirementDay).year;
  const from = dayOf(year - BASE_RETIREMENT_AGE[category] - 6, 1, 1);
  const to = dayOf(year - BASE_RETIREMENT_AGE[category] + 1, 1, 1);
  const days: number[] = [];
  for (let day = from; day < to; day++) if (retirementDayFor(day, category) === retirementDay) days.push(day);
  return days;
}

/** Where new retirees' numbers were first issued: 嵊县 (330623, before 1995) or 嵊州, a few elsewhere. */
function birthArea(rng: Random): string {
  const roll = rng.next();
  if (roll < 0.45) return SHENG_COUNTY_AREA;
  if (roll < 0.85) return CITY_AREA;
  if (roll < 0.95) return OTHER_ZHEJIANG_AREAS.pick(rng);
  return rng.pick(OTHER_PROVINCE_AREAS);
}

/** Everything about the month's new retirees but their ID numbers. */
export function planNewRetirees(ctx: SimulationContext): NewRetiree[] {
  const retirementDay = firstDayOfMonth(monthOf(ctx.today));
  const birthDays = {
    MALE: birthDaysRetiringOn(retirementDay, 'MALE'),
    FEMALE_WORKER: birthDaysRetiringOn(retirementDay, 'FEMALE_WORKER'),
    FEMALE_CADRE: birthDaysRetiringOn(retirementDay, 'FEMALE_CADRE'),
  };
  // A category's cohort is proportional to its birth days: ~30 a month without the reform.
  const categories = new WeightedTable<RetirementCategory>((Object.keys(birthDays) as RetirementCategory[]).map((c) => [c, CATEGORY_SHARE[c] * birthDays[c].length] as const));
  const expected = NEW_RETIREES_PER_MONTH_AT_FULL * ctx.scale;
  const countRng = simRandom(ctx.seed, ctx.today, SIM_STREAM.NEW_RETIREES, -1);
  const count = Math.max(0, Math.round(countRng.normal(expected, Math.sqrt(expected))));

  const planned: NewRetiree[] = [];
  for (let k = 0; k < count; k++) {
    const rng = simRandom(ctx.seed, ctx.today, SIM_STREAM.NEW_RETIREES, k);
    const category = categories.pick(rng);
    const gender: Gender = category === 'MALE' ? 'MALE' : 'FEMALE';
    const birthDay = rng.pick(birthDays[category]);
    const birthYear = partsOf(birthDay).year;
    const home = ctx.city.homeCommunities.pick(rng);
    const address = drawAddresses(rng, home, ctx.city);
    const area = address.outsideArea ?? birthArea(rng);
    const employer = employerFor(rng, birthYear, home.township.stem);
    const bank = BANKS.pick(rng);
    const row: RetireeFeedRow = {
      idNumber: '',
      name: personName(rng, gender, birthYear),
      retirementDate: isoDay(retirementDay),
      employer,
      hukouAddress: address.hukouAddress,
      residenceAddress: address.residenceAddress,
      monthlyPension: drawPension(rng, category, birthDay, retirementDay, employer),
      bankName: bank.name,
      bankAccount: bankAccountNumber(bank.prefix, rng.digits(3), SIM_SERIALS.NEW_RETIREE_ACCOUNT + k),
      citizenCardNo: rng.chance(NEW_RETIREE_CITIZEN_CARD_SHARE) ? citizenCardNumber(SIM_SERIALS.NEW_RETIREE_CARD + k) : null,
      phone: rng.chance(NEW_RETIREE_PHONE_SHARE) ? mobileNumber(rng.pick(MOBILE_PREFIXES), SIM_SERIALS.NEW_RETIREE_PHONE + k) : null,
    };
    planned.push({
      row,
      gender,
      birthDate: isoDay(birthDay),
      category,
      style: address.style,
      hukouCommunity: address.hukouCommunity,
      residenceCommunity: address.residenceCommunity,
      intended: address.intended,
      areas: [area, CITY_AREA, SHENG_COUNTY_AREA],
    });
  }
  return planned;
}

/** Gives each planned retiree a number, once the issuer has replayed the seeded population. */
export function issueNewRetireeIds(planned: NewRetiree[], issuer: ContinuedIdIssuer): void {
  for (const p of planned) p.row.idNumber = issuer.issue(p.areas, p.birthDate, p.gender);
}

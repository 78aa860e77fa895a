/**
 * Relatives of each retiree: spouse, children, now and then a grandchild, sibling or in-law,
 * with one emergency contact and the first-order heirs marked as next of kin.
 */
import { ageOn, dayOf, isoDay, partsOf } from './calendar.js';
import { IdNumberIssuer, PHONE_BLOCK, mobileNumber } from './identifiers.js';
import { MOBILE_PREFIXES, OTHER_PROVINCE_AREAS, OTHER_ZHEJIANG_AREAS, SURNAMES, personName, surnameOf, type Sex } from './names.js';
import { CITY_AREA, SHENG_COUNTY_AREA, STREAM, type Person, type PopulationContext } from './population.js';
import { Random, WeightedTable } from './random.js';
import type { FamilyMemberRow, FamilyRelation } from './rows.js';

/** Registered relatives per retiree: 0–4, about 2 on average; a few live alone with nobody listed. */
const FAMILY_SIZE = new WeightedTable<number>([
  [0, 3],
  [1, 32],
  [2, 36],
  [3, 19],
  [4, 10],
]);

interface Relative {
  relation: FamilyRelation;
  sex: Sex;
  birthDay: number;
  name: string;
}

const DAYS_PER_YEAR = 365.25;

/** Issues family IDs from the upper half of the sequence space: never equal to a retiree's. */
export function familyIdIssuer(): IdNumberIssuer {
  return new IdNumberIssuer('HIGH');
}

/** The relatives of one retiree, with ids from `firstId` on. */
export function familyOf(ctx: PopulationContext, person: Person, issuer: IdNumberIssuer, firstId: number): FamilyMemberRow[] {
  const rng = new Random(ctx.seed, person.index, STREAM.FAMILY);
  const size = FAMILY_SIZE.pick(rng);
  if (size === 0) return [];
  const relatives = drawRelatives(rng, ctx, person, size);
  const rows = relatives.map((r, i): FamilyMemberRow => {
    const id = firstId + i;
    const adult = ageOn(r.birthDay, ctx.today) >= 18;
    const phoneOdds = r.relation === '配偶' || r.relation === '兄弟姐妹' ? 0.65 : 0.92;
    return {
      id,
      retireeId: person.row.id,
      orgPath: person.row.orgPath,
      relation: r.relation,
      name: r.name,
      // Minors are listed without an ID number: the register only records adults' documents.
      idNumber: adult ? issuer.issueFirstFree([relativeBirthArea(rng, r), CITY_AREA], isoDay(r.birthDay), r.sex) : null,
      phone: adult && rng.chance(phoneOdds) ? mobileNumber(rng.pick(MOBILE_PREFIXES), PHONE_BLOCK.FAMILY + id) : null,
      isEmergencyContact: false,
      isNextOfKin: false,
    };
  });
  markNextOfKin(rows);
  rows[emergencyContactIndex(rows)]!.isEmergencyContact = true;
  return rows;
}

function drawRelatives(rng: Random, ctx: PopulationContext, person: Person, size: number): Relative[] {
  const retiree = person.row;
  const retireeSex: Sex = retiree.gender;
  const age = ageOn(person.birthDay, ctx.today);
  const relatives: Relative[] = [];
  // Widowhood rises with age, and earlier for women.
  const spouseOdds = (age < 65 ? 0.88 : age < 75 ? 0.78 : age < 85 ? 0.55 : 0.3) * (retireeSex === 'FEMALE' ? 0.85 : 1);
  let childrenSurname = retireeSex === 'MALE' ? surnameOf(retiree.name) : null;
  if (rng.chance(spouseOdds)) {
    const sex: Sex = retireeSex === 'MALE' ? 'FEMALE' : 'MALE';
    // Husbands are typically a couple of years older than their wives.
    const husbandOlderBy = rng.normal(2.5, 2.5);
    const birthDay = Math.min(ctx.today - 40 * 365, Math.round(person.birthDay + (retireeSex === 'MALE' ? 1 : -1) * husbandOlderBy * DAYS_PER_YEAR));
    const name = personName(rng, sex, partsOf(birthDay).year);
    if (retireeSex === 'FEMALE') childrenSurname = surnameOf(name);
    relatives.push({ relation: '配偶', sex, birthDay, name });
  }
  // Children carry the father's surname; for a widow with no husband listed, he is still someone.
  childrenSurname ??= SURNAMES.pick(rng);
  while (relatives.length < size) {
    const roll = rng.next();
    if (roll < 0.1 && age >= 68) {
      const birthDay = person.birthDay + rng.int(Math.round(45 * DAYS_PER_YEAR), Math.round(62 * DAYS_PER_YEAR));
      const sex: Sex = rng.chance(0.5) ? 'MALE' : 'FEMALE';
      const surname = rng.chance(0.7) ? childrenSurname : SURNAMES.pick(rng);
      relatives.push({ relation: '孙子女', sex, birthDay, name: personName(rng, sex, partsOf(birthDay).year, surname) });
    } else if (roll < 0.15) {
      const birthDay = person.birthDay + rng.int(Math.round(-10 * DAYS_PER_YEAR), Math.round(10 * DAYS_PER_YEAR));
      const sex: Sex = rng.chance(0.5) ? 'MALE' : 'FEMALE';
      relatives.push({ relation: '兄弟姐妹', sex, birthDay, name: personName(rng, sex, partsOf(birthDay).year, surnameOf(retiree.name)) });
    } else if (roll < 0.18) {
      // 其他: a nephew or niece, a son- or daughter-in-law.
      const birthDay = person.birthDay + rng.int(Math.round(20 * DAYS_PER_YEAR), Math.round(38 * DAYS_PER_YEAR));
      const sex: Sex = rng.chance(0.5) ? 'MALE' : 'FEMALE';
      relatives.push({ relation: '其他', sex, birthDay, name: personName(rng, sex, partsOf(birthDay).year) });
    } else {
      const birthDay = person.birthDay + rng.int(Math.round(20 * DAYS_PER_YEAR), Math.round(35 * DAYS_PER_YEAR));
      const sex: Sex = rng.chance(0.52) ? 'MALE' : 'FEMALE';
      relatives.push({ relation: sex === 'MALE' ? '儿子' : '女儿', sex, birthDay, name: personName(rng, sex, partsOf(birthDay).year, childrenSurname) });
    }
  }
  return relatives;
}

/** ID numbers of relatives: born before 1978 here could carry the 嵊县 code; younger ones the city's. */
function relativeBirthArea(rng: Random, relative: Relative): string {
  const roll = rng.next();
  const bornBefore1978 = relative.birthDay < dayOf(1978, 1, 1);
  if (roll < (bornBefore1978 ? 0.55 : 0.82)) return CITY_AREA;
  if (bornBefore1978 && roll < 0.8) return SHENG_COUNTY_AREA;
  if (roll < 0.95) return OTHER_ZHEJIANG_AREAS.pick(rng);
  return rng.pick(OTHER_PROVINCE_AREAS);
}

/** First-order heirs are spouse and children; siblings only when there are none. */
function markNextOfKin(rows: FamilyMemberRow[]): void {
  const firstOrder = rows.filter((r) => r.relation === '配偶' || r.relation === '儿子' || r.relation === '女儿');
  for (const r of firstOrder.length ? firstOrder : rows.filter((r) => r.relation === '兄弟姐妹')) r.isNextOfKin = true;
}

/** A reachable child first, then a reachable spouse, then anyone reachable, then whoever is listed first. */
function emergencyContactIndex(rows: FamilyMemberRow[]): number {
  const reachable = (relations: FamilyRelation[]) => rows.findIndex((r) => r.phone !== null && relations.includes(r.relation));
  for (const relations of [['儿子', '女儿'], ['配偶'], ['孙子女', '兄弟姐妹', '其他']] as FamilyRelation[][]) {
    const index = reachable(relations);
    if (index >= 0) return index;
  }
  return 0;
}

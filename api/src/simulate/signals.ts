/**
 * Signs of life: hospital visits (卫健) and citizen-card use (市民卡中心) of living retirees, the
 * evidence passive certification builds on. Card records need a citizen card; nobody is seen
 * after the day they died, went to prison or went missing.
 */
import { LifeEventKind, LifeEventSource } from '../modules/import/feed-formats.js';
import { isoDay } from '../seed/calendar.js';
import type { CommunityModel } from '../seed/city.js';
import { Random, WeightedTable } from '../seed/random.js';
import { lifeEventDraft, type LifeEventDraft } from './life-events.js';
import type { PersonRef } from './people.js';
import { SECOND_SIGNAL_SHARE, THIRD_SIGNAL_SHARE, hospitalShare } from './rates.js';

type Visit = 'OUTPATIENT' | 'EMERGENCY' | 'INPATIENT';

const VISITS = new WeightedTable<Visit>([['OUTPATIENT', 80], ['EMERGENCY', 8], ['INPATIENT', 12]]);
const VISIT_LABEL: Record<Visit, string> = { OUTPATIENT: '门诊', EMERGENCY: '急诊', INPATIENT: '住院' };
/** The city's hospitals; LOCAL stands for the person's own township health centre. */
const HOSPITALS = new WeightedTable<string>([
  ['嵊州市人民医院', 38], ['嵊州市中医院', 20], ['嵊州市第二人民医院', 7], ['LOCAL', 28], ['绍兴市人民医院', 4], ['浙江大学医学院附属第一医院', 3],
]);
const CARD_USES = new WeightedTable<string>([['BUS', 60], ['药店医保刷卡', 20], ['公共自行车租还', 6], ['图书馆借阅', 5], ['商户消费', 9]]);

function localHealthCentre(community: CommunityModel | undefined): string {
  if (!community) return '嵊州市人民医院';
  const t = community.township.unit;
  return t.kind === 'STREET' ? `${t.name}社区卫生服务中心` : t.kind === 'TOWN' ? `${t.name}中心卫生院` : `${t.name}卫生院`;
}

/** `2026-10-03 嵊州市人民医院门诊`. */
export function hospitalVisit(rng: Random, community: CommunityModel | undefined, who: PersonRef, day: number, order: number, visit: Visit = VISITS.pick(rng)): LifeEventDraft {
  const hospital = HOSPITALS.pick(rng);
  const name = hospital === 'LOCAL' ? localHealthCentre(community) : hospital;
  return lifeEventDraft({
    source: LifeEventSource.HEALTH,
    kind: LifeEventKind.HOSPITAL_VISIT,
    numbering: visit,
    idNumber: who.idNumber,
    name: who.name,
    birthDate: who.birthDate,
    eventDay: day,
    reportDay: day,
    details: `${isoDay(day)} ${name}${VISIT_LABEL[visit]}`,
    order,
  });
}

/** `公交刷卡 12路`; card-centre records carry no birth date. */
function cardUse(rng: Random, who: PersonRef, day: number, order: number): LifeEventDraft {
  const use = CARD_USES.pick(rng);
  return lifeEventDraft({
    source: LifeEventSource.CITIZEN_CARD,
    kind: LifeEventKind.CARD_USE,
    numbering: 'CARD_TRANSACTION',
    idNumber: who.idNumber,
    name: who.name,
    birthDate: null,
    eventDay: day,
    reportDay: day,
    details: use === 'BUS' ? `公交刷卡 ${rng.int(1, 36)}路` : use,
    order,
  });
}

/** Days of the window the person could be seen on. */
export interface SeenDays {
  first: number;
  last: number;
}

/**
 * The person's signals within `days`, with probability `coverage`: one, two or three records,
 * hospital or card by age. `order` is the first free order number of the person.
 */
export function drawSignals(
  rng: Random, who: PersonRef, community: CommunityModel | undefined, age: number, hasCard: boolean, days: SeenDays, coverage: number, order: number,
): LifeEventDraft[] {
  if (days.last < days.first || !rng.chance(coverage)) return [];
  const count = 1 + (rng.chance(SECOND_SIGNAL_SHARE) ? 1 + (rng.chance(THIRD_SIGNAL_SHARE) ? 1 : 0) : 0);
  const signals: LifeEventDraft[] = [];
  for (let k = 0; k < count; k++) {
    const day = rng.int(days.first, days.last);
    const hospital = !hasCard || rng.chance(hospitalShare(age));
    signals.push(hospital ? hospitalVisit(rng, community, who, day, order + k) : cardUse(rng, who, day, order + k));
  }
  return signals;
}

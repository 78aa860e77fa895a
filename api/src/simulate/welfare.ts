/** New low-income (低保) and disability records: people in difficulty the subsidy programmes look for. */
import { LifeEventKind, LifeEventSource } from '../modules/import/feed-formats.js';
import { Random, WeightedTable } from '../seed/random.js';
import type { SimulationContext } from './context.js';
import { lifeEventDraft, type LifeEventDraft } from './life-events.js';
import type { PersonRef } from './people.js';
import { DISABILITY_FROM_HEALTH_SHARE } from './rates.js';

/** Elderly disability is mostly physical, visual or hearing. */
const DISABILITIES = new WeightedTable<string>([['肢体', 45], ['视力', 20], ['听力', 18], ['言语', 3], ['精神', 8], ['智力', 2], ['多重', 4]]);
const GRADES = ['一', '二', '三', '四'];

export function lowIncomeRecord(rng: Random, ctx: SimulationContext, who: PersonRef, order: number): LifeEventDraft {
  const day = rng.int(ctx.windowStart, ctx.today);
  return lifeEventDraft({
    source: LifeEventSource.CIVIL_AFFAIRS, kind: LifeEventKind.LOW_INCOME, numbering: 'LOW_INCOME', idNumber: who.idNumber, name: who.name, birthDate: who.birthDate,
    eventDay: day, reportDay: day, details: `纳入${rng.chance(0.7) ? '城镇' : '农村'}最低生活保障，保障人口${rng.int(1, 3)}人`, order,
  });
}

export function disabilityRecord(rng: Random, ctx: SimulationContext, who: PersonRef, order: number): LifeEventDraft {
  const day = rng.int(ctx.windowStart, ctx.today);
  const fromHealth = rng.chance(DISABILITY_FROM_HEALTH_SHARE);
  const grade = `${DISABILITIES.pick(rng)}残疾${rng.pick(GRADES)}级`;
  return lifeEventDraft({
    source: fromHealth ? LifeEventSource.HEALTH : LifeEventSource.CIVIL_AFFAIRS, kind: LifeEventKind.DISABILITY, numbering: fromHealth ? 'HEALTH_DISABILITY' : 'CIVIL_DISABILITY',
    idNumber: who.idNumber, name: who.name, birthDate: who.birthDate, eventDay: day, reportDay: day,
    details: fromHealth ? `残疾评定：${grade}` : `残疾人证核发：${grade}`, order,
  });
}

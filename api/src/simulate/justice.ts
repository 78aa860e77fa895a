/**
 * Court sentences with the prison admissions that follow them, releases from prison, and missing
 * persons: rare events that stop (or restart) a pension and that the ground truth lists one by one.
 */
import type { Gender } from '../common/id-number.js';
import { LifeEventKind, LifeEventSource } from '../modules/import/feed-formats.js';
import { addMonths, isoDay } from '../seed/calendar.js';
import { Random, WeightedTable } from '../seed/random.js';
import type { SimulationContext } from './context.js';
import { lifeEventDraft, type LifeEventDraft } from './life-events.js';
import type { PersonRef } from './people.js';
import { SUSPENDED_SENTENCE_SHARE } from './rates.js';

export interface Sentence {
  person: PersonRef;
  sentenceDay: number;
  crime: string;
  termMonths: number;
  /** 缓刑: stays free and paid. */
  suspended: boolean;
  /** Null when suspended or not yet in prison by today. */
  imprisonmentDay: number | null;
  /** The sentence runs from admission; null when not in prison. */
  expectedReleaseDay: number | null;
  records: LifeEventDraft[];
}

export interface Release {
  person: PersonRef;
  releaseDay: number;
  parole: boolean;
  records: LifeEventDraft[];
}

export interface Missing {
  person: PersonRef;
  missingSinceDay: number;
  records: LifeEventDraft[];
}

/** Crimes elderly people are convicted of; drunk driving always ends in a suspended detention. */
const CRIMES = new WeightedTable<string>([
  ['诈骗罪', 18], ['盗窃罪', 16], ['交通肇事罪', 14], ['危险驾驶罪', 14], ['非法吸收公众存款罪', 10], ['赌博罪', 8], ['开设赌场罪', 6], ['故意伤害罪', 8], ['非法狩猎罪', 6],
]);
const MEN_PRISONS = ['浙江省第一监狱', '浙江省第二监狱', '浙江省第四监狱', '浙江省乔司监狱', '浙江省十里丰监狱', '浙江省长湖监狱'];
const WOMEN_PRISON = '浙江省女子监狱';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];

/** 18 → 一年六个月, 6 → 六个月, 24 → 二年. */
export function termText(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return `${years ? `${DIGITS[years] ?? years}年` : ''}${rest ? `${DIGITS[rest]}个月` : ''}`;
}

/**
 * A sentence in the window. `toPrison` makes it an unsuspended one passed early enough for the
 * admission to fall in the window too (so every month has at least one imprisonment).
 */
export function drawSentence(rng: Random, ctx: SimulationContext, who: PersonRef, order: number, toPrison: boolean): Sentence {
  let crime = CRIMES.pick(rng);
  while (toPrison && crime === '危险驾驶罪') crime = CRIMES.pick(rng);
  const drunkDriving = crime === '危险驾驶罪';
  const suspended = !toPrison && (drunkDriving || rng.chance(SUSPENDED_SENTENCE_SHARE));
  const termMonths = drunkDriving ? rng.int(1, 5) : suspended ? rng.int(6, 36) : rng.int(6, 60);
  const sentenceDay = rng.int(ctx.windowStart, toPrison ? ctx.today - 11 : ctx.today);
  const penalty = drunkDriving ? `判处拘役${termText(termMonths)}` : `判处有期徒刑${termText(termMonths)}`;
  const probation = suspended ? `，缓刑${termText(termMonths + rng.int(6, 12))}` : '';
  const records: LifeEventDraft[] = [];
  const courtDay = sentenceDay + rng.int(0, 3);
  if (courtDay <= ctx.today) {
    records.push(lifeEventDraft({
      source: LifeEventSource.COURT, kind: LifeEventKind.SENTENCE, numbering: 'COURT_CASE', idNumber: who.idNumber, name: who.name, birthDate: who.birthDate,
      eventDay: sentenceDay, reportDay: courtDay, details: `${crime}，${penalty}${probation}`, order,
    }));
  }
  // Admission follows once the ten-day appeal period has run out.
  const admission = suspended ? null : sentenceDay + rng.int(11, toPrison ? Math.min(30, ctx.today - sentenceDay) : 30);
  const imprisonmentDay = admission !== null && admission <= ctx.today ? admission : null;
  if (imprisonmentDay !== null) {
    records.push(lifeEventDraft({
      source: LifeEventSource.JUSTICE, kind: LifeEventKind.IMPRISONMENT, numbering: 'PRISON_ADMISSION', idNumber: who.idNumber, name: who.name, birthDate: who.birthDate,
      eventDay: imprisonmentDay, reportDay: imprisonmentDay, details: `${prisonFor(rng, who.gender)}收监执行，刑期${termText(termMonths)}`, order: order + 1,
    }));
  }
  return { person: who, sentenceDay, crime, termMonths, suspended, imprisonmentDay, expectedReleaseDay: imprisonmentDay === null ? null : addMonths(imprisonmentDay, termMonths), records };
}

function prisonFor(rng: Random, gender: Gender): string {
  return gender === 'FEMALE' ? WOMEN_PRISON : rng.pick(MEN_PRISONS);
}

/** A suspended retiree leaves prison (the register's suspensions include its prisoners). */
export function drawRelease(rng: Random, ctx: SimulationContext, who: PersonRef, order: number): Release {
  const releaseDay = rng.int(ctx.windowStart, ctx.today);
  const parole = rng.chance(0.2);
  const reportDay = Math.min(ctx.today, releaseDay + rng.int(0, 3));
  const term = termText(rng.int(12, 72));
  const details = parole ? `假释出狱（原判有期徒刑${term}）` : `刑满释放（原判有期徒刑${term}）`;
  const record = lifeEventDraft({
    source: LifeEventSource.JUSTICE, kind: LifeEventKind.RELEASE, numbering: 'PRISON_RELEASE', idNumber: who.idNumber, name: who.name, birthDate: who.birthDate,
    eventDay: releaseDay, reportDay, details, order,
  });
  return { person: who, releaseDay, parole, records: [record] };
}

/** An old person who did not come home; the family reports within two days. */
export function drawMissing(rng: Random, ctx: SimulationContext, who: PersonRef, order: number): Missing {
  const missingSinceDay = rng.int(ctx.windowStart, ctx.today);
  const reportDay = Math.min(ctx.today, missingSinceDay + rng.int(0, 2));
  const record = lifeEventDraft({
    source: LifeEventSource.POLICE, kind: LifeEventKind.MISSING, numbering: 'POLICE_MISSING', idNumber: who.idNumber, name: who.name, birthDate: who.birthDate,
    eventDay: missingSinceDay, reportDay, details: `家属报警：${isoDay(missingSinceDay)}外出未归，至今下落不明`, order,
  });
  return { person: who, missingSinceDay, records: [record] };
}

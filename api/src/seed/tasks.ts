/**
 * A year of work tasks in the synthetic city, as the task module would have left them: bulk
 * campaigns from the bureau and the townships (one task per community with its matching
 * retirees, one batch id), one-off tasks from a township to a community, work the bureau hands
 * to townships, and tasks staff hand to a named colleague.
 *
 * Each task is played out step by step (assigned → signed → completed → sometimes returned and
 * completed again → evaluated, now and then cancelled) with times in office hours, then cut at
 * the reference instant (`today`, 18:00 Asia/Shanghai): what happened after it has not happened
 * yet, so recent tasks are still waiting or in progress and a few old ones are stuck and overdue.
 * Sign deadlines come from the API's own rule (common/working-days.ts, weekends only). Units and
 * staff differ in diligence, so the performance report has something to rank.
 *
 * The demo community's inbox is curated (a few tasks to sign, two in progress, one overdue): its
 * other tasks are all closed by the reference instant.
 */
import { signDeadline, type WorkingCalendar } from '../common/working-days.js';
import { dayOf, isoDay, partsOf, weekdayOf } from './calendar.js';
import type { CityModel, CommunityModel, TownshipModel } from './city.js';
import type { Person } from './population.js';
import { Random, WeightedTable } from './random.js';
import type { OrgUnitRow, StaffUserRow, TaskEventRow, TaskOutcome, TaskPriority, TaskRetireeRow, TaskRow, TaskStatus, TaskType } from './rows.js';
import {
  BUREAU_CAMPAIGNS, BUREAU_TO_TOWNSHIP, CANCEL_REASONS, COMMUNITY_COLLEAGUE, DEMO_BUREAU_CAMPAIGN, demoTownshipBatch, EVALUATION_COMMENTS, RETURN_REASONS,
  TOWNSHIP_BATCHES, TOWNSHIP_COLLEAGUE, TOWNSHIP_SINGLES, feedbackFor, type BatchTemplate, type SingleTemplate, type TaskCriteria,
} from './task-texts.js';

/** Tasks per retiree over the year (the full city: ~100,000). */
export const TASKS_PER_RETIREE = 0.3;

/** An e2e journey creates this one in the demo community in the current month: the seed leaves it free. */
export const E2E_RESERVED_TITLE = '走访 90 岁以上';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SHANGHAI = 8 * HOUR;
const OPEN = 8 * 60 + 30;
const CLOSE = 17 * 60 + 30;
const NO_HOLIDAYS: WorkingCalendar = { holidays: new Set(), extraWorkdays: new Set() };

/** Random streams of the task history, apart from the population's. */
const STREAM = { QUALITY: 0x7a51, BUREAU: 0x7a52, TOWNSHIP: 0x7a53, SINGLES: 0x7a54, LIFE: 0x7a55, DEMO: 0x7a56, BATCH_ID: 0x7a57 } as const;

const STATUS_CODE = { ACTIVE: 0, SUSPENDED: 1, DECEASED: 2, TRANSFERRED: 3 } as const;

/**
 * What the task generator needs to know of each retiree, in typed arrays (a few MB for the full
 * city). Recorded while the retiree table streams by, so no extra pass over the population.
 */
export class RetireeDigest {
  readonly communityId: Int32Array;
  readonly birthDay: Int32Array;
  readonly retirementDay: Int32Array;
  /** Day the status last changed (0 while ACTIVE). */
  readonly statusDay: Int32Array;
  readonly status: Uint8Array;
  /** 1 = male. */
  readonly male: Uint8Array;

  constructor(readonly count: number) {
    this.communityId = new Int32Array(count);
    this.birthDay = new Int32Array(count);
    this.retirementDay = new Int32Array(count);
    this.statusDay = new Int32Array(count);
    this.status = new Uint8Array(count);
    this.male = new Uint8Array(count);
  }

  record(person: Person): void {
    const i = person.index;
    const row = person.row;
    this.communityId[i] = row.communityId;
    this.birthDay[i] = person.birthDay;
    this.retirementDay[i] = person.retirementDay;
    this.status[i] = STATUS_CODE[row.status];
    this.statusDay[i] = row.status === 'ACTIVE' ? 0 : Date.UTC(+row.updatedAt.slice(0, 4), +row.updatedAt.slice(5, 7) - 1, +row.updatedAt.slice(8, 10)) / DAY;
    this.male[i] = row.gender === 'MALE' ? 1 : 0;
  }
}

interface Draft {
  type: TaskType;
  title: string;
  instructions: string;
  priority: TaskPriority;
  assignee: OrgUnitRow;
  assigneeStaff: StaffUserRow | null;
  creatorUnit: OrgUnitRow;
  creatorStaff: StaffUserRow;
  batchId: string | null;
  retirees: number[];
  dueDay: number;
  createdAt: number;
  assignedNote: string | null;
}

interface Matcher {
  test: (i: number) => boolean;
  bornBy: number;
  bornAfter: number;
}

type Step =
  | { kind: 'ASSIGNED'; at: number }
  | { kind: 'SIGNED'; at: number; by: StaffUserRow }
  | { kind: 'COMPLETED'; at: number; by: StaffUserRow; outcome: TaskOutcome; feedback: string | null }
  | { kind: 'RETURNED'; at: number; reason: string }
  | { kind: 'EVALUATED'; at: number; score: number; comment: string | null }
  | { kind: 'CANCELLED'; at: number; reason: string };

export interface TaskHistoryInput {
  seed: number;
  /** The reference day (days since 1970-01-01). */
  today: number;
  city: CityModel;
  staffUsers: StaffUserRow[];
  digest: RetireeDigest;
}

// Instants are UTC milliseconds; days are Shanghai calendar days since 1970-01-01.
const instant = (day: number, minuteOfDay: number) => day * DAY + minuteOfDay * MINUTE - SHANGHAI;
const dayOfInstant = (ms: number) => Math.floor((ms + SHANGHAI) / DAY);
const minuteOfInstant = (ms: number) => Math.floor(((ms + SHANGHAI) % DAY) / MINUTE);
const isWorkday = (day: number) => {
  const w = weekdayOf(day);
  return w !== 0 && w !== 6;
};
const nextWorkday = (day: number) => {
  let d = day;
  while (!isWorkday(d)) d++;
  return d;
};
/** The `n`-th working day before `day` (0: `day` itself when it is one, else the one before). */
function workdayBack(day: number, n: number): number {
  let d = day;
  while (!isWorkday(d)) d--;
  for (let left = n; left > 0; ) {
    d--;
    if (isWorkday(d)) left--;
  }
  return d;
}
const KEY_DAY_OFFSET = 100_000;
const KEY_INDEX_SPAN = 2 ** 24;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
/** `YYYY-MM-DDTHH:MM:SSZ` (whole seconds), from cached parts: toISOString would cost more than the rest of a task. */
const iso = (ms: number) => {
  const s = Math.floor(ms / 1000);
  const secondOfDay = ((s % 86_400) + 86_400) % 86_400;
  return `${isoDay((s - secondOfDay) / 86_400)}T${TWO_DIGITS[Math.floor(secondOfDay / 3600)]}:${TWO_DIGITS[Math.floor(secondOfDay / 60) % 60]}:${TWO_DIGITS[secondOfDay % 60]}Z`;
};
const monthOfDay = (day: number) => Number(isoDay(day).slice(5, 7));

/** The same instant if in office hours, else the next opening (plus a little). Never earlier. */
function office(ms: number, rng: Random): number {
  const day = dayOfInstant(ms);
  const minute = minuteOfInstant(ms);
  if (isWorkday(day) && minute >= OPEN && minute < CLOSE) return ms;
  const next = isWorkday(day) && minute < OPEN ? day : nextWorkday(day + 1);
  return instant(next, OPEN + rng.int(0, 75)) + rng.int(0, 59) * 1000;
}

/** The date `years` before `day`, as the API's bulk form computes it (29 Feb → 28 Feb). */
function yearsBefore(day: number, years: number): number {
  const { year, month, day: dom } = partsOf(day);
  return dayOf(year - years, month, month === 2 && dom === 29 ? 28 : dom);
}

class TaskWorld {
  private readonly now: number;
  private readonly nowDay: number;
  private readonly firstDay: number;
  private readonly staffOf = new Map<number, StaffUserRow[]>();
  private readonly quality = new Map<string, number>();
  private readonly unitById = new Map<number, OrgUnitRow>();
  /** Retiree indexes grouped by community: `members[start[c] … start[c + 1])`, c = index in `communities`. */
  private readonly members: Int32Array;
  private readonly start: Int32Array;
  private readonly communityIndex = new Map<number, number>();
  /** Sign deadlines by the Shanghai day a task arrived (the rule depends on nothing else). */
  private readonly deadlines = new Map<number, number>();
  private readonly yearsCache = new Map<number, number>();
  private readonly seasonalDone = new Set<string>();
  private readonly drafts: { draft: Draft; steps: Step[] }[] = [];
  private readonly demoCommunityId: number;
  private readonly todayMonth: number;
  private batchSerial = 0;

  constructor(private readonly input: TaskHistoryInput) {
    const { today, city, staffUsers, digest, seed } = input;
    this.now = instant(today, 18 * 60);
    this.nowDay = today;
    this.firstDay = today - 364;
    this.demoCommunityId = city.demoCommunity.unit.id;
    this.todayMonth = monthOfDay(today);
    for (const u of city.orgUnits) this.unitById.set(u.id, u);
    for (const s of staffUsers) {
      if (s.role === 'VIEWER') continue;
      const list = this.staffOf.get(s.orgUnitId) ?? [];
      list.push(s);
      this.staffOf.set(s.orgUnitId, list);
    }
    // Diligence: units vary around 0.86, their people a little around their unit.
    for (const u of city.orgUnits) {
      const q = clamp(new Random(seed, STREAM.QUALITY, u.id).normal(0.86, 0.07), 0.6, 0.99);
      this.quality.set(`u${u.id}`, q);
      for (const s of this.staffOf.get(u.id) ?? []) this.quality.set(`s${s.id}`, clamp(q + new Random(seed, STREAM.QUALITY, 1_000_000 + s.id).normal(0, 0.05), 0.55, 0.99));
    }
    city.communities.forEach((c, i) => this.communityIndex.set(c.unit.id, i));
    const counts = new Int32Array(city.communities.length + 1);
    for (let i = 0; i < digest.count; i++) counts[this.communityIndex.get(digest.communityId[i]!)! + 1]!++;
    for (let c = 1; c < counts.length; c++) counts[c]! += counts[c - 1]!;
    this.start = counts.slice();
    this.members = new Int32Array(digest.count);
    const fill = counts.slice();
    for (let i = 0; i < digest.count; i++) this.members[fill[this.communityIndex.get(digest.communityId[i]!)!]!++] = i;
    // Oldest first within each community, so that age limits become a range. Sorting packed
    // numeric keys (birth day, then index) is many times faster than a comparator.
    const keys = new Float64Array(digest.count);
    for (let c = 0; c < city.communities.length; c++) {
      const from = this.start[c]!;
      const to = this.start[c + 1]!;
      for (let k = from; k < to; k++) keys[k] = (digest.birthDay[this.members[k]!]! + KEY_DAY_OFFSET) * KEY_INDEX_SPAN + this.members[k]!;
      keys.subarray(from, to).sort();
      for (let k = from; k < to; k++) this.members[k] = keys[k]! % KEY_INDEX_SPAN;
    }
  }

  build(): TaskHistory {
    const { city, digest, seed } = this.input;
    this.bureauCampaigns(new Random(seed, STREAM.BUREAU));
    const townshipRng = new Random(seed, STREAM.TOWNSHIP);
    for (const t of city.townships) this.townshipWork(t, townshipRng);
    this.colleagueWork(city.demoCommunity.unit, COMMUNITY_COLLEAGUE, townshipRng);
    this.demo(new Random(seed, STREAM.DEMO));
    const target = Math.round(digest.count * TASKS_PER_RETIREE);
    const singlesRng = new Random(seed, STREAM.SINGLES);
    for (let n = target - this.drafts.length; n > 0; n--) this.townshipSingle(singlesRng);

    // Ids follow creation, tasks of one batch in the order drafted: packed numeric keys
    // (seconds since the first day, then draft number) sort fast without a comparator.
    const base = instant(this.firstDay, 0);
    const keys = Float64Array.from(this.drafts, (d, i) => Math.round((d.draft.createdAt - base) / 1000) * KEY_INDEX_SPAN + i);
    keys.sort();
    const entries = Array.from(keys, (key) => {
      const { draft, steps } = this.drafts[key % KEY_INDEX_SPAN]!;
      return { draft, steps, deadline: this.deadline(draft.createdAt) };
    });
    return new TaskHistory(entries, this.now);
  }

  // --- who and how well -------------------------------------------------------------------------

  private staff(unit: OrgUnitRow): StaffUserRow[] {
    return this.staffOf.get(unit.id) ?? [];
  }

  /** The demo accounts do a larger share of their unit's work, so the demo shows their names. */
  private pickStaff(unit: OrgUnitRow, rng: Random, except?: StaffUserRow): StaffUserRow {
    const people = this.staff(unit).filter((s) => s !== except);
    if (people.length === 1) return people[0]!;
    const weights = people.map((s) => (s.username.startsWith('demo-') ? 1.6 : s.role === 'STAFF' ? 1.1 : 1));
    let r = rng.next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < people.length; i++) if ((r -= weights[i]!) < 0) return people[i]!;
    return people.at(-1)!;
  }

  private q(key: string): number {
    return this.quality.get(key) ?? 0.86;
  }

  private deadline(createdAt: number): number {
    const day = dayOfInstant(createdAt);
    let d = this.deadlines.get(day);
    if (d === undefined) this.deadlines.set(day, (d = signDeadline(NO_HOLIDAYS, new Date(createdAt)).getTime()));
    return d;
  }

  // --- whom a task is about ---------------------------------------------------------------------

  /**
   * Whom the criteria pick on `day`: `test(i)` for a retiree index, and the birth days the age
   * limits allow (`bornAfter` < birth day ≤ `bornBy`), worked out once.
   */
  private matcher(criteria: TaskCriteria | undefined, day: number): Matcher {
    const d = this.input.digest;
    const status = criteria?.status ?? 'ACTIVE';
    const code = STATUS_CODE[status];
    const since = criteria?.withinDays ? day - criteria.withinDays : -Infinity;
    const bornBy = criteria?.minAge != null ? this.yearsBefore(day, criteria.minAge) : Infinity;
    const bornAfter = criteria?.maxAge != null ? this.yearsBefore(day, criteria.maxAge + 1) : -Infinity;
    const male = criteria?.gender ? (criteria.gender === 'MALE' ? 1 : 0) : -1;
    const test = (i: number) => {
      if (d.retirementDay[i]! > day) return false;
      // Statuses are as of today; before the day it changed, a person was still active.
      const changed = d.status[i] !== STATUS_CODE.ACTIVE && d.statusDay[i]! <= day;
      if (status === 'ACTIVE' ? changed : !changed || d.status[i] !== code || d.statusDay[i]! < since) return false;
      if (male >= 0 && d.male[i] !== male) return false;
      const born = d.birthDay[i]!;
      return born <= bornBy && born > bornAfter;
    };
    return { test, bornBy, bornAfter };
  }

  private yearsBefore(day: number, years: number): number {
    const key = day * 256 + years;
    let v = this.yearsCache.get(key);
    if (v === undefined) this.yearsCache.set(key, (v = yearsBefore(day, years)));
    return v;
  }

  /** Ids of the community's retirees the matcher picks, ascending; a birth-day range scan. */
  private matching(community: CommunityModel, m: Matcher): number[] {
    const c = this.communityIndex.get(community.unit.id)!;
    const birth = this.input.digest.birthDay;
    let lo = this.start[c]!;
    const end = this.start[c + 1]!;
    if (m.bornAfter > -Infinity) {
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (birth[this.members[mid]!]! > m.bornAfter) hi = mid;
        else lo = mid + 1;
      }
    }
    const ids: number[] = [];
    for (let k = lo; k < end; k++) {
      const i = this.members[k]!;
      if (birth[i]! > m.bornBy) break;
      if (m.test(i)) ids.push(i + 1);
    }
    return ids.sort((a, b) => a - b);
  }

  // --- what gets assigned -----------------------------------------------------------------------

  private batchId(): string {
    const rng = new Random(this.input.seed, STREAM.BATCH_ID, this.batchSerial++);
    const hex = Array.from({ length: 4 }, () => rng.uint32().toString(16).padStart(8, '0')).join('');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** A bulk assignment over `communities`: one task per community with matching retirees. */
  private batch(template: BatchTemplate, communities: readonly CommunityModel[], creator: StaffUserRow, createdAt: number, dueDay: number, demoStep?: 'ASSIGNED'): number {
    const day = dayOfInstant(createdAt);
    const batchId = this.batchId();
    const creatorUnit = this.unitById.get(creator.orgUnitId)!;
    const matches = this.matcher(template.criteria, day);
    let created = 0;
    for (const community of communities) {
      const isDemo = community.unit.id === this.demoCommunityId;
      if (isDemo && template.title.startsWith(E2E_RESERVED_TITLE) && monthOfDay(day) === this.todayMonth && day > this.nowDay - 31) continue;
      let retirees = this.matching(community, matches);
      // The demo batch reaches the demo community at any city size: its oldest people if nobody matches.
      if (!retirees.length && isDemo && demoStep) retirees = this.oldest(community, day, 2);
      if (!retirees.length) continue;
      const draft: Draft = {
        type: template.type,
        title: template.title,
        instructions: template.instructions,
        priority: template.priority ?? 'NORMAL',
        assignee: community.unit,
        assigneeStaff: null,
        creatorUnit,
        creatorStaff: creator,
        batchId,
        retirees,
        dueDay,
        createdAt,
        assignedNote: '批量派发',
      };
      if (isDemo && demoStep) this.drafts.push({ draft, steps: [{ kind: 'ASSIGNED', at: createdAt }] });
      else this.add(draft);
      created++;
    }
    return created;
  }

  private oldest(community: CommunityModel, day: number, n: number): number[] {
    const c = this.communityIndex.get(community.unit.id)!;
    const isActive = this.matcher(undefined, day).test;
    const active: number[] = [];
    // Members are oldest first already.
    for (let k = this.start[c]!; k < this.start[c + 1]! && active.length < n; k++) if (isActive(this.members[k]!)) active.push(this.members[k]! + 1);
    return active.sort((a, b) => a - b);
  }

  private bureauCampaigns(rng: Random): void {
    const { city } = this.input;
    const creator = this.staff(city.cityUnit)[0]!;
    const { year } = partsOf(this.nowDay);
    for (const y of [year - 1, year]) {
      for (const c of BUREAU_CAMPAIGNS) {
        const day = nextWorkday(dayOf(y, Number(c.monthDay.slice(0, 2)), Number(c.monthDay.slice(3))));
        const createdAt = instant(day, 9 * 60 + rng.int(0, 90));
        if (day < this.firstDay || createdAt > this.now - 7 * DAY) continue;
        this.batch(c, city.communities, creator, createdAt, nextWorkday(day + c.dueDays));
      }
    }
  }

  /** A township's year: bulk assignments, work from the bureau, work between its own staff. */
  private townshipWork(t: TownshipModel, rng: Random): void {
    const scale = this.input.digest.count / 330_000;
    const batches = Math.max(1, Math.round(36 * scale));
    for (let k = 0; k < batches; k++) {
      const day = this.randomDay(rng, 0);
      const month = monthOfDay(day);
      // A seasonal campaign (重阳节, 春节…) runs once a year in a township.
      const eligible = TOWNSHIP_BATCHES.filter((b) => (!b.months || b.months.includes(month)) && !this.seasonalDone.has(`${t.unit.id}/${b.title}`));
      const template = new WeightedTable(eligible.map((b) => [b, b.weight] as const)).pick(rng);
      const createdAt = instant(day, 8 * 60 + 45 + rng.int(0, 7 * 60));
      if (createdAt > this.now) continue;
      if (template.months) this.seasonalDone.add(`${t.unit.id}/${template.title}`);
      this.batch(template, t.communities, this.pickStaff(t.unit, rng), createdAt, nextWorkday(day + template.dueDays));
    }
    const fromBureau = Math.max(1, Math.round(24 * Math.sqrt(scale)));
    const bureau = this.input.city.cityUnit;
    const table = new WeightedTable(BUREAU_TO_TOWNSHIP.map((b) => [b, b.weight] as const));
    for (let k = 0; k < fromBureau; k++) {
      const template = table.pick(rng);
      const createdAt = this.randomInstant(rng);
      this.add(
        {
          type: 'GENERAL',
          title: template.title(monthOfDay(dayOfInstant(createdAt))),
          instructions: template.instructions,
          priority: rng.chance(0.15) ? 'HIGH' : 'NORMAL',
          assignee: t.unit,
          assigneeStaff: null,
          creatorUnit: bureau,
          creatorStaff: this.staff(bureau)[0]!,
          batchId: null,
          retirees: [],
          dueDay: nextWorkday(dayOfInstant(createdAt) + rng.int(7, 20)),
          createdAt,
          assignedNote: null,
        });
    }
    this.colleagueWork(t.unit, TOWNSHIP_COLLEAGUE, rng);
  }

  /** Tasks a unit's staff hand to a named colleague (units with at least two people). */
  private colleagueWork(unit: OrgUnitRow, titles: string[], rng: Random): void {
    if (this.staff(unit).length < 2) return;
    const count = Math.max(1, Math.round(12 * Math.sqrt(this.input.digest.count / 330_000)));
    for (let k = 0; k < count; k++) {
      const creator = this.pickStaff(unit, rng);
      const colleague = this.pickStaff(unit, rng, creator);
      const createdAt = this.randomInstant(rng);
      this.add(
        {
          type: 'GENERAL',
          title: rng.pick(titles),
          instructions: '',
          priority: 'NORMAL',
          assignee: unit,
          assigneeStaff: colleague,
          creatorUnit: unit,
          creatorStaff: creator,
          batchId: null,
          retirees: [],
          dueDay: nextWorkday(dayOfInstant(createdAt) + rng.int(3, 10)),
          createdAt,
          assignedNote: `指定承办人：${colleague.displayName}`,
        });
    }
  }

  private static singles = new WeightedTable(TOWNSHIP_SINGLES.map((s) => [s, s.weight] as const));
  private static priorities = new WeightedTable<TaskPriority>([['NORMAL', 76], ['HIGH', 14], ['URGENT', 4], ['LOW', 6]]);
  private static general = new WeightedTable(TOWNSHIP_SINGLES.filter((s) => s.type === 'GENERAL').map((s) => [s, s.weight] as const));

  /** A one-off task from a township to one community: about one or a few of its people, or none. */
  private townshipSingle(rng: Random): void {
    const { digest, city } = this.input;
    const createdAt = this.randomInstant(rng);
    const day = dayOfInstant(createdAt);
    let template: SingleTemplate = TaskWorld.singles.pick(rng);
    // The community: that of a random retiree (so busier communities get more), who is named when the task names anyone.
    const matches = this.matcher(template.criteria, day).test;
    let first = -1;
    for (let attempt = 0; attempt < 30; attempt++) {
      const i = rng.int(0, digest.count - 1);
      if (template.retirees[1] === 0 || matches(i)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      template = TaskWorld.general.pick(rng);
      first = rng.int(0, digest.count - 1);
    }
    const community = city.communities[this.communityIndex.get(digest.communityId[first]!)!]!;
    const retirees = template.retirees[1] === 0 ? [] : this.namedAround(first, community, template, matches, rng);
    const township = community.township.unit;
    const dueIn = template.type === 'VISIT' ? rng.int(7, 20) : template.type === 'DATA_CHECK' ? rng.int(3, 12) : rng.int(5, 20);
    const priority: TaskPriority = template.priority ?? TaskWorld.priorities.pick(rng);
    this.add(
      {
        type: template.type,
        title: template.title(retirees.length, monthOfDay(day)),
        instructions: template.instructions,
        priority,
        assignee: community.unit,
        assigneeStaff: null,
        creatorUnit: township,
        creatorStaff: this.pickStaff(township, rng),
        batchId: null,
        retirees,
        dueDay: nextWorkday(day + (priority === 'URGENT' ? rng.int(1, 3) : dueIn)),
        createdAt,
        assignedNote: null,
      });
  }

  private namedAround(first: number, community: CommunityModel, template: SingleTemplate, matches: (i: number) => boolean, rng: Random): number[] {
    const want = rng.int(template.retirees[0], template.retirees[1]);
    const picked = new Set([first]);
    const c = this.communityIndex.get(community.unit.id)!;
    const size = this.start[c + 1]! - this.start[c]!;
    for (let attempt = 0; picked.size < want && attempt < want * 6; attempt++) {
      const i = this.members[this.start[c]! + rng.int(0, size - 1)]!;
      if (matches(i)) picked.add(i);
    }
    return [...picked].map((i) => i + 1).sort((a, b) => a - b);
  }

  /** A day of the year before `today` (weekends rarely), `offset` days back at most from today. */
  private randomDay(rng: Random, offset: number): number {
    for (;;) {
      const day = rng.int(this.firstDay, this.nowDay - offset);
      if (isWorkday(day) || rng.chance(0.08)) return day;
    }
  }

  private randomInstant(rng: Random): number {
    for (;;) {
      const day = this.randomDay(rng, 0);
      const at = instant(day, isWorkday(day) ? OPEN + rng.int(0, CLOSE - OPEN - 10) : 9 * 60 + rng.int(0, 7 * 60));
      if (at <= this.now) return at;
    }
  }

  // --- the demo -----------------------------------------------------------------------------------

  /**
   * The demo township's batch of the last working day (the demo community has not signed it
   * yet); the bureau's campaign of the week, still under way; a task from the bureau waiting in
   * the demo township's inbox; and the demo community's inbox: three tasks to sign, one in
   * progress, one in progress and overdue.
   */
  private demo(rng: Random): void {
    const { city } = this.input;
    const today = this.nowDay;
    const lastWorkday = workdayBack(today, 0);
    const township = city.demoTownship;
    const community = city.demoCommunity;
    const byName = (username: string) => this.input.staffUsers.find((s) => s.username === username)!;
    const leader = byName('demo-township');
    const townshipAdmin = byName(`admin-${township.unit.code}`);
    const me = byName('demo-community');
    const colleague = byName(`staff-${community.unit.code}`);

    const bureauDay = workdayBack(today, 4);
    this.batch(DEMO_BUREAU_CAMPAIGN, city.communities, this.staff(city.cityUnit)[0]!, instant(bureauDay, 10 * 60), today + DEMO_BUREAU_CAMPAIGN.dueDays);
    const townshipBatch = demoTownshipBatch(monthOfDay(lastWorkday));
    this.batch(townshipBatch, township.communities, leader, instant(lastWorkday, 9 * 60), today + townshipBatch.dueDays, 'ASSIGNED');

    // People of the demo community other than the demo retiree, who has her own story (the confirmation campaign).
    const people = this.oldest(community, today, 10_000).filter((id) => id !== 1);
    const some = (n: number) => {
      const out = new Set<number>();
      for (let k = 0; k < n * 4 && out.size < Math.min(n, people.length); k++) out.add(people[rng.int(0, people.length - 1)]!);
      return [...out].sort((a, b) => a - b);
    };
    const base = { assignee: community.unit, assigneeStaff: null, creatorUnit: township.unit, batchId: null, assignedNote: null, priority: 'NORMAL' as TaskPriority };
    const lost = some(2);
    const month = monthOfDay(today);
    const waiting: Draft[] = [
      {
        ...base,
        type: 'GENERAL',
        title: `报送 ${month} 月份退休人员管理服务台账`,
        instructions: '按模板整理本月走访、核实和服务记录，上传台账。',
        creatorStaff: leader,
        retirees: [],
        dueDay: today + 20,
        createdAt: instant(lastWorkday, 15 * 60 + 20),
      },
      {
        ...base,
        type: 'DATA_CHECK',
        title: lost.length ? `核实 ${lost.length} 名疑似失联退休人员联系方式` : '核实疑似失联退休人员联系方式',
        instructions: '以下人员登记的电话长期无法接通、上门无人，请通过邻居、家属等核实其现居住地和联系方式。',
        priority: 'HIGH',
        creatorStaff: townshipAdmin,
        retirees: lost,
        dueDay: today + 25,
        createdAt: instant(lastWorkday, 10 * 60 + 40),
      },
    ];
    for (const draft of waiting) this.drafts.push({ draft, steps: [{ kind: 'ASSIGNED', at: draft.createdAt }] });

    // The demo township's own inbox: work from the bureau it has not signed yet.
    const fromBureauAt = instant(lastWorkday, 14 * 60 + 10);
    this.drafts.push({
      draft: {
        type: 'GENERAL',
        title: '组织开展养老金领取资格认证宣传',
        instructions: '组织各社区开展资格认证宣传，报送宣传活动照片和覆盖人数。',
        priority: 'NORMAL',
        assignee: township.unit,
        assigneeStaff: null,
        creatorUnit: city.cityUnit,
        creatorStaff: this.staff(city.cityUnit)[0]!,
        batchId: null,
        retirees: [],
        dueDay: today + 20,
        createdAt: fromBureauAt,
        assignedNote: null,
      },
      steps: [{ kind: 'ASSIGNED', at: fromBureauAt }],
    });

    const visitAt = instant(workdayBack(today, 3), 9 * 60 + 15);
    this.drafts.push({
      draft: {
        ...base,
        type: 'VISIT',
        title: '走访慰问困难退休人员',
        instructions: '走访慰问生活困难的退休人员，了解实际困难，符合条件的协助申请救助。',
        creatorStaff: leader,
        retirees: some(1),
        dueDay: today + 25,
        createdAt: visitAt,
      },
      steps: [{ kind: 'ASSIGNED', at: visitAt }, { kind: 'SIGNED', at: visitAt + 47 * MINUTE, by: me }],
    });
    const phonesAt = instant(workdayBack(today, 14), 14 * 60 + 5);
    this.drafts.push({
      draft: {
        ...base,
        type: 'GENERAL',
        title: '更新社区退休人员联系电话台账',
        instructions: '逐户核对退休人员的联系电话，更新台账并在系统中修改。',
        creatorStaff: townshipAdmin,
        retirees: [],
        dueDay: today - 5,
        createdAt: phonesAt,
      },
      steps: [{ kind: 'ASSIGNED', at: phonesAt }, { kind: 'SIGNED', at: instant(workdayBack(today, 13), 8 * 60 + 52), by: colleague }],
    });
  }

  // --- how it went --------------------------------------------------------------------------------

  /** Plays a task out from its own random stream (numbered in the order tasks are drafted). */
  private add(draft: Draft): void {
    const life = new Random(this.input.seed, STREAM.LIFE, this.drafts.length);
    const mustClose = draft.assignee.id === this.demoCommunityId;
    if (mustClose && draft.createdAt > this.now - 4 * HOUR) return;
    let steps = this.playOut(draft, life, mustClose);
    if (mustClose && !isClosed(steps, this.now)) steps = this.closeInTime(draft, life);
    this.drafts.push({ draft, steps });
  }

  /** The whole life of a task, including what lies after the reference instant (cut later). */
  private playOut(draft: Draft, rng: Random, mustClose: boolean): Step[] {
    const created = draft.createdAt;
    const steps: Step[] = [{ kind: 'ASSIGNED', at: created }];
    const deadline = this.deadline(created);
    const dueEnd = instant(draft.dueDay + 1, 0);
    const workers = draft.assigneeStaff ? [draft.assigneeStaff] : this.staff(draft.assignee);
    if (!workers.length) return steps;
    const unitQ = this.q(`u${draft.assignee.id}`);
    const signer = draft.assigneeStaff ?? this.pickStaff(draft.assignee, rng);

    if (!mustClose && rng.chance(0.006)) {
      const at = office(created + rng.next() * Math.max(HOUR, Math.min(7 * DAY, dueEnd - created)), rng);
      const signedAt = office(created + rng.logNormal(1.5 * HOUR, 1), rng);
      if (signedAt < at) steps.push({ kind: 'SIGNED', at: signedAt, by: signer });
      steps.push({ kind: 'CANCELLED', at, reason: rng.pick(CANCEL_REASONS) });
      return steps;
    }
    const recent = this.now - created < 100 * DAY;
    const stuck = !mustClose && rng.chance((0.002 + 0.03 * (1 - unitQ)) * (recent ? 1 : 0.3));
    if (stuck && rng.chance(0.4)) return steps;

    let signedAt: number;
    if (rng.chance(0.55 + 0.43 * this.q(`s${signer.id}`))) {
      signedAt = office(created + rng.logNormal(1.5 * HOUR, 1.1), rng);
      if (signedAt > deadline) signedAt = office(created + rng.next() * 0.4 * (deadline - created), rng);
      if (signedAt > deadline) signedAt = created + rng.int(5, 40) * MINUTE;
    } else {
      signedAt = office(deadline + rng.logNormal(6 * HOUR, 1), rng);
    }
    steps.push({ kind: 'SIGNED', at: signedAt, by: signer });
    if (stuck) return steps;

    const completer = draft.assigneeStaff ?? (rng.chance(0.9) ? signer : this.pickStaff(draft.assignee, rng));
    const doneQ = this.q(`s${completer.id}`);
    let completedAt: number;
    const onTime = signedAt < dueEnd - HOUR && rng.chance(0.5 + 0.47 * doneQ);
    if (onTime) {
      completedAt = office(signedAt + 20 * MINUTE + 0.92 * (dueEnd - signedAt) * rng.next() ** 1.4, rng);
      if (completedAt >= dueEnd) completedAt = Math.max(signedAt + 10 * MINUTE, dueEnd - 6.5 * HOUR);
    } else {
      completedAt = office(Math.max(dueEnd, signedAt) + rng.logNormal(36 * HOUR, 0.9), rng);
    }
    const outcome = this.outcome(draft.type, rng);
    const n = draft.retirees.length;
    steps.push({ kind: 'COMPLETED', at: completedAt, by: completer, outcome, feedback: feedbackFor(draft.type, outcome, n, (xs) => rng.pick(xs)) });

    let returned = false;
    if (!mustClose && rng.chance(0.025)) {
      returned = true;
      const at = office(completedAt + rng.logNormal(8 * HOUR, 0.8), rng);
      steps.push({ kind: 'RETURNED', at, reason: rng.pick(RETURN_REASONS) });
      completedAt = office(at + rng.logNormal(30 * HOUR, 0.8), rng);
      steps.push({ kind: 'COMPLETED', at: completedAt, by: completer, outcome: 'COMPLETED', feedback: '已按要求补充核实情况和相关材料。' });
    }
    if (rng.chance(0.985)) {
      const lateFinal = dayOfInstant(completedAt) > draft.dueDay;
      let x = 2.85 + 1.9 * doneQ + rng.normal(0, 0.55);
      if (lateFinal) x -= 0.7;
      if (outcome === 'PARTIAL') x -= 0.4;
      if (outcome === 'UNABLE') x -= 0.8;
      if (returned) x -= 0.6;
      const score = clamp(Math.round(x), 1, 5);
      steps.push({ kind: 'EVALUATED', at: office(completedAt + rng.logNormal(20 * HOUR, 0.9), rng), score, comment: rng.pick(EVALUATION_COMMENTS[score]!) });
    }
    return steps;
  }

  /** For the demo community: signed and completed quickly, before the reference instant. */
  private closeInTime(draft: Draft, rng: Random): Step[] {
    const created = draft.createdAt;
    const signer = draft.assigneeStaff ?? this.pickStaff(draft.assignee, rng);
    const signedAt = created + rng.int(10, 50) * MINUTE;
    const completedAt = signedAt + 20 * MINUTE + rng.next() * Math.max(0, this.now - HOUR - signedAt - 20 * MINUTE);
    return [
      { kind: 'ASSIGNED', at: created },
      { kind: 'SIGNED', at: signedAt, by: signer },
      { kind: 'COMPLETED', at: completedAt, by: signer, outcome: 'COMPLETED', feedback: feedbackFor(draft.type, 'COMPLETED', draft.retirees.length, (xs) => rng.pick(xs)) },
    ];
  }

  private outcome(type: TaskType, rng: Random): TaskOutcome {
    const r = rng.next();
    const [partial, unable] = type === 'VISIT' ? [0.05, 0.02] : type === 'DATA_CHECK' ? [0.04, 0.02] : [0.03, 0];
    return r < unable ? 'UNABLE' : r < unable + partial ? 'PARTIAL' : 'COMPLETED';
  }
}

function isClosed(steps: Step[], now: number): boolean {
  const last = steps.filter((s) => s.at <= now).at(-1)!;
  return last.kind === 'COMPLETED' || last.kind === 'EVALUATED' || last.kind === 'CANCELLED';
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

export function buildTaskHistory(input: TaskHistoryInput): TaskHistory {
  return new TaskWorld(input).build();
}

interface Entry {
  draft: Draft;
  /** The whole life, including steps after the reference instant (not yet happened). */
  steps: Step[];
  deadline: number;
}

const STATUS_AFTER: Record<Step['kind'], TaskStatus> = { ASSIGNED: 'ASSIGNED', SIGNED: 'SIGNED', COMPLETED: 'DONE', RETURNED: 'RETURNED', EVALUATED: 'EVALUATED', CANCELLED: 'CANCELLED' };

/**
 * The tasks in id order, each with its steps. Rows and timelines are derived as they are
 * streamed: holding ~100,000 rows and ~400,000 events at once would cost more in garbage
 * collection than building them twice.
 */
export class TaskHistory {
  constructor(
    private readonly entries: readonly Entry[],
    private readonly now: number,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  *tasks(): Generator<TaskRow> {
    for (let k = 0; k < this.entries.length; k++) yield this.row(k + 1, this.entries[k]!);
  }

  *retirees(): Generator<TaskRetireeRow> {
    for (let k = 0; k < this.entries.length; k++) {
      const { draft } = this.entries[k]!;
      for (const retireeId of draft.retirees) yield { taskId: k + 1, retireeId, orgPath: draft.assignee.path };
    }
  }

  /** Event ids run task by task, each task's steps in order (the timeline orders by id). */
  *events(): Generator<TaskEventRow> {
    let id = 1;
    for (let k = 0; k < this.entries.length; k++) {
      const { draft, steps } = this.entries[k]!;
      const evaluator = draft.creatorStaff.displayName;
      for (const s of steps) {
        if (s.at > this.now) break;
        // One object shape for every event (a spread would cost as much as the rest of the pass).
        const event: TaskEventRow = { id: id++, taskId: k + 1, orgPath: draft.assignee.path, kind: s.kind, actorName: evaluator, note: null, at: iso(s.at) };
        switch (s.kind) {
          case 'ASSIGNED':
            event.note = draft.assignedNote;
            break;
          case 'SIGNED':
            event.actorName = s.by.displayName;
            break;
          case 'COMPLETED':
            event.actorName = s.by.displayName;
            event.note = s.feedback;
            break;
          case 'RETURNED':
          case 'CANCELLED':
            event.note = s.reason;
            break;
          case 'EVALUATED':
            event.note = `${s.score} 分${s.comment ? `：${s.comment}` : ''}`;
            break;
        }
        yield event;
      }
    }
  }

  statusCounts(): Record<TaskStatus, number> {
    const counts: Record<TaskStatus, number> = { ASSIGNED: 0, SIGNED: 0, DONE: 0, EVALUATED: 0, RETURNED: 0, CANCELLED: 0 };
    for (const { steps } of this.entries) {
      let last = steps[0]!;
      for (const s of steps) if (s.at <= this.now) last = s;
      counts[STATUS_AFTER[last.kind]]++;
    }
    return counts;
  }

  /** The row as the API leaves it after the steps up to the reference instant. */
  private row(id: number, { draft, steps, deadline }: Entry): TaskRow {
    const row: TaskRow = {
      id,
      type: draft.type,
      title: draft.title,
      instructions: draft.instructions,
      priority: draft.priority,
      status: 'ASSIGNED',
      assigneeUnitId: draft.assignee.id,
      assigneeStaffId: draft.assigneeStaff?.id ?? null,
      orgPath: draft.assignee.path,
      creatorUnitId: draft.creatorUnit.id,
      creatorPath: draft.creatorUnit.path,
      creatorStaffId: draft.creatorStaff.id,
      creatorName: draft.creatorStaff.displayName,
      batchId: draft.batchId,
      retireeCount: draft.retirees.length,
      dueDate: isoDay(draft.dueDay),
      createdAt: iso(draft.createdAt),
      signDeadline: iso(deadline),
      signedAt: null,
      signedByName: null,
      signedById: null,
      signedOnTime: null,
      completedAt: null,
      completedByName: null,
      completedById: null,
      completedOnTime: null,
      outcome: null,
      feedback: null,
      score: null,
      evaluationComment: null,
      evaluatedAt: null,
      evaluatedByName: null,
      returnReason: null,
      returnCount: 0,
    };
    for (const s of steps) {
      if (s.at > this.now) break;
      row.status = STATUS_AFTER[s.kind];
      switch (s.kind) {
        case 'SIGNED':
          row.signedAt = iso(s.at);
          row.signedByName = s.by.displayName;
          row.signedById = s.by.id;
          row.signedOnTime = s.at <= deadline;
          break;
        case 'COMPLETED':
          // A return keeps these until the task is completed again, as the API does.
          row.completedAt = iso(s.at);
          row.completedByName = s.by.displayName;
          row.completedById = s.by.id;
          row.completedOnTime = dayOfInstant(s.at) <= draft.dueDay;
          row.outcome = s.outcome;
          row.feedback = s.feedback;
          break;
        case 'RETURNED':
          row.returnReason = s.reason;
          row.returnCount++;
          break;
        case 'EVALUATED':
          row.score = s.score;
          row.evaluationComment = s.comment;
          row.evaluatedAt = iso(s.at);
          row.evaluatedByName = draft.creatorStaff.displayName;
          break;
        default:
          break;
      }
    }
    return row;
  }
}

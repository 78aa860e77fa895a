/**
 * Calendar arithmetic for the generator on plain integers, which is both faster and free of
 * time-zone surprises: a *day* is days since 1970-01-01 (UTC), a *month* is `year * 12 + (month - 1)`.
 */
const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

export function parseIsoDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`expected a YYYY-MM-DD date, got "${iso}"`);
  const day = dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
  if (isoDay(day) !== iso) throw new Error(`not a calendar date: "${iso}"`);
  return day;
}

// Formatting dominates the generator's date work (about two million calls for the full city), so
// ISO strings are cached for the days people in the city are born, retire and are paid on.
const CACHE_FROM = dayOf(1880, 1, 1);
const CACHE_TO = dayOf(2100, 1, 1);
const isoCache: (string | undefined)[] = new Array(CACHE_TO - CACHE_FROM);

export function isoDay(day: number): string {
  const inCache = day >= CACHE_FROM && day < CACHE_TO;
  const cached = inCache ? isoCache[day - CACHE_FROM] : undefined;
  if (cached !== undefined) return cached;
  const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  if (inCache) isoCache[day - CACHE_FROM] = iso;
  return iso;
}

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function partsOf(day: number): DateParts {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function monthOf(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function firstDayOfMonth(month: number): number {
  return dayOf(Math.floor(month / 12), (month % 12) + 1, 1);
}

export function daysInMonth(month: number): number {
  return firstDayOfMonth(month + 1) - firstDayOfMonth(month);
}

/** `YYYY-MM`, the pension period format. */
export function periodOf(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** Adds whole months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: number, months: number): number {
  const { year, month, day: dom } = partsOf(day);
  const target = monthIndex(year, month) + months;
  return firstDayOfMonth(target) + Math.min(dom, daysInMonth(target)) - 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Completed years of age on `on`. */
export function ageOn(birthDay: number, on: number): number {
  const b = partsOf(birthDay);
  const o = partsOf(on);
  return o.year - b.year - (o.month < b.month || (o.month === b.month && o.day < b.day) ? 1 : 0);
}

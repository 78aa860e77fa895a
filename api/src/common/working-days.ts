/**
 * Working days in the bureau's calendar (Asia/Shanghai). Weekends are rest days; the State
 * Council's public holidays and the weekend days swapped into working days are published each
 * December, so they are configuration (`HOLIDAYS`, `EXTRA_WORKDAYS`: comma-separated YYYY-MM-DD).
 */
export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  extraWorkdays: ReadonlySet<string>;
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

export function calendarFromEnv(env: NodeJS.ProcessEnv = process.env): WorkingCalendar {
  const dates = (raw: string | undefined) => {
    const list = (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    for (const d of list) if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`expected YYYY-MM-DD dates, got "${d}"`);
    return new Set(list);
  };
  return { holidays: dates(env.HOLIDAYS), extraWorkdays: dates(env.EXTRA_WORKDAYS) };
}

/** The calendar day (YYYY-MM-DD) of an instant in Shanghai. China has no daylight saving time. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `day` plus `n` calendar days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function todayInShanghai(): string {
  return shanghaiDay(new Date());
}

/** A real calendar date written YYYY-MM-DD. */
/** `day` moved by whole months, as the calendar reads (`2026-11-03` + 12 → `2027-11-03`). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

export function isWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  if (calendar.extraWorkdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The `n`-th working day after `day` (not counting `day` itself). */
export function workingDaysAfter(calendar: WorkingCalendar, day: string, n: number): string {
  let current = day;
  for (let left = n; left > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(calendar, current)) left--;
  }
  return current;
}

/**
 * The deadline for signing a task: the end of the first working day after the day it arrived
 * (so a task sent on Friday evening may be signed on Monday), as an instant.
 */
export function signDeadline(calendar: WorkingCalendar, sentAt: Date): Date {
  const lastDay = workingDaysAfter(calendar, shanghaiDay(sentAt), 1);
  return new Date(Date.parse(`${addDays(lastDay, 1)}T00:00:00+08:00`));
}

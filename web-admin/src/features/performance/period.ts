import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The API's longest period. */
export const MAX_PERIOD_DAYS = 366;

/** Today's date in Shanghai (UTC+8, no daylight saving), whatever the browser's zone. */
export function todayInShanghai(now: Date = new Date()): string {
  return dayjs.utc(now).utcOffset(8 * 60).format('YYYY-MM-DD');
}

export interface Period {
  from: string;
  to: string;
}

/** This year so far. */
export function defaultPeriod(now: Date = new Date()): Period {
  const to = todayInShanghai(now);
  return { from: `${to.slice(0, 4)}-01-01`, to };
}

function validDay(value: string | null): value is string {
  return !!value && DAY.test(value) && dayjs(value).format('YYYY-MM-DD') === value;
}

/** `?from=&to=` when both are real dates in order within a year; otherwise this year so far. */
export function readPeriod(params: URLSearchParams, now: Date = new Date()): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (validDay(from) && validDay(to) && from <= to && dayjs(to).diff(dayjs(from), 'day') <= MAX_PERIOD_DAYS) return { from, to };
  return defaultPeriod(now);
}

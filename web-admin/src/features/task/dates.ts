import dayjs from 'dayjs';
import { formatDateTime } from '../../shared/format';

/** Today's date in Shanghai (`YYYY-MM-DD`): due dates are Shanghai calendar days whatever the browser's zone. */
export function shanghaiToday(now = new Date()): string {
  return formatDateTime(now.toISOString(), 'YYYY-MM-DD');
}

/** A week from today: what a due date starts at in the assign forms. */
export function defaultDueDate(now = new Date()): string {
  return dayjs(shanghaiToday(now)).add(7, 'day').format('YYYY-MM-DD');
}

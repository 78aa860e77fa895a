import { describe, expect, it } from 'vitest';
import { calendarFromEnv, isWorkingDay, shanghaiDay, signDeadline, workingDaysAfter } from './working-days.js';

const plain = calendarFromEnv({});

describe('working days', () => {
  it('takes the calendar day in Shanghai, not in UTC', () => {
    expect(shanghaiDay(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
    expect(shanghaiDay(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
  });

  it('skips weekends and configured holidays, and honours swapped working Saturdays', () => {
    expect(workingDaysAfter(plain, '2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
    const national = calendarFromEnv({ HOLIDAYS: '2026-10-01,2026-10-02,2026-10-05', EXTRA_WORKDAYS: '2026-10-10' });
    expect(workingDaysAfter(national, '2026-09-30', 1)).toBe('2026-10-06');
    expect(isWorkingDay(national, '2026-10-10')).toBe(true);
    expect(() => calendarFromEnv({ HOLIDAYS: '10/01' })).toThrow(/YYYY-MM-DD/);
  });

  it('gives a task sent on Friday evening until the end of Monday', () => {
    const friday = new Date('2026-11-27T11:00:00Z'); // 19:00 in Shanghai
    expect(signDeadline(plain, friday).toISOString()).toBe('2026-11-30T16:00:00.000Z'); // Tuesday 00:00 in Shanghai
  });
});

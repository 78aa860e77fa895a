import { describe, expect, it } from 'vitest';
import { backPay, monthAfter, periodsBetween } from './periods.js';

describe('payment periods', () => {
  it('the month after a day, across the year end', () => {
    expect(monthAfter('2026-10-31')).toBe('2026-11');
    expect(monthAfter('2026-12-01')).toBe('2027-01');
    expect(monthAfter('2026-12')).toBe('2027-01');
  });

  it('periods between two months, both included; none when reversed', () => {
    expect(periodsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(periodsBetween('2026-11', '2026-11')).toEqual(['2026-11']);
    expect(periodsBetween('2026-11', '2026-10')).toEqual([]);
  });
});

describe('back-pay after a suspension is lifted', () => {
  it('pays back every month from the suspension to the month of certification, and resumes the month after', () => {
    expect(backPay('2026-09', '2026-11-20', 312_540)).toEqual({ periods: ['2026-09', '2026-10', '2026-11'], amount: 937_620, resumePeriod: '2026-12' });
  });

  it('across a year end', () => {
    expect(backPay('2026-12', '2027-02-01', 100_000)).toEqual({ periods: ['2026-12', '2027-01', '2027-02'], amount: 300_000, resumePeriod: '2027-03' });
  });

  it('certified in the very month payment stopped: that one month is paid back', () => {
    expect(backPay('2026-12', '2026-12-31', 250_000)).toEqual({ periods: ['2026-12'], amount: 250_000, resumePeriod: '2027-01' });
  });

  it('certified before the suspension took effect: nothing was withheld, payment simply carries on', () => {
    expect(backPay('2026-12', '2026-11-30', 250_000)).toEqual({ periods: [], amount: 0, resumePeriod: '2026-12' });
  });

  it('no month is paid twice or skipped: back-paid periods and the resumed ones meet exactly', () => {
    for (const certifiedOn of ['2026-09-01', '2026-10-15', '2027-01-31', '2027-06-30']) {
      const pay = backPay('2026-09', certifiedOn, 1);
      const next = pay.periods.length ? monthAfter(pay.periods.at(-1)!) : '2026-09';
      expect(pay.resumePeriod).toBe(next);
    }
  });
});

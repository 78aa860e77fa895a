import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatPeriod, telHref } from './format';

describe('formatting', () => {
  it('writes fen as yuan with thousands separators and two decimals', () => {
    expect(formatMoney(321650)).toBe('3,216.50 元');
    expect(formatMoney(3570315)).toBe('35,703.15 元');
    expect(formatMoney(5)).toBe('0.05 元');
    expect(formatMoney(0)).toBe('0.00 元');
    expect(formatMoney(123456789)).toBe('1,234,567.89 元');
  });

  it('writes dates the Chinese way, without leading zeros', () => {
    expect(formatDate('2026-11-08')).toBe('2026年11月8日');
    expect(formatDate('2026-01-05')).toBe('2026年1月5日');
    // Timestamps are UTC; Shanghai is 8 hours ahead, already the next day here.
    expect(formatDate('2026-11-07T17:30:00Z')).toBe('2026年11月8日');
    expect(formatPeriod('2026-03')).toBe('2026年3月');
  });

  it('makes dialable tel links', () => {
    expect(telHref('0575-8344 7092')).toBe('tel:0575-83447092');
  });
});

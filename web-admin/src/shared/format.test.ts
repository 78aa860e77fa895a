import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, labelOf, RETIREE_FIELD_LABEL, shanghaiDayEnd, shanghaiDayStart } from './format';

describe('formatMoney', () => {
  it('shows fen as yuan with separators', () => {
    expect(formatMoney(321650)).toBe('¥3,216.50');
    expect(formatMoney(5)).toBe('¥0.05');
    expect(formatMoney(123456789)).toBe('¥1,234,567.89');
    expect(formatMoney(-1000)).toBe('-¥10.00');
    expect(formatMoney(null)).toBe('—');
  });
});

describe('dates', () => {
  it('shows UTC timestamps in Shanghai time', () => {
    expect(formatDateTime('2026-01-31T16:30:00.000Z')).toBe('2026-02-01 00:30');
  });
  it('turns a Shanghai day into a UTC range', () => {
    expect(shanghaiDayStart('2026-03-01')).toBe('2026-02-28T16:00:00.000Z');
    expect(shanghaiDayEnd('2026-03-01')).toBe('2026-03-01T15:59:59.999Z');
  });
});

describe('labels', () => {
  it('falls back to the code when no label is known', () => {
    expect(labelOf(RETIREE_FIELD_LABEL, 'phone')).toBe('联系电话');
    expect(labelOf(RETIREE_FIELD_LABEL, 'somethingNew')).toBe('somethingNew');
  });
});

import { describe, expect, it } from 'vitest';
import { periodParts } from './performance.service.js';

describe('a report period is read from whole months of the rollup plus the days at either end', () => {
  it('this year to today: whole months so far, and this month live', () => {
    expect(periodParts('2026-01-01', '2026-11-29')).toEqual({ months: ['2026-01-01', '2026-11-01'], live: [['2026-11-01', '2026-11-30']] });
  });

  it('a period ending on a month end needs no live tail; one starting mid-month has a live head', () => {
    expect(periodParts('2026-03-15', '2026-06-30')).toEqual({ months: ['2026-04-01', '2026-07-01'], live: [['2026-03-15', '2026-04-01']] });
    expect(periodParts('2025-12-01', '2026-12-31')).toEqual({ months: ['2025-12-01', '2027-01-01'], live: [] });
  });

  it('a period inside one month is read live', () => {
    expect(periodParts('2026-11-03', '2026-11-20')).toEqual({ months: null, live: [['2026-11-03', '2026-11-21']] });
    expect(periodParts('2026-02-01', '2026-02-27')).toEqual({ months: null, live: [['2026-02-01', '2026-02-28']] });
  });
});

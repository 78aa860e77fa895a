import { describe, expect, it } from 'vitest';
import { defaultPeriod, readPeriod, todayInShanghai } from './period';

// 2026-11-29 17:30 UTC is already 30 November in Shanghai.
const lateEvening = new Date('2026-11-29T17:30:00.000Z');

describe('performance period', () => {
  it('defaults to this year so far, in Shanghai', () => {
    expect(todayInShanghai(lateEvening)).toBe('2026-11-30');
    expect(defaultPeriod(lateEvening)).toEqual({ from: '2026-01-01', to: '2026-11-30' });
  });

  it('takes the period from the URL only when it is one the API accepts', () => {
    const read = (search: string) => readPeriod(new URLSearchParams(search), lateEvening);
    expect(read('from=2026-07-01&to=2026-09-30')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(read('from=2026-09-30&to=2026-07-01')).toEqual({ from: '2026-01-01', to: '2026-11-30' });
    expect(read('from=2026-02-30&to=2026-03-01')).toEqual({ from: '2026-01-01', to: '2026-11-30' });
    expect(read('from=2024-01-01&to=2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-11-30' });
    expect(read('from=2026-07-01')).toEqual({ from: '2026-01-01', to: '2026-11-30' });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDay } from '../seed/calendar.js';
import { DEFAULT_TODAY } from '../seed/generate.js';
import { DEFAULT_SEED } from '../seed/sizes.js';
import { DEFAULT_SIGNAL_COVERAGE } from './rates.js';
import { deathKnownFrom, historyContext, signalHistory, yearlySeenShare, type HistoryContext, type PersonHistory } from './signal-history.js';

const RETIREES = 20_000;
const TODAY = parseIsoDay(DEFAULT_TODAY);

function history(signalCoverage: number): { ctx: HistoryContext; people: PersonHistory[] } {
  const ctx = historyContext({ seed: DEFAULT_SEED, retirees: RETIREES, today: DEFAULT_TODAY, signalCoverage });
  return { ctx, people: [...signalHistory(ctx)] };
}

/** Everything drawn, as comparable text. */
function digest(people: PersonHistory[]): string {
  return JSON.stringify(people.map((p) => [p.person.index, p.signals, p.death]));
}

describe('a year of signs of life', () => {
  let sparse: { ctx: HistoryContext; people: PersonHistory[] };
  let dense: { ctx: HistoryContext; people: PersonHistory[] };
  beforeAll(() => {
    sparse = history(DEFAULT_SIGNAL_COVERAGE);
    dense = history(0.65);
  });

  it('is twelve calendar months ending on today, without gaps', () => {
    const { months } = sparse.ctx;
    expect(months).toHaveLength(12);
    expect(months.at(-1)!.last).toBe(TODAY);
    for (let k = 1; k < months.length; k++) expect(months[k]!.first).toBe(months[k - 1]!.last + 1);
    expect(TODAY - months[0]!.first + 1).toBe(365);
  });

  it('is the same for the same seed', () => {
    expect(digest(history(DEFAULT_SIGNAL_COVERAGE).people)).toBe(digest(sparse.people));
  });

  it('kills the same people on the same days whatever the signal coverage', () => {
    const deaths = (people: PersonHistory[]) => people.filter((p) => p.death).map((p) => [p.person.index, p.death!.deathDay]);
    expect(deaths(dense.people)).toEqual(deaths(sparse.people));
  });

  it('sees nobody after their death, before their retirement or outside the year', () => {
    for (const { people, ctx } of [sparse, dense]) {
      // A last hospital stay may fall in the ten days before the year when the death is in its first days.
      const first = ctx.months[0]!.first - 10;
      const misplaced = people.flatMap((p) =>
        p.signals.filter((s) => s.eventDay > TODAY || s.eventDay < Math.max(first, p.person.retirementDay) || (p.death && s.eventDay >= p.death.deathDay)).map((s) => [p.person.index, s.eventDay]),
      );
      expect(misplaced).toEqual([]);
      expect(people.some((p) => p.death && p.signals.length)).toBe(true);
    }
  });

  it('lets ~2.5 % of ACTIVE retirees die in the year, reported after the death, some not by today', () => {
    const active = sparse.people.filter((p) => p.person.row.status === 'ACTIVE');
    const dead = active.filter((p) => p.death);
    expect(dead.length / active.length).toBeGreaterThan(0.018);
    expect(dead.length / active.length).toBeLessThan(0.032);
    for (const { death } of dead) {
      expect(death!.reports.some((r) => r.draft.kind === 'DEATH')).toBe(true);
      for (const r of death!.reports) expect(r.draft.reportDay).toBeGreaterThan(death!.deathDay);
    }
    const unknownByToday = dead.filter(({ death }) => (deathKnownFrom(death!) ?? Infinity) > TODAY);
    expect(unknownByToday.length).toBeGreaterThan(0);
    expect(unknownByToday.length).toBeLessThan(dead.length * 0.2);
    // Suspended retirees are seen less and never die here (the simulator lets only ACTIVE ones die).
    expect(sparse.people.filter((p) => p.person.row.status === 'SUSPENDED' && p.death)).toHaveLength(0);
  });

  it('sees the share of living retirees in a year that rates.ts promises', () => {
    const { living, seen } = yearlySeenShare(sparse.people, sparse.ctx.months);
    const expected = 1 - (1 - DEFAULT_SIGNAL_COVERAGE) ** 12; // ≈ 0.736: "about 74 % seen in a year"
    expect(seen / living).toBeGreaterThan(expected - 0.015);
    expect(seen / living).toBeLessThan(expected + 0.015);
    const denseYear = yearlySeenShare(dense.people, dense.ctx.months);
    expect(denseYear.seen / denseYear.living).toBeGreaterThan(0.99);
  });

  it('numbers every record uniquely per source', () => {
    const keys = sparse.people.flatMap((p) => [...p.signals, ...(p.death?.reports.map((r) => r.draft) ?? [])].map((d) => `${d.source}/${d.sourceRecordId}`));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

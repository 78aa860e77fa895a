import { describe, expect, it } from 'vitest';
import { copyNullable, copyText, copyTextArray } from './copy.js';
import { Random, WeightedTable } from './random.js';

describe('COPY text encoding', () => {
  it('escapes the characters COPY gives a meaning to', () => {
    expect(copyText('浙江省绍兴市')).toBe('浙江省绍兴市');
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyNullable(null)).toBe('\\N');
    expect(copyNullable('\\N')).toBe('\\\\N');
  });

  it('writes text[] literals, quoting elements that need it', () => {
    expect(copyTextArray(['retiree:read', 'face-auth'])).toBe('{retiree:read,face-auth}');
    expect(copyTextArray(['a b', 'c,d', 'NULL', 'say "hi"'])).toBe('{"a b","c,d","NULL","say \\\\"hi\\\\""}');
  });
});

describe('Random', () => {
  it('repeats itself for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, ((rng) => () => rng.uint32())(new Random(seed)));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('weighted picks follow the weights', () => {
    const rng = new Random(42);
    const table = new WeightedTable([['a', 1], ['b', 3], ['never', 0]] as const);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 20_000; i++) counts[table.pick(rng)]++;
    expect(counts.never).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
  });
});

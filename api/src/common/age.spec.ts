import { describe, expect, it } from 'vitest';
import { ageOn } from './age.js';

describe('age', () => {
  it('counts completed years, turning over on the birthday itself', () => {
    expect(ageOn('1946-11-29', new Date(2026, 10, 28))).toBe(79);
    expect(ageOn('1946-11-29', new Date(2026, 10, 29))).toBe(80);
    expect(ageOn('1946-02-28', new Date(2026, 0, 1))).toBe(79);
  });
});

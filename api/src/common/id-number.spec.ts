import { describe, expect, it } from 'vitest';
import { checkCharacter, makeIdNumber, parseIdNumber } from './id-number.js';

describe('GB 11643 resident ID numbers', () => {
  it('accepts a published example and reads birth date and gender from it', () => {
    // The standard's own worked example: 11010519491231002X (female, born 1949-12-31).
    const parsed = parseIdNumber('11010519491231002X');
    expect(parsed).toEqual({ ok: true, value: '11010519491231002X', facts: { areaCode: '110105', birthDate: '1949-12-31', gender: 'FEMALE' } });
  });

  it('computes the check character with weights mod 11, including X', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('44052418800101001')).toBe('4');
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(parseIdNumber(' 11010519491231002x ').ok).toBe(true);
  });

  it.each([
    ['11010519491231002Y', 'FORMAT'],
    ['1101051949123100', 'FORMAT'],
    ['110105194912310021', 'CHECKSUM'],
    ['110105194902300021', 'BIRTH_DATE'],
    ['110105210001010021', 'BIRTH_DATE'],
  ])('reports %s as %s', (value, problem) => {
    expect(parseIdNumber(value)).toEqual({ ok: false, problem });
  });

  it('builds valid numbers whose sequence parity matches the gender', () => {
    for (let seq = 0; seq < 50; seq++) {
      for (const gender of ['MALE', 'FEMALE'] as const) {
        const value = makeIdNumber('330683', '1956-07-15', seq, gender);
        const parsed = parseIdNumber(value);
        expect(parsed.ok && parsed.facts).toEqual({ areaCode: '330683', birthDate: '1956-07-15', gender });
      }
    }
  });
});

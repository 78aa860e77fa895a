import { describe, expect, it } from 'vitest';
import { makeIdNumber, parseIdNumber } from '../common/id-number.js';
import { Random } from '../seed/random.js';
import { ContinuedIdIssuer, UnknownPersonIdIssuer, mistypeIdNumber } from './id-numbers.js';

describe('mistypeIdNumber', () => {
  it('changes one character so that the checksum, never the birth date, fails', () => {
    const rng = new Random(7);
    for (let i = 0; i < 2_000; i++) {
      const id = makeIdNumber('330683', `19${rng.int(30, 75)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`, rng.int(0, 999), rng.chance(0.5) ? 'MALE' : 'FEMALE');
      const typo = mistypeIdNumber(id, rng);
      expect([...typo].filter((c, k) => c !== id[k])).toHaveLength(1);
      expect(parseIdNumber(typo)).toEqual({ ok: false, problem: 'CHECKSUM' });
    }
  });
});

describe('UnknownPersonIdIssuer', () => {
  it('uses only the sequences neither seed issuer hands out, never twice', () => {
    const issuer = new UnknownPersonIdIssuer();
    const first = issuer.issue('330683', '1950-02-03', 'MALE')!;
    const second = issuer.issue('330683', '1950-02-03', 'MALE')!;
    expect([first.slice(14, 17), second.slice(14, 17)]).toEqual(['001', '501']);
    expect(issuer.issue('330683', '1950-02-03', 'MALE')).toBeNull();
    expect(issuer.issue('330683', '1950-02-03', 'FEMALE')!.slice(14, 17)).toBe('000');
    for (const id of [first, second]) expect(parseIdNumber(id).ok).toBe(true);
  });
});

describe('ContinuedIdIssuer', () => {
  it('refuses a replay that does not match the seed’s issuance', () => {
    const issuer = new ContinuedIdIssuer(new Set(['1966-05-07']));
    expect(() => issuer.replay(makeIdNumber('330683', '1966-05-07', 1, 'MALE'), '1966-05-07', 'MALE')).toThrow(/diverged/);
  });

  it('issues only for birth dates it was told about, so that nothing skips the replay', () => {
    const issuer = new ContinuedIdIssuer(new Set(['1966-05-07']));
    expect(() => issuer.issue(['330683'], '1966-05-08', 'MALE')).toThrow(/not announced/);
    expect(parseIdNumber(issuer.issue(['330683'], '1966-05-07', 'MALE')).ok).toBe(true);
  });
});

/**
 * ID numbers the month needs beyond the seeded ones: new retirees', unknown people's, and the
 * clerks' typos. New numbers are unique by construction, as the seed's are.
 */
import { makeIdNumber, type Gender } from '../common/id-number.js';
import { IdNumberIssuer } from '../seed/identifiers.js';
import type { Random } from '../seed/random.js';

/**
 * Continues the seed's retiree issuer (identifiers.ts): replaying every seeded number of the
 * birth dates the month's new retirees have, in population order, brings the issuer to exactly
 * the state the seed left it in, so the next numbers it issues are slots no seeded retiree holds
 * (and, being the retirees' half of the sequence space, no relative either).
 */
export class ContinuedIdIssuer {
  private readonly issuer = new IdNumberIssuer('LOW');

  constructor(private readonly birthDates: ReadonlySet<string>) {}

  replay(idNumber: string, birthDate: string, gender: Gender): void {
    if (!this.birthDates.has(birthDate)) return;
    const again = this.issuer.issue(idNumber.slice(0, 6), birthDate, gender);
    // The seed's issuance changed: new numbers could collide with seeded ones.
    if (again !== idNumber) throw new Error(`replaying the seed's ID numbers diverged at ${idNumber} (got ${again})`);
  }

  issue(areas: readonly string[], birthDate: string, gender: Gender): string {
    if (!this.birthDates.has(birthDate)) throw new Error(`birth date ${birthDate} was not announced to the issuer`);
    return this.issuer.issueFirstFree(areas, birthDate, gender);
  }
}

/**
 * Numbers for people who are nobody we know: sequences 000/001 and 500/501 are the two pairs
 * neither of the seed's issuers ever hands out (they use 002–499 and 502–999).
 */
export class UnknownPersonIdIssuer {
  private readonly issued = new Set<string>();

  issue(areaCode: string, birthDate: string, gender: Gender): string | null {
    for (const base of [0, 500]) {
      const id = makeIdNumber(areaCode, birthDate, base + (gender === 'MALE' ? 1 : 0), gender);
      if (!this.issued.has(id)) {
        this.issued.add(id);
        return id;
      }
    }
    return null;
  }
}

/** Digits a clerk may mistype without touching the birth date (so the checksum, not the date, fails). */
const TYPO_POSITIONS = [2, 3, 4, 5, 14, 15, 16, 17];
const CHECK_CHARACTERS = '0123456789X';

/**
 * One character changed. Every weight of GB 11643 is non-zero modulo 11 (a prime), so changing
 * any single one of the first 17 digits always breaks the check character, as does changing it.
 */
export function mistypeIdNumber(idNumber: string, rng: Random): string {
  const position = rng.pick(TYPO_POSITIONS);
  const alphabet = position === 17 ? CHECK_CHARACTERS : CHECK_CHARACTERS.slice(0, 10);
  const choices = [...alphabet].filter((c) => c !== idNumber[position]);
  return idNumber.slice(0, position) + rng.pick(choices) + idNumber.slice(position + 1);
}

/**
 * Identifiers of the synthetic city that must be unique: resident ID numbers, phones, bank
 * accounts, citizen cards. Uniqueness comes by construction (counters and bijections), never by
 * retrying random draws, so generation stays linear and deterministic.
 */
import { makeIdNumber, type Gender } from '../common/id-number.js';
import { hashString } from './random.js';

/** Usable slots per (area, birth date, sex) in one half of the 3-digit sequence space. */
const SLOTS = 249;
/** Coprime to SLOTS (249 = 3 × 83), so `start + STEP·k mod SLOTS` visits every slot once. */
const STEP = 7;

/**
 * Issues GB 11643 numbers. Each issuer owns one half of the sequence space (retirees 002–499,
 * family members 502–999), so the two populations can never collide, and counts per
 * (area, birth date, sex) so that no number is issued twice. Slots start at a hash of the key,
 * making sequences look scattered like real ones rather than 001, 003, 005…
 */
export class IdNumberIssuer {
  private readonly issued = new Map<string, number>();

  constructor(private readonly half: 'LOW' | 'HIGH') {}

  /** A fresh number, or null when all 249 slots of this (area, date, sex) are taken. */
  issue(areaCode: string, birthDate: string, gender: Gender): string | null {
    const key = areaCode + birthDate + gender;
    const count = this.issued.get(key) ?? 0;
    if (count >= SLOTS) return null;
    this.issued.set(key, count + 1);
    const slot = 1 + ((hashString(key) + STEP * count) % SLOTS);
    const sequence = (this.half === 'LOW' ? 0 : 500) + 2 * slot + (gender === 'MALE' ? 1 : 0);
    return makeIdNumber(areaCode, birthDate, sequence, gender);
  }

  /** Tries the areas in order; the last resort is guaranteed to have room in practice (249 per day). */
  issueFirstFree(areaCodes: readonly string[], birthDate: string, gender: Gender): string {
    for (const area of areaCodes) {
      const id = this.issue(area, birthDate, gender);
      if (id) return id;
    }
    throw new Error(`no free ID number sequence for ${birthDate} ${gender} in ${areaCodes.join(', ')}`);
  }
}

/**
 * A bijection on [0, 10^digits): n ↦ (n·multiplier + offset) mod 10^digits. With a multiplier
 * coprime to 10, distinct inputs give distinct outputs, which look random enough for synthetic
 * phone, card and account numbers.
 */
export function scramble(n: number, digits: number, multiplier: number, offset: number): string {
  const raw = n * multiplier + offset;
  if (!Number.isSafeInteger(raw)) throw new Error(`scramble overflow for n=${n}`);
  return String(raw % 10 ** digits).padStart(digits, '0');
}

/** Luhn check digit, as bank cards carry. */
export function luhnDigit(payload: string): string {
  let sum = 0;
  for (let i = payload.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = payload.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Disjoint input ranges for the phone bijection: retirees, family members. */
export const PHONE_BLOCK = { RETIREE: 0, FAMILY: 20_000_000 } as const;

export function mobileNumber(prefix: string, serial: number): string {
  return prefix + scramble(serial, 8, 48_271, 13_579_246);
}

/** 19 digits: bank prefix (6) + branch (3) + serial (9) + Luhn check digit. */
export function bankAccountNumber(prefix: string, branch: string, serial: number): string {
  const payload = prefix + branch + scramble(serial, 9, 69_069, 271_828_182);
  return payload + luhnDigit(payload);
}

/** 市民卡 number: a letter and 8 digits. */
export function citizenCardNumber(serial: number): string {
  return 'A' + scramble(serial, 8, 16_807, 31_415_926);
}

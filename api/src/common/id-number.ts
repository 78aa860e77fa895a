/**
 * Chinese resident identity numbers (GB 11643-1999): 6-digit area code, 8-digit birth date,
 * 3-digit sequence (odd = male, even = female) and a check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type Gender = 'MALE' | 'FEMALE';

export interface IdNumberFacts {
  areaCode: string;
  birthDate: string; // YYYY-MM-DD
  gender: Gender;
}

export type IdNumberProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECKSUM';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Returns the facts encoded in a valid number, or the first problem found. Lower-case `x` is accepted. */
export function parseIdNumber(raw: string): { ok: true; value: string; facts: IdNumberFacts } | { ok: false; problem: IdNumberProblem } {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'FORMAT' };
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const validDate = y >= 1880 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && date.getTime() <= Date.now();
  if (!validDate) return { ok: false, problem: 'BIRTH_DATE' };
  if (checkCharacter(value.slice(0, 17)) !== value[17]) return { ok: false, problem: 'CHECKSUM' };
  return {
    ok: true,
    value,
    facts: {
      areaCode: value.slice(0, 6),
      birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
      gender: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    },
  };
}

export const ID_NUMBER_PROBLEM_MESSAGES: Record<IdNumberProblem, string> = {
  FORMAT: '身份证号码格式不正确：应为18位，前17位为数字，最后一位为数字或X',
  BIRTH_DATE: '身份证号码中的出生日期无效',
  CHECKSUM: '身份证号码校验位错误，请核对后重新输入',
};

/** Builds a valid number from its parts; used by the synthetic city and by tests. */
export function makeIdNumber(areaCode: string, birthDate: string, sequence: number, gender: Gender): string {
  let seq = sequence % 1000;
  if ((seq % 2 === 1) !== (gender === 'MALE')) seq = (seq + 1) % 1000;
  const first17 = `${areaCode}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

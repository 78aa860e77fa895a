// Chinese resident ID (GB 11643-1999): 17 digits and a check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** What people type or paste: spaces, full-width digits from Chinese keyboards, a small x. */
export function normalizeIdNumber(raw: string): string {
  return raw
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[xＸｘ]/g, 'X')
    .replace(/[^0-9X]/g, '');
}

export function idNumberCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return CHECK_CHARS[sum % 11]!;
}

/** A friendly message for what is wrong, or null when the number is well-formed. */
export function idNumberProblem(value: string): string | null {
  if (!value) return '请输入您的身份证号。';
  if (value.length !== 18) return `身份证号应该是 18 位，您现在输入了 ${value.length} 位，请对照身份证核对。`;
  if (!/^\d{17}[\dX]$/.test(value)) return '身份证号的前 17 位都是数字，只有最后一位可能是 X，请核对。';
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return '这个身份证号好像有一位输错了，请对照身份证一位一位再核对一遍。';
  return null;
}

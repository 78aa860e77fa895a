/**
 * Reading one cell of a feed, whatever produced it: a GraphQL string or number, a CSV string, or
 * an XLSX cell (numbers, dates, rich text). Each reader returns the clean value or a problem
 * message; the feed rules turn problems into row errors.
 */
import { isIsoDay } from '../../common/working-days.js';

export type CellValue = string | number | boolean | Date | null | undefined | { text?: string; richText?: { text: string }[]; result?: unknown };

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** Trimmed text, or null when the cell is empty. Full-width spaces count as spaces (Chinese exports have them). */
export function cellText(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  let text: string;
  if (value instanceof Date) text = isoFromDate(value);
  else if (typeof value === 'object') {
    if (Array.isArray(value.richText)) text = value.richText.map((r) => r.text).join('');
    else if (typeof value.text === 'string') text = value.text;
    else if (value.result !== undefined && value.result !== null) text = String(value.result);
    else return null;
  } else text = String(value);
  const trimmed = text.replace(/\u3000/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

function isoFromDate(d: Date): string {
  // Spreadsheet dates carry no zone: exceljs gives them as UTC midnight.
  return d.toISOString().slice(0, 10);
}

/** `2026-11-03`, `2026/11/3`, `2026.11.03`, `20261103` or a spreadsheet date. */
export function readDate(value: CellValue): Read<string> {
  const text = cellText(value);
  if (!text) return { ok: false, message: '日期不能为空' };
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) m = /^(\d{4})-(\d{2})-(\d{2})T/.exec(text);
  if (!m) return { ok: false, message: `日期「${text.slice(0, 20)}」格式不正确，应为 YYYY-MM-DD` };
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  if (!isIsoDay(iso)) return { ok: false, message: `日期「${text.slice(0, 20)}」不存在` };
  return { ok: true, value: iso };
}

/** `2026-11`, `202611`, `2026/11`, `2026年11月` or a spreadsheet date (its month). */
export function readPeriod(value: CellValue): Read<string> {
  if (value instanceof Date) return { ok: true, value: isoFromDate(value).slice(0, 7) };
  const text = cellText(value);
  if (!text) return { ok: false, message: '发放期间不能为空' };
  const m = /^(\d{4})[-/.年]?(\d{1,2})月?$/.exec(text);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return { ok: false, message: `发放期间「${text.slice(0, 20)}」格式不正确，应为 YYYY-MM` };
  return { ok: true, value: `${m[1]}-${String(month).padStart(2, '0')}` };
}

/** Yuan with at most two decimals (`3125.4`, `3,125.40`) to integer fen; the sign is kept for the caller to judge. */
export function readYuan(value: CellValue): Read<number> {
  if (typeof value === 'number') {
    const fen = Math.round(value * 100);
    return Math.abs(fen - value * 100) < 1e-6 && Number.isSafeInteger(fen) ? { ok: true, value: fen } : { ok: false, message: `金额「${value}」最多两位小数` };
  }
  const text = cellText(value)?.replace(/[,，¥￥元]/g, '');
  if (!text) return { ok: false, message: '金额不能为空' };
  const m = /^(-?)(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return { ok: false, message: `金额「${text.slice(0, 20)}」格式不正确，应为元，最多两位小数` };
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return { ok: true, value: m[1] ? -fen : fen };
}

/** Integer fen from a GraphQL input (already a number). */
export function readFen(value: CellValue): Read<number> {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { ok: true, value };
  return { ok: false, message: '金额应为整数（分）' };
}

import { ID_NUMBER_PROBLEM_MESSAGES, parseIdNumber, type IdNumberFacts } from '../../../common/id-number.js';
import { maskIdNumber } from '../../../common/masking.js';
import { cellText, readDate, readFen, readPeriod, readYuan } from '../cell-values.js';
import type { NormalizeContext, RowIssue, SourceRecord } from './feed-handler.js';

/** Checks the cells of one row, collecting every problem rather than stopping at the first. */
export class RowChecker {
  readonly issues: RowIssue[] = [];

  constructor(
    private readonly record: SourceRecord,
    private readonly ctx: NormalizeContext,
  ) {}

  get failed(): boolean {
    return this.issues.some((i) => !i.warning);
  }

  fail(field: string | null, code: string, message: string, value: string | null = null): void {
    this.issues.push({ rowNo: this.record.rowNo, field, code, message, value: value?.slice(0, 300) ?? null });
  }

  warn(field: string | null, code: string, message: string, value: string | null = null): void {
    this.issues.push({ rowNo: this.record.rowNo, field, code, message, value: value?.slice(0, 300) ?? null, warning: true });
  }

  text(field: string, label: string, options: { required?: boolean; max: number }): string | null {
    const value = cellText(this.record.values[field]);
    if (!value) {
      if (options.required) this.fail(field, 'REQUIRED', `${label}不能为空`);
      return null;
    }
    if (value.length > options.max) {
      this.fail(field, 'TOO_LONG', `${label}不能超过 ${options.max} 个字`, value);
      return null;
    }
    return value;
  }

  /** A valid resident ID number, or null (with a BAD error unless `lenient`, which only warns). */
  idNumber(field: string, options: { required: boolean; lenient?: boolean }): { value: string; facts: IdNumberFacts } | { value: string | null; facts: null } {
    const raw = this.record.values[field];
    if (typeof raw === 'number') {
      // Excel turned the number into a float and lost its last digits: nothing can be trusted.
      this.fail(field, 'INVALID_ID_NUMBER', '身份证号码被表格存成了数字，末几位已丢失：请把该列设为文本格式后重新导出', String(raw));
      return { value: null, facts: null };
    }
    const text = cellText(raw)?.toUpperCase() ?? null;
    if (!text) {
      if (options.required) this.fail(field, 'REQUIRED', '身份证号码不能为空');
      return { value: null, facts: null };
    }
    const parsed = parseIdNumber(text);
    if (parsed.ok) return { value: parsed.value, facts: parsed.facts };
    const shown = maskIdNumber(text) ?? text;
    if (options.lenient) this.warn(field, 'INVALID_ID_NUMBER', `${ID_NUMBER_PROBLEM_MESSAGES[parsed.problem]}；已转人工核对`, shown);
    else this.fail(field, 'INVALID_ID_NUMBER', ID_NUMBER_PROBLEM_MESSAGES[parsed.problem], shown);
    return { value: text.length <= 18 ? text : null, facts: null };
  }

  /** A real date, not after today. */
  date(field: string, label: string, options: { required: boolean }): string | null {
    const raw = this.record.values[field];
    if (!cellText(raw)) {
      if (options.required) this.fail(field, 'REQUIRED', `${label}不能为空`);
      return null;
    }
    const read = readDate(raw);
    if (!read.ok) {
      this.fail(field, 'INVALID_DATE', `${label}：${read.message}`, cellText(raw));
      return null;
    }
    if (read.value > this.ctx.today) {
      this.fail(field, 'FUTURE_DATE', `${label}（${read.value}）晚于今天`, read.value);
      return null;
    }
    return read.value;
  }

  /** A payment period that has begun and is not absurdly old. */
  period(field: string): string | null {
    const raw = this.record.values[field];
    const read = readPeriod(raw);
    if (!read.ok) {
      this.fail(field, cellText(raw) ? 'INVALID_PERIOD' : 'REQUIRED', read.message, cellText(raw));
      return null;
    }
    if (read.value > this.ctx.today.slice(0, 7) || read.value < '1990-01') {
      this.fail(field, 'UNKNOWN_PERIOD', `发放期间 ${read.value} 不是可发放的期间（应在 1990-01 至本月之间）`, read.value);
      return null;
    }
    return read.value;
  }

  /** A non-negative amount in fen. */
  money(field: string, label: string): number | null {
    const raw = this.record.values[field];
    const read = this.ctx.money === 'FEN' ? readFen(raw) : readYuan(raw);
    if (!read.ok) {
      this.fail(field, cellText(raw) ? 'INVALID_AMOUNT' : 'REQUIRED', `${label}：${read.message}`, cellText(raw));
      return null;
    }
    if (read.value < 0) {
      this.fail(field, 'NEGATIVE_AMOUNT', `${label}不能为负数`, cellText(raw));
      return null;
    }
    if (read.value > 10_000_000) {
      this.fail(field, 'INVALID_AMOUNT', `${label}超过 10 万元，请核对单位（文件为元，接口为分）`, cellText(raw));
      return null;
    }
    return read.value;
  }
}

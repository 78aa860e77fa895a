import type { CaseItemKind, CaseItemStatus, CaseStatus, Department } from '../../gql/graphql';
import type { TagColor } from '../../shared/format';

/** 身后一件事办理状态 */
export const CASE_STATUS: Record<CaseStatus, { label: string; color: TagColor }> = {
  OPEN: { label: '办理中', color: 'processing' },
  CLOSED: { label: '已办结', color: 'success' },
};
export const CASE_STATUS_OPTIONS = (Object.keys(CASE_STATUS) as CaseStatus[]).map((value) => ({ value, label: CASE_STATUS[value].label }));

/** The five items, in the order the API lists them. */
export const CASE_ITEM_KIND: Record<CaseItemKind, string> = {
  HOUSEHOLD_DEREGISTRATION: '户口注销',
  CREMATION_CERTIFICATE: '火化证明',
  FUNERAL_AND_SURVIVOR: '丧葬补助金和抚恤金',
  PENSION_ACCOUNT_REFUND: '养老保险个人账户余额退还',
  MEDICAL_ACCOUNT_REFUND: '医疗保险个人账户余额退还',
};

/** 责任部门 */
export const DEPARTMENT: Record<Department, string> = {
  POLICE: '公安局',
  SOCIAL_SECURITY: '人力社保局',
  MEDICAL_INSURANCE: '医疗保障局',
  CIVIL_AFFAIRS: '民政局',
};

/** 事项状态: the tag says 办理中; `long` is the full wording (SENT: handed to the department, awaiting its answer). */
export const CASE_ITEM_STATUS: Record<CaseItemStatus, { label: string; long: string; color: TagColor }> = {
  SENT: { label: '办理中', long: '已推送部门办理中', color: 'processing' },
  DONE: { label: '已办结', long: '已办结', color: 'success' },
  NOT_APPLICABLE: { label: '不适用', long: '不适用', color: 'default' },
};

/** Items whose amount is the deceased's account balance, reported by the department when done. */
export const BALANCE_KINDS: ReadonlySet<CaseItemKind> = new Set<CaseItemKind>(['PENSION_ACCOUNT_REFUND', 'MEDICAL_ACCOUNT_REFUND']);

/**
 * How far the case is: items settled (done, or not applicable) of all. The case closes when no
 * item is still with its department, so a 不适用 item counts as settled.
 */
export function caseProgress(items: readonly { status: CaseItemStatus }[]): { settled: number; total: number; notApplicable: number } {
  return {
    settled: items.filter((i) => i.status !== 'SENT').length,
    total: items.length,
    notApplicable: items.filter((i) => i.status === 'NOT_APPLICABLE').length,
  };
}

/**
 * The timeline's word when no relative could be texted ("…请社区联系家属"): the API writes it
 * there and leaves the notification fields empty.
 */
export function unnotifiedMessage(timeline: readonly { text: string }[]): string | undefined {
  return timeline.find((e) => e.text.includes('联系家属'))?.text;
}

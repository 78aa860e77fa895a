import type { SuspensionReason, SuspensionStatus } from '../../gql/graphql';
import type { TagColor } from '../../shared/format';

/** 暂停发放处理状态 */
export const SUSPENSION_STATUS: Record<SuspensionStatus, { label: string; color: TagColor }> = {
  PROPOSED: { label: '拟暂停', color: 'warning' },
  SUSPENDED: { label: '已暂停', color: 'error' },
  RESTORED: { label: '已恢复发放', color: 'success' },
  WITHDRAWN: { label: '未暂停', color: 'default' },
};

/** The list's choices: one status, or all of them (`ALL`); without one in the URL, those waiting for a decision. */
export const ALL_STATUSES = 'ALL';
export const SUSPENSION_STATUS_OPTIONS = [
  ...(['PROPOSED', 'SUSPENDED', 'RESTORED', 'WITHDRAWN'] as const).map((value) => ({ value, label: SUSPENSION_STATUS[value].label })),
  { value: ALL_STATUSES, label: '全部' },
];

/** 暂停原因 */
export const SUSPENSION_REASON: Record<SuspensionReason, string> = {
  CERTIFICATION_LAPSED: '生存认证过期',
};

/** A decision the API lets the caller take now (`PaymentSuspension.allowedActions`). */
export type SuspensionAction = 'SUSPEND' | 'WITHDRAW';

/** What confirming does, in a sentence: payment stops from the month after the decision (today, in Shanghai). */
export function suspendEffect(name: string, fromPeriod: string): string {
  return `确认后，${name} 自 ${fromPeriod} 起暂停发放；本人完成认证后自动恢复并补发`;
}

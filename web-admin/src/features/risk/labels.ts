import type { RiskAlertKind, RiskAlertStatus } from '../../gql/graphql';
import { monthAfter, type TagColor } from '../../shared/format';

/** 基金风险预警类型. `event` names the date the shared data gives (death, admission), where there is one. */
export const RISK_KIND: Record<RiskAlertKind, { label: string; color: string; event?: string }> = {
  DECEASED_PAID: { label: '已故仍在发放', color: 'red', event: '死亡日期' },
  IMPRISONED_PAID: { label: '服刑期间仍在发放', color: 'volcano', event: '收监日期' },
  AMOUNT_JUMP: { label: '发放金额突变', color: 'orange' },
  SHARED_ACCOUNT: { label: '发往他人账户', color: 'purple' },
  UNCERTIFIED_ELDERLY: { label: '高龄未认证仍在发放', color: 'magenta', event: '认证到期日' },
};

export const RISK_KINDS = Object.keys(RISK_KIND) as RiskAlertKind[];
export const RISK_KIND_OPTIONS = RISK_KINDS.map((value) => ({ value, label: RISK_KIND[value].label }));

/** 预警处理状态 */
export const RISK_STATUS: Record<RiskAlertStatus, { label: string; color: TagColor }> = {
  OPEN: { label: '待核实', color: 'warning' },
  CONFIRMED: { label: '已确认待追回', color: 'error' },
  RECOVERED: { label: '已追回', color: 'success' },
  RESOLVED: { label: '已办结', color: 'success' },
  DISMISSED: { label: '已排除', color: 'default' },
};

export const RISK_STATUS_OPTIONS = (Object.keys(RISK_STATUS) as RiskAlertStatus[]).map((value) => ({ value, label: RISK_STATUS[value].label }));

/** What confirming changes in the person's payment status, by kind (the others change none). */
const STATUS_ON_CONFIRM: Partial<Record<RiskAlertKind, { status: string; becomes: string }>> = {
  DECEASED_PAID: { status: 'DECEASED', becomes: '标记为已故' },
  IMPRISONED_PAID: { status: 'SUSPENDED', becomes: '暂停发放' },
};

/**
 * What confirming will do, in a sentence: "确认后，张三将标记为已故，自 2026-10 起停发。"
 * A person already deceased (or already suspended, for prison) keeps their status.
 */
export function confirmEffect(alert: { kind: RiskAlertKind; eventDate?: string | null; retiree?: { name: string; status: string } | null }): string {
  const name = alert.retiree?.name ?? '该人员';
  const change = STATUS_ON_CONFIRM[alert.kind];
  if (!change) return `确认后，${name}的待遇状态不变，多发的金额记为应追回。`;
  const stop = alert.eventDate ? `，自 ${monthAfter(alert.eventDate)} 起停发` : '';
  const status = alert.retiree?.status;
  if (status === change.status || status === 'DECEASED') return `确认后，${name}的待遇状态保持不变${stop}，多发的金额记为应追回。`;
  return `确认后，${name}将${change.becomes}${stop}。`;
}

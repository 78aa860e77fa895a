/** Chinese labels of the work-task enums, and the colours their tags use. */

export const TASK_TYPE: Record<string, string> = {
  VISIT: '走访慰问',
  CERTIFICATION_VISIT: '认证走访',
  DATA_CHECK: '数据核查',
  RISK_VERIFICATION: '风险核查',
  NEW_RETIREE: '新退休人员报到',
  INFO_DISPUTE: '信息异议处理',
  COMMUNITY_TRANSFER: '社区转移',
  GENERAL: '其他工作',
};
/** Types staff assign by hand; the others are opened by the system from their source records. */
export const ASSIGNABLE_TASK_TYPES = ['VISIT', 'CERTIFICATION_VISIT', 'DATA_CHECK', 'RISK_VERIFICATION', 'GENERAL'] as const;
export const TASK_TYPE_OPTIONS = ASSIGNABLE_TASK_TYPES.map((value) => ({ value, label: TASK_TYPE[value]! }));

export const TASK_STATUS: Record<string, { label: string; color: string }> = {
  ASSIGNED: { label: '待签领', color: 'warning' },
  SIGNED: { label: '办理中', color: 'processing' },
  RETURNED: { label: '已退回', color: 'error' },
  DONE: { label: '已办结', color: 'success' },
  EVALUATED: { label: '已评价', color: 'cyan' },
  CANCELLED: { label: '已撤销', color: 'default' },
};

export const TASK_PRIORITY: Record<string, { label: string; color: string }> = {
  LOW: { label: '一般', color: 'default' },
  NORMAL: { label: '普通', color: 'blue' },
  HIGH: { label: '重要', color: 'orange' },
  URGENT: { label: '紧急', color: 'red' },
};
export const TASK_PRIORITY_OPTIONS = ['NORMAL', 'HIGH', 'URGENT', 'LOW'].map((value) => ({ value, label: TASK_PRIORITY[value]!.label }));

export const TASK_OUTCOME: Record<string, string> = {
  COMPLETED: '已完成',
  PARTIAL: '部分完成',
  UNABLE: '无法完成',
};
export const TASK_OUTCOME_OPTIONS = ['COMPLETED', 'PARTIAL', 'UNABLE'].map((value) => ({ value, label: TASK_OUTCOME[value]! }));

export const TASK_EVENT_KIND: Record<string, { label: string; color: string }> = {
  ASSIGNED: { label: '派发', color: 'blue' },
  SIGNED: { label: '签领', color: 'blue' },
  COMPLETED: { label: '办结反馈', color: 'green' },
  RETURNED: { label: '退回重办', color: 'red' },
  EVALUATED: { label: '评价', color: 'green' },
  CANCELLED: { label: '撤销', color: 'gray' },
};

/** The inbox tabs, in order, and the `taskInboxCounts` field each badge shows. */
export const INBOX_TABS = [
  { box: 'TO_SIGN', label: '待签领', count: 'toSign' },
  { box: 'IN_PROGRESS', label: '办理中', count: 'inProgress' },
  { box: 'OVERDUE', label: '已逾期', count: 'overdue' },
  { box: 'TO_EVALUATE', label: '待评价', count: 'toEvaluate' },
] as const;

import type { TagColor } from '../../shared/format';

/** 异议处理状态 */
export const DISPUTE_STATUS: Record<string, { label: string; color: TagColor }> = {
  OPEN: { label: '待处理', color: 'warning' },
  CORRECTED: { label: '已更正', color: 'success' },
  EXPLAINED: { label: '已说明', color: 'processing' },
};

/** 信息确认状态 */
export const CONFIRMATION_STATUS: Record<string, { label: string; color: TagColor }> = {
  PENDING: { label: '待确认', color: 'warning' },
  CONFIRMED: { label: '已确认无误', color: 'success' },
  DISPUTED: { label: '有异议待处理', color: 'error' },
  RESOLVED: { label: '异议已处理', color: 'processing' },
};

export const NOTIFICATION_KIND_LABEL: Record<string, string> = {
  GENERAL: '通知',
  INFO_CONFIRMATION_REQUEST: '信息确认',
  INFO_DISPUTE_RECEIVED: '异议已受理',
  INFO_DISPUTE_RESOLVED: '异议处理结果',
  PAYMENT_ARRIVED: '养老金到账',
  COMMUNITY_TRANSFER: '社区转移',
  WELCOME: '欢迎纳入社区管理',
  CERTIFICATION_DUE: '生存认证到期提醒',
  PAYMENT_SUSPENDED: '暂停发放通知',
  PAYMENT_RESTORED: '恢复发放通知',
};

export const SMS_STATUS: Record<string, { label: string; color: TagColor }> = {
  NONE: { label: '仅站内消息', color: 'default' },
  PENDING: { label: '短信待发送', color: 'processing' },
  SENT: { label: '短信已发送', color: 'success' },
  SKIPPED: { label: '短信未发送', color: 'warning' },
};

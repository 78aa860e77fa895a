import type { TagColor } from '../../shared/format';

/** 社区转移状态 */
export const TRANSFER_STATUS: Record<string, { label: string; color: TagColor }> = {
  PENDING_ORIGIN: { label: '待转出社区审核', color: 'warning' },
  PENDING_TARGET: { label: '待转入社区接收', color: 'processing' },
  COMPLETED: { label: '已完成', color: 'success' },
  REJECTED_BY_ORIGIN: { label: '转出社区不同意', color: 'error' },
  REJECTED_BY_TARGET: { label: '转入社区不接收', color: 'error' },
  CANCELLED: { label: '已撤销', color: 'default' },
};

/** Statuses in which the transfer is still being handled (one such transfer per retiree at a time). */
export const OPEN_TRANSFER_STATUSES: readonly string[] = ['PENDING_ORIGIN', 'PENDING_TARGET'];

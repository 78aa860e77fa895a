import type { CertificationMethod, CertificationStatus } from '../../gql/graphql';
import type { TagColor } from '../../shared/format';

/** 认证状态 of an ACTIVE (正常发放) retiree. */
export const CERT_STATUS: Record<CertificationStatus, { label: string; color: TagColor }> = {
  VALID: { label: '有效', color: 'success' },
  DUE_SOON: { label: '3个月内到期', color: 'warning' },
  EXPIRED: { label: '已过期', color: 'error' },
  NEVER: { label: '从未认证', color: 'default' },
  BLOCKED: { label: '不能无感认证', color: 'error' },
};

/** The statuses in the order the page shows them. */
export const CERT_STATUSES: CertificationStatus[] = ['VALID', 'DUE_SOON', 'EXPIRED', 'NEVER', 'BLOCKED'];
export const CERT_STATUS_OPTIONS = CERT_STATUSES.map((value) => ({ value, label: CERT_STATUS[value].label }));

/** 认证方式 */
export const CERT_METHOD: Record<CertificationMethod, string> = {
  PASSIVE: '无感认证',
  FACE: '刷脸认证',
  VISIT: '上门认证',
};
export const CERT_METHODS: CertificationMethod[] = ['PASSIVE', 'FACE', 'VISIT'];
export const CERT_METHOD_OPTIONS = CERT_METHODS.map((value) => ({ value, label: CERT_METHOD[value] }));

/** The figures of a summary or an area row by status (`VALID` → `valid`…), and by method among the valid ones. */
export const STATUS_FIELD = { VALID: 'valid', DUE_SOON: 'dueSoon', EXPIRED: 'expired', NEVER: 'never', BLOCKED: 'blocked' } as const satisfies Record<CertificationStatus, string>;
export const METHOD_FIELD = { PASSIVE: 'passive', FACE: 'face', VISIT: 'visit' } as const satisfies Record<CertificationMethod, string>;

/** A score of the face check or the passive certification (0–1): two decimals. */
export function formatScore(score: number | null | undefined): string {
  return score == null ? '—' : score.toFixed(2);
}

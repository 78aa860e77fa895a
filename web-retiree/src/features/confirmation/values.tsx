import type { ReactNode } from 'react';
import type { ConfirmableField, DisputeStatus } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { Masked } from '../../shared/Masked';

const DATE_FIELDS = new Set<ConfirmableField>(['BIRTH_DATE', 'RETIREMENT_DATE']);

/** A value as the API sent it (already masked where sensitive), written for people; null when empty. */
export function displayValue(field: ConfirmableField, value: string | null | undefined): ReactNode {
  if (!value) return null;
  if (DATE_FIELDS.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return value.includes('*') ? <Masked value={value} /> : value;
}

/** What happened to a dispute, in plain words. */
export const DISPUTE_STATUS_TEXT: Record<DisputeStatus, string> = {
  OPEN: '社区正在处理',
  CORRECTED: '已更正',
  EXPLAINED: '社区的说明',
};

/** "联系电话、常住地址" */
export const joinLabels = (labels: string[]) => labels.join('、');

import type { AuditAction, AuditLogFilter, SensitiveField } from '../../gql/graphql';
import { shanghaiDayEnd, shanghaiDayStart } from '../../shared/format';
import { keptListParams } from '../../shared/pagination';

/** The audit log's filters as the URL keeps them. Dates are Shanghai calendar days. */
export interface AuditSearch {
  action?: AuditAction;
  field?: SensitiveField;
  actorName?: string;
  from?: string;
  to?: string;
  retireeId?: string;
}

const ACTIONS: readonly string[] = ['REVEAL', 'EXPORT'];
const FIELDS: readonly string[] = ['ID_NUMBER', 'BANK_ACCOUNT', 'PHONE'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditSearch(params: URLSearchParams): AuditSearch {
  const s: AuditSearch = {};
  const action = params.get('action');
  if (action && ACTIONS.includes(action)) s.action = action as AuditAction;
  const field = params.get('field');
  if (field && FIELDS.includes(field)) s.field = field as SensitiveField;
  const actor = params.get('actor')?.trim();
  if (actor) s.actorName = actor;
  const from = params.get('from');
  if (from && DATE.test(from)) s.from = from;
  const to = params.get('to');
  if (to && DATE.test(to)) s.to = to;
  const retiree = params.get('retiree');
  if (retiree && /^\d+$/.test(retiree)) s.retireeId = retiree;
  return s;
}

export function writeAuditSearch(s: AuditSearch, current: URLSearchParams): URLSearchParams {
  const out = keptListParams(current);
  if (s.action) out.set('action', s.action);
  if (s.field) out.set('field', s.field);
  if (s.actorName) out.set('actor', s.actorName);
  if (s.from) out.set('from', s.from);
  if (s.to) out.set('to', s.to);
  if (s.retireeId) out.set('retiree', s.retireeId);
  return out;
}

export function toAuditFilter(s: AuditSearch): AuditLogFilter {
  const f: AuditLogFilter = {};
  if (s.action) f.action = s.action;
  if (s.field) f.field = s.field;
  if (s.actorName) f.actorName = s.actorName;
  if (s.from) f.from = shanghaiDayStart(s.from);
  if (s.to) f.to = shanghaiDayEnd(s.to);
  if (s.retireeId) f.retireeId = s.retireeId;
  return f;
}

import type { RequestContext } from '../../context.js';
import type { Actor } from '../../common/actor.js';
import { badInput } from '../../common/errors.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { escapeLike } from '../../common/like.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import type { FilterQuery } from '@mikro-orm/core';
import { ActorKind, AuditAction, AuditLog, SensitiveField } from './audit-log.entity.js';

export interface AuditTarget {
  retireeId: number;
  retireeName: string;
  orgPath: string;
}

export interface AuditLogFilter {
  /** Area of the data accessed (a unit and everything under it), within the actor's own area. */
  orgUnitId?: string;
  action?: AuditAction;
  field?: SensitiveField;
  retireeId?: string;
  actorName?: string;
  from?: Date;
  to?: Date;
}

export const MIN_REASON_LENGTH = 4;

/** Reasons are read by inspectors later: a bare "看看" is not a reason. */
export function validReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < MIN_REASON_LENGTH) throw badInput('reason', `请填写查看事由（不少于 ${MIN_REASON_LENGTH} 个字）`);
  if (trimmed.length > 500) throw badInput('reason', '查看事由不能超过 500 个字');
  return trimmed;
}

function actorFields(ctx: RequestContext, actor: Actor) {
  switch (actor.kind) {
    case 'STAFF':
      return { actorKind: ActorKind.STAFF, actorId: String(actor.staffId), actorRole: actor.role, actorOrgId: actor.orgUnitId, actorOrgName: ctx.platform.orgs.get(actor.orgUnitId)?.name ?? null };
    case 'CLIENT':
      return { actorKind: ActorKind.CLIENT, actorId: actor.clientId, actorRole: null, actorOrgId: null, actorOrgName: null };
    case 'RETIREE':
      return { actorKind: ActorKind.RETIREE, actorId: String(actor.retireeId), actorRole: null, actorOrgId: null, actorOrgName: null };
  }
}

export const auditService = {
  /** Appends one audit row in the request's transaction: the reveal and its record commit together or not at all. */
  record(ctx: RequestContext, actor: Actor, action: AuditAction, target: AuditTarget, field: SensitiveField | null, reason: string): AuditLog {
    const entry = ctx.em.create(AuditLog, {
      at: new Date(),
      ...actorFields(ctx, actor),
      actorName: actor.displayName,
      action,
      field,
      retireeId: target.retireeId,
      retireeName: target.retireeName,
      orgPath: target.orgPath,
      reason,
      requestId: ctx.requestId,
    });
    ctx.em.persist(entry);
    return entry;
  },

  async list(ctx: RequestContext, filter: AuditLogFilter = {}, limit?: number | null, after?: string | null) {
    const size = pageSize(limit);
    const cursor = decodeCursor(after);
    const where: FilterQuery<AuditLog> = {};
    if (filter.orgUnitId) where.orgPath = { $like: `${unitInActorArea(ctx, filter.orgUnitId).path}%` };
    if (filter.action) where.action = filter.action;
    if (filter.field) where.field = filter.field;
    if (filter.retireeId) where.retireeId = Number(filter.retireeId);
    if (filter.actorName) where.actorName = { $like: `${escapeLike(filter.actorName.trim())}%` };
    if (filter.from || filter.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    const rows = await ctx.em.find(AuditLog, cursor ? { ...where, id: { $lt: cursor } } : where, { orderBy: { id: 'desc' }, limit: size + 1 });
    const total = await ctx.em.count(AuditLog, where);
    return { ...toPage(rows, size, (r) => r.id), total };
  },
};

import type { RequestContext } from '../../context.js';
import { badInput, forbidden } from '../../common/errors.js';
import type { OrgNode } from './org-directory.js';

/**
 * The unit a request is about: `orgUnitId` when given (it must lie in the actor's area), else the
 * actor's own unit. Retirees and callers without an area are refused.
 */
export function unitInActorArea(ctx: RequestContext, orgUnitId?: string | number | null, field = 'orgUnitId'): OrgNode {
  const scope = ctx.actor?.scope;
  if (!scope || scope.kind === 'NONE' || scope.kind === 'SELF') throw forbidden();
  const unit = ctx.platform.orgs.get(Number(orgUnitId ?? scope.orgUnitId));
  if (!unit) throw badInput(field, '所选区域不存在');
  if (!unit.path.startsWith(scope.path)) throw forbidden('所选区域不在您的管辖范围内');
  return unit;
}

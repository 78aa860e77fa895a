import type { Actor } from '../../common/actor.js';
import type { RequestContext } from '../../context.js';
import { ActorKind } from '../audit/audit-log.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import type { Viewer } from './auth.types.js';

/** Describes the actor for `me` and the login payload. */
export async function viewerOf(ctx: RequestContext, actor: Actor): Promise<Viewer> {
  const permissions = [...actor.permissions].sort();
  switch (actor.kind) {
    case 'STAFF':
      return {
        kind: ActorKind.STAFF,
        displayName: actor.displayName,
        permissions,
        role: actor.role,
        orgUnit: ctx.platform.orgs.get(actor.orgUnitId) ?? null,
        staff: await ctx.em.findOne(StaffUser, { id: actor.staffId }),
      };
    case 'CLIENT':
      return { kind: ActorKind.CLIENT, displayName: actor.displayName, permissions, clientId: actor.clientId };
    case 'RETIREE': {
      const communityCode = actor.scope.kind === 'SELF' ? actor.scope.path.split('/').filter(Boolean).pop() : undefined;
      return {
        kind: ActorKind.RETIREE,
        displayName: actor.displayName,
        permissions,
        retireeId: actor.retireeId,
        orgUnit: communityCode ? (ctx.platform.orgs.byCodeOf(communityCode) ?? null) : null,
      };
    }
  }
}

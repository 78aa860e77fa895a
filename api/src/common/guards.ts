import type { RequestContext } from '../context.js';
import { Permission, type Actor, type StaffActor } from './actor.js';
import { OrgLevel } from '../modules/org-unit/org-unit.entity.js';
import { forbidden, unauthenticated } from './errors.js';

/** The caller as a staff member; integrators and retirees are refused with `message`. */
export function requireStaff(ctx: RequestContext, message = '只有工作人员可以办理'): StaffActor {
  if (!ctx.actor) throw unauthenticated();
  if (ctx.actor.kind !== 'STAFF') throw forbidden(message);
  return ctx.actor;
}

/** The id of the retiree acting on their own records. */
export function requireRetiree(ctx: RequestContext): number {
  if (ctx.actor?.kind !== 'RETIREE') throw unauthenticated('请以退休人员身份登录');
  return ctx.actor.retireeId;
}

/**
 * Whether the actor decides on payment matters (confirm or dismiss an alert, suspend a payment):
 * township and bureau staff who work tasks. The community verifies; someone above it decides.
 */
export function isDecider(actor: Actor | null | undefined): actor is StaffActor {
  return actor?.kind === 'STAFF' && actor.permissions.has(Permission.TASK_WORK) && actor.orgLevel !== OrgLevel.COMMUNITY;
}

export function requireDecider(ctx: RequestContext, message: string): StaffActor {
  const staff = requireStaff(ctx);
  if (!isDecider(staff)) throw forbidden(message);
  return staff;
}

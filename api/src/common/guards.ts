import type { RequestContext } from '../context.js';
import type { StaffActor } from './actor.js';
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

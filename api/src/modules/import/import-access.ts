import type { RequestContext } from '../../context.js';
import { Permission, type Actor } from '../../common/actor.js';
import { forbidden, unauthenticated } from '../../common/errors.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import { ImportKind } from './feed-formats.js';
import type { Submitter } from './ingest-engine.js';

export const INGEST_PERMISSION: Record<ImportKind, Permission> = {
  [ImportKind.RETIREES]: Permission.INGEST_RETIREE,
  [ImportKind.LIFE_EVENTS]: Permission.INGEST_LIFE_EVENT,
  [ImportKind.PENSION_PAYMENTS]: Permission.INGEST_PAYMENT,
};

/** Bureau staff manage imports; townships and communities see the results in their own pages. */
export function isBureauImporter(actor: Actor | null): boolean {
  return actor?.kind === 'STAFF' && actor.orgLevel === OrgLevel.CITY && actor.permissions.has(Permission.IMPORT_MANAGE);
}

/** Who may read import batches: bureau staff, and integrators holding any ingest scope. */
export function requireImportReader(ctx: RequestContext): Actor {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (isBureauImporter(actor)) return actor;
  if (actor.kind === 'CLIENT' && Object.values(INGEST_PERMISSION).some((p) => actor.permissions.has(p))) return actor;
  throw forbidden('只有市局工作人员和数据接入方可以查看导入批次');
}

/** Who may deliver a feed: an integrator with its scope, or bureau staff (by file). */
export function requireIngest(actor: Actor | null, kind: ImportKind, channel: 'API' | 'FILE'): Submitter {
  if (!actor) throw unauthenticated();
  if (actor.kind === 'CLIENT' && actor.permissions.has(INGEST_PERMISSION[kind])) return { name: actor.displayName, staffId: null };
  if (channel === 'FILE' && isBureauImporter(actor) && actor.kind === 'STAFF') return { name: actor.displayName, staffId: actor.staffId };
  throw forbidden(channel === 'FILE' ? '只有市局工作人员或具备相应权限的接入方可以导入该数据' : '该接入方没有推送此类数据的权限');
}

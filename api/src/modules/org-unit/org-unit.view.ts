import type { RequestContext } from '../../context.js';
import type { OrgUnitNode } from './org-unit.types.js';

/** An org unit by id for a GraphQL field. Units referenced by in-area rows are always known. */
export function orgUnitView(ctx: RequestContext, id: number): OrgUnitNode {
  const node = ctx.platform.orgs.get(id);
  if (!node) throw new Error(`org unit ${id} missing from the directory`);
  return node;
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { forbidden, notFound } from '../../common/errors.js';
import { retireeService } from '../retiree/retiree.service.js';
import { sum } from '../retiree/retiree-counts.js';
import { OrgDirectory } from './org-directory.js';
import { OrgUnitNode } from './org-unit.types.js';

/** One grouped count per request, however many units of the tree ask for theirs. */
const countsPerRequest = new WeakMap<RequestContext, Promise<Map<number, number>>>();

function visibleRootPath(ctx: RequestContext): string | null {
  const scope = ctx.actor?.scope;
  return scope && scope.kind !== 'NONE' && scope.kind !== 'SELF' ? scope.path : null;
}

@Resolver(() => OrgUnitNode)
export class OrgUnitResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => [OrgUnitNode], { description: '本人可见的组织树（按层级路径排序，上级在前）' })
  orgUnits(@Ctx() ctx: RequestContext): OrgUnitNode[] {
    const root = visibleRootPath(ctx);
    return root ? ctx.platform.orgs.subtree(root) : [];
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => OrgUnitNode, { description: '组织单位详情（须在本人管辖范围内）' })
  orgUnit(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): OrgUnitNode {
    const node = ctx.platform.orgs.get(Number(id));
    if (!node) throw notFound('该组织单位');
    const root = visibleRootPath(ctx);
    if (!root || !OrgDirectory.contains(root, node)) throw forbidden('该组织单位不在您的管辖范围内');
    return node;
  }

  @FieldResolver(() => [OrgUnitNode], { description: '下级单位' })
  children(@Ctx() ctx: RequestContext, @Root() unit: OrgUnitNode): OrgUnitNode[] {
    return ctx.platform.orgs.childrenOf(unit.id);
  }

  @FieldResolver(() => OrgUnitNode, { nullable: true, description: '上级单位' })
  parent(@Ctx() ctx: RequestContext, @Root() unit: OrgUnitNode): OrgUnitNode | null {
    return unit.parentId ? (ctx.platform.orgs.get(unit.parentId) ?? null) : null;
  }

  @FieldResolver(() => Int, { description: '管理的退休人员数（本人可见范围内）' })
  async retireeCount(@Ctx() ctx: RequestContext, @Root() unit: OrgUnitNode): Promise<number> {
    let counts = countsPerRequest.get(ctx);
    if (!counts) {
      counts = retireeService.countsByCommunity(ctx);
      countsPerRequest.set(ctx, counts);
    }
    return sum(await counts, ctx.platform.orgs.unitIdsUnder(unit.path));
  }
}

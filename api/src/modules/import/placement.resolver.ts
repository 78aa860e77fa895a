import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { RetireeList } from '../retiree/retiree.inputs.js';
import { placementService } from './placement.service.js';

@Resolver()
export class PlacementResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => RetireeList, { description: '待分配社区的新退休人员（地址未能自动对应到一个社区），按登记先后' })
  retireesAwaitingPlacement(
    @Ctx() ctx: RequestContext,
    @Arg('orgUnitId', () => ID, { nullable: true, description: '只看某镇街（市局用）' }) orgUnitId?: string,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<RetireeList> {
    return placementService.awaiting(ctx, orgUnitId, limit, after);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => Retiree, { description: '为新退休人员分配管理社区（镇街或市局）；社区随即收到纳入管理任务，本人收到欢迎消息' })
  placeRetiree(@Ctx() ctx: RequestContext, @Arg('retireeId', () => ID) retireeId: string, @Arg('communityId', () => ID) communityId: string): Promise<Retiree> {
    return placementService.place(ctx, retireeId, communityId);
  }
}

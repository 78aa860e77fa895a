import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { LifeEvent } from './life-event.entity.js';
import { LifeEventCandidateView, LifeEventFilter, LifeEventList } from './life-event.inputs.js';
import { lifeEventService } from './life-event.service.js';

@Resolver(() => LifeEvent)
export class LifeEventResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => LifeEventList, { description: '共享数据记录（管辖区域内），最新的在前；matchStatus=PENDING_REVIEW 为人工核对队列' })
  lifeEvents(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => LifeEventFilter, { nullable: true }) filter?: LifeEventFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<LifeEventList> {
    return lifeEventService.list(ctx, filter, limit, after);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => LifeEvent, { description: '人工核对：确认该记录属于某位候选退休人员' })
  confirmLifeEventMatch(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('retireeId', () => ID) retireeId: string): Promise<LifeEvent> {
    return lifeEventService.confirmMatch(ctx, id, retireeId);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => LifeEvent, { description: '人工核对：该记录不属于任何候选人（需说明）' })
  rejectLifeEventMatch(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('note', () => String) note: string): Promise<LifeEvent> {
    return lifeEventService.rejectMatch(ctx, id, note);
  }

  @FieldResolver(() => [LifeEventCandidateView], { description: '核对候选人（仅待核对的记录）' })
  candidates(@Ctx() ctx: RequestContext, @Root() event: LifeEvent): Promise<LifeEventCandidateView[]> {
    return lifeEventService.candidates(ctx, event);
  }

  @FieldResolver(() => Retiree, { nullable: true, description: '匹配到的退休人员' })
  retiree(@Ctx() ctx: RequestContext, @Root() event: LifeEvent): Promise<Retiree | null> {
    return event.retiree ? ctx.loaders.retirees.load(event.retiree.id) : Promise.resolve(null);
  }
}

@Resolver(() => Retiree)
export class RetireeLifeEventsResolver {
  @FieldResolver(() => [LifeEvent], { description: '生存状态：与本人匹配的共享数据，最新的在前' })
  lifeEvents(@Ctx() ctx: RequestContext, @Root() r: Retiree, @Arg('limit', () => Int, { nullable: true }) limit?: number): Promise<LifeEvent[]> {
    return lifeEventService.forRetiree(ctx, r.id, limit);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { PaymentSuspension } from './payment-suspension.entity.js';
import { PaymentSuspensionFilter, PaymentSuspensionList, SuspensionSummary } from './suspension.inputs.js';
import { suspensionService } from './suspension.service.js';

@Resolver(() => PaymentSuspension)
export class PaymentSuspensionResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => PaymentSuspensionList, { description: '暂停发放（生存认证过期），最新的在前' })
  paymentSuspensions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PaymentSuspensionFilter, { nullable: true }) filter?: PaymentSuspensionFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<PaymentSuspensionList> {
    return suspensionService.list(ctx, filter, limit, after);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => PaymentSuspension)
  paymentSuspension(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<PaymentSuspension> {
    return suspensionService.get(ctx, id);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => SuspensionSummary, { description: '暂停发放汇总（某区域，默认本人管辖范围）' })
  suspensionSummary(@Ctx() ctx: RequestContext, @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string): Promise<SuspensionSummary> {
    return suspensionService.summary(ctx, orgUnitId);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => PaymentSuspension, { description: '确认暂停发放：自决定次月起暂停（镇街或市局）；本人认证后自动恢复并补发' })
  confirmPaymentSuspension(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('note', () => String) note: string): Promise<PaymentSuspension> {
    return suspensionService.confirm(ctx, id, note);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => PaymentSuspension, { description: '不暂停（须说明原因）' })
  withdrawPaymentSuspension(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<PaymentSuspension> {
    return suspensionService.withdraw(ctx, id, reason);
  }

  @FieldResolver(() => [String], { description: '当前用户可做的操作：SUSPEND、WITHDRAW' })
  allowedActions(@Ctx() ctx: RequestContext, @Root() suspension: PaymentSuspension): string[] {
    return suspensionService.allowedActions(ctx, suspension);
  }

  @FieldResolver(() => Retiree, { nullable: true })
  retiree(@Ctx() ctx: RequestContext, @Root() suspension: PaymentSuspension): Promise<Retiree | null> {
    return ctx.loaders.retirees.load(suspension.retiree.id);
  }
}

@Resolver(() => Retiree)
export class RetireeSuspensionResolver {
  @FieldResolver(() => [PaymentSuspension], { description: '暂停发放记录（生存认证过期），最新的在前' })
  paymentSuspensions(@Ctx() ctx: RequestContext, @Root() r: Retiree): Promise<PaymentSuspension[]> {
    return ctx.em.find(PaymentSuspension, { retiree: r.id }, { orderBy: { id: 'desc' }, limit: 10 });
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { ConfirmableField, InfoConfirmation, InfoDispute } from './confirmation.entities.js';
import { CONFIRMABLE_FIELDS, displayValue } from './confirmation.fields.js';
import { ConfirmationItem, ConfirmationStats, DisputeFilter, DisputeItemInput, InfoDisputeList, ResolveDisputeInput } from './confirmation.inputs.js';
import { confirmationService } from './confirmation.service.js';

@Resolver(() => InfoConfirmation)
export class InfoConfirmationResolver {
  @Authorized(Permission.SELF)
  @Query(() => InfoConfirmation, { nullable: true, description: '我最近一次的个人信息确认' })
  myInfoConfirmation(@Ctx() ctx: RequestContext): Promise<InfoConfirmation | null> {
    return confirmationService.mine(ctx);
  }

  @Authorized(Permission.SELF)
  @Mutation(() => InfoConfirmation, { description: '本人确认信息无误' })
  confirmMyInfo(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<InfoConfirmation> {
    return confirmationService.confirm(ctx, id);
  }

  @Authorized(Permission.SELF)
  @Mutation(() => InfoConfirmation, { description: '本人对部分信息提出异议' })
  disputeMyInfo(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('items', () => [DisputeItemInput]) items: DisputeItemInput[]): Promise<InfoConfirmation> {
    return confirmationService.dispute(ctx, id, items);
  }

  @Authorized(Permission.RETIREE_WRITE)
  @Mutation(() => Int, { description: '向区域内尚无待办确认的正常发放人员发送信息确认（站内消息 + 短信），返回发送人数' })
  sendInfoConfirmations(@Ctx() ctx: RequestContext, @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string): Promise<number> {
    return confirmationService.send(ctx, orgUnitId);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => [ConfirmationStats], { description: '信息确认完成情况：所选区域及其下一级（本年度）' })
  infoConfirmationStats(@Ctx() ctx: RequestContext, @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string): Promise<ConfirmationStats[]> {
    return confirmationService.stats(ctx, orgUnitId);
  }

  @FieldResolver(() => [ConfirmationItem], { description: '发送给本人的信息' })
  items(@Root() c: InfoConfirmation): ConfirmationItem[] {
    return confirmationService.items(c);
  }

  @FieldResolver(() => [InfoDispute])
  disputes(@Ctx() ctx: RequestContext, @Root() c: InfoConfirmation): Promise<InfoDispute[]> {
    return confirmationService.disputesOf(ctx.em, c.id);
  }
}

@Resolver(() => InfoDispute)
export class InfoDisputeResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => InfoDisputeList, { description: '信息异议（社区待办），按提出时间先后' })
  infoDisputes(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => DisputeFilter, { nullable: true }) filter?: DisputeFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<InfoDisputeList> {
    return confirmationService.listDisputes(ctx, filter, limit, after);
  }

  @Authorized(Permission.RETIREE_WRITE)
  @Mutation(() => InfoDispute, { description: '处理信息异议：更正数据（留痕）或解释说明；处理结果会通知本人' })
  resolveInfoDispute(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ResolveDisputeInput) input: ResolveDisputeInput): Promise<InfoDispute> {
    return confirmationService.resolve(ctx, id, input);
  }

  @FieldResolver(() => String, { description: '信息项中文名称' })
  label(@Root() d: InfoDispute): string {
    return CONFIRMABLE_FIELDS[d.field].label;
  }

  @FieldResolver(() => Boolean, { description: '能否在本平台更正（否则只能解释说明）' })
  correctable(@Root() d: InfoDispute): boolean {
    return Boolean(CONFIRMABLE_FIELDS[d.field].editable);
  }

  @FieldResolver(() => String, { nullable: true, description: '发送时的值（敏感信息已脱敏）' })
  sentValue(@Root() d: InfoDispute): string | null {
    return displayValue(d.field, d.sentValue);
  }

  @FieldResolver(() => String, { nullable: true, description: '本人提出的正确内容（敏感信息已脱敏）' })
  proposedValue(@Root() d: InfoDispute): string | null {
    return d.field === ConfirmableField.MONTHLY_PENSION ? (d.proposedValue ?? null) : displayValue(d.field, d.proposedValue);
  }

  @FieldResolver(() => Retiree, { nullable: true, description: '提出异议的退休人员' })
  retiree(@Ctx() ctx: RequestContext, @Root() d: InfoDispute): Promise<Retiree | null> {
    return ctx.loaders.retirees.load(d.retiree.id);
  }
}

import dayjs from 'dayjs';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { maskBankAccount, maskIdNumber, maskPhone } from '../../common/masking.js';
import { OrgUnitNode } from '../org-unit/org-unit.types.js';
import { orgUnitView } from '../org-unit/org-unit.view.js';
import { PensionPayment } from '../payment/pension-payment.entity.js';
import { SensitiveField } from '../audit/audit-log.entity.js';
import { InfoConfirmation } from '../confirmation/confirmation.entities.js';
import { Notification } from '../notification/notification.entity.js';
import { notificationService } from '../notification/notification.service.js';
import { FamilyMember } from './family-member.entity.js';
import { ChangeSource, RetireeChange } from './retiree-change.entity.js';
import { Retiree } from './retiree.entity.js';
import { RetireeFilter, RetireeList, RetireeUpdateInput } from './retiree.inputs.js';
import { retireeService } from './retiree.service.js';

@Resolver(() => Retiree)
export class RetireeResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => RetireeList, { description: '退休人员列表（仅限本人管辖区域）' })
  retirees(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => RetireeFilter, { nullable: true }) filter?: RetireeFilter,
    @Arg('limit', () => Int, { nullable: true, description: '每页条数，默认 20，最多 100' }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<RetireeList> {
    return retireeService.list(ctx, filter, limit, after);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => Retiree, { nullable: true, description: '退休人员详情：不在管辖范围内返回 FORBIDDEN，不存在返回 NOT_FOUND' })
  retiree(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Retiree> {
    return retireeService.get(ctx, id);
  }

  @Authorized(Permission.RETIREE_REVEAL)
  @Mutation(() => String, { description: '查看完整身份证号（须填写事由，记入审计日志）' })
  revealIdNumber(@Ctx() ctx: RequestContext, @Arg('retireeId', () => ID) retireeId: string, @Arg('reason', () => String) reason: string): Promise<string> {
    return retireeService.reveal(ctx, retireeId, SensitiveField.ID_NUMBER, reason);
  }

  @Authorized(Permission.RETIREE_REVEAL)
  @Mutation(() => String, { description: '查看完整银行账号（须填写事由，记入审计日志）' })
  revealBankAccount(@Ctx() ctx: RequestContext, @Arg('retireeId', () => ID) retireeId: string, @Arg('reason', () => String) reason: string): Promise<string> {
    return retireeService.reveal(ctx, retireeId, SensitiveField.BANK_ACCOUNT, reason);
  }

  @Authorized(Permission.RETIREE_REVEAL)
  @Mutation(() => String, { description: '查看完整联系电话（须填写事由，记入审计日志）' })
  revealPhone(@Ctx() ctx: RequestContext, @Arg('retireeId', () => ID) retireeId: string, @Arg('reason', () => String) reason: string): Promise<string> {
    return retireeService.reveal(ctx, retireeId, SensitiveField.PHONE, reason);
  }

  @Authorized(Permission.RETIREE_WRITE)
  @Mutation(() => Retiree, { description: '修改退休人员信息；每个字段的变更都记入变更记录' })
  updateRetiree(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RetireeUpdateInput) input: RetireeUpdateInput,
    @Arg('note', () => String, { nullable: true, description: '变更说明' }) note?: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: '打开编辑时的版本号，用于防止覆盖他人修改' }) expectedVersion?: number,
  ): Promise<Retiree> {
    return retireeService.update(ctx, id, input, ChangeSource.STAFF, note, expectedVersion);
  }

  @FieldResolver(() => OrgUnitNode, { nullable: true, description: '管理社区（新退休人员待分配社区时为空）' })
  community(@Ctx() ctx: RequestContext, @Root() r: Retiree): OrgUnitNode | null {
    return r.community ? orgUnitView(ctx, r.community.id) : null;
  }

  @FieldResolver(() => OrgUnitNode, { nullable: true, description: '所属镇街（由市局分配时为空）' })
  township(@Ctx() ctx: RequestContext, @Root() r: Retiree): OrgUnitNode | null {
    return r.township ? orgUnitView(ctx, r.township.id) : null;
  }

  @FieldResolver(() => [FamilyMember])
  familyMembers(@Ctx() ctx: RequestContext, @Root() r: Retiree): Promise<FamilyMember[]> {
    return ctx.loaders.familyMembers.load(r.id);
  }

  @FieldResolver(() => [PensionPayment], { description: '最近若干个月的养老金发放记录，新的在前' })
  payments(@Ctx() ctx: RequestContext, @Root() r: Retiree, @Arg('months', () => Int, { defaultValue: 12 }) months: number): Promise<PensionPayment[]> {
    const since = dayjs().subtract(Math.min(Math.max(months, 1), 120) - 1, 'month').format('YYYY-MM');
    return ctx.loaders.paymentsSince(since).load(r.id);
  }

  @FieldResolver(() => [Notification], { description: '发给本人的消息（站内与短信），新的在前' })
  notifications(@Ctx() ctx: RequestContext, @Root() r: Retiree): Promise<Notification[]> {
    return notificationService.forRetiree(ctx.em, r.id);
  }

  @FieldResolver(() => InfoConfirmation, { nullable: true, description: '最近一次个人信息确认' })
  latestInfoConfirmation(@Ctx() ctx: RequestContext, @Root() r: Retiree): Promise<InfoConfirmation | null> {
    return ctx.em.findOne(InfoConfirmation, { retiree: r.id }, { orderBy: { id: 'desc' } });
  }

  @FieldResolver(() => [RetireeChange], { description: '信息变更记录，新的在前' })
  history(@Ctx() ctx: RequestContext, @Root() r: Retiree): Promise<RetireeChange[]> {
    return retireeService.history(ctx, r.id);
  }
}

@Resolver(() => FamilyMember)
export class FamilyMemberResolver {
  @FieldResolver(() => String, { nullable: true, description: '身份证号码（已脱敏）' })
  idNumber(@Root() m: FamilyMember): string | null {
    return maskIdNumber(m.idNumber);
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话（已脱敏）' })
  phone(@Root() m: FamilyMember): string | null {
    return maskPhone(m.phone);
  }
}

const MASKERS: Record<string, (v: string | null) => string | null> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
  bankAccount: maskBankAccount,
};

@Resolver(() => RetireeChange)
export class RetireeChangeResolver {
  @FieldResolver(() => String, { nullable: true, description: '原值（敏感字段已脱敏）' })
  oldValue(@Root() c: RetireeChange): string | null {
    return (MASKERS[c.field] ?? ((v) => v))(c.oldValue ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: '新值（敏感字段已脱敏）' })
  newValue(@Root() c: RetireeChange): string | null {
    return (MASKERS[c.field] ?? ((v) => v))(c.newValue ?? null);
  }
}

import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { maskIdNumber, maskPhone } from '../../common/masking.js';
import { systemEm } from '../../platform.js';
import { OrgUnitNode } from '../org-unit/org-unit.types.js';
import { orgUnitView } from '../org-unit/org-unit.view.js';
import { AREA_FILTER } from '../../common/area-filter.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { CommunityTransfer } from './community-transfer.entity.js';
import { CommunityTransferList, TransferApplicant, TransferFilter, TransferRequestInput } from './transfer.inputs.js';
import { transferService } from './transfer.service.js';

/**
 * Applicants are read past the area filter on purpose: a target community must see who is coming
 * before the retiree is theirs. Only transfers the caller can see (area-filtered) get here.
 */
const applicantLoaders = new WeakMap<RequestContext, DataLoader<number, TransferApplicant | null>>();
function applicantLoader(ctx: RequestContext) {
  let loader = applicantLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await systemEm(ctx.platform).find(Retiree, { id: { $in: [...ids] } }, { filters: { [AREA_FILTER]: false } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => {
        const r = byId.get(id);
        return r ? { id: r.id, name: r.name, gender: r.gender, birthDate: r.birthDate, idNumberMasked: maskIdNumber(r.idNumber)!, phoneMasked: maskPhone(r.phone) } : null;
      });
    });
    applicantLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => CommunityTransfer)
export class CommunityTransferResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => CommunityTransferList, { description: '社区转移申请：转出方始终可见，转入方在转出社区同意后可见' })
  communityTransfers(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TransferFilter, { nullable: true }) filter?: TransferFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<CommunityTransferList> {
    return transferService.list(ctx, filter, limit, after);
  }

  @Authorized()
  @Query(() => CommunityTransfer, { description: '社区转移申请详情' })
  communityTransfer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CommunityTransfer> {
    return transferService.get(ctx, id);
  }

  @Authorized(Permission.SELF)
  @Query(() => [CommunityTransfer], { description: '我的社区转移申请，最新的在前' })
  myCommunityTransfers(@Ctx() ctx: RequestContext): Promise<CommunityTransfer[]> {
    return transferService.mine(ctx);
  }

  @Authorized()
  @Query(() => [OrgUnitNode], { description: '可选的社区：按名称查找，或按新地址推荐（匹配度高的在前）' })
  communities(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('address', () => String, { nullable: true, description: '新居住地址，用于推荐社区' }) address?: string,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
  ): OrgUnitNode[] {
    return transferService.searchCommunities(ctx, search, address, limit ?? 20);
  }

  @Authorized()
  @Mutation(() => CommunityTransfer, { description: '申请社区转移（本人，或工作人员代为申请）；每人同时只能有一份在办申请' })
  requestCommunityTransfer(@Ctx() ctx: RequestContext, @Arg('input', () => TransferRequestInput) input: TransferRequestInput): Promise<CommunityTransfer> {
    return transferService.request(ctx, input);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => CommunityTransfer, { description: '转出社区审核：同意转出或不同意（须说明原因）' })
  reviewCommunityTransfer(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ): Promise<CommunityTransfer> {
    return transferService.review(ctx, id, approve, reason);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => CommunityTransfer, { description: '转入社区接收（完成转移，管理社区随即变更）或不接收（须说明原因）' })
  acceptCommunityTransfer(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('accept', () => Boolean) accept: boolean,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ): Promise<CommunityTransfer> {
    return transferService.accept(ctx, id, accept, reason);
  }

  @Authorized()
  @Mutation(() => CommunityTransfer, { description: '撤销尚未办结的社区转移申请（本人或转出社区）' })
  cancelCommunityTransfer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CommunityTransfer> {
    return transferService.cancel(ctx, id);
  }

  @FieldResolver(() => TransferApplicant, { description: '申请人（脱敏）' })
  async applicant(@Ctx() ctx: RequestContext, @Root() transfer: CommunityTransfer): Promise<TransferApplicant> {
    return (await applicantLoader(ctx).load(transfer.retiree.id))!;
  }

  @FieldResolver(() => OrgUnitNode, { description: '转出社区' })
  fromCommunity(@Ctx() ctx: RequestContext, @Root() transfer: CommunityTransfer): OrgUnitNode {
    return orgUnitView(ctx, transfer.fromCommunity.id);
  }

  @FieldResolver(() => OrgUnitNode, { description: '转入社区' })
  toCommunity(@Ctx() ctx: RequestContext, @Root() transfer: CommunityTransfer): OrgUnitNode {
    return orgUnitView(ctx, transfer.toCommunity.id);
  }

  @FieldResolver(() => OrgUnitNode, { nullable: true, description: '转出社区所属镇街' })
  fromTownship(@Ctx() ctx: RequestContext, @Root() transfer: CommunityTransfer): OrgUnitNode | null {
    return ctx.platform.orgs.townshipOf(orgUnitView(ctx, transfer.fromCommunity.id)) ?? null;
  }

  @FieldResolver(() => OrgUnitNode, { nullable: true, description: '转入社区所属镇街' })
  toTownship(@Ctx() ctx: RequestContext, @Root() transfer: CommunityTransfer): OrgUnitNode | null {
    return ctx.platform.orgs.townshipOf(orgUnitView(ctx, transfer.toCommunity.id)) ?? null;
  }

  @FieldResolver(() => [String], { description: '当前用户可执行的操作：REVIEW / ACCEPT / CANCEL' })
  allowedActions(@Ctx() ctx: RequestContext, @Root() transfer: CommunityTransfer): string[] {
    return transferService.allowedActions(ctx, transfer);
  }
}

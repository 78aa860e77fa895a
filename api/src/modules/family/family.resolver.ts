import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { FamilyMember } from '../retiree/family-member.entity.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { FamilyMemberFilter, FamilyMemberInput, FamilyMemberList, RELATIONS } from './family.inputs.js';
import { familyService } from './family.service.js';

@Resolver(() => FamilyMember)
export class FamilyRegistryResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => FamilyMemberList, { description: '家庭成员信息库：按退休人员或家庭成员姓名查找（管辖区域内）' })
  familyMembers(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => FamilyMemberFilter, { nullable: true }) filter?: FamilyMemberFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<FamilyMemberList> {
    return familyService.search(ctx, filter, limit, after);
  }

  @Authorized()
  @Query(() => [String], { description: '可选的家庭关系' })
  familyRelations(): string[] {
    return [...RELATIONS];
  }

  @Authorized(Permission.RETIREE_WRITE)
  @Mutation(() => FamilyMember, { description: '为退休人员登记家庭成员（记入变更记录）' })
  addFamilyMember(@Ctx() ctx: RequestContext, @Arg('retireeId', () => ID) retireeId: string, @Arg('input', () => FamilyMemberInput) input: FamilyMemberInput): Promise<FamilyMember> {
    return familyService.add(ctx, input, retireeId);
  }

  @Authorized(Permission.RETIREE_WRITE)
  @Mutation(() => FamilyMember, { description: '修改家庭成员；身份证号、电话留空表示不变' })
  updateFamilyMember(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => FamilyMemberInput) input: FamilyMemberInput): Promise<FamilyMember> {
    return familyService.update(ctx, id, input);
  }

  @Authorized(Permission.RETIREE_WRITE)
  @Mutation(() => Boolean, { description: '删除家庭成员（记入变更记录）' })
  removeFamilyMember(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return familyService.remove(ctx, id);
  }

  @Authorized(Permission.SELF)
  @Query(() => [FamilyMember], { description: '我的家庭成员' })
  myFamilyMembers(@Ctx() ctx: RequestContext): Promise<FamilyMember[]> {
    return familyService.mine(ctx);
  }

  @Authorized(Permission.SELF)
  @Mutation(() => FamilyMember, { description: '本人登记家庭成员' })
  addMyFamilyMember(@Ctx() ctx: RequestContext, @Arg('input', () => FamilyMemberInput) input: FamilyMemberInput): Promise<FamilyMember> {
    return familyService.add(ctx, input);
  }

  @Authorized(Permission.SELF)
  @Mutation(() => FamilyMember, { description: '本人修改家庭成员；身份证号、电话留空表示不变' })
  updateMyFamilyMember(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => FamilyMemberInput) input: FamilyMemberInput): Promise<FamilyMember> {
    return familyService.update(ctx, id, input);
  }

  @Authorized(Permission.SELF)
  @Mutation(() => Boolean, { description: '本人删除家庭成员' })
  removeMyFamilyMember(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return familyService.remove(ctx, id);
  }

  @FieldResolver(() => Retiree, { nullable: true, description: '所属退休人员' })
  retiree(@Ctx() ctx: RequestContext, @Root() m: FamilyMember): Promise<Retiree | null> {
    return ctx.loaders.retirees.load(m.retiree.id);
  }
}

import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { StaffUser } from './staff-user.entity.js';
import { CreateStaffInput, StaffCredentials, StaffFilter, StaffList } from './staff.inputs.js';
import { staffService } from './staff.service.js';

@Resolver()
export class StaffResolver {
  @Authorized(Permission.STAFF_MANAGE)
  @Query(() => StaffList, { description: '本单位及下级单位的工作人员账号' })
  staffUsers(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => StaffFilter, { nullable: true }) filter?: StaffFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<StaffList> {
    return staffService.list(ctx, filter, limit, after);
  }

  @Authorized(Permission.STAFF_MANAGE)
  @Mutation(() => StaffCredentials, { description: '新建工作人员账号，返回一次性临时密码' })
  createStaffUser(@Ctx() ctx: RequestContext, @Arg('input', () => CreateStaffInput) input: CreateStaffInput): Promise<StaffCredentials> {
    return staffService.create(ctx, input);
  }

  @Authorized(Permission.STAFF_MANAGE)
  @Mutation(() => StaffUser, { description: '停用或启用账号；停用后该账号已登录的会话立即失效' })
  setStaffActive(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean): Promise<StaffUser> {
    return staffService.setActive(ctx, id, active);
  }

  @Authorized(Permission.STAFF_MANAGE)
  @Mutation(() => StaffCredentials, { description: '重置密码，返回一次性临时密码；原会话立即失效' })
  resetStaffPassword(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<StaffCredentials> {
    return staffService.resetPassword(ctx, id);
  }
}

import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { unauthenticated } from '../../common/errors.js';
import { Retiree } from './retiree.entity.js';
import { retireeService } from './retiree.service.js';

/** The retiree app's view of the person logged in: their own record, through the SELF scope. */
@Resolver()
export class MyProfileResolver {
  @Authorized(Permission.SELF)
  @Query(() => Retiree, { description: '退休人员本人的信息（退休人员登录后使用）' })
  myProfile(@Ctx() ctx: RequestContext): Promise<Retiree> {
    if (ctx.actor?.kind !== 'RETIREE') throw unauthenticated();
    return retireeService.get(ctx, ctx.actor.retireeId);
  }
}

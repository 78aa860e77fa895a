import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { AuthPayload, LoginCodeChallenge, Viewer } from './auth.types.js';
import { authService } from './auth.service.js';
import { viewerOf } from './viewer.js';

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { nullable: true, description: '当前登录者；未登录时为空' })
  me(@Ctx() ctx: RequestContext): Promise<Viewer> | null {
    return ctx.actor ? viewerOf(ctx, ctx.actor) : null;
  }

  @Mutation(() => AuthPayload, { description: '工作人员登录（用户名 + 密码）' })
  login(@Ctx() ctx: RequestContext, @Arg('username', () => String) username: string, @Arg('password', () => String) password: string): Promise<AuthPayload> {
    return authService.staffLogin(ctx, username, password);
  }

  @Mutation(() => AuthPayload, { description: '对接系统登录（客户端凭证）' })
  apiClientLogin(@Ctx() ctx: RequestContext, @Arg('clientId', () => String) clientId: string, @Arg('clientSecret', () => String) clientSecret: string): Promise<AuthPayload> {
    return authService.clientLogin(ctx, clientId, clientSecret);
  }

  @Mutation(() => LoginCodeChallenge, { description: '退休人员登录第一步：向登记的手机发送验证码' })
  requestLoginCode(@Ctx() ctx: RequestContext, @Arg('idNumber', () => String) idNumber: string): Promise<LoginCodeChallenge> {
    return authService.requestLoginCode(ctx, idNumber);
  }

  @Mutation(() => AuthPayload, { description: '退休人员登录第二步：输入短信验证码' })
  verifyLoginCode(@Ctx() ctx: RequestContext, @Arg('challengeId', () => ID) challengeId: string, @Arg('code', () => String) code: string): Promise<AuthPayload> {
    return authService.verifyLoginCode(ctx, challengeId, code);
  }

  @Mutation(() => Boolean, { description: '工作人员修改本人密码' })
  changeMyPassword(@Ctx() ctx: RequestContext, @Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string): Promise<boolean> {
    return authService.changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, { description: '退出登录：令牌立即失效' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return authService.logout(ctx);
  }
}

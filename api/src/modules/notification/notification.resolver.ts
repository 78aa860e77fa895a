import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { Notification } from './notification.entity.js';
import { notificationService } from './notification.service.js';

@ObjectType('NotificationList')
class NotificationList {
  @Field(() => [Notification])
  items!: Notification[];

  @Field(() => Int, { description: '未读条数' })
  unreadCount!: number;

  @Field(() => String, { nullable: true })
  nextCursor!: string | null;
}

@Resolver()
export class NotificationResolver {
  @Authorized(Permission.SELF)
  @Query(() => NotificationList, { description: '我的消息（新的在前）' })
  myNotifications(
    @Ctx() ctx: RequestContext,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<NotificationList> {
    return notificationService.mine(ctx, limit, after);
  }

  @Authorized(Permission.SELF)
  @Mutation(() => Notification, { description: '标记一条消息为已读' })
  markNotificationRead(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Notification> {
    return notificationService.markRead(ctx, id);
  }

  @Authorized(Permission.SELF)
  @Mutation(() => Int, { description: '全部标记为已读，返回标记的条数' })
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return notificationService.markAllRead(ctx);
  }
}

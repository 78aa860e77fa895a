import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { Department, PosthumousCase, PosthumousCaseEvent, PosthumousCaseItem } from './posthumous-case.entities.js';
import { CaseItemResultInput, DepartmentCaseItem, PosthumousCaseFilter, PosthumousCaseList } from './posthumous.inputs.js';
import { posthumousService } from './posthumous.service.js';

@Resolver(() => PosthumousCase)
export class PosthumousCaseResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => PosthumousCaseList, { description: '身后一件事（管辖区域内），最新的在前' })
  posthumousCases(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PosthumousCaseFilter, { nullable: true }) filter?: PosthumousCaseFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<PosthumousCaseList> {
    return posthumousService.list(ctx, filter, limit, after);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => PosthumousCase, { description: '身后一件事详情' })
  posthumousCase(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<PosthumousCase> {
    return posthumousService.get(ctx, id);
  }

  @Authorized(Permission.CASE_CALLBACK)
  @Mutation(() => [DepartmentCaseItem], { description: '责任部门领取推送给本部门、尚未办结的事项（接入方）；逝者完整身份证号随事项交付，每次领取记入审计' })
  collectCaseItems(@Ctx() ctx: RequestContext, @Arg('department', () => Department) department: Department, @Arg('limit', () => Int, { nullable: true }) limit?: number): Promise<DepartmentCaseItem[]> {
    return posthumousService.pendingForDepartment(ctx, department, limit);
  }

  @Authorized()
  @Mutation(() => PosthumousCaseItem, { description: '事项办结：责任部门回传（case:callback）或工作人员登记；全部办结后整件事办结' })
  completeCaseItem(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => CaseItemResultInput) input: CaseItemResultInput): Promise<PosthumousCaseItem> {
    return posthumousService.completeItem(ctx, id, input);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => PosthumousCase, { description: '（再次）短信通知近亲属，如家庭成员信息库补登了电话之后' })
  notifyCaseNextOfKin(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<PosthumousCase> {
    return posthumousService.notifyNextOfKinAgain(ctx, id);
  }

  @FieldResolver(() => [String], { description: '当前用户可做的操作：NOTIFY_NEXT_OF_KIN' })
  allowedActions(@Ctx() ctx: RequestContext): string[] {
    return posthumousService.caseActions(ctx);
  }

  @FieldResolver(() => [PosthumousCaseItem], { description: '五个事项' })
  items(@Ctx() ctx: RequestContext, @Root() c: PosthumousCase): Promise<PosthumousCaseItem[]> {
    return posthumousService.items(ctx, c);
  }

  @FieldResolver(() => [PosthumousCaseEvent], { description: '办理过程' })
  timeline(@Ctx() ctx: RequestContext, @Root() c: PosthumousCase): Promise<PosthumousCaseEvent[]> {
    return posthumousService.events(ctx, c);
  }

  @FieldResolver(() => Retiree, { nullable: true })
  retiree(@Ctx() ctx: RequestContext, @Root() c: PosthumousCase): Promise<Retiree | null> {
    return ctx.loaders.retirees.load(c.retiree.id);
  }
}

@Resolver(() => Retiree)
export class RetireePosthumousCaseResolver {
  @FieldResolver(() => PosthumousCase, { nullable: true, description: '身后一件事（已故人员）' })
  posthumousCase(@Ctx() ctx: RequestContext, @Root() r: Retiree): Promise<PosthumousCase | null> {
    return r.status === 'DECEASED' ? posthumousService.forRetiree(ctx, r.id) : Promise.resolve(null);
  }
}

@Resolver(() => PosthumousCaseItem)
export class PosthumousCaseItemResolver {
  @FieldResolver(() => [String], { description: '当前用户可做的操作：COMPLETE（登记办结）' })
  allowedActions(@Ctx() ctx: RequestContext, @Root() item: PosthumousCaseItem): string[] {
    return posthumousService.itemActions(ctx, item);
  }
}

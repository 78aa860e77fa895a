import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { PerformanceReport } from './performance.types.js';
import { performanceService } from './performance.service.js';

@Resolver()
export class PerformanceResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => PerformanceReport, { description: '工作绩效评价：所选单位的下级单位排名（社区为本社区工作人员），期间按任务派发日期' })
  performance(
    @Ctx() ctx: RequestContext,
    @Arg('orgUnitId', () => ID, { nullable: true, description: '不填为本单位' }) orgUnitId: string | undefined,
    @Arg('from', () => String, { description: '开始日期 YYYY-MM-DD' }) from: string,
    @Arg('to', () => String, { description: '结束日期 YYYY-MM-DD（含）' }) to: string,
  ): Promise<PerformanceReport> {
    return performanceService.report(ctx, orgUnitId, from, to);
  }
}

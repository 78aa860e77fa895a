import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { RiskAlert, RiskRecovery } from './risk-alert.entity.js';
import { Task } from '../task/task.entities.js';
import { PosthumousCase } from '../posthumous/posthumous-case.entities.js';
import { posthumousService } from '../posthumous/posthumous.service.js';
import { ConfirmRiskAlertInput, RiskAlertFilter, RiskAlertList, RiskKindSummary, RiskScanResult } from './risk.inputs.js';
import { riskService } from './risk.service.js';

@Resolver(() => RiskAlert)
export class RiskAlertResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => RiskAlertList, { description: '基金风险预警（管辖区域内），最新的在前' })
  riskAlerts(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => RiskAlertFilter, { nullable: true }) filter?: RiskAlertFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<RiskAlertList> {
    return riskService.list(ctx, filter, limit, after);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => RiskAlert, { description: '一条预警及其依据' })
  riskAlert(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RiskAlert> {
    return riskService.get(ctx, id);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => [RiskKindSummary], { description: '预警看板：按类型的数量和金额（某区域，默认本人管辖范围）' })
  riskSummary(@Ctx() ctx: RequestContext, @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string): Promise<RiskKindSummary[]> {
    return riskService.summary(ctx, orgUnitId);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => RiskAlert, { description: '确认预警：停发（已故自死亡次月起，服刑自收监次月起）并确定应追回金额（镇街或市局）' })
  confirmRiskAlert(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ConfirmRiskAlertInput) input: ConfirmRiskAlertInput): Promise<RiskAlert> {
    return riskService.confirm(ctx, id, input);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => RiskAlert, { description: '排除预警（须说明原因；同样的依据不再预警）' })
  dismissRiskAlert(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<RiskAlert> {
    return riskService.dismiss(ctx, id, reason);
  }

  @Authorized(Permission.TASK_WORK)
  @Mutation(() => RiskAlert, { description: '登记追回金额（分）；追回满额后办结' })
  recordRecovery(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('amount', () => Int) amount: number,
    @Arg('note', () => String, { nullable: true, description: '如退回方式、收款凭证号' }) note?: string,
  ): Promise<RiskAlert> {
    return riskService.recordRecovery(ctx, id, amount, note);
  }

  @Authorized(Permission.RISK_SCAN)
  @Mutation(() => RiskScanResult, { description: '立即扫描全市（导入后和每晚也会自动扫描）' })
  runRiskScan(@Ctx() ctx: RequestContext): Promise<RiskScanResult> {
    return riskService.runScan(ctx);
  }

  @FieldResolver(() => [String], { description: '当前用户可做的操作：CONFIRM、DISMISS、RECORD_RECOVERY' })
  allowedActions(@Ctx() ctx: RequestContext, @Root() alert: RiskAlert): string[] {
    return riskService.allowedActions(ctx, alert);
  }

  @FieldResolver(() => [RiskRecovery], { description: '追回记录' })
  recoveries(@Ctx() ctx: RequestContext, @Root() alert: RiskAlert): Promise<RiskRecovery[]> {
    return riskService.recoveries(ctx, alert);
  }

  @FieldResolver(() => Task, { nullable: true, description: '社区的核实任务' })
  verificationTask(@Ctx() ctx: RequestContext, @Root() alert: RiskAlert): Promise<Task | null> {
    return riskService.verificationTask(ctx, alert);
  }

  @FieldResolver(() => PosthumousCase, { nullable: true, description: '确认死亡后启动的身后一件事' })
  posthumousCase(@Ctx() ctx: RequestContext, @Root() alert: RiskAlert): Promise<PosthumousCase | null> {
    return alert.kind === 'DECEASED_PAID' && alert.status !== 'OPEN' && alert.status !== 'DISMISSED' ? posthumousService.forRetiree(ctx, alert.retiree.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Retiree, { nullable: true })
  retiree(@Ctx() ctx: RequestContext, @Root() alert: RiskAlert): Promise<Retiree | null> {
    return ctx.loaders.retirees.load(alert.retiree.id);
  }
}

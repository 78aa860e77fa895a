import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { isDecider, requireDecider, requireStaff } from '../../common/guards.js';
import { recordId } from '../../common/ids.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { cleanText } from '../../common/text.js';
import { formatYuan } from '../../common/money.js';
import { monthAfter } from '../../common/periods.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { ChangeSource, RetireeChange } from '../retiree/retiree-change.entity.js';
import { Retiree, RetireeStatus } from '../retiree/retiree.entity.js';
import { closeSystemTasks, registerTaskSource } from '../task/system-tasks.js';
import { Task, TaskOutcome, TaskStatus } from '../task/task.entities.js';
import { posthumousService } from '../posthumous/posthumous.service.js';
import { RiskAlert, RiskAlertKind, RiskAlertStatus, RiskRecovery } from './risk-alert.entity.js';
import type { ConfirmRiskAlertInput, RiskAlertFilter, RiskAlertList, RiskKindSummary, RiskScanResult } from './risk.inputs.js';
import { RISK_SOURCE, scanRisks } from './risk-scan.js';
import { inTransaction } from '../../db/transaction.js';

const OUTCOME_LABELS: Record<TaskOutcome, string> = { [TaskOutcome.COMPLETED]: '已核实', [TaskOutcome.PARTIAL]: '部分核实', [TaskOutcome.UNABLE]: '无法核实' };

// The community's verification is the task; its feedback is written onto the alert for whoever decides.
registerTaskSource(RISK_SOURCE, {
  label: (id) => `基金风险预警 #${id}`,
  link: (id) => `/risk-alerts/${id}`,
  closedBySource: false,
  onCompleted: async (ctx, task) => {
    await ctx.em.nativeUpdate(
      RiskAlert,
      { id: task.sourceId!, status: RiskAlertStatus.OPEN },
      { verificationNote: `${task.outcome ? OUTCOME_LABELS[task.outcome] : '已反馈'}：${task.feedback ?? ''}`.slice(0, 2000), verifiedByName: task.completedByName ?? null, verifiedAt: new Date() },
    );
  },
});

/** What confirming does to the person's payment status, and from which period. */
const STATUS_ON_CONFIRM: Partial<Record<RiskAlertKind, RetireeStatus>> = {
  [RiskAlertKind.DECEASED_PAID]: RetireeStatus.DECEASED,
  [RiskAlertKind.IMPRISONED_PAID]: RetireeStatus.SUSPENDED,
};

const DECIDERS_ONLY = '预警由镇街或市局工作人员确认或排除';
/** Nothing is overpaid yet: whether to stop paying is the suspension's decision, which closes the alert. */
const DECIDED_BY_SUSPENSION = '高龄未认证预警不单独确认：是否暂停发放请在"暂停发放"中决定（暂停后预警自动办结，本人认证后自动排除）';

async function lockedAlert(ctx: RequestContext, id: string): Promise<RiskAlert> {
  const alert = await ctx.em.findOne(RiskAlert, { id: recordId(id, '该预警') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!alert) throw notFound('该预警');
  return alert;
}

export const riskService = {
  async list(ctx: RequestContext, filter: RiskAlertFilter | null | undefined, limit?: number | null, after?: string | null): Promise<RiskAlertList> {
    requireStaff(ctx);
    const size = pageSize(limit);
    const where: FilterQuery<RiskAlert> = {};
    if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    if (filter?.orgUnitId) where.orgPath = { $like: `${unitInActorArea(ctx, filter.orgUnitId).path}%` };
    if (filter?.retireeId) where.retiree = Number(recordId(filter.retireeId, '该退休人员'));
    const cursor = decodeCursor(after);
    const rows = await ctx.em.find(RiskAlert, cursor ? { ...where, id: { $lt: cursor } } : where, { orderBy: { id: 'desc' }, limit: size + 1 });
    const total = await ctx.em.count(RiskAlert, where);
    return { ...toPage(rows, size, (a) => a.id), total };
  },

  async get(ctx: RequestContext, id: string): Promise<RiskAlert> {
    requireStaff(ctx);
    const alert = await ctx.em.findOne(RiskAlert, { id: recordId(id, '该预警') });
    if (!alert) throw notFound('该预警');
    return alert;
  },

  /** Counts and amounts by kind in an area (the dashboard). Dismissed alerts count no money. */
  async summary(ctx: RequestContext, orgUnitId?: string | null): Promise<RiskKindSummary[]> {
    requireStaff(ctx);
    const unit = unitInActorArea(ctx, orgUnitId);
    const rows = await ctx.em.execute<{ kind: RiskAlertKind; open: string; confirmed: string; closed: string; dismissed: string; overpaid: string; recovery: string; recovered: string }[]>(
      `select kind,
              count(*) filter (where status = 'OPEN') as open,
              count(*) filter (where status = 'CONFIRMED') as confirmed,
              count(*) filter (where status in ('RECOVERED', 'RESOLVED')) as closed,
              count(*) filter (where status = 'DISMISSED') as dismissed,
              coalesce(sum(overpaid_amount) filter (where status <> 'DISMISSED'), 0) as overpaid,
              coalesce(sum(recovery_amount) filter (where status <> 'DISMISSED'), 0) as recovery,
              coalesce(sum(recovered_amount), 0) as recovered
         from risk_alert where org_path like ? group by kind`,
      [`${unit.path}%`],
    );
    return Object.values(RiskAlertKind).map((kind) => {
      const r = rows.find((x) => x.kind === kind);
      return {
        kind,
        open: Number(r?.open ?? 0),
        confirmed: Number(r?.confirmed ?? 0),
        closed: Number(r?.closed ?? 0),
        dismissed: Number(r?.dismissed ?? 0),
        overpaidAmount: Number(r?.overpaid ?? 0),
        recoveryAmount: Number(r?.recovery ?? 0),
        recoveredAmount: Number(r?.recovered ?? 0),
      };
    });
  },

  /**
   * A person confirms the suspicion: the payment stops (a death from the month after it, a prison
   * term from the month after admission) and the amount to recover is set. A human decision: no
   * scan ever undoes it.
   */
  async confirm(ctx: RequestContext, id: string, input: ConfirmRiskAlertInput): Promise<RiskAlert> {
    const staff = requireDecider(ctx, DECIDERS_ONLY);
    const note = cleanText(input.note, 'note', '确认依据', 2, 500);
    const alert = await lockedAlert(ctx, id);
    if (alert.status !== RiskAlertStatus.OPEN) throw conflict('该预警已处理');
    if (alert.kind === RiskAlertKind.UNCERTIFIED_ELDERLY) throw conflict(DECIDED_BY_SUSPENSION);
    const recovery = input.recoveryAmount ?? alert.overpaidAmount;
    if (!Number.isSafeInteger(recovery) || recovery < 0) throw badInput('recoveryAmount', '应追回金额不能为负数');

    const retiree = await ctx.em.findOneOrFail(Retiree, { id: alert.retiree.id });
    const newStatus = STATUS_ON_CONFIRM[alert.kind];
    if (newStatus && retiree.status !== newStatus && retiree.status !== RetireeStatus.DECEASED) {
      ctx.em.create(RetireeChange, {
        retiree, orgPath: retiree.orgPath, field: 'status', oldValue: retiree.status, newValue: newStatus,
        source: ChangeSource.STAFF, actorName: staff.displayName, actorStaffId: staff.staffId, note: `基金风险预警 #${alert.id} 确认：${note}`.slice(0, 500), changedAt: new Date(),
      });
      retiree.status = newStatus;
    }
    alert.status = recovery === 0 ? RiskAlertStatus.RESOLVED : RiskAlertStatus.CONFIRMED;
    alert.recoveryAmount = recovery;
    alert.stopFromPeriod = newStatus && alert.eventDate ? monthAfter(alert.eventDate) : null;
    alert.decisionNote = note;
    alert.decidedByName = staff.displayName;
    alert.decidedAt = new Date();
    if (recovery === 0) alert.closedAt = new Date();
    await ctx.em.flush();
    await closeSystemTasks(ctx.em, RISK_SOURCE, alert.id, TaskStatus.DONE, `预警已确认：${note}`, staff.displayName);
    // A confirmed death starts 身后一件事 (once per person, however many alerts confirm it).
    if (alert.kind === RiskAlertKind.DECEASED_PAID && alert.eventDate) await posthumousService.open(ctx, retiree, alert.eventDate, alert.id, staff.displayName);
    return alert;
  },

  /** Not a risk after all: the reason is kept, and the same evidence never raises it again. */
  async dismiss(ctx: RequestContext, id: string, reason: string): Promise<RiskAlert> {
    const staff = requireDecider(ctx, DECIDERS_ONLY);
    const why = cleanText(reason, 'reason', '排除原因', 2, 500);
    const alert = await lockedAlert(ctx, id);
    if (alert.status !== RiskAlertStatus.OPEN) throw conflict('该预警已处理');
    alert.status = RiskAlertStatus.DISMISSED;
    alert.decisionNote = why;
    alert.decidedByName = staff.displayName;
    alert.decidedAt = new Date();
    alert.closedAt = new Date();
    await ctx.em.flush();
    await closeSystemTasks(ctx.em, RISK_SOURCE, alert.id, TaskStatus.CANCELLED, `预警已排除：${why}`, staff.displayName);
    return alert;
  },

  /** Money recovered (in fen), one ledger row each; once it reaches the amount to recover, the alert is closed. */
  async recordRecovery(ctx: RequestContext, id: string, amount: number, note?: string | null): Promise<RiskAlert> {
    const staff = requireDecider(ctx, DECIDERS_ONLY);
    if (!Number.isSafeInteger(amount) || amount <= 0) throw badInput('amount', '追回金额应为正数（分）');
    const alert = await lockedAlert(ctx, id);
    if (alert.status !== RiskAlertStatus.CONFIRMED) throw conflict('只有已确认、待追回的预警可以登记追回');
    const outstanding = (alert.recoveryAmount ?? 0) - alert.recoveredAmount;
    if (amount > outstanding) throw badInput('amount', `超过尚未追回的金额（${formatYuan(outstanding)}）`);
    alert.recoveredAmount += amount;
    ctx.em.create(RiskRecovery, { alertId: alert.id, orgPath: alert.orgPath, amount, note: note?.trim().slice(0, 300) || null, recordedByName: staff.displayName, recordedAt: new Date() });
    if (alert.recoveredAmount === alert.recoveryAmount) {
      alert.status = RiskAlertStatus.RECOVERED;
      alert.closedAt = new Date();
    }
    await ctx.em.flush();
    return alert;
  },

  /** What the caller may do with the alert now (the console shows exactly these buttons). */
  allowedActions(ctx: RequestContext, alert: RiskAlert): string[] {
    if (!isDecider(ctx.actor)) return [];
    if (alert.status === RiskAlertStatus.OPEN) return alert.kind === RiskAlertKind.UNCERTIFIED_ELDERLY ? ['DISMISS'] : ['CONFIRM', 'DISMISS'];
    if (alert.status === RiskAlertStatus.CONFIRMED) return ['RECORD_RECOVERY'];
    return [];
  },

  recoveries(ctx: RequestContext, alert: RiskAlert): Promise<RiskRecovery[]> {
    return ctx.em.find(RiskRecovery, { alertId: alert.id }, { orderBy: { id: 'asc' } });
  },

  /** The community's verification task of the alert, if the caller can see it. */
  verificationTask(ctx: RequestContext, alert: RiskAlert): Promise<Task | null> {
    return ctx.em.findOne(Task, { sourceKind: RISK_SOURCE, sourceId: alert.id }, { orderBy: { id: 'desc' } });
  },

  /** The whole city, now (the bureau); imports and the nightly job run the same scan. */
  async runScan(ctx: RequestContext): Promise<RiskScanResult> {
    requireStaff(ctx);
    return inTransaction(ctx.platform.importPool, (client) => scanRisks(client, ctx.platform.config.risk, ctx.platform.config.calendar));
  },
};

import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { conflict, notFound } from '../../common/errors.js';
import { isDecider, requireDecider, requireStaff } from '../../common/guards.js';
import { recordId } from '../../common/ids.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { monthAfter } from '../../common/periods.js';
import { cleanText } from '../../common/text.js';
import { todayInShanghai } from '../../common/working-days.js';
import { certificationStatus } from '../certification/certification.service.js';
import { Certification } from '../certification/certification.entities.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { notificationService } from '../notification/notification.service.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { ChangeSource, RetireeChange } from '../retiree/retiree-change.entity.js';
import { Retiree, RetireeStatus } from '../retiree/retiree.entity.js';
import { PaymentSuspension, SuspensionStatus } from './payment-suspension.entity.js';
import { closeSystemTasks } from '../task/system-tasks.js';
import { TaskStatus } from '../task/task.entities.js';
import { RISK_SOURCE } from '../risk/risk-scan.js';
import type { PaymentSuspensionFilter, PaymentSuspensionList, SuspensionSummary } from './suspension.inputs.js';

const DECIDERS_ONLY = '暂停发放由镇街或市局工作人员决定';

async function locked(ctx: RequestContext, id: string): Promise<PaymentSuspension> {
  const suspension = await ctx.em.findOne(PaymentSuspension, { id: recordId(id, '该暂停发放') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!suspension) throw notFound('该暂停发放');
  return suspension;
}

export const suspensionService = {
  async list(ctx: RequestContext, filter: PaymentSuspensionFilter | null | undefined, limit?: number | null, after?: string | null): Promise<PaymentSuspensionList> {
    requireStaff(ctx);
    const size = pageSize(limit);
    const where: FilterQuery<PaymentSuspension> = {};
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    if (filter?.orgUnitId) where.orgPath = { $like: `${unitInActorArea(ctx, filter.orgUnitId).path}%` };
    if (filter?.retireeId) where.retiree = Number(recordId(filter.retireeId, '该退休人员'));
    const cursor = decodeCursor(after);
    const rows = await ctx.em.find(PaymentSuspension, cursor ? { ...where, id: { $lt: cursor } } : where, { orderBy: { id: 'desc' }, limit: size + 1 });
    const total = await ctx.em.count(PaymentSuspension, where);
    return { ...toPage(rows, size, (s) => s.id), total };
  },

  async get(ctx: RequestContext, id: string): Promise<PaymentSuspension> {
    requireStaff(ctx);
    const suspension = await ctx.em.findOne(PaymentSuspension, { id: recordId(id, '该暂停发放') });
    if (!suspension) throw notFound('该暂停发放');
    return suspension;
  },

  async summary(ctx: RequestContext, orgUnitId?: string | null): Promise<SuspensionSummary> {
    requireStaff(ctx);
    const unit = unitInActorArea(ctx, orgUnitId);
    const [row] = await ctx.em.execute<{ proposed: string; suspended: string; restored: string; withdrawn: string; back_pay: string }[]>(
      `select count(*) filter (where status = 'PROPOSED') as proposed, count(*) filter (where status = 'SUSPENDED') as suspended,
              count(*) filter (where status = 'RESTORED') as restored, count(*) filter (where status = 'WITHDRAWN') as withdrawn,
              coalesce(sum(back_pay_amount), 0) as back_pay
         from payment_suspension where org_path like ?`,
      [`${unit.path}%`],
    );
    return {
      proposed: Number(row?.proposed ?? 0), suspended: Number(row?.suspended ?? 0), restored: Number(row?.restored ?? 0),
      withdrawn: Number(row?.withdrawn ?? 0), backPayAmount: Number(row?.back_pay ?? 0),
    };
  },

  /**
   * A person decides to suspend: payment stops from the month after the decision (months already
   * paid are not clawed back — the person may well be alive), the retiree is told how to restore it.
   * Refused if the person has certified meanwhile (the proposal is then withdrawn).
   */
  async confirm(ctx: RequestContext, id: string, note: string): Promise<PaymentSuspension> {
    const staff = requireDecider(ctx, DECIDERS_ONLY);
    const why = cleanText(note, 'note', '暂停依据', 2, 500);
    const suspension = await locked(ctx, id);
    if (suspension.status !== SuspensionStatus.PROPOSED) throw conflict('该暂停发放已处理');
    const certification = await ctx.em.findOne(Certification, { retiree: suspension.retiree.id });
    // The same test as settleCertified's: a valid certification newer than the lapse.
    const renewed = certification?.validUntil && certification.validUntil > suspension.lapsedOn
      && ['VALID', 'DUE_SOON'].includes(certificationStatus(certification.validUntil, certification.blockedReason));
    if (renewed) {
      throw conflict('本人已重新认证，无需暂停；该提议将自动撤销');
    }
    const retiree = await ctx.em.findOneOrFail(Retiree, { id: suspension.retiree.id });
    if (retiree.status !== RetireeStatus.ACTIVE) throw conflict('该退休人员当前不是正常发放状态');

    const today = todayInShanghai();
    suspension.status = SuspensionStatus.SUSPENDED;
    suspension.fromPeriod = monthAfter(today);
    suspension.decisionNote = why;
    suspension.decidedByName = staff.displayName;
    suspension.decidedAt = new Date();
    retiree.status = RetireeStatus.SUSPENDED;
    ctx.em.create(RetireeChange, {
      retiree, orgPath: retiree.orgPath, field: 'status', oldValue: RetireeStatus.ACTIVE, newValue: RetireeStatus.SUSPENDED,
      source: ChangeSource.STAFF, actorName: staff.displayName, actorStaffId: staff.staffId, note: `生存认证过期暂停发放 #${suspension.id}：${why}`.slice(0, 500), changedAt: new Date(),
    });
    await ctx.em.flush();
    // "Very old, uncertified, still paid" is answered: no longer paid.
    const settled = await ctx.em.execute<{ id: string }[]>(
      `update risk_alert set status = 'RESOLVED', closed_at = now(), decided_at = now(), decided_by_name = ?, decision_note = ?
        where kind = 'UNCERTIFIED_ELDERLY' and status = 'OPEN' and retiree_id = ? returning id`,
      [staff.displayName, `已暂停发放（暂停发放 #${suspension.id}）`, retiree.id],
    );
    for (const { id: alertId } of settled) await closeSystemTasks(ctx.em, RISK_SOURCE, alertId, TaskStatus.DONE, '已暂停发放', staff.displayName);
    await notificationService.notify(ctx.em, ctx.platform.jobs, {
      retireeId: retiree.id,
      orgPath: retiree.orgPath,
      kind: NotificationKind.PAYMENT_SUSPENDED,
      title: '养老金暂停发放',
      body: `${retiree.name}您好：您的养老金领取资格认证已于 ${suspension.lapsedOn} 到期，自 ${suspension.fromPeriod} 起暂停发放。`
        + '完成认证后即恢复发放，并补发暂停期间的养老金。可在本应用"我要认证"刷脸认证，或联系社区上门认证。',
      eventKey: `suspension:${suspension.id}`,
      link: '/certification',
      sms: true,
    });
    return suspension;
  },

  /** A person decides not to suspend (e.g. in hospital, the family is arranging certification). */
  async withdraw(ctx: RequestContext, id: string, reason: string): Promise<PaymentSuspension> {
    const staff = requireDecider(ctx, DECIDERS_ONLY);
    const why = cleanText(reason, 'reason', '不暂停的原因', 2, 500);
    const suspension = await locked(ctx, id);
    if (suspension.status !== SuspensionStatus.PROPOSED) throw conflict('该暂停发放已处理');
    suspension.status = SuspensionStatus.WITHDRAWN;
    suspension.decisionNote = why;
    suspension.decidedByName = staff.displayName;
    suspension.decidedAt = new Date();
    suspension.closedAt = new Date();
    await ctx.em.flush();
    return suspension;
  },

  allowedActions(ctx: RequestContext, suspension: PaymentSuspension): string[] {
    return isDecider(ctx.actor) && suspension.status === SuspensionStatus.PROPOSED ? ['SUSPEND', 'WITHDRAW'] : [];
  },
};

import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { areaContains } from '../../common/area-filter.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../common/errors.js';
import { requireRetiree, requireStaff } from '../../common/guards.js';
import { recordId } from '../../common/ids.js';
import { cleanText } from '../../common/text.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { notificationService } from '../notification/notification.service.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import type { OrgNode } from '../org-unit/org-directory.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { Retiree, RetireeStatus } from '../retiree/retiree.entity.js';
import { retireeService } from '../retiree/retiree.service.js';
import { closeSystemTasks, openSystemTask, TaskSourceKind } from '../task/system-tasks.js';
import { TaskStatus, TaskType } from '../task/task.entities.js';
import { CommunityTransfer, OPEN_TRANSFER_STATUSES, TransferStatus } from './community-transfer.entity.js';
import { TransferDirection, type TransferFilter, type TransferRequestInput } from './transfer.inputs.js';

const REVIEW_DAYS = 3;

/** A decision's note: optional when saying yes, required (2–500) when saying no. */
function decisionNote(yes: boolean, reason: string | null | undefined, yesLabel: string, noLabel: string): string | null {
  if (!yes) return cleanText(reason, 'reason', noLabel, 2, 500);
  return reason?.trim() ? cleanText(reason, 'reason', yesLabel, 0, 500) : null;
}

/** Loads and locks a transfer, so two reviewers clicking at once move it once. */
async function lockTransfer(ctx: RequestContext, id: string): Promise<CommunityTransfer> {
  const transfer = await ctx.em.findOne(CommunityTransfer, { id: recordId(id, '该转移申请') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!transfer) throw notFound('该转移申请');
  return transfer;
}

function community(ctx: RequestContext, id: number): OrgNode {
  return ctx.platform.orgs.get(id)!;
}

function contactLine(unit: OrgNode): string {
  return unit.contactPhone ? `联系电话 ${unit.contactPhone}` : '';
}

async function tellRetiree(ctx: RequestContext, transfer: CommunityTransfer, orgPath: string, step: string, title: string, body: string) {
  await notificationService.notify(ctx.em, ctx.platform.jobs, {
    retireeId: transfer.retiree.id,
    orgPath,
    kind: NotificationKind.COMMUNITY_TRANSFER,
    title,
    body,
    eventKey: `community-transfer:${transfer.id}:${step}`,
    link: '/transfer',
    sms: step === 'completed' || step.startsWith('rejected'),
  });
}

export const transferService = {
  async request(ctx: RequestContext, input: TransferRequestInput): Promise<CommunityTransfer> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    let retiree: Retiree;
    if (actor.kind === 'RETIREE') {
      retiree = await ctx.em.findOneOrFail(Retiree, { id: actor.retireeId });
    } else {
      const staff = requireStaff(ctx);
      if (!staff.permissions.has('task:work')) throw forbidden('您没有代办社区转移的权限');
      if (!input.retireeId) throw badInput('retireeId', '请选择要办理转移的退休人员');
      retiree = await retireeService.get(ctx, input.retireeId);
    }
    if (retiree.status !== RetireeStatus.ACTIVE) throw conflict(retiree.status === RetireeStatus.DECEASED ? '该人员已故，不能办理社区转移' : '该人员目前不是正常发放状态，不能办理社区转移');
    if (!retiree.community) throw conflict('该人员尚未分配管理社区，请由镇街先分配社区');
    const target = ctx.platform.orgs.get(Number(input.toCommunityId));
    if (!target || target.level !== OrgLevel.COMMUNITY) throw badInput('toCommunityId', '请选择要转入的社区');
    if (target.id === retiree.community.id) throw badInput('toCommunityId', '新社区与当前管理社区相同，无需转移', { reason: 'SAME_COMMUNITY' });
    const newAddress = cleanText(input.newAddress, 'newAddress', '新居住地址', 5, 300);
    const reason = cleanText(input.reason, 'reason', '转移原因', 2, 500);
    const origin = community(ctx, retiree.community.id);

    const transfer = ctx.em.create(CommunityTransfer, {
      retiree,
      fromCommunity: origin.id,
      fromPath: origin.path,
      toCommunity: target.id,
      toPath: target.path,
      status: TransferStatus.PENDING_ORIGIN,
      newAddress,
      reason,
      requestedByName: actor.displayName,
      requestedByRetiree: actor.kind === 'RETIREE',
      createdAt: new Date(),
    });
    try {
      await ctx.em.persistAndFlush(transfer);
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw conflict('已有一份正在办理的社区转移申请，请等待办结或先撤销');
      throw e;
    }
    await openSystemTask(ctx.em, ctx.platform.config.calendar, {
      type: TaskType.COMMUNITY_TRANSFER,
      title: `社区转移审核：${retiree.name} 申请转往${target.name}`,
      instructions: `请核实后在「社区转移」中同意或不同意转出。新居住地址：${newAddress}；原因：${reason}`,
      unitId: origin.id,
      dueInWorkingDays: REVIEW_DAYS,
      sourceKind: TaskSourceKind.COMMUNITY_TRANSFER,
      sourceId: transfer.id,
      retireeIds: [retiree.id],
    });
    await tellRetiree(ctx, transfer, origin.path, 'requested', '已收到您的社区转移申请', `您申请从${origin.name}转到${target.name}，${origin.name}会在 ${REVIEW_DAYS} 个工作日内审核，结果会通知您。`);
    return transfer;
  },

  /** The origin community (or a unit above it) approves or refuses to let the retiree go. */
  async review(ctx: RequestContext, id: string, approve: boolean, reason?: string | null): Promise<CommunityTransfer> {
    const actor = requireStaff(ctx);
    const transfer = await lockTransfer(ctx, id);
    if (!areaContains(actor.scope, transfer.fromPath)) throw forbidden('只有转出社区可以审核转出');
    if (transfer.status !== TransferStatus.PENDING_ORIGIN) throw conflict('该申请已经审核过了');
    const note = decisionNote(approve, reason, '审核意见', '不同意的原因');
    const now = new Date();
    const origin = community(ctx, transfer.fromCommunity.id);
    const target = community(ctx, transfer.toCommunity.id);
    transfer.originReviewedAt = now;
    transfer.originReviewerName = actor.displayName;
    transfer.originNote = note;
    transfer.status = approve ? TransferStatus.PENDING_TARGET : TransferStatus.REJECTED_BY_ORIGIN;
    if (approve) transfer.forwardedAt = now;
    await ctx.em.flush();
    await closeSystemTasks(ctx.em, TaskSourceKind.COMMUNITY_TRANSFER, transfer.id, TaskStatus.DONE, approve ? '同意转出' : `不同意转出：${note}`, actor.displayName);
    if (approve) {
      const retiree = await ctx.em.findOneOrFail(Retiree, { id: transfer.retiree.id });
      await openSystemTask(ctx.em, ctx.platform.config.calendar, {
        type: TaskType.COMMUNITY_TRANSFER,
        title: `社区转移接收：${retiree.name} 从${origin.name}转入`,
        instructions: `请在「社区转移」中接收或说明不能接收的原因。新居住地址：${transfer.newAddress}`,
        unitId: target.id,
        dueInWorkingDays: REVIEW_DAYS,
        sourceKind: TaskSourceKind.COMMUNITY_TRANSFER,
        sourceId: transfer.id,
        retireeIds: [retiree.id],
      });
      await tellRetiree(ctx, transfer, origin.path, 'approved', `${origin.name}已同意转出`, `您的转移申请已转给${target.name}，接收后您的管理社区就会变更。`);
    } else {
      await tellRetiree(ctx, transfer, origin.path, 'rejected-origin', '社区转移申请未通过', `${origin.name}未同意转出：${note}。如有疑问请联系社区。${contactLine(origin)}`);
    }
    return transfer;
  },

  /** The target community (or a unit above it) takes the retiree on, which completes the transfer. */
  async accept(ctx: RequestContext, id: string, accept: boolean, reason?: string | null): Promise<CommunityTransfer> {
    const actor = requireStaff(ctx);
    const transfer = await lockTransfer(ctx, id);
    if (!areaContains(actor.scope, transfer.toPath)) throw forbidden('只有转入社区可以接收');
    if (transfer.status !== TransferStatus.PENDING_TARGET) throw conflict(transfer.status === TransferStatus.PENDING_ORIGIN ? '转出社区尚未同意' : '该申请已经处理过了');
    const note = decisionNote(accept, reason, '接收意见', '不能接收的原因');
    const origin = community(ctx, transfer.fromCommunity.id);
    const target = community(ctx, transfer.toCommunity.id);
    if (accept) {
      // Moves the retiree and every row that follows them; records the change in their history.
      await ctx.em.execute('select app_move_transferred_retiree(?, ?, ?)', [transfer.id, actor.displayName, actor.staffId]);
    }
    const now = new Date();
    transfer.targetReviewedAt = now;
    transfer.targetReviewerName = actor.displayName;
    transfer.targetNote = note;
    transfer.status = accept ? TransferStatus.COMPLETED : TransferStatus.REJECTED_BY_TARGET;
    if (accept) transfer.completedAt = now;
    await ctx.em.flush();
    await closeSystemTasks(ctx.em, TaskSourceKind.COMMUNITY_TRANSFER, transfer.id, TaskStatus.DONE, accept ? '已接收' : `不能接收：${note}`, actor.displayName);
    if (accept) {
      await tellRetiree(ctx, transfer, target.path, 'completed', `您的管理社区已变更为${target.name}`, `${target.name}已接收您，今后请找${target.name}办理退休服务事项。${contactLine(target)}`);
    } else {
      await tellRetiree(ctx, transfer, origin.path, 'rejected-target', '社区转移未能完成', `${target.name}暂不能接收：${note}。您的管理社区仍是${origin.name}。${contactLine(origin)}`);
    }
    return transfer;
  },

  /** The retiree (their own) or origin-side staff withdraw an open transfer. */
  async cancel(ctx: RequestContext, id: string): Promise<CommunityTransfer> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    const transfer = await lockTransfer(ctx, id);
    if (actor.kind === 'STAFF' && !areaContains(actor.scope, transfer.fromPath)) throw forbidden('只有转出社区或本人可以撤销');
    if (actor.kind === 'CLIENT') throw forbidden();
    if (!(OPEN_TRANSFER_STATUSES as readonly TransferStatus[]).includes(transfer.status)) throw conflict('该申请已经办结，不能撤销');
    transfer.status = TransferStatus.CANCELLED;
    transfer.cancelledAt = new Date();
    await ctx.em.flush();
    await closeSystemTasks(ctx.em, TaskSourceKind.COMMUNITY_TRANSFER, transfer.id, TaskStatus.CANCELLED, `${actor.kind === 'RETIREE' ? '本人' : actor.displayName}撤销了申请`, actor.displayName);
    if (actor.kind === 'STAFF') {
      await tellRetiree(ctx, transfer, transfer.fromPath, 'cancelled', '社区转移申请已撤销', `工作人员${actor.displayName}撤销了您的社区转移申请。如有疑问请联系社区。`);
    }
    return transfer;
  },

  async get(ctx: RequestContext, id: string): Promise<CommunityTransfer> {
    const transfer = await ctx.em.findOne(CommunityTransfer, { id: recordId(id, '该转移申请') });
    if (!transfer) throw notFound('该转移申请');
    return transfer;
  },

  async list(ctx: RequestContext, filter: TransferFilter = {}, limit?: number | null, after?: string | null) {
    requireStaff(ctx);
    const size = pageSize(limit);
    const cursor = decodeCursor(after);
    const where: FilterQuery<CommunityTransfer>[] = [];
    if (filter.status?.length) where.push({ status: { $in: filter.status } });
    if (filter.retireeId) where.push({ retiree: Number(filter.retireeId) || 0 });
    const unit = filter.orgUnitId || filter.direction ? unitInActorArea(ctx, filter.orgUnitId) : null;
    if (unit && filter.direction === TransferDirection.OUTGOING) where.push({ fromPath: { $like: `${unit.path}%` } });
    else if (unit && filter.direction === TransferDirection.INCOMING) where.push({ toPath: { $like: `${unit.path}%` }, forwardedAt: { $ne: null } });
    else if (unit) where.push({ $or: [{ fromPath: { $like: `${unit.path}%` } }, { toPath: { $like: `${unit.path}%` }, forwardedAt: { $ne: null } }] });
    const base: FilterQuery<CommunityTransfer> = where.length ? { $and: where } : {};
    const rows = await ctx.em.find(CommunityTransfer, cursor ? { $and: [base, { id: { $lt: cursor } }] } : base, { orderBy: { id: 'desc' }, limit: size + 1 });
    const total = await ctx.em.count(CommunityTransfer, base);
    return { ...toPage(rows, size, (t) => t.id), total };
  },

  async mine(ctx: RequestContext): Promise<CommunityTransfer[]> {
    return ctx.em.find(CommunityTransfer, { retiree: requireRetiree(ctx) }, { orderBy: { id: 'desc' }, limit: 20 });
  },

  /** What the viewer may do now: REVIEW (origin side), ACCEPT (target side), CANCEL. */
  allowedActions(ctx: RequestContext, transfer: CommunityTransfer): string[] {
    const actor = ctx.actor;
    if (!actor) return [];
    const open = (OPEN_TRANSFER_STATUSES as readonly TransferStatus[]).includes(transfer.status);
    if (actor.kind === 'RETIREE') return open ? ['CANCEL'] : [];
    if (actor.kind !== 'STAFF' || !actor.permissions.has('task:work')) return [];
    const actions: string[] = [];
    const originSide = areaContains(actor.scope, transfer.fromPath);
    if (originSide && transfer.status === TransferStatus.PENDING_ORIGIN) actions.push('REVIEW');
    if (areaContains(actor.scope, transfer.toPath) && transfer.status === TransferStatus.PENDING_TARGET) actions.push('ACCEPT');
    if (originSide && open) actions.push('CANCEL');
    return actions;
  },

  /**
   * Communities a retiree may move to, best match first: by name or township name typed, or
   * suggested from the new address (the community's and township's names appearing in it).
   */
  searchCommunities(ctx: RequestContext, search?: string | null, address?: string | null, limit = 20): OrgNode[] {
    const text = (search ?? '').trim();
    const addr = (address ?? '').trim();
    if (text.length > 50 || addr.length > 300) throw badInput(text.length > 50 ? 'search' : 'address', '输入太长了');
    const orgs = ctx.platform.orgs;
    const scored: { unit: OrgNode; score: number }[] = [];
    for (const unit of orgs.all()) {
      if (unit.level !== OrgLevel.COMMUNITY) continue;
      const township = unit.parentId ? orgs.get(unit.parentId) : undefined;
      let score = 0;
      if (text) {
        if (unit.name.includes(text)) score += 10;
        else if (township?.name.includes(text)) score += 3;
      }
      if (addr) {
        if (addr.includes(stripSuffix(unit.name))) score += 8;
        if (township && addr.includes(stripSuffix(township.name))) score += 4;
      }
      if (score > 0 || (!text && !addr)) scored.push({ unit, score });
    }
    scored.sort((a, b) => b.score - a.score || a.unit.code.localeCompare(b.unit.code));
    return scored.slice(0, Math.min(Math.max(limit, 1), 50)).map((s) => s.unit);
  },
};

/** "新北社区" also matches an address that says "新北" (people rarely write the suffix). */
function stripSuffix(name: string): string {
  const stripped = name.replace(/(社区|村|居委会|街道|镇|乡)$/, '');
  return stripped.length >= 2 ? stripped : name;
}

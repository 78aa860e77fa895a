import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { requireStaff } from '../../common/guards.js';
import { recordId } from '../../common/ids.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { cleanText } from '../../common/text.js';
import { RISK_SCAN_JOB } from '../jobs/tasks.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { LifeEvent, LifeEventCandidate, LifeEventMatch } from './life-event.entity.js';
import type { LifeEventCandidateView, LifeEventFilter, LifeEventList } from './life-event.inputs.js';

const PROFILE_EVENTS = 50;

/** Shared-data records: on the profile, in the list, and the review queue for records without a usable ID. */
export const lifeEventService = {
  async list(ctx: RequestContext, filter: LifeEventFilter | null | undefined, limit?: number | null, after?: string | null): Promise<LifeEventList> {
    const size = pageSize(limit);
    const where: FilterQuery<LifeEvent> = {};
    if (filter?.matchStatus) where.matchStatus = filter.matchStatus;
    if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
    if (filter?.orgUnitId) where.orgPath = { $like: `${unitInActorArea(ctx, filter.orgUnitId).path}%` };
    const cursor = decodeCursor(after);
    const rows = await ctx.em.find(LifeEvent, cursor ? { ...where, id: { $lt: cursor } } : where, { orderBy: { id: 'desc' }, limit: size + 1 });
    const total = await ctx.em.count(LifeEvent, where);
    return { ...toPage(rows, size, (e) => e.id), total };
  },

  async forRetiree(ctx: RequestContext, retireeId: number, limit?: number | null): Promise<LifeEvent[]> {
    return ctx.em.find(LifeEvent, { retiree: retireeId }, { orderBy: { eventDate: 'desc', id: 'desc' }, limit: Math.min(limit ?? PROFILE_EVENTS, 100) });
  },

  async candidates(ctx: RequestContext, event: LifeEvent): Promise<LifeEventCandidateView[]> {
    if (event.matchStatus !== LifeEventMatch.PENDING_REVIEW) return [];
    const rows = await ctx.em.find(LifeEventCandidate, { lifeEvent: event.id }, { populate: ['retiree'], orderBy: { retiree: 'asc' } });
    return rows.map((c) => ({ retiree: c.retiree.getEntity(), reason: c.reason }));
  },

  /** A person confirms which retiree a record without a usable ID belongs to. Never done automatically. */
  async confirmMatch(ctx: RequestContext, id: string, retireeId: string): Promise<LifeEvent> {
    const staff = requireStaff(ctx);
    const event = await pendingEvent(ctx, id);
    const candidate = await ctx.em.findOne(LifeEventCandidate, { lifeEvent: event.id, retiree: Number(recordId(retireeId, '该候选人')) }, { populate: ['retiree'] });
    if (!candidate) throw badInput('retireeId', '请从候选人中选择');
    const retiree: Retiree = candidate.retiree.getEntity();
    event.retiree = ctx.em.getReference(Retiree, retiree.id) as never;
    event.orgPath = retiree.orgPath;
    const settled = await settle(ctx, event, LifeEventMatch.CONFIRMED, `人工核对确认为 ${retiree.name}`, staff.displayName);
    // The record now belongs to someone: what it says (a death, a prison term) is scanned for risk.
    await ctx.platform.jobs.enqueue(ctx.em, RISK_SCAN_JOB, { retireeIds: [retiree.id] });
    return settled;
  },

  async rejectMatch(ctx: RequestContext, id: string, note: string): Promise<LifeEvent> {
    const staff = requireStaff(ctx);
    const reason = cleanText(note, 'note', '核对说明', 2, 200);
    return settle(ctx, await pendingEvent(ctx, id), LifeEventMatch.REJECTED, reason, staff.displayName);
  },
};

async function pendingEvent(ctx: RequestContext, id: string): Promise<LifeEvent> {
  // The row lock makes two reviewers' decisions sequential: the second sees it settled.
  const event = await ctx.em.findOne(LifeEvent, { id: recordId(id, '该记录') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!event) throw notFound('该记录');
  if (event.matchStatus !== LifeEventMatch.PENDING_REVIEW) throw conflict('该记录已核对过');
  return event;
}

/** Records the reviewer's decision; the candidates have served their purpose. */
async function settle(ctx: RequestContext, event: LifeEvent, status: LifeEventMatch, note: string, reviewer: string): Promise<LifeEvent> {
  event.matchStatus = status;
  event.matchNote = note;
  event.reviewedByName = reviewer;
  event.reviewedAt = new Date();
  event.updatedAt = new Date();
  await ctx.em.flush();
  await ctx.em.nativeDelete(LifeEventCandidate, { lifeEvent: event.id });
  return event;
}

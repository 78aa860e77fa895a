import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { areaContains } from '../../common/area-filter.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors.js';
import { requireStaff } from '../../common/guards.js';
import { recordId } from '../../common/ids.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { Retiree } from '../retiree/retiree.entity.js';
import type { RetireeList } from '../retiree/retiree.inputs.js';
import { closeSystemTasks } from '../task/system-tasks.js';
import { TaskStatus } from '../task/task.entities.js';
import { openCheckInTasks, PLACEMENT_SOURCE, sendWelcomes, type Sql } from './check-in.js';

/** The request's own statements (RLS applies), in the `$1` style the check-in SQL is written in. */
function requestSql(ctx: RequestContext): Sql {
  return (text, params) => {
    const ordered: unknown[] = [];
    const sql = text.replace(/\$(\d+)/g, (_, n: string) => (ordered.push(params[Number(n) - 1]), '?'));
    return ctx.em.execute(sql, ordered);
  };
}

/** New retirees the address did not place: their township (or the bureau) picks the community. */
export const placementService = {
  async awaiting(ctx: RequestContext, orgUnitId: string | null | undefined, limit?: number | null, after?: string | null): Promise<RetireeList> {
    requireStaff(ctx);
    const size = pageSize(limit);
    const cursor = decodeCursor(after);
    const where: FilterQuery<Retiree> = { community: null };
    if (orgUnitId) where.orgPath = { $like: `${unitInActorArea(ctx, orgUnitId).path}%` };
    const rows = await ctx.em.find(Retiree, cursor ? { ...where, id: { $gt: Number(cursor) } } : where, { orderBy: { id: 'asc' }, limit: size + 1 });
    const total = await ctx.em.count(Retiree, where);
    return { ...toPage(rows, size, (r) => r.id), total, totalExact: true };
  },

  async place(ctx: RequestContext, retireeId: string, communityId: string): Promise<Retiree> {
    const staff = requireStaff(ctx);
    if (staff.orgLevel === OrgLevel.COMMUNITY) throw forbidden('由镇街或市局分配社区');
    const id = Number(recordId(retireeId, '该退休人员'));
    const retiree = await ctx.em.findOne(Retiree, { id });
    if (!retiree) throw notFound('该退休人员');
    if (retiree.community) throw conflict('该人员已有管理社区；如需变更请办理社区转移');
    const target = ctx.platform.orgs.get(Number(communityId));
    if (!target || target.level !== OrgLevel.COMMUNITY) throw badInput('communityId', '请选择社区');
    if (!target.path.startsWith(retiree.orgPath) || !areaContains(staff.scope, target.path)) {
      throw badInput('communityId', '只能分配到本辖区内的社区');
    }
    await ctx.em.execute('select app_place_retiree(?, ?, ?, ?)', [id, target.id, staff.displayName, staff.staffId]);
    await closeSystemTasks(ctx.em, PLACEMENT_SOURCE, String(id), TaskStatus.DONE, `已分配到${target.name}`, staff.displayName);
    const sql = requestSql(ctx);
    await openCheckInTasks(sql, ctx.platform.config.calendar, [id]);
    await sendWelcomes(sql, [id]);
    ctx.em.clear();
    return ctx.em.findOneOrFail(Retiree, { id });
  },
};

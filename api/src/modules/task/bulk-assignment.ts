import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../context.js';
import { badInput, conflict, forbidden } from '../../common/errors.js';
import { requireStaff } from '../../common/guards.js';
import { cleanText } from '../../common/text.js';
import { signDeadline, todayInShanghai } from '../../common/working-days.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import type { OrgNode } from '../org-unit/org-directory.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { RetireeStatus } from '../retiree/retiree.entity.js';
import { TaskPriority } from './task.entities.js';
import type { BulkAssignInput, BulkTaskCriteriaInput } from './task.inputs.js';
import { validDueDate } from './task.service.js';

/** One action may hand out at most this many people; a whole city's list is not one campaign. */
const MAX_BULK_RETIREES = 20_000;

function yearsBefore(day: string, years: number): string {
  const md = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
  return `${String(Number(day.slice(0, 4)) - years).padStart(4, '0')}-${md}`;
}

/** The retirees matching the criteria, as SQL over `retiree r` (RLS and the path keep it in area). */
function targetsSql(unit: OrgNode, criteria: BulkTaskCriteriaInput): { sql: string; params: unknown[] } {
  const today = todayInShanghai();
  const where = ['r.org_path like ?', 'r.status = any(?::retiree_status[])'];
  const params: unknown[] = [`${unit.path}%`, `{${(criteria.status?.length ? criteria.status : [RetireeStatus.ACTIVE]).join(',')}}`];
  for (const [field, value] of [['minAge', criteria.minAge], ['maxAge', criteria.maxAge]] as const) {
    if (value != null && (!Number.isInteger(value) || value < 40 || value > 120)) throw badInput(`criteria.${field}`, '年龄应在 40 到 120 岁之间');
  }
  if (criteria.minAge != null && criteria.maxAge != null && criteria.minAge > criteria.maxAge) throw badInput('criteria.maxAge', '最大年龄不能小于最小年龄');
  if (criteria.minAge != null) {
    where.push('r.birth_date <= ?::date');
    params.push(yearsBefore(today, criteria.minAge));
  }
  if (criteria.maxAge != null) {
    where.push('r.birth_date > ?::date');
    params.push(yearsBefore(today, criteria.maxAge + 1));
  }
  if (criteria.gender) {
    where.push('r.gender = ?');
    params.push(criteria.gender);
  }
  if (criteria.notVisitedThisYear) {
    // A visit counts once its task is handled (not "unable") this calendar year.
    where.push(`not exists (
      select 1 from task_retiree tr join task t on t.id = tr.task_id
       where tr.retiree_id = r.id and t.type = 'VISIT' and t.status in ('DONE', 'EVALUATED') and t.outcome <> 'UNABLE'
         and t.completed_at >= ?::date::timestamp at time zone 'Asia/Shanghai')`);
    params.push(`${today.slice(0, 4)}-01-01`);
  }
  return { sql: `select r.id, r.community_id from retiree r where ${where.join(' and ')}`, params };
}

function bulkUnit(ctx: RequestContext, orgUnitId: string): OrgNode {
  const actor = requireStaff(ctx);
  if (actor.orgLevel === OrgLevel.COMMUNITY) throw forbidden('社区不能批量派发任务；请派给本社区工作人员');
  const unit = unitInActorArea(ctx, orgUnitId, 'criteria.orgUnitId');
  return unit;
}

export const bulkAssignment = {
  async preview(ctx: RequestContext, criteria: BulkTaskCriteriaInput) {
    const unit = bulkUnit(ctx, criteria.orgUnitId);
    const targets = targetsSql(unit, criteria);
    const rows = await ctx.em.execute<{ community_id: number; n: string }[]>(
      `select community_id, count(*) as n from (${targets.sql}) t group by 1`,
      targets.params,
    );
    const communities = rows
      .map((r) => ({ orgUnit: ctx.platform.orgs.get(r.community_id)!, retirees: Number(r.n) }))
      .sort((a, b) => a.orgUnit.code.localeCompare(b.orgUnit.code));
    return { taskCount: communities.length, retireeCount: communities.reduce((s, c) => s + c.retirees, 0), communities };
  },

  /** One task per community with its matching retirees, set-wise in one statement. */
  async assign(ctx: RequestContext, input: BulkAssignInput) {
    const actor = requireStaff(ctx);
    const unit = bulkUnit(ctx, input.criteria.orgUnitId);
    const title = cleanText(input.title, 'title', '任务标题', 2, 100);
    const instructions = input.instructions == null ? '' : cleanText(input.instructions, 'instructions', '工作要求', 0, 2000);
    validDueDate(input.dueDate);
    const preview = await this.preview(ctx, input.criteria);
    if (!preview.taskCount) throw badInput('criteria', '没有符合条件的人员，未派发任务');
    if (preview.retireeCount > MAX_BULK_RETIREES) throw badInput('criteria', `涉及 ${preview.retireeCount} 人，超过单次 ${MAX_BULK_RETIREES} 人的上限，请缩小范围`);
    if (input.expectedTaskCount != null && input.expectedTaskCount !== preview.taskCount) {
      throw conflict(`符合条件的社区已从 ${input.expectedTaskCount} 个变为 ${preview.taskCount} 个，请重新预览后确认`);
    }
    const batchId = randomUUID();
    const now = new Date();
    const creatorPath = ctx.platform.orgs.get(actor.orgUnitId)!.path;
    const targets = targetsSql(unit, input.criteria);
    const [row] = await ctx.em.execute<{ tasks: string; retirees: string }[]>(
      `with targets as materialized (${targets.sql}),
       per_unit as (select community_id, count(*) as n from targets group by 1),
       created as (
         insert into task (type, title, instructions, priority, status, assignee_unit_id, org_path, creator_unit_id, creator_path,
                           creator_staff_id, creator_name, batch_id, retiree_count, due_date, created_at, sign_deadline)
         select ?::task_type, ?, ?, ?::task_priority, 'ASSIGNED', o.id, o.path, ?, ?, ?, ?, ?::uuid, p.n, ?::date, ?, ?
           from per_unit p join org_unit o on o.id = p.community_id
         returning id, assignee_unit_id, org_path
       ),
       linked as (
         insert into task_retiree (task_id, retiree_id, org_path)
         select c.id, t.id, c.org_path from created c join targets t on t.community_id = c.assignee_unit_id
         returning 1
       ),
       events as (
         insert into task_event (task_id, org_path, kind, actor_name, note, at)
         select id, org_path, 'ASSIGNED', ?, '批量派发', ? from created
         returning 1
       )
       select (select count(*) from created) as tasks, (select count(*) from linked) as retirees, (select count(*) from events) as events`,
      [
        ...targets.params,
        input.type, title, instructions, input.priority ?? TaskPriority.NORMAL,
        actor.orgUnitId, creatorPath, actor.staffId, actor.displayName, batchId, input.dueDate, now, signDeadline(ctx.platform.config.calendar, now),
        actor.displayName, now,
      ],
    );
    return { batchId, taskCount: Number(row?.tasks ?? 0), retireeCount: Number(row?.retirees ?? 0) };
  },
};

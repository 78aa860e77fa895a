import type { RequestContext } from '../../context.js';
import { badInput } from '../../common/errors.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import type { OrgNode } from '../org-unit/org-directory.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { RetireeStatus } from '../retiree/retiree.entity.js';
import { retireesPerCommunity, sum } from '../retiree/retiree-counts.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { todayInShanghai } from '../task/task.service.js';
import type { PerformanceReport, PerformanceRow } from './performance.types.js';

const MAX_PERIOD_DAYS = 366;

/** Task counts of one group, straight from SQL. */
interface Tally {
  key: number | null;
  received: number;
  signedOnTime: number;
  completed: number;
  completedOnTime: number;
  overdue: number;
  evaluated: number;
  scoreSum: number;
}

const EMPTY: Omit<Tally, 'key'> = { received: 0, signedOnTime: 0, completed: 0, completedOnTime: 0, overdue: 0, evaluated: 0, scoreSum: 0 };

function add(a: Omit<Tally, 'key'>, b: Omit<Tally, 'key'>): Omit<Tally, 'key'> {
  return {
    received: a.received + b.received,
    signedOnTime: a.signedOnTime + b.signedOnTime,
    completed: a.completed + b.completed,
    completedOnTime: a.completedOnTime + b.completedOnTime,
    overdue: a.overdue + b.overdue,
    evaluated: a.evaluated + b.evaluated,
    scoreSum: a.scoreSum + b.scoreSum,
  };
}

function validDay(value: string, field: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw badInput(field, '日期应为 YYYY-MM-DD');
  return value;
}

function row(name: string, t: Omit<Tally, 'key'>, extra: Partial<PerformanceRow> = {}): PerformanceRow {
  const ratio = (n: number, d: number) => (d ? n / d : null);
  return {
    rank: 0,
    name,
    orgUnit: null,
    staffId: null,
    received: t.received,
    signedOnTime: t.signedOnTime,
    completed: t.completed,
    completedOnTime: t.completedOnTime,
    overdue: t.overdue,
    evaluated: t.evaluated,
    averageScore: t.evaluated ? Math.round((t.scoreSum / t.evaluated) * 100) / 100 : null,
    signedOnTimeRate: ratio(t.signedOnTime, t.received),
    onTimeRate: ratio(t.completedOnTime, t.received),
    retirees: null,
    infoConfirmedRate: null,
    certifiedRate: null,
    ...extra,
  };
}

/** Better first: more work finished on time, then better scores, then more work taken on. */
function ranked(rows: PerformanceRow[]): PerformanceRow[] {
  const sorted = [...rows].sort(
    (a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || (b.averageScore ?? 0) - (a.averageScore ?? 0) || b.received - a.received || a.name.localeCompare(b.name, 'zh'),
  );
  return sorted.map((r, i) => ({ ...r, rank: i + 1 }));
}

export const performanceService = {
  /**
   * Tasks received in [from, to] by the units directly under `orgUnitId` (their whole subtrees),
   * or by each person when the unit is a community, from one grouped scan of the period.
   */
  async report(ctx: RequestContext, orgUnitId: string | null | undefined, from: string, to: string): Promise<PerformanceReport> {
    const unit = unitInActorArea(ctx, orgUnitId || null);
    validDay(from, 'from');
    validDay(to, 'to');
    if (from > to) throw badInput('to', '结束日期不能早于开始日期');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_PERIOD_DAYS) throw badInput('to', '统计期间最长一年');
    const byStaff = unit.level === OrgLevel.COMMUNITY;
    const groupKey = byStaff ? 'coalesce(completed_by_id, signed_by_id, assignee_staff_id)' : 'assignee_unit_id';
    const tallies = await ctx.em.execute<Record<string, string | number | null>[]>(
      `select ${groupKey} as key, count(*) as received,
              count(*) filter (where signed_on_time) as signed_on_time,
              count(*) filter (where status in ('DONE', 'EVALUATED')) as completed,
              count(*) filter (where completed_on_time) as completed_on_time,
              count(*) filter (where completed_on_time = false or (status in ('ASSIGNED', 'SIGNED', 'RETURNED') and due_date < ?)) as overdue,
              count(score) as evaluated, coalesce(sum(score), 0) as score_sum
         from task
        where org_path like ? ${byStaff ? 'and assignee_unit_id = ?' : ''}
          and created_at >= ?::date::timestamp at time zone 'Asia/Shanghai'
          and created_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'
          and status <> 'CANCELLED'
        group by 1`,
      byStaff ? [todayInShanghai(), `${unit.path}%`, unit.id, from, to] : [todayInShanghai(), `${unit.path}%`, from, to],
    );
    const parsed: Tally[] = tallies.map((t) => ({
      key: t.key == null ? null : Number(t.key),
      received: Number(t.received),
      signedOnTime: Number(t.signed_on_time),
      completed: Number(t.completed),
      completedOnTime: Number(t.completed_on_time),
      overdue: Number(t.overdue),
      evaluated: Number(t.evaluated),
      scoreSum: Number(t.score_sum),
    }));
    const total = parsed.reduce((acc, t) => add(acc, t), EMPTY);
    const rows = byStaff ? await this.staffRows(ctx, unit, parsed) : await this.unitRows(ctx, unit, parsed, to);
    return { orgUnit: unit, from, to, breakdown: byStaff ? 'STAFF' : 'UNITS', rows: ranked(rows), total: { ...row('合计', total), orgUnit: unit } };
  },

  async unitRows(ctx: RequestContext, unit: OrgNode, tallies: Tally[], to: string): Promise<PerformanceRow[]> {
    const orgs = ctx.platform.orgs;
    const children = orgs.childrenOf(unit.id);
    const perChild = new Map<number, Omit<Tally, 'key'>>();
    let own = EMPTY;
    for (const t of tallies) {
      const assignee = orgs.get(t.key!);
      const child = assignee && children.find((c) => assignee.path.startsWith(c.path));
      if (child) perChild.set(child.id, add(perChild.get(child.id) ?? EMPTY, t));
      else own = add(own, t);
    }
    const active = await retireesPerCommunity(ctx.em, orgs.communityIdsUnder(unit.path), [RetireeStatus.ACTIVE]);
    const confirmedRows = await ctx.em.execute<{ org_path: string; n: string }[]>(
      `select org_path, count(distinct retiree_id) as n from info_confirmation
        where org_path like ? and status in ('CONFIRMED', 'RESOLVED') and responded_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'
        group by 1`,
      [`${unit.path}%`, to],
    );
    const confirmedUnder = (path: string) => confirmedRows.reduce((s, r) => (r.org_path.startsWith(path) ? s + Number(r.n) : s), 0);
    const rows = children.map((child) => {
      const retirees = sum(active, orgs.communityIdsUnder(child.path));
      return row(child.name, perChild.get(child.id) ?? EMPTY, {
        orgUnit: child,
        retirees,
        infoConfirmedRate: retirees ? Math.min(confirmedUnder(child.path) / retirees, 1) : null,
      });
    });
    // Work handed to the unit itself (e.g. by the bureau to a township) is shown as its own row.
    if (own.received) rows.push(row(`${unit.name}（本级）`, own, { orgUnit: null }));
    return rows;
  },

  async staffRows(ctx: RequestContext, unit: OrgNode, tallies: Tally[]): Promise<PerformanceRow[]> {
    const people = await ctx.em.find(StaffUser, { orgUnit: unit.id }, { orderBy: { id: 'asc' } });
    const byId = new Map(tallies.map((t) => [t.key, t]));
    const rows = people.map((p) => row(p.displayName, byId.get(p.id) ?? EMPTY, { staffId: p.id }));
    const unclaimed = byId.get(null);
    if (unclaimed) rows.push(row('（尚未签领）', unclaimed));
    return rows;
  },
};

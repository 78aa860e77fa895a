import type { RequestContext } from '../../context.js';
import { badInput } from '../../common/errors.js';
import { addDays, isIsoDay, todayInShanghai } from '../../common/working-days.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import type { OrgNode } from '../org-unit/org-directory.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { RetireeStatus } from '../retiree/retiree.entity.js';
import { retireesPerCommunity, sum } from '../retiree/retiree-counts.js';
import { StaffUser } from '../staff/staff-user.entity.js';
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
  if (!isIsoDay(value)) throw badInput(field, '日期应为 YYYY-MM-DD');
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

function nextMonthStart(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const nextDay = (day: string) => addDays(day, 1);

/**
 * Splits [from, to] into whole months, read from the `task_month_stats` rollup, and the days at
 * either end, read from the tasks themselves. Bounds are half-open days (Asia/Shanghai).
 */
export function periodParts(from: string, to: string): { months: [string, string] | null; live: [string, string][] } {
  const end = nextDay(to);
  const firstWhole = from.endsWith('-01') ? from : nextMonthStart(from);
  const endWhole = end.endsWith('-01') ? end : `${to.slice(0, 7)}-01`;
  if (firstWhole >= endWhole) return { months: null, live: [[from, end]] };
  const live: [string, string][] = [];
  if (from < firstWhole) live.push([from, firstWhole]);
  if (endWhole < end) live.push([endWhole, end]);
  return { months: [firstWhole, endWhole], live };
}

const PERSON = 'coalesce(completed_by_id, signed_by_id, assignee_staff_id, 0)';

export const performanceService = {
  /** Task counts per unit (or per person of one community) for tasks assigned in [from, to]. */
  async tallies(ctx: RequestContext, unitIds: number[], byStaff: boolean, from: string, to: string): Promise<Tally[]> {
    const parts = periodParts(from, to);
    const liveKey = byStaff ? PERSON : 'assignee_unit_id';
    const shanghai = (param: string) => `${param}::date::timestamp at time zone 'Asia/Shanghai'`;
    const selects: string[] = [];
    const params: unknown[] = [];
    const ids = `{${unitIds.join(',')}}`;
    if (parts.months) {
      selects.push(`select ${byStaff ? 'person_id' : 'assignee_unit_id'} as key, received, signed_on_time, completed, completed_on_time, completed_late, evaluated, score_sum, 0 as open_overdue
        from task_month_stats where assignee_unit_id = any(?::int[]) and month >= ?::date and month < ?::date`);
      params.push(ids, ...parts.months);
    }
    for (const [start, end] of parts.live) {
      selects.push(`select ${liveKey} as key, count(*), count(*) filter (where signed_on_time), count(*) filter (where status in ('DONE', 'EVALUATED')),
               count(*) filter (where completed_on_time), count(*) filter (where completed_on_time = false), count(score), coalesce(sum(score), 0), 0
          from task where assignee_unit_id = any(?::int[]) and status <> 'CANCELLED' and created_at >= ${shanghai('?')} and created_at < ${shanghai('?')}
         group by 1`);
      params.push(ids, start, end);
    }
    // Still open and past due: counted live, since "overdue" changes with the calendar, not with a write.
    selects.push(`select ${liveKey} as key, 0, 0, 0, 0, 0, 0, 0, count(*)
        from task where status in ('ASSIGNED', 'SIGNED', 'RETURNED') and assignee_unit_id = any(?::int[]) and due_date < ?::date
         and created_at >= ${shanghai('?')} and created_at < ${shanghai('?')}
       group by 1`);
    params.push(ids, todayInShanghai(), from, nextDay(to));
    const rows = await ctx.em.execute<Record<string, string | number | null>[]>(
      `select key, sum(received) as received, sum(signed_on_time) as signed_on_time, sum(completed) as completed,
              sum(completed_on_time) as completed_on_time, sum(completed_late) + sum(open_overdue) as overdue,
              sum(evaluated) as evaluated, sum(score_sum) as score_sum
         from (${selects.join('\n union all\n')}) as parts (key, received, signed_on_time, completed, completed_on_time, completed_late, evaluated, score_sum, open_overdue)
        group by key`,
      params,
    );
    return rows.map((t) => ({
      key: t.key == null || (byStaff && Number(t.key) === 0) ? null : Number(t.key),
      received: Number(t.received),
      signedOnTime: Number(t.signed_on_time),
      completed: Number(t.completed),
      completedOnTime: Number(t.completed_on_time),
      overdue: Number(t.overdue),
      evaluated: Number(t.evaluated),
      scoreSum: Number(t.score_sum),
    }));
  },

  /**
   * Tasks received in [from, to] by the units directly under `orgUnitId` (their whole subtrees),
   * or by each person when the unit is a community: whole months from the rollup, the rest live.
   */
  async report(ctx: RequestContext, orgUnitId: string | null | undefined, from: string, to: string): Promise<PerformanceReport> {
    const unit = unitInActorArea(ctx, orgUnitId || null);
    validDay(from, 'from');
    validDay(to, 'to');
    if (from > to) throw badInput('to', '结束日期不能早于开始日期');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_PERIOD_DAYS) throw badInput('to', '统计期间最长一年');
    const byStaff = unit.level === OrgLevel.COMMUNITY;
    const unitIds = byStaff ? [unit.id] : ctx.platform.orgs.subtree(unit.path).map((n) => n.id);
    const parsed = await this.tallies(ctx, unitIds, byStaff, from, to);
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
    const active = await retireesPerCommunity(ctx.em, orgs.unitIdsUnder(unit.path), [RetireeStatus.ACTIVE]);
    const confirmedRows = await ctx.em.execute<{ org_path: string; n: string }[]>(
      `select org_path, count(distinct retiree_id) as n from info_confirmation
        where org_path like ? and status in ('CONFIRMED', 'RESOLVED') and responded_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'
        group by 1`,
      [`${unit.path}%`, to],
    );
    const confirmedUnder = (path: string) => confirmedRows.reduce((s, r) => (r.org_path.startsWith(path) ? s + Number(r.n) : s), 0);
    const rows = children.map((child) => {
      const retirees = sum(active, orgs.unitIdsUnder(child.path));
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

import { PHONE_FORMAT_MESSAGE, PHONE_PATTERN } from '../../common/phone.js';
import type { FilterQuery } from '@mikro-orm/core';
import { OptimisticLockError, raw } from '@mikro-orm/core';
import dayjs from 'dayjs';
import type { RequestContext } from '../../context.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../common/errors.js';
import { ID_NUMBER_PROBLEM_MESSAGES, parseIdNumber } from '../../common/id-number.js';
import { escapeLike } from '../../common/like.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { retireesPerCommunity, sum } from './retiree-counts.js';
import type { OrgNode } from '../org-unit/org-directory.js';
import { AuditAction, SensitiveField } from '../audit/audit-log.entity.js';
import { auditService, validReason } from '../audit/audit.service.js';
import { ChangeSource, RetireeChange } from './retiree-change.entity.js';
import { Retiree, type RetireeStatus } from './retiree.entity.js';
import type { RetireeFilter, RetireeUpdateInput } from './retiree.inputs.js';

const SENSITIVE_COLUMNS: Record<SensitiveField, 'idNumber' | 'bankAccount' | 'phone'> = {
  [SensitiveField.ID_NUMBER]: 'idNumber',
  [SensitiveField.BANK_ACCOUNT]: 'bankAccount',
  [SensitiveField.PHONE]: 'phone',
};

/** Profile fields a change may touch, and the history field name of each. */
const EDITABLE_FIELDS = ['name', 'phone', 'employer', 'hukouAddress', 'residenceAddress', 'bankName', 'bankAccount', 'citizenCardNo'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

function validIdNumber(value: string, field = 'idNumber'): string {
  const parsed = parseIdNumber(value);
  if (!parsed.ok) throw badInput(field, ID_NUMBER_PROBLEM_MESSAGES[parsed.problem]);
  return parsed.value;
}

function validDate(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (!dayjs(value, 'YYYY-MM-DD', true).isValid()) throw badInput(field, '日期格式应为 YYYY-MM-DD');
  return value;
}

/**
 * `name LIKE '王%'`, plus the same prefix as a byte range with the pattern operators. Under
 * row-level security PostgreSQL may only use leakproof operators as index conditions: LIKE is not,
 * `~>=~`/`~<~` are, so the range is what lets the (unit, name text_pattern_ops) indexes answer.
 */
function namePrefix(prefix: string): Record<string | symbol, unknown> {
  const condition: Record<string | symbol, unknown> = { name: { $like: `${escapeLike(prefix)}%` } };
  const last = prefix.codePointAt(prefix.length - 1);
  if (last === undefined || last >= 0x10ffff) return condition;
  const upper = `${[...prefix].slice(0, -1).join('')}${String.fromCodePoint(last + 1)}`;
  condition[raw((alias: string) => `(${alias}.name ~>=~ ?)`, [prefix])] = true;
  condition[raw((alias: string) => `(${alias}.name ~<~ ?)`, [upper])] = true;
  return condition;
}

interface ListQuery {
  /** A fresh where clause per statement: raw fragments (the name range) are single-use in MikroORM. */
  where(): FilterQuery<Retiree>;
  /** The unit the list is about: the org filter, or else the actor's own area. */
  unit: OrgNode;
  /** Whether the filter narrows by anything but area and status (then the rollup cannot answer). */
  narrowed: boolean;
}

/** Turns the list filter into a where clause; an org unit outside the actor's area is refused. */
function listQueryOf(ctx: RequestContext, filter: RetireeFilter = {}): ListQuery {
  const where: FilterQuery<Retiree> & Record<string, unknown> = {};
  const unit = unitInActorArea(ctx, filter.orgUnitId || null);
  const name = filter.name?.trim();
  if (filter.idNumber) where.idNumber = validIdNumber(filter.idNumber);
  if (filter.orgUnitId) {
    // Equality on the unit columns walks the (unit, id) indexes; the city is everything in scope.
    if (unit.level === OrgLevel.COMMUNITY) where.community = unit.id;
    else if (unit.level === OrgLevel.TOWNSHIP) where.township = unit.id;
  }
  if (filter.status?.length) where.status = { $in: filter.status };
  const today = dayjs();
  const birth: Record<string, string> = {};
  if (filter.ageMin !== undefined && filter.ageMin !== null) {
    if (filter.ageMin < 0 || filter.ageMin > 130) throw badInput('ageMin', '年龄下限应在 0 到 130 之间');
    birth.$lte = today.subtract(filter.ageMin, 'year').format('YYYY-MM-DD');
  }
  if (filter.ageMax !== undefined && filter.ageMax !== null) {
    if (filter.ageMax < 0 || filter.ageMax > 130) throw badInput('ageMax', '年龄上限应在 0 到 130 之间');
    if (filter.ageMin != null && filter.ageMax < filter.ageMin) throw badInput('ageMax', '年龄上限不能小于年龄下限');
    birth.$gt = today.subtract(filter.ageMax + 1, 'year').format('YYYY-MM-DD');
  }
  if (Object.keys(birth).length) where.birthDate = birth;
  const retiredFrom = validDate(filter.retiredFrom, 'retiredFrom');
  const retiredTo = validDate(filter.retiredTo, 'retiredTo');
  if (retiredFrom || retiredTo) where.retirementDate = { ...(retiredFrom ? { $gte: retiredFrom } : {}), ...(retiredTo ? { $lte: retiredTo } : {}) };
  const narrowed = Boolean(name) || Object.keys(where).some((key) => key !== 'community' && key !== 'township' && key !== 'status');
  return { where: () => (name ? { ...where, ...namePrefix(name) } : { ...where }), unit, narrowed };
}

/** City-wide combined filters are counted up to this many; township scope and below are always exact. */
export const CITY_COUNT_CAP = 10_000;

export const retireeService = {
  async list(ctx: RequestContext, filter: RetireeFilter | undefined, limit?: number | null, after?: string | null) {
    const size = pageSize(limit);
    const cursor = decodeCursor(after);
    const query = listQueryOf(ctx, filter);
    // One connection per request: the statements run one after the other anyway.
    const rows = await ctx.em.find(Retiree, cursor ? { $and: [query.where(), { id: { $gt: Number(cursor) } }] } : query.where(), {
      orderBy: { id: 'asc' },
      limit: size + 1,
      disableIdentityMap: true,
    });
    const { total, exact } = await this.total(ctx, query, filter?.status);
    return { ...toPage(rows, size, (r) => r.id), total, totalExact: exact };
  },

  /**
   * The list's total. Area and status alone: summed from the retiree_count rollup (exact, a few
   * hundred rows at most). Other filters: counted through the covering indexes, exactly at
   * township scope and below, and up to CITY_COUNT_CAP across the whole city.
   */
  async total(ctx: RequestContext, query: ListQuery, statuses?: RetireeStatus[]): Promise<{ total: number; exact: boolean }> {
    if (!query.narrowed) {
      return { total: sum(await retireesPerCommunity(ctx.em, ctx.platform.orgs.unitIdsUnder(query.unit.path), statuses)), exact: true };
    }
    if (query.unit.level !== OrgLevel.CITY) return { total: await ctx.em.count(Retiree, query.where()), exact: true };
    const qb = ctx.em.createQueryBuilder(Retiree, 'r').select('r.id').where(query.where() as object).limit(CITY_COUNT_CAP + 1);
    await qb.applyFilters();
    const [row] = await ctx.em.execute<{ n: string }[]>(`select count(*) as n from (${qb.getFormattedQuery()}) t`);
    const n = Number(row?.n ?? 0);
    return n > CITY_COUNT_CAP ? { total: CITY_COUNT_CAP, exact: false } : { total: n, exact: true };
  },

  /**
   * One retiree in the actor's area. Outside it: FORBIDDEN (the record is never returned);
   * an id that exists nowhere: NOT_FOUND. The existence check is the only unscoped read here.
   */
  async get(ctx: RequestContext, id: string | number): Promise<Retiree> {
    const numericId = Number(id);
    if (!Number.isInteger(numericId) || numericId <= 0) throw badInput('id', '人员编号无效');
    const retiree = await ctx.em.findOne(Retiree, { id: numericId });
    if (retiree) return retiree;
    const [exists] = await ctx.platform.orm.em.getConnection().execute<{ found: boolean }[]>('select exists(select 1 from retiree where id = ?) as found', [numericId]);
    if (exists?.found) throw forbidden('无权访问：该退休人员不在您的管辖范围内');
    throw notFound('该退休人员');
  },

  /** The full value of a sensitive field, for a stated reason; the reveal is audited in the same transaction. */
  async reveal(ctx: RequestContext, retireeId: string, field: SensitiveField, reason: string): Promise<string> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    const why = validReason(reason);
    const retiree = await this.get(ctx, retireeId);
    auditService.record(ctx, actor, AuditAction.REVEAL, { retireeId: retiree.id, retireeName: retiree.name, orgPath: retiree.orgPath }, field, why);
    await ctx.em.flush();
    return retiree[SENSITIVE_COLUMNS[field]] ?? '';
  },

  /**
   * Changes profile fields and records each change (who, when, source, old → new).
   * `expectedVersion` guards against overwriting someone else's edit made in the meantime.
   */
  async update(ctx: RequestContext, retireeId: string, input: RetireeUpdateInput, source: ChangeSource, note?: string | null, expectedVersion?: number | null) {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    const retiree = await this.get(ctx, retireeId);
    if (expectedVersion != null && expectedVersion !== retiree.version) {
      throw conflict('该人员信息已被他人修改，请刷新后重试');
    }
    const changes = normalisedChanges(input);
    for (const field of EDITABLE_FIELDS) {
      if (!(field in changes)) continue;
      const next = changes[field] ?? null;
      const previous = retiree[field] ?? null;
      if (next === previous) continue;
      ctx.em.persist(
        ctx.em.create(RetireeChange, {
          retiree,
          orgPath: retiree.orgPath,
          field,
          oldValue: previous,
          newValue: next,
          source,
          actorName: actor.displayName,
          actorStaffId: actor.kind === 'STAFF' ? actor.staffId : null,
          note: note?.trim() || null,
          changedAt: new Date(),
        }),
      );
      (retiree as unknown as Record<EditableField, string | null>)[field] = next;
    }
    try {
      await ctx.em.flush();
    } catch (e) {
      if (e instanceof OptimisticLockError) throw conflict('该人员信息已被他人修改，请刷新后重试');
      throw e;
    }
    return retiree;
  },

  async history(ctx: RequestContext, retireeId: number, limit = 50) {
    return ctx.em.find(RetireeChange, { retiree: retireeId }, { orderBy: { changedAt: 'desc', id: 'desc' }, limit });
  },

  /** Retiree counts per community in the actor's area, for a whole tree at once. */
  async countsByCommunity(ctx: RequestContext): Promise<Map<number, number>> {
    return retireesPerCommunity(ctx.em, ctx.platform.orgs.unitIdsUnder(unitInActorArea(ctx).path));
  },
};

function normalisedChanges(input: RetireeUpdateInput): Partial<Record<EditableField, string | null>> {
  const out: Partial<Record<EditableField, string | null>> = {};
  for (const field of EDITABLE_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const trimmed = value === null ? null : value.trim();
    out[field] = trimmed === '' ? null : trimmed;
  }
  if (out.name !== undefined && (!out.name || out.name.length > 50)) throw badInput('name', '姓名不能为空，且不超过 50 个字');
  if (out.phone && !PHONE_PATTERN.test(out.phone)) throw badInput('phone', PHONE_FORMAT_MESSAGE);
  if (out.bankAccount && !/^\d{12,25}$/.test(out.bankAccount)) throw badInput('bankAccount', '银行账号应为 12 到 25 位数字');
  return out;
}


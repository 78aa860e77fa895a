import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { badInput, notFound, unauthenticated } from '../../common/errors.js';
import { requireRetiree } from '../../common/guards.js';
import { ID_NUMBER_PROBLEM_MESSAGES, parseIdNumber } from '../../common/id-number.js';
import { escapeLike } from '../../common/like.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { PHONE_FORMAT_MESSAGE, PHONE_PATTERN } from '../../common/phone.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { FamilyMember } from '../retiree/family-member.entity.js';
import { ChangeSource, RetireeChange } from '../retiree/retiree-change.entity.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { retireeService } from '../retiree/retiree.service.js';
import { RELATIONS, type FamilyMemberFilter, type FamilyMemberInput } from './family.inputs.js';

const MAX_MEMBERS_PER_RETIREE = 20;
const COUNT_CAP = 10_000;

interface CleanMember {
  relation: string;
  name: string;
  idNumber: string | null;
  phone: string | null;
  isEmergencyContact: boolean;
  isNextOfKin: boolean;
}

function clean(input: FamilyMemberInput): CleanMember {
  const relation = input.relation?.trim();
  if (!(RELATIONS as readonly string[]).includes(relation)) throw badInput('relation', `请选择关系：${RELATIONS.join('、')}`);
  const name = input.name?.trim() ?? '';
  if (!name || name.length > 50) throw badInput('name', '请填写姓名（不超过 50 个字）');
  const rawId = input.idNumber?.trim().toUpperCase() || null;
  let idNumber: string | null = null;
  if (rawId) {
    const parsed = parseIdNumber(rawId);
    if (!parsed.ok) throw badInput('idNumber', ID_NUMBER_PROBLEM_MESSAGES[parsed.problem]);
    idNumber = parsed.value;
  }
  const phone = input.phone?.replace(/\s/g, '') || null;
  if (phone && !PHONE_PATTERN.test(phone)) throw badInput('phone', PHONE_FORMAT_MESSAGE);
  return { relation, name, idNumber, phone, isEmergencyContact: Boolean(input.isEmergencyContact), isNextOfKin: Boolean(input.isNextOfKin) };
}

function summary(m: Pick<FamilyMember, 'relation' | 'name' | 'isNextOfKin' | 'isEmergencyContact'>): string {
  const tags = [m.isNextOfKin ? '近亲属' : '', m.isEmergencyContact ? '紧急联系人' : ''].filter(Boolean).join('、');
  return `${m.relation} ${m.name}${tags ? `（${tags}）` : ''}`;
}

/** Retirees keep their own family; staff the family of retirees in their area. */
function changeSource(ctx: RequestContext): ChangeSource {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor.kind === 'RETIREE' ? ChangeSource.RETIREE : ChangeSource.STAFF;
}

/**
 * Family changes go into the retiree's own history, like any other change to their record. The
 * member row carries the retiree and their org path, so the retiree need not be loaded again.
 */
function recordChange(ctx: RequestContext, owner: Pick<FamilyMember, 'retiree' | 'orgPath'>, oldValue: string | null, newValue: string | null) {
  ctx.em.persist(
    ctx.em.create(RetireeChange, {
      retiree: owner.retiree,
      orgPath: owner.orgPath,
      field: 'familyMember',
      oldValue,
      newValue,
      source: changeSource(ctx),
      actorName: ctx.actor!.displayName,
      actorStaffId: ctx.actor!.kind === 'STAFF' ? ctx.actor!.staffId : null,
      note: null,
      changedAt: new Date(),
    }),
  );
}

async function memberFor(ctx: RequestContext, id: string): Promise<FamilyMember> {
  const numeric = Number(id);
  const member = Number.isSafeInteger(numeric) && numeric > 0 ? await ctx.em.findOne(FamilyMember, { id: numeric }) : null;
  if (!member) throw notFound('该家庭成员');
  return member;
}

export const familyService = {
  async add(ctx: RequestContext, input: FamilyMemberInput, retireeId?: string): Promise<FamilyMember> {
    const retiree = ctx.actor?.kind === 'RETIREE' ? await ctx.em.findOneOrFail(Retiree, { id: ctx.actor.retireeId }) : await retireeService.get(ctx, retireeId ?? '');
    const data = clean(input);
    const existing = await ctx.em.count(FamilyMember, { retiree: retiree.id });
    if (existing >= MAX_MEMBERS_PER_RETIREE) throw badInput('name', `家庭成员最多登记 ${MAX_MEMBERS_PER_RETIREE} 人`);
    const member = ctx.em.create(FamilyMember, { ...data, retiree, orgPath: retiree.orgPath, updatedAt: new Date() });
    ctx.em.persist(member);
    recordChange(ctx, member, null, summary(member));
    await ctx.em.flush();
    return member;
  },

  async update(ctx: RequestContext, id: string, input: FamilyMemberInput): Promise<FamilyMember> {
    const member = await memberFor(ctx, id);
    const data = clean(input);
    const before = summary(member);
    // An ID number or phone left blank in the form means "unchanged": the form only ever shows them masked.
    Object.assign(member, { ...data, idNumber: data.idNumber ?? member.idNumber, phone: data.phone ?? member.phone, updatedAt: new Date() });
    if (summary(member) !== before || data.idNumber || data.phone) recordChange(ctx, member, before, summary(member));
    await ctx.em.flush();
    return member;
  },

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const member = await memberFor(ctx, id);
    recordChange(ctx, member, summary(member), null);
    ctx.em.remove(member);
    await ctx.em.flush();
    return true;
  },

  async mine(ctx: RequestContext): Promise<FamilyMember[]> {
    return ctx.em.find(FamilyMember, { retiree: requireRetiree(ctx) }, { orderBy: { id: 'asc' } });
  },

  /** "Who is the next of kin of …": family members in the area, by their own or the retiree's name. */
  async search(ctx: RequestContext, filter: FamilyMemberFilter = {}, limit?: number | null, after?: string | null) {
    const size = pageSize(limit);
    const cursor = decodeCursor(after);
    const unit = unitInActorArea(ctx, filter.orgUnitId || null);
    const where: FilterQuery<FamilyMember>[] = [{ orgPath: { $like: `${unit.path}%` } }];
    const search = filter.search?.trim();
    if (search) {
      if (search.length > 20) throw badInput('search', '姓名太长了');
      const prefix = `${escapeLike(search)}%`;
      where.push({ $or: [{ name: { $like: prefix } }, { retiree: { name: { $like: prefix } } }] });
    }
    if (filter.nextOfKinOnly) where.push({ isNextOfKin: true });
    if (filter.emergencyContactOnly) where.push({ isEmergencyContact: true });
    const base = { $and: where } as FilterQuery<FamilyMember>;
    const rows = await ctx.em.find(FamilyMember, cursor ? { $and: [base, { id: { $gt: Number(cursor) } }] } : base, { orderBy: { id: 'asc' }, limit: size + 1, populate: ['retiree'] });
    // Counting stops at the cap: a city-wide count of every relative is not worth a full scan.
    const qb = ctx.em.createQueryBuilder(FamilyMember, 'f').select('f.id').where(base as object).limit(COUNT_CAP);
    await qb.applyFilters();
    const [row] = await ctx.em.execute<{ n: string }[]>(`select count(*) as n from (${qb.getFormattedQuery()}) t`);
    return { ...toPage(rows, size, (m) => m.id), total: Number(row?.n ?? 0) };
  },
};

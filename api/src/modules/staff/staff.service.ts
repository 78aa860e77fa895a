import { randomInt } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import type { StaffActor } from '../../common/actor.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors.js';
import { requireStaff } from '../../common/guards.js';
import { escapeLike } from '../../common/like.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { ActorKind } from '../audit/audit-log.entity.js';
import { AuthSession } from '../auth/auth.entities.js';
import { hashPassword } from '../auth/password.js';
import { OrgDirectory, type OrgNode } from '../org-unit/org-directory.js';
import { StaffUser } from './staff-user.entity.js';
import type { CreateStaffInput, StaffFilter } from './staff.inputs.js';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;
// No look-alike characters (0/O, 1/l/I): temporary passwords are read out over the phone.
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function temporaryPassword(): string {
  return Array.from({ length: 12 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
}

const requireStaffAdmin = (ctx: RequestContext): StaffActor => requireStaff(ctx, '只有工作人员可以管理账号');

/** A unit the admin manages: their own unit or one below it. */
function managedUnit(ctx: RequestContext, actor: StaffActor, orgUnitId: string | number, field = 'orgUnitId'): OrgNode {
  const unit = ctx.platform.orgs.get(Number(orgUnitId));
  if (!unit) throw badInput(field, '所选单位不存在');
  const own = ctx.platform.orgs.get(actor.orgUnitId);
  if (!own || !OrgDirectory.contains(own.path, unit)) throw forbidden('只能管理本单位及下级单位的账号');
  return unit;
}

async function managedStaff(ctx: RequestContext, actor: StaffActor, id: string): Promise<StaffUser> {
  const staff = await ctx.em.findOne(StaffUser, { id: Number(id) });
  if (!staff) throw notFound('该工作人员账号');
  managedUnit(ctx, actor, staff.orgUnit.id, 'id');
  return staff;
}

async function revokeSessions(ctx: RequestContext, staffId: number): Promise<void> {
  await ctx.em.nativeUpdate(AuthSession, { subjectKind: ActorKind.STAFF, subjectId: String(staffId), revokedAt: null }, { revokedAt: new Date() });
}

export const staffService = {
  async list(ctx: RequestContext, filter: StaffFilter = {}, limit?: number | null, after?: string | null) {
    const actor = requireStaffAdmin(ctx);
    const size = pageSize(limit);
    const cursor = decodeCursor(after);
    const root = filter.orgUnitId ? managedUnit(ctx, actor, filter.orgUnitId) : managedUnit(ctx, actor, actor.orgUnitId);
    const unitIds = ctx.platform.orgs.subtree(root.path).map((u) => u.id);
    const where: FilterQuery<StaffUser> = { orgUnit: { $in: unitIds } };
    if (filter.active !== undefined && filter.active !== null) where.active = filter.active;
    if (filter.search?.trim()) {
      const prefix = `${escapeLike(filter.search.trim())}%`;
      where.$or = [{ username: { $like: prefix } }, { displayName: { $like: prefix } }];
    }
    const rows = await ctx.em.find(StaffUser, cursor ? { ...where, id: { $gt: Number(cursor) } } : where, { orderBy: { id: 'asc' }, limit: size + 1 });
    const total = await ctx.em.count(StaffUser, where);
    return { ...toPage(rows, size, (s) => s.id), total };
  },

  async create(ctx: RequestContext, input: CreateStaffInput) {
    const actor = requireStaffAdmin(ctx);
    const unit = managedUnit(ctx, actor, input.orgUnitId);
    const username = input.username.trim().toLowerCase();
    if (!USERNAME.test(username)) throw badInput('username', '用户名应为 3–32 位小写字母、数字、点、横线或下划线，并以字母或数字开头');
    const displayName = input.displayName.trim();
    if (!displayName || displayName.length > 50) throw badInput('displayName', '请填写姓名（不超过 50 个字）');
    if (await ctx.em.count(StaffUser, { username })) throw conflict(`用户名 ${username} 已被使用`);
    const password = temporaryPassword();
    const staff = ctx.em.create(StaffUser, {
      username,
      displayName,
      role: input.role,
      orgUnit: unit.id,
      passwordHash: await hashPassword(password),
      active: true,
      isDemo: false,
      createdAt: new Date(),
    });
    try {
      await ctx.em.flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw conflict(`用户名 ${username} 已被使用`);
      throw e;
    }
    return { staff, temporaryPassword: password };
  },

  async setActive(ctx: RequestContext, id: string, active: boolean) {
    const actor = requireStaffAdmin(ctx);
    if (Number(id) === actor.staffId && !active) throw badInput('id', '不能停用自己的账号');
    const staff = await managedStaff(ctx, actor, id);
    staff.active = active;
    if (!active) await revokeSessions(ctx, staff.id);
    await ctx.em.flush();
    return staff;
  },

  async resetPassword(ctx: RequestContext, id: string) {
    const actor = requireStaffAdmin(ctx);
    const staff = await managedStaff(ctx, actor, id);
    const password = temporaryPassword();
    staff.passwordHash = await hashPassword(password);
    await revokeSessions(ctx, staff.id);
    await ctx.em.flush();
    return { staff, temporaryPassword: password };
  },
};


import { createHmac, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { RequestContext } from '../../context.js';
import { badInput, forbidden, unauthenticated } from '../../common/errors.js';
import { ID_NUMBER_PROBLEM_MESSAGES, parseIdNumber } from '../../common/id-number.js';
import { maskPhone } from '../../common/masking.js';
import { systemEm } from '../../platform.js';
import { ActorKind } from '../audit/audit-log.entity.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { actorFromClaims } from './actor-from-claims.js';
import { ApiClient, AuthSession, OtpChallenge } from './auth.entities.js';
import type { AuthPayload, LoginCodeChallenge } from './auth.types.js';
import { hashPassword, verifyPassword } from './password.js';
import type { NewSessionClaims, TokenClaims } from './tokens.js';
import { viewerOf } from './viewer.js';

const OTP_TTL_MS = 5 * 60_000;
const OTP_MAX_ATTEMPTS = 5;
const WRONG_CREDENTIALS = '用户名或密码错误';

/** A hash to verify against when the username is unknown, so both failures take the same time. */
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(randomUUID()));

async function startSession(ctx: RequestContext, claims: NewSessionClaims, ttlSeconds: number): Promise<AuthPayload> {
  const { tokens } = ctx.platform;
  const sid = tokens.newSessionId();
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const subjectId = claims.kind === 'STAFF' ? String(claims.staffId) : claims.kind === 'CLIENT' ? claims.clientId : String(claims.retireeId);
  ctx.em.persist(ctx.em.create(AuthSession, { id: sid, subjectKind: claims.kind as ActorKind, subjectId, expiresAt, ip: ctx.ip, createdAt: new Date() }));
  const fullClaims = { ...claims, sid } as TokenClaims;
  const token = await tokens.sign(fullClaims, expiresAt);
  ctx.setSessionCookie(token, expiresAt);
  const actor = actorFromClaims(fullClaims, ctx.platform.orgs);
  return { token, expiresAt, user: await viewerOf(ctx, actor) };
}

function otpHash(ctx: RequestContext, challengeId: string, code: string): string {
  return createHmac('sha256', ctx.platform.config.jwtSecret).update(`${challengeId}:${code}`).digest('hex');
}

export const authService = {
  async staffLogin(ctx: RequestContext, username: string, password: string): Promise<AuthPayload> {
    const { loginByIp, loginByUser } = ctx.platform.limits;
    const userKey = username.trim().toLowerCase();
    const ipKey = ctx.ip ?? 'unknown';
    await loginByIp.assertAllowed(ipKey);
    await loginByUser.assertAllowed(userKey);
    const staff = await ctx.em.findOne(StaffUser, { username: userKey });
    const ok = await verifyPassword(staff?.passwordHash ?? (await decoy()), password);
    if (!staff || !ok) {
      await loginByUser.fail(userKey);
      await loginByIp.fail(ipKey);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    if (!staff.active) throw forbidden('该账号已停用，请联系上级管理员');
    await loginByUser.reset(userKey);
    staff.lastLoginAt = new Date();
    return startSession(
      ctx,
      { kind: 'STAFF', staffId: staff.id, username: staff.username, name: staff.displayName, role: staff.role, orgUnitId: staff.orgUnit.id },
      ctx.platform.config.staffTokenTtlSeconds,
    );
  },

  async clientLogin(ctx: RequestContext, clientId: string, clientSecret: string): Promise<AuthPayload> {
    const { loginByIp, loginByUser } = ctx.platform.limits;
    const key = `client:${clientId}`;
    const ipKey = ctx.ip ?? 'unknown';
    await loginByIp.assertAllowed(ipKey);
    await loginByUser.assertAllowed(key);
    const client = await ctx.em.findOne(ApiClient, { clientId });
    const ok = await verifyPassword(client?.secretHash ?? (await decoy()), clientSecret);
    if (!client || !ok || !client.active) {
      await loginByUser.fail(key);
      await loginByIp.fail(ipKey);
      throw unauthenticated('客户端标识或密钥错误');
    }
    await loginByUser.reset(key);
    return startSession(ctx, { kind: 'CLIENT', clientId: client.clientId, name: client.name, scopes: client.scopes }, ctx.platform.config.clientTokenTtlSeconds);
  },

  /** Step 1 of a retiree's login: a one-time code to the phone on record. */
  async requestLoginCode(ctx: RequestContext, idNumber: string): Promise<LoginCodeChallenge> {
    const parsed = parseIdNumber(idNumber);
    if (!parsed.ok) throw badInput('idNumber', ID_NUMBER_PROBLEM_MESSAGES[parsed.problem]);
    await ctx.platform.limits.loginByIp.assertAllowed(ctx.ip ?? 'unknown');
    await ctx.platform.limits.otpSend.assertAllowed(parsed.value);
    await ctx.platform.limits.otpSend.fail(parsed.value, { quiet: true });
    // Nobody is logged in yet, so there is no area: the lookup runs as the system, for this one row.
    const em = systemEm(ctx.platform);
    const retiree = await em.findOne(Retiree, { idNumber: parsed.value }, { filters: { area: false } });
    if (!retiree) {
      await ctx.platform.limits.loginByIp.fail(ctx.ip ?? 'unknown');
      throw badInput('idNumber', '未找到该身份证号的退休人员信息，请核对，或联系所在社区');
    }
    if (!retiree.phone) throw badInput('idNumber', '您还没有登记手机号，请联系所在社区登记后再登录');
    const challengeId = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(Date.now() + OTP_TTL_MS);
    await em.insert(OtpChallenge, { id: challengeId, retireeId: retiree.id, codeHash: otpHash(ctx, challengeId, code), expiresAt, createdAt: new Date(), attempts: 0 });
    await ctx.platform.sms.send(retiree.phone, `您的登录验证码为 ${code}，5 分钟内有效。请勿告诉他人。`);
    return { challengeId, sentTo: maskPhone(retiree.phone) ?? '', expiresAt, devCode: ctx.platform.config.production ? null : code };
  },

  /** Step 2: the code, checked in constant time, at most five tries per code. */
  async verifyLoginCode(ctx: RequestContext, challengeId: string, code: string): Promise<AuthPayload> {
    const em = systemEm(ctx.platform);
    const challenge = /^[0-9a-f-]{36}$/.test(challengeId) ? await em.findOne(OtpChallenge, { id: challengeId }) : null;
    if (!challenge || challenge.consumedAt || challenge.expiresAt < new Date()) {
      throw badInput('code', '验证码已失效，请重新获取', { reason: 'CODE_EXPIRED' });
    }
    if (challenge.attempts >= OTP_MAX_ATTEMPTS) throw badInput('code', '验证码错误次数过多，请重新获取', { reason: 'TOO_MANY_ATTEMPTS' });
    const expected = Buffer.from(challenge.codeHash, 'hex');
    const given = Buffer.from(otpHash(ctx, challengeId, code.trim()), 'hex');
    if (!timingSafeEqual(expected, given)) {
      // Counted on the system connection: the request's own transaction rolls back with the error.
      const [row] = await em.getConnection().execute<{ attempts: number }[]>('update otp_challenge set attempts = attempts + 1 where id = ? returning attempts', [challengeId]);
      const left = OTP_MAX_ATTEMPTS - (row?.attempts ?? OTP_MAX_ATTEMPTS);
      if (left <= 0) throw badInput('code', '验证码错误次数过多，请重新获取', { reason: 'TOO_MANY_ATTEMPTS' });
      throw badInput('code', `验证码不正确，还可以再试 ${left} 次`, { reason: 'CODE_WRONG', attemptsLeft: left });
    }
    // Single use, even when the same code arrives twice at once.
    const consumed = await em.getConnection().execute('update otp_challenge set consumed_at = now() where id = ? and consumed_at is null and attempts < ? returning id', [challengeId, OTP_MAX_ATTEMPTS]);
    if (!consumed.length) throw badInput('code', '验证码已失效，请重新获取', { reason: 'CODE_EXPIRED' });
    const retiree = await em.findOneOrFail(Retiree, { id: challenge.retireeId }, { filters: { area: false } });
    return startSession(ctx, { kind: 'RETIREE', retireeId: retiree.id, name: retiree.name, orgPath: retiree.orgPath }, ctx.platform.config.retireeTokenTtlSeconds);
  },

  /** A staff member replaces their password (e.g. the temporary one an admin gave them). */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    const actor = ctx.actor;
    if (actor?.kind !== 'STAFF') throw forbidden('只有工作人员账号可以修改密码');
    const staff = await ctx.em.findOneOrFail(StaffUser, { id: actor.staffId });
    if (!(await verifyPassword(staff.passwordHash, currentPassword))) {
      await ctx.platform.limits.loginByUser.fail(staff.username);
      throw badInput('currentPassword', '当前密码不正确');
    }
    if (newPassword.length < 8 || !/[A-Za-z]/.test(newPassword) || !/\d/.test(newPassword)) {
      throw badInput('newPassword', '新密码至少 8 位，且须同时包含字母和数字');
    }
    if (newPassword === currentPassword) throw badInput('newPassword', '新密码不能与当前密码相同');
    staff.passwordHash = await hashPassword(newPassword);
    await ctx.em.flush();
    return true;
  },

  async logout(ctx: RequestContext): Promise<boolean> {
    ctx.clearSessionCookie();
    if (!ctx.actor) return false;
    await ctx.em.nativeUpdate(AuthSession, { id: ctx.actor.sessionId }, { revokedAt: new Date() });
    return true;
  },
};

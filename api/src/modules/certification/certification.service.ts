import { ref } from '@mikro-orm/core';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestContext } from '../../context.js';
import { AREA_FILTER } from '../../common/area-filter.js';
import { badInput, conflict, forbidden, notFound, unavailable } from '../../common/errors.js';
import { requireRetiree } from '../../common/guards.js';
import { parseIdNumber } from '../../common/id-number.js';
import { addDays, addMonths, shanghaiDay, todayInShanghai } from '../../common/working-days.js';
import { inTransaction } from '../../db/transaction.js';
import { systemEm, type Platform } from '../../platform.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { Certification, CertificationMethod, CertificationRecord, FaceCertificationRequest } from './certification.entities.js';
import type { CertificationAreaRow, CertificationList, CertificationListFilter, CertificationStatus, CertificationSummary, FaceCertificationHandoff, FaceVerificationInput } from './certification.inputs.js';
import { certifyPassively, type PassiveResult } from './passive-certification.js';
import { settleCertified } from '../suspension/suspension-lifecycle.js';

/** A callback older (or newer) than this is refused: a captured request cannot be replayed later. */
const REPLAY_WINDOW_MS = 10 * 60 * 1000;
/** Notices go out this long before a certification lapses. */
const DUE_SOON_DAYS = 92;

/** One statement counts every status; `?` is today. */
const SUMMARY_SELECT = `with today as (select ?::date as day)
  select count(*) as active,
         count(*) filter (where c.blocked_reason is null and c.valid_until >= (select day from today) + ${DUE_SOON_DAYS}) as valid,
         count(*) filter (where c.blocked_reason is null and c.valid_until >= (select day from today) and c.valid_until < (select day from today) + ${DUE_SOON_DAYS}) as due_soon,
         count(*) filter (where c.blocked_reason is null and c.valid_until < (select day from today)) as expired,
         count(*) filter (where c.retiree_id is null or (c.blocked_reason is null and c.valid_until is null)) as never,
         count(*) filter (where c.blocked_reason is null and c.valid_until >= (select day from today) and c.method = 'PASSIVE') as passive,
         count(*) filter (where c.blocked_reason is null and c.valid_until >= (select day from today) and c.method = 'FACE') as face,
         count(*) filter (where c.blocked_reason is null and c.valid_until >= (select day from today) and c.method = 'VISIT') as visit,
         count(*) filter (where c.blocked_reason is not null) as blocked`;

function summaryOf(row: Record<string, string | number | null> | undefined): CertificationSummary {
  const n = (k: string) => Number(row?.[k] ?? 0);
  return { active: n('active'), valid: n('valid'), dueSoon: n('due_soon'), expired: n('expired'), never: n('never'), passive: n('passive'), face: n('face'), visit: n('visit'), blocked: n('blocked') };
}

/** Which rows a status means (the same boundaries as `certificationStatus`), and their parameters. */
const STATUS_CONDITION: Record<CertificationStatus, string> = {
  VALID: `c.blocked_reason is null and c.valid_until >= ?::date + ${DUE_SOON_DAYS}`,
  DUE_SOON: `c.blocked_reason is null and c.valid_until >= ?::date and c.valid_until < ?::date + ${DUE_SOON_DAYS}`,
  EXPIRED: `c.blocked_reason is null and c.valid_until < ?::date`,
  NEVER: `(c.retiree_id is null or (c.blocked_reason is null and c.valid_until is null))`,
  BLOCKED: `c.blocked_reason is not null`,
};
const STATUS_PARAMS: Record<CertificationStatus, (today: string) => string[]> = {
  VALID: (t) => [t], DUE_SOON: (t) => [t, t], EXPIRED: (t) => [t], NEVER: () => [], BLOCKED: () => [],
};
/** The list's keyset: days since 1970 of the end date, then the retiree id, in one number (ids stay below this). */
const SORT_KEY_SPAN = 100_000_000;

/** `valid until` + today → the status people see; a standing death, missing or prison record overrides it. */
export function certificationStatus(validUntil: string | null | undefined, blockedReason?: string | null, today = todayInShanghai()): CertificationStatus {
  if (blockedReason) return 'BLOCKED';
  if (!validUntil) return 'NEVER';
  if (validUntil < today) return 'EXPIRED';
  return validUntil < addDays(today, DUE_SOON_DAYS) ? 'DUE_SOON' : 'VALID';
}

/** The canonical text the government app signs: fields in a fixed order, `|`-separated. */
export function faceSignatureText(input: Omit<FaceVerificationInput, 'signature'>): string {
  return [input.transactionId, input.idNumber, input.verifiedAt, input.passed ? '1' : '0', input.liveness.toFixed(4), input.similarity.toFixed(4)].join('|');
}

export function signFace(secret: string, input: Omit<FaceVerificationInput, 'signature'>): string {
  return createHmac('sha256', secret).update(faceSignatureText(input)).digest('hex');
}

export const certificationService = {
  forRetiree(ctx: RequestContext, retireeId: number): Promise<Certification | null> {
    return ctx.em.findOne(Certification, { retiree: retireeId });
  },

  records(ctx: RequestContext, retireeId: number, limit = 20): Promise<CertificationRecord[]> {
    return ctx.em.find(CertificationRecord, { retiree: retireeId }, { orderBy: { id: 'desc' }, limit });
  },

  async mine(ctx: RequestContext): Promise<Certification | null> {
    return ctx.em.findOne(Certification, { retiree: requireRetiree(ctx) });
  },

  /** Active retirees of an area by certification status and, for the valid ones, by method. */
  async summary(ctx: RequestContext, orgUnitId?: string | null): Promise<CertificationSummary> {
    const unit = unitInActorArea(ctx, orgUnitId);
    const [row] = await ctx.em.execute<Record<string, string>[]>(
      `${SUMMARY_SELECT} from retiree r left join certification c on c.retiree_id = r.id
        where r.status = 'ACTIVE' and r.org_path like ?`,
      [todayInShanghai(), `${unit.path}%`],
    );
    return summaryOf(row);
  },

  /** The same, for each unit one level below (the townships of the city, the communities of a township). */
  async byArea(ctx: RequestContext, orgUnitId?: string | null): Promise<CertificationAreaRow[]> {
    const unit = unitInActorArea(ctx, orgUnitId);
    const children = ctx.platform.orgs.childrenOf(unit.id);
    if (!children.length) return [{ ...(await this.summary(ctx, String(unit.id))), orgUnitId: String(unit.id), name: unit.name, level: unit.level }];
    const column = unit.level === OrgLevel.CITY ? 'r.township_id' : 'r.community_id';
    const rows = await ctx.em.execute<(Record<string, string> & { unit_id: number | null })[]>(
      `${SUMMARY_SELECT}, ${column} as unit_id from retiree r left join certification c on c.retiree_id = r.id
        where r.status = 'ACTIVE' and r.org_path like ? group by ${column}`,
      [todayInShanghai(), `${unit.path}%`],
    );
    const byUnit = new Map(rows.map((r) => [r.unit_id, r]));
    return children.map((child) => ({ ...summaryOf(byUnit.get(child.id)), orgUnitId: String(child.id), name: child.name, level: child.level }));
  },

  /**
   * Drill-down: the active retirees of an area in one certification status, the most urgent first
   * (the earliest end date), so a community works down the list.
   */
  async list(ctx: RequestContext, filter: CertificationListFilter, limit?: number | null, after?: string | null): Promise<CertificationList> {
    const unit = unitInActorArea(ctx, filter.orgUnitId);
    const size = pageSize(limit);
    const today = todayInShanghai();
    const cursor = decodeCursor(after);
    const where = `r.status = 'ACTIVE' and r.org_path like ? and ${STATUS_CONDITION[filter.status]}${filter.method ? ' and c.method = ?' : ''}`;
    const params = [`${unit.path}%`, ...STATUS_PARAMS[filter.status](today), ...(filter.method ? [filter.method] : [])];
    const sortKey = `(coalesce(c.valid_until - date '1970-01-01', 0)::bigint * ${SORT_KEY_SPAN} + r.id)`;
    const rows = await ctx.em.execute<{ retiree_id: number; sort_key: string }[]>(
      `select r.id as retiree_id, ${sortKey} as sort_key from retiree r left join certification c on c.retiree_id = r.id
        where ${where}${cursor ? ` and ${sortKey} > ?` : ''} order by ${sortKey} limit ?`,
      [...params, ...(cursor ? [cursor] : []), size + 1],
    );
    const [count] = await ctx.em.execute<{ total: string }[]>(`select count(*) as total from retiree r left join certification c on c.retiree_id = r.id where ${where}`, params);
    const page = toPage(rows, size, (r) => r.sort_key);
    const found = await ctx.em.find(Certification, { retiree: { $in: page.items.map((r) => r.retiree_id) } });
    const byRetiree = new Map(found.map((c) => [c.retiree.id, c]));
    // People never certified have no row: shown with an empty one (status NEVER).
    const items = page.items.map((r) => byRetiree.get(r.retiree_id) ?? Object.assign(new Certification(), { retiree: ref(Retiree, r.retiree_id), orgPath: '' }));
    return { items, nextCursor: page.nextCursor, total: Number(count?.total ?? 0) };
  },

  recordFace(ctx: RequestContext, input: FaceVerificationInput): Promise<CertificationRecord> {
    return recordFaceVerification(ctx.platform, input);
  },

  /**
   * 我要认证: a hand-off to the government app, valid for ten minutes. The app comes back to
   * `/certification?tx=…`, where `myFaceCertification` shows the result once it is reported.
   */
  async startFace(ctx: RequestContext): Promise<FaceCertificationHandoff> {
    const retireeId = requireRetiree(ctx);
    const { faceAuthUrl } = ctx.platform.config.certification;
    if (!faceAuthUrl) throw unavailable('暂不能在线刷脸认证，请联系社区上门认证');
    const transactionId = `RP${randomBytes(12).toString('hex')}`;
    const em = systemEm(ctx.platform);
    em.create(FaceCertificationRequest, { transactionId, retiree: retireeId, createdAt: new Date(), expiresAt: new Date(Date.now() + REPLAY_WINDOW_MS) });
    await em.flush();
    const back = `/certification?tx=${transactionId}`;
    return { transactionId, url: `${faceAuthUrl}?tx=${transactionId}&return=${encodeURIComponent(back)}` };
  },

  /** The result of the caller's own attempt, once the government app has reported it. */
  myFace(ctx: RequestContext, transactionId: string): Promise<CertificationRecord | null> {
    return ctx.em.findOne(CertificationRecord, { retiree: requireRetiree(ctx), transactionId });
  },

  /** The whole city now (the bureau); imports of shared data and the nightly job run the same. */
  runPassive(ctx: RequestContext): Promise<PassiveResult> {
    return inTransaction(ctx.platform.importPool, async (client) => {
      const result = await certifyPassively(client, ctx.platform.config.certification);
      await settleCertified(client, todayInShanghai());
      return result;
    });
  },
};

/**
 * The government app reports a face verification. Signed (HMAC-SHA256 with the shared secret),
 * fresh (within ten minutes), idempotent by transaction id: the same report again returns the
 * first record; the same id with other content is refused. A pass renews the certification and
 * settles what its lapse set in motion (a suspension is lifted with back-pay).
 */
export async function recordFaceVerification(platform: Platform, input: FaceVerificationInput): Promise<CertificationRecord> {
  const { faceSecret, minLiveness, minSimilarity } = platform.config.certification;
  if (!faceSecret) throw forbidden('未配置刷脸认证密钥（FACE_AUTH_SECRET）');
  const expected = Buffer.from(signFace(faceSecret, input), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/i.test(input.signature) ? input.signature : '', 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw forbidden('签名不正确');
  const at = Date.parse(input.verifiedAt);
  if (!Number.isFinite(at)) throw badInput('verifiedAt', '认证时间格式不正确（ISO 8601）');
  const payloadHash = createHash('sha256').update(faceSignatureText(input)).digest('hex');

  const em = systemEm(platform);
  const earlier = await em.findOne(CertificationRecord, { transactionId: input.transactionId }, { filters: { [AREA_FILTER]: false } });
  if (earlier) {
    if (earlier.payloadHash !== payloadHash) throw conflict('该交易号已用于另一次认证');
    return earlier;
  }
  if (Math.abs(Date.now() - at) > REPLAY_WINDOW_MS) throw badInput('verifiedAt', '认证结果已过期或时间不正确，请重新认证');
  const id = parseIdNumber(input.idNumber);
  if (!id.ok) throw badInput('idNumber', '身份证号码不正确');
  const retiree = await em.findOne(Retiree, { idNumber: id.value }, { filters: { [AREA_FILTER]: false } });
  if (!retiree) throw notFound('该退休人员');

  const passed = input.passed && input.liveness >= minLiveness && input.similarity >= minSimilarity;
  const day = shanghaiDay(new Date(at));
  const validUntil = passed ? addMonths(day, 12) : null;
  // One transaction on the owner's connection: the record and the state change together.
  return inTransaction(platform.importPool, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `insert into certification_record (retiree_id, org_path, method, passed, certified_on, valid_until, evidence, transaction_id, liveness, similarity, payload_hash)
       values ($1, $2, 'FACE', $3, $4, $5, $6, $7, $8, $9, $10)
       on conflict (transaction_id) do nothing returning id`,
      [retiree.id, retiree.orgPath, passed, day, validUntil, JSON.stringify([{ date: day, text: `${day} 政务服务App刷脸认证（活体 ${input.liveness.toFixed(2)}，相似度 ${input.similarity.toFixed(2)}）${passed ? '' : '，未通过'}` }]), input.transactionId, input.liveness, input.similarity, payloadHash],
    );
    if (passed && rows[0]) {
      await client.query(
        `insert into certification as c (retiree_id, org_path, valid_until, method, certified_on, evidence, updated_at)
         select $1, $2, $3, 'FACE', $4, evidence, now() from certification_record where id = $5
         on conflict (retiree_id) do update set valid_until = excluded.valid_until, method = 'FACE', certified_on = excluded.certified_on,
                score = null, evidence = excluded.evidence, updated_at = now()
          where c.valid_until is null or c.valid_until < excluded.valid_until`,
        [retiree.id, retiree.orgPath, validUntil, day, rows[0].id],
      );
      await settleCertified(client, todayInShanghai(), [retiree.id]);
    }
    const record = await client.query<{ id: string }>(`select id from certification_record where transaction_id = $1`, [input.transactionId]);
    return record.rows[0]!.id;
  }).then((recordId) => em.findOneOrFail(CertificationRecord, { id: recordId }, { filters: { [AREA_FILTER]: false } }));
}

export { CertificationMethod };

/**
 * A stand-in for the government app's face verification (浙里办), for development, demos and the
 * end-to-end tests: `GET /face-auth-sim?tx=…&return=…` shows whom it is verifying, and a choice
 * of outcome posts back here; the page then reports the result exactly as the government app
 * would — signed with the shared secret, through `recordFaceVerification` — and returns the
 * person to the retiree app. Only ever mounted when FACE_AUTH_SIMULATOR is on (never by default
 * in production); it acts only on a fresh hand-off the retiree app asked for.
 */
import express, { Router, type Response } from 'express';
import { AREA_FILTER } from '../../common/area-filter.js';
import { AppError } from '../../common/errors.js';
import { maskIdNumber } from '../../common/masking.js';
import { systemEm, type Platform } from '../../platform.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { CertificationRecord, FaceCertificationRequest } from './certification.entities.js';
import { recordFaceVerification, signFace } from './certification.service.js';

const OUTCOMES = {
  pass: { passed: true, liveness: 0.9731, similarity: 0.9412 },
  fail: { passed: false, liveness: 0.4120, similarity: 0.3377 },
} as const;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Only back into this site: a hand-off never redirects elsewhere. */
const safeReturn = (value: unknown) => (typeof value === 'string' && /^\/[^/\\]/.test(value) ? value : '/certification');

function page(res: Response, status: number, body: string) {
  res.status(status).type('html').send(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>浙里办 · 刷脸认证（模拟）</title>
<style>
  body { margin: 0; font: 20px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f2f5fa; color: #111; }
  header { background: #1f5fd6; color: #fff; padding: 16px 20px; font-size: 22px; font-weight: 600; }
  main { padding: 20px; max-width: 560px; margin: 0 auto; }
  .card { background: #fff; border-radius: 12px; padding: 20px; margin-bottom: 20px; }
  .face { width: 180px; height: 180px; border-radius: 50%; border: 6px solid #1f5fd6; margin: 12px auto; display: grid; place-items: center; font-size: 64px; }
  button, a.button { display: block; width: 100%; box-sizing: border-box; min-height: 64px; font-size: 22px; border-radius: 12px; border: 0; margin-top: 16px; text-align: center; text-decoration: none; line-height: 64px; }
  .primary { background: #1f5fd6; color: #fff; } .secondary { background: #fff; color: #1f5fd6; border: 2px solid #1f5fd6; }
  .note { color: #555; font-size: 17px; }
</style></head><body><header>浙里办 · 刷脸认证（模拟）</header><main>${body}</main></body></html>`);
}

/** The hand-off named by `tx`, if it is fresh and not yet used. */
async function freshRequest(platform: Platform, tx: unknown): Promise<{ request: FaceCertificationRequest; retiree: Retiree } | null> {
  if (typeof tx !== 'string' || tx.length > 64) return null;
  const em = systemEm(platform);
  const request = await em.findOne(FaceCertificationRequest, { transactionId: tx });
  if (!request || request.expiresAt.getTime() < Date.now()) return null;
  if (await em.count(CertificationRecord, { transactionId: tx }, { filters: { [AREA_FILTER]: false } })) return null;
  const retiree = await em.findOne(Retiree, { id: request.retiree.id }, { filters: { [AREA_FILTER]: false } });
  return retiree ? { request, retiree } : null;
}

const EXPIRED = `<div class="card"><p>本次认证已完成、已过期或不存在。</p><p class="note">请回到"退休人员服务"应用查看结果，或重新点"我要认证"。</p>
  <a class="button primary" href="/certification">回到应用</a></div>`;

export function faceAuthSimulatorRoutes(platform: Platform): Router {
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit: '4kb' }));

  router.get('/', async (req, res) => {
    const found = await freshRequest(platform, req.query.tx);
    if (!found) return page(res, 404, EXPIRED);
    const { retiree, request } = found;
    const back = escapeHtml(safeReturn(req.query.return));
    page(res, 200, `<div class="card">
      <p>正在为 <strong>${escapeHtml(retiree.name)}</strong>（身份证 ${escapeHtml(maskIdNumber(retiree.idNumber) ?? '')}）进行养老金领取资格认证。</p>
      <div class="face" aria-hidden="true">🙂</div>
      <p class="note">请正对手机，保持光线充足，按提示眨眨眼。这是开发环境的模拟页面，不会真的打开摄像头。</p>
      <form method="post"><input type="hidden" name="tx" value="${escapeHtml(request.transactionId)}"><input type="hidden" name="return" value="${back}">
        <button class="primary" name="outcome" value="pass">开始刷脸</button>
        <button class="secondary" name="outcome" value="fail">模拟认证不通过</button>
      </form>
      <a class="button secondary" href="${back}">返回，不认证</a></div>`);
  });

  router.post('/', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const found = await freshRequest(platform, body.tx);
    if (!found) return page(res, 404, EXPIRED);
    const outcome = OUTCOMES[body.outcome === 'fail' ? 'fail' : 'pass'];
    const report = { transactionId: found.request.transactionId, idNumber: found.retiree.idNumber, verifiedAt: new Date().toISOString(), ...outcome };
    try {
      await recordFaceVerification(platform, { ...report, signature: signFace(platform.config.certification.faceSecret, report) });
    } catch (e) {
      return page(res, 400, `<div class="card"><p>${escapeHtml(e instanceof AppError ? e.message : '认证服务暂时不可用')}</p></div>`);
    }
    res.redirect(303, safeReturn(body.return));
  });
  return router;
}

import cookieParser from 'cookie-parser';
import express, { Router, type Response } from 'express';
import type { Platform } from '../../platform.js';
import { Permission } from '../../common/actor.js';
import { createRequestContext, type TransactionalContext } from '../../http/request-context.js';
import { Attachment } from './task.entities.js';

export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;

/** What we accept, recognised by the file's first bytes rather than by what the client claims. */
const SIGNATURES: { type: string; matches: (b: Buffer) => boolean }[] = [
  { type: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/webp', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'application/pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

async function withContext(platform: Platform, req: express.Request, res: Response, work: (ctx: TransactionalContext) => Promise<boolean>) {
  let ctx: TransactionalContext | null = null;
  try {
    ctx = await createRequestContext(platform, req, res);
    const commit = await work(ctx);
    await ctx.endTransaction(commit);
  } catch (e) {
    await ctx?.endTransaction(false).catch(() => {});
    platform.log.error('attachment request failed', { error: e instanceof Error ? e.message : String(e) });
    if (!res.headersSent) fail(res, 500, 'INTERNAL_SERVER_ERROR', '服务暂时不可用，请稍后再试');
  }
}

/**
 * Evidence files for task feedback: `POST /files` (the raw file as the body, its name in
 * `X-File-Name`) and `GET /files/:id`. Rows carry an org path, so RLS and the area filter decide
 * who may read a file exactly as they decide who may read its task.
 */
export function attachmentRoutes(platform: Platform): Router {
  const router = Router();
  router.use(cookieParser());

  router.post('/', express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES }), (req, res) =>
    withContext(platform, req, res, async (ctx) => {
      const actor = ctx.actor;
      if (!actor) return fail(res, 401, 'UNAUTHENTICATED', '请先登录'), false;
      if (actor.kind !== 'STAFF' || !actor.permissions.has(Permission.TASK_WORK)) return fail(res, 403, 'FORBIDDEN', '无权上传附件'), false;
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!body.length) return fail(res, 400, 'BAD_USER_INPUT', '文件是空的'), false;
      const kind = SIGNATURES.find((s) => s.matches(body));
      if (!kind) return fail(res, 415, 'BAD_USER_INPUT', '只能上传 JPG、PNG、WEBP 照片或 PDF 文件'), false;
      const rawName = String(req.headers['x-file-name'] ?? '');
      let fileName = '附件';
      try {
        fileName = decodeURIComponent(rawName).replace(/[\\/\r\n"]/g, '_').slice(0, 200) || fileName;
      } catch {
        // keep the default name: an undecodable header is not worth refusing the photo over
      }
      const attachment = ctx.em.create(Attachment, {
        orgPath: platform.orgs.get(actor.orgUnitId)!.path,
        fileName,
        contentType: kind.type,
        size: body.length,
        data: body,
        uploadedById: actor.staffId,
        createdAt: new Date(),
      });
      await ctx.em.persistAndFlush(attachment);
      res.status(201).json({ id: attachment.id, fileName, contentType: kind.type, size: body.length, url: `/files/${attachment.id}` });
      return true;
    }),
  );

  router.get('/:id', (req, res) =>
    withContext(platform, req, res, async (ctx) => {
      if (!ctx.actor) return fail(res, 401, 'UNAUTHENTICATED', '请先登录'), false;
      const id = req.params.id;
      const attachment = /^\d{1,18}$/.test(id) ? await ctx.em.findOne(Attachment, { id }, { populate: ['data'] }) : null;
      if (!attachment) return fail(res, 404, 'NOT_FOUND', '附件不存在或不在您的管辖范围内'), false;
      res.setHeader('content-type', attachment.contentType);
      res.setHeader('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'private, max-age=3600');
      res.end(attachment.data);
      return false;
    }),
  );

  router.use(((err, _req, res, next) => {
    if ((err as { type?: string }).type === 'entity.too.large') return fail(res, 413, 'BAD_USER_INPUT', `文件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
    next(err);
  }) as express.ErrorRequestHandler);
  return router;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context.js';
import { notFound } from '../../common/errors.js';
import { requireRetiree } from '../../common/guards.js';
import { recordId } from '../../common/ids.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { Notification, NotificationKind, SmsStatus } from './notification.entity.js';

export const DELIVER_SMS_JOB = 'notification:deliver-sms';

export interface NewNotification {
  retireeId: number;
  orgPath: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** Names the event: the same key for the same retiree is stored once, however often it is reported. */
  eventKey: string;
  link?: string | null;
  /** Also send it by SMS (through the outbox, at least once). */
  sms: boolean;
}

/** The one way every module tells a retiree something. */
export const notificationService = {
  /**
   * Stores the message in the caller's transaction and, for SMS, enqueues delivery in the same
   * transaction. Returns false when this event was already reported to this retiree.
   */
  async notify(em: EntityManager, jobs: JobQueue, n: NewNotification): Promise<boolean> {
    const rows = await em.execute<{ id: string }[]>(
      `insert into notification (retiree_id, org_path, kind, title, body, event_key, link, sms_status)
       values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (retiree_id, event_key) do nothing
       returning id`,
      [n.retireeId, n.orgPath, n.kind, n.title, n.body, n.eventKey, n.link ?? null, n.sms ? SmsStatus.PENDING : SmsStatus.NONE],
    );
    if (rows.length && n.sms) await jobs.enqueue(em, DELIVER_SMS_JOB, {}, { jobKey: DELIVER_SMS_JOB });
    return rows.length > 0;
  },

  async mine(ctx: RequestContext, limit?: number | null, after?: string | null) {
    const retireeId = requireRetiree(ctx);
    const size = pageSize(limit);
    const cursor = decodeCursor(after);
    const rows = await ctx.em.find(Notification, { retiree: retireeId, ...(cursor ? { id: { $lt: cursor } } : {}) }, { orderBy: { id: 'desc' }, limit: size + 1 });
    const unreadCount = await ctx.em.count(Notification, { retiree: retireeId, readAt: null });
    return { ...toPage(rows, size, (r) => r.id), unreadCount };
  },

  async markRead(ctx: RequestContext, id: string): Promise<Notification> {
    const retireeId = requireRetiree(ctx);
    const notification = await ctx.em.findOne(Notification, { id: recordId(id, '该消息'), retiree: retireeId });
    if (!notification) throw notFound('该消息');
    notification.readAt ??= new Date();
    await ctx.em.flush();
    return notification;
  },

  async markAllRead(ctx: RequestContext): Promise<number> {
    const retireeId = requireRetiree(ctx);
    return ctx.em.nativeUpdate(Notification, { retiree: retireeId, readAt: null }, { readAt: new Date() });
  },

  /** What was sent to one retiree, for staff on the detail page (area filter applies). */
  async forRetiree(em: EntityManager, retireeId: number, limit = 50): Promise<Notification[]> {
    return em.find(Notification, { retiree: retireeId }, { orderBy: { id: 'desc' }, limit });
  },
};


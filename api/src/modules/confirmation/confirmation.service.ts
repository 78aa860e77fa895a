import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context.js';
import { badInput, conflict, notFound, unauthenticated } from '../../common/errors.js';
import { requireRetiree } from '../../common/guards.js';
import { recordId } from '../../common/ids.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { DELIVER_SMS_JOB, notificationService } from '../notification/notification.service.js';
import { ChangeSource } from '../retiree/retiree-change.entity.js';
import { retireeService } from '../retiree/retiree.service.js';
import { retireesPerCommunity, sum } from '../retiree/retiree-counts.js';
import { Retiree, RetireeStatus } from '../retiree/retiree.entity.js';
import { closeSystemTasks, openSystemTask, TaskSourceKind } from '../task/system-tasks.js';
import { TaskStatus, TaskType } from '../task/task.entities.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { ConfirmableField, ConfirmationStatus, DisputeStatus, InfoConfirmation, InfoDispute } from './confirmation.entities.js';
import { CONFIRMABLE_FIELDS, displayValue } from './confirmation.fields.js';
import { DisputeOutcome, type DisputeFilter, type DisputeItemInput, type ResolveDisputeInput } from './confirmation.inputs.js';


const REQUEST_TITLE = '请确认您的个人信息';
const REQUEST_BODY = '社保部门整理了您的个人信息，请在"退休服务"中核对。信息无误请点"确认无误"；有不对的地方请点"有信息不对"告诉我们，社区会帮您处理。';

/**
 * Sends the current profile of every active retiree under `orgPath` who has no open confirmation,
 * with an inbox message each, set-wise in one statement. Usable inside a request (RLS applies)
 * and by the seed (as the owner). Returns how many were sent.
 */
export async function sendConfirmations(em: EntityManager, orgPath: string, sms: boolean): Promise<number> {
  const [row] = await em.execute<{ created: string }[]>(
    `with targets as (
       select r.id, r.org_path, jsonb_build_object(
         'NAME', r.name, 'GENDER', r.gender, 'BIRTH_DATE', r.birth_date, 'ID_NUMBER', r.id_number, 'PHONE', r.phone,
         'HUKOU_ADDRESS', r.hukou_address, 'RESIDENCE_ADDRESS', r.residence_address, 'EMPLOYER', r.employer,
         'RETIREMENT_DATE', r.retirement_date, 'BANK_NAME', r.bank_name, 'BANK_ACCOUNT', r.bank_account,
         'CITIZEN_CARD_NO', r.citizen_card_no, 'MONTHLY_PENSION', r.monthly_pension, 'COMMUNITY', o.name) as snapshot
       from retiree r join org_unit o on o.id = r.community_id
       where r.org_path like ? and r.status = 'ACTIVE'
         and not exists (select 1 from info_confirmation c where c.retiree_id = r.id and c.status in ('PENDING', 'DISPUTED'))
     ), created as (
       insert into info_confirmation (retiree_id, org_path, status, snapshot, sent_at)
       select id, org_path, 'PENDING', snapshot, now() from targets
       on conflict do nothing
       returning id, retiree_id, org_path
     ), notified as (
       insert into notification (retiree_id, org_path, kind, title, body, event_key, link, sms_status)
       select retiree_id, org_path, 'INFO_CONFIRMATION_REQUEST', ?, ?, 'info-confirmation:' || id, '/confirmation', ?
       from created
       on conflict (retiree_id, event_key) do nothing
       returning 1
     )
     select (select count(*) from created) as created, (select count(*) from notified) as notified`,
    [`${orgPath}%`, REQUEST_TITLE, REQUEST_BODY, sms ? 'PENDING' : 'NONE'],
  );
  return Number(row?.created ?? 0);
}

async function myOpenConfirmation(ctx: RequestContext, id: string): Promise<InfoConfirmation> {
  const retireeId = requireRetiree(ctx);
  const confirmation = await ctx.em.findOne(InfoConfirmation, { id: recordId(id, '该信息确认'), retiree: retireeId });
  if (!confirmation) throw notFound('该信息确认');
  if (confirmation.status !== ConfirmationStatus.PENDING) throw conflict('这份信息您已经回复过了');
  return confirmation;
}

export const confirmationService = {
  items(confirmation: InfoConfirmation) {
    return (Object.keys(CONFIRMABLE_FIELDS) as ConfirmableField[]).map((field) => ({
      field,
      label: CONFIRMABLE_FIELDS[field].label,
      value: displayValue(field, confirmation.snapshot[field]),
    }));
  },

  async send(ctx: RequestContext, orgUnitId?: string | null): Promise<number> {
    const unit = unitInActorArea(ctx, orgUnitId || null);
    const sent = await sendConfirmations(ctx.em, unit.path, true);
    if (sent) await ctx.platform.jobs.enqueue(ctx.em, DELIVER_SMS_JOB, {}, { jobKey: DELIVER_SMS_JOB });
    return sent;
  },

  /** The retiree's latest confirmation, open or answered. */
  async mine(ctx: RequestContext): Promise<InfoConfirmation | null> {
    const retireeId = requireRetiree(ctx);
    return ctx.em.findOne(InfoConfirmation, { retiree: retireeId }, { orderBy: { id: 'desc' } });
  },

  async confirm(ctx: RequestContext, id: string): Promise<InfoConfirmation> {
    const confirmation = await myOpenConfirmation(ctx, id);
    confirmation.status = ConfirmationStatus.CONFIRMED;
    confirmation.respondedAt = new Date();
    await ctx.em.flush();
    return confirmation;
  },

  async dispute(ctx: RequestContext, id: string, items: DisputeItemInput[]): Promise<InfoConfirmation> {
    const confirmation = await myOpenConfirmation(ctx, id);
    if (!items.length) throw badInput('items', '请至少选择一项不对的信息');
    const seen = new Set<ConfirmableField>();
    for (const [i, item] of items.entries()) {
      const comment = item.comment?.trim() || null;
      const proposed = item.proposedValue?.trim() || null;
      if (seen.has(item.field)) throw badInput(`items.${i}.field`, `「${CONFIRMABLE_FIELDS[item.field].label}」重复了`);
      seen.add(item.field);
      if (!comment && !proposed) throw badInput(`items.${i}.comment`, `请说明「${CONFIRMABLE_FIELDS[item.field].label}」哪里不对，或填写正确的内容`);
      if ((comment?.length ?? 0) > 500) throw badInput(`items.${i}.comment`, '说明太长了，请简短一些（不超过 500 字）');
      if ((proposed?.length ?? 0) > 300) throw badInput(`items.${i}.proposedValue`, '内容太长了，请简短一些（不超过 300 字）');
      ctx.em.persist(
        ctx.em.create(InfoDispute, {
          confirmation,
          retiree: confirmation.retiree,
          orgPath: confirmation.orgPath,
          field: item.field,
          sentValue: confirmation.snapshot[item.field] == null ? null : String(confirmation.snapshot[item.field]),
          comment,
          proposedValue: proposed,
          status: DisputeStatus.OPEN,
          createdAt: new Date(),
        }),
      );
    }
    confirmation.status = ConfirmationStatus.DISPUTED;
    confirmation.respondedAt = new Date();
    await ctx.em.flush();
    await notificationService.notify(ctx.em, ctx.platform.jobs, {
      retireeId: confirmation.retiree.id,
      orgPath: confirmation.orgPath,
      kind: NotificationKind.INFO_DISPUTE_RECEIVED,
      title: '已收到您的异议',
      body: `您对${[...seen].map((f) => `「${CONFIRMABLE_FIELDS[f].label}」`).join('、')}提出的异议已转给社区，处理后会通知您。`,
      eventKey: `info-dispute-received:${confirmation.id}`,
      link: '/confirmation',
      sms: false,
    });
    // The community's work item: it closes itself when the last dispute is settled.
    const retiree = await ctx.em.findOneOrFail(Retiree, { id: confirmation.retiree.id });
    await openSystemTask(ctx.em, ctx.platform.config.calendar, {
      type: TaskType.INFO_DISPUTE,
      title: `信息异议处理：${retiree.name}（${seen.size} 项）`,
      instructions: `本人对${[...seen].map((f) => `「${CONFIRMABLE_FIELDS[f].label}」`).join('、')}提出异议，请核实后在「信息确认异议」中处理。`,
      // A person still waiting for placement is handled by whoever places them.
      unitId: retiree.community?.id ?? retiree.township?.id ?? ctx.platform.orgs.childrenOf(null)[0]!.id,
      dueInWorkingDays: 5,
      sourceKind: TaskSourceKind.INFO_CONFIRMATION,
      sourceId: confirmation.id,
      retireeIds: [retiree.id],
    });
    return confirmation;
  },

  async disputesOf(em: EntityManager, confirmationId: string): Promise<InfoDispute[]> {
    return em.find(InfoDispute, { confirmation: confirmationId }, { orderBy: { id: 'asc' } });
  },

  async listDisputes(ctx: RequestContext, filter: DisputeFilter = {}, limit?: number | null, after?: string | null) {
    const size = pageSize(limit);
    const cursor = decodeCursor(after);
    const where: FilterQuery<InfoDispute> = {};
    if (filter.orgUnitId) where.orgPath = { $like: `${unitInActorArea(ctx, filter.orgUnitId).path}%` };
    if (filter.status?.length) where.status = { $in: filter.status };
    const rows = await ctx.em.find(InfoDispute, cursor ? { ...where, id: { $gt: cursor } } : where, { orderBy: { id: 'asc' }, limit: size + 1 });
    const total = await ctx.em.count(InfoDispute, where);
    return { ...toPage(rows, size, (r) => r.id), total };
  },

  /**
   * Corrects the profile (versioned, through the retiree service) or explains; when the last open
   * dispute of a confirmation is settled the confirmation is RESOLVED. The retiree is told either way.
   */
  async resolve(ctx: RequestContext, id: string, input: ResolveDisputeInput): Promise<InfoDispute> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    const dispute = await ctx.em.findOne(InfoDispute, { id: recordId(id, '该异议') });
    if (!dispute) throw notFound('该异议');
    if (dispute.status !== DisputeStatus.OPEN) throw conflict('该异议已经处理过了');
    const note = input.note.trim();
    if (note.length < 2 || note.length > 500) throw badInput('note', '请填写处理说明（2–500 字），退休人员会看到它');
    const rule = CONFIRMABLE_FIELDS[dispute.field];
    let outcomeText: string;
    if (input.outcome === DisputeOutcome.CORRECT) {
      if (!rule.editable) throw badInput('outcome', `「${rule.label}」不能在本平台更正，请选择解释说明并告知本人到相应部门办理`);
      const value = input.useProposedValue ? dispute.proposedValue : input.correctedValue?.trim();
      if (!value) throw badInput(input.useProposedValue ? 'useProposedValue' : 'correctedValue', '请填写更正后的内容');
      await retireeService.update(ctx, String(dispute.retiree.id), { [rule.editable]: value }, ChangeSource.STAFF, `信息确认异议处理：${note}`);
      dispute.status = DisputeStatus.CORRECTED;
      outcomeText = `已更正为 ${displayValue(dispute.field, value)}`;
    } else {
      dispute.status = DisputeStatus.EXPLAINED;
      outcomeText = '经核实，说明如下';
    }
    dispute.resolutionNote = note;
    dispute.resolvedByName = actor.displayName;
    dispute.resolvedAt = new Date();
    await ctx.em.flush();

    const stillOpen = await ctx.em.count(InfoDispute, { confirmation: dispute.confirmation.id, status: DisputeStatus.OPEN });
    if (!stillOpen) {
      await ctx.em.nativeUpdate(InfoConfirmation, { id: dispute.confirmation.id }, { status: ConfirmationStatus.RESOLVED, resolvedAt: new Date() });
      await closeSystemTasks(ctx.em, TaskSourceKind.INFO_CONFIRMATION, dispute.confirmation.id, TaskStatus.DONE, '异议已全部处理', actor.displayName);
    }
    await notificationService.notify(ctx.em, ctx.platform.jobs, {
      retireeId: dispute.retiree.id,
      orgPath: dispute.orgPath,
      kind: NotificationKind.INFO_DISPUTE_RESOLVED,
      title: `您提出的「${rule.label}」异议已处理`,
      body: `${outcomeText}：${note}`,
      eventKey: `info-dispute-resolved:${dispute.id}`,
      link: '/confirmation',
      sms: true,
    });
    return dispute;
  },

  /** Completion by area: the unit and each unit directly under it, from one grouped query. */
  async stats(ctx: RequestContext, orgUnitId?: string | null) {
    const unit = unitInActorArea(ctx, orgUnitId || null);
    const confirmations = await ctx.em.execute<{ org_path: string; status: ConfirmationStatus; n: string }[]>(
      `select org_path, status, count(*) as n from info_confirmation
        where org_path like ? and sent_at >= date_trunc('year', now()) group by 1, 2`,
      [`${unit.path}%`],
    );
    const active = await retireesPerCommunity(ctx.em, ctx.platform.orgs.unitIdsUnder(unit.path), [RetireeStatus.ACTIVE]);
    const rows = [unit, ...(unit.level === OrgLevel.COMMUNITY ? [] : ctx.platform.orgs.childrenOf(unit.id))];
    return rows.map((node) => {
      const counts = { PENDING: 0, CONFIRMED: 0, DISPUTED: 0, RESOLVED: 0 } as Record<ConfirmationStatus, number>;
      for (const c of confirmations) if (c.org_path.startsWith(node.path)) counts[c.status] += Number(c.n);
      const people = sum(active, ctx.platform.orgs.unitIdsUnder(node.path));
      const sent = counts.PENDING + counts.CONFIRMED + counts.DISPUTED + counts.RESOLVED;
      return {
        orgUnit: node,
        retirees: people,
        sent,
        pending: counts.PENDING,
        confirmed: counts.CONFIRMED,
        disputed: counts.DISPUTED,
        resolved: counts.RESOLVED,
        completionRate: sent ? (counts.CONFIRMED + counts.RESOLVED) / sent : 0,
      };
    });
  },
};


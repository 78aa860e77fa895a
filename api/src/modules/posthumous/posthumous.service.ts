import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { notReleased, usableRecord } from '../life-event/life-event-sql.js';
import { AREA_FILTER } from '../../common/area-filter.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../common/errors.js';
import { recordId } from '../../common/ids.js';
import { maskPhone } from '../../common/masking.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { Permission } from '../../common/actor.js';
import { systemEm } from '../../platform.js';
import type { AppConfig } from '../../config.js';
import { FamilyMember } from '../retiree/family-member.entity.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { requireStaff } from '../../common/guards.js';
import { unitInActorArea } from '../org-unit/unit-in-area.js';
import { DELIVER_SMS_JOB } from '../notification/notification.service.js';
import { CaseItemKind, CaseItemStatus, CaseStatus, Department, PosthumousCase, PosthumousCaseEvent, PosthumousCaseItem } from './posthumous-case.entities.js';
import type { CaseItemResultInput, DepartmentCaseItem, PosthumousCaseFilter, PosthumousCaseList } from './posthumous.inputs.js';
import { auditService } from '../audit/audit.service.js';
import { AuditAction, SensitiveField } from '../audit/audit-log.entity.js';

const ITEM_LABELS: Record<CaseItemKind, string> = {
  [CaseItemKind.HOUSEHOLD_DEREGISTRATION]: '户口注销',
  [CaseItemKind.CREMATION_CERTIFICATE]: '火化证明',
  [CaseItemKind.FUNERAL_AND_SURVIVOR]: '丧葬补助金和抚恤金',
  [CaseItemKind.PENSION_ACCOUNT_REFUND]: '养老保险个人账户余额退还',
  [CaseItemKind.MEDICAL_ACCOUNT_REFUND]: '医疗保险个人账户余额退还',
};
export const DEPARTMENT_LABELS: Record<Department, string> = {
  [Department.POLICE]: '公安局',
  [Department.SOCIAL_SECURITY]: '人力社保局',
  [Department.MEDICAL_INSURANCE]: '医疗保障局',
  [Department.CIVIL_AFFAIRS]: '民政局',
};

const yuan = (fen: number) => `${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;

interface SharedRecord {
  kind: string;
  source_record_id: string;
  event_date: string;
}

interface DraftItem {
  kind: CaseItemKind;
  department: Department;
  status: CaseItemStatus;
  amount: number | null;
  basis: string | null;
  reference: string | null;
}

/**
 * The five items of 身后一件事 for one death. What shared data already proves is done at once (the
 * police deregistered the household, civil affairs recorded the cremation): nobody asks the family
 * for those papers. Death while serving a sentence: no funeral subsidy or survivor relief, and only
 * the personal-contribution part of the pension account (DOMAIN.md).
 */
export function draftItems(retiree: Pick<Retiree, 'monthlyPension'>, records: SharedRecord[], diedInPrison: boolean, rules: AppConfig['posthumous']): DraftItem[] {
  const police = records.find((r) => r.kind === 'DEATH');
  const cremation = records.find((r) => r.kind === 'CREMATION');
  const fromRecord = (r: SharedRecord | undefined, kind: CaseItemKind, department: Department): DraftItem =>
    r
      ? { kind, department, status: CaseItemStatus.DONE, amount: null, basis: `共享数据已有记录（${r.event_date}），无需家属提供`, reference: r.source_record_id }
      : { kind, department, status: CaseItemStatus.SENT, amount: null, basis: null, reference: null };
  const demo = rules.demoValues ? '（演示值，按本地规定配置）' : '';
  const relief = rules.survivorReliefMonths * retiree.monthlyPension;
  return [
    fromRecord(police, CaseItemKind.HOUSEHOLD_DEREGISTRATION, Department.POLICE),
    fromRecord(cremation, CaseItemKind.CREMATION_CERTIFICATE, Department.CIVIL_AFFAIRS),
    diedInPrison
      ? { kind: CaseItemKind.FUNERAL_AND_SURVIVOR, department: Department.SOCIAL_SECURITY, status: CaseItemStatus.NOT_APPLICABLE, amount: 0, basis: '服刑期间死亡，不发丧葬补助金和抚恤金', reference: null }
      : {
          kind: CaseItemKind.FUNERAL_AND_SURVIVOR,
          department: Department.SOCIAL_SECURITY,
          status: CaseItemStatus.SENT,
          amount: rules.funeralSubsidyFen + relief,
          basis: `丧葬补助金 ${yuan(rules.funeralSubsidyFen)} + 抚恤金 ${rules.survivorReliefMonths} 个月 × 月养老金 ${yuan(retiree.monthlyPension)} = ${yuan(rules.funeralSubsidyFen + relief)}${demo}`,
          reference: null,
        },
    {
      kind: CaseItemKind.PENSION_ACCOUNT_REFUND,
      department: Department.SOCIAL_SECURITY,
      status: CaseItemStatus.SENT,
      amount: null,
      basis: diedInPrison ? '服刑期间死亡：仅退还个人缴费部分；余额由省集中系统核定后回传' : '余额由省集中系统核定后回传',
      reference: null,
    },
    { kind: CaseItemKind.MEDICAL_ACCOUNT_REFUND, department: Department.MEDICAL_INSURANCE, status: CaseItemStatus.SENT, amount: null, basis: '余额由医保部门核定后回传', reference: null },
  ];
}

async function addEvent(em: EntityManager, c: Pick<PosthumousCase, 'id' | 'orgPath'>, actorName: string, text: string): Promise<void> {
  await em.execute(`insert into posthumous_case_event (case_id, org_path, actor_name, text) values (?, ?, ?, ?)`, [c.id, c.orgPath, actorName, text.slice(0, 500)]);
}

export const posthumousService = {
  /**
   * Opens the case for a confirmed death, once per person (a second call returns the first case),
   * hands the open items to their departments through the outbox and tells the next of kin.
   * Runs in the confirming request's transaction.
   */
  async open(ctx: RequestContext, retiree: Retiree, deathDate: string, riskAlertId: string | null, actorName: string): Promise<PosthumousCase> {
    const existing = await ctx.em.findOne(PosthumousCase, { retiree: retiree.id });
    if (existing) return existing;
    const records = await ctx.em.execute<SharedRecord[]>(
      `select kind, source_record_id, event_date::text from life_event
        where retiree_id = ? and kind in ('DEATH', 'CREMATION') and match_status in ('MATCHED', 'CONFIRMED') and source in ('POLICE', 'CIVIL_AFFAIRS')
        order by event_date, id`,
      [retiree.id],
    );
    const [prison] = await ctx.em.execute<{ serving: boolean }[]>(
      `select exists (select 1 from life_event i where i.retiree_id = ? and i.kind = 'IMPRISONMENT' and ${usableRecord('i')} and i.event_date <= ?::date
          and ${notReleased('i', '?::date')}) as serving`,
      [retiree.id, deathDate, deathDate],
    );
    const c = ctx.em.create(PosthumousCase, { retiree, orgPath: retiree.orgPath, deathDate, riskAlertId, status: CaseStatus.OPEN, openedByName: actorName, openedAt: new Date() });
    await ctx.em.flush();
    await addEvent(ctx.em, c, actorName, `确认 ${retiree.name} 于 ${deathDate} 去世，启动身后一件事`);
    const now = new Date();
    for (const item of draftItems(retiree, records, Boolean(prison?.serving), ctx.platform.config.posthumous)) {
      ctx.em.create(PosthumousCaseItem, {
        caseId: c.id, orgPath: c.orgPath, ...item,
        sentAt: item.status === CaseItemStatus.SENT ? now : null,
        doneAt: item.status === CaseItemStatus.DONE ? now : null,
        doneByName: item.status === CaseItemStatus.DONE ? `${DEPARTMENT_LABELS[item.department]}（共享数据）` : null,
      });
      await ctx.em.flush();
      if (item.status === CaseItemStatus.SENT) {
        // The department's system collects it with collectCaseItems and answers with completeCaseItem.
        await addEvent(ctx.em, c, '系统', `「${ITEM_LABELS[item.kind]}」推送${DEPARTMENT_LABELS[item.department]}办理${item.amount ? `，金额 ${yuan(item.amount)}` : ''}`);
      } else {
        await addEvent(ctx.em, c, '系统', `「${ITEM_LABELS[item.kind]}」${item.status === CaseItemStatus.DONE ? `已由共享数据办结（${item.reference}）` : `不适用：${item.basis}`}`);
      }
    }
    await notifyNextOfKin(ctx, c, retiree, deathDate);
    return c;
  },

  async list(ctx: RequestContext, filter: PosthumousCaseFilter | null | undefined, limit?: number | null, after?: string | null): Promise<PosthumousCaseList> {
    const size = pageSize(limit);
    const where: FilterQuery<PosthumousCase> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.orgUnitId) where.orgPath = { $like: `${unitInActorArea(ctx, filter.orgUnitId).path}%` };
    const cursor = decodeCursor(after);
    const rows = await ctx.em.find(PosthumousCase, cursor ? { ...where, id: { $lt: cursor } } : where, { orderBy: { id: 'desc' }, limit: size + 1 });
    const total = await ctx.em.count(PosthumousCase, where);
    return { ...toPage(rows, size, (c) => c.id), total };
  },

  async get(ctx: RequestContext, id: string): Promise<PosthumousCase> {
    const c = await ctx.em.findOne(PosthumousCase, { id: recordId(id, '该事项') });
    if (!c) throw notFound('该事项');
    return c;
  },

  async forRetiree(ctx: RequestContext, retireeId: number): Promise<PosthumousCase | null> {
    return ctx.em.findOne(PosthumousCase, { retiree: retireeId });
  },

  /**
   * The outbox seen from a department: its open items across the city, oldest first (the
   * department's system collects them and answers each with completeCaseItem). A mutation, not a
   * read: handing out full ID numbers is written to the audit log, which must commit.
   */
  async pendingForDepartment(ctx: RequestContext, department: Department, limit?: number | null): Promise<DepartmentCaseItem[]> {
    const actor = ctx.actor;
    if (!(actor?.kind === 'CLIENT' && actor.permissions.has(Permission.CASE_CALLBACK))) throw forbidden('只有责任部门的接入方可以领取事项');
    const em = systemEm(ctx.platform);
    const items = await em.find(PosthumousCaseItem, { department, status: CaseItemStatus.SENT }, { orderBy: { id: 'asc' }, limit: pageSize(limit), filters: { [AREA_FILTER]: false } });
    const cases = await em.find(PosthumousCase, { id: { $in: [...new Set(items.map((i) => i.caseId))] } }, { populate: ['retiree'], filters: { [AREA_FILTER]: false } });
    const byId = new Map(cases.map((c) => [c.id, c]));
    const handed = items.map((item) => {
      const c = byId.get(item.caseId)!;
      const deceased = c.retiree.getEntity();
      // The department needs the full ID number to act: every hand-over of it is audited.
      auditService.record(ctx, actor, AuditAction.EXPORT, { retireeId: deceased.id, retireeName: deceased.name, orgPath: deceased.orgPath }, SensitiveField.ID_NUMBER, `身后一件事：${DEPARTMENT_LABELS[department]}领取「${ITEM_LABELS[item.kind]}」`);
      return { item, deceasedName: deceased.name, deceasedIdNumber: deceased.idNumber, deathDate: c.deathDate };
    });
    await ctx.em.flush(); // the audit rows commit with the request, or the numbers are not handed out
    return handed;
  },

  items(ctx: RequestContext, c: PosthumousCase): Promise<PosthumousCaseItem[]> {
    return ctx.em.find(PosthumousCaseItem, { caseId: c.id }, { orderBy: { id: 'asc' } });
  },

  events(ctx: RequestContext, c: PosthumousCase): Promise<PosthumousCaseEvent[]> {
    return ctx.em.find(PosthumousCaseEvent, { caseId: c.id }, { orderBy: { id: 'asc' } });
  },

  /**
   * An item is done: reported by its department (an API client with the `case:callback` scope)
   * or recorded by staff. The last item closes the case.
   */
  async completeItem(ctx: RequestContext, id: string, input: CaseItemResultInput): Promise<PosthumousCaseItem> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    const byDepartment = actor.kind === 'CLIENT' && actor.permissions.has(Permission.CASE_CALLBACK);
    if (!byDepartment && !(actor.kind === 'STAFF' && actor.permissions.has(Permission.TASK_WORK))) throw forbidden('只有工作人员或责任部门可以办结事项');
    // Departments work for the whole city and have no area to read in: their callback is checked by scope.
    const em = byDepartment ? systemEm(ctx.platform) : ctx.em;
    const filters: Record<string, boolean> = byDepartment ? { [AREA_FILTER]: false } : {};
    const item = await em.findOne(PosthumousCaseItem, { id: recordId(id, '该事项') }, { filters });
    if (!item) throw notFound('该事项');
    if (item.status !== CaseItemStatus.SENT) throw conflict('该事项已办结');
    if (input.amount !== undefined && input.amount !== null && (!Number.isSafeInteger(input.amount) || input.amount < 0)) throw badInput('amount', '金额应为不小于 0 的整数（分）');
    const who = byDepartment ? `${actor.displayName}（部门回传）` : actor.displayName;
    item.status = CaseItemStatus.DONE;
    item.doneAt = new Date();
    item.doneByName = who.slice(0, 100);
    item.reference = input.reference?.trim().slice(0, 100) || item.reference;
    item.note = input.note?.trim().slice(0, 500) || null;
    if (input.amount !== undefined && input.amount !== null) item.amount = input.amount;
    await em.flush();
    const c = await em.findOneOrFail(PosthumousCase, { id: item.caseId }, { filters });
    await addEvent(em, c, who, `「${ITEM_LABELS[item.kind]}」已办结${item.amount ? `，金额 ${yuan(item.amount)}` : ''}${item.reference ? `（${item.reference}）` : ''}`);
    const open = await em.count(PosthumousCaseItem, { caseId: c.id, status: CaseItemStatus.SENT }, { filters });
    if (!open) {
      c.status = CaseStatus.CLOSED;
      c.closedAt = new Date();
      await em.flush();
      await addEvent(em, c, '系统', '全部事项已办结');
    }
    return item;
  },

  /**
   * Texts the next of kin (again): after a phone number was added to the family registry, or when
   * the family says the first text never came. Staff of the area only.
   */
  async notifyNextOfKinAgain(ctx: RequestContext, id: string): Promise<PosthumousCase> {
    const staff = requireStaff(ctx);
    if (!staff.permissions.has(Permission.TASK_WORK)) throw forbidden('只有经办人员可以通知家属');
    const c = await this.get(ctx, id);
    const retiree = await ctx.em.findOneOrFail(Retiree, { id: c.retiree.id });
    if (!(await notifyNextOfKin(ctx, c, retiree, c.deathDate, staff.displayName))) throw badInput('familyMembers', NO_RELATIVE_PHONE);
    return c;
  },

  /** Staff who work tasks in the area record results; departments report through their own client. */
  itemActions(ctx: RequestContext, item: PosthumousCaseItem): string[] {
    const actor = ctx.actor;
    return actor?.kind === 'STAFF' && actor.permissions.has(Permission.TASK_WORK) && item.status === CaseItemStatus.SENT ? ['COMPLETE'] : [];
  },

  caseActions(ctx: RequestContext): string[] {
    const actor = ctx.actor;
    return actor?.kind === 'STAFF' && actor.permissions.has(Permission.TASK_WORK) ? ['NOTIFY_NEXT_OF_KIN'] : [];
  },
};

/**
 * The next of kin (spouse first, else another registered next of kin, else an emergency contact)
 * learns what happens and what they receive, by SMS through the outbox.
 */
async function notifyNextOfKin(ctx: RequestContext, c: PosthumousCase, retiree: Retiree, deathDate: string, actorName = '系统'): Promise<boolean> {
  const relatives = await ctx.em.find(FamilyMember, { retiree: retiree.id, phone: { $ne: null }, $or: [{ isNextOfKin: true }, { isEmergencyContact: true }] });
  const rank = (m: FamilyMember) => (m.isNextOfKin ? 0 : 2) + (m.relation === '配偶' ? 0 : 1);
  const relative = relatives.sort((a, b) => rank(a) - rank(b))[0];
  if (!relative?.phone) {
    await addEvent(ctx.em, c, '系统', NO_RELATIVE_PHONE);
    return false;
  }
  const funeral = await ctx.em.findOne(PosthumousCaseItem, { caseId: c.id, kind: CaseItemKind.FUNERAL_AND_SURVIVOR });
  const community = retiree.community ? ctx.platform.orgs.get(retiree.community.id) : null;
  const text =
    `${relative.name}您好：惊悉${retiree.name}于${deathDate}去世，深表哀悼。户口注销、火化证明、养老金停发、个人账户余额退还等身后事项已由各部门联办，` +
    `无需您提供已有材料。${funeral?.amount ? `丧葬补助金和抚恤金共 ${yuan(funeral.amount)} 将发放给家属。` : ''}` +
    `${community ? `如有疑问请联系${community.name} ${community.contactName ?? ''} ${community.contactPhone ?? ''}。` : ''}`;
  await ctx.em.execute(`insert into outbound_sms (org_path, phone, body) values (?, ?, ?)`, [c.orgPath, relative.phone, text]);
  await ctx.platform.jobs.enqueue(ctx.em, DELIVER_SMS_JOB, {}, { jobKey: DELIVER_SMS_JOB });
  c.notifiedRelative = `${relative.relation} ${relative.name}（${maskPhone(relative.phone)}）`;
  c.notificationText = text;
  c.notifiedAt = new Date();
  await ctx.em.flush();
  await addEvent(ctx.em, c, actorName, `已短信通知近亲属：${c.notifiedRelative}`);
  return true;
}

const NO_RELATIVE_PHONE = '家庭成员信息库中没有近亲属的联系电话，请社区联系家属';

/**
 * COPY layouts of the seeded tables: which columns are loaded and how a generated row becomes a
 * line. Ids are loaded explicitly (sequences are set afterwards), so rows keep the ids the
 * generator gave them; columns left out (active, created_at of staff…) take their defaults.
 */
import { copyBoolean, copyNullable, copyText, copyTextArray, type CopyLayout } from './copy.js';
import type { ApiClientRow, CertificationRow, CommunityAddressRow, FamilyMemberRow, NotificationRow, OrgUnitRow, PensionPaymentRow, RetireeRow, StaffUserRow, TaskEventRow, TaskRetireeRow, TaskRow } from './rows.js';

export type StaffUserWithHash = StaffUserRow & { passwordHash: string };
export type ApiClientWithHash = ApiClientRow & { secretHash: string };

export const ORG_UNIT_LAYOUT: CopyLayout<OrgUnitRow> = {
  table: 'org_unit',
  columns: ['id', 'code', 'name', 'level', 'kind', 'parent_id', 'path', 'contact_name', 'contact_phone', 'address'],
  encode: (o) =>
    `${o.id}\t${copyText(o.code)}\t${copyText(o.name)}\t${o.level}\t${copyNullable(o.kind)}\t${o.parentId ?? '\\N'}\t${copyText(o.path)}\t${copyText(o.contactName)}\t${copyText(o.contactPhone)}\t${copyText(o.address)}\n`,
};

export const STAFF_USER_LAYOUT: CopyLayout<StaffUserWithHash> = {
  table: 'staff_user',
  columns: ['id', 'username', 'display_name', 'password_hash', 'role', 'org_unit_id', 'is_demo'],
  encode: (s) => `${s.id}\t${copyText(s.username)}\t${copyText(s.displayName)}\t${copyText(s.passwordHash)}\t${s.role}\t${s.orgUnitId}\tt\n`,
};

export const API_CLIENT_LAYOUT: CopyLayout<ApiClientWithHash> = {
  table: 'api_client',
  columns: ['id', 'client_id', 'name', 'secret_hash', 'scopes', 'is_demo'],
  encode: (c) => `${c.id}\t${copyText(c.clientId)}\t${copyText(c.name)}\t${copyText(c.secretHash)}\t${copyTextArray(c.scopes)}\tt\n`,
};

export const COMMUNITY_ADDRESS_LAYOUT: CopyLayout<CommunityAddressRow> = {
  table: 'community_address',
  columns: ['id', 'community_id', 'township_id', 'kind', 'keyword'],
  encode: (a) => `${a.id}\t${a.communityId}\t${a.townshipId}\t${a.kind}\t${copyText(a.keyword)}\n`,
};

export const RETIREE_LAYOUT: CopyLayout<RetireeRow> = {
  table: 'retiree',
  columns: [
    'id', 'id_number', 'name', 'gender', 'birth_date', 'retirement_date', 'employer', 'hukou_address', 'residence_address',
    'community_id', 'township_id', 'org_path', 'status', 'monthly_pension', 'bank_account', 'bank_name', 'citizen_card_no',
    'phone', 'created_at', 'updated_at',
  ],
  encode: (r) =>
    `${r.id}\t${copyText(r.idNumber)}\t${copyText(r.name)}\t${r.gender}\t${r.birthDate}\t${r.retirementDate}\t${copyText(r.employer)}\t${copyText(r.hukouAddress)}\t${copyText(r.residenceAddress)}\t` +
    `${r.communityId}\t${r.townshipId}\t${copyText(r.orgPath)}\t${r.status}\t${r.monthlyPension}\t${copyText(r.bankAccount)}\t${copyText(r.bankName)}\t${copyNullable(r.citizenCardNo)}\t` +
    `${copyNullable(r.phone)}\t${r.createdAt}\t${r.updatedAt}\n`,
};

export const FAMILY_MEMBER_LAYOUT: CopyLayout<FamilyMemberRow> = {
  table: 'family_member',
  columns: ['id', 'retiree_id', 'org_path', 'relation', 'name', 'id_number', 'phone', 'is_emergency_contact', 'is_next_of_kin'],
  encode: (f) =>
    `${f.id}\t${f.retireeId}\t${copyText(f.orgPath)}\t${f.relation}\t${copyText(f.name)}\t${copyNullable(f.idNumber)}\t${copyNullable(f.phone)}\t${copyBoolean(f.isEmergencyContact)}\t${copyBoolean(f.isNextOfKin)}\n`,
};

export const CERTIFICATION_LAYOUT: CopyLayout<CertificationRow> = {
  table: 'certification',
  columns: ['retiree_id', 'org_path', 'valid_until', 'method', 'certified_on', 'evidence'],
  encode: (c) => `${c.retireeId}\t${copyText(c.orgPath)}\t${c.validUntil}\t${c.method}\t${c.certifiedOn}\t${copyText(c.evidence)}\n`,
};

export const NOTIFICATION_LAYOUT: CopyLayout<NotificationRow> = {
  table: 'notification',
  // Sent by the old system before the app existed: counted as read, so nobody opens the app to a backlog.
  columns: ['id', 'retiree_id', 'org_path', 'kind', 'title', 'body', 'event_key', 'link', 'created_at', 'read_at', 'sms_status', 'sms_sent_at'],
  encode: (n) =>
    `${n.id}\t${n.retireeId}\t${copyText(n.orgPath)}\t${n.kind}\t${copyText(n.title)}\t${copyText(n.body)}\t${copyText(n.eventKey)}\t${copyNullable(n.link)}\t${n.createdAt}\t${n.createdAt}\t${n.smsStatus}\t${n.smsStatus === 'SENT' ? n.createdAt : '\\N'}\n`,
};

export const PENSION_PAYMENT_LAYOUT: CopyLayout<PensionPaymentRow> = {
  table: 'pension_payment',
  columns: ['id', 'retiree_id', 'org_path', 'period', 'amount', 'paid_date', 'bank_account'],
  encode: (p) => `${p.id}\t${p.retireeId}\t${copyText(p.orgPath)}\t${p.period}\t${p.amount}\t${p.paidDate}\t${copyText(p.bankAccount)}\n`,
};

const nullableInt = (v: number | null) => (v === null ? '\\N' : String(v));
const nullableBoolean = (v: boolean | null) => (v === null ? '\\N' : copyBoolean(v));

/** source_kind / source_id stay null: seeded tasks are people's work, not other modules'. */
export const TASK_LAYOUT: CopyLayout<TaskRow> = {
  table: 'task',
  columns: [
    'id', 'type', 'title', 'instructions', 'priority', 'status', 'assignee_unit_id', 'assignee_staff_id', 'org_path', 'creator_unit_id', 'creator_path',
    'creator_staff_id', 'creator_name', 'batch_id', 'retiree_count', 'due_date', 'created_at', 'sign_deadline', 'signed_at', 'signed_by_name', 'signed_by_id',
    'signed_on_time', 'completed_at', 'completed_by_name', 'completed_by_id', 'completed_on_time', 'outcome', 'feedback', 'score', 'evaluation_comment',
    'evaluated_at', 'evaluated_by_name', 'return_reason', 'return_count',
  ],
  encode: (t) =>
    `${t.id}\t${t.type}\t${copyText(t.title)}\t${copyText(t.instructions)}\t${t.priority}\t${t.status}\t${t.assigneeUnitId}\t${nullableInt(t.assigneeStaffId)}\t${copyText(t.orgPath)}\t${t.creatorUnitId}\t${copyText(t.creatorPath)}\t` +
    `${nullableInt(t.creatorStaffId)}\t${copyText(t.creatorName)}\t${copyNullable(t.batchId)}\t${t.retireeCount}\t${t.dueDate}\t${t.createdAt}\t${t.signDeadline}\t${copyNullable(t.signedAt)}\t${copyNullable(t.signedByName)}\t${nullableInt(t.signedById)}\t` +
    `${nullableBoolean(t.signedOnTime)}\t${copyNullable(t.completedAt)}\t${copyNullable(t.completedByName)}\t${nullableInt(t.completedById)}\t${nullableBoolean(t.completedOnTime)}\t${copyNullable(t.outcome)}\t${copyNullable(t.feedback)}\t${nullableInt(t.score)}\t${copyNullable(t.evaluationComment)}\t` +
    `${copyNullable(t.evaluatedAt)}\t${copyNullable(t.evaluatedByName)}\t${copyNullable(t.returnReason)}\t${t.returnCount}\n`,
};

export const TASK_RETIREE_LAYOUT: CopyLayout<TaskRetireeRow> = {
  table: 'task_retiree',
  columns: ['task_id', 'retiree_id', 'org_path'],
  encode: (r) => `${r.taskId}\t${r.retireeId}\t${copyText(r.orgPath)}\n`,
};

export const TASK_EVENT_LAYOUT: CopyLayout<TaskEventRow> = {
  table: 'task_event',
  columns: ['id', 'task_id', 'org_path', 'kind', 'actor_name', 'note', 'at'],
  encode: (e) => `${e.id}\t${e.taskId}\t${copyText(e.orgPath)}\t${e.kind}\t${copyText(e.actorName)}\t${copyNullable(e.note)}\t${e.at}\n`,
};

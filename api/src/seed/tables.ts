/**
 * COPY layouts of the seeded tables: which columns are loaded and how a generated row becomes a
 * line. Ids are loaded explicitly (sequences are set afterwards), so rows keep the ids the
 * generator gave them; columns left out (active, created_at of staff…) take their defaults.
 */
import { copyBoolean, copyNullable, copyText, copyTextArray, type CopyLayout } from './copy.js';
import type { ApiClientRow, FamilyMemberRow, OrgUnitRow, PensionPaymentRow, RetireeRow, StaffUserRow } from './rows.js';

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

export const PENSION_PAYMENT_LAYOUT: CopyLayout<PensionPaymentRow> = {
  table: 'pension_payment',
  columns: ['id', 'retiree_id', 'org_path', 'period', 'amount', 'paid_date', 'bank_account'],
  encode: (p) => `${p.id}\t${p.retireeId}\t${copyText(p.orgPath)}\t${p.period}\t${p.amount}\t${p.paidDate}\t${copyText(p.bankAccount)}\n`,
};

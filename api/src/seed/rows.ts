/**
 * Rows of the synthetic city, one interface per table, with column-named fields in table order.
 * Dates are `YYYY-MM-DD`, timestamps ISO with offset, money integer fen.
 */
import type { Gender } from '../common/id-number.js';

export type OrgLevel = 'CITY' | 'TOWNSHIP' | 'COMMUNITY';
export type StaffRole = 'ADMIN' | 'STAFF' | 'VIEWER';
export type RetireeStatus = 'ACTIVE' | 'SUSPENDED' | 'DECEASED' | 'TRANSFERRED';
export type FamilyRelation = '配偶' | '儿子' | '女儿' | '孙子女' | '兄弟姐妹' | '其他';

export interface OrgUnitRow {
  id: number;
  code: string;
  name: string;
  level: OrgLevel;
  /** STREET / TOWN / TOWNSHIP / COMMUNITY / VILLAGE; null for the city bureau. */
  kind: string | null;
  parentId: number | null;
  path: string;
  contactName: string;
  contactPhone: string;
  address: string;
}

/** The password hash is added by the loader: the generator stays pure and fast. */
export interface StaffUserRow {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
  orgUnitId: number;
}

/** The secret hash is added by the loader. */
export interface ApiClientRow {
  id: number;
  clientId: string;
  name: string;
  scopes: string[];
}

export interface RetireeRow {
  id: number;
  idNumber: string;
  name: string;
  gender: Gender;
  birthDate: string;
  retirementDate: string;
  employer: string;
  hukouAddress: string;
  residenceAddress: string;
  communityId: number;
  townshipId: number;
  orgPath: string;
  status: RetireeStatus;
  /** Current monthly pension in fen (after this year's adjustment when it applies). */
  monthlyPension: number;
  bankAccount: string;
  bankName: string;
  citizenCardNo: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One word of the community address dictionary (zero-trip check-in places new retirees by it). */
export interface CommunityAddressRow {
  id: number;
  communityId: number;
  townshipId: number;
  kind: 'NAME' | 'ROAD' | 'ESTATE';
  keyword: string;
}

export interface FamilyMemberRow {
  id: number;
  retireeId: number;
  orgPath: string;
  relation: FamilyRelation;
  name: string;
  idNumber: string | null;
  phone: string | null;
  isEmergencyContact: boolean;
  isNextOfKin: boolean;
}

export interface PensionPaymentRow {
  id: number;
  retireeId: number;
  orgPath: string;
  /** `YYYY-MM`. */
  period: string;
  amount: number;
  paidDate: string;
  bankAccount: string;
}

export type TaskType = 'GENERAL' | 'VISIT' | 'DATA_CHECK';
export type TaskPriority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export type TaskStatus = 'ASSIGNED' | 'SIGNED' | 'DONE' | 'EVALUATED' | 'RETURNED' | 'CANCELLED';
export type TaskOutcome = 'COMPLETED' | 'PARTIAL' | 'UNABLE';
export type TaskEventKind = 'ASSIGNED' | 'SIGNED' | 'COMPLETED' | 'RETURNED' | 'EVALUATED' | 'CANCELLED';

/** A work task as the API leaves it after its steps so far. Timestamps are UTC ISO strings. */
export interface TaskRow {
  id: number;
  type: TaskType;
  title: string;
  instructions: string;
  priority: TaskPriority;
  status: TaskStatus;
  assigneeUnitId: number;
  assigneeStaffId: number | null;
  /** The assignee unit's path. */
  orgPath: string;
  creatorUnitId: number;
  creatorPath: string;
  creatorStaffId: number | null;
  creatorName: string;
  batchId: string | null;
  retireeCount: number;
  dueDate: string;
  createdAt: string;
  signDeadline: string;
  signedAt: string | null;
  signedByName: string | null;
  signedById: number | null;
  signedOnTime: boolean | null;
  completedAt: string | null;
  completedByName: string | null;
  completedById: number | null;
  completedOnTime: boolean | null;
  outcome: TaskOutcome | null;
  feedback: string | null;
  score: number | null;
  evaluationComment: string | null;
  evaluatedAt: string | null;
  evaluatedByName: string | null;
  returnReason: string | null;
  returnCount: number;
}

export interface TaskRetireeRow {
  taskId: number;
  retireeId: number;
  orgPath: string;
}

export interface TaskEventRow {
  id: number;
  taskId: number;
  orgPath: string;
  kind: TaskEventKind;
  actorName: string;
  note: string | null;
  at: string;
}

/** A retiree's survival certification as the platform takes it over (see certifications.ts). */
export interface CertificationRow {
  retireeId: number;
  orgPath: string;
  validUntil: string;
  method: 'PASSIVE' | 'FACE' | 'VISIT';
  certifiedOn: string;
  /** JSON array of `{ date, text }`. */
  evidence: string;
}

/** A message already sent to a retiree (the certification reminders of the old system). */
export interface NotificationRow {
  id: number;
  retireeId: number;
  orgPath: string;
  kind: 'CERTIFICATION_DUE';
  title: string;
  body: string;
  eventKey: string;
  link: string | null;
  createdAt: string;
  smsStatus: 'SENT' | 'SKIPPED';
}

import type { AreaScope } from './area-filter.js';
import { StaffRole } from '../modules/staff/staff-user.entity.js';
import type { OrgLevel } from '../modules/org-unit/org-unit.entity.js';

/** What a caller may do; resolvers name these in `@Authorized(...)`. */
export const Permission = {
  RETIREE_READ: 'retiree:read',
  RETIREE_WRITE: 'retiree:write',
  /** See a full ID number, bank account or phone (with a reason; audited). */
  RETIREE_REVEAL: 'retiree:reveal',
  AUDIT_READ: 'audit:read',
  STAFF_MANAGE: 'staff:manage',
  /** Assign, sign, complete, return and evaluate work tasks; review community transfers. */
  TASK_WORK: 'task:work',
  /** Upload feed files, commit or discard previews, read import batches (granted only to staff of the city unit). */
  IMPORT_MANAGE: 'import:manage',
  /** Run the fund-risk scan on demand (granted only to staff of the city unit). */
  RISK_SCAN: 'risk:scan',
  INGEST_RETIREE: 'ingest:retiree',
  INGEST_LIFE_EVENT: 'ingest:life-event',
  INGEST_PAYMENT: 'ingest:payment',
  FACE_AUTH: 'face-auth',
  /** A department's system: collect 身后一件事 items handed to it and report them done. */
  CASE_CALLBACK: 'case:callback',
  /** A retiree acting on their own records. */
  SELF: 'self',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  [StaffRole.ADMIN]: [Permission.RETIREE_READ, Permission.RETIREE_WRITE, Permission.RETIREE_REVEAL, Permission.AUDIT_READ, Permission.STAFF_MANAGE, Permission.TASK_WORK, Permission.IMPORT_MANAGE, Permission.RISK_SCAN],
  [StaffRole.STAFF]: [Permission.RETIREE_READ, Permission.RETIREE_WRITE, Permission.RETIREE_REVEAL, Permission.AUDIT_READ, Permission.TASK_WORK, Permission.IMPORT_MANAGE, Permission.RISK_SCAN],
  [StaffRole.VIEWER]: [Permission.RETIREE_READ, Permission.AUDIT_READ],
};

/** Scopes an integrator's client may hold: each is also the permission it grants. */
export const CLIENT_SCOPES: readonly Permission[] = [
  Permission.RETIREE_READ,
  Permission.INGEST_RETIREE,
  Permission.INGEST_LIFE_EVENT,
  Permission.INGEST_PAYMENT,
  Permission.FACE_AUTH,
  Permission.CASE_CALLBACK,
];

interface ActorBase {
  sessionId: string;
  displayName: string;
  permissions: ReadonlySet<Permission>;
  scope: AreaScope;
}

export interface StaffActor extends ActorBase {
  kind: 'STAFF';
  staffId: number;
  username: string;
  role: StaffRole;
  orgUnitId: number;
  orgLevel: OrgLevel;
}

export interface ClientActor extends ActorBase {
  kind: 'CLIENT';
  clientId: string;
}

export interface RetireeActor extends ActorBase {
  kind: 'RETIREE';
  retireeId: number;
}

export type Actor = StaffActor | ClientActor | RetireeActor;

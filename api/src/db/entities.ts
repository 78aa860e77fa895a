import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { InfoConfirmation, InfoDispute } from '../modules/confirmation/confirmation.entities.js';
import { Notification } from '../modules/notification/notification.entity.js';
import { ApiClient, AuthSession, OtpChallenge } from '../modules/auth/auth.entities.js';
import { OrgUnit } from '../modules/org-unit/org-unit.entity.js';
import { PensionPayment } from '../modules/payment/pension-payment.entity.js';
import { FamilyMember } from '../modules/retiree/family-member.entity.js';
import { RetireeChange } from '../modules/retiree/retiree-change.entity.js';
import { Retiree } from '../modules/retiree/retiree.entity.js';
import { StaffUser } from '../modules/staff/staff-user.entity.js';
import { Attachment, Task, TaskEvent, TaskRetiree } from '../modules/task/task.entities.js';
import { CommunityAddress } from '../modules/import/community-address.entity.js';
import { ImportBatch, ImportError } from '../modules/import/import-batch.entity.js';
import { LifeEvent, LifeEventCandidate, RecordRevision } from '../modules/life-event/life-event.entity.js';
import { Certification, CertificationRecord, FaceCertificationRequest } from '../modules/certification/certification.entities.js';
import { PosthumousCase, PosthumousCaseEvent, PosthumousCaseItem } from '../modules/posthumous/posthumous-case.entities.js';
import { RiskAlert, RiskRecovery } from '../modules/risk/risk-alert.entity.js';
import { PaymentSuspension } from '../modules/suspension/payment-suspension.entity.js';
import { CommunityTransfer } from '../modules/transfer/community-transfer.entity.js';

/** Every entity, listed explicitly: folder discovery does not work the same under tsx and tsc output. */
export const entities = [OrgUnit, StaffUser, Retiree, FamilyMember, PensionPayment, RetireeChange, AuditLog, AuthSession, ApiClient, OtpChallenge, Notification, InfoConfirmation, InfoDispute, Task, TaskRetiree, TaskEvent, Attachment, CommunityTransfer, ImportBatch, ImportError, LifeEvent, LifeEventCandidate, RecordRevision, CommunityAddress, RiskAlert, RiskRecovery, PosthumousCase, PosthumousCaseItem, PosthumousCaseEvent, Certification, CertificationRecord, FaceCertificationRequest, PaymentSuspension];

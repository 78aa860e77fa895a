import { CertificationResolver, RetireeCertificationResolver } from './modules/certification/certification.resolver.js';
import { PosthumousCaseItemResolver, PosthumousCaseResolver, RetireePosthumousCaseResolver } from './modules/posthumous/posthumous.resolver.js';
import { RiskAlertResolver } from './modules/risk/risk.resolver.js';
import { PaymentSuspensionResolver, RetireeSuspensionResolver } from './modules/suspension/suspension.resolver.js';
import { ImportErrorResolver, ImportResolver } from './modules/import/import.resolver.js';
import { PlacementResolver } from './modules/import/placement.resolver.js';
import { LifeEventResolver, RetireeLifeEventsResolver } from './modules/life-event/life-event.resolver.js';
import 'reflect-metadata';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { PermissionChecker } from './common/auth-checker.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { InfoConfirmationResolver, InfoDisputeResolver } from './modules/confirmation/confirmation.resolver.js';
import { NotificationResolver } from './modules/notification/notification.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { OrgUnitResolver } from './modules/org-unit/org-unit.resolver.js';
import { FamilyMemberResolver, RetireeChangeResolver, RetireeResolver } from './modules/retiree/retiree.resolver.js';
import { MyProfileResolver } from './modules/retiree/my-profile.resolver.js';
import { StaffUserResolver } from './modules/staff/staff-user.resolver.js';
import { StaffResolver } from './modules/staff/staff.resolver.js';
import { AttachmentResolver, TaskResolver } from './modules/task/task.resolver.js';
import { CommunityTransferResolver } from './modules/transfer/transfer.resolver.js';
import { FamilyRegistryResolver } from './modules/family/family.resolver.js';
import { PerformanceResolver } from './modules/performance/performance.resolver.js';

export const resolvers = [AuthResolver, OrgUnitResolver, RetireeResolver, FamilyMemberResolver, RetireeChangeResolver, MyProfileResolver, StaffUserResolver, StaffResolver, AuditResolver, InfoConfirmationResolver, InfoDisputeResolver, NotificationResolver, TaskResolver, AttachmentResolver, CommunityTransferResolver, FamilyRegistryResolver, PerformanceResolver, ImportResolver, ImportErrorResolver, PlacementResolver, LifeEventResolver, RetireeLifeEventsResolver, RiskAlertResolver, PosthumousCaseResolver, PosthumousCaseItemResolver, RetireePosthumousCaseResolver, CertificationResolver, RetireeCertificationResolver, PaymentSuspensionResolver, RetireeSuspensionResolver] as const;

/** The one contract: built from the resolvers, sorted so the committed schema.graphql diffs cleanly. */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker: PermissionChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
  });
  return lexicographicSortSchema(schema);
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { Certification, CertificationRecord } from './certification.entities.js';
import { CertificationAreaRow, CertificationList, CertificationListFilter, CertificationStatusKind, CertificationSummary, FaceCertificationHandoff, FaceVerificationInput, PassiveCertificationResult } from './certification.inputs.js';
import { certificationService, certificationStatus } from './certification.service.js';

@Resolver(() => Certification)
export class CertificationResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => CertificationSummary, { description: '生存认证情况（某区域，默认本人管辖范围）' })
  certificationSummary(@Ctx() ctx: RequestContext, @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string): Promise<CertificationSummary> {
    return certificationService.summary(ctx, orgUnitId);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => [CertificationAreaRow], { description: '下一级各区域的认证情况（市→镇街，镇街→社区）' })
  certificationByArea(@Ctx() ctx: RequestContext, @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string): Promise<CertificationAreaRow[]> {
    return certificationService.byArea(ctx, orgUnitId);
  }

  @Authorized(Permission.RETIREE_READ)
  @Query(() => CertificationList, { description: '某区域某种认证状态的正常发放人员，最先到期的在前' })
  certifications(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CertificationListFilter) filter: CertificationListFilter,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<CertificationList> {
    return certificationService.list(ctx, filter, limit, after);
  }

  @Authorized(Permission.SELF)
  @Mutation(() => FaceCertificationHandoff, { description: '我要认证：转到政务服务 App 刷脸（十分钟内有效）' })
  startFaceCertification(@Ctx() ctx: RequestContext): Promise<FaceCertificationHandoff> {
    return certificationService.startFace(ctx);
  }

  @Authorized(Permission.SELF)
  @Query(() => CertificationRecord, { nullable: true, description: '我这次刷脸认证的结果（政务服务 App 回传后才有）' })
  myFaceCertification(@Ctx() ctx: RequestContext, @Arg('transactionId', () => String) transactionId: string): Promise<CertificationRecord | null> {
    return certificationService.myFace(ctx, transactionId);
  }

  @Authorized(Permission.SELF)
  @Query(() => Certification, { nullable: true, description: '我的生存认证' })
  myCertification(@Ctx() ctx: RequestContext): Promise<Certification | null> {
    return certificationService.mine(ctx);
  }

  @Authorized(Permission.FACE_AUTH)
  @Mutation(() => CertificationRecord, { description: '政务服务 App 回传刷脸认证结果（签名、防重放、按交易号幂等）' })
  recordFaceVerification(@Ctx() ctx: RequestContext, @Arg('input', () => FaceVerificationInput) input: FaceVerificationInput): Promise<CertificationRecord> {
    return certificationService.recordFace(ctx, input);
  }

  @Authorized(Permission.RISK_SCAN)
  @Mutation(() => PassiveCertificationResult, { description: '立即按共享数据进行无感认证（全市；导入后和每晚也会自动进行）' })
  runPassiveCertification(@Ctx() ctx: RequestContext): Promise<PassiveCertificationResult> {
    return certificationService.runPassive(ctx);
  }

  @FieldResolver(() => CertificationStatusKind, { description: '认证状态' })
  status(@Root() c: Certification): string {
    return certificationStatus(c.validUntil, c.blockedReason);
  }

  @FieldResolver(() => Retiree, { nullable: true })
  retiree(@Ctx() ctx: RequestContext, @Root() c: Certification): Promise<Retiree | null> {
    return ctx.loaders.retirees.load(c.retiree.id);
  }
}

@Resolver(() => Retiree)
export class RetireeCertificationResolver {
  @FieldResolver(() => Certification, { nullable: true, description: '生存认证' })
  certification(@Ctx() ctx: RequestContext, @Root() r: Retiree): Promise<Certification | null> {
    return certificationService.forRetiree(ctx, r.id);
  }

  @FieldResolver(() => [CertificationRecord], { description: '认证记录，最新的在前' })
  certificationRecords(@Ctx() ctx: RequestContext, @Root() r: Retiree): Promise<CertificationRecord[]> {
    return certificationService.records(ctx, r.id);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Permission } from '../../common/actor.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { Certification, CertificationRecord } from './certification.entities.js';
import { CertificationSummary, FaceVerificationInput, PassiveCertificationResult } from './certification.inputs.js';
import { certificationService, certificationStatus } from './certification.service.js';

@Resolver(() => Certification)
export class CertificationResolver {
  @Authorized(Permission.RETIREE_READ)
  @Query(() => CertificationSummary, { description: '生存认证情况（某区域，默认本人管辖范围）' })
  certificationSummary(@Ctx() ctx: RequestContext, @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string): Promise<CertificationSummary> {
    return certificationService.summary(ctx, orgUnitId);
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

  @FieldResolver(() => String, { description: '认证状态：VALID 有效 / DUE_SOON 3个月内到期 / EXPIRED 已过期 / NEVER 未认证 / BLOCKED 共享数据显示死亡、失踪或服刑' })
  status(@Root() c: Certification): string {
    return certificationStatus(c.validUntil, c.blockedReason);
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

import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../common/page-type.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import { Certification, CertificationMethod } from './certification.entities.js';

export enum CertificationStatusKind {
  /** 有效（距到期 3 个月以上） */
  VALID = 'VALID',
  /** 3 个月内到期 */
  DUE_SOON = 'DUE_SOON',
  /** 已过期 */
  EXPIRED = 'EXPIRED',
  /** 从未认证 */
  NEVER = 'NEVER',
  /** 共享数据显示死亡、失踪或服刑，不能无感认证 */
  BLOCKED = 'BLOCKED',
}
registerEnumType(CertificationStatusKind, { name: 'CertificationStatus', description: '认证状态' });
export type CertificationStatus = `${CertificationStatusKind}`;

@InputType({ description: '政务服务 App 回传的刷脸认证结果（签名：HMAC-SHA256(密钥, "交易号|身份证号|认证时间|通过1/0|活体分4位小数|相似度4位小数")，十六进制）' })
export class FaceVerificationInput {
  @Field(() => String, { description: '交易号（同一交易号只记一次）' })
  transactionId!: string;

  @Field(() => String)
  idNumber!: string;

  @Field(() => String, { description: '认证时间 ISO 8601，须在十分钟之内' })
  verifiedAt!: string;

  @Field(() => Boolean)
  passed!: boolean;

  @Field(() => Float, { description: '活体检测分 0–1' })
  liveness!: number;

  @Field(() => Float, { description: '人脸比对相似度 0–1' })
  similarity!: number;

  @Field(() => String)
  signature!: string;
}

@ObjectType('CertificationSummary', { description: '某区域正常发放人员的认证情况' })
export class CertificationSummary {
  @Field(() => Int, { description: '正常发放人数' })
  active!: number;

  @Field(() => Int, { description: '认证有效（距到期 3 个月以上）' })
  valid!: number;

  @Field(() => Int, { description: '3 个月内到期' })
  dueSoon!: number;

  @Field(() => Int, { description: '已过期' })
  expired!: number;

  @Field(() => Int, { description: '从未认证' })
  never!: number;


  @Field(() => Int, { description: '有效认证中：无感认证' })
  passive!: number;

  @Field(() => Int, { description: '有效认证中：刷脸认证' })
  face!: number;

  @Field(() => Int, { description: '有效认证中：上门认证' })
  visit!: number;

  @Field(() => Int, { description: '因死亡、失踪、服刑记录不能无感认证' })
  blocked!: number;
}

@ObjectType('PassiveCertificationResult')
export class PassiveCertificationResult {
  @Field(() => Int, { description: '有生存迹象的人数' })
  scored!: number;

  @Field(() => Int, { description: '本次续期人数' })
  renewed!: number;

  @Field(() => Int, { description: '因死亡、失踪、服刑记录不能无感认证的人数' })
  blocked!: number;

  @Field(() => Int)
  durationMs!: number;
}

@ObjectType('FaceCertificationHandoff', { description: '转到政务服务 App 刷脸认证' })
export class FaceCertificationHandoff {
  @Field(() => String, { description: '交易号：回到本应用后凭它查看结果' })
  transactionId!: string;

  @Field(() => String, { description: '政务服务 App 的认证地址（开发环境为模拟页面）' })
  url!: string;
}

@ObjectType('CertificationAreaRow', { description: '某区域的认证情况（下一级区域逐个列出）' })
export class CertificationAreaRow extends CertificationSummary {
  @Field(() => ID)
  orgUnitId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrgLevel)
  level!: OrgLevel;
}

@InputType()
export class CertificationListFilter {
  @Field(() => ID, { nullable: true, description: '区域，须在本人管辖范围内（默认本人管辖范围）' })
  orgUnitId?: string | null;

  @Field(() => CertificationStatusKind)
  status!: CertificationStatus;

  @Field(() => CertificationMethod, { nullable: true, description: '只看某种方式的最近一次认证' })
  method?: CertificationMethod | null;
}

@ObjectType('CertificationList')
export class CertificationList extends PageOf(Certification, '符合条件的正常发放人数') {}

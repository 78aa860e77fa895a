import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

export type CertificationStatus = 'VALID' | 'DUE_SOON' | 'EXPIRED' | 'NEVER' | 'BLOCKED';

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

import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../common/page-type.js';
import { RiskAlert, RiskAlertKind, RiskAlertStatus } from './risk-alert.entity.js';

@InputType()
export class RiskAlertFilter {
  @Field(() => [RiskAlertKind], { nullable: true })
  kinds?: RiskAlertKind[] | null;

  @Field(() => [RiskAlertStatus], { nullable: true })
  statuses?: RiskAlertStatus[] | null;

  @Field(() => ID, { nullable: true, description: '只看某区域，须在本人管辖范围内' })
  orgUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: '只看某位退休人员' })
  retireeId?: string | null;
}

@ObjectType('RiskAlertList')
export class RiskAlertList extends PageOf(RiskAlert) {}

@InputType({ description: '确认预警（停发并确定应追回金额）' })
export class ConfirmRiskAlertInput {
  @Field(() => String, { description: '确认依据，如核实情况、死亡证明' })
  note!: string;

  @Field(() => Int, { nullable: true, description: '应追回金额（分）；不填则为多发金额' })
  recoveryAmount?: number | null;
}

@ObjectType('RiskKindSummary', { description: '某类预警的汇总' })
export class RiskKindSummary {
  @Field(() => RiskAlertKind)
  kind!: RiskAlertKind;

  @Field(() => Int, { description: '待核实' })
  open!: number;

  @Field(() => Int, { description: '已确认待追回' })
  confirmed!: number;

  @Field(() => Int, { description: '已追回或办结' })
  closed!: number;

  @Field(() => Int, { description: '已排除' })
  dismissed!: number;

  @Field(() => Int, { description: '多发金额合计（分，不含已排除）' })
  overpaidAmount!: number;

  @Field(() => Int, { description: '应追回金额合计（分）' })
  recoveryAmount!: number;

  @Field(() => Int, { description: '已追回金额合计（分）' })
  recoveredAmount!: number;
}

@ObjectType('RiskScanResult', { description: '风险扫描结果' })
export class RiskScanResult {
  @Field(() => Int, { description: '新增预警' })
  raised!: number;

  @Field(() => Int, { description: '依据有变、已更新的预警' })
  refreshed!: number;

  @Field(() => Int, { description: '耗时（毫秒）' })
  durationMs!: number;
}

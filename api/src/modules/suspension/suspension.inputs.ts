import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../common/page-type.js';
import { PaymentSuspension, SuspensionStatus } from './payment-suspension.entity.js';

@InputType()
export class PaymentSuspensionFilter {
  @Field(() => [SuspensionStatus], { nullable: true })
  statuses?: SuspensionStatus[] | null;

  @Field(() => ID, { nullable: true, description: '只看某区域，须在本人管辖范围内' })
  orgUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: '只看某位退休人员' })
  retireeId?: string | null;
}

@ObjectType('PaymentSuspensionList')
export class PaymentSuspensionList extends PageOf(PaymentSuspension) {}

@ObjectType('SuspensionSummary', { description: '暂停发放（生存认证过期）汇总' })
export class SuspensionSummary {
  @Field(() => Int, { description: '拟暂停，待决定' })
  proposed!: number;

  @Field(() => Int, { description: '已暂停' })
  suspended!: number;

  @Field(() => Int, { description: '已恢复发放' })
  restored!: number;

  @Field(() => Int, { description: '未暂停（决定前已认证，或决定不暂停）' })
  withdrawn!: number;

  @Field(() => Int, { description: '补发金额合计（分）' })
  backPayAmount!: number;
}

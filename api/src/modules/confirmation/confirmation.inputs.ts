import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrgUnitNode } from '../org-unit/org-unit.types.js';
import { ConfirmableField, DisputeStatus, InfoDispute } from './confirmation.entities.js';

@ObjectType('ConfirmationItem', { description: '一项待确认的信息' })
export class ConfirmationItem {
  @Field(() => ConfirmableField)
  field!: ConfirmableField;

  @Field(() => String, { description: '中文名称' })
  label!: string;

  @Field(() => String, { nullable: true, description: '发送时的值（敏感信息已脱敏）' })
  value!: string | null;
}

@InputType({ description: '对一项信息的异议' })
export class DisputeItemInput {
  @Field(() => ConfirmableField)
  field!: ConfirmableField;

  @Field(() => String, { nullable: true, description: '哪里不对（本人说明）' })
  comment?: string;

  @Field(() => String, { nullable: true, description: '正确的内容（如新的电话号码）' })
  proposedValue?: string;
}

export enum DisputeOutcome {
  /** 更正数据（仅限可在本平台更正的信息） */
  CORRECT = 'CORRECT',
  /** 解释说明，不改数据 */
  EXPLAIN = 'EXPLAIN',
}
registerEnumType(DisputeOutcome, { name: 'DisputeOutcome' });

@InputType({ description: '处理信息异议' })
export class ResolveDisputeInput {
  @Field(() => DisputeOutcome)
  outcome!: DisputeOutcome;

  @Field(() => Boolean, { nullable: true, description: '按本人提出的内容更正（无需工作人员看到完整号码）' })
  useProposedValue?: boolean;

  @Field(() => String, { nullable: true, description: '更正后的值（不按本人提出的内容时填写）' })
  correctedValue?: string;

  @Field(() => String, { description: '处理说明，会告知退休人员' })
  note!: string;
}

@InputType({ description: '信息异议查询条件' })
export class DisputeFilter {
  @Field(() => [DisputeStatus], { nullable: true })
  status?: DisputeStatus[];

  @Field(() => ID, { nullable: true })
  orgUnitId?: string;
}

@ObjectType('InfoDisputeList')
export class InfoDisputeList {
  @Field(() => [InfoDispute])
  items!: InfoDispute[];

  @Field(() => Int)
  total!: number;

  @Field(() => String, { nullable: true })
  nextCursor!: string | null;
}

@ObjectType('ConfirmationStats', { description: '信息确认完成情况' })
export class ConfirmationStats {
  @Field(() => OrgUnitNode)
  orgUnit!: OrgUnitNode;

  @Field(() => Int, { description: '在册正常发放人数' })
  retirees!: number;

  @Field(() => Int, { description: '已发送' })
  sent!: number;

  @Field(() => Int, { description: '待确认' })
  pending!: number;

  @Field(() => Int, { description: '已确认无误' })
  confirmed!: number;

  @Field(() => Int, { description: '有异议待处理' })
  disputed!: number;

  @Field(() => Int, { description: '异议已处理' })
  resolved!: number;

  @Field(() => Float, { description: '完成率：(已确认 + 异议已处理) / 已发送，0–1' })
  completionRate!: number;
}

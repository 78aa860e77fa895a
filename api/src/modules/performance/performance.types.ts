import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OrgUnitNode } from '../org-unit/org-unit.types.js';

@ObjectType('PerformanceRow', { description: '一个单位或一名工作人员在期间内的工作绩效' })
export class PerformanceRow {
  @Field(() => Int, { description: '排名（按期办结率、平均评分、任务量）' })
  rank!: number;

  @Field(() => String, { description: '单位名称或姓名' })
  name!: string;

  @Field(() => OrgUnitNode, { nullable: true, description: '单位行：可下钻' })
  orgUnit!: OrgUnitNode | null;

  @Field(() => ID, { nullable: true, description: '人员行：工作人员' })
  staffId!: number | null;

  @Field(() => Int, { description: '收到任务数' })
  received!: number;

  @Field(() => Int, { description: '1 个工作日内签领数' })
  signedOnTime!: number;

  @Field(() => Int, { description: '已办结数' })
  completed!: number;

  @Field(() => Int, { description: '按期办结数' })
  completedOnTime!: number;

  @Field(() => Int, { description: '逾期数（逾期办结或逾期未办结）' })
  overdue!: number;

  @Field(() => Int, { description: '已评价数' })
  evaluated!: number;

  @Field(() => Float, { nullable: true, description: '平均评分（1–5）' })
  averageScore!: number | null;

  @Field(() => Float, { nullable: true, description: '及时签领率' })
  signedOnTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: '按期办结率' })
  onTimeRate!: number | null;

  @Field(() => Int, { nullable: true, description: '管理的正常发放人数（单位行）' })
  retirees!: number | null;

  @Field(() => Float, { nullable: true, description: '信息已确认人员占比（单位行）' })
  infoConfirmedRate!: number | null;

  @Field(() => Float, { nullable: true, description: '生存认证覆盖率（认证功能上线后提供）' })
  certifiedRate!: number | null;
}

@ObjectType('PerformanceReport', { description: '工作绩效评价' })
export class PerformanceReport {
  @Field(() => OrgUnitNode)
  orgUnit!: OrgUnitNode;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => String, { description: 'UNITS：按下级单位；STAFF：按本社区工作人员' })
  breakdown!: 'UNITS' | 'STAFF';

  @Field(() => [PerformanceRow])
  rows!: PerformanceRow[];

  @Field(() => PerformanceRow, { description: '合计' })
  total!: PerformanceRow;
}

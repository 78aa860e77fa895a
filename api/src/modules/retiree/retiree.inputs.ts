import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { Retiree, RetireeStatus } from './retiree.entity.js';

@InputType({ description: '退休人员查询条件' })
export class RetireeFilter {
  @Field(() => String, { nullable: true, description: '姓名（前缀匹配）' })
  name?: string;

  @Field(() => String, { nullable: true, description: '身份证号码（精确匹配）' })
  idNumber?: string;

  @Field(() => ID, { nullable: true, description: '区域：市、镇街或社区（须在本人管辖范围内）' })
  orgUnitId?: string;

  @Field(() => [RetireeStatus], { nullable: true })
  status?: RetireeStatus[];

  @Field(() => Int, { nullable: true, description: '年龄下限（周岁，含）' })
  ageMin?: number;

  @Field(() => Int, { nullable: true, description: '年龄上限（周岁，含）' })
  ageMax?: number;

  @Field(() => LocalDate, { nullable: true, description: '退休日期起（含）' })
  retiredFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: '退休日期止（含）' })
  retiredTo?: string;
}

@ObjectType('RetireeList')
export class RetireeList {
  @Field(() => [Retiree])
  items!: Retiree[];

  @Field(() => Int, { description: '符合条件的总人数（totalExact 为 false 时表示"至少"）' })
  total!: number;

  @Field(() => Boolean, { description: '总数是否精确：镇街及以下始终精确；全市范围的组合筛选只精确计到 10000，超过时为 false' })
  totalExact!: boolean;

  @Field(() => String, { nullable: true, description: '下一页游标；为空表示没有更多' })
  nextCursor!: string | null;
}

@InputType({ description: '修改退休人员信息（只填写要修改的字段）' })
export class RetireeUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  phone?: string;

  @Field(() => String, { nullable: true })
  employer?: string;

  @Field(() => String, { nullable: true })
  hukouAddress?: string;

  @Field(() => String, { nullable: true })
  residenceAddress?: string;

  @Field(() => String, { nullable: true })
  bankName?: string;

  @Field(() => String, { nullable: true })
  bankAccount?: string;

  @Field(() => String, { nullable: true })
  citizenCardNo?: string;
}

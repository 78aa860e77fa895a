import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../common/page-type.js';
import { CaseStatus, PosthumousCase, PosthumousCaseItem } from './posthumous-case.entities.js';
import { LocalDate } from '../../common/scalars.js';

@InputType()
export class PosthumousCaseFilter {
  @Field(() => CaseStatus, { nullable: true })
  status?: CaseStatus | null;

  @Field(() => ID, { nullable: true, description: '只看某区域，须在本人管辖范围内' })
  orgUnitId?: string | null;
}

@ObjectType('PosthumousCaseList')
export class PosthumousCaseList extends PageOf(PosthumousCase) {}

@InputType({ description: '事项办结结果（责任部门回传或工作人员登记）' })
export class CaseItemResultInput {
  @Field(() => String, { nullable: true, description: '办结文号' })
  reference?: string | null;

  @Field(() => Int, { nullable: true, description: '金额（分），如个人账户余额' })
  amount?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('DepartmentCaseItem', { description: '推送给责任部门的事项，连同逝者身份（部门据此办理；每次领取都记入审计）' })
export class DepartmentCaseItem {
  @Field(() => PosthumousCaseItem)
  item!: PosthumousCaseItem;

  @Field(() => String)
  deceasedName!: string;

  @Field(() => String, { description: '完整身份证号码' })
  deceasedIdNumber!: string;

  @Field(() => LocalDate)
  deathDate!: string;
}

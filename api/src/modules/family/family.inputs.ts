import { PageOf } from '../../common/page-type.js';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { FamilyMember } from '../retiree/family-member.entity.js';

/** Relations as the bureau's forms list them. */
export const RELATIONS = ['配偶', '儿子', '女儿', '儿媳', '女婿', '孙子女', '外孙子女', '父母', '兄弟姐妹', '其他'] as const;

@InputType({ description: '家庭成员信息' })
export class FamilyMemberInput {
  @Field(() => String, { description: `与退休人员关系：${RELATIONS.join(' / ')}` })
  relation!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: '身份证号码（选填，须通过校验）' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: '紧急联系人' })
  isEmergencyContact?: boolean;

  @Field(() => Boolean, { nullable: true, description: '近亲属（第一顺序）' })
  isNextOfKin?: boolean;
}

@InputType({ description: '家庭成员查询' })
export class FamilyMemberFilter {
  @Field(() => String, { nullable: true, description: '退休人员或家庭成员姓名（前缀）' })
  search?: string;

  @Field(() => Boolean, { nullable: true, description: '只看近亲属' })
  nextOfKinOnly?: boolean;

  @Field(() => Boolean, { nullable: true, description: '只看紧急联系人' })
  emergencyContactOnly?: boolean;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string;
}

@ObjectType('FamilyMemberList')
export class FamilyMemberList extends PageOf(FamilyMember, '符合条件的人数（最多统计 10000）') {}

import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { StaffRole, StaffUser } from './staff-user.entity.js';

@InputType({ description: '工作人员查询条件' })
export class StaffFilter {
  @Field(() => ID, { nullable: true, description: '所属单位（含下级）' })
  orgUnitId?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => String, { nullable: true, description: '用户名或姓名（前缀）' })
  search?: string;
}

@InputType({ description: '新建工作人员账号' })
export class CreateStaffInput {
  @Field(() => String, { description: '登录用户名：小写字母、数字、点、横线或下划线，3–32 位' })
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field(() => ID, { description: '所属单位（须在本人管辖范围内）' })
  orgUnitId!: string;
}

@ObjectType('StaffList')
export class StaffList {
  @Field(() => [StaffUser])
  items!: StaffUser[];

  @Field(() => Int)
  total!: number;

  @Field(() => String, { nullable: true })
  nextCursor!: string | null;
}

@ObjectType('StaffCredentials', { description: '账号及一次性初始密码（仅显示这一次）' })
export class StaffCredentials {
  @Field(() => StaffUser)
  staff!: StaffUser;

  @Field(() => String, { description: '临时密码：请当面或电话告知本人，首次登录后修改' })
  temporaryPassword!: string;
}

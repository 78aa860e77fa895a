import { Field, ID, ObjectType } from 'type-graphql';
import { ActorKind } from '../audit/audit-log.entity.js';
import { OrgUnitNode } from '../org-unit/org-unit.types.js';
import { StaffRole, StaffUser } from '../staff/staff-user.entity.js';

@ObjectType('Viewer', { description: '当前登录者' })
export class Viewer {
  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => String, { description: '显示名称' })
  displayName!: string;

  @Field(() => [String], { description: '权限' })
  permissions!: string[];

  @Field(() => StaffRole, { nullable: true })
  role?: StaffRole | null;

  @Field(() => OrgUnitNode, { nullable: true, description: '所属单位（工作人员）或管理社区（退休人员）' })
  orgUnit?: OrgUnitNode | null;

  @Field(() => StaffUser, { nullable: true })
  staff?: StaffUser | null;

  @Field(() => ID, { nullable: true })
  retireeId?: number | null;

  @Field(() => String, { nullable: true })
  clientId?: string | null;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { description: 'Bearer 令牌：请求头 Authorization: Bearer <token>' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Viewer)
  user!: Viewer;
}

@ObjectType('LoginCodeChallenge', { description: '短信验证码已发送' })
export class LoginCodeChallenge {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => String, { description: '接收验证码的手机号（已脱敏）' })
  sentTo!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: '仅开发环境：验证码明文，便于演示；生产环境始终为空' })
  devCode?: string | null;
}

import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { OrgUnit } from '../org-unit/org-unit.entity.js';

export enum StaffRole {
  /** Runs a unit: manages staff accounts of its subtree, plus everything STAFF does. */
  ADMIN = 'ADMIN',
  /** Day-to-day case work in the unit's area. */
  STAFF = 'STAFF',
  /** Read-only oversight (leaders, inspectors): no reveals, no changes. */
  VIEWER = 'VIEWER',
}
registerEnumType(StaffRole, { name: 'StaffRole', description: '工作人员角色' });

@ObjectType('StaffUser', { description: '工作人员' })
@Entity({ tableName: 'staff_user' })
@Index({ properties: ['orgUnit'] })
export class StaffUser {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 64, unique: true })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  displayName!: string;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @Field(() => StaffRole)
  @Enum({ items: () => StaffRole, nativeEnumName: 'staff_role' })
  role!: StaffRole;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  orgUnit!: Ref<OrgUnit>;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** Demo accounts block production start-up, so a demo password never reaches a live system. */
  @Property({ type: 'boolean', default: false })
  isDemo: boolean = false;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;
}

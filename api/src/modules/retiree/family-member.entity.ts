import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { AREA_FILTER, retireeOwnedAreaCondition } from '../../common/area-filter.js';
import { Retiree } from './retiree.entity.js';

@ObjectType('FamilyMember', { description: '家庭成员' })
@Entity({ tableName: 'family_member' })
@Filter({ name: AREA_FILTER, cond: retireeOwnedAreaCondition, default: true })
@Index({ properties: ['retiree'] })
@Index({ name: 'family_member_name_idx', expression: 'create index family_member_name_idx on family_member (name text_pattern_ops) include (org_path)' })
export class FamilyMember {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  /** 配偶 / 儿子 / 女儿 / 孙子女 / 兄弟姐妹 / 其他 */
  @Field(() => String, { description: '与退休人员关系' })
  @Property({ type: 'string', length: 20 })
  relation!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'string', length: 18, nullable: true })
  idNumber?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Field(() => Boolean, { description: '紧急联系人' })
  @Property({ type: 'boolean', default: false })
  isEmergencyContact: boolean = false;

  @Field(() => Boolean, { description: '第一顺序继承人/近亲属' })
  @Property({ type: 'boolean', default: false })
  isNextOfKin: boolean = false;

  @Field(() => Date, { nullable: true, description: '最近修改时间' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt?: Date | null;
}

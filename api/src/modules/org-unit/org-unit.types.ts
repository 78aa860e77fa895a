import { Field, ID, ObjectType } from 'type-graphql';
import { OrgLevel } from './org-unit.entity.js';
import type { OrgNode } from './org-directory.js';

/** The GraphQL face of an org unit; values come from the in-memory OrgDirectory. */
@ObjectType('OrgUnit', { description: '组织单位：市人社局、镇乡街道或社区村' })
export class OrgUnitNode implements OrgNode {
  @Field(() => ID)
  id!: number;

  @Field(() => String, { description: '行政区划代码' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrgLevel)
  level!: OrgLevel;

  @Field(() => String, { nullable: true, description: 'STREET 街道 / TOWN 镇 / TOWNSHIP 乡 / COMMUNITY 社区 / VILLAGE 村' })
  kind!: string | null;

  @Field(() => ID, { nullable: true })
  parentId!: number | null;

  @Field(() => String, { description: '层级路径（上级代码/本级代码）' })
  path!: string;

  @Field(() => String, { nullable: true, description: '联系人' })
  contactName!: string | null;

  @Field(() => String, { nullable: true, description: '办公电话' })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true, description: '办公地址' })
  address!: string | null;
}

import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

export enum OrgLevel {
  CITY = 'CITY',
  TOWNSHIP = 'TOWNSHIP',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(OrgLevel, { name: 'OrgLevel', description: '组织层级：市人社局 / 镇乡街道 / 社区村' });

/**
 * A unit of the three-tier hierarchy. `path` lists the codes from the city down to this unit
 * (`/330683/330683001/330683001001/`), so "is inside" is a prefix test.
 */
@Entity({ tableName: 'org_unit' })
export class OrgUnit {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 12, unique: true })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: () => OrgLevel, nativeEnumName: 'org_level' })
  level!: OrgLevel;

  /** STREET / TOWN / TOWNSHIP / COMMUNITY / VILLAGE as named in the administrative divisions. */
  @Property({ type: 'string', length: 20, nullable: true })
  kind?: string | null;

  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, deleteRule: 'restrict' })
  parent?: Ref<OrgUnit> | null;

  @Index({ name: 'org_unit_path_idx', expression: 'create index org_unit_path_idx on org_unit (path text_pattern_ops)' })
  @Property({ type: 'string', length: 200 })
  path!: string;

  @Property({ type: 'string', length: 50, nullable: true })
  contactName?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  contactPhone?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;
}

import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { OrgUnit } from '../org-unit/org-unit.entity.js';

export enum AddressKeywordKind {
  /** The community's own name (新北社区, 里坂村), also matched without its suffix. */
  NAME = 'NAME',
  ROAD = 'ROAD',
  ESTATE = 'ESTATE',
}

/**
 * The community address dictionary: which roads, estates and names belong to which community.
 * Zero-trip check-in places a new retiree by finding these in their address. Not area-scoped:
 * it is public reference data.
 */
@Entity({ tableName: 'community_address' })
@Unique({ properties: ['community', 'keyword'] })
@Index({ properties: ['keyword'] })
export class CommunityAddress {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  community!: Ref<OrgUnit>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  township!: Ref<OrgUnit>;

  @Enum({ items: () => AddressKeywordKind, nativeEnumName: 'address_keyword_kind' })
  kind!: AddressKeywordKind;

  @Property({ type: 'string', length: 100 })
  keyword!: string;
}

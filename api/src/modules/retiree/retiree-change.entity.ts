import { BigIntType, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, retireeOwnedAreaCondition } from '../../common/area-filter.js';
import { Retiree } from './retiree.entity.js';

export enum ChangeSource {
  /** 工作人员在系统中修改 */
  STAFF = 'STAFF',
  /** 退休人员本人在应用中提交 */
  RETIREE = 'RETIREE',
  /** 省集中系统同步 */
  PROVINCIAL = 'PROVINCIAL',
  /** 文件导入 */
  IMPORT = 'IMPORT',
  /** 初始数据 */
  SEED = 'SEED',
  /** 系统按规则变更（如重新认证后恢复发放） */
  SYSTEM = 'SYSTEM',
}
registerEnumType(ChangeSource, { name: 'ChangeSource', description: '数据变更来源' });

/**
 * One field of one retiree changed: who, when, from which source, old → new.
 * Rows are only ever inserted; the profile's history is the list of them.
 */
@ObjectType('RetireeChange', { description: '信息变更记录' })
@Entity({ tableName: 'retiree_change' })
@Filter({ name: AREA_FILTER, cond: retireeOwnedAreaCondition, default: true })
@Index({ properties: ['retiree', 'changedAt'] })
export class RetireeChange {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => String, { description: '字段名（英文代码）' })
  @Property({ type: 'string', length: 50 })
  field!: string;

  /** Raw values; sensitive fields are masked by the resolver. */
  @Property({ type: 'text', nullable: true })
  oldValue?: string | null;

  @Property({ type: 'text', nullable: true })
  newValue?: string | null;

  @Field(() => ChangeSource)
  @Enum({ items: () => ChangeSource, nativeEnumName: 'change_source' })
  source!: ChangeSource;

  @Field(() => String, { nullable: true, description: '操作人' })
  @Property({ type: 'string', length: 100, nullable: true })
  actorName?: string | null;

  @Property({ type: 'integer', nullable: true })
  actorStaffId?: number | null;

  @Field(() => String, { nullable: true, description: '变更说明' })
  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  changedAt: Date = new Date();
}

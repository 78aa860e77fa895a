import { BigIntType, Entity, Enum, Filter, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AREA_FILTER, orgPathAreaCondition } from '../../common/area-filter.js';

export enum AuditAction {
  /** 查看完整敏感信息 */
  REVEAL = 'REVEAL',
  /** 导出数据 */
  EXPORT = 'EXPORT',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

export enum SensitiveField {
  ID_NUMBER = 'ID_NUMBER',
  BANK_ACCOUNT = 'BANK_ACCOUNT',
  PHONE = 'PHONE',
}
registerEnumType(SensitiveField, { name: 'SensitiveField', description: '敏感字段' });

export enum ActorKind {
  STAFF = 'STAFF',
  CLIENT = 'CLIENT',
  RETIREE = 'RETIREE',
}
registerEnumType(ActorKind, { name: 'ActorKind' });

/**
 * Append-only record of access to sensitive data. The database refuses UPDATE and DELETE on
 * this table (trigger), so not even a bug or an administrator's console can rewrite it.
 * `orgPath` is the area of the data accessed: staff read the audit rows of their own area.
 */
@ObjectType('AuditEntry', { description: '审计记录' })
@Entity({ tableName: 'audit_log' })
@Filter({ name: AREA_FILTER, cond: orgPathAreaCondition, default: true })
@Index({ name: 'audit_log_org_path_at_idx', expression: 'create index audit_log_org_path_at_idx on audit_log (org_path text_pattern_ops, at desc)' })
export class AuditLog {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => ActorKind)
  @Enum({ items: () => ActorKind, nativeEnumName: 'actor_kind' })
  actorKind!: ActorKind;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  actorId!: string;

  @Field(() => String, { description: '操作人' })
  @Property({ type: 'string', length: 100 })
  actorName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  actorRole?: string | null;

  @Field(() => String, { nullable: true, description: '操作人所属单位' })
  @Property({ type: 'string', length: 100, nullable: true })
  actorOrgName?: string | null;

  @Property({ type: 'integer', nullable: true })
  actorOrgId?: number | null;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  @Field(() => SensitiveField, { nullable: true })
  @Enum({ items: () => SensitiveField, nativeEnumName: 'sensitive_field', nullable: true })
  field?: SensitiveField | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  retireeId?: number | null;

  @Field(() => String, { nullable: true, description: '对象姓名' })
  @Property({ type: 'string', length: 50, nullable: true })
  retireeName?: string | null;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => String, { description: '事由' })
  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;
}

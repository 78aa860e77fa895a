import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { ageOn } from '../../common/age.js';
import { maskBankAccount, maskIdNumber, maskPhone } from '../../common/masking.js';
import { AREA_FILTER, retireeAreaCondition } from '../../common/area-filter.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender' });

export enum RetireeStatus {
  /** 正常发放 */
  ACTIVE = 'ACTIVE',
  /** 暂停发放 (a human decision: lapsed certification, custody, imprisonment…) */
  SUSPENDED = 'SUSPENDED',
  /** 已故 */
  DECEASED = 'DECEASED',
  /** 已转出 (management moved out of the city) */
  TRANSFERRED = 'TRANSFERRED',
}
registerEnumType(RetireeStatus, { name: 'RetireeStatus', description: '待遇状态' });

/**
 * An enterprise retiree under socialized management. Sensitive columns (ID number, bank account,
 * phone) carry no @Field: the resolver exposes masked values only.
 * `township`/`community` are kept beside `orgPath` so that scoped lists walk a (unit, id) index.
 */
@ObjectType('Retiree', { description: '退休人员' })
@Entity({ tableName: 'retiree' })
@Filter({ name: AREA_FILTER, cond: retireeAreaCondition, default: true })
// Covering indexes: the org path rides along so row-level security can be checked from the index
// alone (index-only counts). Scoped lists walk (unit, id); filtered counts walk (unit, column).
@Index({ name: 'retiree_township_id_idx', expression: 'create index retiree_township_id_idx on retiree (township_id, id) include (org_path)' })
@Index({ name: 'retiree_community_id_idx', expression: 'create index retiree_community_id_idx on retiree (community_id, id) include (org_path)' })
@Index({ name: 'retiree_org_path_idx', expression: 'create index retiree_org_path_idx on retiree (org_path text_pattern_ops)' })
@Index({ name: 'retiree_name_idx', expression: 'create index retiree_name_idx on retiree (name text_pattern_ops, id) include (org_path)' })
@Index({ name: 'retiree_township_name_idx', expression: 'create index retiree_township_name_idx on retiree (township_id, name text_pattern_ops) include (org_path)' })
@Index({ name: 'retiree_birth_date_idx', expression: 'create index retiree_birth_date_idx on retiree (birth_date, id) include (org_path, status)' })
@Index({ name: 'retiree_township_birth_date_idx', expression: 'create index retiree_township_birth_date_idx on retiree (township_id, birth_date) include (org_path, status)' })
export class Retiree {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** Full number; never sent as is: see RetireeResolver.idNumber (masked) and revealIdNumber (audited). */
  @Property({ type: 'string', length: 18, unique: true })
  idNumber!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => Gender)
  @Enum({ items: () => Gender, nativeEnumName: 'gender' })
  gender!: Gender;

  @Field(() => LocalDate)
  @Property({ type: 'string', columnType: 'date' })
  birthDate!: string;

  @Field(() => LocalDate)
  @Property({ type: 'string', columnType: 'date' })
  retirementDate!: string;

  @Field(() => String, { nullable: true, description: '原工作单位' })
  @Property({ type: 'string', length: 200, nullable: true })
  employer?: string | null;

  @Field(() => String, { nullable: true, description: '户籍地址' })
  @Property({ type: 'string', length: 300, nullable: true })
  hukouAddress?: string | null;

  @Field(() => String, { nullable: true, description: '常住地址' })
  @Property({ type: 'string', length: 300, nullable: true })
  residenceAddress?: string | null;

  /**
   * Managing community; null while a new retiree whose address matched no single community waits
   * for their township (or, when even that is unclear, the bureau) to place them.
   */
  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict', nullable: true })
  community?: Ref<OrgUnit> | null;

  /** The community's township, denormalised for scoped index scans; null only while the bureau places the person. */
  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict', nullable: true })
  township?: Ref<OrgUnit> | null;

  /** Why automatic placement did not pick one community (shown to whoever places the person). */
  @Field(() => String, { nullable: true, description: '待分配社区的原因' })
  @Property({ type: 'string', length: 200, nullable: true })
  placementNote?: string | null;

  /** When the community completed the new-retiree check-in (纳入管理); null for people seeded before the hub. */
  @Field(() => Date, { nullable: true, description: '纳入社区管理时间' })
  @Property({ type: 'datetime', nullable: true })
  checkedInAt?: Date | null;

  /** The managing unit's path (community, or township/city while unplaced): the area key for scoping, row-level security and future sharding. */
  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => RetireeStatus)
  @Enum({ items: () => RetireeStatus, nativeEnumName: 'retiree_status', default: RetireeStatus.ACTIVE })
  status: RetireeStatus = RetireeStatus.ACTIVE;

  @Field(() => Int, { description: '月基本养老金（分）' })
  @Property({ type: 'integer' })
  monthlyPension!: number;

  @Property({ type: 'string', length: 32, nullable: true })
  bankAccount?: string | null;

  @Field(() => String, { nullable: true, description: '开户银行' })
  @Property({ type: 'string', length: 50, nullable: true })
  bankName?: string | null;

  @Field(() => String, { nullable: true, description: '市民卡号' })
  @Property({ type: 'string', length: 32, nullable: true })
  citizenCardNo?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Optimistic lock: two staff editing one profile must not overwrite each other silently. */
  @Field(() => Int, { description: '数据版本号，修改时用于防止覆盖' })
  @Property({ type: 'integer', version: true, default: 1 })
  version!: number;

  // Masked and derived values are getters rather than field resolvers: a list page reads them for
  // every row, and a plain property read costs far less than a resolver call.

  @Field(() => String, { name: 'idNumber', description: '身份证号码（已脱敏）' })
  get maskedIdNumber(): string | null {
    return maskIdNumber(this.idNumber);
  }

  @Field(() => String, { name: 'phone', nullable: true, description: '联系电话（已脱敏）' })
  get maskedPhone(): string | null {
    return maskPhone(this.phone);
  }

  @Field(() => String, { name: 'bankAccount', nullable: true, description: '银行账号（已脱敏）' })
  get maskedBankAccount(): string | null {
    return maskBankAccount(this.bankAccount);
  }

  @Field(() => Int, { description: '当前周岁' })
  get age(): number {
    return ageOn(this.birthDate, new Date());
  }
}

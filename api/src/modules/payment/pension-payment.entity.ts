import { BigIntType, Entity, Filter, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AREA_FILTER, retireeOwnedAreaCondition } from '../../common/area-filter.js';
import { LocalDate } from '../../common/scalars.js';
import { Retiree } from '../retiree/retiree.entity.js';

/** One month's basic pension paid to one retiree; natural key (retiree, period). */
@ObjectType('PensionPayment', { description: '养老金发放记录' })
@Entity({ tableName: 'pension_payment' })
@Filter({ name: AREA_FILTER, cond: retireeOwnedAreaCondition, default: true })
@Unique({ name: 'pension_payment_retiree_period_key', properties: ['retiree', 'period'] })
export class PensionPayment {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Retiree, { ref: true, deleteRule: 'cascade' })
  retiree!: Ref<Retiree>;

  @Property({ type: 'string', length: 200 })
  orgPath!: string;

  @Field(() => String, { description: '发放期间 YYYY-MM' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => Int, { description: '金额（分）' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => LocalDate, { description: '到账日期' })
  @Property({ type: 'string', columnType: 'date' })
  paidDate!: string;

  @Property({ type: 'string', length: 32, nullable: true })
  bankAccount?: string | null;
}

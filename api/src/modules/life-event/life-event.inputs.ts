import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageOf } from '../../common/page-type.js';
import { LifeEventKind } from '../import/feed-formats.js';
import { Retiree } from '../retiree/retiree.entity.js';
import { LifeEvent, LifeEventMatch } from './life-event.entity.js';

@InputType()
export class LifeEventFilter {
  @Field(() => LifeEventMatch, { nullable: true, description: '匹配状态；PENDING_REVIEW 即人工核对队列' })
  matchStatus?: LifeEventMatch | null;

  @Field(() => [LifeEventKind], { nullable: true })
  kinds?: LifeEventKind[] | null;

  @Field(() => ID, { nullable: true, description: '只看某区域（镇街或社区），须在本人管辖范围内' })
  orgUnitId?: string | null;
}

@ObjectType('LifeEventList')
export class LifeEventList extends PageOf(LifeEvent) {}

@ObjectType('LifeEventCandidate', { description: '可能是该记录当事人的退休人员' })
export class LifeEventCandidateView {
  @Field(() => Retiree)
  retiree!: Retiree;

  @Field(() => String, { description: '列为候选的原因' })
  reason!: string;
}

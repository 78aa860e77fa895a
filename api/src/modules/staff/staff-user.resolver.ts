import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { OrgUnitNode } from '../org-unit/org-unit.types.js';
import { orgUnitView } from '../org-unit/org-unit.view.js';
import { StaffUser } from './staff-user.entity.js';

@Resolver(() => StaffUser)
export class StaffUserResolver {
  @FieldResolver(() => OrgUnitNode, { description: '所属单位' })
  orgUnit(@Ctx() ctx: RequestContext, @Root() staff: StaffUser): OrgUnitNode {
    return orgUnitView(ctx, staff.orgUnit.id);
  }
}

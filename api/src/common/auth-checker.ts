import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { RequestContext } from '../context.js';
import type { Permission } from './actor.js';
import { forbidden, unauthenticated } from './errors.js';

/** `@Authorized(...permissions)`: anonymous → UNAUTHENTICATED; lacking any named permission → FORBIDDEN. */
export class PermissionChecker implements AuthCheckerInterface<RequestContext> {
  check({ context }: ResolverData<RequestContext>, permissions: string[]): boolean {
    const actor = context.actor;
    if (!actor) throw unauthenticated();
    const missing = permissions.filter((p) => !actor.permissions.has(p as Permission));
    if (missing.length) throw forbidden('您没有执行此操作的权限');
    return true;
  }
}

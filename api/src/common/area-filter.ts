/**
 * Area scoping, enforced in one place: every entity that belongs to an area declares the
 * `area` filter with one of the conditions below, and the filter is on by default. A request
 * sets the actor's scope as the filter's parameters; without them MikroORM refuses the query
 * (deny by default), and PostgreSQL row-level security backs this up (see the RLS migration).
 */
export const AREA_FILTER = 'area';

export type AreaScope =
  /** Bureau, township or community staff: the unit's subtree. */
  | { kind: 'CITY' | 'TOWNSHIP' | 'COMMUNITY'; orgUnitId: number; path: string }
  /** A retiree sees their own records only. */
  | { kind: 'SELF'; retireeId: number; path: string }
  /** Authenticated, but no area: sees nothing. */
  | { kind: 'NONE' };

const NOTHING = { id: { $in: [] as number[] } };

function assertScope(args: unknown): AreaScope {
  const scope = args as AreaScope | undefined;
  if (!scope || typeof scope !== 'object' || !('kind' in scope)) {
    throw new Error('area filter used without a scope');
  }
  return scope;
}

/** Retiree rows: equality on the denormalised unit columns walks the (unit, id) indexes. */
export function retireeAreaCondition(args: unknown) {
  const scope = assertScope(args);
  switch (scope.kind) {
    case 'CITY':
      return { orgPath: { $like: `${scope.path}%` } };
    case 'TOWNSHIP':
      return { township: scope.orgUnitId };
    case 'COMMUNITY':
      return { community: scope.orgUnitId };
    case 'SELF':
      return { id: scope.retireeId };
    default:
      return NOTHING;
  }
}

/** Rows that belong to an area but to no particular retiree (audit rows). */
export function orgPathAreaCondition(args: unknown) {
  const scope = assertScope(args);
  return scope.kind === 'NONE' || scope.kind === 'SELF' ? NOTHING : { orgPath: { $like: `${scope.path}%` } };
}

/** Rows that hang off a retiree (family members, payments, history…) and carry its org path. */
export function retireeOwnedAreaCondition(args: unknown) {
  const scope = assertScope(args);
  return scope.kind === 'SELF' ? { retiree: scope.retireeId } : orgPathAreaCondition(scope);
}

/** Whether a row at `path` lies in the scope's area (a retiree's or no scope: never, for org paths). */
export function areaContains(scope: AreaScope, path: string): boolean {
  return scope.kind !== 'NONE' && scope.kind !== 'SELF' && path.startsWith(scope.path);
}

/** Value of `app.org_path` for row-level security: a prefix no path can match denies everything. */
export function rlsPathFor(scope: AreaScope): string {
  return scope.kind === 'NONE' ? '!none' : scope.path;
}

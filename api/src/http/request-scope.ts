import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../common/actor.js';
import { AREA_FILTER, rlsPathFor, type AreaScope } from '../common/area-filter.js';

const NO_SCOPE: AreaScope = { kind: 'NONE' };

/**
 * Opens the request's transaction and fixes its area, in one round trip: switch to the RLS role
 * (`retiree_app` for staff and integrators, `retiree_self` for a retiree), set
 * `app.org_path`/`app.retiree_id`, and check the token's session is still open. A revoked or
 * expired session leaves the request anonymous, under `retiree_app` with an area matching nothing.
 */
export async function openRequestScope(em: EntityManager, actor: Actor | null): Promise<Actor | null> {
  await em.begin();
  const scope = actor?.scope ?? NO_SCOPE;
  const retireeId = scope.kind === 'SELF' ? String(scope.retireeId) : '';
  // A retiree's own session runs under the role whose policies allow only their rows.
  const role = scope.kind === 'SELF' ? 'retiree_self' : 'retiree_app';
  const [row] = await em.execute<{ session_ok: boolean }[]>(
    `with s as (
       select exists(select 1 from auth_session where id = ? and revoked_at is null and expires_at > now()) as ok
     )
     select s.ok as session_ok,
            set_config('role', case when s.ok then ? else 'retiree_app' end, true),
            set_config('app.org_path', case when s.ok then ? else '!none' end, true),
            set_config('app.retiree_id', case when s.ok then ? else '' end, true)
     from s`,
    [actor?.sessionId ?? '00000000-0000-0000-0000-000000000000', role, rlsPathFor(scope), retireeId],
  );
  const live = actor && row?.session_ok ? actor : null;
  em.setFilterParams(AREA_FILTER, live?.scope ?? NO_SCOPE);
  return live;
}

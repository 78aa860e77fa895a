import type { EntityManager } from '@mikro-orm/postgresql';
import type { RetireeStatus } from './retiree.entity.js';

/**
 * Retirees per managing unit from the trigger-kept `retiree_count` rollup (exact, a few hundred rows
 * at most): the one place list totals, the org tree and completion rates read head counts from.
 * The unit is the community, or the township/city for new retirees waiting to be placed.
 * Callers pass only units inside the actor's area (`OrgDirectory.unitIdsUnder`).
 */
export async function retireesPerCommunity(em: EntityManager, unitIds: number[], statuses?: RetireeStatus[]): Promise<Map<number, number>> {
  if (!unitIds.length) return new Map();
  // Array literals as text: the query builder would otherwise spread an array into a list.
  const rows = await em.execute<{ community_id: number; n: string }[]>(
    `select community_id, sum(n) as n from retiree_count where community_id = any(?::int[])${statuses?.length ? ' and status = any(?::retiree_status[])' : ''} group by 1`,
    [`{${unitIds.join(',')}}`, ...(statuses?.length ? [`{${statuses.join(',')}}`] : [])],
  );
  return new Map(rows.map((r) => [Number(r.community_id), Number(r.n)]));
}

export function sum(counts: Map<number, number>, unitIds: Iterable<number> = counts.keys()): number {
  let total = 0;
  for (const id of unitIds) total += counts.get(id) ?? 0;
  return total;
}

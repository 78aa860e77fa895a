import type { EntityManager } from '@mikro-orm/postgresql';
import type { RetireeStatus } from './retiree.entity.js';

/**
 * Retirees per community from the trigger-kept `retiree_count` rollup (exact, a few hundred rows
 * at most): the one place list totals, the org tree and completion rates read head counts from.
 * Callers pass only communities inside the actor's area.
 */
export async function retireesPerCommunity(em: EntityManager, communityIds: number[], statuses?: RetireeStatus[]): Promise<Map<number, number>> {
  if (!communityIds.length) return new Map();
  // Array literals as text: the query builder would otherwise spread an array into a list.
  const rows = await em.execute<{ community_id: number; n: string }[]>(
    `select community_id, sum(n) as n from retiree_count where community_id = any(?::int[])${statuses?.length ? ' and status = any(?::retiree_status[])' : ''} group by 1`,
    [`{${communityIds.join(',')}}`, ...(statuses?.length ? [`{${statuses.join(',')}}`] : [])],
  );
  return new Map(rows.map((r) => [Number(r.community_id), Number(r.n)]));
}

export function sum(counts: Map<number, number>, communityIds: Iterable<number> = counts.keys()): number {
  let total = 0;
  for (const id of communityIds) total += counts.get(id) ?? 0;
  return total;
}

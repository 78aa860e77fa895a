import type { ApolloCache } from '@apollo/client';

/**
 * A scan or a decision changed alerts: drop the cached lists and the dashboard, so each is asked
 * for again when shown. A decision also settles the community's verification task and may change
 * the person's payment status (and history), and a confirmed death opens 身后一件事, so their
 * lists and records go too.
 */
export function forgetRiskLists(cache: ApolloCache, { decided = false }: { decided?: boolean } = {}) {
  const fields = ['riskAlerts', 'riskSummary'];
  if (decided) fields.push('retiree', 'retirees', 'tasks', 'taskInboxCounts', 'posthumousCases');
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

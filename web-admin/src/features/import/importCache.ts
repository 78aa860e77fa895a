import type { ApolloCache } from '@apollo/client';

/**
 * An import changed people, payments or shared-data records: drop every cached list (and retiree
 * record) they may appear in, so each is asked for again when shown.
 */
export function forgetImportedData(cache: ApolloCache) {
  for (const fieldName of ['importBatches', 'retirees', 'retiree', 'retireesAwaitingPlacement', 'lifeEvents']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

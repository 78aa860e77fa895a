import type { ApolloCache } from '@apollo/client';

/**
 * After a transfer moves on, every list of transfers may be wrong (it left one tab for another):
 * drop them all, so each is asked for again when shown. Completing a transfer also changes the
 * retiree (managing community, history), who is read again too.
 */
export function forgetTransferLists(cache: ApolloCache, movedRetireeId?: string) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'communityTransfers' });
  if (movedRetireeId) {
    cache.evict({ id: cache.identify({ __typename: 'Retiree', id: movedRetireeId }) });
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'retirees' });
  }
  cache.gc();
}

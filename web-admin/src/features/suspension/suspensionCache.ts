import type { ApolloCache } from '@apollo/client';

/**
 * A decision changed a suspension: drop the cached lists and the summary, so each is asked for
 * again when shown. Suspending changes the person's payment status and history, so their record
 * and the retiree lists go too.
 */
export function forgetSuspensionLists(cache: ApolloCache) {
  for (const fieldName of ['paymentSuspensions', 'suspensionSummary', 'retiree', 'retirees']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { sessionEvents } from './session';

/** Operations whose UNAUTHENTICATED answer is an ordinary result, not an expired session. */
const ANONYMOUS_OPERATIONS = new Set(['Login', 'Logout']);

/** Notices an expired session in any response and tells the auth provider. */
export function createSessionLink(): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (ANONYMOUS_OPERATIONS.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      sessionEvents.expired();
    }
  });
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Objects without an id: merge a new answer into the old instead of warning about lost data.
      Viewer: { merge: true },
      RetireeList: { merge: true },
      AuditLogList: { merge: true },
      StaffList: { merge: true },
    },
  });
}

/**
 * The session lives in the httpOnly `rp_session` cookie the API sets on `login`: the console never
 * sees or stores a token, it only sends same-origin requests with credentials.
 */
export function createApolloClient(terminal: ApolloLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' })): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([createSessionLink(), terminal]),
    cache: createCache(),
  });
}

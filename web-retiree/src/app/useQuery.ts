import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import type { QueryResult } from '../shared/QueryState';
import { ApiError, isApiError, request, SERVER_MESSAGE } from './api';
import { useSession } from './session';

type Loaded<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'done'; data: T };

/** Loads one screen's data; an ended session goes back to login, anything else can be retried. */
export function useQuery<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables?: TVariables): QueryResult<TResult> {
  const { expire } = useSession();
  const [state, setState] = useState<Loaded<TResult>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables ?? {});

  useEffect(() => {
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    request(document, JSON.parse(key) as TVariables, ctrl.signal).then(
      (data) => setState({ status: 'done', data }),
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        if (isApiError(e, 'UNAUTHENTICATED')) expire();
        else setState({ status: 'error', error: isApiError(e) ? e : new ApiError(SERVER_MESSAGE, 'SERVER') });
      },
    );
    return () => ctrl.abort();
  }, [document, key, attempt, expire]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return state.status === 'error' ? { ...state, retry } : state;
}

import { useApolloClient } from '@apollo/client/react';
import { useMemo } from 'react';
import { TASK_INBOX_COUNTS_QUERY } from './inboxCounts';
import { TASK_DETAIL_QUERY } from './taskDetailQuery';

export interface TaskRefresh {
  /** For a mutation's `refetchQueries`: the task (status, timeline, buttons) and the inbox counts. */
  queries: [{ query: typeof TASK_DETAIL_QUERY; variables: { id: string } }, { query: typeof TASK_INBOX_COUNTS_QUERY }];
  /** Reload both now (after a conflict: someone else moved the task). */
  now: () => void;
}

export function useTaskRefresh(taskId: string): TaskRefresh {
  const client = useApolloClient();
  return useMemo(() => {
    const queries: TaskRefresh['queries'] = [{ query: TASK_DETAIL_QUERY, variables: { id: taskId } }, { query: TASK_INBOX_COUNTS_QUERY }];
    return {
      queries,
      now: () => {
        void client.query({ query: TASK_DETAIL_QUERY, variables: { id: taskId }, fetchPolicy: 'network-only' }).catch(() => undefined);
        void client.query({ query: TASK_INBOX_COUNTS_QUERY, fetchPolicy: 'network-only' }).catch(() => undefined);
      },
    };
  }, [client, taskId]);
}

import { useEffect, useState } from 'react';

/**
 * Query variables taken from the URL, handed to Apollo only once the render that computed them
 * has committed.
 *
 * Router navigations render inside a React transition, and Apollo's `useQuery` re-subscribes
 * during render when its variables change. A transition render interrupted by an urgent one
 * would flip the query between the old and the new variables, each flip a request, possibly
 * without end. Variables that change only after a commit cannot flip.
 */
export function useCommittedVariables<T>(variables: T): T {
  const key = JSON.stringify(variables);
  const [committed, setCommitted] = useState({ key, variables });
  useEffect(() => {
    setCommitted((current) => (current.key === key ? current : { key, variables }));
    // `variables` is the value of the render that committed `key`.
  }, [key]);
  return committed.variables;
}

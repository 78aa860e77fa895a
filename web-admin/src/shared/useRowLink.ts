import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * A table's `onRow` that opens the row's page on a click anywhere in it, except on the row's own
 * links and buttons; `state` goes with the navigation (e.g. the list to come back to).
 */
export function useRowLink<Row>(path: (row: Row) => string, state?: unknown) {
  const navigate = useNavigate();
  return (row: Row) => ({
    onClick: (e: MouseEvent<HTMLElement>) => {
      if ((e.target as HTMLElement).closest('a,button')) return;
      void navigate(path(row), { state });
    },
    style: { cursor: 'pointer' },
  });
}

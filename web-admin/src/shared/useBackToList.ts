import { useLocation, useNavigate } from 'react-router';
import { useArea, withArea } from './area/useArea';

/** A record's id in a route (`/…/:id`): the API's ids are positive integers. */
export const isRecordId = (id: string): boolean => /^[1-9]\d{0,17}$/.test(id);

/**
 * Back from a record's page: to the list as the user left it (filters and page) when they came
 * from it, else to `listPath` in the current area.
 */
export function useBackToList(listPath: string): () => void {
  const navigate = useNavigate();
  const location = useLocation();
  const [orgId] = useArea();
  const fromList = (location.state as { fromList?: string } | null)?.fromList;
  return () => void (fromList ? navigate(-1) : navigate(withArea(listPath, orgId)));
}

import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The area (org unit id) every list is filtered by lives in the URL as `?org=<id>`. */
export const AREA_PARAM = 'org';

export function useArea(): [string | null, (orgId: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const orgId = params.get(AREA_PARAM);
  const setArea = useCallback(
    (next: string | null) =>
      setParams((prev) => {
        const out = new URLSearchParams(prev);
        if (next) out.set(AREA_PARAM, next);
        else out.delete(AREA_PARAM);
        return out;
      }),
    [setParams],
  );
  return [orgId, setArea];
}

/** A path that keeps the current area, for menu items and links between pages. */
export function withArea(path: string, orgId: string | null | undefined): string {
  if (!orgId) return path;
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}${AREA_PARAM}=${encodeURIComponent(orgId)}`;
}

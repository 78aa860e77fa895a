import type { RetireeFilter, RetireeStatus } from '../../gql/graphql';
import { AREA_PARAM } from '../../shared/area/useArea';

/** What the retiree list is filtered by, as the form and the URL see it. */
export interface RetireeSearch {
  name?: string;
  idNumber?: string;
  status: RetireeStatus[];
  ageMin?: number;
  ageMax?: number;
  retiredFrom?: string;
  retiredTo?: string;
}

const STATUSES: readonly RetireeStatus[] = ['ACTIVE', 'SUSPENDED', 'DECEASED', 'TRANSFERRED'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** GB 11643: 17 digits and a check character (digit or X). */
export const ID_NUMBER_PATTERN = /^\d{17}[\dXx]$/;

function intParam(value: string | null): number | undefined {
  if (value == null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 150 ? n : undefined;
}

function dateParam(value: string | null): string | undefined {
  return value && DATE.test(value) ? value : undefined;
}

/**
 * Reads the filters from the URL. The ID number is not one of them: a full ID number must not end
 * up in browser history, server logs or shared links, so it travels in the history entry's state.
 */
export function readRetireeSearch(params: URLSearchParams, idNumber?: string | null): RetireeSearch {
  const status = (params.get('status') ?? '')
    .split(',')
    .filter((s): s is RetireeStatus => (STATUSES as readonly string[]).includes(s));
  const search: RetireeSearch = { status };
  const name = params.get('name')?.trim();
  if (name) search.name = name;
  if (idNumber && ID_NUMBER_PATTERN.test(idNumber)) search.idNumber = idNumber.toUpperCase();
  const ageMin = intParam(params.get('ageMin'));
  const ageMax = intParam(params.get('ageMax'));
  if (ageMin !== undefined) search.ageMin = ageMin;
  if (ageMax !== undefined) search.ageMax = ageMax;
  const retiredFrom = dateParam(params.get('retiredFrom'));
  const retiredTo = dateParam(params.get('retiredTo'));
  if (retiredFrom) search.retiredFrom = retiredFrom;
  if (retiredTo) search.retiredTo = retiredTo;
  return search;
}

/** Writes the filters into the URL, keeping what is not theirs (the area). The page starts over. */
export function writeRetireeSearch(search: RetireeSearch, current: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  const org = current.get(AREA_PARAM);
  if (org) out.set(AREA_PARAM, org);
  if (search.name) out.set('name', search.name);
  if (search.status.length) out.set('status', search.status.join(','));
  if (search.ageMin !== undefined) out.set('ageMin', String(search.ageMin));
  if (search.ageMax !== undefined) out.set('ageMax', String(search.ageMax));
  if (search.retiredFrom) out.set('retiredFrom', search.retiredFrom);
  if (search.retiredTo) out.set('retiredTo', search.retiredTo);
  const size = current.get('size');
  if (size) out.set('size', size);
  return out;
}

/** The API filter: only what is set, so an empty form asks for everything in the area. */
export function toRetireeFilter(search: RetireeSearch, orgUnitId: string | null): RetireeFilter {
  const filter: RetireeFilter = {};
  if (search.name) filter.name = search.name;
  if (search.idNumber) filter.idNumber = search.idNumber;
  if (orgUnitId) filter.orgUnitId = orgUnitId;
  if (search.status.length) filter.status = search.status;
  if (search.ageMin !== undefined) filter.ageMin = search.ageMin;
  if (search.ageMax !== undefined) filter.ageMax = search.ageMax;
  if (search.retiredFrom) filter.retiredFrom = search.retiredFrom;
  if (search.retiredTo) filter.retiredTo = search.retiredTo;
  return filter;
}

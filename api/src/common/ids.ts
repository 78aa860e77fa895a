import { notFound } from './errors.js';

/**
 * A bigint record id from a client. Anything that is not one names no record: NOT_FOUND, like an
 * id that exists nowhere (18 digits always fit a bigint, so the database never sees an overflow).
 */
export function recordId(id: string, what: string): string {
  if (!/^\d{1,18}$/.test(id)) throw notFound(what);
  return id;
}

import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The page size asked for, within 1..100; anything else is refused rather than silently clamped. */
export function pageSize(limit: number | null | undefined): number {
  if (limit === null || limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badInput('limit', `每页条数应在 1 到 ${MAX_PAGE_SIZE} 之间`);
  }
  return limit;
}

/** Keyset cursors are opaque to clients: base64url of the last row's key. */
export function encodeCursor(key: string | number): string {
  return Buffer.from(`k:${key}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  const raw = Buffer.from(cursor, 'base64url').toString();
  if (!/^k:\d{1,19}$/.test(raw)) throw badInput('after', '分页游标无效，请从第一页重新查询');
  return raw.slice(2);
}

/** Splits the `limit + 1` rows fetched into the page and the cursor of the next one. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => string | number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

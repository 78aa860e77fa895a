/** Escapes LIKE wildcards so user text matches literally (PostgreSQL's default escape is backslash). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

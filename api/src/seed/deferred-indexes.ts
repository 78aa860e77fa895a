/**
 * Bulk loads are much faster into bare tables: one sort per index afterwards beats millions of
 * B-tree insertions, and one anti-join per foreign key beats a trigger call per row. This drops
 * a table's secondary indexes, unique constraints and foreign keys, and re-creates them from
 * the definitions PostgreSQL itself reports, so it follows whatever the migrations defined.
 *
 * Primary keys stay (other tables' foreign keys hang on them). Unique constraints or indexes that
 * a foreign key depends on stay too. Run it inside the loading transaction: other sessions then
 * never see a table without its indexes, they wait for the commit.
 */
import type pg from 'pg';

interface DeferredObject {
  table: string;
  name: string;
  kind: 'FOREIGN_KEY' | 'CONSTRAINT' | 'INDEX';
  definition: string;
}

const FIND_CONSTRAINTS = `
  select c.conrelid::regclass::text as "table", c.conname as name, c.contype as type, pg_get_constraintdef(c.oid) as definition
  from pg_constraint c
  where c.conrelid = any($1::regclass[])
    and (c.contype = 'f'
      or (c.contype in ('u', 'x') and not exists (
        select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid)))
  order by c.conrelid::regclass::text, c.conname`;

const FIND_INDEXES = `
  select i.indrelid::regclass::text as "table", i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
  from pg_index i
  where i.indrelid = any($1::regclass[])
    and not i.indisprimary
    and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid)
    and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid)
  order by i.indrelid::regclass::text, i.indexrelid::regclass::text`;

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Drops the secondary indexes and constraints of `tables`; returns what must be re-created. */
export async function dropSecondaryIndexes(client: pg.ClientBase, tables: readonly string[]): Promise<DeferredObject[]> {
  const constraints = await client.query<{ table: string; name: string; type: string; definition: string }>(FIND_CONSTRAINTS, [tables]);
  const indexes = await client.query<{ table: string; name: string; definition: string }>(FIND_INDEXES, [tables]);
  const deferred: DeferredObject[] = [
    ...constraints.rows.map((c) => ({ table: c.table, name: c.name, kind: c.type === 'f' ? ('FOREIGN_KEY' as const) : ('CONSTRAINT' as const), definition: c.definition })),
    ...indexes.rows.map((i) => ({ table: i.table, name: i.name, kind: 'INDEX' as const, definition: i.definition })),
  ];
  // Foreign keys first: a unique constraint cannot go while a key still refers to it.
  for (const d of sortForDrop(deferred)) {
    if (d.kind === 'INDEX') await client.query(`drop index ${d.name}`);
    else await client.query(`alter table ${d.table} drop constraint ${quoteIdent(d.name)}`);
  }
  return deferred;
}

/** Re-creates what dropSecondaryIndexes dropped: indexes and unique constraints, then foreign keys. */
export async function recreateSecondaryIndexes(client: pg.ClientBase, deferred: readonly DeferredObject[], log: (m: string) => void = () => {}): Promise<void> {
  for (const d of [...sortForDrop(deferred)].reverse()) {
    const started = performance.now();
    if (d.kind === 'INDEX') await client.query(d.definition);
    else await client.query(`alter table ${d.table} add constraint ${quoteIdent(d.name)} ${d.definition}`);
    log(`  ${d.kind === 'INDEX' ? 'index' : d.kind === 'FOREIGN_KEY' ? 'foreign key' : 'constraint'} ${d.name}: ${Math.round(performance.now() - started)} ms`);
  }
}

function sortForDrop(objects: readonly DeferredObject[]): DeferredObject[] {
  const rank = { FOREIGN_KEY: 0, CONSTRAINT: 1, INDEX: 2 } as const;
  return [...objects].sort((a, b) => rank[a.kind] - rank[b.kind]);
}

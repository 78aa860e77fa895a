import { Migration } from '@mikro-orm/migrations';

/** Indexes whose definition changes: the org path is added so RLS can be checked from the index. */
const COVERING = {
  retiree_township_id_idx: 'create index retiree_township_id_idx on retiree (township_id, id) include (org_path)',
  retiree_community_id_idx: 'create index retiree_community_id_idx on retiree (community_id, id) include (org_path)',
  retiree_name_idx: 'create index retiree_name_idx on retiree (name text_pattern_ops, id) include (org_path)',
  retiree_birth_date_idx: 'create index retiree_birth_date_idx on retiree (birth_date, id) include (org_path, status)',
};

/**
 * Exact totals without counting rows: `retiree_count` holds the number of retirees per community
 * and status, kept by statement-level triggers (one aggregated upsert per statement, so a COPY of
 * 330,000 rows costs one). Unfiltered and status-only list totals read it; filtered totals count
 * through the new covering indexes, touching only the matching rows.
 */
export class Migration20261129183100_RetireeCountsAndCoveringIndexes extends Migration {
  override async up(): Promise<void> {
    for (const [name, ddl] of Object.entries(COVERING)) {
      this.addSql(`drop index if exists ${name};`);
      this.addSql(`${ddl};`);
    }
    this.addSql(`create index retiree_township_birth_date_idx on retiree (township_id, birth_date) include (org_path, status);`);
    this.addSql(`create index retiree_township_name_idx on retiree (township_id, name text_pattern_ops) include (org_path);`);

    this.addSql(`create table retiree_count (
      community_id int not null references org_unit (id) on delete cascade,
      status retiree_status not null,
      n int not null,
      primary key (community_id, status)
    );`);
    this.addSql(`insert into retiree_count (community_id, status, n) select community_id, status, count(*) from retiree group by 1, 2;`);
    this.addSql(`revoke insert, update, delete, truncate on retiree_count from retiree_app, retiree_self;`);
    this.addSql(`create function retiree_count_apply() returns trigger language plpgsql security definer set search_path = public as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          insert into retiree_count as c (community_id, status, n)
          select community_id, status, -count(*) from old_rows group by 1, 2
          on conflict (community_id, status) do update set n = c.n + excluded.n;
        end if;
        if tg_op in ('UPDATE', 'INSERT') then
          insert into retiree_count as c (community_id, status, n)
          select community_id, status, count(*) from new_rows group by 1, 2
          on conflict (community_id, status) do update set n = c.n + excluded.n;
        end if;
        return null;
      end
    $$;`);
    this.addSql(`create function retiree_count_reset() returns trigger language plpgsql security definer set search_path = public as $$
      begin delete from retiree_count; return null; end
    $$;`);
    this.addSql(`create trigger retiree_count_insert after insert on retiree referencing new table as new_rows for each statement execute function retiree_count_apply();`);
    this.addSql(`create trigger retiree_count_update after update on retiree referencing old table as old_rows new table as new_rows for each statement execute function retiree_count_apply();`);
    this.addSql(`create trigger retiree_count_delete after delete on retiree referencing old table as old_rows for each statement execute function retiree_count_apply();`);
    this.addSql(`create trigger retiree_count_truncate after truncate on retiree for each statement execute function retiree_count_reset();`);
  }

  override async down(): Promise<void> {
    for (const trigger of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists retiree_count_${trigger} on retiree;`);
    this.addSql(`drop function if exists retiree_count_apply();`);
    this.addSql(`drop function if exists retiree_count_reset();`);
    this.addSql(`drop table if exists retiree_count;`);
    this.addSql(`drop index if exists retiree_township_birth_date_idx;`);
    this.addSql(`drop index if exists retiree_township_name_idx;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/** Tables holding a retiree's data: visible only inside the request's area (and, for a retiree, only their own rows). */
const RETIREE_OWNED = ['family_member', 'pension_payment', 'retiree_change'];

/**
 * The backstop under the ORM's area filter. Request transactions switch to the `retiree_app`
 * role and set `app.org_path` (and `app.retiree_id` for a retiree); PostgreSQL then hides every
 * row outside that area even if a query forgot its filter. An unset path matches nothing.
 * Migrations, the seed and background jobs run as the owner, which RLS does not restrict.
 * `nullif(…, '')`: once a session has set a custom setting, it reads back as '' (not NULL) in later
 * transactions, and every path starts with ''. Empty must mean "nothing", never "everything".
 */
export class Migration20261129172100_RowLevelSecurity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'retiree_app') then create role retiree_app nologin; end if;
    end $$;`);
    this.addSql(`grant retiree_app to current_user;`);
    this.addSql(`grant usage on schema public to retiree_app;`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to retiree_app;`);
    this.addSql(`grant usage, select on all sequences in schema public to retiree_app;`);
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to retiree_app;`);
    this.addSql(`alter default privileges in schema public grant usage, select on sequences to retiree_app;`);
    // Modules enqueue jobs in the request's own transaction (the outbox). The queue's tables are the
    // owner's alone (graphile-worker keeps RLS on them), so the role gets one narrow door in.
    this.addSql(`create function app_enqueue_job(task text, payload json, run_at timestamptz, max_attempts int, job_key text)
      returns void language sql security definer set search_path = pg_catalog, public as $$
        select graphile_worker.add_job(task, payload, run_at => run_at, max_attempts => max_attempts, job_key => job_key);
      $$;`);
    this.addSql(`revoke all on function app_enqueue_job(text, json, timestamptz, int, text) from public;`);
    this.addSql(`grant execute on function app_enqueue_job(text, json, timestamptz, int, text) to retiree_app;`);

    this.addSql(`create function app_area_visible(row_path text) returns boolean language sql stable as $$
      select starts_with(row_path, nullif(current_setting('app.org_path', true), ''))
    $$;`);
    this.addSql(`create function app_self_visible(row_retiree_id int) returns boolean language sql stable as $$
      select coalesce(nullif(current_setting('app.retiree_id', true), ''), row_retiree_id::text) = row_retiree_id::text
    $$;`);

    this.addSql(`alter table retiree enable row level security;`);
    this.addSql(`create policy retiree_area on retiree to retiree_app using (app_area_visible(org_path) and app_self_visible(id)) with check (app_area_visible(org_path));`);
    for (const table of RETIREE_OWNED) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`create policy ${table}_area on ${table} to retiree_app using (app_area_visible(org_path) and app_self_visible(retiree_id)) with check (app_area_visible(org_path));`);
    }
    this.addSql(`alter table audit_log enable row level security;`);
    this.addSql(`create policy audit_log_read on audit_log for select to retiree_app using (app_area_visible(org_path));`);
    this.addSql(`create policy audit_log_insert on audit_log for insert to retiree_app with check (true);`);

    // Append-only audit: refused for every role, including the owner.
    this.addSql(`revoke update, delete, truncate on audit_log from retiree_app;`);
    this.addSql(`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege'; end
    $$;`);
    this.addSql(`create trigger audit_log_no_change before update or delete on audit_log for each statement execute function audit_log_append_only();`);
    this.addSql(`create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_log_no_truncate on audit_log;`);
    this.addSql(`drop trigger if exists audit_log_no_change on audit_log;`);
    this.addSql(`drop function if exists audit_log_append_only();`);
    for (const table of ['retiree', ...RETIREE_OWNED]) {
      this.addSql(`drop policy if exists ${table}_area on ${table};`);
      this.addSql(`alter table ${table} disable row level security;`);
    }
    this.addSql(`drop policy if exists audit_log_read on audit_log;`);
    this.addSql(`drop policy if exists audit_log_insert on audit_log;`);
    this.addSql(`alter table audit_log disable row level security;`);
    this.addSql(`drop function if exists app_enqueue_job(text, json, timestamptz, int, text);`);
    this.addSql(`drop function if exists app_self_visible(int);`);
    this.addSql(`drop function if exists app_area_visible(text);`);
  }
}

import { Migration } from '@mikro-orm/migrations';

const RETIREE_OWNED = ['family_member', 'pension_payment', 'retiree_change', 'notification', 'info_confirmation', 'info_dispute'];

/**
 * Splits the request role in two. Staff and integrators (`retiree_app`) are limited by area only;
 * a retiree's own session (`retiree_self`) is limited to their own rows by a plain equality.
 * The former single policy mixed both with a coalesce the planner could not estimate (it guessed
 * 0.5 % of rows and chose full bitmap scans plus sorts for every list page).
 */
export class Migration20261129183000_RetireeSelfRole extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'retiree_self') then create role retiree_self nologin; end if;
    end $$;`);
    this.addSql(`grant retiree_self to current_user;`);
    this.addSql(`grant usage on schema public to retiree_self;`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to retiree_self;`);
    this.addSql(`grant usage, select on all sequences in schema public to retiree_self;`);
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to retiree_self;`);
    this.addSql(`alter default privileges in schema public grant usage, select on sequences to retiree_self;`);
    this.addSql(`grant execute on function app_enqueue_job(text, json, timestamptz, int, text) to retiree_self;`);
    this.addSql(`revoke update, delete, truncate on audit_log from retiree_self;`);

    this.addSql(`create function app_retiree_id() returns int language sql stable as $$
      select nullif(current_setting('app.retiree_id', true), '')::int
    $$;`);

    this.addSql(`drop policy retiree_area on retiree;`);
    this.addSql(`create policy retiree_area on retiree to retiree_app using (app_area_visible(org_path)) with check (app_area_visible(org_path));`);
    this.addSql(`create policy retiree_self on retiree to retiree_self using (id = app_retiree_id()) with check (id = app_retiree_id());`);
    for (const table of RETIREE_OWNED) {
      this.addSql(`drop policy ${table}_area on ${table};`);
      this.addSql(`create policy ${table}_area on ${table} to retiree_app using (app_area_visible(org_path)) with check (app_area_visible(org_path));`);
      this.addSql(`create policy ${table}_self on ${table} to retiree_self using (retiree_id = app_retiree_id()) with check (retiree_id = app_retiree_id());`);
    }
    this.addSql(`drop function app_self_visible(int);`);
  }

  override async down(): Promise<void> {
    this.addSql(`create function app_self_visible(row_retiree_id int) returns boolean language sql stable as $$
      select coalesce(nullif(current_setting('app.retiree_id', true), ''), row_retiree_id::text) = row_retiree_id::text
    $$;`);
    this.addSql(`drop policy retiree_self on retiree;`);
    this.addSql(`drop policy retiree_area on retiree;`);
    this.addSql(`create policy retiree_area on retiree to retiree_app using (app_area_visible(org_path) and app_self_visible(id)) with check (app_area_visible(org_path));`);
    for (const table of RETIREE_OWNED) {
      this.addSql(`drop policy ${table}_self on ${table};`);
      this.addSql(`drop policy ${table}_area on ${table};`);
      this.addSql(`create policy ${table}_area on ${table} to retiree_app using (app_area_visible(org_path) and app_self_visible(retiree_id)) with check (app_area_visible(org_path));`);
    }
    this.addSql(`drop function app_retiree_id();`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/** Every table whose rows carry a retiree's area (as of this migration): moving the retiree moves them all. */
const RETIREE_ROW_TABLES = ['family_member', 'pension_payment', 'retiree_change', 'notification', 'info_confirmation', 'info_dispute', 'life_event', 'life_event_candidate', 'risk_alert', 'certification', 'certification_record'];

export class Migration20261129233546_Certification extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "certification_method" as enum ('PASSIVE', 'FACE', 'VISIT');`);
    this.addSql(`create table "certification_record" ("id" bigserial primary key, "retiree_id" int not null, "org_path" varchar(200) not null, "method" "certification_method" not null, "passed" boolean not null, "certified_on" date not null, "valid_until" date null, "score" double precision null, "evidence" jsonb not null, "transaction_id" varchar(64) null, "liveness" double precision null, "similarity" double precision null, "payload_hash" varchar(64) null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "certification_record" add constraint "certification_record_transaction_id_unique" unique ("transaction_id");`);
    this.addSql(`create index "certification_record_retiree_id_id_index" on "certification_record" ("retiree_id", "id");`);

    this.addSql(`create table "certification" ("retiree_id" int not null, "org_path" varchar(200) not null, "valid_until" date null, "method" "certification_method" null, "certified_on" date null, "score" double precision null, "evidence" jsonb not null, "blocked_reason" varchar(200) null, "updated_at" timestamptz not null default now(), constraint "certification_pkey" primary key ("retiree_id"));`);
    this.addSql(`create index certification_area_idx on certification (org_path text_pattern_ops) include (valid_until, method);`);

    this.addSql(`alter table "certification_record" add constraint "certification_record_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "certification" add constraint "certification_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    // Staff see their area's; a retiree sees their own (the app's 我的认证).
    for (const table of ['certification', 'certification_record']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`create policy ${table}_area on ${table} to retiree_app using (app_area_visible(org_path)) with check (app_area_visible(org_path));`);
      this.addSql(`create policy ${table}_self on ${table} for select to retiree_self using (retiree_id = app_retiree_id());`);
    }
    this.addSql(`create or replace function app_move_retiree_rows(p_retiree_id int, p_path text) returns void
      language plpgsql security definer set search_path = pg_catalog, public as $$
      begin
        ${RETIREE_ROW_TABLES.map((t) => `update ${t} set org_path = p_path where retiree_id = p_retiree_id and org_path <> p_path;`).join('\n        ')}
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certification_record" cascade;`);

    this.addSql(`drop table if exists "certification" cascade;`);

    this.addSql(`drop type "certification_method";`);
  }

}

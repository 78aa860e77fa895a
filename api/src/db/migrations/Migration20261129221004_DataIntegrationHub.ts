import { Migration } from '@mikro-orm/migrations';

const AREA_TABLES = ['import_batch', 'import_error', 'life_event', 'life_event_candidate', 'record_revision'];
/** Every table whose rows carry a retiree's area: moving the retiree moves them all (one list, one function). */
const RETIREE_ROW_TABLES = ['family_member', 'pension_payment', 'retiree_change', 'notification', 'info_confirmation', 'info_dispute', 'life_event', 'life_event_candidate'];
const SYSTEM_FUNCTIONS = ['app_place_retiree(int, int, text, int)'];

export class Migration20261129221004_DataIntegrationHub extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "import_kind" as enum ('RETIREES', 'LIFE_EVENTS', 'PENSION_PAYMENTS');`);
    this.addSql(`create type "import_channel" as enum ('API', 'FILE');`);
    this.addSql(`create type "import_status" as enum ('PREVIEW', 'COMMITTED', 'DISCARDED');`);
    this.addSql(`create type "import_error_severity" as enum ('ERROR', 'WARNING');`);
    this.addSql(`create type "address_keyword_kind" as enum ('NAME', 'ROAD', 'ESTATE');`);
    this.addSql(`create type "life_event_source" as enum ('POLICE', 'CIVIL_AFFAIRS', 'COURT', 'PROCURATORATE', 'JUSTICE', 'HEALTH', 'BIG_DATA', 'CITIZEN_CARD');`);
    this.addSql(`create type "life_event_kind" as enum ('DEATH', 'CREMATION', 'SENTENCE', 'IMPRISONMENT', 'RELEASE', 'MISSING', 'LOW_INCOME', 'DISABILITY', 'HOSPITAL_VISIT', 'CARD_USE');`);
    this.addSql(`create type "life_event_match" as enum ('MATCHED', 'PENDING_REVIEW', 'CONFIRMED', 'REJECTED', 'UNMATCHED');`);
    this.addSql(`create table "import_batch" ("id" bigserial primary key, "kind" "import_kind" not null, "channel" "import_channel" not null, "idempotency_key" varchar(200) not null, "content_hash" varchar(64) not null, "file_name" varchar(200) null, "status" "import_status" not null, "org_path" varchar(200) not null, "received" int not null, "inserted" int not null, "updated" int not null, "unchanged" int not null, "rejected" int not null, "warnings" int not null, "outcome" jsonb not null, "change_sample" jsonb not null, "submitted_by" varchar(100) not null, "submitted_by_staff_id" int null, "created_at" timestamptz not null default now(), "committed_at" timestamptz null, "duration_ms" int null);`);
    this.addSql(`create index import_batch_created_idx on import_batch (created_at desc, id desc);`);
    this.addSql(`alter table "import_batch" add constraint "import_batch_key" unique ("kind", "idempotency_key");`);

    this.addSql(`create table "import_error" ("id" bigserial primary key, "batch_id" bigint not null, "org_path" varchar(200) not null, "row_no" int not null, "field" varchar(50) null, "code" varchar(40) not null, "severity" "import_error_severity" not null, "message" varchar(300) not null, "value" varchar(300) null);`);
    this.addSql(`create index "import_error_batch_id_row_no_index" on "import_error" ("batch_id", "row_no");`);

    this.addSql(`create table "community_address" ("id" serial primary key, "community_id" int not null, "township_id" int not null, "kind" "address_keyword_kind" not null, "keyword" varchar(100) not null);`);
    this.addSql(`create index "community_address_keyword_index" on "community_address" ("keyword");`);
    this.addSql(`alter table "community_address" add constraint "community_address_community_id_keyword_unique" unique ("community_id", "keyword");`);

    this.addSql(`create table "record_revision" ("id" bigserial primary key, "entity" varchar(20) not null, "record_id" bigint not null, "batch_id" bigint not null, "org_path" varchar(200) not null, "old_values" jsonb not null, "new_values" jsonb not null, "changed_at" timestamptz not null default now());`);
    this.addSql(`create index "record_revision_entity_record_id_index" on "record_revision" ("entity", "record_id");`);

    this.addSql(`create table "life_event" ("id" bigserial primary key, "source" "life_event_source" not null, "source_record_id" varchar(64) not null, "kind" "life_event_kind" not null, "id_number" varchar(18) null, "name" varchar(50) not null, "birth_date" date null, "event_date" date not null, "details" text null, "retiree_id" int null, "org_path" varchar(200) not null, "match_status" "life_event_match" not null, "match_note" varchar(200) null, "reviewed_by_name" varchar(100) null, "reviewed_at" timestamptz null, "batch_id" bigint not null, "revision" int not null default 1, "received_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index life_event_review_idx on life_event (org_path text_pattern_ops, id) where match_status = 'PENDING_REVIEW';`);
    this.addSql(`create index life_event_retiree_idx on life_event (retiree_id, event_date desc) where retiree_id is not null;`);
    this.addSql(`alter table "life_event" add constraint "life_event_source_key" unique ("source", "source_record_id");`);

    this.addSql(`create table "life_event_candidate" ("life_event_id" bigint not null, "retiree_id" int not null, "org_path" varchar(200) not null, "reason" varchar(100) not null, constraint "life_event_candidate_pkey" primary key ("life_event_id", "retiree_id"));`);

    this.addSql(`alter table "community_address" add constraint "community_address_community_id_foreign" foreign key ("community_id") references "org_unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_address" add constraint "community_address_township_id_foreign" foreign key ("township_id") references "org_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "life_event" add constraint "life_event_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "life_event_candidate" add constraint "life_event_candidate_life_event_id_foreign" foreign key ("life_event_id") references "life_event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "life_event_candidate" add constraint "life_event_candidate_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "retiree" add column "placement_note" varchar(200) null, add column "checked_in_at" timestamptz null;`);
    this.addSql(`alter table "retiree" alter column "community_id" type int using ("community_id"::int);`);
    this.addSql(`alter table "retiree" alter column "community_id" drop not null;`);
    this.addSql(`alter table "retiree" alter column "township_id" type int using ("township_id"::int);`);
    this.addSql(`alter table "retiree" alter column "township_id" drop not null;`);
    this.handWritten();
  }

  private handWritten(): void {
    for (const table of AREA_TABLES) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`create policy ${table}_area on ${table} to retiree_app using (app_area_visible(org_path)) with check (app_area_visible(org_path));`);
    }
    this.addSql(`alter table community_address enable row level security;`);
    this.addSql(`create policy community_address_read on community_address for select to retiree_app, retiree_self using (true);`);

    // Staging: each batch's validated rows wait here (files between preview and commit). Unlogged:
    // after a database crash they are gone, and a preview whose rows are missing must be uploaded again.
    this.addSql(`create unlogged table import_stage_retiree (batch_id bigint not null, row_no int not null, id_number varchar(18) not null,
      name varchar(50) not null, gender gender not null, birth_date date not null, retirement_date date not null, employer varchar(200),
      hukou_address varchar(300), residence_address varchar(300), monthly_pension int not null, bank_name varchar(50),
      bank_account varchar(32), citizen_card_no varchar(32), phone varchar(20), primary key (batch_id, row_no));`);
    this.addSql(`create unlogged table import_stage_life_event (batch_id bigint not null, row_no int not null, source life_event_source not null,
      source_record_id varchar(64) not null, kind life_event_kind not null, id_number varchar(18), id_usable boolean not null, name varchar(50) not null,
      birth_date date, event_date date not null, details text, primary key (batch_id, row_no));`);
    this.addSql(`create unlogged table import_stage_payment (batch_id bigint not null, row_no int not null, id_number varchar(18) not null,
      name varchar(50), period varchar(7) not null, amount int not null, paid_date date not null, bank_account varchar(32), primary key (batch_id, row_no));`);
    for (const t of ['retiree', 'life_event', 'payment']) this.addSql(`revoke all on import_stage_${t} from retiree_app, retiree_self;`);

    // Retirees waiting for placement count under their township (or the city) until placed.
    this.addSql(`create function retiree_count_unit(p_community_id int, p_township_id int) returns int language sql stable as $$
      select coalesce(p_community_id, p_township_id, (select id from org_unit where parent_id is null order by id limit 1))
    $$;`);
    this.addSql(`create or replace function retiree_count_apply() returns trigger language plpgsql security definer set search_path = public as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          insert into retiree_count as c (community_id, status, n)
          select retiree_count_unit(community_id, township_id), status, -count(*) from old_rows group by 1, 2
          on conflict (community_id, status) do update set n = c.n + excluded.n;
        end if;
        if tg_op in ('UPDATE', 'INSERT') then
          insert into retiree_count as c (community_id, status, n)
          select retiree_count_unit(community_id, township_id), status, count(*) from new_rows group by 1, 2
          on conflict (community_id, status) do update set n = c.n + excluded.n;
        end if;
        return null;
      end
    $$;`);

    this.addSql(`create function app_move_retiree_rows(p_retiree_id int, p_path text) returns void
      language plpgsql security definer set search_path = pg_catalog, public as $$
      begin
        ${RETIREE_ROW_TABLES.map((t) => `update ${t} set org_path = p_path where retiree_id = p_retiree_id and org_path <> p_path;`).join('\n        ')}
      end $$;`);
    this.addSql(`revoke all on function app_move_retiree_rows(int, text) from public;`);
    this.addSql(`create or replace function app_move_transferred_retiree(p_transfer_id bigint, p_actor_name text, p_actor_staff_id int)
      returns void language plpgsql security definer set search_path = pg_catalog, public as $$
      declare
        v_transfer community_transfer;
        v_target org_unit;
        v_before retiree;
        v_note text := '社区转移 #' || p_transfer_id;
      begin
        select * into v_transfer from community_transfer where id = p_transfer_id for update;
        if v_transfer.id is null or v_transfer.status <> 'PENDING_TARGET' or not app_area_visible(v_transfer.to_path) then
          raise exception 'transfer % is not waiting for this area', p_transfer_id using errcode = 'insufficient_privilege';
        end if;
        select * into v_target from org_unit where id = v_transfer.to_community_id;
        select * into v_before from retiree where id = v_transfer.retiree_id for update;
        update retiree set community_id = v_target.id, township_id = v_target.parent_id, org_path = v_target.path,
               residence_address = v_transfer.new_address, version = version + 1, updated_at = now()
         where id = v_transfer.retiree_id;
        perform app_move_retiree_rows(v_transfer.retiree_id, v_target.path);
        insert into retiree_change (retiree_id, org_path, field, old_value, new_value, source, actor_name, actor_staff_id, note, changed_at)
        select v_before.id, v_target.path, 'community', (select name from org_unit where id = v_before.community_id), v_target.name,
               'STAFF'::change_source, p_actor_name, p_actor_staff_id, v_note, now()
        union all
        select v_before.id, v_target.path, 'residenceAddress', v_before.residence_address, v_transfer.new_address,
               'STAFF'::change_source, p_actor_name, p_actor_staff_id, v_note, now()
         where v_before.residence_address is distinct from v_transfer.new_address;
      end $$;`);
    // A township (or the bureau) places a new retiree the address did not place: the person must be
    // unplaced and in the caller's area, and so must the community chosen.
    this.addSql(`create function app_place_retiree(p_retiree_id int, p_community_id int, p_actor_name text, p_actor_staff_id int)
      returns void language plpgsql security definer set search_path = pg_catalog, public as $$
      declare
        v_target org_unit;
        v_before retiree;
      begin
        select * into v_before from retiree where id = p_retiree_id for update;
        select * into v_target from org_unit where id = p_community_id and level = 'COMMUNITY';
        if v_before.id is null or v_before.community_id is not null or not app_area_visible(v_before.org_path)
           or v_target.id is null or not app_area_visible(v_target.path) or not starts_with(v_target.path, v_before.org_path) then
          raise exception 'retiree % cannot be placed in % by this area', p_retiree_id, p_community_id using errcode = 'insufficient_privilege';
        end if;
        update retiree set community_id = v_target.id, township_id = v_target.parent_id, org_path = v_target.path,
               placement_note = null, version = version + 1, updated_at = now()
         where id = p_retiree_id;
        perform app_move_retiree_rows(p_retiree_id, v_target.path);
        insert into retiree_change (retiree_id, org_path, field, old_value, new_value, source, actor_name, actor_staff_id, note, changed_at)
        values (p_retiree_id, v_target.path, 'community', null, v_target.name, 'STAFF', p_actor_name, p_actor_staff_id, '新退休人员分配社区', now());
      end $$;`);
    for (const fn of SYSTEM_FUNCTIONS) {
      this.addSql(`revoke all on function ${fn} from public;`);
      this.addSql(`grant execute on function ${fn} to retiree_app;`);
    }
    this.addSql(`create function app_discard_stale_import_previews(p_age interval) returns int language plpgsql as $$
      declare v_ids bigint[];
      begin
        with stale as (update import_batch set status = 'DISCARDED' where status = 'PREVIEW' and created_at < now() - p_age returning id)
        select array_agg(id) into v_ids from stale;
        delete from import_stage_retiree where batch_id = any(v_ids);
        delete from import_stage_life_event where batch_id = any(v_ids);
        delete from import_stage_payment where batch_id = any(v_ids);
        return coalesce(cardinality(v_ids), 0);
      end $$;`);
    this.addSql(`revoke all on function app_discard_stale_import_previews(interval) from public;`);
    this.addSql(`alter type "notification_kind" add value if not exists 'WELCOME';`);
  }

  override async down(): Promise<void> {
    for (const fn of SYSTEM_FUNCTIONS) this.addSql(`drop function if exists ${fn};`);
    this.addSql(`drop function if exists app_move_retiree_rows(int, text);`);
    this.addSql(`drop function if exists app_discard_stale_import_previews(interval);`);
    this.addSql(`drop function if exists retiree_count_unit(int, int) cascade;`);
    for (const t of ['retiree', 'life_event', 'payment']) this.addSql(`drop table if exists import_stage_${t};`);
    this.addSql(`alter table "life_event_candidate" drop constraint "life_event_candidate_life_event_id_foreign";`);

    this.addSql(`drop table if exists "import_batch" cascade;`);

    this.addSql(`drop table if exists "import_error" cascade;`);

    this.addSql(`drop table if exists "community_address" cascade;`);

    this.addSql(`drop table if exists "record_revision" cascade;`);

    this.addSql(`drop table if exists "life_event" cascade;`);

    this.addSql(`drop table if exists "life_event_candidate" cascade;`);

    this.addSql(`alter table "retiree" drop column "placement_note", drop column "checked_in_at";`);

    this.addSql(`alter table "retiree" alter column "community_id" type int4 using ("community_id"::int4);`);
    this.addSql(`alter table "retiree" alter column "community_id" set not null;`);
    this.addSql(`alter table "retiree" alter column "township_id" type int4 using ("township_id"::int4);`);
    this.addSql(`alter table "retiree" alter column "township_id" set not null;`);

    this.addSql(`drop type "import_kind";`);
    this.addSql(`drop type "import_channel";`);
    this.addSql(`drop type "import_status";`);
    this.addSql(`drop type "import_error_severity";`);
    this.addSql(`drop type "address_keyword_kind";`);
    this.addSql(`drop type "life_event_source";`);
    this.addSql(`drop type "life_event_kind";`);
    this.addSql(`drop type "life_event_match";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261129172039_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "actor_kind" as enum ('STAFF', 'CLIENT', 'RETIREE');`);
    this.addSql(`create type "audit_action" as enum ('REVEAL', 'EXPORT');`);
    this.addSql(`create type "sensitive_field" as enum ('ID_NUMBER', 'BANK_ACCOUNT', 'PHONE');`);
    this.addSql(`create type "org_level" as enum ('CITY', 'TOWNSHIP', 'COMMUNITY');`);
    this.addSql(`create type "gender" as enum ('MALE', 'FEMALE');`);
    this.addSql(`create type "retiree_status" as enum ('ACTIVE', 'SUSPENDED', 'DECEASED', 'TRANSFERRED');`);
    this.addSql(`create type "change_source" as enum ('STAFF', 'RETIREE', 'PROVINCIAL', 'IMPORT', 'SEED');`);
    this.addSql(`create type "staff_role" as enum ('ADMIN', 'STAFF', 'VIEWER');`);
    this.addSql(`create table "api_client" ("id" serial primary key, "client_id" varchar(64) not null, "name" varchar(100) not null, "secret_hash" varchar(200) not null, "scopes" text[] not null, "active" boolean not null default true, "is_demo" boolean not null default false);`);
    this.addSql(`alter table "api_client" add constraint "api_client_client_id_unique" unique ("client_id");`);

    this.addSql(`create table "audit_log" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_kind" "actor_kind" not null, "actor_id" varchar(64) not null, "actor_name" varchar(100) not null, "actor_role" varchar(20) null, "actor_org_name" varchar(100) null, "actor_org_id" int null, "action" "audit_action" not null, "field" "sensitive_field" null, "retiree_id" int null, "retiree_name" varchar(50) null, "org_path" varchar(200) not null, "reason" varchar(500) not null, "request_id" varchar(64) null);`);
    this.addSql(`create index audit_log_org_path_at_idx on audit_log (org_path text_pattern_ops, at desc);`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "subject_kind" "actor_kind" not null, "subject_id" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`create index "auth_session_subject_kind_subject_id_index" on "auth_session" ("subject_kind", "subject_id");`);

    this.addSql(`create table "org_unit" ("id" serial primary key, "code" varchar(12) not null, "name" varchar(100) not null, "level" "org_level" not null, "kind" varchar(20) null, "parent_id" int null, "path" varchar(200) not null, "contact_name" varchar(50) null, "contact_phone" varchar(30) null, "address" varchar(200) null);`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_code_unique" unique ("code");`);
    this.addSql(`create index org_unit_path_idx on org_unit (path text_pattern_ops);`);

    this.addSql(`create table "otp_challenge" ("id" uuid not null, "retiree_id" int not null, "code_hash" varchar(200) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "attempts" int not null default 0, "consumed_at" timestamptz null, constraint "otp_challenge_pkey" primary key ("id"));`);
    this.addSql(`create index "otp_challenge_retiree_id_created_at_index" on "otp_challenge" ("retiree_id", "created_at");`);

    this.addSql(`create table "retiree" ("id" serial primary key, "id_number" varchar(18) not null, "name" varchar(50) not null, "gender" "gender" not null, "birth_date" date not null, "retirement_date" date not null, "employer" varchar(200) null, "hukou_address" varchar(300) null, "residence_address" varchar(300) null, "community_id" int not null, "township_id" int not null, "org_path" varchar(200) not null, "status" "retiree_status" not null default 'ACTIVE', "monthly_pension" int not null, "bank_account" varchar(32) null, "bank_name" varchar(50) null, "citizen_card_no" varchar(32) null, "phone" varchar(20) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1);`);
    this.addSql(`alter table "retiree" add constraint "retiree_id_number_unique" unique ("id_number");`);
    this.addSql(`create index "retiree_birth_date_idx" on "retiree" ("birth_date", "id");`);
    this.addSql(`create index retiree_name_idx on retiree (name text_pattern_ops, id);`);
    this.addSql(`create index retiree_org_path_idx on retiree (org_path text_pattern_ops);`);
    this.addSql(`create index "retiree_community_id_idx" on "retiree" ("community_id", "id");`);
    this.addSql(`create index "retiree_township_id_idx" on "retiree" ("township_id", "id");`);

    this.addSql(`create table "pension_payment" ("id" bigserial primary key, "retiree_id" int not null, "org_path" varchar(200) not null, "period" varchar(7) not null, "amount" int not null, "paid_date" date not null, "bank_account" varchar(32) null);`);
    this.addSql(`alter table "pension_payment" add constraint "pension_payment_retiree_period_key" unique ("retiree_id", "period");`);

    this.addSql(`create table "family_member" ("id" serial primary key, "retiree_id" int not null, "org_path" varchar(200) not null, "relation" varchar(20) not null, "name" varchar(50) not null, "id_number" varchar(18) null, "phone" varchar(20) null, "is_emergency_contact" boolean not null default false, "is_next_of_kin" boolean not null default false);`);
    this.addSql(`create index "family_member_retiree_id_index" on "family_member" ("retiree_id");`);

    this.addSql(`create table "retiree_change" ("id" bigserial primary key, "retiree_id" int not null, "org_path" varchar(200) not null, "field" varchar(50) not null, "old_value" text null, "new_value" text null, "source" "change_source" not null, "actor_name" varchar(100) null, "actor_staff_id" int null, "note" varchar(500) null, "changed_at" timestamptz not null default now());`);
    this.addSql(`create index "retiree_change_retiree_id_changed_at_index" on "retiree_change" ("retiree_id", "changed_at");`);

    this.addSql(`create table "staff_user" ("id" serial primary key, "username" varchar(64) not null, "display_name" varchar(50) not null, "password_hash" varchar(200) not null, "role" "staff_role" not null, "org_unit_id" int not null, "active" boolean not null default true, "is_demo" boolean not null default false, "created_at" timestamptz not null default now(), "last_login_at" timestamptz null);`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_username_unique" unique ("username");`);
    this.addSql(`create index "staff_user_org_unit_id_index" on "staff_user" ("org_unit_id");`);

    this.addSql(`alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "retiree" add constraint "retiree_community_id_foreign" foreign key ("community_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "retiree" add constraint "retiree_township_id_foreign" foreign key ("township_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "pension_payment" add constraint "pension_payment_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "family_member" add constraint "family_member_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "retiree_change" add constraint "retiree_change_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "staff_user" add constraint "staff_user_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_id_foreign";`);

    this.addSql(`alter table "retiree" drop constraint "retiree_community_id_foreign";`);

    this.addSql(`alter table "retiree" drop constraint "retiree_township_id_foreign";`);

    this.addSql(`alter table "staff_user" drop constraint "staff_user_org_unit_id_foreign";`);

    this.addSql(`alter table "pension_payment" drop constraint "pension_payment_retiree_id_foreign";`);

    this.addSql(`alter table "family_member" drop constraint "family_member_retiree_id_foreign";`);

    this.addSql(`alter table "retiree_change" drop constraint "retiree_change_retiree_id_foreign";`);

    this.addSql(`drop table if exists "api_client" cascade;`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop table if exists "org_unit" cascade;`);

    this.addSql(`drop table if exists "otp_challenge" cascade;`);

    this.addSql(`drop table if exists "retiree" cascade;`);

    this.addSql(`drop table if exists "pension_payment" cascade;`);

    this.addSql(`drop table if exists "family_member" cascade;`);

    this.addSql(`drop table if exists "retiree_change" cascade;`);

    this.addSql(`drop table if exists "staff_user" cascade;`);

    this.addSql(`drop type "actor_kind";`);
    this.addSql(`drop type "audit_action";`);
    this.addSql(`drop type "sensitive_field";`);
    this.addSql(`drop type "org_level";`);
    this.addSql(`drop type "gender";`);
    this.addSql(`drop type "retiree_status";`);
    this.addSql(`drop type "change_source";`);
    this.addSql(`drop type "staff_role";`);
  }

}

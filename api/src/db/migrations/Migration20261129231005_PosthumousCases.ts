import { Migration } from '@mikro-orm/migrations';

export class Migration20261129231005_PosthumousCases extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "case_item_kind" as enum ('HOUSEHOLD_DEREGISTRATION', 'FUNERAL_AND_SURVIVOR', 'PENSION_ACCOUNT_REFUND', 'MEDICAL_ACCOUNT_REFUND', 'CREMATION_CERTIFICATE');`);
    this.addSql(`create type "department" as enum ('POLICE', 'SOCIAL_SECURITY', 'MEDICAL_INSURANCE', 'CIVIL_AFFAIRS');`);
    this.addSql(`create type "case_item_status" as enum ('SENT', 'DONE', 'NOT_APPLICABLE');`);
    this.addSql(`create type "case_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create table "posthumous_case_event" ("id" bigserial primary key, "case_id" bigint not null, "org_path" varchar(200) not null, "at" timestamptz not null default now(), "actor_name" varchar(100) not null, "text" varchar(500) not null);`);
    this.addSql(`create index "posthumous_case_event_case_id_id_index" on "posthumous_case_event" ("case_id", "id");`);

    this.addSql(`create table "posthumous_case_item" ("id" bigserial primary key, "case_id" bigint not null, "org_path" varchar(200) not null, "kind" "case_item_kind" not null, "department" "department" not null, "status" "case_item_status" not null, "amount" int null, "basis" varchar(300) null, "reference" varchar(100) null, "note" varchar(500) null, "sent_at" timestamptz null, "done_at" timestamptz null, "done_by_name" varchar(100) null);`);
    this.addSql(`create index "posthumous_case_item_case_id_id_index" on "posthumous_case_item" ("case_id", "id");`);

    this.addSql(`create table "posthumous_case" ("id" bigserial primary key, "retiree_id" int not null, "org_path" varchar(200) not null, "death_date" date not null, "risk_alert_id" bigint null, "status" "case_status" not null, "notified_relative" varchar(100) null, "notification_text" text null, "notified_at" timestamptz null, "opened_by_name" varchar(100) not null, "opened_at" timestamptz not null default now(), "closed_at" timestamptz null);`);
    this.addSql(`alter table "posthumous_case" add constraint "posthumous_case_retiree_id_unique" unique ("retiree_id");`);
    this.addSql(`create index posthumous_case_area_idx on posthumous_case (org_path text_pattern_ops, id);`);

    this.addSql(`alter table "posthumous_case" add constraint "posthumous_case_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    // Hand-written: what departments collect, row-level security, and texts to people who are not retirees.
    this.addSql(`create index posthumous_case_item_pending_idx on posthumous_case_item (department, id) where status = 'SENT';`);
    for (const table of ['posthumous_case', 'posthumous_case_item', 'posthumous_case_event']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`create policy ${table}_area on ${table} to retiree_app using (app_area_visible(org_path)) with check (app_area_visible(org_path));`);
    }
    this.addSql(`create table outbound_sms (id bigserial primary key, org_path varchar(200) not null, phone varchar(20) not null, body text not null,
      status varchar(10) not null default 'PENDING' check (status in ('PENDING', 'SENT')), created_at timestamptz not null default now(), sent_at timestamptz null);`);
    this.addSql(`create index outbound_sms_pending_idx on outbound_sms (id) where status = 'PENDING';`);
    this.addSql(`alter table outbound_sms enable row level security;`);
    this.addSql(`create policy outbound_sms_insert on outbound_sms for insert to retiree_app with check (app_area_visible(org_path));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists outbound_sms;`);
    this.addSql(`drop table if exists "posthumous_case_event" cascade;`);

    this.addSql(`drop table if exists "posthumous_case_item" cascade;`);

    this.addSql(`drop table if exists "posthumous_case" cascade;`);

    this.addSql(`drop type "case_item_kind";`);
    this.addSql(`drop type "department";`);
    this.addSql(`drop type "case_item_status";`);
    this.addSql(`drop type "case_status";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261129175221_InfoConfirmationAndNotifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "notification_kind" as enum ('INFO_CONFIRMATION_REQUEST', 'INFO_DISPUTE_RECEIVED', 'INFO_DISPUTE_RESOLVED', 'PAYMENT_ARRIVED', 'GENERAL');`);
    this.addSql(`create type "sms_status" as enum ('NONE', 'PENDING', 'SENT', 'SKIPPED');`);
    this.addSql(`create type "confirmation_status" as enum ('PENDING', 'CONFIRMED', 'DISPUTED', 'RESOLVED');`);
    this.addSql(`create type "confirmable_field" as enum ('NAME', 'GENDER', 'BIRTH_DATE', 'ID_NUMBER', 'PHONE', 'HUKOU_ADDRESS', 'RESIDENCE_ADDRESS', 'EMPLOYER', 'RETIREMENT_DATE', 'BANK_NAME', 'BANK_ACCOUNT', 'CITIZEN_CARD_NO', 'MONTHLY_PENSION', 'COMMUNITY');`);
    this.addSql(`create type "dispute_status" as enum ('OPEN', 'CORRECTED', 'EXPLAINED');`);
    this.addSql(`create table "notification" ("id" bigserial primary key, "retiree_id" int not null, "org_path" varchar(200) not null, "kind" "notification_kind" not null, "title" varchar(100) not null, "body" text not null, "event_key" varchar(120) not null, "link" varchar(200) null, "created_at" timestamptz not null default now(), "read_at" timestamptz null, "sms_status" "sms_status" not null default 'NONE', "sms_sent_at" timestamptz null);`);
    this.addSql(`create index notification_sms_pending_idx on notification (id) where sms_status = 'PENDING';`);
    this.addSql(`create index "notification_retiree_id_idx" on "notification" ("retiree_id", "id");`);
    this.addSql(`alter table "notification" add constraint "notification_retiree_event_key" unique ("retiree_id", "event_key");`);

    this.addSql(`create table "info_confirmation" ("id" bigserial primary key, "retiree_id" int not null, "org_path" varchar(200) not null, "status" "confirmation_status" not null, "snapshot" jsonb not null, "sent_at" timestamptz not null default now(), "responded_at" timestamptz null, "resolved_at" timestamptz null);`);
    this.addSql(`create index info_confirmation_org_path_idx on info_confirmation (org_path text_pattern_ops, status);`);
    this.addSql(`create index "info_confirmation_retiree_idx" on "info_confirmation" ("retiree_id", "id");`);
    this.addSql(`create unique index info_confirmation_open_key on info_confirmation (retiree_id) where status in ('PENDING', 'DISPUTED');`);

    this.addSql(`create table "info_dispute" ("id" bigserial primary key, "confirmation_id" bigint not null, "retiree_id" int not null, "org_path" varchar(200) not null, "field" "confirmable_field" not null, "comment" varchar(500) null, "sent_value" varchar(300) null, "proposed_value" varchar(300) null, "status" "dispute_status" not null, "resolution_note" varchar(500) null, "resolved_by_name" varchar(100) null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index info_dispute_org_path_idx on info_dispute (org_path text_pattern_ops, status, id);`);
    this.addSql(`create index "info_dispute_confirmation_id_index" on "info_dispute" ("confirmation_id");`);

    this.addSql(`alter table "notification" add constraint "notification_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "info_confirmation" add constraint "info_confirmation_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "info_dispute" add constraint "info_dispute_confirmation_id_foreign" foreign key ("confirmation_id") references "info_confirmation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "info_dispute" add constraint "info_dispute_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    // Retiree-owned rows: the same row-level security as the profile itself (see RowLevelSecurity).
    for (const table of ['notification', 'info_confirmation', 'info_dispute']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`create policy ${table}_area on ${table} to retiree_app using (app_area_visible(org_path) and app_self_visible(retiree_id)) with check (app_area_visible(org_path));`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "info_dispute" drop constraint "info_dispute_confirmation_id_foreign";`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "info_confirmation" cascade;`);

    this.addSql(`drop table if exists "info_dispute" cascade;`);

    this.addSql(`drop type "notification_kind";`);
    this.addSql(`drop type "sms_status";`);
    this.addSql(`drop type "confirmation_status";`);
    this.addSql(`drop type "confirmable_field";`);
    this.addSql(`drop type "dispute_status";`);
  }

}

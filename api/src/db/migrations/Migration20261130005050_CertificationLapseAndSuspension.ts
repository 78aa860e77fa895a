import { Migration } from '@mikro-orm/migrations';

/** Every table whose rows carry a retiree's area (as of this migration): moving the retiree moves them all. */
const RETIREE_ROW_TABLES = ['family_member', 'pension_payment', 'retiree_change', 'notification', 'info_confirmation', 'info_dispute', 'life_event', 'life_event_candidate', 'risk_alert', 'certification', 'certification_record', 'payment_suspension'];

export class Migration20261130005050_CertificationLapseAndSuspension extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "suspension_reason" as enum ('CERTIFICATION_LAPSED');`);
    this.addSql(`create type "suspension_status" as enum ('PROPOSED', 'SUSPENDED', 'WITHDRAWN', 'RESTORED');`);
    this.addSql(`create table "payment_suspension" ("id" bigserial primary key, "retiree_id" int not null, "org_path" varchar(200) not null, "reason" "suspension_reason" not null, "status" "suspension_status" not null, "lapsed_on" date not null, "noticed_on" date null, "summary" varchar(300) not null, "proposed_at" timestamptz not null default now(), "from_period" varchar(7) null, "decision_note" varchar(500) null, "decided_by_name" varchar(100) null, "decided_at" timestamptz null, "certified_on" date null, "certified_by" "certification_method" null, "resume_period" varchar(7) null, "back_pay_periods" text[] not null default '{}', "monthly_amount" int null, "back_pay_amount" int null, "closed_at" timestamptz null);`);
    this.addSql(`create index payment_suspension_area_idx on payment_suspension (org_path text_pattern_ops, id);`);
    this.addSql(`create unique index payment_suspension_live_key on payment_suspension (retiree_id) where status in ('PROPOSED', 'SUSPENDED');`);
    this.addSql(`alter table "payment_suspension" add constraint "payment_suspension_lapse_key" unique ("retiree_id", "lapsed_on");`);

    this.addSql(`create table "face_certification_request" ("transaction_id" varchar(64) not null, "retiree_id" int not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, constraint "face_certification_request_pkey" primary key ("transaction_id"));`);

    this.addSql(`alter table "payment_suspension" add constraint "payment_suspension_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "face_certification_request" add constraint "face_certification_request_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter type "notification_kind" add value if not exists 'PAYMENT_SUSPENDED' after 'CERTIFICATION_DUE';`);

    this.addSql(`alter type "notification_kind" add value if not exists 'PAYMENT_RESTORED' after 'PAYMENT_SUSPENDED';`);

    this.addSql(`alter type "change_source" add value if not exists 'SYSTEM' after 'SEED';`);

    this.addSql(`alter type "risk_alert_kind" add value if not exists 'UNCERTIFIED_ELDERLY' after 'SHARED_ACCOUNT';`);

    // Staff see their area's; a retiree sees their own.
    this.addSql(`alter table payment_suspension enable row level security;`);
    this.addSql(`create policy payment_suspension_area on payment_suspension to retiree_app using (app_area_visible(org_path)) with check (app_area_visible(org_path));`);
    this.addSql(`create policy payment_suspension_self on payment_suspension for select to retiree_self using (retiree_id = app_retiree_id());`);
    this.addSql(`create or replace function app_move_retiree_rows(p_retiree_id int, p_path text) returns void
      language plpgsql security definer set search_path = pg_catalog, public as $$
      begin
        ${RETIREE_ROW_TABLES.map((t) => `update ${t} set org_path = p_path where retiree_id = p_retiree_id and org_path <> p_path;`).join('\n        ')}
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_suspension" cascade;`);

    this.addSql(`drop table if exists "face_certification_request" cascade;`);

    this.addSql(`drop type "suspension_reason";`);
    this.addSql(`drop type "suspension_status";`);
  }

}

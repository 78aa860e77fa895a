import { Migration } from '@mikro-orm/migrations';

/** Every table whose rows carry a retiree's area (as of this migration): moving the retiree moves them all. */
const RETIREE_ROW_TABLES = ['family_member', 'pension_payment', 'retiree_change', 'notification', 'info_confirmation', 'info_dispute', 'life_event', 'life_event_candidate', 'risk_alert'];

export class Migration20261129225443_RiskAlerts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "risk_alert_kind" as enum ('DECEASED_PAID', 'IMPRISONED_PAID', 'AMOUNT_JUMP', 'SHARED_ACCOUNT');`);
    this.addSql(`create type "risk_alert_status" as enum ('OPEN', 'CONFIRMED', 'DISMISSED', 'RECOVERED', 'RESOLVED');`);
    this.addSql(`create table "risk_alert" ("id" bigserial primary key, "kind" "risk_alert_kind" not null, "status" "risk_alert_status" not null, "retiree_id" int not null, "org_path" varchar(200) not null, "evidence_key" varchar(300) not null, "summary" varchar(300) not null, "evidence" jsonb not null, "event_date" date null, "overpaid_periods" text[] not null, "overpaid_amount" int not null, "recovery_amount" int null, "recovered_amount" int not null default 0, "stop_from_period" varchar(7) null, "raised_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), "verification_note" text null, "verified_by_name" varchar(100) null, "verified_at" timestamptz null, "decision_note" varchar(500) null, "decided_by_name" varchar(100) null, "decided_at" timestamptz null, "closed_at" timestamptz null);`);
    this.addSql(`create index "risk_alert_retiree_id_id_index" on "risk_alert" ("retiree_id", "id");`);
    this.addSql(`create index risk_alert_area_idx on risk_alert (org_path text_pattern_ops, id);`);
    this.addSql(`create unique index risk_alert_live_key on risk_alert (kind, retiree_id) where status <> 'DISMISSED';`);

    this.addSql(`alter table "risk_alert" add constraint "risk_alert_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    // Area-scoped like every retiree-owned table; retirees never see alerts about themselves.
    this.addSql(`alter table risk_alert enable row level security;`);
    this.addSql(`create policy risk_alert_area on risk_alert to retiree_app using (app_area_visible(org_path)) with check (app_area_visible(org_path));`);
    this.addSql(`create or replace function app_move_retiree_rows(p_retiree_id int, p_path text) returns void
      language plpgsql security definer set search_path = pg_catalog, public as $$
      begin
        ${RETIREE_ROW_TABLES.map((t) => `update ${t} set org_path = p_path where retiree_id = p_retiree_id and org_path <> p_path;`).join('\n        ')}
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "risk_alert" cascade;`);

    this.addSql(`drop type "risk_alert_kind";`);
    this.addSql(`drop type "risk_alert_status";`);
  }

}

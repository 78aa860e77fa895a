import { Migration } from '@mikro-orm/migrations';

export class Migration20261129233257_RiskRecoveries extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "risk_recovery" ("id" bigserial primary key, "alert_id" bigint not null, "org_path" varchar(200) not null, "amount" int not null, "note" varchar(300) null, "recorded_by_name" varchar(100) not null, "recorded_at" timestamptz not null default now());`);
    this.addSql(`create index "risk_recovery_alert_id_id_index" on "risk_recovery" ("alert_id", "id");`);
    this.addSql(`alter table risk_recovery enable row level security;`);
    this.addSql(`create policy risk_recovery_area on risk_recovery to retiree_app using (app_area_visible(org_path)) with check (app_area_visible(org_path));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "risk_recovery" cascade;`);
  }

}

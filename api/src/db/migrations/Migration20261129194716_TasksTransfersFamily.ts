import { Migration } from '@mikro-orm/migrations';

const AREA_TABLES = ['task', 'task_retiree', 'task_event', 'attachment'];
const SYSTEM_FUNCTIONS = [
  'app_open_system_task(task_type, text, text, task_priority, int, date, timestamptz, text, text, int[])',
  'app_close_system_tasks(text, text, task_status, task_outcome, text, text)',
  'app_move_transferred_retiree(bigint, text, int)',
];

export class Migration20261129194716_TasksTransfersFamily extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "transfer_status" as enum ('PENDING_ORIGIN', 'PENDING_TARGET', 'COMPLETED', 'REJECTED_BY_ORIGIN', 'REJECTED_BY_TARGET', 'CANCELLED');`);
    this.addSql(`create type "task_type" as enum ('GENERAL', 'VISIT', 'DATA_CHECK', 'NEW_RETIREE', 'INFO_DISPUTE', 'COMMUNITY_TRANSFER', 'CERTIFICATION_VISIT', 'RISK_VERIFICATION');`);
    this.addSql(`create type "task_priority" as enum ('LOW', 'NORMAL', 'HIGH', 'URGENT');`);
    this.addSql(`create type "task_status" as enum ('ASSIGNED', 'SIGNED', 'DONE', 'EVALUATED', 'RETURNED', 'CANCELLED');`);
    this.addSql(`create type "task_outcome" as enum ('COMPLETED', 'PARTIAL', 'UNABLE');`);
    this.addSql(`create type "task_event_kind" as enum ('ASSIGNED', 'SIGNED', 'COMPLETED', 'RETURNED', 'EVALUATED', 'CANCELLED');`);
    this.addSql(`create table "community_transfer" ("id" bigserial primary key, "retiree_id" int not null, "from_community_id" int not null, "from_path" varchar(200) not null, "to_community_id" int not null, "to_path" varchar(200) not null, "status" "transfer_status" not null, "new_address" varchar(300) not null, "reason" varchar(500) not null, "requested_by_name" varchar(100) not null, "requested_by_retiree" boolean not null, "created_at" timestamptz not null default now(), "origin_reviewed_at" timestamptz null, "origin_reviewer_name" varchar(100) null, "origin_note" varchar(500) null, "forwarded_at" timestamptz null, "target_reviewed_at" timestamptz null, "target_reviewer_name" varchar(100) null, "target_note" varchar(500) null, "completed_at" timestamptz null, "cancelled_at" timestamptz null);`);
    this.addSql(`create index "community_transfer_retiree_id_id_index" on "community_transfer" ("retiree_id", "id");`);
    this.addSql(`create index community_transfer_to_idx on community_transfer (to_path text_pattern_ops, id) where forwarded_at is not null;`);
    this.addSql(`create index community_transfer_from_idx on community_transfer (from_path text_pattern_ops, id);`);
    this.addSql(`create unique index community_transfer_open_key on community_transfer (retiree_id) where status in ('PENDING_ORIGIN', 'PENDING_TARGET');`);

    this.addSql(`create table "task" ("id" bigserial primary key, "type" "task_type" not null, "title" varchar(100) not null, "instructions" text not null default '', "priority" "task_priority" not null default 'NORMAL', "status" "task_status" not null, "assignee_unit_id" int not null, "assignee_staff_id" int null, "org_path" varchar(200) not null, "creator_unit_id" int not null, "creator_path" varchar(200) not null, "creator_staff_id" int null, "creator_name" varchar(100) not null, "source_kind" varchar(40) null, "source_id" varchar(40) null, "batch_id" uuid null, "retiree_count" int not null default 0, "due_date" date not null, "created_at" timestamptz not null default now(), "sign_deadline" timestamptz not null, "signed_at" timestamptz null, "signed_by_name" varchar(100) null, "signed_by_id" int null, "signed_on_time" boolean null, "completed_at" timestamptz null, "completed_by_name" varchar(100) null, "completed_by_id" int null, "completed_on_time" boolean null, "outcome" "task_outcome" null, "feedback" text null, "score" smallint null, "evaluation_comment" varchar(500) null, "evaluated_at" timestamptz null, "evaluated_by_name" varchar(100) null, "return_reason" varchar(500) null, "return_count" smallint not null default 0);`);
    this.addSql(`create unique index task_source_key on task (source_kind, source_id, assignee_unit_id) where source_kind is not null;`);
    this.addSql(`create index task_batch_idx on task (batch_id) where batch_id is not null;`);
    this.addSql(`create index task_creator_idx on task (creator_unit_id, id);`);
    this.addSql(`create index task_inbox_idx on task (assignee_unit_id, status, id);`);
    this.addSql(`create index task_org_path_idx on task (org_path text_pattern_ops, created_at);`);

    this.addSql(`create table "attachment" ("id" bigserial primary key, "task_id" bigint null, "org_path" varchar(200) not null, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "size" int not null, "data" bytea not null, "uploaded_by_id" int not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "attachment_task_id_index" on "attachment" ("task_id");`);

    this.addSql(`create table "task_event" ("id" bigserial primary key, "task_id" bigint not null, "org_path" varchar(200) not null, "kind" "task_event_kind" not null, "actor_name" varchar(100) not null, "note" text null, "at" timestamptz not null default now());`);
    this.addSql(`create index "task_event_task_id_id_index" on "task_event" ("task_id", "id");`);

    this.addSql(`create table "task_retiree" ("task_id" bigint not null, "retiree_id" int not null, "org_path" varchar(200) not null, constraint "task_retiree_pkey" primary key ("task_id", "retiree_id"));`);
    this.addSql(`create index task_retiree_retiree_idx on task_retiree (retiree_id, task_id);`);

    this.addSql(`alter table "community_transfer" add constraint "community_transfer_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_transfer" add constraint "community_transfer_from_community_id_foreign" foreign key ("from_community_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "community_transfer" add constraint "community_transfer_to_community_id_foreign" foreign key ("to_community_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "task" add constraint "task_assignee_unit_id_foreign" foreign key ("assignee_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "task" add constraint "task_assignee_staff_id_foreign" foreign key ("assignee_staff_id") references "staff_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "task" add constraint "task_creator_unit_id_foreign" foreign key ("creator_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "task" add constraint "task_creator_staff_id_foreign" foreign key ("creator_staff_id") references "staff_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "task" add constraint "task_signed_by_id_foreign" foreign key ("signed_by_id") references "staff_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "task" add constraint "task_completed_by_id_foreign" foreign key ("completed_by_id") references "staff_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "attachment" add constraint "attachment_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "task_event" add constraint "task_event_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "task_retiree" add constraint "task_retiree_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task_retiree" add constraint "task_retiree_retiree_id_foreign" foreign key ("retiree_id") references "retiree" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "family_member" add column "updated_at" timestamptz null;`);
    this.addSql(`create index family_member_name_idx on family_member (name text_pattern_ops) include (org_path);`);
    this.addSql(`alter type "notification_kind" add value if not exists 'COMMUNITY_TRANSFER';`);
    this.handWritten();
  }

  /** Row-level security and the narrow doors other roles need (kept out of the generated part). */
  private handWritten(): void {
    for (const table of AREA_TABLES) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`create policy ${table}_area on ${table} to retiree_app using (app_area_visible(org_path)) with check (app_area_visible(org_path));`);
    }
    // The target community sees a transfer only once the origin has approved it.
    this.addSql(`alter table community_transfer enable row level security;`);
    this.addSql(`create policy community_transfer_area on community_transfer to retiree_app
      using (app_area_visible(from_path) or (forwarded_at is not null and app_area_visible(to_path)))
      with check (app_area_visible(from_path) or (forwarded_at is not null and app_area_visible(to_path)));`);
    this.addSql(`create policy community_transfer_self on community_transfer to retiree_self using (retiree_id = app_retiree_id()) with check (retiree_id = app_retiree_id());`);

    // Modules open and close their own tasks whoever the caller is (a retiree's request opens a task
    // for their community, which the retiree may not read): one SECURITY DEFINER door each way.
    this.addSql(`create function app_open_system_task(p_type task_type, p_title text, p_instructions text, p_priority task_priority,
        p_unit_id int, p_due date, p_sign_deadline timestamptz, p_source_kind text, p_source_id text, p_retiree_ids int[])
      returns bigint language plpgsql security definer set search_path = pg_catalog, public as $$
      declare
        v_unit org_unit;
        v_creator org_unit;
        v_task_id bigint;
      begin
        select * into v_unit from org_unit where id = p_unit_id;
        if v_unit.id is null then raise exception 'unknown org unit %', p_unit_id; end if;
        select * into v_creator from org_unit where id = coalesce(v_unit.parent_id, v_unit.id);
        insert into task (type, title, instructions, priority, status, assignee_unit_id, org_path, creator_unit_id, creator_path,
                          creator_name, source_kind, source_id, retiree_count, due_date, sign_deadline)
        values (p_type, p_title, p_instructions, p_priority, 'ASSIGNED', v_unit.id, v_unit.path, v_creator.id, v_creator.path,
                '系统', p_source_kind, p_source_id, coalesce(cardinality(p_retiree_ids), 0), p_due, p_sign_deadline)
        on conflict (source_kind, source_id, assignee_unit_id) where source_kind is not null do nothing
        returning id into v_task_id;
        if v_task_id is null then
          select id into v_task_id from task where source_kind = p_source_kind and source_id = p_source_id and assignee_unit_id = v_unit.id;
          return v_task_id;
        end if;
        insert into task_retiree (task_id, retiree_id, org_path) select v_task_id, unnest(p_retiree_ids), v_unit.path;
        insert into task_event (task_id, org_path, kind, actor_name, note) values (v_task_id, v_unit.path, 'ASSIGNED', '系统', null);
        return v_task_id;
      end $$;`);
    this.addSql(`create function app_close_system_tasks(p_source_kind text, p_source_id text, p_status task_status, p_outcome task_outcome,
        p_note text, p_actor_name text)
      returns int language plpgsql security definer set search_path = pg_catalog, public as $$
      declare v_closed int;
      begin
        with closed as (
          update task set status = p_status,
                 signed_at = case when p_status = 'DONE' then coalesce(signed_at, now()) else signed_at end,
                 signed_by_name = case when p_status = 'DONE' then coalesce(signed_by_name, p_actor_name) else signed_by_name end,
                 signed_on_time = case when p_status = 'DONE' then coalesce(signed_on_time, now() <= sign_deadline) else signed_on_time end,
                 outcome = case when p_status = 'DONE' then p_outcome end,
                 feedback = case when p_status = 'DONE' then p_note end,
                 completed_at = case when p_status = 'DONE' then now() end,
                 completed_by_name = case when p_status = 'DONE' then p_actor_name end,
                 completed_on_time = case when p_status = 'DONE' then (now() at time zone 'Asia/Shanghai')::date <= due_date end
           where source_kind = p_source_kind and source_id = p_source_id and status in ('ASSIGNED', 'SIGNED', 'RETURNED')
          returning id, org_path
        ), events as (
          insert into task_event (task_id, org_path, kind, actor_name, note)
          select id, org_path, case when p_status = 'DONE' then 'COMPLETED'::task_event_kind else 'CANCELLED'::task_event_kind end, p_actor_name, p_note
            from closed
          returning 1
        )
        select count(*) into v_closed from events;
        return v_closed;
      end $$;`);

    // Completing a transfer moves the retiree, and every row that follows them, out of the
    // accepting staff's reach-at-the-time (the origin's area): a narrow door that re-checks the
    // transfer is waiting for a community inside the caller's area.
    this.addSql(`create function app_move_transferred_retiree(p_transfer_id bigint, p_actor_name text, p_actor_staff_id int)
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
        update family_member set org_path = v_target.path where retiree_id = v_transfer.retiree_id;
        update pension_payment set org_path = v_target.path where retiree_id = v_transfer.retiree_id;
        update retiree_change set org_path = v_target.path where retiree_id = v_transfer.retiree_id;
        update notification set org_path = v_target.path where retiree_id = v_transfer.retiree_id;
        update info_confirmation set org_path = v_target.path where retiree_id = v_transfer.retiree_id;
        update info_dispute set org_path = v_target.path where retiree_id = v_transfer.retiree_id;
        insert into retiree_change (retiree_id, org_path, field, old_value, new_value, source, actor_name, actor_staff_id, note, changed_at)
        select v_before.id, v_target.path, 'community', (select name from org_unit where id = v_before.community_id), v_target.name,
               'STAFF'::change_source, p_actor_name, p_actor_staff_id, v_note, now()
        union all
        select v_before.id, v_target.path, 'residenceAddress', v_before.residence_address, v_transfer.new_address,
               'STAFF'::change_source, p_actor_name, p_actor_staff_id, v_note, now()
         where v_before.residence_address is distinct from v_transfer.new_address;
      end $$;`);
    for (const fn of SYSTEM_FUNCTIONS) {
      this.addSql(`revoke all on function ${fn} from public;`);
      this.addSql(`grant execute on function ${fn} to retiree_app, retiree_self;`);
    }
  }

  override async down(): Promise<void> {
    for (const fn of SYSTEM_FUNCTIONS) this.addSql(`drop function if exists ${fn};`);
    this.addSql(`alter table "attachment" drop constraint "attachment_task_id_foreign";`);

    this.addSql(`alter table "task_event" drop constraint "task_event_task_id_foreign";`);

    this.addSql(`alter table "task_retiree" drop constraint "task_retiree_task_id_foreign";`);

    this.addSql(`drop table if exists "community_transfer" cascade;`);

    this.addSql(`drop table if exists "task" cascade;`);

    this.addSql(`drop table if exists "attachment" cascade;`);

    this.addSql(`drop table if exists "task_event" cascade;`);

    this.addSql(`drop table if exists "task_retiree" cascade;`);

    this.addSql(`drop index "family_member_name_idx";`);
    this.addSql(`alter table "family_member" drop column "updated_at";`);

    this.addSql(`drop type "transfer_status";`);
    this.addSql(`drop type "task_type";`);
    this.addSql(`drop type "task_priority";`);
    this.addSql(`drop type "task_status";`);
    this.addSql(`drop type "task_outcome";`);
    this.addSql(`drop type "task_event_kind";`);
  }

}

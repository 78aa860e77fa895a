import { Migration } from '@mikro-orm/migrations';

/** The month (Asia/Shanghai) a task was assigned in, and the person it counts for. */
const MONTH = `date_trunc('month', created_at at time zone 'Asia/Shanghai')::date`;
const PERSON = 'coalesce(completed_by_id, signed_by_id, assignee_staff_id, 0)';
const CONTRIBUTION = (sign: '' | '-', rows: string) => `
  select ${MONTH}, assignee_unit_id, ${PERSON},
         ${sign}count(*), ${sign}count(*) filter (where signed_on_time), ${sign}count(*) filter (where status in ('DONE', 'EVALUATED')),
         ${sign}count(*) filter (where completed_on_time), ${sign}count(*) filter (where completed_on_time = false),
         ${sign}count(score), ${sign}coalesce(sum(score), 0)
    from ${rows} where status <> 'CANCELLED' group by 1, 2, 3`;
const UPSERT = `on conflict (month, assignee_unit_id, person_id) do update set
  received = s.received + excluded.received, signed_on_time = s.signed_on_time + excluded.signed_on_time,
  completed = s.completed + excluded.completed, completed_on_time = s.completed_on_time + excluded.completed_on_time,
  completed_late = s.completed_late + excluded.completed_late, evaluated = s.evaluated + excluded.evaluated, score_sum = s.score_sum + excluded.score_sum`;
const COLUMNS = '(month, assignee_unit_id, person_id, received, signed_on_time, completed, completed_on_time, completed_late, evaluated, score_sum)';

/**
 * Performance reports sum a monthly rollup of tasks instead of scanning a year of them (a cockpit
 * chart reads rollups, DESIGN.md §8). Statement-level triggers keep it exact through every insert,
 * transition and COPY; only the month at each end of a period and the open tasks are read live.
 */
export class Migration20261129203015_TaskMonthStats extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "task_inbox_idx";`);

    this.addSql(`create index task_created_idx on task (created_at);`);
    this.addSql(`create index task_to_evaluate_idx on task (creator_unit_id, id) where status = 'DONE';`);
    this.addSql(`create index task_open_idx on task (assignee_unit_id, id) include (assignee_staff_id, due_date) where status in ('ASSIGNED', 'SIGNED', 'RETURNED');`);

    this.addSql(`create table task_month_stats (
      month date not null,
      assignee_unit_id int not null references org_unit (id) on delete cascade,
      person_id int not null,
      received int not null, signed_on_time int not null, completed int not null, completed_on_time int not null,
      completed_late int not null, evaluated int not null, score_sum int not null,
      primary key (month, assignee_unit_id, person_id)
    );`);
    this.addSql(`insert into task_month_stats ${COLUMNS} ${CONTRIBUTION('', 'task')};`);
    this.addSql(`revoke insert, update, delete, truncate on task_month_stats from retiree_app, retiree_self;`);
    this.addSql(`create function task_month_stats_apply() returns trigger language plpgsql security definer set search_path = public as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          insert into task_month_stats as s ${COLUMNS} ${CONTRIBUTION('-', 'old_rows')} ${UPSERT};
        end if;
        if tg_op in ('UPDATE', 'INSERT') then
          insert into task_month_stats as s ${COLUMNS} ${CONTRIBUTION('', 'new_rows')} ${UPSERT};
        end if;
        return null;
      end
    $$;`);
    this.addSql(`create function task_month_stats_reset() returns trigger language plpgsql security definer set search_path = public as $$
      begin delete from task_month_stats; return null; end
    $$;`);
    this.addSql(`create trigger task_month_stats_insert after insert on task referencing new table as new_rows for each statement execute function task_month_stats_apply();`);
    this.addSql(`create trigger task_month_stats_update after update on task referencing old table as old_rows new table as new_rows for each statement execute function task_month_stats_apply();`);
    this.addSql(`create trigger task_month_stats_delete after delete on task referencing old table as old_rows for each statement execute function task_month_stats_apply();`);
    this.addSql(`create trigger task_month_stats_truncate after truncate on task for each statement execute function task_month_stats_reset();`);
  }

  override async down(): Promise<void> {
    for (const trigger of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists task_month_stats_${trigger} on task;`);
    this.addSql(`drop function if exists task_month_stats_apply();`);
    this.addSql(`drop function if exists task_month_stats_reset();`);
    this.addSql(`drop table if exists task_month_stats;`);
    this.addSql(`drop index "task_created_idx";`);
    this.addSql(`drop index "task_to_evaluate_idx";`);
    this.addSql(`drop index "task_open_idx";`);

    this.addSql(`create index "task_inbox_idx" on "task" ("assignee_unit_id", "status", "id");`);
  }

}

/**
 * What follows a new retiree's arrival, set-wise so a month's registrations (or a first load of a
 * whole city) cost a few statements: the community's "新退休人员纳入管理" task and the retiree's
 * welcome message; for people the address did not place, a placement task for the township or bureau.
 * Runs in the caller's transaction (the import's, or a placing staff member's).
 */
import type { WorkingCalendar } from '../../common/working-days.js';
import { DELIVER_SMS_JOB } from '../notification/notification.service.js';
import { openSystemTasksFor, registerTaskSource, systemTaskDeadlines, type Sql } from '../task/system-tasks.js';

export type { Sql };

export const CHECK_IN_SOURCE = 'NEW_RETIREE';
export const PLACEMENT_SOURCE = 'RETIREE_PLACEMENT';
const CHECK_IN_DUE_WORKING_DAYS = 10;
const PLACEMENT_DUE_WORKING_DAYS = 3;


registerTaskSource(CHECK_IN_SOURCE, {
  label: (id) => `新退休人员 #${id}`,
  link: (id) => `/retirees/${id}`,
  closedBySource: false,
  // Completing the task is the check-in: the profile records when the person came under management.
  onCompleted: async (ctx, task) => {
    await ctx.em.execute(`update retiree set checked_in_at = coalesce(checked_in_at, now()) where id = ?`, [Number(task.sourceId)]);
  },
});

registerTaskSource(PLACEMENT_SOURCE, {
  label: (id) => `待分配社区的新退休人员 #${id}`,
  link: (id) => `/retirees/${id}`,
  closedBySource: true,
});

/** The community's check-in task for each placed retiree. */
export async function openCheckInTasks(sql: Sql, calendar: WorkingCalendar, retireeIds: number[]): Promise<number> {
  if (!retireeIds.length) return 0;
  const { due, signBy } = systemTaskDeadlines(calendar, CHECK_IN_DUE_WORKING_DAYS);
  return openSystemTasksFor(
    sql,
    `select 'NEW_RETIREE', left('新退休人员纳入管理：' || r.name, 100),
            '省社保系统同步的新退休人员，已按地址纳入本社区管理，本人无需到社区报到。请核对档案，电话联系本人（可上门走访），'
            || '介绍社区服务并登记家庭成员，完成后办结。退休日期：' || r.retirement_date || '；原工作单位：' || coalesce(r.employer, '—')
            || '；常住地址：' || coalesce(r.residence_address, r.hukou_address, '—') || '。',
            'NORMAL', 'ASSIGNED', c.id, c.path, t.id, t.path, '系统', $2, r.id::text, 1, $3::date, $4::timestamptz
       from retiree r join org_unit c on c.id = r.community_id join org_unit t on t.id = c.parent_id
      where r.id = any($1::int[])`,
    [`{${retireeIds.join(',')}}`, CHECK_IN_SOURCE, due, signBy],
  );
}

/** A task for whoever must place each unplaced retiree: their township, or the bureau when the township is unknown. */
export async function openPlacementTasks(sql: Sql, calendar: WorkingCalendar, retireeIds: number[]): Promise<number> {
  if (!retireeIds.length) return 0;
  const { due, signBy } = systemTaskDeadlines(calendar, PLACEMENT_DUE_WORKING_DAYS);
  return openSystemTasksFor(
    sql,
    `select 'NEW_RETIREE', left('新退休人员待分配社区：' || r.name, 100),
            '该新退休人员的地址未能自动对应到一个社区（' || coalesce(r.placement_note, '原因不明') || '）。请核实后在其档案页「分配社区」，'
            || '分配后社区会收到纳入管理任务。户籍地址：' || coalesce(r.hukou_address, '—') || '；常住地址：' || coalesce(r.residence_address, '—') || '。',
            'HIGH', 'ASSIGNED', u.id, u.path, city.id, city.path, '系统', $2, r.id::text, 1, $3::date, $4::timestamptz
       from retiree r
      cross join (select * from org_unit where parent_id is null order by id limit 1) city
       join org_unit u on u.id = coalesce(r.township_id, city.id)
      where r.id = any($1::int[]) and r.community_id is null`,
    [`{${retireeIds.join(',')}}`, PLACEMENT_SOURCE, due, signBy],
  );
}

/**
 * The welcome message (in the app and by SMS, through the outbox): where they are managed and whom
 * to call. Once per retiree and community.
 */
export async function sendWelcomes(sql: Sql, retireeIds: number[]): Promise<number> {
  if (!retireeIds.length) return 0;
  const rows = await sql<{ n: string }>(
    `with sent as (
       insert into notification (retiree_id, org_path, kind, title, body, event_key, link, sms_status)
       select r.id, r.org_path, 'WELCOME', '欢迎纳入社区管理',
              r.name || '您好：您的退休信息已由省社保系统同步，您已纳入' || t.name || c.name || '管理，不用到社区报到。'
              || '社区联系人：' || coalesce(nullif(c.contact_name, ''), '社区工作人员') || '，电话 ' || coalesce(c.contact_phone, '—')
              || coalesce('，地址：' || c.address, '') || '。',
              'welcome:' || c.id, '/', 'PENDING'
         from retiree r join org_unit c on c.id = r.community_id join org_unit t on t.id = c.parent_id
        where r.id = any($1::int[])
       on conflict (retiree_id, event_key) do nothing
       returning 1
     )
     select count(*) as n from sent`,
    [`{${retireeIds.join(',')}}`],
  );
  const n = Number(rows[0]?.n ?? 0);
  if (n) await sql(`select app_enqueue_job($1, '{}'::json, null, 10, $1)`, [DELIVER_SMS_JOB]);
  return n;
}

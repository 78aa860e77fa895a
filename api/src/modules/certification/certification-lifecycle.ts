/**
 * What happens as a certification nears its end, nightly and set-wise: three months before, the
 * retiree is told how to certify (in the app and by SMS); one month before (or once lapsed), the
 * community gets a home-visit task, whose completion certifies the person (method VISIT).
 * Once lapsed (and told at least a month before), the person is proposed for suspension: a
 * proposal for a person to decide, never a suspension by itself.
 */
import type pg from 'pg';
import { addMonths, todayInShanghai, type WorkingCalendar } from '../../common/working-days.js';
import { badInput } from '../../common/errors.js';
import { DELIVER_SMS_JOB } from '../notification/notification.service.js';
import { openSystemTasksFor, registerTaskSource, systemTaskDeadlines, type Sql } from '../task/system-tasks.js';
import { TaskOutcome } from '../task/task.entities.js';
import { proposeSuspensions, SETTLE_SUSPENSIONS_JOB } from '../suspension/suspension-lifecycle.js';

export const VISIT_SOURCE = 'CERTIFICATION_VISIT';
const NOTICE_DAYS = 92;
const VISIT_DAYS = 31;
const VISIT_DUE_WORKING_DAYS = 10;

// The community's home visit is the certification: completing the task with the person seen renews it.
registerTaskSource(VISIT_SOURCE, {
  label: (id) => `生存认证上门 #${id}`,
  link: (id) => `/retirees/${id.split(':')[0]}`,
  closedBySource: false,
  onCompleted: async (ctx, task) => {
    if (task.outcome !== TaskOutcome.COMPLETED) return; // not met: the certification stays as it was
    // The photo is the proof a person was seen: no photo, no certification.
    const [photos] = await ctx.em.execute<{ n: string }[]>(`select count(*) as n from attachment where task_id = ? and content_type like 'image/%'`, [task.id]);
    if (!Number(photos?.n)) throw badInput('attachmentIds', '上门认证须拍照留证：请上传见到本人时拍的照片后再办结');
    const retireeId = Number(task.sourceId!.split(':')[0]);
    const today = todayInShanghai();
    const evidence = JSON.stringify([{ date: today, text: `${today} 工作人员上门认证（${task.completedByName ?? ''}）${task.feedback ? `：${task.feedback}` : ''}`.slice(0, 300) }]);
    await ctx.em.execute(
      `insert into certification as c (retiree_id, org_path, valid_until, method, certified_on, evidence, updated_at)
       select r.id, r.org_path, ?::date, 'VISIT', ?::date, ?::jsonb, now() from retiree r where r.id = ?
       on conflict (retiree_id) do update set valid_until = excluded.valid_until, method = 'VISIT', certified_on = excluded.certified_on,
              score = null, evidence = excluded.evidence, updated_at = now()
        where c.valid_until is null or c.valid_until < excluded.valid_until`,
      [addMonths(today, 12), today, evidence, retireeId],
    );
    await ctx.em.execute(
      `insert into certification_record (retiree_id, org_path, method, passed, certified_on, valid_until, evidence)
       select r.id, r.org_path, 'VISIT', true, ?::date, ?::date, ?::jsonb from retiree r where r.id = ?`,
      [today, addMonths(today, 12), evidence, retireeId],
    );
    // Restoring a suspended payment reads across areas: a job does it on the owner's connection, at once.
    await ctx.platform.jobs.enqueue(ctx.em, SETTLE_SUSPENSIONS_JOB, { retireeIds: [retireeId] });
  },
});

export interface LifecycleResult {
  notified: number;
  visitTasks: number;
  proposedSuspensions: number;
}

/** Notices and visit tasks for the certifications ending soon, as of `today`; each once per certification. */
export async function runCertificationLifecycle(client: pg.ClientBase, calendar: WorkingCalendar, today = todayInShanghai()): Promise<LifecycleResult> {
  const sql: Sql = async (text, params) => (await client.query(text, params)).rows;
  const notified = await client.query(
    `insert into notification (retiree_id, org_path, kind, title, body, event_key, link, sms_status)
     select r.id, r.org_path, 'CERTIFICATION_DUE', case when c.valid_until < $1::date then '生存认证已到期' else '生存认证即将到期' end,
            r.name || '您好：您的养老金领取资格认证' || case when c.valid_until < $1::date then '已于 ' else '将于 ' end || c.valid_until
            || ' 到期。请在本应用"我要认证"中刷脸认证，或联系社区上门认证，认证后继续正常发放。不会使用手机的，社区工作人员会上门帮您办。'
            || case when c.valid_until < $1::date then '一个月后仍未认证的，将暂停发放，认证后恢复并补发。' else '' end,
            -- Lapsed without ever being told (e.g. before the platform): told now, proposed for suspension a month later.
            'cert-due:' || c.valid_until, '/certification', 'PENDING'
       from certification c join retiree r on r.id = c.retiree_id
      where r.status = 'ACTIVE' and c.blocked_reason is null and c.valid_until < $1::date + ${NOTICE_DAYS}
     on conflict (retiree_id, event_key) do nothing`,
    [today],
  );
  if (notified.rowCount) await client.query(`select app_enqueue_job($1, '{}'::json, null, 10, $1)`, [DELIVER_SMS_JOB]);

  // A month before the end, or already lapsed. (People with no certification at all get none: the
  // platform has no certification history of them yet, and a visit to every one would swamp communities.)
  const { due, signBy } = systemTaskDeadlines(calendar, VISIT_DUE_WORKING_DAYS);
  const visitTasks = await openSystemTasksFor(
    sql,
    `select 'CERTIFICATION_VISIT', left('生存认证上门：' || r.name, 100),
            '该退休人员的生存认证' || case when c.valid_until < $1::date then '已于 ' || c.valid_until || ' 到期' else '将于 ' || c.valid_until || ' 到期' end
            || '，且近期没有可用于无感认证的共享数据。'
            || '请上门（或视频）见到本人并核实身份，拍照留证后办结；办结即完成认证，有效期一年。联系电话见档案。',
            'HIGH', 'ASSIGNED', u.id, u.path, t.id, t.path, '系统', $2, r.id || ':' || c.valid_until, 1, $3::date, $4::timestamptz
       from retiree r join certification c on c.retiree_id = r.id
       join org_unit u on u.id = r.community_id join org_unit t on t.id = u.parent_id
      where r.status = 'ACTIVE' and c.blocked_reason is null and c.valid_until < $1::date + ${VISIT_DAYS}`,
    [today, VISIT_SOURCE, due, signBy],
    `split_part(created.source_id, ':', 1)::int`,
  );
  const proposedSuspensions = await proposeSuspensions(client, today);
  return { notified: notified.rowCount ?? 0, visitTasks, proposedSuspensions };
}


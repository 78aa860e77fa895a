import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflict } from '../src/common/errors.js';
import { openSystemTask, registerTaskSource } from '../src/modules/task/system-tasks.js';
import { TaskType } from '../src/modules/task/task.entities.js';
import { startTestApi, type TestApi } from './support/test-api.js';
import { DEMO_TOWNSHIP_CODE, OTHER_TOWNSHIP_CODE } from './support/test-city.js';

const DEMO_COMMUNITY_CODE = '330683001002';
const NEIGHBOUR_COMMUNITY_CODE = '330683001003';

const TASK_FIELDS = `id title status type retireeCount signedOnTime completedOnTime outcome feedback score returnReason allowedActions overdue
  assigneeUnit { code } creatorUnit { code } timeline { kind actorName note } attachments { id fileName contentType url }`;
const TASK = `query($id: ID!) { task(id: $id) { ${TASK_FIELDS} } }`;
const ASSIGN = `mutation($input: AssignTaskInput!) { assignTask(input: $input) { ${TASK_FIELDS} } }`;
const SIGN = `mutation($id: ID!) { signTask(id: $id) { status signedOnTime } }`;
const COMPLETE = `mutation($id: ID!, $f: TaskFeedbackInput!) { completeTask(id: $id, feedback: $f) { ${TASK_FIELDS} } }`;
const EVALUATE = `mutation($id: ID!, $s: Int!, $c: String) { evaluateTask(id: $id, score: $s, comment: $c) { status score } }`;
const RETURN = `mutation($id: ID!, $r: String!) { returnTask(id: $id, reason: $r) { status returnReason } }`;
const LIST = `query($f: TaskFilter) { tasks(filter: $f, limit: 100) { total items { id title status assigneeUnit { code } } } }`;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082', 'hex');

let api: TestApi;
let bureau: string;
let township: string;
let community: string;
let colleague: string;
let neighbour: string;
let otherTownship: string;
const unitId: Record<string, number> = {};

function due(days = 7): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
}

async function upload(token: string, body: Buffer, name = '走访照片.png') {
  const res = await fetch(api.url.replace(/\/graphql$/, '/files'), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-file-name': encodeURIComponent(name) }, body });
  return { status: res.status, body: (await res.json()) as any };
}

async function assignToDemoCommunity(token = township, title = '核实新北社区高龄人员信息') {
  const res = await api.gql(ASSIGN, { input: { type: 'DATA_CHECK', title, assigneeUnitId: String(unitId[DEMO_COMMUNITY_CODE]), dueDate: due() } }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.assignTask;
}

beforeAll(async () => {
  api = await startTestApi();
  [bureau, township, community, colleague, neighbour, otherTownship] = await Promise.all([
    api.login('demo-bureau'),
    api.login('demo-township'),
    api.login('demo-community'),
    api.login(`staff-${DEMO_COMMUNITY_CODE}`),
    api.login(`staff-${NEIGHBOUR_COMMUNITY_CODE}`),
    api.login(`staff-${OTHER_TOWNSHIP_CODE}`),
  ]);
  const { rows } = await api.db.query('select id, code from org_unit');
  for (const r of rows) unitId[r.code] = r.id;
});
afterAll(() => api?.stop());

describe('a task goes down the tiers and back up', () => {
  let id: string;

  it('the township assigns it; the community finds it in its inbox, to sign', async () => {
    const task = await assignToDemoCommunity();
    id = task.id;
    expect(task).toMatchObject({ status: 'ASSIGNED', assigneeUnit: { code: DEMO_COMMUNITY_CODE }, creatorUnit: { code: DEMO_TOWNSHIP_CODE }, timeline: [{ kind: 'ASSIGNED' }] });
    const inbox = await api.gql(LIST, { f: { box: 'TO_SIGN' } }, community);
    expect(inbox.data!.tasks.items.map((t: any) => t.id)).toContain(id);
    const detail = await api.gql(TASK, { id }, community);
    expect(detail.data!.task.allowedActions).toEqual(['SIGN']);
  });

  it('completing before signing, evaluating before completion and returning an open task are CONFLICTs', async () => {
    expect((await api.gql(COMPLETE, { id, f: { outcome: 'COMPLETED' } }, community)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await api.gql(EVALUATE, { id, s: 5 }, township)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await api.gql(RETURN, { id, r: '请重新核实' }, township)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await api.gql(TASK, { id }, community)).data!.task.status).toBe('ASSIGNED');
  });

  it('the assigning side cannot sign for the community, and another community cannot even see it', async () => {
    expect((await api.gql(SIGN, { id }, township)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(SIGN, { id }, neighbour)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(TASK, { id }, neighbour)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('signing on the day counts as on time; signing twice is a CONFLICT', async () => {
    const signed = await api.gql(SIGN, { id }, community);
    expect(signed.data!.signTask).toEqual({ status: 'SIGNED', signedOnTime: true });
    expect((await api.gql(SIGN, { id }, colleague)).errors?.[0]).toMatchObject({ message: '该任务已经签领过了', extensions: { code: 'CONFLICT' } });
  });

  it('feedback needs notes unless done, and only the uploader\'s own files can be attached', async () => {
    expect((await api.gql(COMPLETE, { id, f: { outcome: 'UNABLE' } }, community)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notes' });
    const foreign = await upload(colleague, PNG);
    expect(foreign.status).toBe(201);
    const res = await api.gql(COMPLETE, { id, f: { outcome: 'COMPLETED', attachmentIds: [foreign.body.id] } }, community);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
  });

  it('a file that is not a photo or PDF is refused whatever it claims to be', async () => {
    const res = await upload(community, Buffer.from('<script>alert(1)</script>'), 'photo.png');
    expect(res).toMatchObject({ status: 415, body: { error: { code: 'BAD_USER_INPUT' } } });
  });

  it('the community completes it with a photo; the photo is served to the task\'s area only', async () => {
    const photo = await upload(community, PNG);
    const res = await api.gql(COMPLETE, { id, f: { outcome: 'COMPLETED', notes: '已逐户核实', attachmentIds: [photo.body.id] } }, community);
    expect(res.errors).toBeUndefined();
    expect(res.data!.completeTask).toMatchObject({ status: 'DONE', outcome: 'COMPLETED', completedOnTime: true, feedback: '已逐户核实', attachments: [{ contentType: 'image/png', fileName: '走访照片.png' }] });
    const url = api.url.replace(/\/graphql$/, res.data!.completeTask.attachments[0].url);
    const asTownship = await fetch(url, { headers: { authorization: `Bearer ${township}` } });
    expect(asTownship.status).toBe(200);
    expect(Buffer.from(await asTownship.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await fetch(url, { headers: { authorization: `Bearer ${otherTownship}` } })).status).toBe(404);
    expect((await api.gql(COMPLETE, { id, f: { outcome: 'COMPLETED' } }, community)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('the township returns it with a reason; the community completes it again', async () => {
    expect((await api.gql(RETURN, { id, r: '' }, township)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await api.gql(RETURN, { id, r: '请补充走访照片' }, community)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const returned = await api.gql(RETURN, { id, r: '请补充走访照片' }, township);
    expect(returned.data!.returnTask).toEqual({ status: 'RETURNED', returnReason: '请补充走访照片' });
    const inProgress = await api.gql(LIST, { f: { box: 'IN_PROGRESS' } }, community);
    expect(inProgress.data!.tasks.items.map((t: any) => t.id)).toContain(id);
    const again = await api.gql(COMPLETE, { id, f: { outcome: 'COMPLETED', notes: '已补充照片' } }, community);
    expect(again.data!.completeTask.status).toBe('DONE');
  });

  it('the assigning side evaluates once, with a score from 1 to 5', async () => {
    expect((await api.gql(EVALUATE, { id, s: 6 }, township)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
    expect((await api.gql(EVALUATE, { id, s: 5 }, community)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(EVALUATE, { id, s: 4, c: '核实认真' }, township)).data!.evaluateTask).toEqual({ status: 'EVALUATED', score: 4 });
    expect((await api.gql(EVALUATE, { id, s: 5 }, bureau)).errors?.[0]).toMatchObject({ message: '该任务已经评价过了', extensions: { code: 'CONFLICT' } });
    const { data } = await api.gql(TASK, { id }, township);
    expect(data!.task.timeline.map((e: any) => e.kind)).toEqual(['ASSIGNED', 'SIGNED', 'COMPLETED', 'RETURNED', 'COMPLETED', 'EVALUATED']);
    expect(data!.task.allowedActions).toEqual([]);
  });
});

describe('who may assign to whom', () => {
  it('nobody assigns outside their subtree', async () => {
    const res = await api.gql(ASSIGN, { input: { type: 'GENERAL', title: '越权派发', assigneeUnitId: String(unitId[OTHER_TOWNSHIP_CODE]), dueDate: due() } }, township);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const up = await api.gql(ASSIGN, { input: { type: 'GENERAL', title: '向上派发', assigneeUnitId: String(unitId[DEMO_TOWNSHIP_CODE]), dueDate: due() } }, community);
    expect(up.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('inside one\'s own unit a task names a colleague, who alone may sign it', async () => {
    const { rows } = await api.db.query(`select id from staff_user where username = $1`, [`staff-${DEMO_COMMUNITY_CODE}`]);
    const noName = await api.gql(ASSIGN, { input: { type: 'VISIT', title: '走访王大爷', assigneeUnitId: String(unitId[DEMO_COMMUNITY_CODE]), dueDate: due() } }, community);
    expect(noName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeStaffId' });
    const res = await api.gql(ASSIGN, { input: { type: 'VISIT', title: '走访王大爷', assigneeUnitId: String(unitId[DEMO_COMMUNITY_CODE]), assigneeStaffId: String(rows[0].id), dueDate: due() } }, community);
    expect(res.errors).toBeUndefined();
    const id = res.data!.assignTask.id;
    expect((await api.gql(SIGN, { id }, community)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(SIGN, { id }, colleague)).data!.signTask.status).toBe('SIGNED');
  });

  it('a named person must belong to the assigning unit', async () => {
    const { rows } = await api.db.query(`select id from staff_user where username = $1`, [`staff-${DEMO_COMMUNITY_CODE}`]);
    const res = await api.gql(ASSIGN, { input: { type: 'VISIT', title: '点名下级人员', assigneeUnitId: String(unitId[DEMO_COMMUNITY_CODE]), assigneeStaffId: String(rows[0].id), dueDate: due() } }, township);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the retirees a task concerns must be in the assignee\'s area, and bad dates are refused by field', async () => {
    const { rows } = await api.db.query(`select r.id from retiree r join org_unit o on o.id = r.community_id where o.code = $1 limit 1`, [NEIGHBOUR_COMMUNITY_CODE]);
    const res = await api.gql(ASSIGN, { input: { type: 'VISIT', title: '走访', assigneeUnitId: String(unitId[DEMO_COMMUNITY_CODE]), retireeIds: [String(rows[0].id)], dueDate: due() } }, township);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'retireeIds' });
    const past = await api.gql(ASSIGN, { input: { type: 'VISIT', title: '走访', assigneeUnitId: String(unitId[DEMO_COMMUNITY_CODE]), dueDate: '2020-01-01' } }, township);
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
  });
});

describe('bulk assignment', () => {
  const criteria = () => ({ orgUnitId: String(unitId[DEMO_TOWNSHIP_CODE]), minAge: 80 });

  it('the preview counts one task per community with its people; confirming creates exactly that', async () => {
    const { rows: expected } = await api.db.query(
      `select community_id, count(*)::int as n from retiree r where township_id = $1 and status = 'ACTIVE'
         and birth_date <= ((now() at time zone 'Asia/Shanghai')::date - interval '80 years') group by 1`,
      [unitId[DEMO_TOWNSHIP_CODE]],
    );
    const preview = await api.gql(`query($c: BulkTaskCriteriaInput!) { previewBulkTasks(criteria: $c) { taskCount retireeCount communities { orgUnit { id } retirees } } }`, { c: criteria() }, township);
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.previewBulkTasks;
    expect(p.taskCount).toBe(expected.length);
    expect(p.retireeCount).toBe(expected.reduce((s: number, r: any) => s + r.n, 0));
    expect(p.taskCount).toBeGreaterThan(1);

    const stale = await api.gql(`mutation($i: BulkAssignInput!) { assignTasksInBulk(input: $i) { taskCount } }`, { i: { criteria: criteria(), type: 'VISIT', title: '走访 80 岁以上老人', dueDate: due(14), expectedTaskCount: p.taskCount + 1 } }, township);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const done = await api.gql(`mutation($i: BulkAssignInput!) { assignTasksInBulk(input: $i) { batchId taskCount retireeCount } }`, { i: { criteria: criteria(), type: 'VISIT', title: '走访 80 岁以上老人', dueDate: due(14), expectedTaskCount: p.taskCount } }, township);
    expect(done.errors).toBeUndefined();
    expect(done.data!.assignTasksInBulk).toMatchObject({ taskCount: p.taskCount, retireeCount: p.retireeCount });
    const batchId = done.data!.assignTasksInBulk.batchId;
    const progress = await api.gql(`query($b: String) { taskProgress(batchId: $b) { orgUnit { id } total assigned } }`, { b: batchId }, township);
    expect(progress.data!.taskProgress).toHaveLength(p.taskCount);
    expect(progress.data!.taskProgress.every((r: any) => r.total === 1 && r.assigned === 1)).toBe(true);

    // The demo community's task lists exactly its own people.
    const mine = await api.gql(`query($f: TaskFilter) { tasks(filter: $f) { items { retireeCount retirees(limit: 500) { id community { code } } } } }`, { f: { batchId } }, community);
    const items = mine.data!.tasks.items;
    expect(items).toHaveLength(1);
    expect(items[0].retirees).toHaveLength(items[0].retireeCount);
    expect(items[0].retirees.every((r: any) => r.community.code === DEMO_COMMUNITY_CODE)).toBe(true);

    // Totals are exact whether the list fits on one page or not.
    const { rows } = await api.db.query(`select count(*)::int as n from task where batch_id = $1`, [batchId]);
    const paged = await api.gql(`query($f: TaskFilter) { tasks(filter: $f, limit: 2) { total nextCursor items { id } } }`, { f: { batchId } }, township);
    expect(paged.data!.tasks).toMatchObject({ total: rows[0].n, nextCursor: expect.any(String) });
    const whole = await api.gql(`query($f: TaskFilter) { tasks(filter: $f, limit: 100) { total items { id } } }`, { f: { batchId } }, township);
    expect(whole.data!.tasks.total).toBe(whole.data!.tasks.items.length);
  });

  it('"not visited this year" leaves out people whose visit is done', async () => {
    const before = await api.gql(`query($c: BulkTaskCriteriaInput!) { previewBulkTasks(criteria: $c) { retireeCount } }`, { c: { ...criteria(), notVisitedThisYear: true } }, township);
    const { rows } = await api.db.query(`select r.id from retiree r join org_unit o on o.id = r.community_id where o.code = $1 and r.status = 'ACTIVE'
      and r.birth_date <= ((now() at time zone 'Asia/Shanghai')::date - interval '80 years')
      and not exists (select 1 from task_retiree tr join task t on t.id = tr.task_id where tr.retiree_id = r.id and t.type = 'VISIT' and t.status in ('DONE', 'EVALUATED')
                        and t.completed_at >= date_trunc('year', now() at time zone 'Asia/Shanghai'))
      order by r.id limit 2`, [DEMO_COMMUNITY_CODE]);
    const task = await api.gql(ASSIGN, { input: { type: 'VISIT', title: '走访两位老人', assigneeUnitId: String(unitId[DEMO_COMMUNITY_CODE]), retireeIds: rows.map((r: any) => String(r.id)), dueDate: due() } }, township);
    const id = task.data!.assignTask.id;
    await api.gql(SIGN, { id }, community);
    await api.gql(COMPLETE, { id, f: { outcome: 'COMPLETED', notes: '已走访' } }, community);
    const after = await api.gql(`query($c: BulkTaskCriteriaInput!) { previewBulkTasks(criteria: $c) { retireeCount } }`, { c: { ...criteria(), notVisitedThisYear: true } }, township);
    expect(after.data!.previewBulkTasks.retireeCount).toBe(before.data!.previewBulkTasks.retireeCount - rows.length);
  });

  it('a community cannot bulk-assign', async () => {
    const res = await api.gql(`query($c: BulkTaskCriteriaInput!) { previewBulkTasks(criteria: $c) { taskCount } }`, { c: { orgUnitId: String(unitId[DEMO_COMMUNITY_CODE]) } }, community);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('races', () => {
  it('two people signing the same task at once: one wins, the other gets a CONFLICT, one SIGNED step is recorded', async () => {
    const { id } = await assignToDemoCommunity(township, '并发签领');
    const results = await Promise.all([api.gql(SIGN, { id }, community), api.gql(SIGN, { id }, colleague)]);
    expect(results.filter((r) => r.data?.signTask?.status === 'SIGNED')).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
    const { rows } = await api.db.query(`select kind from task_event where task_id = $1 order by id`, [id]);
    expect(rows.map((r: any) => r.kind)).toEqual(['ASSIGNED', 'SIGNED']);
  });

  it('two evaluations at once: exactly one score is kept', async () => {
    const { id } = await assignToDemoCommunity(township, '并发评价');
    await api.gql(SIGN, { id }, community);
    await api.gql(COMPLETE, { id, f: { outcome: 'COMPLETED' } }, community);
    const results = await Promise.all([api.gql(EVALUATE, { id, s: 5 }, township), api.gql(EVALUATE, { id, s: 2 }, bureau)]);
    expect(results.filter((r) => r.data?.evaluateTask)).toHaveLength(1);
    const { rows } = await api.db.query(`select count(*)::int as n from task_event where task_id = $1 and kind = 'EVALUATED'`, [id]);
    expect(rows[0].n).toBe(1);
  });
});

describe('modules hand work to people and hear back', () => {
  const heard: { sourceId: string; outcome: string; feedback: string | null }[] = [];
  registerTaskSource('FOLLOW_UP_CHECK', {
    label: (id) => `回访 #${id}`,
    link: () => null,
    closedBySource: false,
    onCompleted: async (_ctx, task) => {
      if (task.outcome === 'UNABLE') throw conflict('回访未完成，不能办结，请改期后再办');
      heard.push({ sourceId: task.sourceId!, outcome: task.outcome!, feedback: task.feedback ?? null });
    },
  });

  async function open(sourceId: string): Promise<string> {
    const em = api.platform.orm.em.fork();
    return em.transactional((tx) =>
      openSystemTask(tx, api.platform.config.calendar, {
        type: TaskType.VISIT, title: '回访', instructions: '请上门回访', unitId: unitId[DEMO_COMMUNITY_CODE]!, dueInWorkingDays: 3,
        sourceKind: 'FOLLOW_UP_CHECK', sourceId, retireeIds: [1],
      }),
    );
  }

  it('opening twice for one record gives one task; completing it tells the module, in the same transaction', async () => {
    const id = await open('77');
    expect(await open('77')).toBe(id);
    const task = await api.gql(TASK, { id }, community);
    expect(task.data!.task).toMatchObject({ status: 'ASSIGNED', creatorUnit: { code: DEMO_TOWNSHIP_CODE }, timeline: [{ kind: 'ASSIGNED', actorName: '系统' }] });
    await api.gql(SIGN, { id }, community);
    expect((await api.gql(COMPLETE, { id, f: { outcome: 'COMPLETED', notes: '已回访' } }, community)).data!.completeTask.status).toBe('DONE');
    expect(heard).toEqual([{ sourceId: '77', outcome: 'COMPLETED', feedback: '已回访' }]);
  });

  it('a module can refuse a completion; the task stays as it was', async () => {
    const id = await open('78');
    await api.gql(SIGN, { id }, community);
    const res = await api.gql(COMPLETE, { id, f: { outcome: 'UNABLE', notes: '老人不在家' } }, community);
    expect(res.errors?.[0]).toMatchObject({ message: '回访未完成，不能办结，请改期后再办', extensions: { code: 'CONFLICT' } });
    const { rows } = await api.db.query(`select status, (select count(*)::int from task_event where task_id = $1) as events from task where id = $1`, [id]);
    expect(rows[0]).toEqual({ status: 'SIGNED', events: 2 });
  });
});

describe('performance', () => {
  it('a township sees its communities ranked, and the demo community\'s evaluated work counts', async () => {
    const today = due(0);
    const q = `query($o: ID, $f: String!, $t: String!) { performance(orgUnitId: $o, from: $f, to: $t) { breakdown rows { rank name orgUnit { code } staffId received overdue completed completedOnTime evaluated averageScore onTimeRate retirees } total { received } } }`;
    const res = await api.gql(q, { f: `${today.slice(0, 4)}-01-01`, t: today }, township);
    expect(res.errors).toBeUndefined();
    const report = res.data!.performance;
    expect(report.breakdown).toBe('UNITS');
    const demo = report.rows.find((r: any) => r.orgUnit?.code === DEMO_COMMUNITY_CODE);
    expect(demo.received).toBeGreaterThanOrEqual(5);
    expect(demo.evaluated).toBeGreaterThanOrEqual(2);
    expect(demo.retirees).toBeGreaterThan(0);
    expect(report.rows.map((r: any) => r.rank)).toEqual(report.rows.map((_: unknown, i: number) => i + 1));
    expect(report.total.received).toBe(report.rows.reduce((s: number, r: any) => s + r.received, 0));

    const people = await api.gql(q, { o: String(unitId[DEMO_COMMUNITY_CODE]), f: `${today.slice(0, 4)}-01-01`, t: today }, township);
    expect(people.data!.performance.breakdown).toBe('STAFF');
    expect(people.data!.performance.rows.some((r: any) => r.staffId && r.completed > 0)).toBe(true);

    // The monthly rollup plus the live edges give exactly what counting the tasks gives, for any period.
    for (const [from, to] of [[`${today.slice(0, 4)}-01-01`, today], [`${today.slice(0, 7)}-01`, today], ['2025-12-15', today]]) {
      const { rows } = await api.db.query(
        `select o.code, count(*)::int as received, (count(*) filter (where completed_on_time = false or (status in ('ASSIGNED', 'SIGNED', 'RETURNED') and due_date < $3::date)))::int as overdue
           from task t join org_unit o on t.org_path like o.path || '%'
          where o.parent_id = $4 and t.status <> 'CANCELLED'
            and t.created_at >= $1::date::timestamp at time zone 'Asia/Shanghai' and t.created_at < ($2::date + 1)::timestamp at time zone 'Asia/Shanghai'
          group by 1`,
        [from, to, today, unitId[DEMO_TOWNSHIP_CODE]],
      );
      const got = await api.gql(q, { f: from, t: to }, township);
      const counted = Object.fromEntries(rows.map((r: any) => [r.code, { received: r.received, overdue: r.overdue }]));
      const reported = Object.fromEntries(got.data!.performance.rows.filter((r: any) => r.received && r.orgUnit).map((r: any) => [r.orgUnit.code, { received: r.received, overdue: r.overdue }]));
      expect(reported).toEqual(counted);
    }

    expect((await api.gql(q, { o: String(unitId[OTHER_TOWNSHIP_CODE]), f: '2026-01-01', t: today }, township)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(q, { f: '2026-12-01', t: '2026-01-01' }, township)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.js';

const ORIGIN_CODE = '330683001002'; // 新北社区, demo-community
const TARGET_CODE = '330683001003'; // 城隍坊社区, same township
const FAR_CODE = '330683002'; // another township

const FIELDS = `id status newAddress reason originNote targetNote forwardedAt: originReviewedAt completedAt cancelledAt allowedActions
  applicant { id name idNumberMasked } fromCommunity { code } toCommunity { code name }`;
const REQUEST = `mutation($i: TransferRequestInput!) { requestCommunityTransfer(input: $i) { ${FIELDS} } }`;
const REVIEW = `mutation($id: ID!, $a: Boolean!, $r: String) { reviewCommunityTransfer(id: $id, approve: $a, reason: $r) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!, $a: Boolean!, $r: String) { acceptCommunityTransfer(id: $id, accept: $a, reason: $r) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelCommunityTransfer(id: $id) { status } }`;
const GET = `query($id: ID!) { communityTransfer(id: $id) { ${FIELDS} } }`;
const LIST = `query($f: TransferFilter) { communityTransfers(filter: $f) { total items { id status } } }`;
const TASKS = `query($f: TaskFilter) { tasks(filter: $f) { items { id type status title source { kind id closedBySource } allowedActions } } }`;

let api: TestApi;
let origin: string;
let target: string;
let township: string;
let farTownship: string;
let targetId: number;
let farCommunityId: number;

/** An active retiree of the origin community with no transfer yet, logged in to the app. */
async function applicant(offset: number) {
  const { rows } = await api.db.query(
    `select r.id from retiree r join org_unit o on o.id = r.community_id where o.code = $1 and r.status = 'ACTIVE' and r.id <> 1 and r.phone is not null order by r.id offset $2 limit 1`,
    [ORIGIN_CODE, offset],
  );
  return { id: rows[0].id as number, token: await api.loginRetiree(rows[0].id) };
}

function input(to = targetId) {
  return { toCommunityId: String(to), newAddress: '城隍坊社区鹿山街 18 号 2 单元', reason: '随子女居住' };
}

beforeAll(async () => {
  api = await startTestApi();
  [origin, target, township, farTownship] = await Promise.all([
    api.login('demo-community'),
    api.login(`staff-${TARGET_CODE}`),
    api.login('demo-township'),
    api.login(`staff-${FAR_CODE}`),
  ]);
  const { rows } = await api.db.query(`select id, code from org_unit where code = $1 or parent_id = (select id from org_unit where code = $2) order by code`, [TARGET_CODE, FAR_CODE]);
  targetId = rows.find((r: any) => r.code === TARGET_CODE).id;
  farCommunityId = rows.find((r: any) => r.code !== TARGET_CODE).id;
});
afterAll(() => api?.stop());

describe('a retiree moves to another community without a trip', () => {
  let person: { id: number; token: string };
  let id: string;

  it('the retiree applies in the app; the origin community gets a review task, the target sees nothing yet', async () => {
    person = await applicant(0);
    const res = await api.gql(REQUEST, { i: input() }, person.token);
    expect(res.errors).toBeUndefined();
    id = res.data!.requestCommunityTransfer.id;
    expect(res.data!.requestCommunityTransfer).toMatchObject({ status: 'PENDING_ORIGIN', allowedActions: ['CANCEL'], fromCommunity: { code: ORIGIN_CODE } });

    const tasks = await api.gql(TASKS, { f: { box: 'TO_SIGN', type: 'COMMUNITY_TRANSFER' } }, origin);
    const review = tasks.data!.tasks.items.find((t: any) => t.source?.id === id);
    expect(review).toMatchObject({ status: 'ASSIGNED', source: { kind: 'COMMUNITY_TRANSFER', closedBySource: true } });

    expect((await api.gql(GET, { id }, target)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(LIST, { f: { direction: 'INCOMING' } }, target)).data!.communityTransfers.total).toBe(0);
    let visibleToTarget = -1;
    const client = await api.db.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('role', 'retiree_app', true), set_config('app.org_path', (select path from org_unit where code = $1), true)`, [TARGET_CODE]);
      const { rows } = await client.query(`select count(*)::int as n from community_transfer where id = $1`, [id]);
      visibleToTarget = rows[0].n;
    } finally {
      await client.query('rollback');
      client.release();
    }
    expect(visibleToTarget).toBe(0); // row-level security agrees with the filter
  });

  it('one open application per person; the same community, or a deceased person, is refused with a reason', async () => {
    expect((await api.gql(REQUEST, { i: input() }, person.token)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const other = await applicant(1);
    const { rows } = await api.db.query(`select community_id from retiree where id = $1`, [other.id]);
    const same = await api.gql(REQUEST, { i: input(rows[0].community_id) }, other.token);
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toCommunityId', reason: 'SAME_COMMUNITY' });
    const deceased = await applicant(5);
    await api.db.query(`update retiree set status = 'DECEASED' where id = $1`, [deceased.id]);
    const res = await api.gql(REQUEST, { i: { ...input(), retireeId: String(deceased.id) } }, origin);
    expect(res.errors?.[0]).toMatchObject({ message: '该人员已故，不能办理社区转移', extensions: { code: 'CONFLICT' } });
    expect((await api.gql(REQUEST, { i: { ...input(), newAddress: '短' } }, other.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newAddress' });
  });

  it('the target cannot accept before the origin approves; another township cannot review', async () => {
    expect((await api.gql(ACCEPT, { id, a: true }, target)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(REVIEW, { id, a: true }, farTownship)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('two reviewers approving at once move it once', async () => {
    const results = await Promise.all([api.gql(REVIEW, { id, a: true }, origin), api.gql(REVIEW, { id, a: true }, township)]);
    expect(results.filter((r) => r.data?.reviewCommunityTransfer?.status === 'PENDING_TARGET')).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
    const tasks = await api.gql(TASKS, { f: { type: 'COMMUNITY_TRANSFER' } }, township);
    const forThis = tasks.data!.tasks.items.filter((t: any) => t.source?.id === id);
    expect(forThis.map((t: any) => t.status).sort()).toEqual(['ASSIGNED', 'DONE']); // origin's closed, target's opened
  });

  it('after approval the target sees the applicant (masked) and must give a reason to refuse', async () => {
    const seen = await api.gql(GET, { id }, target);
    expect(seen.data!.communityTransfer).toMatchObject({ status: 'PENDING_TARGET', allowedActions: ['ACCEPT'], applicant: { id: String(person.id) } });
    expect(seen.data!.communityTransfer.applicant.idNumberMasked).toMatch(/\*{8}/);
    expect((await api.gql(`query($id: ID!) { retiree(id: $id) { id } }`, { id: String(person.id) }, target)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(ACCEPT, { id, a: false }, target)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('acceptance completes it: the retiree, their history and their records move; everyone is told', async () => {
    const res = await api.gql(ACCEPT, { id, a: true }, target);
    expect(res.errors).toBeUndefined();
    expect(res.data!.acceptCommunityTransfer.status).toBe('COMPLETED');

    const mine = await api.gql(`{ myProfile { community { code } residenceAddress } myNotifications { items { kind title } } }`, {}, person.token);
    expect(mine.data!.myProfile).toMatchObject({ community: { code: TARGET_CODE }, residenceAddress: input().newAddress });
    expect(mine.data!.myNotifications.items[0]).toMatchObject({ kind: 'COMMUNITY_TRANSFER', title: '您的管理社区已变更为城隍坊社区' });

    const asTarget = await api.gql(`query($id: ID!) { retiree(id: $id) { community { code } version history { field oldValue newValue note } } }`, { id: String(person.id) }, target);
    expect(asTarget.data!.retiree.community.code).toBe(TARGET_CODE);
    expect(asTarget.data!.retiree.history).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'community', oldValue: '新北社区', newValue: '城隍坊社区' })]));
    expect((await api.gql(`query($id: ID!) { retiree(id: $id) { id } }`, { id: String(person.id) }, origin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { rows } = await api.db.query(
      `select (select count(*) from pension_payment where retiree_id = $1 and org_path not like $2)::int as stray_payments,
              (select count(*) from notification where retiree_id = $1 and org_path not like $2)::int as stray_messages,
              (select n from retiree_count c join org_unit o on o.id = c.community_id where o.code = $3 and c.status = 'ACTIVE') as target_count`,
      [person.id, `%/${TARGET_CODE}/`, TARGET_CODE],
    );
    expect(rows[0]).toMatchObject({ stray_payments: 0, stray_messages: 0 });
    const tasks = await api.gql(TASKS, { f: { type: 'COMMUNITY_TRANSFER' } }, township);
    expect(tasks.data!.tasks.items.filter((t: any) => t.source?.id === id).map((t: any) => t.status)).toEqual(['DONE', 'DONE']);
    expect((await api.gql(ACCEPT, { id, a: true }, target)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('cancelling and refusing', () => {
  it('the retiree cancels before completion; the open task is cancelled with it', async () => {
    const person = await applicant(2);
    const { data } = await api.gql(REQUEST, { i: input() }, person.token);
    const id = data!.requestCommunityTransfer.id;
    expect((await api.gql(CANCEL, { id }, person.token)).data!.cancelCommunityTransfer.status).toBe('CANCELLED');
    const { rows } = await api.db.query(`select status from task where source_kind = 'COMMUNITY_TRANSFER' and source_id = $1`, [id]);
    expect(rows.map((r: any) => r.status)).toEqual(['CANCELLED']);
    expect((await api.gql(CANCEL, { id }, person.token)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // A new application is possible again.
    const again = await api.gql(REQUEST, { i: input(farCommunityId) }, person.token);
    expect(again.data!.requestCommunityTransfer.status).toBe('PENDING_ORIGIN');
  });

  it('the origin refuses with a reason and the retiree is told why; nothing moves', async () => {
    const person = await applicant(3);
    const { data } = await api.gql(REQUEST, { i: input() }, person.token);
    const id = data!.requestCommunityTransfer.id;
    expect((await api.gql(REVIEW, { id, a: false }, origin)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const res = await api.gql(REVIEW, { id, a: false, r: '经核实仍在本社区居住' }, origin);
    expect(res.data!.reviewCommunityTransfer).toMatchObject({ status: 'REJECTED_BY_ORIGIN', originNote: '经核实仍在本社区居住' });
    const inbox = await api.gql(`{ myProfile { community { code } } myNotifications { items { title body } } }`, {}, person.token);
    expect(inbox.data!.myProfile.community.code).toBe(ORIGIN_CODE);
    expect(inbox.data!.myNotifications.items[0].body).toContain('经核实仍在本社区居住');
    expect((await api.gql(GET, { id }, target)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('staff apply on a retiree\'s behalf; a transfer task cannot be completed from the inbox', async () => {
    const { rows } = await api.db.query(`select r.id from retiree r join org_unit o on o.id = r.community_id where o.code = $1 and r.status = 'ACTIVE' order by r.id offset 10 limit 1`, [ORIGIN_CODE]);
    const res = await api.gql(REQUEST, { i: { ...input(), retireeId: String(rows[0].id) } }, origin);
    expect(res.data!.requestCommunityTransfer.status).toBe('PENDING_ORIGIN');
    const tasks = await api.gql(TASKS, { f: { box: 'TO_SIGN', type: 'COMMUNITY_TRANSFER' } }, origin);
    const task = tasks.data!.tasks.items.find((t: any) => t.source?.id === res.data!.requestCommunityTransfer.id);
    await api.gql(`mutation($id: ID!) { signTask(id: $id) { status } }`, { id: task.id }, origin);
    const complete = await api.gql(`mutation($id: ID!) { completeTask(id: $id, feedback: { outcome: COMPLETED }) { status } }`, { id: task.id }, origin);
    expect(complete.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await api.gql(REQUEST, { i: { ...input(), retireeId: String(rows[0].id) } }, target)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('communities are suggested from the new address', async () => {
    const person = await applicant(4);
    const res = await api.gql(`query($a: String) { communities(address: $a, limit: 3) { code name } }`, { a: '嵊州市剡湖街道城隍坊某路 5 号' }, person.token);
    expect(res.data!.communities[0]).toMatchObject({ code: TARGET_CODE });
  });
});

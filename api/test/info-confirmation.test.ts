import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverPendingSms } from '../src/modules/notification/sms-delivery.js';
import { startTestApi, type TestApi } from './support/test-api.js';
import { OTHER_TOWNSHIP_CODE } from './support/test-city.js';

const MINE = `{ myInfoConfirmation { id status items { field label value } disputes { field status resolutionNote } } }`;
const INBOX = `{ myNotifications { unreadCount items { id kind title body readAt } } }`;
const DISPUTES = `query($f: DisputeFilter) { infoDisputes(filter: $f) { total items { id field label status sentValue proposedValue correctable comment retiree { id name } } } }`;

let api: TestApi;
let staff: string;
let demoRetiree: string;
let second: { id: number; phone: string; token: string };

beforeAll(async () => {
  api = await startTestApi();
  staff = await api.login('demo-community');
  demoRetiree = await api.loginRetiree(1);
  const { rows } = await api.db.query(
    `select r.id, r.phone from retiree r where r.community_id = (select community_id from retiree where id = 1) and r.id <> 1 and r.phone is not null and r.status = 'ACTIVE' order by r.id limit 1`,
  );
  second = { ...rows[0], token: await api.loginRetiree(rows[0].id) };
});
afterAll(() => api?.stop());

describe('a retiree confirms the information the platform holds', () => {
  it('the demo community has a campaign under way: the profile waits for the retiree, masked, with a message in the inbox', async () => {
    const res = await api.gql(MINE, {}, demoRetiree);
    expect(res.errors).toBeUndefined();
    const c = res.data!.myInfoConfirmation;
    expect(c.status).toBe('PENDING');
    const byField = Object.fromEntries(c.items.map((i: any) => [i.field, i]));
    expect(byField.NAME.value).toBe('俞秀英');
    expect(byField.ID_NUMBER.value).toBe('330683********1902');
    expect(byField.PHONE).toMatchObject({ label: '联系电话', value: '138****0001' });
    expect(byField.MONTHLY_PENSION.value).toMatch(/元\/月$/);
    const inbox = await api.gql(INBOX, {}, demoRetiree);
    expect(inbox.data!.myNotifications.unreadCount).toBeGreaterThanOrEqual(1);
    expect(inbox.data!.myNotifications.items[0]).toMatchObject({ kind: 'INFO_CONFIRMATION_REQUEST', title: '请确认您的个人信息', readAt: null });
  });

  it('confirming closes it; answering twice is a CONFLICT', async () => {
    const { data } = await api.gql(MINE, {}, demoRetiree);
    const id = data!.myInfoConfirmation.id;
    const ok = await api.gql(`mutation($id: ID!) { confirmMyInfo(id: $id) { status } }`, { id }, demoRetiree);
    expect(ok.data!.confirmMyInfo.status).toBe('CONFIRMED');
    const again = await api.gql(`mutation($id: ID!) { confirmMyInfo(id: $id) { status } }`, { id }, demoRetiree);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('one retiree cannot answer another\'s confirmation', async () => {
    const { data } = await api.gql(MINE, {}, second.token);
    const res = await api.gql(`mutation($id: ID!) { confirmMyInfo(id: $id) { status } }`, { id: data!.myInfoConfirmation.id }, demoRetiree);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('a dispute goes to the community and its outcome back to the retiree', () => {
  const newPhone = '13912340000';
  let disputeId: string;

  it('a dispute needs something to go on, naming the item', async () => {
    const { data } = await api.gql(MINE, {}, second.token);
    const res = await api.gql(`mutation($id: ID!) { disputeMyInfo(id: $id, items: [{ field: PHONE }]) { status } }`, { id: data!.myInfoConfirmation.id }, second.token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.0.comment' });
    expect((await api.gql(MINE, {}, second.token)).data!.myInfoConfirmation.status).toBe('PENDING');
  });

  it('the retiree disputes the phone number and is told it was received', async () => {
    const { data } = await api.gql(MINE, {}, second.token);
    const res = await api.gql(
      `mutation($id: ID!, $items: [DisputeItemInput!]!) { disputeMyInfo(id: $id, items: $items) { status disputes { field status } } }`,
      { id: data!.myInfoConfirmation.id, items: [{ field: 'PHONE', comment: '这个号码已经不用了', proposedValue: newPhone }] },
      second.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.disputeMyInfo).toMatchObject({ status: 'DISPUTED', disputes: [{ field: 'PHONE', status: 'OPEN' }] });
    const inbox = await api.gql(INBOX, {}, second.token);
    expect(inbox.data!.myNotifications.items[0]).toMatchObject({ kind: 'INFO_DISPUTE_RECEIVED' });
    // The community gets a work item for it in its task inbox.
    const tasks = await api.gql(`{ tasks(filter: { box: TO_SIGN, type: INFO_DISPUTE }) { items { title retireeCount source { kind closedBySource } } } }`, {}, staff);
    expect(tasks.data!.tasks.items).toEqual([expect.objectContaining({ retireeCount: 1, source: { kind: 'INFO_CONFIRMATION', closedBySource: true } })]);
  });

  it('community staff see it as a work item, masked; staff of another township do not', async () => {
    const res = await api.gql(DISPUTES, { f: { status: ['OPEN'] } }, staff);
    const mine = res.data!.infoDisputes.items.find((d: any) => d.retiree.id === String(second.id));
    expect(mine).toMatchObject({ field: 'PHONE', label: '联系电话', status: 'OPEN', correctable: true, comment: '这个号码已经不用了', proposedValue: '139****0000' });
    expect(mine.sentValue).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(JSON.stringify(res)).not.toContain(newPhone);
    disputeId = mine.id;
    const other = await api.gql(DISPUTES, { f: { status: ['OPEN'] } }, await api.login(`staff-${OTHER_TOWNSHIP_CODE}`));
    expect(other.data!.infoDisputes.items.find((d: any) => d.id === disputeId)).toBeUndefined();
  });

  it('an item that cannot be corrected here must be explained', async () => {
    const res = await api.gql(`mutation($id: ID!) { resolveInfoDispute(id: $id, input: { outcome: CORRECT, correctedValue: "", note: "x" }) { status } }`, { id: disputeId }, staff);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('staff correct it with the proposed number: the profile changes with history, the retiree is told by inbox and SMS', async () => {
    const res = await api.gql(
      `mutation($id: ID!) { resolveInfoDispute(id: $id, input: { outcome: CORRECT, useProposedValue: true, note: "已电话核实本人新号码" }) { status resolvedByName } }`,
      { id: disputeId },
      staff,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.resolveInfoDispute.status).toBe('CORRECTED');
    const task = await api.gql(`{ tasks(filter: { type: INFO_DISPUTE }) { items { status feedback } } }`, {}, staff);
    expect(task.data!.tasks.items).toEqual([{ status: 'DONE', feedback: '异议已全部处理' }]);
    const { rows } = await api.db.query('select phone from retiree where id = $1', [second.id]);
    expect(rows[0].phone).toBe(newPhone);
    const history = await api.db.query(`select field, new_value, source, note from retiree_change where retiree_id = $1 order by id desc limit 1`, [second.id]);
    expect(history.rows[0]).toMatchObject({ field: 'phone', new_value: newPhone, source: 'STAFF' });
    expect(history.rows[0].note).toContain('已电话核实本人新号码');

    const mine = await api.gql(MINE, {}, second.token);
    expect(mine.data!.myInfoConfirmation).toMatchObject({ status: 'RESOLVED', disputes: [{ field: 'PHONE', status: 'CORRECTED', resolutionNote: '已电话核实本人新号码' }] });
    const inbox = await api.gql(INBOX, {}, second.token);
    expect(inbox.data!.myNotifications.items[0]).toMatchObject({ kind: 'INFO_DISPUTE_RESOLVED', title: '您提出的「联系电话」异议已处理' });
    expect(inbox.data!.myNotifications.items[0].body).toContain('139****0000');

    const before = api.sms.sent.length;
    expect(await deliverPendingSms(api.platform.pool, api.sms)).toBeGreaterThanOrEqual(1);
    expect(api.sms.sent.slice(before).some((m) => m.phone === newPhone && m.text.includes('已电话核实本人新号码'))).toBe(true);
    // Delivered once: a second sweep sends nothing.
    expect(await deliverPendingSms(api.platform.pool, api.sms)).toBe(0);

    const again = await api.gql(`mutation($id: ID!) { resolveInfoDispute(id: $id, input: { outcome: EXPLAIN, note: "再次处理" }) { status } }`, { id: disputeId }, staff);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('staff see on the detail page what was sent to the retiree', async () => {
    const res = await api.gql(`query($id: ID!) { retiree(id: $id) { notifications { kind title smsStatus } latestInfoConfirmation { status } } }`, { id: String(second.id) }, staff);
    expect(res.data!.retiree.latestInfoConfirmation.status).toBe('RESOLVED');
    expect(res.data!.retiree.notifications.map((n: any) => n.kind)).toEqual(['INFO_DISPUTE_RESOLVED', 'INFO_DISPUTE_RECEIVED', 'INFO_CONFIRMATION_REQUEST']);
    expect(res.data!.retiree.notifications[0].smsStatus).toBe('SENT');
  });
});

describe('the inbox', () => {
  it('marks one and all messages read, and never shows someone else\'s', async () => {
    const inbox = await api.gql(INBOX, {}, second.token);
    const first = inbox.data!.myNotifications.items[0];
    const read = await api.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`, { id: first.id }, second.token);
    expect(read.data!.markNotificationRead.readAt).toBeTruthy();
    const foreign = await api.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`, { id: first.id }, demoRetiree);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await api.gql(`mutation { markAllNotificationsRead }`, {}, second.token);
    expect((await api.gql(INBOX, {}, second.token)).data!.myNotifications.unreadCount).toBe(0);
  });

  it('the same event reported twice is shown once', async () => {
    const { notificationService } = await import('../src/modules/notification/notification.service.js');
    const { openRequestScope } = await import('../src/http/request-scope.js');
    const { NotificationKind } = await import('../src/modules/notification/notification.entity.js');
    const { rows } = await api.db.query('select org_path from retiree where id = $1', [second.id]);
    const results: boolean[] = [];
    for (let i = 0; i < 2; i++) {
      const em = api.platform.orm.em.fork();
      await openRequestScope(em, null);
      // A staff member's area (no single-retiree restriction), as a request of theirs would set it.
      await em.execute(`select set_config('app.org_path', ?, true), set_config('app.retiree_id', '', true)`, [rows[0].org_path]);
      results.push(
        await notificationService.notify(em, api.platform.jobs, { retireeId: second.id, orgPath: rows[0].org_path, kind: NotificationKind.PAYMENT_ARRIVED, title: '养老金已到账', body: '11月养老金已到账', eventKey: 'payment:2026-11', sms: false }),
      );
      await em.commit();
    }
    expect(results).toEqual([true, false]);
    const inbox = await api.gql(INBOX, {}, second.token);
    expect(inbox.data!.myNotifications.items.filter((n: any) => n.kind === 'PAYMENT_ARRIVED')).toHaveLength(1);
  });
});

describe('campaigns and completion rates', () => {
  it('township staff send confirmations to everyone without an open one, once', async () => {
    const township = await api.login('demo-township');
    const { rows } = await api.db.query(
      `select count(*)::int as n from retiree r join org_unit o on o.id = r.township_id and o.code = '330683001'
        where r.status = 'ACTIVE' and not exists (select 1 from info_confirmation c where c.retiree_id = r.id and c.status in ('PENDING','DISPUTED'))`,
    );
    const first = await api.gql(`mutation { sendInfoConfirmations }`, {}, township);
    expect(first.errors).toBeUndefined();
    expect(first.data!.sendInfoConfirmations).toBe(rows[0].n);
    expect((await api.gql(`mutation { sendInfoConfirmations }`, {}, township)).data!.sendInfoConfirmations).toBe(0);
    const other = await api.db.query(`select id from org_unit where code = $1`, [OTHER_TOWNSHIP_CODE]);
    const outside = await api.gql(`mutation($o: ID) { sendInfoConfirmations(orgUnitId: $o) }`, { o: String(other.rows[0].id) }, township);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reports completion per unit, matching the answers given', async () => {
    const res = await api.gql(`{ infoConfirmationStats { orgUnit { level name } retirees sent pending confirmed disputed resolved completionRate } }`, {}, staff);
    expect(res.errors).toBeUndefined();
    const [community] = res.data!.infoConfirmationStats;
    expect(community.orgUnit.level).toBe('COMMUNITY');
    expect(community.confirmed).toBe(1);
    expect(community.resolved).toBe(1);
    expect(community.sent).toBe(community.pending + community.confirmed + community.disputed + community.resolved);
    expect(community.completionRate).toBeCloseTo(2 / community.sent, 5);
  });
});

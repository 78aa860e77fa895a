import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PosthumousCaseFieldsFragment } from '../../gql/graphql';
import { renderApp, viewer, type Mock } from '../../test/renderApp';
import { communityStaff, townshipStaff } from '../risk/testData';
import { COMPLETE_CASE_ITEM, NOTIFY_CASE_NEXT_OF_KIN, POSTHUMOUS_CASE_QUERY } from './posthumousQueries';
import { caseItems, caseTimeline, event, FUNERAL_BASIS, NOTIFICATION_TEXT, posthumousCase, readOnly, unnotified } from './testData';

const detail = (c: PosthumousCaseFieldsFragment): Mock => ({ request: { query: POSTHUMOUS_CASE_QUERY, variables: { id: c.id } }, result: { data: { posthumousCase: c } } });

const panel = (title: string) => screen.getByRole('heading', { level: 2, name: title }).closest('section') as HTMLElement;
const caseItem = (label: string) => within(screen.getByRole('list', { name: '办理事项' })).getByRole('listitem', { name: label });
const dialogTitled = async (title: string) => (await screen.findByText(title)).closest('[role="dialog"]') as HTMLElement;
const completeButtons = () => screen.queryAllByRole('button', { name: /^登记办结：/ }).map((b) => b.getAttribute('aria-label'));
const events = () => screen.getAllByTestId('case-event').map((e) => e.querySelector('span')?.textContent);
const notifyButtons = () => within(panel('近亲属通知')).queryAllByRole('button', { name: /通知家属$/ }).map((b) => b.textContent);
const notifyMock = (result: Mock['result']): Mock => ({ request: { query: NOTIFY_CASE_NEXT_OF_KIN, variables: { id: '12' } }, result });

/** The pension account refund, as the township records it: the balance the province reported, and its reference. */
const pensionDone = {
  status: 'DONE' as const,
  amount: 1234567,
  reference: '绍人社退〔2026〕118号',
  note: '家属已到窗口确认，余额退至家属账户',
  doneAt: '2026-12-01T03:00:00.000Z',
  doneByName: '钱晓燕',
  allowedActions: [],
};

describe('身后一件事 detail', () => {
  it('shows the deceased, the five items with their departments, amounts and references, the text sent to the next of kin, and the timeline', async () => {
    renderApp('/posthumous-cases/12', { me: townshipStaff(), mocks: [detail(posthumousCase())] });
    expect(await screen.findByRole('heading', { level: 1, name: '身后一件事：张建国' })).toBeInTheDocument();
    expect(screen.getByText('死亡日期 2026-09-30')).toBeInTheDocument();
    expect(screen.getByText('办理中：已办结 1 / 5 项')).toBeInTheDocument();

    const info = panel('逝者信息');
    expect(within(info).getByRole('link', { name: '张建国' })).toHaveAttribute('href', '/retirees/41');
    expect(within(info).getByText('330683********0931')).toBeInTheDocument();
    expect(within(info).getByText('剡湖街道 · 新北社区')).toBeInTheDocument();
    expect(within(info).getByText('2026-11-23 10:00 · 钱晓燕')).toBeInTheDocument();
    expect(within(info).getByRole('link', { name: '基金风险预警 #7' })).toHaveAttribute('href', '/risk-alerts/7');

    const items = within(screen.getByRole('list', { name: '办理事项' })).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('aria-label'))).toEqual(['户口注销', '火化证明', '丧葬补助金和抚恤金', '养老保险个人账户余额退还', '医疗保险个人账户余额退还']);
    expect(within(panel('办理事项')).getByRole('progressbar', { name: '已办结 1 / 5 项' })).toBeInTheDocument();

    const household = caseItem('户口注销');
    for (const text of ['公安局', '已办结', 'GA-2026-0931', '共享数据已有记录（2026-09-30），无需家属提供', '公安局（共享数据） · 2026-11-23 10:00']) {
      expect(within(household).getByText(text)).toBeInTheDocument();
    }
    const funeral = caseItem('丧葬补助金和抚恤金');
    for (const text of ['人力社保局', '办理中', '¥36,254.00', FUNERAL_BASIS, '2026-11-23 10:00 推送人力社保局，等待办结']) expect(within(funeral).getByText(text)).toBeInTheDocument();
    expect(within(caseItem('养老保险个人账户余额退还')).getByText('待部门核定后回传')).toBeInTheDocument();
    expect(within(caseItem('医疗保险个人账户余额退还')).getByText('医疗保障局')).toBeInTheDocument();
    // The API allows this viewer to record each item still with its department.
    expect(completeButtons()).toEqual(['登记办结：火化证明', '登记办结：丧葬补助金和抚恤金', '登记办结：养老保险个人账户余额退还', '登记办结：医疗保险个人账户余额退还']);

    const notice = panel('近亲属通知');
    expect(within(notice).getByText('配偶 王美芳（139****5678）')).toBeInTheDocument();
    expect(within(notice).getByText('2026-11-23 10:00')).toBeInTheDocument();
    expect(within(notice).getByTestId('notification-text')).toHaveTextContent(NOTIFICATION_TEXT);
    expect(notifyButtons()).toEqual(['再次通知家属']);

    expect(events()).toEqual(caseTimeline().map((e) => e.text));
    expect(within(panel('办理过程')).getAllByText('2026-11-23 10:00 · 系统')).toHaveLength(6);
  });

  it('records an item the department finished: 文号, amount in yuan and a note; the item and the timeline then say 已办结', async () => {
    const user = userEvent.setup({ delay: null });
    const after = posthumousCase({
      items: caseItems().map((i) => (i.id === '23' ? { ...i, ...pensionDone } : i)),
      timeline: [...caseTimeline(), event('8', '「养老保险个人账户余额退还」已办结，金额 12,345.67 元（绍人社退〔2026〕118号）', '钱晓燕', pensionDone.doneAt)],
    });
    renderApp('/posthumous-cases/12', {
      me: townshipStaff(),
      mocks: [
        detail(posthumousCase()),
        {
          request: { query: COMPLETE_CASE_ITEM, variables: { id: '23', input: { reference: pensionDone.reference, amount: 1234567, note: pensionDone.note } } },
          result: {
            data: {
              completeCaseItem: {
                __typename: 'PosthumousCaseItem',
                id: '23',
                status: 'DONE',
                amount: 1234567,
                reference: pensionDone.reference,
                note: pensionDone.note,
                doneAt: pensionDone.doneAt,
                doneByName: '钱晓燕',
                allowedActions: [],
              },
            },
          },
        },
        detail(after),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '登记办结：养老保险个人账户余额退还' }));
    const dialog = await dialogTitled('登记办结：养老保险个人账户余额退还');
    expect(within(dialog).getByText('张建国 · 人力社保局')).toBeInTheDocument();
    expect(within(dialog).getByText('选填：部门核定的个人账户余额。')).toBeInTheDocument();
    const ok = within(dialog).getByRole('button', { name: '登记办结' });
    await user.click(ok);
    expect(await within(dialog).findByText('请填写文号，或在说明中写明办理情况')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('文号'), pensionDone.reference);
    await user.type(within(dialog).getByLabelText('金额（元）'), '12345.67');
    await user.type(within(dialog).getByLabelText('说明'), pensionDone.note);
    await user.click(ok);

    expect(await screen.findByText('「养老保险个人账户余额退还」已登记办结')).toBeInTheDocument();
    await waitFor(() => expect(events().at(-1)).toBe('「养老保险个人账户余额退还」已办结，金额 12,345.67 元（绍人社退〔2026〕118号）'));
    const pension = caseItem('养老保险个人账户余额退还');
    for (const text of ['已办结', '¥12,345.67', pensionDone.reference, pensionDone.note, '钱晓燕 · 2026-12-01 11:00']) expect(within(pension).getByText(text)).toBeInTheDocument();
    expect(screen.getByText('办理中：已办结 2 / 5 项')).toBeInTheDocument();
    expect(completeButtons()).not.toContain('登记办结：养老保险个人账户余额退还');
  });

  it('offers the computed funeral amount to check; when the department reported first, says so and shows its answer', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/posthumous-cases/12', {
      me: communityStaff(),
      mocks: [
        detail(posthumousCase()),
        {
          request: { query: COMPLETE_CASE_ITEM, variables: { id: '22', input: { amount: 3625400, note: '已发放至家属账户' } } },
          result: { errors: [{ message: '该事项已办结', extensions: { code: 'CONFLICT' } }] },
        },
        // The department had reported it meanwhile: the page shows its answer.
        detail(
          posthumousCase({
            items: caseItems().map((i) => (i.id === '22' ? { ...i, status: 'DONE', reference: 'RS-2026-2201', doneAt: '2026-12-01T01:00:00.000Z', doneByName: 'demo-integrator（部门回传）', allowedActions: [] } : i)),
          }),
        ),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '登记办结：丧葬补助金和抚恤金' }));
    const dialog = await dialogTitled('登记办结：丧葬补助金和抚恤金');
    expect(within(dialog).getByLabelText('金额（元）')).toHaveValue('36254.00');
    expect(within(dialog).getByText('选填：按依据计算为 ¥36,254.00；实际金额不同时修改，留空则保持原金额。')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('说明'), '已发放至家属账户');
    await user.click(within(dialog).getByRole('button', { name: '登记办结' }));

    expect(await screen.findByText('该事项已办结')).toBeInTheDocument();
    await waitFor(() => expect(within(caseItem('丧葬补助金和抚恤金')).getByText('RS-2026-2201')).toBeInTheDocument());
    expect(within(caseItem('丧葬补助金和抚恤金')).getByText('demo-integrator（部门回传） · 2026-12-01 09:00')).toBeInTheDocument();
  });

  it('says when no relative could be texted, and offers a read-only viewer nothing to record nor anyone to text', async () => {
    renderApp('/posthumous-cases/12', { me: viewer({ role: 'VIEWER', permissions: ['retiree:read', 'audit:read'] }), mocks: [detail(readOnly(posthumousCase(unnotified())))] });
    const notice = (await screen.findByRole('heading', { level: 2, name: '近亲属通知' })).closest('section') as HTMLElement;
    expect(within(notice).getByText('家庭成员信息库中没有近亲属的联系电话，请社区联系家属')).toBeInTheDocument();
    expect(within(notice).queryByTestId('notification-text')).not.toBeInTheDocument();
    expect(within(notice).getByText('没有发出短信。请社区通过电话或上门联系家属，告知身后事项的办理情况。')).toBeInTheDocument();
    expect(screen.getByText('各事项已推送责任部门，部门办结后由其系统回传结果。')).toBeInTheDocument();
    expect(completeButtons()).toEqual([]);
    expect(notifyButtons()).toEqual([]);
  });

  it('offers 登记办结 on the items the API allows (allowedActions), whatever the viewer’s permissions', async () => {
    // The API lets this viewer record only the cremation certificate.
    const c = readOnly(posthumousCase());
    const items = c.items.map((i) => (i.id === '21' ? { ...i, allowedActions: ['COMPLETE'] } : i));
    renderApp('/posthumous-cases/12', { me: viewer({ role: 'VIEWER', permissions: ['retiree:read'] }), mocks: [detail({ ...c, items })] });
    expect(await screen.findByRole('button', { name: '登记办结：火化证明' })).toBeInTheDocument();
    expect(completeButtons()).toEqual(['登记办结：火化证明']);
    expect(screen.getByText('各事项已推送责任部门，部门办结后由其系统回传结果；部门已办结而未回传的，可在事项上「登记办结」。')).toBeInTheDocument();
  });

  it('offers staff with every permission nothing to record when the API allows nothing', async () => {
    renderApp('/posthumous-cases/12', { me: townshipStaff(), mocks: [detail(readOnly(posthumousCase()))] });
    expect(await screen.findByText('办理中：已办结 1 / 5 项')).toBeInTheDocument();
    expect(completeButtons()).toEqual([]);
    expect(notifyButtons()).toEqual([]);
    expect(screen.getByText('各事项已推送责任部门，部门办结后由其系统回传结果。')).toBeInTheDocument();
  });

  it('texts the next of kin once the family registry has a phone: says whom it texted, and the page shows the notification', async () => {
    const user = userEvent.setup({ delay: null });
    const texted = posthumousCase({
      notifiedAt: '2026-12-02T01:30:00.000Z',
      timeline: [...unnotified().timeline!, event('8', '已短信通知近亲属：配偶 王美芳（139****5678）', '钱晓燕', '2026-12-02T01:30:00.000Z')],
    });
    renderApp('/posthumous-cases/12', { me: townshipStaff(), mocks: [detail(posthumousCase(unnotified())), notifyMock({ data: { notifyCaseNextOfKin: texted } })] });
    const notice = (await screen.findByRole('heading', { level: 2, name: '近亲属通知' })).closest('section') as HTMLElement;
    expect(within(notice).getByText('家庭成员信息库中没有近亲属的联系电话，请社区联系家属')).toBeInTheDocument();
    expect(notifyButtons()).toEqual(['短信通知家属']);
    expect(within(notice).getByText('没有发出短信。请社区通过电话或上门联系家属；家庭成员信息库补登联系电话后，可短信通知家属。')).toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: '短信通知家属' }));
    expect(await screen.findByText('短信通知家属？')).toBeInTheDocument();
    expect(screen.getByText(/将按家庭成员信息库确定通知对象（优先配偶）/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '发送短信' }));

    expect(await screen.findByText('已短信通知：配偶 王美芳（139****5678）')).toBeInTheDocument();
    await waitFor(() => expect(within(panel('近亲属通知')).getByTestId('notification-text')).toHaveTextContent(NOTIFICATION_TEXT));
    const after = panel('近亲属通知');
    expect(within(after).getByText('配偶 王美芳（139****5678）')).toBeInTheDocument();
    expect(within(after).getByText('2026-12-02 09:30')).toBeInTheDocument();
    expect(within(after).queryByText('家庭成员信息库中没有近亲属的联系电话，请社区联系家属')).not.toBeInTheDocument();
    expect(events().at(-1)).toBe('已短信通知近亲属：配偶 王美芳（139****5678）');
    expect(notifyButtons()).toEqual(['再次通知家属']);
  });

  it('says the API’s word when there is still nobody with a phone to text', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/posthumous-cases/12', {
      me: townshipStaff(),
      mocks: [detail(posthumousCase()), notifyMock({ errors: [{ message: '家庭成员信息库中没有近亲属的联系电话，请社区联系家属', extensions: { code: 'BAD_USER_INPUT' } }] })],
    });
    await user.click(await screen.findByRole('button', { name: '再次通知家属' }));
    expect(await screen.findByText('再次通知家属？')).toBeInTheDocument();
    expect(screen.getByText(/上次通知：配偶 王美芳（139\*\*\*\*5678）。/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '发送短信' }));

    expect(await screen.findByText('家庭成员信息库中没有近亲属的联系电话，请社区联系家属')).toBeInTheDocument();
    // The earlier notification stands.
    expect(within(panel('近亲属通知')).getByText('配偶 王美芳（139****5678）')).toBeInTheDocument();
    expect(within(panel('近亲属通知')).getByTestId('notification-text')).toHaveTextContent(NOTIFICATION_TEXT);
  });

  it('shows a closed case as done, with nothing left to record', async () => {
    const done = caseItems().map((i) => (i.status === 'SENT' ? { ...i, status: 'DONE' as const, doneAt: '2026-12-05T02:00:00.000Z', doneByName: '部门回传', allowedActions: [] } : i));
    renderApp('/posthumous-cases/12', { me: townshipStaff(), mocks: [detail(posthumousCase({ status: 'CLOSED', closedAt: '2026-12-05T02:00:00.000Z', items: done }))] });
    expect(await screen.findByText('全部事项已办结')).toBeInTheDocument();
    expect(screen.getByText('办结时间 2026-12-05 10:00')).toBeInTheDocument();
    expect(within(panel('办理事项')).getByRole('progressbar', { name: '已办结 5 / 5 项' })).toBeInTheDocument();
    expect(completeButtons()).toEqual([]);
  });

  it('shows a 403 for a case outside the area, and nothing of it', async () => {
    renderApp('/posthumous-cases/12', {
      me: townshipStaff(),
      mocks: [{ request: { query: POSTHUMOUS_CASE_QUERY, variables: { id: '12' } }, result: { errors: [{ message: '无权访问：不在您的管辖范围内', extensions: { code: 'FORBIDDEN' } }] } }],
    });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '返回身后一件事' })).toBeInTheDocument();
    expect(screen.queryByText('逝者信息')).not.toBeInTheDocument();
  });
});

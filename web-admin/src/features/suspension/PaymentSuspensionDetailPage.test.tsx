import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PaymentSuspensionFieldsFragment } from '../../gql/graphql';
import { monthAfter, todayInShanghai } from '../../shared/format';
import { renderApp, type Mock } from '../../test/renderApp';
import { communityStaff, townshipStaff } from '../risk/testData';
import { CONFIRM_PAYMENT_SUSPENSION, PAYMENT_SUSPENSION_QUERY, WITHDRAW_PAYMENT_SUSPENSION } from './suspensionQueries';
import { mayDecide, restored, suspended, suspension } from './testData';

const detail = (s: PaymentSuspensionFieldsFragment): Mock => ({ request: { query: PAYMENT_SUSPENSION_QUERY, variables: { id: s.id } }, result: { data: { paymentSuspension: s } } });

const DECISIONS = ['确认暂停', '不暂停'];
const shownDecisions = () => DECISIONS.filter((name) => screen.queryByRole('button', { name }));
const dialogTitled = async (title: string) => (await screen.findByText(title)).closest('[role="dialog"]') as HTMLElement;
const panel = (title: string) => screen.getByRole('heading', { level: 2, name: title }).closest('section') as HTMLElement;
const steps = () => [...panel('处理进度').querySelectorAll('.ant-steps-item')].map((s) => [s.querySelector('.ant-steps-item-title')?.textContent, s.className.match(/ant-steps-item-(finish|process|wait)/)?.[1]]);

describe('暂停发放 detail', () => {
  it('shows the person, the lapse and the notice, and where it stands; the community gets no decision', async () => {
    renderApp('/payment-suspensions/5', { me: communityStaff(), mocks: [detail(suspension())] });
    expect(await screen.findByRole('heading', { level: 1, name: '暂停发放：张建国' })).toBeInTheDocument();
    const info = panel('基本情况');
    expect(within(info).getByRole('link', { name: '张建国' })).toHaveAttribute('href', '/retirees/41');
    expect(within(info).getByText('生存认证已于 2026-10-15 到期，2026-07-15 已通知本人')).toBeInTheDocument();
    expect(within(info).getByText('2026-10-15')).toBeInTheDocument();
    expect(within(info).getByText('2026-07-15')).toBeInTheDocument();
    expect(within(info).getByText('生存认证过期')).toBeInTheDocument();
    expect(steps()).toEqual([
      ['拟暂停', 'process'],
      ['已暂停', 'wait'],
      ['已恢复发放', 'wait'],
    ]);
    expect(screen.getByText('由镇街或市局工作人员决定是否暂停发放。')).toBeInTheDocument();
    expect(within(panel('决定')).getByText('待镇街或市局决定')).toBeInTheDocument();
    expect(shownDecisions()).toEqual([]);
  });

  it('confirms only with a note, saying from which month payment stops; the page then shows the decision', async () => {
    const user = userEvent.setup({ delay: null });
    const note = '已电话、上门通知，逾期未认证';
    renderApp('/payment-suspensions/5', {
      me: townshipStaff(),
      mocks: [
        detail(suspension(mayDecide)),
        { request: { query: CONFIRM_PAYMENT_SUSPENSION, variables: { id: '5', note } }, result: { data: { confirmPaymentSuspension: suspended() } } },
      ],
    });
    expect(await screen.findByText('拟暂停，待决定')).toBeInTheDocument();
    expect(shownDecisions()).toEqual(['确认暂停', '不暂停']);

    await user.click(screen.getByRole('button', { name: '确认暂停' }));
    const dialog = await dialogTitled('确认暂停发放：张建国');
    expect(within(dialog).getByText(`确认后，张建国 自 ${monthAfter(todayInShanghai())} 起暂停发放；本人完成认证后自动恢复并补发`)).toBeInTheDocument();
    const ok = within(dialog).getByRole('button', { name: '确认暂停' });
    await user.click(ok);
    expect(await within(dialog).findByText('请填写暂停依据')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('暂停依据'), note);
    await user.click(ok);

    expect(await screen.findByText('已暂停发放：自 2026-11 起暂停')).toBeInTheDocument();
    expect(await screen.findByText('自 2026-11 起暂停发放')).toBeInTheDocument();
    const decision = panel('决定');
    expect(within(decision).getByText('钱晓燕')).toBeInTheDocument();
    expect(within(decision).getByText('2026-10-20 10:00')).toBeInTheDocument();
    expect(within(decision).getByText(note)).toBeInTheDocument();
    expect(steps().map(([, state]) => state)).toEqual(['finish', 'process', 'wait']);
    await waitFor(() => expect(shownDecisions()).toEqual([]));
  });

  it('says so and reloads when the person certified before the decision', async () => {
    const user = userEvent.setup({ delay: null });
    const autoWithdrawn = suspension({ status: 'WITHDRAWN', certifiedOn: '2026-10-18', certifiedBy: 'FACE', decisionNote: '决定前已于 2026-10-18 完成刷脸认证，无需暂停', closedAt: '2026-10-18T04:00:00.000Z' });
    renderApp('/payment-suspensions/5', {
      me: townshipStaff(),
      mocks: [
        detail(suspension(mayDecide)),
        { request: { query: CONFIRM_PAYMENT_SUSPENSION, variables: { id: '5', note: '逾期未认证' } }, result: { errors: [{ message: '本人已重新认证，无需暂停；该提议将自动撤销', extensions: { code: 'CONFLICT' } }] } },
        detail(autoWithdrawn),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '确认暂停' }));
    const dialog = await dialogTitled('确认暂停发放：张建国');
    await user.type(within(dialog).getByLabelText('暂停依据'), '逾期未认证');
    await user.click(within(dialog).getByRole('button', { name: '确认暂停' }));

    expect(await screen.findByText('本人已重新认证，无需暂停；该提议将自动撤销')).toBeInTheDocument();
    expect(await screen.findByText('未暂停，养老金照常发放')).toBeInTheDocument();
    expect(within(panel('决定')).getByText('系统（本人已重新认证）')).toBeInTheDocument();
    expect(steps()).toEqual([
      ['拟暂停', 'finish'],
      ['未暂停', 'finish'],
    ]);
    expect(shownDecisions()).toEqual([]);
  });

  it('decides not to suspend, with a reason', async () => {
    const user = userEvent.setup({ delay: null });
    const reason = '本人住院，家属正在联系社区上门认证';
    renderApp('/payment-suspensions/5', {
      me: townshipStaff(),
      mocks: [
        detail(suspension(mayDecide)),
        {
          request: { query: WITHDRAW_PAYMENT_SUSPENSION, variables: { id: '5', reason } },
          result: { data: { withdrawPaymentSuspension: suspension({ status: 'WITHDRAWN', decisionNote: reason, decidedByName: '钱晓燕', decidedAt: '2026-10-20T02:00:00.000Z', closedAt: '2026-10-20T02:00:00.000Z' }) } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: '不暂停' }));
    const dialog = await dialogTitled('不暂停：张建国');
    const ok = within(dialog).getByRole('button', { name: '确定不暂停' });
    await user.click(ok);
    expect(await within(dialog).findByText('请填写不暂停的原因')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('不暂停的原因'), reason);
    await user.click(ok);

    expect(await screen.findByText('已决定不暂停，养老金照常发放')).toBeInTheDocument();
    const decision = panel('决定');
    expect(within(decision).getByText('不暂停的原因')).toBeInTheDocument();
    expect(within(decision).getByText(reason)).toBeInTheDocument();
    await waitFor(() => expect(shownDecisions()).toEqual([]));
  });

  it('shows, once restored, how the person certified and every withheld month paid back', async () => {
    renderApp('/payment-suspensions/5', { me: townshipStaff(), mocks: [detail(restored())] });
    expect(await screen.findByText('已恢复发放：自 2027-02 起恢复')).toBeInTheDocument();
    expect(screen.getByText('补发 3 个月，共 ¥9,376.20')).toBeInTheDocument();
    const back = panel('恢复与补发');
    const value = (label: string) => (within(back).getByText(label).closest('th')?.nextElementSibling as HTMLElement).textContent;
    expect(value('认证方式')).toBe('刷脸认证');
    expect(value('认证日期')).toBe('2027-01-12');
    expect(value('恢复发放')).toBe('自 2027-02 起');
    expect(value('补发期间')).toBe('2026-11、2026-12、2027-01');
    expect(value('每月金额')).toBe('¥3,125.40');
    expect(value('补发合计')).toBe('¥9,376.20');
    expect(steps().map(([, state]) => state)).toEqual(['finish', 'finish', 'finish']);
  });

  it('shows a 403 for a suspension outside the area, and nothing of it', async () => {
    renderApp('/payment-suspensions/5', {
      me: townshipStaff(),
      mocks: [{ request: { query: PAYMENT_SUSPENSION_QUERY, variables: { id: '5' } }, result: { errors: [{ message: '无权访问：不在您的管辖范围内', extensions: { code: 'FORBIDDEN' } }] } }],
    });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '返回暂停发放' })).toBeInTheDocument();
    expect(screen.queryByText('基本情况')).not.toBeInTheDocument();
  });
});

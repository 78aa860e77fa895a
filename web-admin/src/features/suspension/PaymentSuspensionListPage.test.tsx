import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PaymentSuspensionFilter } from '../../gql/graphql';
import { renderApp, type Mock } from '../../test/renderApp';
import { townshipStaff } from '../risk/testData';
import { PAYMENT_SUSPENSIONS_QUERY, SUSPENSION_SUMMARY_QUERY } from './suspensionQueries';
import { restored, suspension } from './testData';

const summary = (proposed: number, suspended: number, restoredCount: number, backPayAmount: number, orgUnitId?: string): Mock => ({
  request: { query: SUSPENSION_SUMMARY_QUERY, variables: orgUnitId ? { orgUnitId } : {} },
  result: { data: { suspensionSummary: { __typename: 'SuspensionSummary', proposed, suspended, restored: restoredCount, withdrawn: 1, backPayAmount } } },
});

/** A list row: the fields the list asks for. */
const item = (s: ReturnType<typeof suspension>) => ({
  __typename: 'PaymentSuspension',
  id: s.id,
  status: s.status,
  summary: s.summary,
  lapsedOn: s.lapsedOn,
  noticedOn: s.noticedOn,
  proposedAt: s.proposedAt,
  fromPeriod: s.fromPeriod,
  resumePeriod: s.resumePeriod,
  backPayAmount: s.backPayAmount,
  retiree: { __typename: 'Retiree', id: s.retiree!.id, name: s.retiree!.name, community: s.retiree!.community, township: s.retiree!.township },
});

const list = (filter: PaymentSuspensionFilter, items: unknown[]): Mock => ({
  request: { query: PAYMENT_SUSPENSIONS_QUERY, variables: { filter, limit: 20 } },
  result: { data: { paymentSuspensions: { __typename: 'PaymentSuspensionList', total: items.length, nextCursor: null, items } } },
});

const proposed = item(suspension());
const back = item(restored({ id: '3', retiree: { ...suspension().retiree!, id: '43', name: '王美娟' } }));

describe('暂停发放 list', () => {
  it('opens on the proposals waiting for a decision, with the area’s figures, each row leading to its page', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/payment-suspensions', { me: townshipStaff(), mocks: [summary(2, 5, 3, 937620), list({ statuses: ['PROPOSED'] }, [proposed])] });

    await waitFor(() => expect(screen.getByRole('listitem', { name: '拟暂停，待决定' })).toHaveTextContent('2人'));
    expect(screen.getByRole('listitem', { name: '已暂停' })).toHaveTextContent('5人');
    expect(screen.getByRole('listitem', { name: '已恢复发放' })).toHaveTextContent('3人');
    expect(screen.getByRole('listitem', { name: '未暂停' })).toHaveTextContent('1人');
    expect(screen.getByRole('listitem', { name: '补发金额合计' })).toHaveTextContent('¥9,376.20');

    const row = (await screen.findByRole('link', { name: '张建国' })).closest('tr') as HTMLElement;
    for (const text of ['新北社区', '剡湖街道', '生存认证已于 2026-10-15 到期，2026-07-15 已通知本人', '2026-10-15', '2026-07-15', '拟暂停', '2026-10-16 09:00']) expect(within(row).getByText(text)).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '张建国' })).toHaveAttribute('href', '/retirees/41');
    expect(within(row).getByRole('link', { name: '查看张建国的暂停发放 #5' })).toHaveAttribute('href', '/payment-suspensions/5');

    // A click anywhere in the row opens it.
    await user.click(within(row).getByText('生存认证已于 2026-10-15 到期，2026-07-15 已通知本人'));
    await waitFor(() => expect(router.location.pathname).toBe('/payment-suspensions/5'));
  });

  it('filters by status through the URL, and by the area chosen in the header', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/payment-suspensions', {
      me: townshipStaff(),
      mocks: [
        summary(2, 5, 3, 937620),
        list({ statuses: ['PROPOSED'] }, [proposed]),
        list({ statuses: ['RESTORED'] }, [back]),
        list({}, [proposed, back]),
        summary(0, 1, 0, 0, '17'),
        list({ orgUnitId: '17' }, []),
      ],
    });
    await screen.findByRole('link', { name: '张建国' });

    const statuses = screen.getByRole('radiogroup', { name: '处理状态' });
    await user.click(within(statuses).getByText('已恢复发放'));
    const row = (await screen.findByRole('link', { name: '王美娟' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('自 2027-02 起恢复，补发 ¥9,376.20')).toBeInTheDocument();
    expect(router.location.search).toBe('?status=RESTORED');

    await user.click(within(statuses).getByText('全部'));
    expect(await screen.findByText('共 2 人')).toBeInTheDocument();
    expect(router.location.search).toBe('?status=ALL');

    act(() => void router.navigate('/payment-suspensions?status=ALL&org=17'));
    expect(await screen.findByText('该区域没有暂停发放')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('listitem', { name: '已暂停' })).toHaveTextContent('1人'));
  });
});

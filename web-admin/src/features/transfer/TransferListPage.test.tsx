import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TransferFilter } from '../../gql/graphql';
import { renderApp, type Mock } from '../../test/renderApp';
import { COMMUNITY_TRANSFERS_QUERY } from './transferQueries';

const row = (id: string, name: string, status: string, requestedByRetiree = true) => ({
  __typename: 'CommunityTransfer',
  id,
  status,
  createdAt: '2026-11-20T02:00:00.000Z',
  completedAt: null,
  requestedByName: requestedByRetiree ? name : '钱晓燕',
  requestedByRetiree,
  applicant: { __typename: 'TransferApplicant', id: `r${id}`, name },
  fromCommunity: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
  fromTownship: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
  toCommunity: { __typename: 'OrgUnit', id: '31', name: '鹿山社区' },
  toTownship: { __typename: 'OrgUnit', id: '3', name: '鹿山街道' },
});

const list = (filter: TransferFilter, items: unknown[]): Mock => ({
  request: { query: COMMUNITY_TRANSFERS_QUERY, variables: { filter, limit: 20 } },
  result: { data: { communityTransfers: { __typename: 'CommunityTransferList', total: items.length, nextCursor: null, items } } },
});

describe('community transfer list', () => {
  it('opens on the requests awaiting our review, and each tab asks for its own, remembered in the URL', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/transfers?org=17', {
      mocks: [
        list({ direction: 'OUTGOING', status: ['PENDING_ORIGIN'], orgUnitId: '17' }, [row('5', '俞秀英', 'PENDING_ORIGIN', false)]),
        list({ direction: 'INCOMING', status: ['PENDING_TARGET'], orgUnitId: '17' }, [row('6', '王建国', 'PENDING_TARGET')]),
        list({ orgUnitId: '17' }, [row('6', '王建国', 'PENDING_TARGET'), row('5', '俞秀英', 'PENDING_ORIGIN', false), row('4', '张桂兰', 'COMPLETED')]),
      ],
    });
    const first = (await screen.findByRole('link', { name: '俞秀英' })).closest('tr') as HTMLElement;
    expect(within(first).getByText('待转出社区审核')).toBeInTheDocument();
    expect(within(first).getByText('新北社区')).toBeInTheDocument();
    expect(within(first).getByText('鹿山街道')).toBeInTheDocument();
    expect(within(first).getByText('钱晓燕（代办）')).toBeInTheDocument();
    expect(within(first).getByText('2026-11-20 10:00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '俞秀英' })).toHaveAttribute('href', '/transfers/5?org=17');

    await user.click(screen.getByRole('tab', { name: '待接收' }));
    expect(await screen.findByRole('link', { name: '王建国' })).toBeInTheDocument();
    expect(router.location.search).toBe('?org=17&tab=incoming');
    expect(screen.getByText('本人申请')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '全部' }));
    expect(await screen.findByText('已完成')).toBeInTheDocument();
    expect(router.location.search).toBe('?org=17&tab=all');
    expect(screen.getByText('共 3 份申请')).toBeInTheDocument();
  });
});

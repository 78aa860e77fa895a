import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, renderWithProviders, viewer, type Mock } from '../../test/renderApp';
import { RetireeTransferCard } from './RetireeTransferCard';
import { COMMUNITIES_QUERY, COMMUNITY_TRANSFERS_QUERY, REQUEST_TRANSFER } from './transferQueries';

const retiree = { id: '1', name: '俞秀英', status: 'ACTIVE', community: { id: '17', name: '新北社区' } };
const unit = (id: string, name: string, township = '剡湖街道') => ({ __typename: 'OrgUnit', id, name, parent: { __typename: 'OrgUnit', id: '2', name: township } });

const listItem = (id: string, status: string, to = '城关社区') => ({
  __typename: 'CommunityTransfer',
  id,
  status,
  createdAt: '2025-03-01T02:00:00.000Z',
  completedAt: null,
  requestedByName: '俞秀英',
  requestedByRetiree: true,
  applicant: { __typename: 'TransferApplicant', id: '1', name: '俞秀英' },
  fromCommunity: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
  fromTownship: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
  toCommunity: { __typename: 'OrgUnit', id: '19', name: to },
  toTownship: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
});

const transfers = (items: unknown[]): Mock => ({
  request: { query: COMMUNITY_TRANSFERS_QUERY, variables: { filter: { retireeId: '1' }, limit: 10 } },
  result: { data: { communityTransfers: { __typename: 'CommunityTransferList', total: items.length, nextCursor: null, items } } },
});

describe("a retiree's community transfers", () => {
  it('lists earlier transfers and applies for one on the retiree’s behalf, with communities suggested from the new address', async () => {
    const user = userEvent.setup({ delay: null });
    const address = '剡湖街道城南社区官河路12号';
    renderWithProviders(<RetireeTransferCard retiree={retiree} />, {
      me: viewer({ permissions: [...ALL_PERMISSIONS, 'task:work'] }),
      mocks: [
        transfers([listItem('3', 'CANCELLED')]),
        {
          request: { query: COMMUNITIES_QUERY, variables: { address, limit: 5 } },
          result: { data: { communities: [unit('18', '城南社区'), unit('17', '新北社区')] } },
          maxUsageCount: 5,
        },
        {
          request: { query: REQUEST_TRANSFER, variables: { input: { retireeId: '1', toCommunityId: '18', newAddress: address, reason: '随子女搬迁' } } },
          result: { data: { requestCommunityTransfer: { __typename: 'CommunityTransfer', id: '9' } } },
        },
      ],
    });
    expect(await screen.findByText('已撤销')).toBeInTheDocument();
    expect(screen.getByText('新北社区 → 城关社区')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /申请社区转移/ }));
    const dialog = (await screen.findAllByText('申请社区转移：俞秀英'))[0]!.closest('[role="dialog"]') as HTMLElement;
    await user.click(within(dialog).getByRole('button', { name: '提交申请' }));
    expect(await within(dialog).findByText('请填写新居住地址')).toBeInTheDocument();
    expect(within(dialog).getByText('请选择转入社区')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写转移原因')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('新居住地址'), address);
    await user.click(within(dialog).getByLabelText('转入社区'));
    // Suggested from the address; the retiree's own community is not offered.
    expect(await screen.findByText('根据新居住地址推荐')).toBeInTheDocument();
    expect(screen.queryByText('新北社区（剡湖街道）')).not.toBeInTheDocument();
    await user.click(await screen.findByText('城南社区（剡湖街道）'));
    await user.type(within(dialog).getByLabelText('转移原因'), '随子女搬迁');
    await user.click(within(dialog).getByRole('button', { name: '提交申请' }));
    expect(await screen.findByText('已提交俞秀英的社区转移申请，待新北社区审核')).toBeInTheDocument();
  });

  it('offers no new application while one is open', async () => {
    renderWithProviders(<RetireeTransferCard retiree={retiree} />, { me: viewer({ permissions: [...ALL_PERMISSIONS, 'task:work'] }), mocks: [transfers([listItem('4', 'PENDING_TARGET', '城南社区')])] });
    expect(await screen.findByText('正在办理：转往城南社区（待转入社区接收）')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看进度' })).toHaveAttribute('href', '/transfers/4');
    expect(screen.queryByRole('button', { name: /申请社区转移/ })).not.toBeInTheDocument();
  });

  it('does not offer it to a viewer without task work', async () => {
    renderWithProviders(<RetireeTransferCard retiree={retiree} />, { mocks: [transfers([])] });
    expect(await screen.findByText('没有社区转移记录')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: /申请社区转移/ })).not.toBeInTheDocument());
  });
});

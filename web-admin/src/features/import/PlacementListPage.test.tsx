import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Mock } from '../../test/renderApp';
import { COMMUNITIES_QUERY } from '../transfer/transferQueries';
import { AWAITING_PLACEMENT_QUERY, PLACE_RETIREE } from './placementQueries';
import { townshipStaff } from './testData';

const RESIDENCE = '浙江省绍兴市嵊州市剡湖街道北直街88号';

const waiting = {
  __typename: 'Retiree',
  id: '5001',
  name: '张建华',
  gender: 'MALE',
  idNumber: '330683********1234',
  hukouAddress: '浙江省绍兴市嵊州市剡湖街道',
  residenceAddress: RESIDENCE,
  placementNote: '常住地址对应到 2 个社区，无法自动确定',
  createdAt: '2026-11-30T01:10:00.000Z',
  township: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
};

const list = (items: unknown[], area?: string): Mock => ({
  request: { query: AWAITING_PLACEMENT_QUERY, variables: area ? { orgUnitId: area, limit: 20 } : { limit: 20 } },
  result: { data: { retireesAwaitingPlacement: { __typename: 'RetireeList', total: items.length, nextCursor: null, items } } },
});

const unit = (id: string, name: string, townshipId: string, township: string) => ({ __typename: 'OrgUnit', id, name, parent: { __typename: 'OrgUnit', id: townshipId, name: township } });

describe('placing new retirees', () => {
  it('lists who waits and why, suggests communities in the area from the address, and places them', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/placements', {
      me: townshipStaff(),
      mocks: [
        list([waiting]),
        {
          request: { query: COMMUNITIES_QUERY, variables: { address: RESIDENCE, limit: 5 } },
          // 鹿山社区 is another township's: the API would refuse it, so it is not offered.
          result: { data: { communities: [unit('17', '新北社区', '2', '剡湖街道'), unit('31', '鹿山社区', '3', '鹿山街道')] } },
          maxUsageCount: 3,
        },
        {
          request: { query: PLACE_RETIREE, variables: { retireeId: '5001', communityId: '17' } },
          result: {
            data: {
              placeRetiree: {
                __typename: 'Retiree',
                id: '5001',
                placementNote: null,
                checkedInAt: null,
                community: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
                township: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
              },
            },
          },
        },
        list([]),
      ],
    });
    const row = (await screen.findByRole('link', { name: '张建华' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('330683********1234')).toBeInTheDocument();
    expect(within(row).getByText(`常住：${RESIDENCE}`)).toBeInTheDocument();
    expect(within(row).getByText('户籍：浙江省绍兴市嵊州市剡湖街道')).toBeInTheDocument();
    expect(within(row).getByText('常住地址对应到 2 个社区，无法自动确定')).toBeInTheDocument();
    expect(within(row).getByText('2026-11-30 09:10')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: '为张建华分配社区' }));
    const dialog = (await screen.findByText('分配社区：张建华')).closest('[role="dialog"]') as HTMLElement;
    await user.click(within(dialog).getByRole('button', { name: '确定分配' }));
    expect(await within(dialog).findByText('请选择管理社区')).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText('管理社区'));
    expect(await screen.findByText('根据地址推荐')).toBeInTheDocument();
    expect(screen.queryByText('鹿山社区（鹿山街道）')).not.toBeInTheDocument();
    await user.click(await screen.findByText('新北社区（剡湖街道）'));
    await user.click(within(dialog).getByRole('button', { name: '确定分配' }));

    expect(await screen.findByText('已将张建华分配到新北社区，社区将收到纳入管理任务')).toBeInTheDocument();
    expect(await screen.findByText('没有待分配社区的人员')).toBeInTheDocument();
  });

  it('narrows to the area chosen in the header (?org=), and keeps it on the way to a person', async () => {
    const { router } = renderApp('/placements?org=2', { me: townshipStaff(), mocks: [list([waiting], '2'), list([], '17')] });
    expect(await screen.findByRole('link', { name: '张建华' })).toHaveAttribute('href', '/retirees/5001?org=2');
    expect(screen.getByText('共 1 人')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: '区域' })).toHaveTextContent('剡湖街道'));

    act(() => void router.navigate('/placements?org=17'));
    expect(await screen.findByText('该区域没有待分配社区的人员')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: '区域' })).toHaveTextContent('新北社区'));
  });
});

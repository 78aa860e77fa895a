import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, renderWithProviders, type Mock } from '../../test/renderApp';
import { CONFIRMATION_STATS_QUERY, SEND_INFO_CONFIRMATIONS } from './ConfirmationStatsPage';
import { ConfirmationStatsTable, type StatsRow } from './ConfirmationStatsTable';

const row = (id: string, name: string, level: string, n: Partial<Omit<StatsRow, 'orgUnit'>> = {}): StatsRow => ({
  __typename: 'ConfirmationStats',
  orgUnit: { __typename: 'OrgUnit', id, name, level: level as StatsRow['orgUnit']['level'] },
  retirees: 0,
  sent: 0,
  pending: 0,
  confirmed: 0,
  disputed: 0,
  resolved: 0,
  completionRate: 0,
  ...n,
});

const township = row('2', '剡湖街道', 'TOWNSHIP', { retirees: 3071, sent: 200, pending: 120, confirmed: 70, disputed: 4, resolved: 6, completionRate: 0.38 });
const community = row('17', '新北社区', 'COMMUNITY', { retirees: 141, sent: 20, pending: 8, confirmed: 10, disputed: 1, resolved: 1, completionRate: 0.55 });
const quiet = row('18', '城南社区', 'COMMUNITY', { retirees: 90 });

describe('confirmation stats table', () => {
  it('shows the area total and each unit with its counts and completion, and drills into a unit', async () => {
    const user = userEvent.setup({ delay: null });
    const onOpenUnit = vi.fn();
    renderWithProviders(<ConfirmationStatsTable rows={[township, community, quiet]} onOpenUnit={onOpenUnit} />);

    const total = (await screen.findByText('剡湖街道（合计）')).closest('tr') as HTMLElement;
    for (const title of ['单位', '在册人数', '已发送', '待确认', '已确认', '有异议', '已处理', '完成率']) expect(screen.getByRole('columnheader', { name: title })).toBeInTheDocument();
    expect(within(total).getByText('3,071')).toBeInTheDocument();
    expect(within(total).getByText('38.0%')).toBeInTheDocument();
    expect(within(total).queryByRole('button')).not.toBeInTheDocument();

    const north = screen.getByRole('button', { name: '新北社区' }).closest('tr') as HTMLElement;
    expect(within(north).getAllByRole('cell').map((c) => c.textContent)).toEqual(['新北社区', '141', '20', '8', '10', '1', '1', '55.0%']);
    expect(within(screen.getByRole('button', { name: '城南社区' }).closest('tr') as HTMLElement).getByText('未发送')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '新北社区' }));
    expect(onOpenUnit).toHaveBeenCalledWith('17');
  });

  it('drills down through the URL and sends confirmations after asking', async () => {
    const user = userEvent.setup({ delay: null });
    const stats = (orgUnitId: string | undefined, rows: StatsRow[]): Mock => ({
      request: { query: CONFIRMATION_STATS_QUERY, variables: orgUnitId ? { orgUnitId } : {} },
      result: { data: { infoConfirmationStats: rows } },
    });
    const { router } = renderApp('/confirmation', {
      mocks: [
        stats(undefined, [township, community]),
        stats('17', [community]),
        { request: { query: SEND_INFO_CONFIRMATIONS, variables: { orgUnitId: '17' } }, result: { data: { sendInfoConfirmations: 12 } } },
        stats('17', [{ ...community, sent: 32, pending: 20 }]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '新北社区' }));
    expect(router.location.search).toBe('?org=17');
    expect(await screen.findByText('新北社区（合计）')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /发送信息确认/ }));
    expect(await screen.findByText(/将向该区域内尚无待办确认的正常发放人员发送/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^发\s*送$/ }));
    expect(await screen.findByText('已向 12 人发送信息确认')).toBeInTheDocument();
    const total = (await screen.findByText('32')).closest('tr') as HTMLElement;
    expect(within(total).getByText('20')).toBeInTheDocument();
  });
});

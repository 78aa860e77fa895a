import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RiskAlertFilter } from '../../gql/graphql';
import { renderApp, type Mock } from '../../test/renderApp';
import { RISK_ALERTS_QUERY, RISK_SUMMARY_QUERY, RUN_RISK_SCAN } from './riskQueries';
import { bureauStaff, townshipStaff } from './testData';

const kindRow = (kind: string, open: number, confirmed: number, closed: number, dismissed: number, overpaid: number, recovery: number, recovered: number) => ({
  __typename: 'RiskKindSummary',
  kind,
  open,
  confirmed,
  closed,
  dismissed,
  overpaidAmount: overpaid,
  recoveryAmount: recovery,
  recoveredAmount: recovered,
});

const summaryRows = [
  kindRow('DECEASED_PAID', 2, 1, 1, 1, 1875240, 1250160, 725080),
  kindRow('IMPRISONED_PAID', 0, 1, 0, 0, 312540, 312540, 0),
  kindRow('AMOUNT_JUMP', 1, 0, 0, 2, 50000, 0, 0),
  kindRow('SHARED_ACCOUNT', 0, 0, 0, 0, 0, 0, 0),
];

const summary = (rows: unknown[], orgUnitId?: string): Mock => ({
  request: { query: RISK_SUMMARY_QUERY, variables: orgUnitId ? { orgUnitId } : {} },
  result: { data: { riskSummary: rows } },
});

const item = (id: string, kind: string, status: string, name: string, overpaid: number, summaryText: string, community: string | null = '新北社区') => ({
  __typename: 'RiskAlert',
  id,
  kind,
  status,
  summary: summaryText,
  overpaidAmount: overpaid,
  raisedAt: '2026-11-20T02:00:00.000Z',
  retiree: {
    __typename: 'Retiree',
    id: `4${id}`,
    name,
    community: community ? { __typename: 'OrgUnit', id: '17', name: community } : null,
    township: community ? { __typename: 'OrgUnit', id: '2', name: '剡湖街道' } : null,
  },
});

const death = item('7', 'DECEASED_PAID', 'OPEN', '张建国', 625080, '共享数据显示已于 2026-09-30 死亡，死亡次月起已多发 2 个月共 6,250.80 元');
const jump = item('6', 'AMOUNT_JUMP', 'CONFIRMED', '李秀兰', 50000, '发放金额突变：2026-10 3,125.40 元 → 2026-11 3,625.40 元', null);

const alerts = (filter: RiskAlertFilter, items: unknown[]): Mock => ({
  request: { query: RISK_ALERTS_QUERY, variables: { filter, limit: 20 } },
  result: { data: { riskAlerts: { __typename: 'RiskAlertList', total: items.length, nextCursor: null, items } } },
});

describe('fund-risk warnings', () => {
  it('shows the dashboard by kind with totals, and the alerts of the area, newest first', async () => {
    renderApp('/risk-alerts', { me: townshipStaff(), mocks: [summary(summaryRows), alerts({}, [death, jump])] });

    const stats = await screen.findByRole('list', { name: '预警汇总' });
    // The numbers replace their placeholders once the summary answers.
    await waitFor(() => expect(within(stats).getByRole('listitem', { name: '待核实' })).toHaveTextContent('3'));
    expect(within(stats).getByRole('listitem', { name: '已确认待追回' })).toHaveTextContent('2');
    expect(within(stats).getByRole('listitem', { name: '多发金额' })).toHaveTextContent('¥22,377.80');
    expect(within(stats).getByRole('listitem', { name: '已追回 / 应追回' })).toHaveTextContent('¥7,250.80 / ¥15,627.00');

    const byKind = screen.getByRole('table', { name: '按预警类型汇总' });
    const deceased = within(byKind).getByText('已故仍在发放').closest('tr') as HTMLElement;
    expect([...deceased.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['已故仍在发放', '2', '1', '1', '1', '¥18,752.40', '¥12,501.60', '¥7,250.80']);
    const totals = within(byKind).getByText('合计').closest('tr') as HTMLElement;
    expect([...totals.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['合计', '3', '2', '1', '3', '¥22,377.80', '¥15,627.00', '¥7,250.80']);

    const first = (await screen.findByRole('link', { name: '查看预警 #7' })).closest('tr') as HTMLElement;
    for (const text of ['张建国', '新北社区', '剡湖街道', '¥6,250.80', '待核实', '2026-11-20 10:00']) expect(within(first).getByText(text)).toBeInTheDocument();
    expect(within(first).getByText('已故仍在发放')).toHaveClass('ant-tag-red');
    expect(within(first).getByRole('link', { name: '张建国' })).toHaveAttribute('href', '/retirees/47');
    expect(screen.getByRole('link', { name: '查看预警 #7' })).toHaveAttribute('href', '/risk-alerts/7');
    const second = screen.getByRole('link', { name: '查看预警 #6' }).closest('tr') as HTMLElement;
    expect(within(second).getByText('待分配社区')).toBeInTheDocument();
    expect(within(second).getByText('已确认待追回')).toBeInTheDocument();
    expect(screen.getByText('共 2 条预警')).toBeInTheDocument();

    // The scan is the bureau's: a township has no button for it.
    expect(screen.queryByRole('button', { name: /立即扫描/ })).not.toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: '主菜单' });
    expect(within(menu).getByText('风险防控')).toBeInTheDocument();
  });

  it('filters by kind and status through the URL, and by the area chosen in the header', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/risk-alerts', {
      me: townshipStaff(),
      mocks: [
        summary(summaryRows),
        alerts({}, [death, jump]),
        alerts({ kinds: ['DECEASED_PAID'] }, [death]),
        alerts({ kinds: ['DECEASED_PAID'], statuses: ['CONFIRMED'] }, []),
        summary(summaryRows.map((r) => ({ ...r, open: 0 })), '17'),
        alerts({ kinds: ['DECEASED_PAID'], statuses: ['CONFIRMED'], orgUnitId: '17' }, []),
      ],
    });
    await screen.findByRole('link', { name: '查看预警 #6' });

    await user.click(screen.getByRole('combobox', { name: '预警类型' }));
    await user.click(await screen.findByTitle('已故仍在发放'));
    expect(await screen.findByText('共 1 条预警')).toBeInTheDocument();
    expect(router.location.search).toBe('?kind=DECEASED_PAID');

    await user.click(screen.getByRole('combobox', { name: '处理状态' }));
    await user.click(await screen.findByTitle('已确认待追回'));
    expect(await screen.findByText('没有符合条件的预警')).toBeInTheDocument();
    expect(router.location.search).toBe('?kind=DECEASED_PAID&status=CONFIRMED');

    act(() => void router.navigate('/risk-alerts?kind=DECEASED_PAID&status=CONFIRMED&org=17'));
    await waitFor(() => expect(screen.getByRole('button', { name: '区域' })).toHaveTextContent('新北社区'));
    await waitFor(() => expect(within(screen.getByRole('list', { name: '预警汇总' })).getByRole('listitem', { name: '待核实' })).toHaveTextContent('0'));
  });

  it('lets the bureau scan the city now and says what it found; the lists are asked for again', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/risk-alerts', {
      me: bureauStaff(),
      mocks: [
        summary(summaryRows),
        alerts({}, [jump]),
        { request: { query: RUN_RISK_SCAN }, result: { data: { runRiskScan: { __typename: 'RiskScanResult', raised: 1, refreshed: 2, durationMs: 1840 } } } },
        summary(summaryRows.map((r) => (r.kind === 'DECEASED_PAID' ? { ...r, open: 3 } : r))),
        alerts({}, [death, jump]),
      ],
    });
    await screen.findByRole('link', { name: '查看预警 #6' });
    expect(screen.queryByRole('link', { name: '查看预警 #7' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /立即扫描/ }));
    expect(await screen.findByText('扫描完成：新增 1 条，更新 2 条')).toBeInTheDocument();
    expect(screen.getByText('全市扫描用时 1.8 秒；新增的预警已派发所在社区核实。')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '查看预警 #7' })).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('list', { name: '预警汇总' })).getByRole('listitem', { name: '待核实' })).toHaveTextContent('4'));
  });

  it('says plainly when the scan failed', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/risk-alerts', {
      me: bureauStaff(),
      mocks: [summary(summaryRows), alerts({}, []), { request: { query: RUN_RISK_SCAN }, result: { errors: [{ message: '服务器繁忙', extensions: { code: 'TOO_MANY_REQUESTS' } }] } }],
    });
    expect(await screen.findByText('没有基金风险预警')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /立即扫描/ }));
    expect(await screen.findByText('扫描失败：服务器繁忙')).toBeInTheDocument();
    expect(screen.queryByText(/扫描完成/)).not.toBeInTheDocument();
  });
});

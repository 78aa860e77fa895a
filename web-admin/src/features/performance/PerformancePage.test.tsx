import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, type Mock } from '../../test/renderApp';
import { exportPerformance } from './exportPerformance';
import type { PerformanceReport, PerformanceRow } from './performanceFormat';
import { PERFORMANCE_QUERY } from './performanceQuery';

// The exporter loads exceljs on demand; here only the call matters.
vi.mock('./exportPerformance', () => ({ exportPerformance: vi.fn(async () => '工作绩效_剡湖街道_2026-01-01_2026-11-29.xlsx') }));

const unit = (id: string, name: string, level: 'CITY' | 'TOWNSHIP' | 'COMMUNITY') => ({ __typename: 'OrgUnit' as const, id, name, level });

function row(name: string, n: Partial<PerformanceRow> = {}): PerformanceRow {
  return {
    __typename: 'PerformanceRow',
    rank: 1,
    name,
    staffId: null,
    orgUnit: null,
    received: 0,
    signedOnTime: 0,
    signedOnTimeRate: null,
    completed: 0,
    completedOnTime: 0,
    onTimeRate: null,
    overdue: 0,
    evaluated: 0,
    averageScore: null,
    retirees: null,
    infoConfirmedRate: null,
    certifiedRate: null,
    ...n,
  };
}

const city = { ...unit('1', '嵊州市', 'CITY'), parent: null };
const township = { ...unit('2', '剡湖街道', 'TOWNSHIP'), parent: city };
const community = { ...unit('17', '新北社区', 'COMMUNITY'), parent: township };

const townshipReport: PerformanceReport = {
  __typename: 'PerformanceReport',
  breakdown: 'UNITS',
  from: '2026-01-01',
  to: '2026-11-29',
  orgUnit: township,
  rows: [
    row('新北社区', { rank: 1, orgUnit: unit('17', '新北社区', 'COMMUNITY'), received: 12, signedOnTime: 11, signedOnTimeRate: 11 / 12, completed: 10, completedOnTime: 9, onTimeRate: 0.75, overdue: 1, evaluated: 6, averageScore: 4.5, retirees: 141, infoConfirmedRate: 0.4 }),
    row('城南社区', { rank: 2, orgUnit: unit('18', '城南社区', 'COMMUNITY'), retirees: 90 }),
  ],
  total: row('合计', { orgUnit: unit('2', '剡湖街道', 'TOWNSHIP'), received: 12, signedOnTime: 11, signedOnTimeRate: 11 / 12, completed: 10, completedOnTime: 9, onTimeRate: 0.75, overdue: 1, evaluated: 6, averageScore: 4.5 }),
};

const communityReport: PerformanceReport = {
  ...townshipReport,
  breakdown: 'STAFF',
  orgUnit: community,
  rows: [row('钱晓燕', { rank: 1, staffId: '7', received: 8, signedOnTime: 8, signedOnTimeRate: 1, completed: 8, completedOnTime: 8, onTimeRate: 1 }), row('（尚未签领）', { rank: 2, received: 4, overdue: 1 })],
  total: row('合计', { orgUnit: unit('17', '新北社区', 'COMMUNITY'), received: 12 }),
};

const report = (orgUnitId: string | undefined, data: PerformanceReport, from = '2026-01-01', to = '2026-11-29'): Mock => ({
  request: { query: PERFORMANCE_QUERY, variables: { ...(orgUnitId ? { orgUnitId } : {}), from, to } },
  result: { data: { performance: data } },
});

describe('work performance', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T04:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('ranks the units of this year so far, with rates, a total row and "—" where there is no figure', async () => {
    renderApp('/performance', { mocks: [report(undefined, townshipReport)] });
    const north = (await screen.findByRole('button', { name: '新北社区' })).closest('tr') as HTMLElement;
    for (const title of ['排名', '单位', '收到任务', '及时签领率', '按期办结率', '平均评分', '管理人数', '信息确认率', '认证覆盖率']) {
      expect(screen.getByRole('columnheader', { name: title })).toBeInTheDocument();
    }
    expect(within(north).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '新北社区', '12', '11', '91.7%', '10', '9', '75.0%', '1', '6', '4.50', '141', '40.0%', '—']);
    const south = screen.getByRole('button', { name: '城南社区' }).closest('tr') as HTMLElement;
    expect(within(south).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '城南社区', '0', '0', '—', '0', '0', '—', '0', '0', '—', '90', '—', '—']);
    const total = screen.getByText('合计').closest('tr') as HTMLElement;
    expect(within(total).getByText('75.0%')).toBeInTheDocument();
    expect(screen.getByDisplayValue('2026-01-01')).toBeInTheDocument();
    expect(screen.getByDisplayValue('2026-11-29')).toBeInTheDocument();
  });

  it('drills down to a community’s people through ?org= and back up by the trail, keeping the period', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/performance?from=2026-07-01&to=2026-09-30', {
      mocks: [
        report(undefined, townshipReport, '2026-07-01', '2026-09-30'),
        report('17', communityReport, '2026-07-01', '2026-09-30'),
        report(undefined, townshipReport, '2026-07-01', '2026-09-30'),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '新北社区' }));
    expect(new URLSearchParams(router.location.search).get('org')).toBe('17');
    expect(new URLSearchParams(router.location.search).get('from')).toBe('2026-07-01');
    expect(await screen.findByRole('columnheader', { name: '工作人员' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '钱晓燕' })).toBeInTheDocument();
    expect(screen.getByText('（尚未签领）')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: '管理人数' })).not.toBeInTheDocument();
    expect(screen.getByText('新北社区 · 工作人员')).toBeInTheDocument();

    // The trail stops at the viewer's own unit (the township): the city is not theirs to open.
    expect(screen.queryByRole('button', { name: '嵊州市' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '剡湖街道' }));
    expect(new URLSearchParams(router.location.search).get('org')).toBeNull();
    expect(await screen.findByRole('button', { name: '城南社区' })).toBeInTheDocument();
  });

  it('exports what is on screen to Excel', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/performance', { mocks: [report(undefined, townshipReport)] });
    await screen.findByRole('button', { name: '新北社区' });
    await user.click(screen.getByRole('button', { name: /导出 Excel/ }));
    expect(exportPerformance).toHaveBeenCalledOnce();
    expect(vi.mocked(exportPerformance).mock.calls[0]![0]).toMatchObject({ from: '2026-01-01', to: '2026-11-29', orgUnit: { name: '剡湖街道' } });
    expect(await screen.findByText('已导出 工作绩效_剡湖街道_2026-01-01_2026-11-29.xlsx')).toBeInTheDocument();
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PosthumousCaseFilter } from '../../gql/graphql';
import { renderApp, type Mock } from '../../test/renderApp';
import { townshipStaff } from '../risk/testData';
import { POSTHUMOUS_CASES_QUERY } from './posthumousQueries';

const row = (id: string, name: string, status: 'OPEN' | 'CLOSED', itemStatuses: string[], notified: string | null, community: string | null = '新北社区') => ({
  __typename: 'PosthumousCase',
  id,
  status,
  deathDate: '2026-09-30',
  notifiedRelative: notified,
  notifiedAt: notified ? '2026-11-23T02:00:00.000Z' : null,
  openedAt: '2026-11-23T02:00:00.000Z',
  closedAt: status === 'CLOSED' ? '2026-12-05T02:00:00.000Z' : null,
  retiree: { __typename: 'Retiree', id: `4${id}`, name, community: community ? { __typename: 'OrgUnit', id: '17', name: community } : null },
  items: itemStatuses.map((s, i) => ({ __typename: 'PosthumousCaseItem', id: `${id}${i}`, status: s })),
});

const zhang = row('12', '张建国', 'OPEN', ['DONE', 'SENT', 'SENT', 'SENT', 'SENT'], '配偶 王美芳（139****5678）');
const li = row('9', '李秀兰', 'CLOSED', ['DONE', 'DONE', 'NOT_APPLICABLE', 'DONE', 'DONE'], null, null);

const cases = (filter: PosthumousCaseFilter, items: unknown[]): Mock => ({
  request: { query: POSTHUMOUS_CASES_QUERY, variables: { filter, limit: 20 } },
  result: { data: { posthumousCases: { __typename: 'PosthumousCaseList', total: items.length, nextCursor: null, items } } },
});

const cells = (tr: HTMLElement) => [...tr.querySelectorAll('td')].map((td) => td.textContent);

describe('身后一件事 list', () => {
  it('lists the area’s cases, newest first: the deceased, community, death date, progress, the next of kin told, status and start', async () => {
    renderApp('/posthumous-cases?org=2', { me: townshipStaff(), mocks: [cases({ orgUnitId: '2' }, [zhang, li])] });
    const open = (await screen.findByRole('link', { name: '查看张建国的身后一件事' })).closest('tr') as HTMLElement;
    expect(cells(open)).toEqual(['张建国', '新北社区', '2026-09-30', '1/5', '配偶 王美芳（139****5678）短信 · 2026-11-23 10:00', '办理中', '2026-11-23 10:00', '查看']);
    expect(within(open).getByRole('progressbar', { name: '已办结 1 / 5 项' })).toBeInTheDocument();
    expect(within(open).getByRole('link', { name: '张建国' })).toHaveAttribute('href', '/retirees/412?org=2');
    expect(within(open).getByRole('link', { name: '查看张建国的身后一件事' })).toHaveAttribute('href', '/posthumous-cases/12?org=2');

    // Not applicable counts as settled: the closed case is 5/5.
    const closed = screen.getByRole('link', { name: '查看李秀兰的身后一件事' }).closest('tr') as HTMLElement;
    expect(cells(closed)).toEqual(['李秀兰', '待分配社区', '2026-09-30', '5/5', '未能短信通知', '已办结', '2026-11-23 10:00', '查看']);
    expect(screen.getByText('共 2 件')).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: '主菜单' });
    expect(within(menu).getByRole('menuitem', { name: /身后一件事/ })).toBeInTheDocument();
  });

  it('filters by status through the URL, keeping the area; an empty result says so', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/posthumous-cases', {
      me: townshipStaff(),
      mocks: [cases({}, [zhang, li]), cases({ status: 'CLOSED' }, [li]), cases({ status: 'CLOSED', orgUnitId: '17' }, [])],
    });
    await screen.findByRole('link', { name: '查看张建国的身后一件事' });

    await user.click(screen.getByRole('combobox', { name: '办理状态' }));
    await user.click(await screen.findByTitle('已办结'));
    expect(await screen.findByText('共 1 件')).toBeInTheDocument();
    expect(router.location.search).toBe('?status=CLOSED');
    expect(screen.queryByRole('link', { name: '查看张建国的身后一件事' })).not.toBeInTheDocument();

    act(() => void router.navigate('/posthumous-cases?status=CLOSED&org=17'));
    expect(await screen.findByText('没有符合条件的身后一件事')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: '区域' })).toHaveTextContent('新北社区'));
  });

  it('opens a case from its row', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/posthumous-cases', { me: townshipStaff(), mocks: [cases({}, [zhang])] });
    await user.click(await screen.findByText('2026-09-30'));
    expect(router.location.pathname).toBe('/posthumous-cases/12');
  });
});

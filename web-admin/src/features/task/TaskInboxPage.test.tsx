import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Mock } from '../../test/renderApp';
import { TASK_INBOX_COUNTS_QUERY } from './inboxCounts';
import { TASK_LIST_QUERY } from './TaskTable';
import { communityWorker, inboxCounts } from './testData';

const row = (id: string, title: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Task',
  id,
  title,
  type: 'VISIT',
  priority: 'NORMAL',
  status: 'ASSIGNED',
  dueDate: '2026-12-10',
  overdue: false,
  retireeCount: 12,
  creatorUnit: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
  assigneeUnit: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
  assigneeStaffName: null,
  ...overrides,
});

const box = (name: string, items: ReturnType<typeof row>[]): Mock => ({
  request: { query: TASK_LIST_QUERY, variables: { filter: { box: name }, limit: 20 } },
  result: { data: { tasks: { __typename: 'TaskList', total: items.length, nextCursor: null, items } } },
  maxUsageCount: 3,
});

const counts: Mock = { request: { query: TASK_INBOX_COUNTS_QUERY }, result: { data: inboxCounts(2, 1, 1, 0) }, maxUsageCount: 3 };

describe('我的待办', () => {
  it('shows the count of each box on its tab and the tasks to sign, with the overdue date in red', async () => {
    renderApp('/tasks', {
      me: communityWorker(),
      mocks: [
        counts,
        box('TO_SIGN', [row('41', '走访 90 岁以上老人', { priority: 'URGENT' }), row('40', '核查暂停发放人员', { type: 'DATA_CHECK', overdue: true, dueDate: '2026-11-20', retireeCount: 3 })]),
      ],
    });
    const first = (await screen.findByRole('link', { name: '走访 90 岁以上老人' })).closest('tr') as HTMLElement;
    expect(within(first).getByText('走访慰问')).toBeInTheDocument();
    expect(within(first).getByText('紧急')).toBeInTheDocument();
    expect(within(first).getByText('剡湖街道')).toBeInTheDocument();
    expect(within(first).getByText('待签领')).toBeInTheDocument();
    expect(within(first).getByText('12')).toBeInTheDocument();
    const late = screen.getByRole('link', { name: '核查暂停发放人员' }).closest('tr') as HTMLElement;
    expect(within(late).getByText('逾期')).toBeInTheDocument();
    expect(within(late).getByText('2026-11-20')).toHaveStyle({ color: 'var(--ant-color-error, #ff4d4f)' });
    expect(screen.getByText('共 2 项任务')).toBeInTheDocument();

    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['待签领2', '办理中1', '已逾期1', '待评价0']);
    expect(screen.getByRole('tab', { name: /待签领/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps the tab in the URL and lists that box', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/tasks', {
      me: communityWorker(),
      mocks: [counts, box('TO_SIGN', [row('41', '走访 90 岁以上老人')]), box('IN_PROGRESS', [row('39', '新退休人员报到', { type: 'NEW_RETIREE', status: 'SIGNED' })])],
    });
    await screen.findByRole('link', { name: '走访 90 岁以上老人' });
    await user.click(screen.getByRole('tab', { name: /办理中/ }));
    const row39 = (await screen.findByRole('link', { name: '新退休人员报到' })).closest('tr') as HTMLElement;
    expect(within(row39).getByText('办理中')).toBeInTheDocument();
    expect(router.location.search).toBe('?box=IN_PROGRESS');
    expect(screen.queryByRole('link', { name: '走访 90 岁以上老人' })).not.toBeInTheDocument();

    // A row opens its task.
    await user.click(within(row39).getByText('12'));
    expect(router.location.pathname).toBe('/tasks/39');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Mock } from '../../test/renderApp';
import { ASSIGN_TASK, ASSIGNABLE_STAFF_QUERY } from './AssignTaskModal';
import { defaultDueDate } from './dates';
import { TASK_BATCHES_QUERY } from './TaskBatches';
import { TASK_PROGRESS_QUERY } from './TaskProgressTable';
import { TASK_LIST_QUERY } from './TaskTable';
import { communityWorker, worker } from './testData';

const batchId = '3f0c9a52-1c1e-4f37-9d0e-6a4b2f1e8c11';
const unit = (id: string, name: string) => ({ __typename: 'OrgUnit', id, name });

const batches = (items: object[]): Mock => ({
  request: { query: TASK_BATCHES_QUERY, variables: { limit: 10 } },
  result: { data: { taskBatches: items } },
  maxUsageCount: 3,
});
const progress = (variables: Record<string, string>, rows: object[]): Mock => ({
  request: { query: TASK_PROGRESS_QUERY, variables },
  result: { data: { taskProgress: rows } },
  maxUsageCount: 3,
});
const tasks = (filter: Record<string, string>, items: object[] = []): Mock => ({
  request: { query: TASK_LIST_QUERY, variables: { filter, limit: 20 } },
  result: { data: { tasks: { __typename: 'TaskList', total: items.length, nextCursor: null, items } } },
  maxUsageCount: 3,
});
const row = (name: string, total: number, done: number, overdue = 0) => ({
  __typename: 'TaskProgressRow',
  orgUnit: unit(name === '新北社区' ? '17' : '18', name),
  total,
  assigned: total - done - overdue,
  inProgress: overdue,
  done,
  overdue,
  completionRate: done / total,
});

describe('派发的任务', () => {
  it('shows batches with their progress and narrows the page to the chosen batch', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/tasks/assigned', {
      me: worker(),
      mocks: [
        batches([{ __typename: 'TaskBatch', batchId, title: '走访 90 岁以上老人', createdAt: '2026-12-01T01:00:00.000Z', dueDate: '2026-12-10', taskCount: 4, retireeCount: 31, doneCount: 1 }]),
        progress({}, [row('新北社区', 3, 1), row('城中社区', 2, 0, 1)]),
        tasks({ box: 'ASSIGNED_BY_US' }),
        progress({ batchId }, [row('新北社区', 2, 1)]),
        tasks({ box: 'ASSIGNED_BY_US', batchId }),
      ],
    });
    const batch = (await screen.findByText('走访 90 岁以上老人')).closest('tr') as HTMLElement;
    expect(within(batch).getByText('1/4')).toBeInTheDocument();
    const late = (await screen.findByText('城中社区')).closest('tr') as HTMLElement;
    expect(within(late).getByRole('progressbar')).toHaveAttribute('aria-label', '办结率 0%');
    expect(screen.getByRole('link', { name: /批量派发/ })).toHaveAttribute('href', '/tasks/bulk');

    await user.click(within(batch).getByRole('radio'));
    expect(router.location.search).toBe(`?batch=${batchId}`);
    expect(await screen.findByText('本批次办理进度')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('城中社区')).not.toBeInTheDocument());
    const xinbei = screen.getByText('新北社区').closest('tr') as HTMLElement;
    expect(within(xinbei).getByRole('progressbar')).toHaveAttribute('aria-label', '办结率 50%');
  });

  it('lets a community assign to a colleague by name, but not in bulk', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/tasks/assigned', {
      me: communityWorker(),
      mocks: [
        batches([]),
        progress({}, []),
        tasks({ box: 'ASSIGNED_BY_US' }),
        {
          request: { query: ASSIGNABLE_STAFF_QUERY },
          result: { data: { assignableStaff: [{ __typename: 'StaffUser', id: '5', displayName: '李敏', username: 'li.min' }] } },
        },
        {
          request: {
            query: ASSIGN_TASK,
            variables: { input: { type: 'VISIT', title: '看望独居老人俞秀英', priority: 'NORMAL', assigneeUnitId: '17', dueDate: defaultDueDate(), assigneeStaffId: '5' } },
          },
          result: { data: { assignTask: { __typename: 'Task', id: '77', title: '看望独居老人俞秀英', status: 'ASSIGNED' } } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: /派发任务/ }));
    expect(screen.queryByRole('link', { name: /批量派发/ })).not.toBeInTheDocument();
    const dialog = (await screen.findByText('派发任务', { selector: '.ant-modal-title' })).closest('[role="dialog"]') as HTMLElement;
    await user.type(within(dialog).getByLabelText('任务标题'), '看望独居老人俞秀英');
    await user.click(within(dialog).getByRole('button', { name: /派\s*发/ }));
    expect(await within(dialog).findByText('派给本单位时请选择承办人')).toBeInTheDocument();
    await user.click(within(dialog).getByLabelText('承办人'));
    await user.click(await screen.findByTitle('李敏（li.min）'));
    await user.click(within(dialog).getByRole('button', { name: /派\s*发/ }));
    await waitFor(() => expect(router.location.pathname).toBe('/tasks/77'));
  });
});

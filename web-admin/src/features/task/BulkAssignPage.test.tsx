import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Mock } from '../../test/renderApp';
import { ASSIGN_TASKS_IN_BULK, PREVIEW_BULK_TASKS_QUERY } from './BulkAssignPage';
import { defaultDueDate } from './dates';
import { communityWorker, worker } from './testData';

const criteria = { orgUnitId: '2', minAge: 90 };
const preview: Mock = {
  request: { query: PREVIEW_BULK_TASKS_QUERY, variables: { criteria } },
  result: {
    data: {
      previewBulkTasks: {
        __typename: 'BulkTaskPreview',
        taskCount: 2,
        retireeCount: 15,
        communities: [
          { __typename: 'BulkTaskCommunity', orgUnit: { __typename: 'OrgUnit', id: '17', name: '新北社区' }, retirees: 9 },
          { __typename: 'BulkTaskCommunity', orgUnit: { __typename: 'OrgUnit', id: '18', name: '城中社区' }, retirees: 6 },
        ],
      },
    },
  },
};
const batchId = '3f0c9a52-1c1e-4f37-9d0e-6a4b2f1e8c11';

describe('批量派发', () => {
  it('previews how many tasks and people the criteria give before anything is assigned, then assigns what was previewed', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/tasks/bulk', {
      me: worker(),
      mocks: [
        preview,
        {
          request: {
            query: ASSIGN_TASKS_IN_BULK,
            variables: { input: { criteria, type: 'VISIT', title: '走访 90 岁以上老人', priority: 'NORMAL', dueDate: defaultDueDate(), expectedTaskCount: 2, instructions: '了解身体和生活情况' } },
          },
          result: { data: { assignTasksInBulk: { __typename: 'BulkAssignResult', batchId, taskCount: 2, retireeCount: 15 } } },
        },
      ],
    });
    await user.type(await screen.findByLabelText('最小年龄'), '90');
    await user.click(screen.getByRole('button', { name: /预\s*览/ }));

    expect(await screen.findByText('将生成 2 项任务，涉及 15 人')).toBeInTheDocument();
    const xinbei = screen.getByText('新北社区').closest('tr') as HTMLElement;
    expect(within(xinbei).getByText('9')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));

    expect(screen.getByLabelText('任务标题')).toHaveValue('走访 90 岁以上老人');
    await user.type(screen.getByLabelText(/工作要求/), '了解身体和生活情况');
    await user.click(screen.getByRole('button', { name: /派\s*发/ }));

    const confirm = (await screen.findByText('确认批量派发？', { selector: '.ant-modal-title' })).closest('[role="dialog"]') as HTMLElement;
    expect(confirm).toHaveTextContent('共 2 项任务，涉及 15 人');
    await user.click(within(confirm).getByRole('button', { name: '确认派发' }));

    expect(await screen.findByText('已派发 2 项任务')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看本批次进度' })).toHaveAttribute('href', `/tasks/assigned?batch=${batchId}`);
  });

  it('tells a community it cannot bulk assign', async () => {
    renderApp('/tasks/bulk', { me: communityWorker() });
    expect(await screen.findByText(/社区不能批量派发任务/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /预\s*览/ })).not.toBeInTheDocument();
  });
});

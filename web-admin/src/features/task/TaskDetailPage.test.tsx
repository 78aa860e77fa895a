import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, type Mock } from '../../test/renderApp';
import { TASK_INBOX_COUNTS_QUERY } from './inboxCounts';
import { TASK_DETAIL_QUERY } from './taskDetailQuery';
import { COMPLETE_TASK, EVALUATE_TASK, SIGN_TASK } from './taskMutations';
import { communityWorker, inboxCounts, taskDetail, worker } from './testData';

const detail = (task: ReturnType<typeof taskDetail>): Mock => ({ request: { query: TASK_DETAIL_QUERY, variables: { id: '41' } }, result: { data: { task } } });
const counts: Mock = { request: { query: TASK_INBOX_COUNTS_QUERY }, result: { data: inboxCounts(0, 0, 0, 0) }, maxUsageCount: 3 };
const moved = (field: string, status: string) => ({ data: { [field]: { __typename: 'Task', id: '41', status, allowedActions: [] } } });

const dialogTitled = async (title: string) => (await screen.findByText(title, { selector: '.ant-modal-title' })).closest('[role="dialog"]') as HTMLElement;

afterEach(() => vi.unstubAllGlobals());

describe('任务详情', () => {
  it('shows the task, its people and history, and only the buttons the API allows', async () => {
    renderApp('/tasks/41', { me: communityWorker(), mocks: [detail(taskDetail({ source: { __typename: 'TaskSource', kind: 'COMMUNITY_TRANSFER', label: '社区转移申请 #7', link: '/transfers/7', closedBySource: true } }))] });
    expect(await screen.findByRole('heading', { level: 1, name: '走访 90 岁以上老人' })).toBeInTheDocument();
    expect(screen.getByText('剡湖街道 · 钱晓燕')).toBeInTheDocument();
    expect(screen.getByText('重要')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '社区转移申请 #7' })).toHaveAttribute('href', '/transfers/7');
    expect(screen.getByRole('link', { name: '俞秀英' })).toHaveAttribute('href', '/retirees/1');
    // Times in Shanghai: 01:00Z is 09:00.
    const events = screen.getAllByTestId('task-event');
    expect(events).toHaveLength(2);
    expect(events[0]).toHaveTextContent('派发 · 钱晓燕2026-12-01 09:00:00批量派发');
    expect(events[1]).toHaveTextContent('签领 · 社区小王');

    expect(screen.getByRole('button', { name: '办结反馈' })).toBeInTheDocument();
    for (const name of [/签\s*领/, /评\s*价/, /退\s*回/, /撤\s*销/]) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('completes with an outcome, notes and an uploaded photo, then shows the feedback', async () => {
    const user = userEvent.setup({ delay: null });
    const fetch = vi.fn(async () => ({ ok: true, status: 201, json: async () => ({ id: '9', fileName: 'visit.png', contentType: 'image/png', size: 68, url: '/files/9' }) }));
    vi.stubGlobal('fetch', fetch);
    const notes = '已上门走访，老人身体健康';
    const done = taskDetail({
      status: 'DONE',
      outcome: 'COMPLETED',
      feedback: notes,
      completedAt: '2026-12-03T06:00:00.000Z',
      completedByName: '社区小王',
      completedOnTime: true,
      attachments: [{ __typename: 'Attachment', id: '9', fileName: 'visit.png', contentType: 'image/png', size: 68, url: '/files/9' }],
      timeline: [...taskDetail().timeline, { __typename: 'TaskEvent', id: '3', kind: 'COMPLETED', actorName: '社区小王', at: '2026-12-03T06:00:00.000Z', note: notes }],
      allowedActions: [],
    });
    renderApp('/tasks/41', {
      me: communityWorker(),
      mocks: [
        detail(taskDetail()),
        { request: { query: COMPLETE_TASK, variables: { id: '41', feedback: { outcome: 'COMPLETED', notes, attachmentIds: ['9'] } } }, result: moved('completeTask', 'DONE') },
        detail(done),
        counts,
      ],
    });
    await user.click(await screen.findByRole('button', { name: '办结反馈' }));
    const dialog = await dialogTitled('办结反馈');
    expect(within(dialog).getByRole('radio', { name: '已完成' })).toBeChecked();

    // Anything short of done needs a reason.
    await user.click(within(dialog).getByRole('radio', { name: '部分完成' }));
    await user.click(within(dialog).getByRole('button', { name: '提交办结' }));
    expect(await within(dialog).findByText('请说明办理情况')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: '已完成' }));

    await user.type(within(dialog).getByLabelText(/^办理情况/), notes);
    const photo = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'visit.png', { type: 'image/png' });
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, photo);
    await waitFor(() => expect(fetch).toHaveBeenCalledOnce());
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/files');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(photo);
    expect((init.headers as Record<string, string>)['X-File-Name']).toBe('visit.png');
    expect(await within(dialog).findByText('visit.png')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '提交办结' }));
    expect(await screen.findByText('已办结，反馈已提交派发单位')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('task-event')).toHaveLength(3));
    expect(screen.getByRole('img', { name: 'visit.png' })).toHaveAttribute('src', '/files/9');
    // In the feedback and in the timeline.
    expect(screen.getAllByText(notes)).toHaveLength(2);
    expect(screen.queryByRole('button', { name: '办结反馈' })).not.toBeInTheDocument();
  });

  it('says why a photo was refused and will not submit until it is removed', async () => {
    const user = userEvent.setup({ delay: null });
    vi.stubGlobal('fetch', vi.fn(async () => ({ ok: false, status: 415, json: async () => ({ error: { code: 'BAD_USER_INPUT', message: '只能上传 JPG、PNG、WEBP 照片或 PDF 文件' } }) })));
    renderApp('/tasks/41', { me: communityWorker(), mocks: [detail(taskDetail())] });
    await user.click(await screen.findByRole('button', { name: '办结反馈' }));
    const dialog = await dialogTitled('办结反馈');
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, new File(['not a png'], 'fake.png', { type: 'image/png' }));
    expect(await screen.findByText('「fake.png」上传失败：只能上传 JPG、PNG、WEBP 照片或 PDF 文件')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '提交办结' }));
    expect(await within(dialog).findByText('有文件上传失败，请删除后重新上传')).toBeInTheDocument();
  });

  it('signs after a confirmation; when someone else signed first it says so and reloads', async () => {
    const user = userEvent.setup({ delay: null });
    const toSign = taskDetail({ status: 'ASSIGNED', signedAt: null, signedByName: null, signedOnTime: null, timeline: taskDetail().timeline.slice(0, 1), allowedActions: ['SIGN'] });
    renderApp('/tasks/41', {
      me: communityWorker(),
      mocks: [
        detail(toSign),
        { request: { query: SIGN_TASK, variables: { id: '41' } }, result: { errors: [{ message: '该任务已经签领过了', extensions: { code: 'CONFLICT' } }] } },
        detail(taskDetail({ allowedActions: [] })),
        counts,
      ],
    });
    await user.click(await screen.findByRole('button', { name: /签\s*领/ }));
    const confirm = await dialogTitled('签领该任务？');
    await user.click(within(confirm).getByRole('button', { name: /签\s*领/ }));
    expect(await screen.findByText('该任务已经签领过了')).toBeInTheDocument();
    // Reloaded: a colleague signed it, so it is in progress and there is nothing left to press.
    await waitFor(() => expect(screen.queryByRole('button', { name: /签\s*领/ })).not.toBeInTheDocument());
    expect(screen.getAllByTestId('task-event')).toHaveLength(2);
  });

  it('lets the assigning unit evaluate finished work with stars', async () => {
    const user = userEvent.setup({ delay: null });
    const done = taskDetail({ status: 'DONE', outcome: 'PARTIAL', feedback: '2 人外出未遇', completedAt: '2026-12-03T06:00:00.000Z', completedByName: '社区小王', allowedActions: ['RETURN', 'EVALUATE'] });
    renderApp('/tasks/41', {
      me: worker(),
      mocks: [
        detail(done),
        { request: { query: EVALUATE_TASK, variables: { id: '41', score: 5, comment: '走访细致' } }, result: moved('evaluateTask', 'EVALUATED') },
        detail({ ...done, status: 'EVALUATED', score: 5, evaluationComment: '走访细致', evaluatedByName: '钱晓燕', evaluatedAt: '2026-12-04T02:00:00.000Z', allowedActions: [] }),
        counts,
      ],
    });
    expect(await screen.findByText('部分完成')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /退\s*回/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '办结反馈' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /评\s*价/ }));
    const dialog = await dialogTitled('评价任务');
    await user.click(within(dialog).getByRole('button', { name: '提交评价' }));
    expect(await within(dialog).findByText('请选择评分')).toBeInTheDocument();
    await user.click(within(dialog).getAllByRole('radio')[4]!);
    await user.type(within(dialog).getByLabelText('评价意见'), '走访细致');
    await user.click(within(dialog).getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('5 分 · 优秀')).toBeInTheDocument();
    expect(screen.getAllByText('已评价', { selector: '.ant-tag' }).length).toBeGreaterThan(0);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TransferDetailFieldsFragment } from '../../gql/graphql';
import { ALL_PERMISSIONS, renderApp, viewer, type Mock } from '../../test/renderApp';
import { ACCEPT_TRANSFER, COMMUNITY_TRANSFER_QUERY, REVIEW_TRANSFER } from './transferQueries';

const worker = viewer({ permissions: [...ALL_PERMISSIONS, 'task:work'] });

function transfer(overrides: Partial<TransferDetailFieldsFragment> = {}): TransferDetailFieldsFragment {
  return {
    __typename: 'CommunityTransfer',
    id: '5',
    status: 'PENDING_ORIGIN',
    allowedActions: [],
    newAddress: '剡湖街道城南社区官河路12号3幢201室',
    reason: '随子女搬迁',
    requestedByName: '钱晓燕',
    requestedByRetiree: false,
    createdAt: '2026-11-20T02:00:00.000Z',
    originReviewedAt: null,
    originReviewerName: null,
    originNote: null,
    targetReviewedAt: null,
    targetReviewerName: null,
    targetNote: null,
    completedAt: null,
    cancelledAt: null,
    applicant: { __typename: 'TransferApplicant', id: '1', name: '俞秀英', gender: 'FEMALE', birthDate: '1962-03-08', idNumberMasked: '330683********1902', phoneMasked: '138****0001' },
    fromCommunity: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
    fromTownship: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
    toCommunity: { __typename: 'OrgUnit', id: '18', name: '城南社区' },
    toTownship: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
    ...overrides,
  };
}

const detail = (t: TransferDetailFieldsFragment): Mock => ({ request: { query: COMMUNITY_TRANSFER_QUERY, variables: { id: '5' } }, result: { data: { communityTransfer: t } } });

const ACTION_LABELS = ['同意转出', '不同意', '接收', '不接收', '撤销申请'];

function shownActions(): string[] {
  return ACTION_LABELS.filter((name) => screen.queryByRole('button', { name }));
}

describe('transfer detail', () => {
  it('shows the applicant, the steps so far and only the buttons the API allows: the origin reviews or withdraws', async () => {
    renderApp('/transfers/5', { me: worker, mocks: [detail(transfer({ allowedActions: ['REVIEW', 'CANCEL'] }))] });
    expect(await screen.findByText('社区转移：俞秀英')).toBeInTheDocument();
    expect(screen.getByText('330683********1902')).toBeInTheDocument();
    expect(screen.getByText('剡湖街道城南社区官河路12号3幢201室')).toBeInTheDocument();
    expect(screen.getByText('随子女搬迁')).toBeInTheDocument();
    for (const step of ['申请', '转出社区审核', '转入社区接收', '完成']) expect(screen.getByText(step)).toBeInTheDocument();
    expect(screen.getByText('钱晓燕（工作人员代办）')).toBeInTheDocument();
    expect(screen.getByText('待新北社区审核')).toBeInTheDocument();
    expect(shownActions()).toEqual(['同意转出', '不同意', '撤销申请']);
  });

  it('shows the target its two buttons, labelled without inserted spaces, and nothing to someone with no action', async () => {
    const pendingTarget = transfer({
      status: 'PENDING_TARGET',
      allowedActions: ['ACCEPT'],
      originReviewedAt: '2026-11-21T03:00:00.000Z',
      originReviewerName: '社区小王',
      originNote: '情况属实',
    });
    const { unmount } = renderApp('/transfers/5', { me: worker, mocks: [detail(pendingTarget)] });
    expect(await screen.findByText('社区转移：俞秀英')).toBeInTheDocument();
    expect(shownActions()).toEqual(['接收', '不接收']);
    expect(screen.getByRole('button', { name: '接收' })).toHaveTextContent(/^接收$/);
    expect(screen.getByText('社区小王：同意转出')).toBeInTheDocument();
    expect(screen.getByText('意见：情况属实')).toBeInTheDocument();
    expect(screen.getByText('待城南社区接收')).toBeInTheDocument();
    unmount();

    renderApp('/transfers/5', { me: worker, mocks: [detail({ ...pendingTarget, allowedActions: [] })] });
    expect(await screen.findByText('社区转移：俞秀英')).toBeInTheDocument();
    expect(shownActions()).toEqual([]);
  });

  it('will not refuse without a reason, then sends the reason and shows the refusal', async () => {
    const user = userEvent.setup({ delay: null });
    const reason = '经核实，本人仍居住在本社区';
    renderApp('/transfers/5', {
      me: worker,
      mocks: [
        detail(transfer({ allowedActions: ['REVIEW', 'CANCEL'] })),
        {
          request: { query: REVIEW_TRANSFER, variables: { id: '5', approve: false, reason } },
          result: {
            data: {
              reviewCommunityTransfer: transfer({
                status: 'REJECTED_BY_ORIGIN',
                originReviewedAt: '2026-11-21T03:00:00.000Z',
                originReviewerName: '钱晓燕',
                originNote: reason,
              }),
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: '不同意' }));
    const dialog = (await screen.findByText('不同意俞秀英转出')).closest('[role="dialog"]') as HTMLElement;
    const ok = within(dialog).getByRole('button', { name: '确定' });
    await user.click(ok);
    expect(await within(dialog).findByText('请填写不同意的原因')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('不同意的原因'), reason);
    await user.click(ok);

    expect(await screen.findByText('已答复不同意转出，本人会收到通知')).toBeInTheDocument();
    expect(await screen.findByText(`意见：${reason}`)).toBeInTheDocument();
    expect(screen.getByText('转出社区不同意')).toBeInTheDocument();
    await waitFor(() => expect(shownActions()).toEqual([]));
  });

  it('approves after a confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/transfers/5', {
      me: worker,
      mocks: [
        detail(transfer({ allowedActions: ['REVIEW', 'CANCEL'] })),
        {
          request: { query: REVIEW_TRANSFER, variables: { id: '5', approve: true } },
          result: {
            data: {
              reviewCommunityTransfer: transfer({ status: 'PENDING_TARGET', allowedActions: ['CANCEL'], originReviewedAt: '2026-11-21T03:00:00.000Z', originReviewerName: '钱晓燕' }),
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: '同意转出' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('同意俞秀英转出？')[0]).toBeInTheDocument();
    expect(within(dialog).getByText(/同意后，申请将转给城南社区接收/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(await screen.findByText('已同意转出，已转给城南社区接收')).toBeInTheDocument();
    expect(await screen.findByText('钱晓燕：同意转出')).toBeInTheDocument();
    expect(shownActions()).toEqual(['撤销申请']);
  });

  it('says so and reloads when someone else handled the transfer first', async () => {
    const user = userEvent.setup({ delay: null });
    const pendingTarget = transfer({ status: 'PENDING_TARGET', allowedActions: ['ACCEPT'], originReviewedAt: '2026-11-21T03:00:00.000Z', originReviewerName: '社区小王' });
    renderApp('/transfers/5', {
      me: worker,
      mocks: [
        detail(pendingTarget),
        { request: { query: ACCEPT_TRANSFER, variables: { id: '5', accept: true } }, result: { errors: [{ message: '该申请已经处理过了', extensions: { code: 'CONFLICT' } }] } },
        detail({
          ...pendingTarget,
          status: 'COMPLETED',
          allowedActions: [],
          targetReviewedAt: '2026-11-22T03:00:00.000Z',
          targetReviewerName: '城南小李',
          completedAt: '2026-11-22T03:00:00.000Z',
        }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '接收' }));
    await user.click(await screen.findByRole('button', { name: '确定' }));
    expect(await screen.findByText('该申请已经处理过了')).toBeInTheDocument();
    expect(await screen.findByText('城南小李：接收')).toBeInTheDocument();
    expect(screen.getByText('管理社区已变更为城南社区')).toBeInTheDocument();
    expect(shownActions()).toEqual([]);
  });
});

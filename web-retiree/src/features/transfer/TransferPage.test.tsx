import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { demoCommunity, gqlError, mockGraphQL, renderApp, signedIn } from '../../test/graphql';
import { discardTransferDraft } from './draft';

afterEach(discardTransferDraft);

const township = { id: '2', name: '剡湖街道' };
const profile = { id: '1', community: demoCommunity, township };
const choice = (id: string, name: string) => ({ id, name, address: `浙江省绍兴市嵊州市剡湖街道${name}`, contactPhone: '0575-83123456', parent: township });
const xinbei = choice('12', '新北社区');
const longhui = choice('13', '龙会社区');
const chenghuang = choice('14', '城隍坊社区');

const ADDRESS = '剡湖街道龙会路88号3幢201室';
const transfer = (overrides: Record<string, unknown> = {}) => ({
  id: '5',
  status: 'PENDING_ORIGIN',
  newAddress: ADDRESS,
  reason: '随子女居住',
  createdAt: '2026-11-20T02:00:00Z',
  originReviewedAt: null,
  originNote: null,
  targetReviewedAt: null,
  targetNote: null,
  completedAt: null,
  cancelledAt: null,
  allowedActions: ['CANCEL'],
  fromCommunity: { id: '12', name: '新北社区', contactPhone: '0575-83447092', address: demoCommunity.address },
  toCommunity: { id: '13', name: '龙会社区', contactPhone: '0575-83123456', address: '浙江省绍兴市嵊州市剡湖街道龙会路1号' },
  fromTownship: township,
  toTownship: township,
  ...overrides,
});
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

const loaded = (transfers: unknown[]) => () => ({ data: { myProfile: profile, myCommunityTransfers: transfers } });
/** Suggestions by address (the current community among them), results by name. */
const communities = ({ address, search }: Record<string, unknown>) => ({
  data: { communities: address ? [longhui, xinbei] : search === '城隍' ? [chenghuang] : [] },
});

type User = ReturnType<typeof userEvent.setup>;
/** "第 2 步，共 4 步：选新社区", however the name's parts are spaced. */
const stepName = (n: number, title: string) => new RegExp(`^第 ${n} 步，共 4 步\\s*：\\s*${title}$`);
const stepHeading = (n: number, title: string) => screen.findByRole('heading', { level: 2, name: stepName(n, title) });

async function fillForm(user: User) {
  await user.type(await screen.findByRole('textbox', { name: '您搬到了哪里？' }), ADDRESS);
  await user.click(screen.getByRole('button', { name: '下一步' }));
  await user.click(await screen.findByRole('radio', { name: /龙会社区/ }));
  await user.click(screen.getByRole('button', { name: '下一步' }));
  await user.click(await screen.findByRole('radio', { name: '随子女居住' }));
  await user.click(screen.getByRole('button', { name: '下一步' }));
  await stepHeading(4, '核对并提交');
}

describe('社区转移', () => {
  it('suggests communities from the new address, lets the retiree search by name, and sends the application', async () => {
    const api = mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyTransfers: loaded([]),
      Communities: communities,
      RequestCommunityTransfer: () => ({ data: { requestCommunityTransfer: transfer({ reason: '随子女居住：和女儿一起住' }) } }),
    });
    const user = userEvent.setup();
    renderApp('/transfer');

    expect(await screen.findByRole('region', { name: '现在的社区' })).toHaveTextContent('新北社区剡湖街道');
    expect(screen.getByRole('heading', { level: 1, name: '社区转移' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: stepName(1, '新的居住地址') })).toBeInTheDocument();

    // 1: the address, said plainly when missing or too short.
    const address = screen.getByRole('textbox', { name: '您搬到了哪里？' });
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(address).toHaveFocus();
    expect(address).toHaveAccessibleDescription(expect.stringContaining('请填写您搬去的新地址。'));
    await user.type(address, '龙会');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByText(/请把新地址写得详细一些/)).toBeInTheDocument();
    await user.clear(address);
    await user.type(address, ADDRESS);
    expect(screen.queryByText(/请把新地址写得详细一些/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));

    // 2: suggestions from that address, the current community left out.
    expect(await stepHeading(2, '选新社区')).toHaveFocus();
    const suggested = await screen.findByRole('group', { name: '请选一个新社区' });
    expect(within(suggested).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['13']);
    expect(api.called('Communities').map((c) => c.variables)).toEqual([{ address: ADDRESS, limit: 8 }]);
    expect(screen.getByText('根据您填的新地址，推荐这些社区：')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByText(/请选一个新社区。列表里没有的话/)).toBeInTheDocument();

    // Search by name, then back to the suggestions.
    await user.type(screen.getByRole('searchbox', { name: /按社区名称查找/ }), '城隍');
    await user.click(screen.getByRole('button', { name: '查找' }));
    expect(await screen.findByRole('radio', { name: /城隍坊社区/ })).toBeInTheDocument();
    expect(api.called('Communities').at(-1)?.variables).toEqual({ search: '城隍', limit: 20 });
    await user.click(screen.getByRole('button', { name: '回到推荐的社区' }));
    await user.click(await screen.findByRole('radio', { name: /龙会社区/ }));
    expect(screen.getByRole('radio', { name: /龙会社区/ })).toBeChecked();
    expect(screen.queryByText(/请选一个新社区。列表里没有的话/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));

    // 3: one tap for the reason, words optional.
    expect(await stepHeading(3, '搬迁原因')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByText('请选一个搬迁原因。')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '随子女居住' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: '随子女居住' }));
    await user.type(screen.getByRole('textbox', { name: /还想说明的/ }), '和女儿一起住');
    await user.click(screen.getByRole('button', { name: '下一步' }));

    // 4: everything once more, then send.
    expect(await stepHeading(4, '核对并提交')).toHaveFocus();
    const rows = screen.getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.querySelector('.review__value')?.textContent]);
    expect(rows).toEqual([
      ['现在的社区', '新北社区'],
      ['新的居住地址', ADDRESS],
      ['新社区', '龙会社区剡湖街道'],
      ['搬迁原因', '随子女居住：和女儿一起住'],
    ]);
    await user.click(screen.getByRole('button', { name: '提交申请' }));

    const state = await screen.findByRole('region', { name: '您的转移申请正在办理' });
    expect(state).toHaveTextContent('新北社区→转到龙会社区');
    expect(screen.getByRole('heading', { name: '您的转移申请正在办理' })).toHaveFocus();
    expect(screen.getByText(/申请已提交，谢谢您/)).toBeInTheDocument();
    expect(api.called('RequestCommunityTransfer').map((c) => c.variables)).toEqual([
      { input: { toCommunityId: '13', newAddress: ADDRESS, reason: '随子女居住：和女儿一起住' } },
    ]);
  });

  it('shows an open application step by step, with dates, and withdraws it only after asking', async () => {
    const open = transfer({ status: 'PENDING_TARGET', originReviewedAt: '2026-11-21T02:00:00Z', originNote: '情况属实' });
    const api = mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyTransfers: loaded([open]),
      Communities: communities,
      CancelCommunityTransfer: ({ id }) => ({ data: { cancelCommunityTransfer: transfer({ ...open, id, status: 'CANCELLED', cancelledAt: '2026-11-22T02:00:00Z', allowedActions: [] }) } }),
    });
    const user = userEvent.setup();
    renderApp('/transfer');

    expect(await screen.findByRole('heading', { level: 1, name: '社区转移' })).toBeInTheDocument();
    const state = screen.getByRole('region', { name: '您的转移申请正在办理' });
    expect(state).toHaveTextContent(`新的居住地址${ADDRESS}`);
    const steps = within(screen.getByRole('region', { name: '办理进度' })).getAllByRole('listitem');
    expect(steps.map((li) => li.querySelector('h3')?.textContent)).toEqual(['第 1 步：已提交申请', '第 2 步：新北社区同意转出', '第 3 步：龙会社区接收', '第 4 步：完成']);
    expect(steps[0]).toHaveTextContent('已完成2026年11月20日');
    expect(steps[1]).toHaveTextContent('已完成2026年11月21日');
    expect(steps[1]).toHaveTextContent('社区的说明：情况属实');
    expect(steps[2]).toHaveTextContent('正在办理');
    expect(steps[2]).toHaveAttribute('aria-current', 'step');
    expect(steps[3]).toHaveTextContent('还没到这一步');
    // The community handling it now is the one to call.
    const call = screen.getByRole('region', { name: '想问问进度，请联系社区' });
    expect(within(call).getByRole('link', { name: /打电话给社区/ })).toHaveAttribute('href', 'tel:0575-83123456');

    await user.click(screen.getByRole('button', { name: '撤销申请' }));
    expect(screen.getByText('确定要撤销这份转移申请吗？')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '不撤销' }));
    expect(screen.getByRole('button', { name: '撤销申请' })).toHaveFocus();
    expect(api.called('CancelCommunityTransfer')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '撤销申请' }));
    await user.click(screen.getByRole('button', { name: '确定撤销' }));

    const outcome = await screen.findByRole('region', { name: '已撤销您的转移申请' });
    expect(outcome).toHaveTextContent('撤销日期：2026年11月22日');
    expect(outcome).toHaveTextContent('您的管理社区还是新北社区。');
    expect(screen.getByRole('heading', { name: '已撤销您的转移申请' })).toHaveFocus();
    expect(api.called('CancelCommunityTransfer').map((c) => c.variables)).toEqual([{ id: '5' }]);
    // No dead end: a new application can start right here.
    expect(screen.getByRole('textbox', { name: '您搬到了哪里？' })).toBeInTheDocument();
  });

  it('says who refused and why, and offers to apply again', async () => {
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyTransfers: loaded([transfer({ status: 'REJECTED_BY_ORIGIN', originReviewedAt: daysAgo(2), originNote: '新地址不在本市', allowedActions: [] })]),
    });
    renderApp('/transfer');

    const outcome = await screen.findByRole('region', { name: '上次的转移申请没有通过' });
    expect(outcome).toHaveTextContent('新北社区没有同意转出。');
    expect(outcome).toHaveTextContent('社区的说明：新地址不在本市');
    expect(screen.getByRole('textbox', { name: '您搬到了哪里？' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '撤销申请' })).not.toBeInTheDocument();
  });

  it("shows the API's objections at the step they are about", async () => {
    let reply = gqlError('新社区与当前管理社区相同，无需转移', 'BAD_USER_INPUT', 'toCommunityId', { reason: 'SAME_COMMUNITY' });
    let transfers: unknown[] = [];
    const api = mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyTransfers: () => loaded(transfers)(),
      Communities: communities,
      RequestCommunityTransfer: () => reply,
    });
    const user = userEvent.setup();
    renderApp('/transfer');
    await fillForm(user);

    await user.click(screen.getByRole('button', { name: '提交申请' }));
    const edit = await screen.findByRole('button', { name: /^修改\s*新社区$/ });
    await waitFor(() => expect(edit).toHaveFocus());
    expect(edit).toHaveAccessibleDescription('新社区与当前管理社区相同，无需转移');
    expect(edit.closest('.review__row')).toHaveTextContent('龙会社区');

    // 修改 opens that step with the choice kept, and comes straight back.
    await user.click(edit);
    expect(await stepHeading(2, '选新社区')).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: /龙会社区/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: '改好了，回去核对' }));
    expect(await stepHeading(4, '核对并提交')).toBeInTheDocument();

    // Already one open (sent from another phone): said so, with the way to see it.
    reply = gqlError('已有一份正在办理的社区转移申请，请等待办结或先撤销', 'CONFLICT');
    await user.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('已有一份正在办理的社区转移申请');
    transfers = [transfer()];
    await user.click(screen.getByRole('button', { name: '查看正在办理的申请' }));
    expect(await screen.findByRole('region', { name: '您的转移申请正在办理' })).toBeInTheDocument();
    expect(api.called('MyTransfers')).toHaveLength(2);
    expect(within(screen.getByRole('region', { name: '办理进度' })).getAllByRole('listitem')[1]).toHaveTextContent('正在办理');
  });

  it('after a reload in the middle, starts again where something is missing', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyTransfers: loaded([]) });
    renderApp('/transfer?step=review');
    expect(await stepHeading(1, '新的居住地址')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回' })).toHaveAttribute('href', '/');
  });

  it("opens from a message about the transfer in 消息", async () => {
    const message = {
      id: '8',
      kind: 'COMMUNITY_TRANSFER',
      title: '新北社区已同意转出',
      body: '您的转移申请已转给龙会社区，接收后您的管理社区就会变更。',
      link: '/transfer',
      createdAt: '2026-11-21T02:00:00Z',
      readAt: null,
    };
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyNotifications: () => ({ data: { myNotifications: { items: [message], unreadCount: 1, nextCursor: null } } }),
      MarkNotificationRead: ({ id }) => ({ data: { markNotificationRead: { id, readAt: '2026-11-21T03:00:00Z' } } }),
      MyTransfers: loaded([transfer({ status: 'PENDING_TARGET', originReviewedAt: '2026-11-21T02:00:00Z' })]),
    });
    const user = userEvent.setup();
    renderApp('/messages');

    await user.click(await screen.findByRole('button', { name: /新北社区已同意转出/ }));
    await user.click(screen.getByRole('link', { name: '查看社区转移进度' }));
    expect(await screen.findByRole('region', { name: '您的转移申请正在办理' })).toBeInTheDocument();
  });

  it('offers no transfer before the township has chosen a first community', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyTransfers: () => ({ data: { myProfile: { id: '1', community: null, township: null }, myCommunityTransfers: [] } }) });
    renderApp('/transfer');

    expect(await screen.findByText('社区待分配：镇街正在为您安排管理社区')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: '您搬到了哪里？' })).not.toBeInTheDocument();
  });
});

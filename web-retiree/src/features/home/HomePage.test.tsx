import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoCommunity, demoPayments, gqlError, mockGraphQL, renderApp, signedIn, unreadCount } from '../../test/graphql';

const home = (overrides: Record<string, unknown> = {}, myInfoConfirmation: unknown = null) => ({
  data: {
    myProfile: { id: '1', name: '俞秀英', status: 'ACTIVE', monthlyPension: 328083, community: demoCommunity, payments: demoPayments, ...overrides },
    myInfoConfirmation,
  },
});
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('home', () => {
  it('greets by name and shows the monthly pension and the latest payments, each arrived on its day', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => home() });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: '俞秀英，您好' })).toBeInTheDocument();
    const pension = await screen.findByRole('region', { name: '我的养老金' });
    expect(within(pension).getByText('每月养老金').nextElementSibling).toHaveTextContent('3,280.83 元');

    const rows = within(pension).getAllByRole('listitem');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toHaveTextContent('2026年11月3,280.83 元已到账2026年11月5日');
    expect(rows[5]).toHaveTextContent('2026年6月3,216.50 元已到账2026年6月5日');
    expect(within(pension).getByRole('link', { name: '查看近一年的到账记录' })).toHaveAttribute('href', '/payments');
  });

  it('shows my community with a button that calls it', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => home() });
    renderApp('/');

    const community = await screen.findByRole('region', { name: '我的社区' });
    expect(community).toHaveTextContent('新北社区');
    expect(community).toHaveTextContent('联系人：李宇晨');
    expect(community).toHaveTextContent('地址：浙江省绍兴市嵊州市剡湖街道新北社区北直巷94号');
    expect(within(community).getByRole('link', { name: /打电话给社区/ })).toHaveAttribute('href', 'tel:0575-83447092');
    expect(within(community).getByRole('link', { name: '搬家了？申请转到新社区' })).toHaveAttribute('href', '/transfer');
  });

  it('offers tiles only for screens that exist', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => home() });
    renderApp('/');

    const services = await screen.findByRole('region', { name: '常用服务' });
    const links = within(services).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/payments', '/certification', '/profile', '/confirmation', '/family', '/messages']);
    expect(links[0]).toHaveTextContent('我的养老金');
    expect(links[1]).toHaveTextContent('生存认证');
    expect(links[2]).toHaveTextContent('我的信息');
    expect(links[3]).toHaveTextContent('信息确认');
    expect(links[4]).toHaveTextContent('家庭成员');
    expect(links[5]).toHaveTextContent('消息');
  });

  it('marks the 生存认证 tile in words while a certification is due, over or never done, and not while valid', async () => {
    const tile = async () => within(await screen.findByRole('region', { name: '常用服务' })).getByRole('link', { name: /^生存认证/ });
    for (const [certification, badge] of [
      [{ status: 'DUE_SOON' }, '快到期'],
      [{ status: 'EXPIRED' }, '已过期'],
      [null, '未认证'],
    ] as const) {
      mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => ({ data: { ...home().data, myCertification: certification } }) });
      const { unmount } = renderApp('/');
      expect(await tile()).toHaveAccessibleName(`生存认证 每年认证一次 ${badge}`);
      expect(await tile()).toHaveAttribute('href', '/certification');
      unmount();
    }
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => ({ data: { ...home().data, myCertification: { status: 'VALID' } } }) });
    renderApp('/');
    expect(await tile()).toHaveAccessibleName('生存认证 每年认证一次');
  });

  it('asks first thing to check the information while a confirmation waits for an answer', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => home({}, { id: '7', status: 'PENDING', resolvedAt: null, disputes: [] }) });
    renderApp('/');

    const card = await screen.findByRole('region', { name: '请确认您的个人信息' });
    expect(within(card).getByRole('link', { name: '去核对信息' })).toHaveAttribute('href', '/confirmation');
    // Above everything else on the screen.
    expect(card.compareDocumentPosition(screen.getByRole('region', { name: '我的养老金' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('no longer asks once confirmed', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => home({}, { id: '7', status: 'CONFIRMED', resolvedAt: null, disputes: [] }) });
    renderApp('/');
    await screen.findByRole('region', { name: '我的养老金' });
    expect(screen.queryByRole('region', { name: '请确认您的个人信息' })).not.toBeInTheDocument();
  });

  it('shows the outcome of a dispute settled recently, and not after a month', async () => {
    const resolved = (at: string) => ({
      id: '7',
      status: 'RESOLVED',
      resolvedAt: at,
      disputes: [
        { id: 'd1', label: '联系电话', status: 'CORRECTED' },
        { id: 'd2', label: '常住地址', status: 'EXPLAINED' },
      ],
    });
    let confirmation = resolved(daysAgo(2));
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => home({}, confirmation) });
    const { unmount } = renderApp('/');

    const card = await screen.findByRole('region', { name: '您提出的信息问题已处理' });
    expect(within(card).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['联系电话：已更正', '常住地址：社区作了说明']);
    expect(within(card).getByRole('link', { name: '查看处理结果' })).toHaveAttribute('href', '/confirmation');
    unmount();

    confirmation = resolved(daysAgo(40));
    renderApp('/');
    await screen.findByRole('region', { name: '我的养老金' });
    expect(screen.queryByRole('region', { name: '您提出的信息问题已处理' })).not.toBeInTheDocument();
  });

  it('shows the unread messages on the 消息 tile and in the top bar, in words for screen readers', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => home(), UnreadCount: () => unreadCount(3) });
    renderApp('/');

    const services = await screen.findByRole('region', { name: '常用服务' });
    const tile = await within(services).findByRole('link', { name: /3 条未读消息/ });
    expect(tile).toHaveAttribute('href', '/messages');
    expect(tile).toHaveTextContent('3 条未读');
    expect(screen.getByRole('banner')).toContainElement(screen.getByRole('link', { name: '您有 3 条未读消息' }));
  });

  it('shows no badge when everything has been read', async () => {
    const api = mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => home() });
    renderApp('/');
    await screen.findByRole('region', { name: '常用服务' });
    await waitFor(() => expect(api.called('UnreadCount')).toHaveLength(1));
    expect(screen.queryByRole('link', { name: /条未读消息/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^消息/ })).not.toHaveTextContent('未读');
  });

  it('tells a retiree whose pension is paused to contact the community', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => home({ status: 'SUSPENDED' }) });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('您的养老金现在暂停发放');
  });

  it('says when the network is down and loads again on 再试一次', async () => {
    let online = false;
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => (online ? home() : new TypeError('Failed to fetch')) });
    const user = userEvent.setup();
    renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('网络不太顺畅，这一页没能打开');
    online = true;
    await user.click(within(alert).getByRole('button', { name: '再试一次' }));

    expect(await screen.findByRole('region', { name: '我的养老金' })).toHaveTextContent('3,280.83 元');
  });

  it('does not pass on technical error text', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => gqlError('Cannot query field "x"', 'GRAPHQL_VALIDATION_FAILED') });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('系统暂时出了点问题，请稍后再试一次。');
    expect(alert).not.toHaveTextContent('Cannot query');
  });

  it('asks before logging out, and can be cancelled', async () => {
    const api = mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => home(), Logout: () => ({ data: { logout: true } }) });
    const user = userEvent.setup();
    renderApp('/');

    await user.click(await screen.findByRole('button', { name: '退出登录' }));
    expect(screen.getByText('确定要退出登录吗？')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '不退出' }));
    expect(screen.getByRole('button', { name: '退出登录' })).toHaveFocus();
    expect(api.called('Logout')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '退出登录' }));
    await user.click(screen.getByRole('button', { name: '确定退出' }));

    expect(await screen.findByText('您已安全退出。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '登录' })).toBeInTheDocument();
    expect(api.called('Logout')).toHaveLength(1);
    expect(localStorage.getItem('wr.hadSession')).toBeNull();
  });

  it('tells a new retiree plainly that the township is choosing their community, with no transfer to offer', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => home({ community: null }) });
    renderApp('/');

    const community = await screen.findByRole('region', { name: '我的社区' });
    expect(within(community).getByText('社区待分配：镇街正在为您安排管理社区')).toBeInTheDocument();
    expect(community).toHaveTextContent('安排好以后会发消息告诉您');
    expect(within(community).queryByRole('link')).not.toBeInTheDocument();
  });
});

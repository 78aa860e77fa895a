import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoCommunity, fullText, gqlError, mockGraphQL, renderApp, signedIn, unreadCount } from '../../test/graphql';

const message = (id: string, title: string, overrides: Record<string, unknown> = {}) => ({
  id,
  kind: 'GENERAL',
  title,
  body: `${title}的全文。`,
  link: null,
  createdAt: '2026-11-20T02:00:00Z',
  readAt: null,
  ...overrides,
});

const request = message('3', '请确认您的个人信息', {
  kind: 'INFO_CONFIRMATION_REQUEST',
  body: '社保部门整理了您的个人信息，请在"退休服务"中核对。',
  link: '/confirmation',
  createdAt: '2026-11-28T02:00:00Z',
});
const resolved = message('2', '您提出的「联系电话」异议已处理', { kind: 'INFO_DISPUTE_RESOLVED', link: '/confirmation', createdAt: '2026-11-25T02:00:00Z' });
const old = message('1', '重阳节活动通知', { readAt: '2026-10-02T02:00:00Z', createdAt: '2026-10-01T02:00:00Z' });

const inbox = (items: unknown[], unread: number, nextCursor: string | null = null) => ({ data: { myNotifications: { items, unreadCount: unread, nextCursor } } });
const home = { data: { myProfile: { id: '1', name: '俞秀英', status: 'ACTIVE', monthlyPension: 328083, community: demoCommunity, payments: [] }, myInfoConfirmation: null } };

/** The heading button of one message: its name holds the title, 未读 while unread, and the date. */
const messageButton = (title: string) => screen.getByRole('button', { name: new RegExp(title) });

describe('消息', () => {
  it('lists the newest first, marks the unread ones with the word 未读, and opens the full text', async () => {
    const api = mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyNotifications: () => inbox([request, resolved, old], 2),
      MarkNotificationRead: ({ id }) => ({ data: { markNotificationRead: { id, readAt: '2026-11-29T02:00:00Z' } } }),
    });
    const user = userEvent.setup();
    renderApp('/messages');

    expect(await screen.findByText(fullText('您有 2 条未读消息'))).toBeVisible();
    const list = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(list[0]).toMatch(/^请确认您的个人信息未读2026年11月28日/);
    expect(list[1]).toMatch(/^您提出的「联系电话」异议已处理未读2026年11月25日/);
    expect(list[2]).toMatch(/^重阳节活动通知2026年10月1日/);
    expect(list[2]).not.toContain('未读');
    expect(api.called('MyNotifications')[0]?.variables).toEqual({ limit: 10 });
    // The "您有 2 条未读消息" strip under the top bar leads here, so it is not shown here.
    expect(within(screen.getByRole('banner')).queryByRole('link', { name: /条未读消息/ })).not.toBeInTheDocument();

    const first = messageButton('请确认您的个人信息');
    expect(first).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/社保部门整理了您的个人信息/)).not.toBeVisible();
    await user.click(first);

    expect(first).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/社保部门整理了您的个人信息/)).toBeVisible();
    expect(first).not.toHaveTextContent('未读');
    expect(screen.getByText(fullText('您有 1 条未读消息'))).toBeVisible();
    expect(api.called('MarkNotificationRead').map((c) => c.variables)).toEqual([{ id: '3' }]);
    expect(screen.getByRole('link', { name: '去核对个人信息' })).toHaveAttribute('href', '/confirmation');

    // Closing and opening again does not ask the server twice.
    await user.click(first);
    await user.click(first);
    expect(api.called('MarkNotificationRead')).toHaveLength(1);
  });

  it('keeps a message unread when the server could not mark it', async () => {
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyNotifications: () => inbox([request], 1),
      MarkNotificationRead: () => new TypeError('Failed to fetch'),
    });
    const user = userEvent.setup();
    renderApp('/messages');
    await user.click(await screen.findByRole('button', { name: /请确认您的个人信息/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('网络好像连不上');
    expect(messageButton('请确认您的个人信息')).toHaveTextContent('未读');
    expect(screen.getByText(/社保部门整理了您的个人信息/)).toBeVisible();
  });

  it('offers a button only to screens of this app', async () => {
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyNotifications: () => inbox([message('5', '外部链接', { link: 'https://example.com/x', readAt: '2026-11-01T00:00:00Z' }), message('4', '到账了', { kind: 'PAYMENT_ARRIVED', link: '/payments', readAt: '2026-11-01T00:00:00Z' })], 0),
    });
    const user = userEvent.setup();
    renderApp('/messages');
    await user.click(await screen.findByRole('button', { name: /外部链接/ }));
    await user.click(screen.getByRole('button', { name: /到账了/ }));
    const links = screen.getAllByRole('link').filter((a) => a.closest('.messages'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['查看养老金到账', '/payments']]);
  });

  it('marks everything read at once, and the badges on home go away', async () => {
    const api = mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyNotifications: () => inbox([request, resolved, old], 2),
      MarkAllNotificationsRead: () => ({ data: { markAllNotificationsRead: 2 } }),
      UnreadCount: () => unreadCount(2),
      Home: () => home,
    });
    const user = userEvent.setup();
    renderApp('/');

    const services = await screen.findByRole('region', { name: '常用服务' });
    await user.click(await within(services).findByRole('link', { name: /消息.*2 条未读消息/ }));
    await user.click(await screen.findByRole('button', { name: '全部标为已读' }));

    expect(await screen.findByText('已全部标为已读。')).toHaveFocus();
    expect(screen.queryByText('未读')).not.toBeInTheDocument();
    expect(api.called('MarkAllNotificationsRead')).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: '首页' }));
    await screen.findByRole('region', { name: '常用服务' });
    expect(screen.queryByRole('link', { name: /条未读消息/ })).not.toBeInTheDocument();
  });

  it('loads older messages on 加载更多 and takes focus to the first of them', async () => {
    const page1 = Array.from({ length: 10 }, (_, i) => message(String(30 - i), `通知 ${30 - i}`, { readAt: '2026-11-29T00:00:00Z' }));
    const page2 = [message('20', '通知 20'), message('19', '通知 19', { readAt: '2026-11-29T00:00:00Z' })];
    const api = mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyNotifications: ({ after }) => (after === 'cursor-1' ? inbox(page2, 1) : inbox(page1, 1, 'cursor-1')),
    });
    const user = userEvent.setup();
    renderApp('/messages');

    expect(await screen.findAllByRole('heading', { level: 2 })).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: '加载更多' }));

    expect(await screen.findByRole('button', { name: /通知 20/ })).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(12);
    expect(messageButton('通知 20')).toHaveTextContent('未读');
    expect(api.called('MyNotifications').map((c) => c.variables)).toEqual([{ limit: 10 }, { limit: 10, after: 'cursor-1' }]);
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
    expect(screen.getByText('消息已经全部显示。')).toBeInTheDocument();
  });

  it('says so when there are no messages yet', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyNotifications: () => inbox([], 0) });
    renderApp('/messages');
    expect(await screen.findByText(/还没有消息/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '全部标为已读' })).not.toBeInTheDocument();
  });

  it('goes to login when the session ended while marking', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), MyNotifications: () => inbox([request], 1), MarkAllNotificationsRead: () => gqlError('请先登录', 'UNAUTHENTICATED') });
    const user = userEvent.setup();
    renderApp('/messages');
    await user.click(await screen.findByRole('button', { name: '全部标为已读' }));
    expect(await screen.findByText('为了您的账户安全，请重新登录。')).toBeInTheDocument();
  });

  it('leads the welcome message to the community on the home screen', async () => {
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyNotifications: () => inbox([message('6', '欢迎纳入社区管理', { kind: 'WELCOME', link: '/', readAt: '2026-11-30T00:00:00Z' })], 0),
    });
    const user = userEvent.setup();
    renderApp('/messages');
    await user.click(await screen.findByRole('button', { name: /欢迎纳入社区管理/ }));
    const links = screen.getAllByRole('link').filter((a) => a.closest('.messages'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['查看我的社区', '/']]);
  });
});

describe('消息 about certification', () => {
  it('leads the reminder, the suspension and the restoration to 我的认证', async () => {
    const certification = (id: string, kind: string, title: string) => message(id, title, { kind, link: '/certification', readAt: '2026-11-30T00:00:00Z' });
    mockGraphQL({
      Me: () => ({ data: signedIn }),
      MyNotifications: () =>
        inbox(
          [
            certification('9', 'PAYMENT_RESTORED', '您的养老金已恢复发放'),
            certification('8', 'PAYMENT_SUSPENDED', '您的养老金暂停发放'),
            certification('7', 'CERTIFICATION_DUE', '您的生存认证即将到期'),
          ],
          0,
        ),
    });
    const user = userEvent.setup();
    renderApp('/messages');
    for (const title of ['您的养老金已恢复发放', '您的养老金暂停发放', '您的生存认证即将到期']) {
      await user.click(await screen.findByRole('button', { name: new RegExp(title) }));
    }
    const links = screen.getAllByRole('link').filter((a) => a.closest('.messages'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['查看我的认证', '/certification'],
      ['去认证，恢复发放', '/certification'],
      ['去认证', '/certification'],
    ]);
  });
});

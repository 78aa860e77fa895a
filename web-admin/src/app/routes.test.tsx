import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RETIREE_LIST_QUERY } from '../features/retiree/RetireeListPage';
import { renderApp, viewer, type Mock } from '../test/renderApp';

const emptyList: Mock = {
  request: { query: RETIREE_LIST_QUERY, variables: { filter: {}, limit: 20 } },
  result: { data: { retirees: { __typename: 'RetireeList', total: 0, nextCursor: null, items: [] } } },
  maxUsageCount: 5,
};

describe('route permissions', () => {
  it('hides what a read-only viewer may not use and answers 403 when they go there anyway', async () => {
    const readOnly = viewer({ displayName: '周立群', role: 'VIEWER', permissions: ['audit:read', 'retiree:read'] });
    const { router } = renderApp('/retirees', { me: readOnly, mocks: [emptyList] });

    const menu = await screen.findByRole('navigation', { name: '主菜单' });
    expect(within(menu).getByText('退休人员')).toBeInTheDocument();
    expect(within(menu).getByText('审计日志')).toBeInTheDocument();
    expect(within(menu).getByText('组织架构')).toBeInTheDocument();
    expect(within(menu).queryByText('工作人员账号')).not.toBeInTheDocument();
    // The header says who this is: name, role and area.
    const userMenu = screen.getByRole('button', { name: '用户菜单' });
    expect(userMenu).toHaveTextContent('周立群');
    expect(userMenu).toHaveTextContent('只读');
    expect(userMenu).toHaveTextContent('剡湖街道');

    act(() => void router.navigate('/staff'));
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新建账号/ })).not.toBeInTheDocument();
  });

  it('shows an administrator every page of the route table', async () => {
    renderApp('/retirees', { mocks: [emptyList] });
    const menu = await screen.findByRole('navigation', { name: '主菜单' });
    for (const title of ['退休人员', '审计日志', '工作人员账号', '组织架构']) expect(within(menu).getByText(title)).toBeInTheDocument();
    expect(screen.getByText('管理员')).toBeInTheDocument();
  });

  it('sends a visitor without a session to the login page, remembering where they were going', async () => {
    const { router } = renderApp('/retirees?status=SUSPENDED', { me: null });
    expect(await screen.findByRole('button', { name: /登\s*录/ })).toBeInTheDocument();
    expect(router.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.location.search).get('next')).toBe('/retirees?status=SUSPENDED');
  });
});

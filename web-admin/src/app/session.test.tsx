import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RETIREE_LIST_QUERY } from '../features/retiree/RetireeListPage';
import { LOGIN } from '../features/auth/LoginPage';
import { meMock, renderApp, viewer, type Mock } from '../test/renderApp';

const list = (variables: Record<string, unknown>, result: Mock['result']): Mock => ({ request: { query: RETIREE_LIST_QUERY, variables }, result });

describe('an expired session', () => {
  it('sends the user to log in again and back to the same list afterwards', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderApp('/retirees?name=%E4%BF%9E', {
      mocks: [
        list({ filter: { name: '俞' }, limit: 20 }, { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] }),
        // The login page forgets the old session's data and asks again who is signed in: nobody.
        meMock(null),
        { request: { query: LOGIN, variables: { username: 'demo-township', password: 'demo2026' } }, result: { data: { login: { __typename: 'AuthPayload', expiresAt: '2026-12-01T00:00:00Z' } } } },
        meMock(viewer()),
        list(
          { filter: { name: '俞' }, limit: 20 },
          {
            data: {
              retirees: {
                __typename: 'RetireeList',
                total: 1,
                nextCursor: null,
                items: [
                  {
                    __typename: 'Retiree',
                    id: '1',
                    name: '俞秀英',
                    gender: 'FEMALE',
                    age: 64,
                    idNumber: '330683********1902',
                    retirementDate: '2012-04-01',
                    monthlyPension: 328083,
                    status: 'ACTIVE',
                    community: { __typename: 'OrgUnit', id: '17', name: '新北社区' },
                    township: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
                  },
                ],
              },
            },
          },
        ),
      ],
    });

    expect(await screen.findByText('登录已过期，请重新登录。登录后将回到刚才的页面。')).toBeInTheDocument();
    expect(router.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.location.search).get('next')).toBe('/retirees?name=%E4%BF%9E');

    await user.type(screen.getByLabelText('用户名'), 'demo-township');
    await user.type(screen.getByLabelText('密码'), 'demo2026');
    await user.click(screen.getByRole('button', { name: /登\s*录/ }));

    expect(await screen.findByRole('link', { name: '俞秀英' })).toBeInTheDocument();
    await waitFor(() => expect(router.location.pathname).toBe('/retirees'));
    expect(router.location.search).toBe('?name=%E4%BF%9E');
  });
});

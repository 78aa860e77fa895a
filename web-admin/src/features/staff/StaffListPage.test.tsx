import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Mock } from '../../test/renderApp';
import { CREATE_STAFF } from './CreateStaffModal';
import { STAFF_LIST_QUERY } from './StaffListPage';

const staff = (id: string, username: string, displayName: string, active = true) => ({
  __typename: 'StaffUser',
  id,
  username,
  displayName,
  role: 'STAFF',
  active,
  lastLoginAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  orgUnit: { __typename: 'OrgUnit', id: '2', name: '剡湖街道' },
});

const list = (items: ReturnType<typeof staff>[]): Mock => ({
  request: { query: STAFF_LIST_QUERY, variables: { filter: {}, limit: 20 } },
  result: { data: { staffUsers: { __typename: 'StaffList', total: items.length, nextCursor: null, items } } },
});

describe('staff accounts', () => {
  it('creates an account and shows its temporary password once, with a warning', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/staff', {
      mocks: [
        list([staff('2', 'demo-township', '钱晓燕')]),
        {
          request: { query: CREATE_STAFF, variables: { input: { username: 'zhang.wei', displayName: '张伟', role: 'STAFF', orgUnitId: '2' } } },
          result: { data: { createStaffUser: { __typename: 'StaffCredentials', temporaryPassword: 'xkZM9aBDw3LX', staff: { __typename: 'StaffUser', id: '40', username: 'zhang.wei', displayName: '张伟' } } } },
        },
        list([staff('2', 'demo-township', '钱晓燕'), staff('40', 'zhang.wei', '张伟')]),
      ],
    });
    // One's own account cannot be disabled from here.
    const own = (await screen.findByText('demo-township')).closest('tr') as HTMLElement;
    expect(within(own).getByText('本人账号')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /新建账号/ }));
    // (rc-dialog's ids are all "test-id" under test, so the dialog is found by its title.)
    const dialog = (await screen.findByText('新建工作人员账号')).closest('[role="dialog"]') as HTMLElement;
    await user.type(within(dialog).getByLabelText('登录用户名'), 'Zhang.Wei');
    await user.type(within(dialog).getByLabelText('姓名'), '张伟');
    await user.click(within(dialog).getByRole('button', { name: /创\s*建/ }));

    expect(await screen.findByText('xkZM9aBDw3LX')).toBeInTheDocument();
    expect(screen.getByText('临时密码只显示这一次')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '我已记下' }));
    expect(await screen.findByText('zhang.wei')).toBeInTheDocument();
    expect(screen.queryByText('xkZM9aBDw3LX')).not.toBeInTheDocument();
  });
});

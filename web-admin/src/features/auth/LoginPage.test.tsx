import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Mock } from '../../test/renderApp';
import { LOGIN } from './LoginPage';

const attempt = (password: string, errors: { message: string; extensions: Record<string, unknown> }[]): Mock => ({
  request: { query: LOGIN, variables: { username: 'demo-community', password } },
  result: { errors },
});

async function logIn(password: string) {
  const user = userEvent.setup({ delay: null });
  await user.type(await screen.findByLabelText('用户名'), 'demo-community');
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('login page', () => {
  it('says plainly when the credentials are wrong, and clears the password', async () => {
    renderApp('/login', { me: null, mocks: [attempt('wrong', [{ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } }])] });
    await logIn('wrong');
    expect(await screen.findByText('用户名或密码错误')).toBeInTheDocument();
    expect(screen.getByLabelText('密码')).toHaveValue('');
    // Still on the login page: a wrong password is not an expired session.
    expect(screen.queryByText(/登录已过期/)).not.toBeInTheDocument();
  });

  it('locks the button for the time the API asks when there were too many attempts', async () => {
    renderApp('/login', {
      me: null,
      mocks: [attempt('again', [{ message: '尝试次数过多，请 120 秒后再试', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 120 } }])],
    });
    await logIn('again');
    expect(await screen.findByText('尝试次数过多，账号已暂时锁定')).toBeInTheDocument();
    expect(screen.getByText('请 120 秒后再试。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /请 120 秒后再试/ })).toBeDisabled();
  });

  it('tells a disabled account why it cannot log in', async () => {
    renderApp('/login', { me: null, mocks: [attempt('demo2026', [{ message: '该账号已停用，请联系上级管理员', extensions: { code: 'FORBIDDEN' } }])] });
    await logIn('demo2026');
    expect(await screen.findByText('该账号已停用，请联系上级管理员')).toBeInTheDocument();
  });

  it('shows the demo accounts in development', async () => {
    renderApp('/login', { me: null });
    expect(await screen.findByText('演示账号（仅开发环境显示）')).toBeInTheDocument();
    expect(screen.getByText(/demo-bureau/)).toBeInTheDocument();
  });
});

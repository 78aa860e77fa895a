import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { demoPayments, fullText, gqlError, mockGraphQL, renderApp, signedIn, signedOut } from '../../test/graphql';

const DEMO_ID = '330683196203081902';
const challenge = (devCode: string | null = '123456', challengeId = 'c-1') => ({
  data: { requestLoginCode: { challengeId, sentTo: '138****0001', expiresAt: '2026-11-29T10:05:00Z', devCode } },
});
const payments = { data: { myProfile: { id: '1', monthlyPension: 328083, payments: demoPayments } } };

async function enterId(user: ReturnType<typeof userEvent.setup>, id: string) {
  const input = await screen.findByLabelText('身份证号');
  await user.clear(input);
  await user.type(input, id);
  await user.click(screen.getByRole('button', { name: '获取验证码' }));
}

describe('login', () => {
  it('explains a mistyped ID number in plain words, without asking the server', async () => {
    const api = mockGraphQL({ Me: () => ({ data: signedOut }) });
    const user = userEvent.setup();
    renderApp('/login');

    await enterId(user, '330683196203081903'); // last character does not match the checksum

    expect(await screen.findByRole('alert')).toHaveTextContent('这个身份证号好像有一位输错了');
    expect(screen.getByLabelText('身份证号')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('身份证号')).toHaveFocus();
    expect(api.called('RequestLoginCode')).toHaveLength(0);
  });

  it('says how many digits are missing', async () => {
    mockGraphQL({ Me: () => ({ data: signedOut }) });
    const user = userEvent.setup();
    renderApp('/login');

    await enterId(user, '3306831962030819');

    expect(await screen.findByRole('alert')).toHaveTextContent('身份证号应该是 18 位，您现在输入了 16 位');
  });

  it('shows the message of the API when no retiree has that number', async () => {
    mockGraphQL({
      Me: () => ({ data: signedOut }),
      RequestLoginCode: () => gqlError('未找到该身份证号的退休人员信息，请核对，或联系所在社区', 'BAD_USER_INPUT', 'idNumber'),
    });
    const user = userEvent.setup();
    renderApp('/login');

    await enterId(user, DEMO_ID);

    expect(await screen.findByRole('alert')).toHaveTextContent('未找到该身份证号的退休人员信息');
    expect(screen.getByLabelText('身份证号')).toHaveValue(DEMO_ID);
  });

  it('takes a small x and spaces, and offers an X key after 17 digits', async () => {
    const api = mockGraphQL({ Me: () => ({ data: signedOut }), RequestLoginCode: () => challenge() });
    const user = userEvent.setup();
    renderApp('/login');
    const input = await screen.findByLabelText('身份证号');

    await user.type(input, '110105 19491231 002');
    expect(screen.getByText('已输入 17 位，共 18 位')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '输入最后一位 X' }));
    expect(input).toHaveValue('11010519491231002X');

    await user.clear(input);
    await user.type(input, '11010519491231002x');
    expect(input).toHaveValue('11010519491231002X');
    await user.click(screen.getByRole('button', { name: '获取验证码' }));
    await screen.findByRole('heading', { name: '输入验证码' });
    expect(api.called('RequestLoginCode')[0]?.variables).toEqual({ idNumber: '11010519491231002X' });
  });

  it('sends the code, shows where it went and the demo code, counts wrong tries, then opens the page they wanted', async () => {
    const api = mockGraphQL({
      Me: () => ({ data: signedOut }),
      RequestLoginCode: () => challenge('123456'),
      VerifyLoginCode: ({ code }) =>
        code === '123456' ? { data: { verifyLoginCode: { user: signedIn.me } } } : gqlError('验证码不正确，还可以再试 4 次', 'BAD_USER_INPUT', 'code', { reason: 'CODE_WRONG', attemptsLeft: 4 }),
      MyPayments: () => payments,
    });
    const user = userEvent.setup();
    renderApp('/payments');

    await enterId(user, DEMO_ID);

    expect(await screen.findByRole('heading', { name: '输入验证码' })).toBeInTheDocument();
    expect(screen.getByText(/验证码已发送到手机/)).toHaveTextContent('138****0001');
    expect(screen.getByText(fullText('演示环境验证码：123456'))).toBeInTheDocument();
    expect(screen.getByText('没收到短信？60 秒后可以重新获取。')).toBeInTheDocument();

    const code = screen.getByLabelText('短信验证码');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('验证码不正确，还可以再试 4 次');
    expect(code).toHaveValue('');
    expect(code).toHaveFocus();
    // A wrong code can be tried again: no new code is offered before the countdown ends.
    expect(screen.queryByRole('button', { name: '重新获取验证码' })).not.toBeInTheDocument();

    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('heading', { name: '我的养老金', level: 1 })).toBeInTheDocument();
    expect(api.called('VerifyLoginCode').map((c) => c.variables)).toEqual([
      { challengeId: 'c-1', code: '000000' },
      { challengeId: 'c-1', code: '123456' },
    ]);
  });

  it('shows no demo box when the API sends no code (production)', async () => {
    mockGraphQL({ Me: () => ({ data: signedOut }), RequestLoginCode: () => challenge(null) });
    const user = userEvent.setup();
    renderApp('/login');
    await enterId(user, DEMO_ID);
    await screen.findByRole('heading', { name: '输入验证码' });
    expect(screen.queryByText(/演示环境验证码/)).not.toBeInTheDocument();
  });

  it('lets them ask for a new code after the countdown, and at once when the code has expired', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let n = 0;
    const api = mockGraphQL({
      Me: () => ({ data: signedOut }),
      RequestLoginCode: () => challenge(String(111111 * ++n), `c-${n}`),
      VerifyLoginCode: () => gqlError('验证码已失效，请重新获取', 'BAD_USER_INPUT', 'code', { reason: 'CODE_EXPIRED' }),
    });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderApp('/login');
    await enterId(user, DEMO_ID);
    await screen.findByText('没收到短信？60 秒后可以重新获取。');

    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.getByText('没收到短信？40 秒后可以重新获取。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '重新获取验证码' })).not.toBeInTheDocument();

    act(() => vi.advanceTimersByTime(40_000));
    await user.click(screen.getByRole('button', { name: '重新获取验证码' }));
    expect(await screen.findByText('新的验证码已经发出，请看最新的一条短信。')).toBeInTheDocument();
    expect(screen.getByText(fullText('演示环境验证码：222222'))).toBeInTheDocument();
    expect(screen.getByText('没收到短信？60 秒后可以重新获取。')).toBeInTheDocument();

    await user.type(screen.getByLabelText('短信验证码'), '222222');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('验证码已失效，请重新获取');
    expect(api.called('VerifyLoginCode')[0]?.variables).toEqual({ challengeId: 'c-2', code: '222222' });
    expect(screen.getByRole('button', { name: '重新获取验证码' })).toBeInTheDocument();
  });

  it('offers a new code at once after too many wrong tries, going by the reason the API gives', async () => {
    mockGraphQL({
      Me: () => ({ data: signedOut }),
      RequestLoginCode: () => challenge(),
      VerifyLoginCode: () => gqlError('错误次数太多，这个验证码不能再用了', 'BAD_USER_INPUT', 'code', { reason: 'TOO_MANY_ATTEMPTS' }),
    });
    const user = userEvent.setup();
    renderApp('/login');
    await enterId(user, DEMO_ID);
    await user.type(await screen.findByLabelText('短信验证码'), '999999');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('错误次数太多，这个验证码不能再用了');
    expect(screen.getByRole('button', { name: '重新获取验证码' })).toBeInTheDocument();
    expect(screen.queryByText(/秒后可以重新获取/)).not.toBeInTheDocument();
  });

  it('goes back to correct the ID number, keeping what was typed', async () => {
    mockGraphQL({ Me: () => ({ data: signedOut }), RequestLoginCode: () => challenge() });
    const user = userEvent.setup();
    renderApp('/login');
    await enterId(user, DEMO_ID);
    await screen.findByRole('heading', { name: '输入验证码' });

    await user.click(screen.getByRole('button', { name: '返回' }));

    expect(await screen.findByLabelText('身份证号')).toHaveValue(DEMO_ID);
  });

  it('asks to log in again, gently, when the session has ended', async () => {
    localStorage.setItem('wr.hadSession', '1');
    mockGraphQL({ Me: () => ({ data: signedOut }) });
    renderApp('/');
    expect(await screen.findByText('为了您的账户安全，请重新登录。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '登录', level: 1 })).toBeInTheDocument();
  });

  it('sends a first-time visitor to login without that message', async () => {
    mockGraphQL({ Me: () => ({ data: signedOut }) });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: '登录', level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(/为了您的账户安全/)).not.toBeInTheDocument();
  });

  it('goes to login with the gentle message when the API says the session expired mid-use', async () => {
    mockGraphQL({ Me: () => ({ data: signedIn }), Home: () => gqlError('请先登录', 'UNAUTHENTICATED') });
    renderApp('/');
    expect(await screen.findByText('为了您的账户安全，请重新登录。')).toBeInTheDocument();
  });

  it('treats a staff session in the same browser as not logged in', async () => {
    mockGraphQL({ Me: () => ({ data: { me: { displayName: '张三', kind: 'STAFF', retireeId: null } } }) });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: '登录', level: 1 })).toBeInTheDocument();
  });

  it('says the network is down and tries again when asked', async () => {
    let online = false;
    mockGraphQL({ Me: () => (online ? { data: signedOut } : new TypeError('Failed to fetch')) });
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('网络好像连不上');
    online = true;
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: '登录', level: 1 })).toBeInTheDocument());
  });
});

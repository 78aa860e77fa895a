import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Form, Input, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { safeNext, useAuth } from '../../app/auth';
import { graphql } from '../../gql';
import { apiError, errorMessage } from '../../shared/errors';
import { Panel } from '../../shared/Panel';

export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
    }
  }
`);

const DEMO_ACCOUNTS = [
  { username: 'demo-bureau', label: '市人社局管理员' },
  { username: 'demo-township', label: '街道管理员' },
  { username: 'demo-community', label: '社区工作人员' },
];
const DEMO_PASSWORD = 'demo2026';

interface FormValues {
  username: string;
  password: string;
}

/** Seconds left before a locked login may be tried again. */
function useCountdown(): [number, (seconds: number) => void] {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  return [
    left,
    (seconds) => {
      setNow(Date.now());
      setUntil(Date.now() + seconds * 1000);
    },
  ];
}

export function LoginPage() {
  const { viewer, resetSession } = useAuth();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const [form] = Form.useForm<FormValues>();
  const [login, { loading }] = useMutation(LOGIN);
  const [failure, setFailure] = useState<string | null>(null);
  const [lockedFor, lock] = useCountdown();
  const next = safeNext(params.get('next'));
  const expired = (location.state as { expired?: boolean } | null)?.expired;

  useEffect(() => {
    document.title = '登录 · 退休人员智慧管理平台';
  }, []);

  // Whoever was here before (logged out, or the session expired): forget their data.
  useEffect(() => {
    if (!viewer) void resetSession();
    // Once, on arrival.
  }, []);

  if (viewer) return <Navigate to={next} replace />;

  const submit = async ({ username, password }: FormValues) => {
    setFailure(null);
    try {
      const { data } = await login({ variables: { username: username.trim(), password } });
      if (!data) return;
      // The session cookie is set: start from an empty cache and load the new viewer.
      await resetSession();
      void navigate(next, { replace: true });
    } catch (e) {
      const api = apiError(e as Error);
      if (api?.code === 'TOO_MANY_REQUESTS' && api.retryAfterSeconds) lock(api.retryAfterSeconds);
      setFailure(api?.code === 'TOO_MANY_REQUESTS' ? '尝试次数过多，账号已暂时锁定' : errorMessage(e as Error));
      form.setFieldValue('password', '');
    }
  };

  return (
    <Flex
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 24,
        background: `radial-gradient(circle at 20% 20%, ${token.colorPrimaryBg} 0, transparent 45%), linear-gradient(135deg, #f0f5ff 0%, #e6f4ff 50%, #f5f5f5 100%)`,
      }}
    >
      <Flex vertical align="center" gap={24} style={{ width: 400, maxWidth: '100%' }}>
        <Flex vertical align="center" gap={8}>
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={48} height={48} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            退休人员智慧管理平台
          </Typography.Title>
          <Typography.Text type="secondary">市人社局 · 镇乡街道 · 社区 工作人员登录</Typography.Text>
        </Flex>
        <Panel style={{ width: '100%', boxShadow: token.boxShadowTertiary }}>
          {expired && !failure && <Alert type="warning" showIcon title="登录已过期，请重新登录。登录后将回到刚才的页面。" style={{ marginBottom: 16 }} />}
          {failure && (
            <Alert
              type="error"
              showIcon
              title={failure}
              description={lockedFor > 0 ? `请 ${lockedFor} 秒后再试。` : undefined}
              style={{ marginBottom: 16 }}
              role="alert"
            />
          )}
          <Form<FormValues> name="login" form={form} size="large" onFinish={(v) => void submit(v)} autoComplete="on" aria-label="登录">
            <Form.Item name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
              <Input prefix={<UserOutlined />} placeholder="用户名" aria-label="用户名" autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined />} placeholder="密码" aria-label="密码" autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading} disabled={lockedFor > 0}>
              {lockedFor > 0 ? `请 ${lockedFor} 秒后再试` : '登录'}
            </Button>
          </Form>
        </Panel>
        {import.meta.env.DEV && (
          <Alert
            type="info"
            style={{ width: '100%' }}
            title="演示账号（仅开发环境显示）"
            description={
              <Flex vertical gap={4}>
                {DEMO_ACCOUNTS.map((a) => (
                  <Typography.Link key={a.username} onClick={() => form.setFieldsValue({ username: a.username, password: DEMO_PASSWORD })}>
                    {a.username} · {a.label}
                  </Typography.Link>
                ))}
                <Typography.Text type="secondary">密码均为 {DEMO_PASSWORD}，点击账号自动填入</Typography.Text>
              </Flex>
            }
          />
        )}
      </Flex>
    </Flex>
  );
}

export default LoginPage;

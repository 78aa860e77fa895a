import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Dropdown, Flex, Tag, theme } from 'antd';
import { Muted, Strong } from '../shared/text';
import { lazy, Suspense, useState } from 'react';
import { graphql } from '../gql';
import { labelOf, ROLE_LABEL } from '../shared/format';
import { useAuth } from './auth';

const ChangePasswordModal = lazy(() => import('../features/auth/ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

/** Who is signed in (name, role, area) and their own actions: change password, log out. */
export function UserMenu() {
  const { viewer, signedOut } = useAuth();
  const { modal } = App.useApp();
  const { token } = theme.useToken();
  const [logout] = useMutation(LOGOUT);
  const [changingPassword, setChangingPassword] = useState(false);
  if (!viewer) return null;

  const confirmLogout = () =>
    modal.confirm({
      title: '退出登录？',
      content: '退出后需要重新输入用户名和密码。',
      okText: '退出登录',
      cancelText: '取消',
      onOk: async () => {
        // Logging out locally must work even if the server cannot be reached.
        await logout().catch(() => undefined);
        // The route guard then shows the login page.
        signedOut();
      },
    });

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: '修改密码', onClick: () => setChangingPassword(true) },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true, onClick: () => void confirmLogout() },
          ],
        }}
      >
        <Flex align="center" gap={10} style={{ cursor: 'pointer', height: 64 }} role="button" aria-label="用户菜单" tabIndex={0}>
          <span
            aria-hidden
            style={{ display: 'inline-grid', placeItems: 'center', width: 32, height: 32, borderRadius: '50%', background: token.colorPrimary, color: '#fff' }}
          >
            <UserOutlined />
          </span>
          <Flex vertical style={{ lineHeight: 1.3 }}>
            <span>
              <Strong>{viewer.displayName}</Strong>
              <Tag color="blue" style={{ marginInlineStart: 8 }}>
                {labelOf(ROLE_LABEL, viewer.role)}
              </Tag>
            </span>
            <Muted style={{ fontSize: 12 }}>{viewer.orgUnit?.name ?? '—'}</Muted>
          </Flex>
          <DownOutlined style={{ fontSize: 10, color: 'rgba(0,0,0,.45)' }} />
        </Flex>
      </Dropdown>
      {changingPassword && (
        <Suspense fallback={null}>
          <ChangePasswordModal open onClose={() => setChangingPassword(false)} />
        </Suspense>
      )}
    </>
  );
}

import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, theme, type MenuProps } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Link, matchRoutes, Outlet, useLocation, useNavigate } from 'react-router';
import { AreaSelector } from '../shared/area/AreaSelector';
import { useArea, withArea } from '../shared/area/useArea';
import { PageTrailContext, type Crumb } from '../shared/page';
import { PageLoading } from '../shared/states';
import { useAuth } from './auth';
import { MENU_GROUPS, mayOpen, menuKeyOf, ROUTE_BY_KEY, ROUTES, routeTrail, type AppRoute } from './routes';
import { UserMenu } from './UserMenu';

const ROUTE_PATHS = ROUTES.map((route) => ({ path: route.path, route }));

/** The route-table entry of the page being shown, if any. */
function useCurrentRoute(): AppRoute | undefined {
  const location = useLocation();
  return matchRoutes(ROUTE_PATHS, location)?.[0]?.route.route;
}

/** The console frame: side menu from the route table, header with area and user, breadcrumbed content. */
export function AdminLayout() {
  const auth = useAuth();
  const { viewer } = auth;
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [orgId] = useArea();
  const [collapsed, setCollapsed] = useState(false);
  const current = useCurrentRoute();

  const items = useMemo<MenuProps['items']>(
    () =>
      MENU_GROUPS.map((group) => ({
        type: 'group' as const,
        key: group.key,
        label: group.label,
        children: ROUTES.filter((r) => r.menu?.group === group.key && mayOpen(r, auth)).map((r) => ({ key: r.key, icon: r.menu?.icon, label: r.title })),
      })).filter((group) => group.children.length > 0),
    [auth],
  );

  const trail = useMemo<Crumb[]>(
    () => (current ? routeTrail(current).map((r, i, all) => ({ title: r.title, to: i < all.length - 1 ? withArea(r.path, orgId) : undefined })) : []),
    [current, orgId],
  );
  const selected = current ? menuKeyOf(current) : undefined;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} trigger={null} width={224} breakpoint="lg" style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
        <Link to={withArea('/', orgId)} aria-label="退休人员智慧管理平台 首页">
          <Flex align="center" gap={10} style={{ height: 64, padding: collapsed ? '0 24px' : '0 20px', overflow: 'hidden', whiteSpace: 'nowrap' }}>
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
            {!collapsed && (
              <span style={{ color: '#fff', fontSize: 15, fontWeight: 600 }}>退休人员智慧管理平台</span>
            )}
          </Flex>
        </Link>
        <nav aria-label="主菜单">
          <Menu
            theme="dark"
            mode="inline"
            items={items}
            selectedKeys={selected ? [selected] : []}
            onClick={({ key }) => {
              const route = ROUTE_BY_KEY.get(key);
              if (route) void navigate(withArea(route.path, orgId));
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px 0 8px',
            display: 'flex',
            alignItems: 'center',
            gap: 16,
            boxShadow: '0 1px 4px rgba(0, 21, 41, 0.08)',
            position: 'sticky',
            top: 0,
            // Above the table's fixed columns, which are sticky too.
            zIndex: 100,
          }}
        >
          <Button
            type="text"
            aria-label={collapsed ? '展开菜单' : '收起菜单'}
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed(!collapsed)}
            style={{ width: 48, height: 48 }}
          />
          {current?.usesArea && <AreaSelector />}
          <div style={{ flex: 1 }} />
          <UserMenu />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <PageTrailContext value={trail}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </PageTrailContext>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: token.colorTextTertiary, paddingTop: 0 }}>
          退休人员智慧管理平台 · {viewer?.orgUnit?.name}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}

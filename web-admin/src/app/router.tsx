import { Empty } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useSearchParams } from 'react-router';
import { AREA_PARAM, withArea } from '../shared/area/useArea';
import { PageLoading } from '../shared/states';
import { AdminLayout } from './AdminLayout';
import { RequireAuth, useAuth } from './auth';
import { mayOpen, ROUTES, type AppRoute } from './routes';

const LoginPage = lazy(() => import('../features/auth/LoginPage'));
// Result pages carry large illustrations: loaded only when shown.
const ForbiddenResult = lazy(() => import('../shared/results').then((m) => ({ default: m.ForbiddenResult })));
const NotFoundResult = lazy(() => import('../shared/results').then((m) => ({ default: m.NotFoundResult })));

/** A page of the route table, behind its permission. */
function RoutePage({ route }: { route: AppRoute }) {
  const auth = useAuth();
  if (!mayOpen(route, auth)) return <ForbiddenResult subTitle={route.forbiddenText} />;
  const Page = route.page;
  return <Page />;
}

/** `/admin/` opens the first menu page the viewer may use. */
function Home() {
  const auth = useAuth();
  const [params] = useSearchParams();
  const first = ROUTES.find((r) => r.menu && mayOpen(r, auth));
  if (!first) return <Empty style={{ marginTop: 96 }} description="您的账号暂未开通任何功能，请联系上级管理员分配权限。" />;
  return <Navigate to={withArea(first.path, params.get(AREA_PARAM))} replace />;
}

/**
 * The console's routes, from the route table. Declarative routing: the console loads its data
 * with Apollo, not route loaders, and the data router would double react-router's share of the
 * first page.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Suspense fallback={<PageLoading />}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AdminLayout />
          </RequireAuth>
        }
      >
        <Route index element={<Home />} />
        {ROUTES.map((route) => (
          <Route key={route.key} path={route.path} element={<RoutePage route={route} />} />
        ))}
        <Route path="*" element={<NotFoundResult />} />
      </Route>
    </Routes>
  );
}

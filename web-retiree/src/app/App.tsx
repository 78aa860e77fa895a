import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Loading } from '../shared/QueryState';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFound } from './NotFound';
import { LoginScreen, signedInRoutes } from './routes';
import { RequireSession, SessionProvider } from './session';

/** The routes, without a router: tests wrap them in a MemoryRouter. */
export function AppRoutes() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/login" element={<LoginScreen />} />
          <Route element={<RequireSession />}>
            {signedInRoutes.map(({ path, Screen }) => (
              <Route key={path} path={path} element={<Screen />} />
            ))}
          </Route>
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </SessionProvider>
  );
}

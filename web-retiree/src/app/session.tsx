import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { graphql } from '../gql';
import type { SessionViewerFragment } from '../gql/graphql';
import { Page } from '../shared/Page';
import { LoadError, Loading } from '../shared/QueryState';
import { ApiError, isApiError, request, SERVER_MESSAGE } from './api';

graphql(`
  fragment SessionViewer on Viewer {
    displayName
    kind
    retireeId
  }
`);

const MeQuery = graphql(`
  query Me {
    me {
      ...SessionViewer
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export type SessionViewer = SessionViewerFragment;
export type SignedOutReason = 'expired' | 'loggedOut';

export type SessionState =
  | { status: 'checking' }
  | { status: 'unavailable'; error: ApiError }
  | { status: 'signedOut'; reason?: SignedOutReason }
  | { status: 'signedIn'; viewer: SessionViewer };

interface Session {
  state: SessionState;
  signIn(viewer: SessionViewer): void;
  /** The API said UNAUTHENTICATED: back to login with a gentle word, keeping where they were. */
  expire(): void;
  logout(): Promise<void>;
  recheck(): void;
}

/** Where login sends people back to, and why they are there. */
export interface LoginLocationState {
  from?: string;
  reason?: SignedOutReason;
}

// Not a token (the session is an httpOnly cookie): only whether this phone was signed in, so a
// missing session can be explained as expired rather than shown as a first visit.
const HAD_SESSION = 'wr.hadSession';
const storage = {
  had: () => {
    try {
      return localStorage.getItem(HAD_SESSION) === '1';
    } catch {
      return false;
    }
  },
  set: (on: boolean) => {
    try {
      if (on) localStorage.setItem(HAD_SESSION, '1');
      else localStorage.removeItem(HAD_SESSION);
    } catch {
      /* ignore */
    }
  },
};

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    request(MeQuery, {}, ctrl.signal).then(
      ({ me }) => {
        // A staff session in the same browser is not this app's session.
        if (me?.kind === 'RETIREE') {
          storage.set(true);
          setState({ status: 'signedIn', viewer: me });
        } else {
          setState({ status: 'signedOut', reason: storage.had() ? 'expired' : undefined });
          storage.set(false);
        }
      },
      (e: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'unavailable', error: isApiError(e) ? e : new ApiError(SERVER_MESSAGE, 'SERVER') });
      },
    );
    return () => ctrl.abort();
  }, [attempt]);

  const signIn = useCallback((viewer: SessionViewer) => {
    storage.set(true);
    setState({ status: 'signedIn', viewer });
  }, []);
  const expire = useCallback(() => {
    storage.set(false);
    setState({ status: 'signedOut', reason: 'expired' });
  }, []);
  const logout = useCallback(async () => {
    await request(LogoutMutation);
    storage.set(false);
    setState({ status: 'signedOut', reason: 'loggedOut' });
  }, []);
  const recheck = useCallback(() => {
    setState({ status: 'checking' });
    setAttempt((a) => a + 1);
  }, []);

  const value = useMemo(() => ({ state, signIn, expire, logout, recheck }), [state, signIn, expire, logout, recheck]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Layout route for every signed-in screen. */
export function RequireSession() {
  const { state, recheck } = useSession();
  const location = useLocation();
  switch (state.status) {
    case 'checking':
      return <Loading />;
    case 'unavailable':
      return (
        <Page title="暂时打不开">
          <LoadError error={state.error} onRetry={recheck} />
        </Page>
      );
    case 'signedOut': {
      const loginState: LoginLocationState = {
        reason: state.reason,
        from: state.reason === 'loggedOut' ? undefined : location.pathname + location.search,
      };
      return <Navigate to="/login" replace state={loginState} />;
    }
    case 'signedIn':
      return <Outlet />;
  }
}

import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Flex, Spin } from 'antd';
import { Muted } from '../shared/text';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { graphql } from '../gql';
import type { ViewerFieldsFragment } from '../gql/graphql';
import { sessionEvents } from './session';

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
    kind
    displayName
    role
    permissions
    orgUnit {
      id
      name
      level
    }
    staff {
      id
      username
    }
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export type Viewer = ViewerFieldsFragment;

/** Permissions the API grants staff (`me.permissions`); routes and buttons name them. */
export type Permission = 'retiree:read' | 'retiree:write' | 'retiree:reveal' | 'audit:read' | 'staff:manage' | 'task:work' | 'import:manage' | 'risk:scan';

interface AuthValue {
  /** The signed-in staff member, or null. */
  viewer: Viewer | null;
  /** How the last session in this tab ended, if it did: the login page words itself accordingly. */
  sessionEnd: SessionEnd;
  /** The viewer holds the permission (no permission named: anyone signed in). */
  can(permission?: Permission): boolean;
  /**
   * Forget every cached answer and ask the API who is signed in now. Called on the login page
   * (after logout or expiry nothing of the previous session stays in memory) and after login.
   */
  resetSession(): Promise<void>;
  /** After logout: nobody is signed in. The login page then empties the cache. */
  signedOut(): void;
}

type SessionEnd = 'expired' | 'logout' | null;

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  // Refetches keep showing the last answer: the app is never swapped for a spinner after the first load.
  const { data, error, loading, refetch } = useQuery(ME_QUERY, { notifyOnNetworkStatusChange: false });
  const [sessionEnd, setSessionEnd] = useState<SessionEnd>(null);
  // The console is for staff; a retiree signed in to the retiree app on the same origin is not a viewer here.
  const viewer = data?.me?.kind === 'STAFF' ? data.me : null;

  const viewerRef = useRef(viewer);
  useEffect(() => {
    viewerRef.current = viewer;
  }, [viewer]);

  useEffect(
    () =>
      sessionEvents.onExpired(() => {
        if (!viewerRef.current) return;
        viewerRef.current = null;
        setSessionEnd('expired');
        client.cache.writeQuery({ query: ME_QUERY, data: { me: null } });
      }),
    [client],
  );

  const resetSession = useCallback(async () => {
    // resetStore keeps the watches (clearStore would cut this provider off the cache) and refetches `me`.
    await client.resetStore().catch(() => undefined);
  }, [client]);

  const signedOut = useCallback(() => {
    setSessionEnd('logout');
    client.cache.writeQuery({ query: ME_QUERY, data: { me: null } });
  }, [client]);

  const value = useMemo<AuthValue>(() => {
    const permissions = new Set(viewer?.permissions ?? []);
    return {
      viewer,
      sessionEnd,
      can: (permission) => !!viewer && (!permission || permissions.has(permission)),
      resetSession,
      signedOut,
    };
  }, [viewer, sessionEnd, resetSession, signedOut]);

  if (!data && loading) {
    return (
      <div style={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" description="正在加载…" />
      </div>
    );
  }
  if (!data && error) {
    return (
      <Flex vertical align="center" justify="center" gap={8} style={{ height: '100vh' }} role="alert">
        <h1 style={{ fontSize: 20, fontWeight: 600, margin: 0 }}>无法连接服务器</h1>
        <Muted>请检查网络连接，稍后再试。</Muted>
        <Button type="primary" onClick={() => void refetch()} style={{ marginTop: 16 }}>
          重试
        </Button>
      </Flex>
    );
  }
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/**
 * Pages behind the login: without a session, go to the login page and come back here afterwards
 * (after a deliberate logout, just to the login page).
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, sessionEnd } = useAuth();
  const location = useLocation();
  if (!viewer) {
    const here = location.pathname + location.search;
    const search = here === '/' || sessionEnd === 'logout' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/login${search}`} replace state={{ expired: sessionEnd === 'expired' }} />;
  }
  return children;
}

/** Where to go after login: only a path inside the console, never another site. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  const inside = next.startsWith('/admin/') ? next.slice('/admin'.length) : next;
  return inside.startsWith('/login') ? '/' : inside;
}

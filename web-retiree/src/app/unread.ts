import { useEffect, useSyncExternalStore } from 'react';
import { graphql } from '../gql';
import { request } from './api';
import { useSession } from './session';

const UnreadCountQuery = graphql(`
  query UnreadCount {
    myNotifications(limit: 1) {
      unreadCount
    }
  }
`);

/** Older than this, the count is asked for again when a screen shows it. */
const FRESH_MS = 15_000;

interface UnreadState {
  /** Whose count it is: a different retiree signing in on the same phone starts from nothing. */
  owner: string | null;
  count: number | null;
  at: number;
}

let state: UnreadState = { owner: null, count: null, at: 0 };
/** The one request under way; a count set meanwhile by the inbox wins over its (older) answer. */
let inFlight: { owner: string } | null = null;
const listeners = new Set<() => void>();

const publish = (next: UnreadState) => {
  state = next;
  listeners.forEach((l) => l());
};

/** The inbox and the mark-read actions know the exact count: they set it here for every badge. */
export function setUnreadCount(owner: string, count: number): void {
  inFlight = null;
  publish({ owner, count: Math.max(0, count), at: Date.now() });
}

/** Something may have added a message (e.g. an answer the API confirms with a notice). */
export function invalidateUnread(): void {
  publish({ ...state, at: 0 });
}

/** Tests: forget everything between cases. */
export function resetUnread(): void {
  inFlight = null;
  state = { owner: null, count: null, at: 0 };
}

function refresh(owner: string): void {
  if (inFlight?.owner === owner) return;
  const current = { owner };
  inFlight = current;
  request(UnreadCountQuery)
    .then(
      ({ myNotifications }) => {
        if (inFlight === current) setUnreadCount(owner, myNotifications.unreadCount);
      },
      // A badge is a hint: when it cannot be loaded, the screen's own data says what is wrong.
      () => undefined,
    )
    .finally(() => {
      if (inFlight === current) inFlight = null;
    });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Unread messages of the signed-in retiree, or null while unknown (or signed out). */
export function useUnreadCount(): number | null {
  const { state: session } = useSession();
  const owner = session.status === 'signedIn' ? (session.viewer.retireeId ?? null) : null;
  const snapshot = useSyncExternalStore(subscribe, () => state);
  const mine = owner !== null && snapshot.owner === owner;
  const stale = !mine || Date.now() - snapshot.at > FRESH_MS;

  useEffect(() => {
    if (owner !== null && stale) refresh(owner);
  }, [owner, stale]);

  return mine ? snapshot.count : null;
}

/** "3 条未读消息", for screen readers and wherever the count is spelled out. */
export const unreadText = (count: number) => `${count} 条未读消息`;

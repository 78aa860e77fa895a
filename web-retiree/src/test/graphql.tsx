import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AppRoutes } from '../app/App';
import { SessionProvider } from '../app/session';

type Reply = { data?: unknown; errors?: unknown[] } | Error;
type Handler = (variables: Record<string, unknown>) => Reply | Promise<Reply>;

export interface GraphQLCall {
  operation: string;
  variables: Record<string, unknown>;
}

/** The unread count every signed-in screen's header asks for; a test can answer it differently. */
export const unreadCount = (count: number): Reply => ({ data: { myNotifications: { unreadCount: count } } });

/**
 * Replaces fetch with a fake /graphql that answers by operation name. A handler returning an
 * Error makes fetch reject, as it does when the phone is offline.
 */
export function mockGraphQL(given: Record<string, Handler>) {
  const handlers: Record<string, Handler> = { UnreadCount: () => unreadCount(0), ...given };
  const calls: GraphQLCall[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '?';
    calls.push({ operation, variables });
    if (url !== '/graphql' || init.credentials !== 'same-origin') throw new Error(`unexpected request to ${url}`);
    const handler = handlers[operation];
    if (!handler) throw new Error(`no mock for ${operation}`);
    const reply = await handler(variables);
    if (reply instanceof Error) throw reply;
    return { ok: true, status: 200, json: async () => reply } as Response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock, called: (operation: string) => calls.filter((c) => c.operation === operation) };
}

export const gqlError = (message: string, code: string, field?: string, extensions: Record<string, unknown> = {}): Reply => ({
  data: null,
  errors: [{ message, extensions: { ...extensions, code, ...(field ? { field } : {}) } }],
});

export const signedIn = { me: { displayName: '俞秀英', kind: 'RETIREE', retireeId: '1' } };
export const signedOut = { me: null };

/** The whole app at a path, as a person would open it. */
export function renderApp(path = '/') {
  return render(
    <SessionProvider>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </SessionProvider>,
  );
}

/** Six months of the demo retiree's payments, newest first. */
export const demoPayments = [
  { id: 'p1', period: '2026-11', amount: 328083, paidDate: '2026-11-05' },
  { id: 'p2', period: '2026-10', amount: 328083, paidDate: '2026-10-08' },
  { id: 'p3', period: '2026-09', amount: 328083, paidDate: '2026-09-07' },
  { id: 'p4', period: '2026-08', amount: 328083, paidDate: '2026-08-07' },
  { id: 'p5', period: '2026-07', amount: 328083, paidDate: '2026-07-09' },
  { id: 'p6', period: '2026-06', amount: 321650, paidDate: '2026-06-05' },
];

export const demoCommunity = {
  id: '12',
  name: '新北社区',
  contactName: '李宇晨',
  contactPhone: '0575-83447092',
  address: '浙江省绍兴市嵊州市剡湖街道新北社区北直巷94号',
};

/** Matches the innermost element reading exactly `text`, even when parts of it are styled spans. */
export const fullText = (text: string) => (_: string, el: Element | null) =>
  !!el && el.textContent === text && ![...el.children].some((child) => child.textContent === text);

import { ApolloClient, ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router';
import { createCache, createSessionLink } from '../app/apollo';
import { AppProviders } from '../app/App';
import { ME_QUERY, type Permission, type Viewer } from '../app/auth';
import { AppRoutes } from '../app/router';
import { AREA_TREE_QUERY } from '../shared/area/areaTreeQuery';

export type Mock = MockLink.MockedResponse;

export const ALL_PERMISSIONS: Permission[] = ['audit:read', 'retiree:read', 'retiree:reveal', 'retiree:write', 'staff:manage'];

export function viewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    __typename: 'Viewer',
    kind: 'STAFF',
    displayName: '钱晓燕',
    role: 'ADMIN',
    permissions: ALL_PERMISSIONS,
    orgUnit: { __typename: 'OrgUnit', id: '2', name: '剡湖街道', level: 'TOWNSHIP' },
    staff: { __typename: 'StaffUser', id: '2', username: 'demo-township' },
    ...overrides,
  };
}

export function meMock(me: Viewer | null, maxUsageCount = 1): Mock {
  return { request: { query: ME_QUERY }, result: { data: { me } }, maxUsageCount };
}

export const areaTreeMock: Mock = {
  request: { query: AREA_TREE_QUERY },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      orgUnits: [
        { __typename: 'OrgUnit', id: '2', name: '剡湖街道', parentId: '1', level: 'TOWNSHIP', retireeCount: 3071 },
        { __typename: 'OrgUnit', id: '17', name: '新北社区', parentId: '2', level: 'COMMUNITY', retireeCount: 141 },
      ],
    },
  },
};

/** A client over mocked responses, with the console's own cache and session link. */
export function mockClient(mocks: readonly Mock[]): ApolloClient {
  return new ApolloClient({ cache: createCache(), link: ApolloLink.from([createSessionLink(), new MockLink(mocks, { showWarnings: false })]) });
}

/** What the address bar would show, and a way to type into it. */
export interface TestRouter {
  readonly location: Location;
  navigate: NavigateFunction;
}

function RouterProbe({ into }: { into: { location?: Location; navigate?: NavigateFunction } }) {
  into.location = useLocation();
  into.navigate = useNavigate();
  return null;
}

/** The whole console (route table, guards, layout) at `path`, signed in as `me`. */
export function renderApp(path: string, { me = viewer(), mocks = [] }: { me?: Viewer | null; mocks?: readonly Mock[] } = {}) {
  const probe: { location?: Location; navigate?: NavigateFunction } = {};
  // Signed out, the login page asks again who is signed in.
  const client = mockClient([meMock(me, me ? 1 : 3), areaTreeMock, ...mocks]);
  const view = render(
    <AppProviders client={client}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <RouterProbe into={probe} />
      </MemoryRouter>
    </AppProviders>,
  );
  const router: TestRouter = {
    get location() {
      return probe.location!;
    },
    navigate: ((to: never, options?: never) => probe.navigate!(to, options)) as NavigateFunction,
  };
  return { ...view, router, client };
}

/** One component inside the providers and a router, signed in as `me`. */
export function renderWithProviders(ui: ReactNode, { me = viewer(), mocks = [], path = '/' }: { me?: Viewer | null; mocks?: readonly Mock[]; path?: string } = {}) {
  const client = mockClient([meMock(me), areaTreeMock, ...mocks]);
  return render(
    <AppProviders client={client}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
}

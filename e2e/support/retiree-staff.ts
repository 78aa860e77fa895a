import { expect, type APIRequestContext } from '@playwright/test';

/**
 * What community staff do for the retiree journeys, through the GraphQL API as the seed's
 * `demo-community` account (STAFF of 新北社区): realistic, scoped to that community, and audited.
 */
const STAFF = { username: 'demo-community', password: 'demo2026' } as const;

interface GraphQLReply<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface StaffApi {
  orgUnitId: string;
  orgUnitName: string;
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

async function post<T>(request: APIRequestContext, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const body = (await res.json()) as GraphQLReply<T>;
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => `${e.message} ${JSON.stringify(e.extensions ?? {})}`).join('; ')}`);
  expect(body.data, 'GraphQL data').toBeTruthy();
  return body.data!;
}

/** Logs in as demo-community (bearer token, so the browser's retiree session is never touched). */
export async function signInAsCommunityStaff(request: APIRequestContext): Promise<StaffApi> {
  const { login } = await post<{ login: { token: string; user: { orgUnit: { id: string; name: string } } } }>(
    request,
    `mutation StaffLogin($username: String!, $password: String!) {
       login(username: $username, password: $password) { token user { orgUnit { id name } } }
     }`,
    STAFF,
  );
  return {
    orgUnitId: login.user.orgUnit.id,
    orgUnitName: login.user.orgUnit.name,
    gql: (query, variables = {}) => post(request, query, variables, login.token),
  };
}

export interface RetireeLogin {
  retireeId: string;
  name: string;
  idNumber: string;
}

/**
 * Another retiree of the demo community with a confirmation still waiting and a phone to get the
 * code on. The list shows ID numbers masked; the full number is revealed with a reason, as staff do
 * when helping someone log in (the reveal is written to the audit log).
 */
export async function findNeighbourWithPendingConfirmation(staff: StaffApi, except: string): Promise<RetireeLogin> {
  const { retirees } = await staff.gql<{ retirees: { items: { id: string; name: string; phone: string | null; latestInfoConfirmation: { status: string } | null }[] } }>(
    `query Neighbours($orgUnitId: ID!) {
       retirees(filter: { orgUnitId: $orgUnitId, status: [ACTIVE] }, limit: 50) {
         items { id name phone latestInfoConfirmation { status } }
       }
     }`,
    { orgUnitId: staff.orgUnitId },
  );
  const neighbour = retirees.items.find((r) => r.name !== except && r.phone && r.latestInfoConfirmation?.status === 'PENDING');
  expect(neighbour, `a retiree of ${staff.orgUnitName} with a pending confirmation`).toBeTruthy();
  const { revealIdNumber } = await staff.gql<{ revealIdNumber: string }>(
    `mutation Reveal($retireeId: ID!, $reason: String!) { revealIdNumber(retireeId: $retireeId, reason: $reason) }`,
    { retireeId: neighbour!.id, reason: '端到端测试：协助该退休人员登录退休服务' },
  );
  return { retireeId: neighbour!.id, name: neighbour!.name, idNumber: revealIdNumber };
}

interface Resolution {
  retiree: RetireeLogin;
  /** ConfirmableField, e.g. PHONE. */
  field: string;
  note: string;
}

/**
 * STAFF STEP — community staff settle a retiree's dispute by correcting the data to what the
 * retiree proposed. For now through the API; to be replaced by the same step in the admin console
 * (信息异议 → 按本人提出的内容更正) once it exists. Returns the dispute's id.
 */
export async function communityStaffCorrectsDispute(request: APIRequestContext, { retiree, field, note }: Resolution): Promise<string> {
  const staff = await signInAsCommunityStaff(request);
  const { infoDisputes } = await staff.gql<{ infoDisputes: { items: { id: string; field: string; retiree: { id: string } | null }[] } }>(
    `query OpenDisputes { infoDisputes(filter: { status: [OPEN] }, limit: 100) { items { id field retiree { id } } } }`,
  );
  const dispute = infoDisputes.items.find((d) => d.field === field && d.retiree?.id === retiree.retireeId);
  expect(dispute, `an open ${field} dispute of ${retiree.name}`).toBeTruthy();
  const { resolveInfoDispute } = await staff.gql<{ resolveInfoDispute: { status: string } }>(
    `mutation Resolve($id: ID!, $note: String!) {
       resolveInfoDispute(id: $id, input: { outcome: CORRECT, useProposedValue: true, note: $note }) { status }
     }`,
    { id: dispute!.id, note },
  );
  expect(resolveInfoDispute.status).toBe('CORRECTED');
  return dispute!.id;
}

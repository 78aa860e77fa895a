/**
 * What the bench asks for: the retiree list as a list page shows it, the detail page, the task
 * inbox (its list and its badge counts) and the performance report at each tier.
 */
import type pg from 'pg';
import { DEFAULT_TODAY } from '../src/seed/generate.js';
import { GraphQLClient } from './api-process.js';

export const LIST_QUERY = `query List($filter: RetireeFilter, $limit: Int, $after: String) {
  retirees(filter: $filter, limit: $limit, after: $after) {
    items { id name gender birthDate age idNumber status community { name } monthlyPension }
    total
    nextCursor
  }
}`;

export const DETAIL_QUERY = `query Detail($id: ID!) {
  retiree(id: $id) {
    id name gender birthDate age idNumber phone status retirementDate employer hukouAddress residenceAddress
    bankName bankAccount citizenCardNo monthlyPension version
    community { name } township { name }
    familyMembers { id name relation idNumber phone isEmergencyContact isNextOfKin }
    payments(months: 12) { id period amount paidDate }
    history { id field oldValue newValue source actorName note changedAt }
  }
}`;

/** 我的待办 as the console lists it (20 a page, newest first). */
export const INBOX_QUERY = `query Inbox($filter: TaskFilter, $limit: Int) {
  tasks(filter: $filter, limit: $limit) {
    items { id title type status priority dueDate overdue assigneeUnit { name } creatorUnit { name } }
    total
  }
}`;

export const INBOX_COUNTS_QUERY = `query InboxCounts { taskInboxCounts { toSign inProgress overdue toEvaluate } }`;

export const PERFORMANCE_QUERY = `query Performance($from: String!, $to: String!) {
  performance(from: $from, to: $to) {
    orgUnit { name }
    breakdown
    rows { rank name staffId orgUnit { id name } received signedOnTime completed completedOnTime overdue evaluated averageScore signedOnTimeRate onTimeRate retirees infoConfirmedRate }
    total { received signedOnTime completed completedOnTime overdue evaluated averageScore signedOnTimeRate onTimeRate retirees infoConfirmedRate }
  }
}`;

/** demo-township (剡湖街道), demo-bureau (the city), demo-community (新北社区). */
export type Actor = 'township' | 'bureau' | 'community';

/**
 * list / detail: the retiree list and detail page. task-list / task-counts: the task inbox and its
 * badges (list budget). report: the performance report (cockpit budget, p95 ≤ 200 ms).
 */
export type ScenarioKind = 'list' | 'detail' | 'task-list' | 'task-counts' | 'report';

export interface Scenario {
  key: string;
  title: string;
  actor: Actor;
  kind: ScenarioKind;
  /** Filtered list pages carry the §8 budget (p95 ≤ 50 ms, ≥ 0.6× raw throughput); the task inbox is one. */
  filtered: boolean;
  /** GraphQL request bodies, used in rotation (one for a list page, ~200 ids for the detail page). */
  bodies: Buffer[];
  /** The SQL each body made the API run, as sent to node-postgres; filled in later. */
  statements: string[][];
}

/** Keyset cursor as api/src/common/pagination.ts encodes it. */
export function cursorOf(id: number | string): string {
  return Buffer.from(`k:${id}`).toString('base64url');
}

export interface BenchParams {
  townshipId: number;
  townshipName: string;
  townshipRetirees: number;
  townshipDeepId: number;
  cityDeepId: number;
  surname: string;
  communityId: number;
  communityName: string;
  detailIds: number[];
}

/** Picks the data-dependent parameters with SQL (as the database owner, outside row-level security). */
export async function benchParams(db: pg.Pool, townshipCode: string, detailCount: number): Promise<BenchParams> {
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
    const { rows } = await db.query(sql, params);
    if (!rows[0]) throw new Error(`no row for: ${sql}`);
    return rows[0] as T;
  };
  const township = await one<{ id: number; name: string }>(`select id, name from org_unit where code = $1`, [townshipCode]);
  const { n } = await one<{ n: number }>(`select count(*)::int as n from retiree where township_id = $1`, [township.id]);
  // ~80 % of the way through the township's (township_id, id) order, and through the whole city.
  const townshipDeep = await one<{ id: number }>(`select id from retiree where township_id = $1 order by id offset $2 limit 1`, [township.id, Math.floor(n * 0.8)]);
  const cityDeep = await one<{ id: number }>(`select id from retiree order by id offset (select (count(*) * 0.8)::int from retiree) limit 1`);
  const surname = await one<{ s: string }>(`select left(name, 1) as s from retiree where township_id = $1 group by 1 order by count(*) desc limit 1`, [township.id]);
  // The biggest community outside the township: the bureau's orgUnit filter.
  const community = await one<{ id: number; name: string }>(
    `select o.id, o.name from retiree r join org_unit o on o.id = r.community_id where r.township_id <> $1 group by o.id, o.name order by count(*) desc limit 1`,
    [township.id],
  );
  const { rows } = await db.query<{ id: number }>(
    `select id from (select id, row_number() over (order by id) as rn from retiree where township_id = $1) t where rn % $2 = 1 order by id limit $3`,
    [township.id, Math.max(1, Math.floor(n / detailCount)), detailCount],
  );
  return {
    townshipId: township.id,
    townshipName: township.name,
    townshipRetirees: n,
    townshipDeepId: townshipDeep.id,
    cityDeepId: cityDeep.id,
    surname: surname.s,
    communityId: community.id,
    communityName: community.name,
    detailIds: rows.map((r) => r.id),
  };
}

/** The performance report's period: from the start of the year to the seeded city's reference day. */
export const REPORT_PERIOD = { from: `${DEFAULT_TODAY.slice(0, 4)}-01-01`, to: DEFAULT_TODAY };

export function buildScenarios(p: BenchParams): Scenario[] {
  const list = (key: string, title: string, actor: Actor, filtered: boolean, variables: Record<string, unknown>): Scenario => ({
    key,
    title,
    actor,
    kind: 'list',
    filtered,
    bodies: [GraphQLClient.body(LIST_QUERY, { limit: 20, ...variables })],
    statements: [],
  });
  const t = p.townshipName;
  return [
    list('t-first', `${t} · first page`, 'township', false, {}),
    list('t-deep', `${t} · deep page (80 %)`, 'township', false, { after: cursorOf(p.townshipDeepId) }),
    list('t-active-80', `${t} · ACTIVE, age ≥ 80`, 'township', true, { filter: { status: ['ACTIVE'], ageMin: 80 } }),
    list('t-name', `${t} · name starts with ${p.surname}`, 'township', true, { filter: { name: p.surname } }),
    list('b-first', 'city · first page', 'bureau', false, {}),
    list('b-deep', 'city · deep page (80 %)', 'bureau', false, { after: cursorOf(p.cityDeepId) }),
    list('b-age-90', 'city · age ≥ 90', 'bureau', true, { filter: { ageMin: 90 } }),
    list('b-community', `city · community ${p.communityName}`, 'bureau', true, { filter: { orgUnitId: String(p.communityId) } }),
    {
      key: 'detail',
      title: `${t} · detail (profile, family, 12 months, history; ${p.detailIds.length} ids)`,
      actor: 'township',
      kind: 'detail',
      filtered: false,
      bodies: p.detailIds.map((id) => GraphQLClient.body(DETAIL_QUERY, { id: String(id) })),
      statements: [],
    },
    ...taskScenarios(t),
  ];
}

function taskScenarios(township: string): Scenario[] {
  const one = (key: string, title: string, actor: Actor, kind: ScenarioKind, body: Buffer): Scenario => ({ key, title, actor, kind, filtered: kind === 'task-list', bodies: [body], statements: [] });
  const inbox = GraphQLClient.body(INBOX_QUERY, { filter: { box: 'INBOX' }, limit: 20 });
  const counts = GraphQLClient.body(INBOX_COUNTS_QUERY);
  const report = GraphQLClient.body(PERFORMANCE_QUERY, REPORT_PERIOD);
  const period = `${REPORT_PERIOD.from} – ${REPORT_PERIOD.to}`;
  return [
    one('inbox-c', '新北社区 · task inbox (我的待办), first page', 'community', 'task-list', inbox),
    one('counts-c', '新北社区 · task inbox counts', 'community', 'task-counts', counts),
    one('inbox-t', `${township} · task inbox (我的待办), first page`, 'township', 'task-list', inbox),
    one('counts-t', `${township} · task inbox counts`, 'township', 'task-counts', counts),
    one('perf-b', `city · performance by township, ${period}`, 'bureau', 'report', report),
    one('perf-t', `${township} · performance by community, ${period}`, 'township', 'report', report),
    one('perf-c', `新北社区 · performance by person, ${period}`, 'community', 'report', report),
  ];
}

/** A request's answer has what its page shows (the bench measures no empty page). */
export function checkResponse(s: Scenario, data: any): string | null {
  switch (s.kind) {
    case 'list':
      return data?.retirees?.items?.length ? null : 'the list came back empty';
    case 'detail':
      return data?.retiree?.id ? null : 'no retiree returned';
    case 'task-list':
      return data?.tasks?.items?.length ? null : 'the inbox came back empty';
    case 'task-counts':
      return typeof data?.taskInboxCounts?.toSign === 'number' ? null : 'no inbox counts returned';
    case 'report':
      return data?.performance?.rows?.length && data.performance.total.received > 0 ? null : 'the report has no rows or no tasks';
  }
}

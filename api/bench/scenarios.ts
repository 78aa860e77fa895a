/** What the bench asks for: the retiree list as a list page shows it, and the detail page. */
import type pg from 'pg';
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

export type Actor = 'township' | 'bureau';

export interface Scenario {
  key: string;
  title: string;
  actor: Actor;
  kind: 'list' | 'detail';
  /** Filtered list pages carry the §8 budget (p95 ≤ 50 ms, ≥ 0.6× raw throughput). */
  filtered: boolean;
  /** GraphQL request bodies, used in rotation (one for a list page, ~200 ids for the detail page). */
  bodies: Buffer[];
  /** The SQL each body made the API run, captured from the ORM log; filled in later. */
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
  ];
}

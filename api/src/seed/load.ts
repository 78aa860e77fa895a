/**
 * Loads the synthetic city into a migrated database: one connection as the owner (row-level
 * security does not apply to it), one transaction, COPY for every table. A failure leaves the
 * database as it was.
 */
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ormConfig } from '../mikro-orm.config.js';
import { sendConfirmations } from '../modules/confirmation/confirmation.service.js';
import { hashPassword } from '../modules/auth/password.js';
import { copyRows } from './copy.js';
import { dropSecondaryIndexes, recreateSecondaryIndexes } from './deferred-indexes.js';
import { UNIT_ACCOUNT_PATTERNS } from './demo.js';
import { generateCity, type DemoLogin, type OrgLevel } from './generate.js';
import type { TaskStatus } from './rows.js';
import {
  API_CLIENT_LAYOUT, CERTIFICATION_LAYOUT, COMMUNITY_ADDRESS_LAYOUT, FAMILY_MEMBER_LAYOUT, NOTIFICATION_LAYOUT, ORG_UNIT_LAYOUT, PENSION_PAYMENT_LAYOUT, RETIREE_LAYOUT, STAFF_USER_LAYOUT, TASK_EVENT_LAYOUT, TASK_LAYOUT, TASK_RETIREE_LAYOUT,
} from './tables.js';

/** The tables the seed owns, parents first. (Truncating `task` empties `attachment` too, through CASCADE.) */
export const SEEDED_TABLES = ['org_unit', 'staff_user', 'api_client', 'community_address', 'retiree', 'family_member', 'pension_payment', 'certification', 'notification', 'retiree_change', 'task', 'task_retiree', 'task_event'] as const;
export type SeededTable = (typeof SEEDED_TABLES)[number];

/** Seeded tables whose `id` comes from a sequence (task_retiree and certification have other keys). */
const SEQUENCED_TABLES = SEEDED_TABLES.filter((t) => t !== 'task_retiree' && t !== 'certification');

/**
 * Sessions and login codes name seeded staff and retirees by id, login attempt counters by ID
 * number or user name; after a reset those belong to other people, so a reset clears them too — and so with what the data hub recorded about the
 * old city (import batches and their errors, record revisions, texts to relatives).
 * (audit_log is append-only and never touched.)
 */
const IDENTITY_BOUND_TABLES = ['auth_session', 'otp_challenge', 'rate_limit', 'import_batch', 'record_revision', 'outbound_sms'];

/** Rollups that statement-level triggers keep while the seeded tables load: analysed with them. */
const TRIGGER_KEPT_ROLLUPS = ['retiree_count', 'task_month_stats'];

/** Loaded into bare tables, their indexes rebuilt afterwards (see deferred-indexes.ts). */
const BULK_TABLES = ['retiree', 'family_member', 'pension_payment', 'task', 'task_retiree', 'task_event'];

export interface SeedOptions {
  retirees: number;
  seed: number;
  demoPassword: string;
  demoClientSecret: string;
  /** Empty the seeded tables first instead of refusing when the city already has retirees. */
  reset?: boolean;
  /** `YYYY-MM-DD`; defaults to the generator's fixed date. */
  today?: string;
  log?: (m: string) => void;
}

export interface SeedSummary {
  seed: number;
  today: string;
  counts: Record<SeededTable, number>;
  /** Seeded work tasks by status, as of the reference day. */
  taskStatuses: Record<TaskStatus, number>;
  /** Wall-clock milliseconds per phase, in order. */
  phases: { phase: string; ms: number }[];
  totalMs: number;
  demoLogins: (DemoLogin & { password: string })[];
  /** The per-unit accounts, which share the demo password. */
  unitAccounts: { patterns: readonly string[]; count: number; password: string };
  demoRetiree: {
    id: number;
    name: string;
    idNumber: string;
    phone: string;
    community: { name: string; code: string; level: OrgLevel };
  };
  demoClient: { clientId: string; secret: string; scopes: string[] };
}

/** Thrown, before anything is changed, when the database already holds data and `reset` is off. */
export class SeedRefusedError extends Error {
  override name = 'SeedRefusedError';
  constructor(
    readonly reason: 'HAS_RETIREES' | 'HAS_OTHER_ROWS',
    message: string,
  ) {
    super(message);
  }
}

export async function seedCity(databaseUrl: string, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const city = generateCity({ seed: options.seed, retirees: options.retirees, today: options.today });
  const phases: SeedSummary['phases'] = [];
  const started = performance.now();
  let phaseStarted = started;
  const endPhase = (phase: string) => {
    const now = performance.now();
    phases.push({ phase, ms: Math.round(now - phaseStarted) });
    log(`${phase}: ${Math.round(now - phaseStarted)} ms`);
    phaseStarted = now;
  };

  // argon2 takes ~50 ms a hash: hash once per secret, while the connection is being set up.
  const hashes = Promise.all([hashPassword(options.demoPassword), hashPassword(options.demoClientSecret)]);
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'seed' });
  await client.connect();
  const counts = {} as Record<SeededTable, number>;
  try {
    await client.query('begin');
    // Larger sort memory for the index rebuilds; local to this transaction.
    await client.query(`set local maintenance_work_mem = '512MB'`);
    await emptySeededTables(client, options.reset ?? false);
    endPhase('check and empty tables');

    const deferred = await dropSecondaryIndexes(client, BULK_TABLES);
    endPhase('drop secondary indexes');

    const [passwordHash, secretHash] = await hashes;
    // Every table was truncated in this transaction, so COPY may write frozen rows.
    const freeze = { freeze: true };
    counts.org_unit = await copyRows(client, ORG_UNIT_LAYOUT, city.orgUnits, freeze);
    counts.staff_user = await copyRows(client, STAFF_USER_LAYOUT, city.staffUsers.map((s) => ({ ...s, passwordHash })), freeze);
    counts.api_client = await copyRows(client, API_CLIENT_LAYOUT, city.apiClients.map((c) => ({ ...c, secretHash })), freeze);
    counts.community_address = await copyRows(client, COMMUNITY_ADDRESS_LAYOUT, city.communityAddresses, freeze);
    endPhase('copy org units, staff, api clients');
    counts.retiree = await copyRows(client, RETIREE_LAYOUT, city.retirees(), freeze);
    endPhase('copy retiree');
    counts.family_member = await copyRows(client, FAMILY_MEMBER_LAYOUT, city.familyMembers(), freeze);
    endPhase('copy family_member');
    counts.pension_payment = await copyRows(client, PENSION_PAYMENT_LAYOUT, city.pensionPayments(), freeze);
    endPhase('copy pension_payment');
    counts.certification = await copyRows(client, CERTIFICATION_LAYOUT, city.certifications(), freeze);
    counts.notification = await copyRows(client, NOTIFICATION_LAYOUT, city.certificationNotices(), freeze);
    endPhase('copy certification, notification');
    counts.retiree_change = 0;
    // The task history is built here, from what the retiree pass recorded (see generate.ts).
    counts.task = await copyRows(client, TASK_LAYOUT, city.tasks(), freeze);
    endPhase('build and copy task');
    counts.task_retiree = await copyRows(client, TASK_RETIREE_LAYOUT, city.taskRetirees(), freeze);
    counts.task_event = await copyRows(client, TASK_EVENT_LAYOUT, city.taskEvents(), freeze);
    endPhase('copy task_retiree, task_event');

    await recreateSecondaryIndexes(client, deferred, log);
    endPhase('rebuild indexes and foreign keys');
    await resetSequences(client);
    await client.query('commit');
    endPhase('set sequences, commit');

    // Index-only scans need the visibility map, the planner needs statistics; VACUUM cannot run in a transaction.
    const rollups = (await client.query<{ name: string }>(`select t as name from unnest($1::text[]) t where to_regclass(t) is not null`, [TRIGGER_KEPT_ROLLUPS])).rows.map((r) => r.name);
    await client.query(`vacuum (analyze) ${[...SEEDED_TABLES, ...rollups].join(', ')}`);
    endPhase('vacuum (analyze)');

    await startDemoCampaign(databaseUrl, city.orgUnits.find((o) => o.id === city.demoRetiree.communityId)!.path);
    endPhase('demo info-confirmation campaign');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }

  const demoCommunity = city.orgUnits.find((o) => o.id === city.demoRetiree.communityId)!;
  return {
    seed: city.seed,
    today: city.today,
    counts,
    taskStatuses: city.taskStatusCounts(),
    phases,
    totalMs: Math.round(performance.now() - started),
    demoLogins: city.demoLogins.map((l) => ({ ...l, password: options.demoPassword })),
    unitAccounts: { patterns: UNIT_ACCOUNT_PATTERNS, count: city.staffUsers.length - city.demoLogins.length, password: options.demoPassword },
    demoRetiree: {
      id: city.demoRetiree.id,
      name: city.demoRetiree.name,
      idNumber: city.demoRetiree.idNumber,
      phone: city.demoRetiree.phone!,
      community: { name: demoCommunity.name, code: demoCommunity.code, level: demoCommunity.level },
    },
    demoClient: { clientId: city.apiClients[0]!.clientId, secret: options.demoClientSecret, scopes: city.apiClients[0]!.scopes },
  };
}

/**
 * A confirmation campaign under way in the demo community, so the retiree app opens on a pending
 * "请确认您的个人信息" (in-app only: a seed sends no SMS).
 */
async function startDemoCampaign(databaseUrl: string, communityPath: string): Promise<void> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, { pool: { min: 0, max: 1 } }));
  try {
    await sendConfirmations(orm.em.fork(), communityPath, false);
  } finally {
    await orm.close();
  }
}

/**
 * For start scripts: seeds only a database whose city is still empty; returns null (and
 * touches nothing) when retirees already exist.
 */
export async function seedCityIfEmpty(databaseUrl: string, options: Omit<SeedOptions, 'reset'>): Promise<SeedSummary | null> {
  try {
    return await seedCity(databaseUrl, { ...options, reset: false });
  } catch (error) {
    if (error instanceof SeedRefusedError && error.reason === 'HAS_RETIREES') return null;
    throw error;
  }
}

/**
 * Refuses to seed over existing data unless `reset`; then truncates the seeded tables (and,
 * through CASCADE, whatever refers to them) so that ids restart at 1 and COPY may freeze rows.
 * Without `reset` the truncation only ever meets empty tables: everything it would cascade to
 * is checked to be empty first.
 */
async function emptySeededTables(client: pg.ClientBase, reset: boolean): Promise<void> {
  const identityBound = (await client.query<{ name: string }>(`select t as name from unnest($1::text[]) t where to_regclass(t) is not null`, [IDENTITY_BOUND_TABLES])).rows.map((r) => r.name);
  const truncated = [...SEEDED_TABLES, ...identityBound];
  if (!reset) {
    const { rows } = await client.query<{ has_rows: boolean }>('select exists (select 1 from retiree) as has_rows');
    if (rows[0]!.has_rows) throw new SeedRefusedError('HAS_RETIREES', '数据库中已有退休人员数据，拒绝重复生成；如需清空重建，请使用 --reset（reset: true）。The retiree table already has rows: pass --reset (options.reset) to replace the city.');
    const nonEmpty = await tablesWithRows(client, await cascadeClosure(client, SEEDED_TABLES));
    if (nonEmpty.length) throw new SeedRefusedError('HAS_OTHER_ROWS', `Tables the seed would have to empty already hold rows: ${nonEmpty.join(', ')}. Pass --reset (options.reset) to replace them.`);
  }
  await client.query(`truncate ${truncated.join(', ')} restart identity cascade`);
}

/** The given tables plus every table that references them, directly or not (what TRUNCATE … CASCADE reaches). */
async function cascadeClosure(client: pg.ClientBase, tables: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `with recursive reached(oid) as (
       select to_regclass(t)::oid from unnest($1::text[]) t
       union
       select c.conrelid from pg_constraint c join reached r on c.confrelid = r.oid where c.contype = 'f'
     )
     select oid::regclass::text as name from reached order by 1`,
    [tables],
  );
  return rows.map((r) => r.name);
}

async function tablesWithRows(client: pg.ClientBase, tables: readonly string[]): Promise<string[]> {
  if (!tables.length) return [];
  const probes = tables.map((t, i) => `select ${i} as i where exists (select 1 from ${t})`).join(' union all ');
  const { rows } = await client.query<{ i: number }>(probes);
  return rows.map((r) => tables[r.i]!);
}

/** Ids were loaded explicitly: move each sequence past the highest id. */
async function resetSequences(client: pg.ClientBase): Promise<void> {
  for (const table of SEQUENCED_TABLES) {
    await client.query(`select setval(pg_get_serial_sequence($1, 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`, [table]);
  }
}

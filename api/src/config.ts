import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendarFromEnv, type WorkingCalendar } from './common/working-days.js';
import type { RiskRules } from './modules/risk/risk-scan.js';
import type { CertificationModel } from './modules/certification/passive-certification.js';

/** The workspace root (the folder holding pnpm-workspace.yaml), whether we run from src/ or dist/. */
/** The simulated government-app page (development and demo; see FACE_AUTH_SIMULATOR). */
export const FACE_AUTH_SIMULATOR_PATH = '/face-auth-sim';

export const repoRoot = findUp(path.dirname(fileURLToPath(import.meta.url)), 'pnpm-workspace.yaml');

function findUp(from: string, marker: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, marker))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export interface AppConfig {
  production: boolean;
  port: number;
  /** A PostgreSQL server URL; when absent the embedded PostgreSQL is used. */
  databaseUrl?: string;
  /** Folder of the embedded PostgreSQL cluster. */
  dataDir: string;
  embeddedPort: number;
  jwtSecret: Uint8Array;
  staffTokenTtlSeconds: number;
  retireeTokenTtlSeconds: number;
  clientTokenTtlSeconds: number;
  /** Deliveries processed at once; more wait for a turn (each holds one database connection). */
  importConcurrency: number;
  /** Run background jobs inside the API process (default) or only in `worker` processes. */
  runJobsInProcess: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Public holidays and swapped working days, for "signed within one working day". */
  calendar: WorkingCalendar;
  /** Thresholds of the fund-risk scan (configuration, not code). */
  risk: RiskRules;
  /** The passive-certification model and the face-verification callback (configuration, not code). */
  certification: CertificationModel;
  /** Local rules for what the family receives after a death (DOMAIN.md: configuration, never code). */
  posthumous: { funeralSubsidyFen: number; survivorReliefMonths: number; demoValues: boolean };
}

/**
 * Signal weights of passive certification, `KIND=weight,…` (e.g. `HOSPITAL_VISIT=1,CARD_USE=0.5`).
 * Defaults (threshold 0.5, half-life 45 days): a hospital visit alone certifies for ~45 days after it, a
 * staff visit for ~57; a single card use never does, two recent ones do.
 */
function weightsFromEnv(raw: string | undefined): Record<string, number> {
  const defaults = { HOSPITAL_VISIT: 1, STAFF_VISIT: 1.2, CARD_USE: 0.4 };
  if (!raw) return defaults;
  const weights: Record<string, number> = {};
  for (const part of raw.split(',')) {
    const [kind, value] = part.split('=').map((x) => x.trim());
    const weight = Number(value);
    if (!kind || !Number.isFinite(weight) || weight < 0) throw new Error(`CERT_WEIGHTS: "${part}" is not KIND=weight`);
    weights[kind] = weight;
  }
  return weights;
}

function numberFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return n;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number.parseInt(raw, 10);
  if (!Number.isFinite(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const secret = env.JWT_SECRET;
  if (production && (!secret || secret.length < 32)) {
    throw new Error('JWT_SECRET (at least 32 characters) is required when NODE_ENV=production');
  }
  return {
    production,
    port: intFromEnv('PORT', 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.PG_DATA_DIR ?? path.join(repoRoot, '.data', 'pg')),
    embeddedPort: intFromEnv('PG_PORT', 54329),
    // A random development secret means tokens do not survive a restart, which is acceptable outside production.
    jwtSecret: new TextEncoder().encode(secret ?? randomBytes(32).toString('hex')),
    staffTokenTtlSeconds: intFromEnv('STAFF_TOKEN_TTL', 8 * 3600),
    retireeTokenTtlSeconds: intFromEnv('RETIREE_TOKEN_TTL', 24 * 3600),
    clientTokenTtlSeconds: intFromEnv('CLIENT_TOKEN_TTL', 3600),
    importConcurrency: intFromEnv('IMPORT_CONCURRENCY', 2),
    runJobsInProcess: env.JOBS_IN_PROCESS !== 'false',
    logLevel: (env.LOG_LEVEL as AppConfig['logLevel']) ?? (production ? 'info' : 'debug'),
    calendar: calendarFromEnv(env),
    risk: {
      jumpRatio: numberFromEnv(env, 'RISK_JUMP_RATIO', 0.3),
      jumpMinFen: Math.round(numberFromEnv(env, 'RISK_JUMP_MIN_YUAN', 200) * 100),
      elderlyAge: numberFromEnv(env, 'RISK_ELDERLY_AGE', 90),
    },
    certification: {
      weights: weightsFromEnv(env.CERT_WEIGHTS),
      halfLifeDays: numberFromEnv(env, 'CERT_HALF_LIFE_DAYS', 45),
      lookbackDays: numberFromEnv(env, 'CERT_LOOKBACK_DAYS', 120),
      threshold: numberFromEnv(env, 'CERT_THRESHOLD', 0.5),
      faceSecret: env.FACE_AUTH_SECRET ?? (production ? '' : 'dev-face-auth-secret-not-for-production'),
      // The government app's face-verification page; outside production, the simulated one this API serves.
      faceAuthUrl: env.FACE_AUTH_URL ?? (production ? '' : FACE_AUTH_SIMULATOR_PATH),
      faceAuthSimulator: env.FACE_AUTH_SIMULATOR ? env.FACE_AUTH_SIMULATOR === 'true' : !production,
      minLiveness: numberFromEnv(env, 'FACE_MIN_LIVENESS', 0.9),
      minSimilarity: numberFromEnv(env, 'FACE_MIN_SIMILARITY', 0.8),
    },
    posthumous: {
      funeralSubsidyFen: Math.round(numberFromEnv(env, 'FUNERAL_SUBSIDY_YUAN', 5000) * 100),
      survivorReliefMonths: numberFromEnv(env, 'SURVIVOR_RELIEF_MONTHS', 10),
      // Unset, the amounts are the demo values and are labelled so wherever they are shown.
      demoValues: env.FUNERAL_SUBSIDY_YUAN === undefined || env.SURVIVOR_RELIEF_MONTHS === undefined,
    },
  };
}

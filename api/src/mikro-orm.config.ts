import 'reflect-metadata';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import pg from 'pg';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entities } from './db/entities.js';
import { migrationsList } from './db/migrations/index.js';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

const here = path.dirname(fileURLToPath(import.meta.url));
const runningCompiled = here.split(path.sep).includes('dist');
export const migrationsFolder = path.join(runningCompiled ? here.replace(`${path.sep}dist${path.sep}src`, `${path.sep}src`) : here, 'db', 'migrations');

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    debug: process.env.ORM_DEBUG === 'true',
    pool: { min: 2, max: Number(process.env.DB_POOL_MAX ?? 20) },
    // Queries run inside request transactions that set the RLS role; see db/request-transaction.ts.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // Child rows carry their own org path (and RLS checks it): joining the parent to filter it again only costs.
    autoJoinRefsForFilters: false,
    ignoreUndefinedInQuery: true,
    // The job queue owns its schema and migrates it itself.
    schemaGenerator: { skipTables: [/^graphile_worker\./, /^_private_/, 'migrations', 'rate_limit', 'retiree_count', 'task_month_stats', /^import_stage_/, 'outbound_sms'] },
    migrations: {
      migrationsList,
      // Where migration:create writes new files (always the TypeScript sources).
      path: migrationsFolder,
      pathTs: migrationsFolder,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
    ...overrides,
  });
}

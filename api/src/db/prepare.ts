import { MikroORM } from '@mikro-orm/postgresql';
import { runMigrations as runWorkerMigrations } from 'graphile-worker';
import { ormConfig } from '../mikro-orm.config.js';

/**
 * Brings a database to the current schema: the job queue's own tables first (our migrations
 * grant on them), then ours. Safe to run on every start and from several nodes at once
 * (both migrators take an advisory lock).
 */
export async function prepareDatabase(url: string): Promise<string[]> {
  await runWorkerMigrations({ connectionString: url, logger: quietLogger });
  const orm = await MikroORM.init(ormConfig(url, { pool: { min: 0, max: 2 } }));
  try {
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close();
  }
}

import { Logger } from 'graphile-worker';
export const quietLogger = new Logger(() => (level: string, message: string) => {
  if (level === 'error' || level === 'warning') console.error(`[jobs] ${message}`);
});

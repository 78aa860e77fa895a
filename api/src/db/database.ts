import type { AppConfig } from '../config.js';
import { startEmbeddedPostgres } from './embedded.js';
import pg from 'pg';

export interface DatabaseHandle {
  /** Connection URL of the application database. */
  url: string;
  close(): Promise<void>;
}

export const APP_DATABASE = 'retiree_platform';

/**
 * Resolves the database: `DATABASE_URL` when set, otherwise the embedded cluster with an
 * application database created on first start.
 */
export async function openDatabase(config: AppConfig, log: (m: string) => void): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => {} };
  const cluster = await startEmbeddedPostgres(config.dataDir, config.embeddedPort, log);
  await ensureDatabase(cluster.url, APP_DATABASE);
  return { url: withDatabase(cluster.url, APP_DATABASE), close: cluster.stop };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database.replace(/"/g, '')}" with (force)`);
  } finally {
    await client.end();
  }
}

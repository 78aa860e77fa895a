import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../../src/config.js';
import { dropDatabase, ensureDatabase, withDatabase } from '../../src/db/database.js';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { prepareDatabase } from '../../src/db/prepare.js';
import { TEMPLATE_DATABASE, TEST_CITY } from './test-city.js';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

/**
 * Starts PostgreSQL (embedded in .data/pg-test, or the server in DATABASE_URL) and builds one
 * migrated, seeded template database; every test file clones it, so files never see each other's writes.
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  const cluster = external ? null : await startEmbeddedPostgres(path.join(repoRoot, '.data', 'pg-test'), Number(process.env.PG_TEST_PORT ?? 54330));
  const serverUrl = withDatabase(external ?? cluster!.url, 'postgres');
  await dropDatabase(serverUrl, TEMPLATE_DATABASE);
  await ensureDatabase(serverUrl, TEMPLATE_DATABASE);
  const templateUrl = withDatabase(serverUrl, TEMPLATE_DATABASE);
  await prepareDatabase(templateUrl);
  const { seedCity } = await import('../../src/seed/load.js');
  await seedCity(templateUrl, TEST_CITY);
  project.provide('serverUrl', serverUrl);
  return async () => {
    await dropDatabase(serverUrl, TEMPLATE_DATABASE).catch(() => {});
    await cluster?.stop();
  };
}

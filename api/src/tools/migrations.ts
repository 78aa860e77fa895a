/**
 * `create [name]`: writes a migration for the difference between the entities and a freshly
 * migrated database. `check`: fails when the entities need a migration that is not written.
 */
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config.js';
import { openDatabase, ensureDatabase, dropDatabase, withDatabase } from '../db/database.js';
import { prepareDatabase } from '../db/prepare.js';
import { migrationsFolder, ormConfig } from '../mikro-orm.config.js';
import { writeMigrationIndex } from '../db/migration-index.js';

const [command = 'check', name] = process.argv.slice(2);
const config = loadConfig();
const db = await openDatabase(config, (m) => console.error(m));
const scratch = `migration_check_${process.pid}`;
const serverUrl = withDatabase(db.url, 'postgres');
await ensureDatabase(serverUrl, scratch);
const url = withDatabase(db.url, scratch);
let exitCode = 0;
try {
  await prepareDatabase(url);
  const orm = await MikroORM.init(ormConfig(url));
  try {
    const migrator = orm.getMigrator();
    if (command === 'create') {
      const result = await migrator.createMigration(undefined, false, false, name);
      if (result.fileName) {
        writeMigrationIndex(migrationsFolder);
        console.log(`wrote ${result.fileName} and updated migrations/index.ts`);
      } else {
        console.log('entities and migrations agree: nothing to write');
      }
    } else {
      const needed = await migrator.checkMigrationNeeded();
      if (needed) {
        const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
        console.error(`The entities need a migration that is not written:\n${diff}\nRun: pnpm --filter ./api migration:create`);
        exitCode = 1;
      } else {
        console.log('migrations are current');
      }
    }
  } finally {
    await orm.close();
  }
} finally {
  await dropDatabase(serverUrl, scratch);
  await db.close();
}
process.exit(exitCode);

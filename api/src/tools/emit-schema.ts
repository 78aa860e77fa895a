/** Writes the GraphQL contract to the repository's schema.graphql; `--check` fails when the file is stale. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { repoRoot } from '../config.js';
import { createSchema } from '../schema.js';

const file = path.join(repoRoot, 'schema.graphql');
const header = '# Generated from the API code by `pnpm --filter ./api schema:emit`. Do not edit by hand.\n\n';
const text = header + printSchema(await createSchema()) + '\n';
if (process.argv.includes('--check')) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error('schema.graphql is stale: run `pnpm --filter ./api schema:emit` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql is current');
} else {
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

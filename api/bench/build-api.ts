import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '../src/config.js';

/** The compiled API both benches run (tsc output, as in production), built unless told not to. */
export function builtApi(options: { build: boolean; log: (m: string) => void }): { apiDir: string; mainJs: string } {
  const apiDir = path.join(repoRoot, 'api');
  const mainJs = path.join(apiDir, 'dist', 'src', 'main.js');
  if (options.build) {
    options.log('building the API (tsc -p tsconfig.build.json)');
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: apiDir, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('the API build failed (see above)');
  }
  if (!existsSync(mainJs)) throw new Error(`${path.relative(repoRoot, mainJs)} is missing: build the API first (pnpm --filter ./api build) or drop --no-build`);
  return { apiDir, mainJs };
}

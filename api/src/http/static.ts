import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { repoRoot } from '../config.js';
import type { Logger } from '../common/logger.js';

/** Built front ends served from the API's origin: the console at /admin/, the retiree app at /. */
const FRONT_ENDS = [
  { mount: '/admin', folder: path.join(repoRoot, 'web-admin', 'dist') },
  { mount: '/', folder: path.join(repoRoot, 'web-retiree', 'dist') },
];

export function mountFrontEnds(app: Express, log: Logger): void {
  for (const { mount, folder } of FRONT_ENDS) {
    if (!existsSync(path.join(folder, 'index.html'))) continue;
    app.use(mount, express.static(folder, { index: false, maxAge: '1h' }));
    // Client-side routes fall back to the app's index.html.
    app.get(mount === '/' ? /^\/(?!graphql|healthz|admin|files).*/ : new RegExp(`^${mount}(/.*)?$`), (_req, res) => res.sendFile(path.join(folder, 'index.html')));
    log.info(`serving ${path.relative(repoRoot, folder)} at ${mount}`);
  }
}

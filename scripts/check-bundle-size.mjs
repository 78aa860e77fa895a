// Initial JavaScript of each app, as a browser loads it: the entry script and the chunks its
// index.html preloads, gzip-compressed. Fails when an app is over its budget (DESIGN.md §8).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  { app: 'web-retiree', kb: 150 },
  { app: 'web-admin', kb: 400 },
];

let failed = false;
for (const { app, kb } of BUDGETS) {
  const dist = path.join(app, 'dist');
  const html = path.join(dist, 'index.html');
  if (!existsSync(html)) {
    console.log(`${app}: not built, skipped`);
    continue;
  }
  const page = readFileSync(html, 'utf8');
  const scripts = [...page.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]);
  const base = app === 'web-admin' ? '/admin/' : '/';
  let total = 0;
  for (const src of new Set(scripts)) {
    const file = path.join(dist, src.startsWith(base) ? src.slice(base.length) : src);
    total += gzipSync(readFileSync(file)).length;
  }
  const size = total / 1024;
  const ok = size <= kb;
  failed ||= !ok;
  console.log(`${app}: initial JS ${size.toFixed(1)} kB gzip (budget ${kb} kB) ${ok ? 'ok' : 'OVER BUDGET'}`);
}
process.exit(failed ? 1 : 0);

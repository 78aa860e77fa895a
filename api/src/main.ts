import 'reflect-metadata';
import { createServer } from 'node:http';
import { loadConfig } from './config.js';
import { createLogger } from './common/logger.js';
import { openDatabase } from './db/database.js';
import { prepareDatabase } from './db/prepare.js';
import { closePlatform, createPlatform, demoCredentialsPresent } from './bootstrap.js';
import { createHttpApp } from './http/app.js';
import { createSchema } from './schema.js';
import { mountFrontEnds } from './http/static.js';
import { demoBanner } from './seed/demo-banner.js';

const config = loadConfig();
const log = createLogger(config.logLevel, config.production);
const workerOnly = process.argv.includes('--worker');

const db = await openDatabase(config, (m) => log.info(m));
const applied = await prepareDatabase(db.url);
if (applied.length) log.info('migrations applied', { applied });
const platform = await createPlatform(config, db.url, log);

if (config.production && (await demoCredentialsPresent(platform))) {
  log.error('refusing to start in production: demo accounts with published passwords exist. Disable them (staff_user.is_demo / api_client.is_demo) first.');
  await closePlatform(platform);
  await db.close();
  process.exit(1);
}

if (workerOnly || config.runJobsInProcess) await platform.jobs.start();

let stopHttp = async () => {};
if (!workerOnly) {
  const http = await createHttpApp(platform, await createSchema());
  mountFrontEnds(http.app, log);
  const server = createServer(http.app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${config.port} is in use: stop the other process or set PORT`) : e),
    );
    server.listen(config.port, resolve);
  });
  log.info(`API ready at http://localhost:${config.port}/graphql${config.production ? '' : ' (Apollo Sandbox in the browser)'}`);
  if (!config.production) for (const line of await demoBanner(platform.pool, `http://localhost:${config.port}`)) console.log(line);
  stopHttp = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await http.stop();
  };
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: shutting down`);
  await stopHttp();
  await closePlatform(platform);
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

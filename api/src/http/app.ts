import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Platform } from '../platform.js';
import { createGraphQLServer } from './graphql-server.js';
import { createRequestContext } from './request-context.js';
import { attachmentRoutes } from '../modules/task/attachment.routes.js';
import { importRoutes } from '../modules/import/import.routes.js';
import { faceAuthSimulatorRoutes } from '../modules/certification/face-auth-simulator.routes.js';
import { FACE_AUTH_SIMULATOR_PATH } from '../config.js';

export interface HttpApp {
  app: Express;
  stop(): Promise<void>;
}

/** The HTTP surface: `/graphql` (API), `/files` (task evidence), `/imports` (feed files), `/healthz` (load balancers). Front ends mount beside it. */
export async function createHttpApp(platform: Platform, schema: GraphQLSchema): Promise<HttpApp> {
  const server = createGraphQLServer(platform, schema);
  await server.start();
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy, TRUST_PROXY makes req.ip the client's address (for rate limits and audit).
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback');
  app.get('/healthz', async (_req, res) => {
    try {
      await platform.pool.query('select 1');
      res.json({ status: 'ok', jobs: platform.jobs.running });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.use('/files', attachmentRoutes(platform));
  app.use('/imports', importRoutes(platform));
  if (platform.config.certification.faceAuthSimulator) app.use(FACE_AUTH_SIMULATOR_PATH, faceAuthSimulatorRoutes(platform));
  app.use(
    '/graphql',
    cookieParser(),
    // Integrators' batches carry up to 5,000 rows (~2.5 MB of JSON); everything else is far smaller.
    express.json({ limit: '8mb' }),
    expressMiddleware(server, { context: ({ req, res }) => createRequestContext(platform, req, res) }),
  );
  return { app, stop: () => server.stop() };
}

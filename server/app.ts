import { createServer } from 'node:http';
import websocket from '@fastify/websocket';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { channelEndpointRoutes } from './channel-endpoints.js';
import { adminRoutes } from './admin-api.js';
import { operationsRoutes } from './health.js';
import { installErrorHandler } from './http-errors.js';
import type { Runtime } from './runtime.js';
import { webPageRoutes } from './web-page.js';
import { webhookRoutes } from './webhooks.js';
import { zitadelRoutes } from './zitadel.js';

export interface AppOptions {
  /** Serve the channels' endpoints (webhooks, Direct Line, the web page); health and metrics are always served. */
  ingress: boolean;
  /** The key Direct Line tokens are derived from. */
  masterKey: Buffer;
}

/** Builds the HTTP app without listening, so tests drive it with inject() or on port 0. */
export async function buildApp(runtime: Runtime, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: runtime.logger.child({ component: 'http' }) as FastifyBaseLogger,
    // Per-request lines would dominate the log at webhook rates; metrics count requests instead.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    // A client that trickles its request or idles on its connection does not keep it forever. Node
    // looks for overdue requests every 30 s by default: here at least once a second.
    serverFactory: (handler) =>
      createServer(
        {
          requestTimeout: runtime.env.GB_REQUEST_TIMEOUT_MS,
          connectionsCheckingInterval: Math.min(1_000, runtime.env.GB_REQUEST_TIMEOUT_MS),
        },
        handler,
      ).setTimeout(runtime.env.GB_REQUEST_TIMEOUT_MS * 2),
    trustProxy: true,
    return503OnClosing: true,
  });
  installErrorHandler(app);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(async (scope) => operationsRoutes(scope, runtime));
  await app.register(async (scope) => adminRoutes(scope, runtime));
  if (options.ingress) {
    await app.register(async (scope) => webhookRoutes(scope, runtime));
    await app.register(async (scope) => channelEndpointRoutes(scope, runtime, options.masterKey));
    await app.register(async (scope) => webPageRoutes(scope, runtime));
    await app.register(async (scope) => zitadelRoutes(scope, runtime));
  }
  return app;
}

import type { FastifyInstance } from 'fastify';
import { errorMessage, withinDeadline } from '../core/index.js';
import type { Runtime } from './runtime.js';

interface Check {
  status: 'ok' | 'error';
  latency_ms: number;
  [detail: string]: unknown;
}

/** A check that takes longer than this has failed: /health answers in bounded time. */
const CHECK_TIMEOUT_MS = 3_000;

async function timed(
  run: () => Promise<Record<string, unknown> & { ok?: boolean; latencyMs?: number }>,
): Promise<Check> {
  const started = performance.now();
  try {
    const {
      ok = true,
      latencyMs,
      ...detail
    } = await withinDeadline(run(), CHECK_TIMEOUT_MS, () => new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`));
    return { status: ok ? 'ok' : 'error', latency_ms: round(latencyMs ?? performance.now() - started), ...detail };
  } catch (err) {
    return { status: 'error', latency_ms: round(performance.now() - started), error: errorMessage(err) };
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/**
 * `GET /health`: every dependency checked; 503 when the database or the broker fails, 200
 * "degraded" when only the cache does; channels paused by their circuit (a refused token) are
 * listed without failing it. `GET /metrics`: Prometheus text.
 */
export async function operationsRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  app.get('/health', async (_request, reply) => {
    const [database, broker, cache] = await Promise.all([
      timed(async () => ({ latencyMs: await runtime.store.ping(), kind: runtime.store.database.dialect })),
      timed(async () => ({ ...(await runtime.broker.health()), kind: runtime.broker.kind })),
      timed(async () => ({
        latencyMs: await runtime.live.ping(),
        kind: runtime.env.REDIS_URL ? 'redis' : 'in-process',
      })),
    ]);
    // One tenant's refused token pauses that channel only: listed here, not a failure of the gateway.
    const paused = database.status === 'ok' ? await runtime.store.instances.unhealthyChannels().catch(() => []) : [];
    const checks = { database, broker, cache, channels: { status: 'ok', paused } };
    // Messages are taken and kept while the database and the broker work: without the cache
    // (Redis) the gateway is degraded (sends wait for the shared limits), not down.
    const up = database.status === 'ok' && broker.status === 'ok';
    const status = !up ? 'error' : cache.status === 'ok' ? 'ok' : 'degraded';
    return reply.code(up ? 200 : 503).send({ status, version: runtime.version, checks });
  });

  app.get('/metrics', async (_request, reply) => {
    const body = await runtime.metrics.registry.metrics();
    return reply.header('content-type', runtime.metrics.registry.contentType).send(body);
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from './runtime.js';
import { packageRoot } from './package-root.js';

const ASSETS: Record<string, string> = {
  'chat.js': 'text/javascript; charset=utf-8',
  'chat.css': 'text/css; charset=utf-8',
};

/**
 * The page's own script and style only, its Direct Line calls and stream to this gateway, no
 * sniffing of content types, no referrer sent on.
 */
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: https:; media-src https:; object-src 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The web chat page at `/` (the first instance) and `/chat/<instance>`, speaking Direct Line to the gateway. */
export async function webPageRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  const folder = join(packageRoot(), 'web');
  const page = readFileSync(join(folder, 'index.html'), 'utf8');
  const assets = new Map(Object.keys(ASSETS).map((name) => [name, readFileSync(join(folder, name))]));

  const render = (instance: string | undefined) =>
    page
      .replace('{{INSTANCE}}', escapeAttribute(instance ?? ''))
      .replace('{{VERSION}}', escapeAttribute(runtime.version));

  app.get('/', async (_request, reply) => {
    const [first] = await runtime.store.instances.list();
    return reply.type('text/html; charset=utf-8').headers(PAGE_HEADERS).send(render(first?.name));
  });

  app.get<{ Params: { instance: string } }>('/chat/:instance', async (request, reply) => {
    return reply.type('text/html; charset=utf-8').headers(PAGE_HEADERS).send(render(request.params.instance));
  });

  app.get<{ Params: { asset: string } }>('/web/:asset', async (request, reply) => {
    const body = assets.get(request.params.asset);
    if (!body) return reply.callNotFound();
    return reply
      .type(ASSETS[request.params.asset]!)
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .send(body);
  });
}

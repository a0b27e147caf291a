import type { FastifyInstance } from 'fastify';
import { sameSecret } from '../core/index.js';
import { bearer } from './directline-auth.js';
import { sendError } from './http-errors.js';
import type { Runtime } from './runtime.js';

/** The operator API: delivery status of a message, dead letters. Bearer GB_ADMIN_TOKEN. */
export async function adminRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    const expected = runtime.env.GB_ADMIN_TOKEN;
    if (!expected) return sendError(reply, 403, 'GB_UNAUTHORIZED', 'the operator API is closed: set GB_ADMIN_TOKEN');
    const given = bearer(request.headers.authorization);
    if (!given || !sameSecret(given, expected)) return sendError(reply, 401, 'GB_UNAUTHORIZED', 'Authorization: Bearer <GB_ADMIN_TOKEN> is missing or wrong');
    return undefined;
  });

  app.get<{ Params: { id: string } }>('/api/messages/:id', async (request, reply) => {
    const message = await runtime.store.messages.findById(request.params.id);
    if (!message) return sendError(reply, 404, 'GB_NOT_FOUND', `no message ${request.params.id}`);
    return reply.send({
      id: message.id,
      instanceId: message.instanceId,
      channel: message.channel,
      direction: message.direction,
      kind: message.kind,
      status: message.status,
      providerMessageId: message.providerMessageId,
      error: message.error,
      createdAt: new Date(message.createdAt).toISOString(),
      updatedAt: new Date(message.updatedAt).toISOString(),
      content: message.content,
    });
  });

  app.get<{ Querystring: { limit?: string } }>('/api/dead-letters', async (request, reply) => {
    const limit = Math.min(500, Math.max(1, Number(request.query.limit ?? 50) || 50));
    return reply.send({ deadLetters: await runtime.broker.deadLetters(limit) });
  });
}

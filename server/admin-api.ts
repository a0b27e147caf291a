import type { FastifyInstance } from 'fastify';
import { sameSecret } from '../core/index.js';
import { bearer } from './directline-auth.js';
import { sendError } from './http-errors.js';
import type { Runtime } from './runtime.js';

/** The operator API: delivery status, dead letters, unanswered questions. Bearer GB_ADMIN_TOKEN. */
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

  app.get<{ Params: { instance: string }; Querystring: { all?: string; limit?: string } }>('/api/instances/:instance/unanswered', async (request, reply) => {
    const instance = await runtime.store.instances.findByName(request.params.instance);
    if (!instance) return sendError(reply, 404, 'GB_UNKNOWN_INSTANCE', `no instance named ${request.params.instance}`);
    const limit = Math.min(1_000, Math.max(1, Number(request.query.limit ?? 100) || 100));
    return reply.send({ unanswered: await runtime.store.knowledge.unanswered(instance.id, { limit, includeLinked: request.query.all === '1' }) });
  });

  app.get<{ Params: { instance: string } }>('/api/instances/:instance/questions', async (request, reply) => {
    const instance = await runtime.store.instances.findByName(request.params.instance);
    if (!instance) return sendError(reply, 404, 'GB_UNKNOWN_INSTANCE', `no instance named ${request.params.instance}`);
    const questions = await runtime.store.knowledge.questionsWithAnswers(instance.id);
    return reply.send({ questions: questions.map((q) => ({ id: q.questionId, question: q.question, alternates: q.alternates, subjects: q.subjects, answer: q.answer })) });
  });

  app.post<{ Params: { instance: string; id: string }; Body: { questionId?: unknown } }>('/api/instances/:instance/unanswered/:id/link', async (request, reply) => {
    const instance = await runtime.store.instances.findByName(request.params.instance);
    if (!instance) return sendError(reply, 404, 'GB_UNKNOWN_INSTANCE', `no instance named ${request.params.instance}`);
    const questionId = request.body?.questionId;
    if (typeof questionId !== 'string' || questionId === '') return sendError(reply, 400, 'GB_BAD_PAYLOAD', 'the body needs {"questionId": "<id of the question that answers it>"}');
    const linked = await runtime.store.knowledge.linkUnanswered(instance.id, request.params.id, questionId);
    if (!linked) return sendError(reply, 404, 'GB_NOT_FOUND', 'no such unanswered question or question in this instance');
    return reply.send({ linked: true });
  });

  app.get<{ Querystring: { limit?: string } }>('/api/dead-letters', async (request, reply) => {
    const limit = Math.min(500, Math.max(1, Number(request.query.limit ?? 50) || 50));
    return reply.send({ deadLetters: await runtime.broker.deadLetters(limit) });
  });
}

import type {} from '@fastify/websocket';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { WebSocket } from 'ws';
import type { Program } from '../keywords/index.js';
import { DialogDebugger } from './debugger.js';
import { sendError } from './http-errors.js';
import { operatorAccess, operatorRoutes } from './operator-api.js';
import type { Runtime } from './runtime.js';
import { verificationRoutes } from './verification-api.js';

/**
 * The operator API: instances, channels, keys, conversations and messages, delivery status,
 * dead letters, unanswered questions, verification codes, the dialog debugger. Every route is in
 * operator-api.ts's ROUTE_ACCESS: GB_ADMIN_TOKEN and gateway admin keys open all of it; customer
 * and instance keys what is theirs; an instance's "Operator Token" what belongs to that instance.
 */
export async function adminRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  const debug = new DialogDebugger(
    runtime.store,
    runtime.channels.addressable,
    runtime.logger.child({ component: 'debugger' }),
  );

  // Who may call what (keys, roles, scopes), and the audit log of every change: operator-api.ts.
  operatorAccess(app, runtime, (id) => debug.instanceOf(id));
  operatorRoutes(app, runtime);
  verificationRoutes(app, runtime);

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
      ...(await decisionOf(runtime, message.instanceId, message.content)),
      history: (await runtime.store.messages.history(message.id)).map((event) => ({
        status: event.status,
        ...(event.error ? { error: event.error } : {}),
        at: new Date(event.at).toISOString(),
      })),
    });
  });

  app.get<{ Params: { instance: string }; Querystring: { all?: string; limit?: string } }>(
    '/api/instances/:instance/unanswered',
    async (request, reply) => {
      const instance = await runtime.store.instances.findByName(request.params.instance);
      if (!instance)
        return sendError(reply, 404, 'GB_UNKNOWN_INSTANCE', `no instance named ${request.params.instance}`);
      const limit = Math.min(1_000, Math.max(1, Number(request.query.limit ?? 100) || 100));
      return reply.send({
        unanswered: await runtime.store.knowledge.unanswered(instance.id, {
          limit,
          includeLinked: request.query.all === '1',
        }),
      });
    },
  );

  app.get<{ Params: { instance: string } }>('/api/instances/:instance/questions', async (request, reply) => {
    const instance = await runtime.store.instances.findByName(request.params.instance);
    if (!instance) return sendError(reply, 404, 'GB_UNKNOWN_INSTANCE', `no instance named ${request.params.instance}`);
    const questions = await runtime.store.knowledge.questionsWithAnswers(instance.id);
    return reply.send({
      questions: questions.map((q) => ({
        id: q.questionId,
        question: q.question,
        alternates: q.alternates,
        subjects: q.subjects,
        answer: q.answer,
      })),
    });
  });

  app.post<{ Params: { instance: string; id: string }; Body: { questionId?: unknown } }>(
    '/api/instances/:instance/unanswered/:id/link',
    async (request, reply) => {
      const instance = await runtime.store.instances.findByName(request.params.instance);
      if (!instance)
        return sendError(reply, 404, 'GB_UNKNOWN_INSTANCE', `no instance named ${request.params.instance}`);
      const questionId = request.body?.questionId;
      if (typeof questionId !== 'string' || questionId === '')
        return sendError(
          reply,
          400,
          'GB_BAD_PAYLOAD',
          'the body needs {"questionId": "<id of the question that answers it>"}',
        );
      const linked = await runtime.store.knowledge.linkUnanswered(instance.id, request.params.id, questionId);
      if (!linked)
        return sendError(reply, 404, 'GB_NOT_FOUND', 'no such unanswered question or question in this instance');
      return reply.send({ linked: true });
    },
  );

  const noSession = (reply: FastifyReply, id: string) =>
    sendError(reply, 404, 'GB_NOT_FOUND', `no debug session ${id}`);
  const lines = (body: unknown): number[] => {
    const raw =
      (body as { lines?: unknown; breakpoints?: unknown } | null)?.lines ??
      (body as { breakpoints?: unknown } | null)?.breakpoints ??
      [];
    return Array.isArray(raw) ? raw.filter((n): n is number => Number.isInteger(n) && n > 0) : [];
  };

  app.post<{ Params: { instance: string }; Body: { dialog?: unknown; breakpoints?: unknown } }>(
    '/api/instances/:instance/debug',
    async (request, reply) => {
      const context = await runtime.instances.byName(request.params.instance);
      if (!context) return sendError(reply, 404, 'GB_UNKNOWN_INSTANCE', `no instance named ${request.params.instance}`);
      const dialog =
        typeof request.body?.dialog === 'string' ? request.body.dialog.replace(/\.bas$/i, '').toUpperCase() : '';
      const program = dialog
        ? ((await runtime.store.dialogs.program(context.instance.id, dialog)) as Program | undefined)
        : undefined;
      if (!program)
        return sendError(
          reply,
          404,
          'GB_NOT_FOUND',
          `instance ${context.instance.name} has no dialog "${String(request.body?.dialog ?? '')}"`,
        );
      const started = await debug.start({
        instanceId: context.instance.id,
        instance: context.instance.name,
        dialog,
        program,
        settings: context.settings,
        integrations: context.integrations,
        breakpoints: lines(request.body),
      });
      return reply.code(201).send(started);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/debug/:id',
    async (request, reply) => debug.get(request.params.id) ?? noSession(reply, request.params.id),
  );
  app.put<{ Params: { id: string } }>(
    '/api/debug/:id/breakpoints',
    async (request, reply) =>
      debug.setBreakpoints(request.params.id, lines(request.body)) ?? noSession(reply, request.params.id),
  );
  app.post<{ Params: { id: string } }>(
    '/api/debug/:id/step',
    async (request, reply) => (await debug.step(request.params.id)) ?? noSession(reply, request.params.id),
  );
  app.post<{ Params: { id: string } }>(
    '/api/debug/:id/resume',
    async (request, reply) => (await debug.resume(request.params.id)) ?? noSession(reply, request.params.id),
  );
  app.post<{ Params: { id: string }; Body: { text?: unknown } }>('/api/debug/:id/messages', async (request, reply) => {
    if (typeof request.body?.text !== 'string')
      return sendError(reply, 400, 'GB_BAD_PAYLOAD', 'the body needs {"text": "what the test user says"}');
    return (await debug.say(request.params.id, request.body.text)) ?? noSession(reply, request.params.id);
  });
  app.delete<{ Params: { id: string } }>('/api/debug/:id', async (request, reply) =>
    debug.stop(request.params.id) ? reply.code(204).send() : noSession(reply, request.params.id),
  );
  app.get<{ Params: { id: string } }>('/api/debug/:id/events', { websocket: true }, (socket: WebSocket, request) => {
    const unsubscribe = debug.subscribe(request.params.id, (event) => socket.send(JSON.stringify(event)));
    if (!unsubscribe) {
      socket.close(4004, 'no such debug session');
      return;
    }
    socket.on('close', unsubscribe);
  });

  app.get<{ Querystring: { limit?: string } }>('/api/dead-letters', async (request, reply) => {
    const limit = Math.min(500, Math.max(1, Number(request.query.limit ?? 50) || 50));
    return reply.send({ deadLetters: await runtime.broker.deadLetters(limit) });
  });
}

/**
 * Why a reply was given, when the router said so (on the first reply to a message), with the text
 * of each question it names: the one chosen and its score, those passed over with theirs, or the
 * best guess under the threshold.
 */
async function decisionOf(runtime: Runtime, instanceId: string, content: unknown): Promise<{ decision?: unknown }> {
  type Scored = { questionId: string; score: number };
  const d = (content as { decision?: { questionId?: string; passedOver?: Scored[]; best?: Scored } } | null)?.decision;
  if (!d) return {};
  const ids = [d.questionId, ...(d.passedOver ?? []).map((p) => p.questionId), d.best?.questionId].filter(
    (id): id is string => typeof id === 'string',
  );
  const texts = await runtime.store.knowledge.questionTexts(instanceId, ids);
  const named = (scored: Scored) => ({ ...scored, question: texts.get(scored.questionId) });
  return {
    decision: {
      ...d,
      ...(d.questionId !== undefined ? { question: texts.get(d.questionId) } : {}),
      ...(d.passedOver ? { passedOver: d.passedOver.map(named) } : {}),
      ...(d.best ? { best: named(d.best) } : {}),
    },
  };
}

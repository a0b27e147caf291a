import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {} from '@fastify/websocket';
import type { WebSocket } from 'ws';
import {
  PostedActivity,
  activityId,
  botActivity,
  userActivity,
  userActivityKey,
  webActivityToInbound,
} from '../adapters/index.js';
import { GatewayError, errorMessage, newId } from '../core/index.js';
import type { InstanceDirectory } from './instance-directory.js';

type InstanceContext = NonNullable<Awaited<ReturnType<InstanceDirectory['byName']>>>;
import type { StoredActivity } from '../store/index.js';
import { DirectLineAuth, TOKEN_TTL_S, bearer, type Caller } from './directline-auth.js';
import { sendError } from './http-errors.js';
import { acceptInbound } from './ingress.js';
import type { Runtime } from './runtime.js';

const STREAM_POLL_MS = 2_000;
const STREAM_PING_MS = 25_000;

type Params = { instance: string; conversationId?: string };

/**
 * The web chat channel's inbound side: Bot Framework Direct Line 3.0, per instance under
 * `/directline/<instance>/v3/directline/`, so Direct Line clients connect unchanged.
 */
export async function directLineRoutes(app: FastifyInstance, runtime: Runtime, masterKey: Buffer): Promise<void> {
  const auth = new DirectLineAuth(runtime, masterKey);
  const base = '/directline/:instance/v3/directline';

  // Direct Line clients post some requests with a JSON content type and no body: that is no body.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    if (typeof text !== 'string' || text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      done(
        Object.assign(new Error(`the body is not valid JSON: ${errorMessage(err)}`), { statusCode: 400 }),
        undefined,
      );
    }
  });

  async function resolve(
    request: FastifyRequest<{ Params: Params }>,
    credential = bearer(request.headers.authorization),
  ): Promise<{ context: InstanceContext; caller: Caller }> {
    const context = await runtime.instances.byName(request.params.instance);
    if (!context) throw new GatewayError('GB_UNKNOWN_INSTANCE', `no instance named ${request.params.instance}`);
    return { context, caller: await auth.identify(context.instance.id, credential) };
  }

  /** The conversation in the path, if the caller may use it. */
  async function conversationFor(
    context: InstanceContext,
    caller: Caller,
    conversationId: string,
  ): Promise<{ id: string; userId: string }> {
    if (caller.kind === 'anonymous') throw new GatewayError('GB_UNAUTHORIZED', 'a conversation token is required');
    if (caller.kind === 'token' && caller.claims.conversationId !== conversationId)
      throw new GatewayError('GB_UNAUTHORIZED', 'the token is for another conversation');
    const conversation = await runtime.store.webchat.conversation(conversationId);
    if (!conversation || conversation.instanceId !== context.instance.id)
      throw new GatewayError('GB_NOT_FOUND', `no conversation ${conversationId}`);
    return conversation;
  }

  function streamUrl(request: FastifyRequest, instance: string, conversationId: string, token: string): string {
    const publicUrl =
      runtime.env.GB_PUBLIC_URL ??
      `${request.protocol}://${request.headers.host ?? `${runtime.env.GB_HOST}:${runtime.env.GB_PORT}`}`;
    const url = new URL(
      `directline/${encodeURIComponent(instance)}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream`,
      publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`,
    );
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('t', token);
    return url.toString();
  }

  async function startConversation(
    context: InstanceContext,
    userId: string,
  ): Promise<{ conversationId: string; token: string }> {
    const conversationId = newId().replace(/-/g, '');
    await runtime.store.webchat.createConversation({ id: conversationId, instanceId: context.instance.id, userId });
    const greeting = context.settings.greeting;
    if (greeting) {
      // The greeting is a bot activity like every other: built by the same function.
      const bot = { id: context.instance.name, name: context.instance.title };
      const message = { kind: 'text' as const, text: greeting };
      await runtime.store.webchat.append(conversationId, `greeting:${conversationId}`, (seq) => {
        const activity = botActivity(message, conversationId, seq, bot, undefined, new Date());
        return { activityId: activity.id, payload: activity as unknown as Record<string, unknown> };
      });
    }
    return { conversationId, token: await auth.issue({ instanceId: context.instance.id, conversationId, userId }) };
  }

  function requestedUser(body: unknown): string | undefined {
    const user = (body as { user?: { id?: unknown } } | undefined)?.user;
    return typeof user?.id === 'string' && user.id.length > 0 && user.id.length <= 256 ? user.id : undefined;
  }

  app.post<{ Params: Params }>(`${base}/tokens/generate`, async (request, reply) => {
    const { context, caller } = await resolve(request);
    if (caller.kind === 'token')
      throw new GatewayError('GB_UNAUTHORIZED', 'generate a token with the secret, or refresh this one');
    const userId = requestedUser(request.body) ?? `dl_${newId().slice(-12)}`;
    const { conversationId, token } = await startConversation(context, userId);
    return reply.code(200).send({ conversationId, token, expires_in: TOKEN_TTL_S });
  });

  app.post<{ Params: Params }>(`${base}/tokens/refresh`, async (request, reply) => {
    const { caller } = await resolve(request);
    if (caller.kind !== 'token') throw new GatewayError('GB_UNAUTHORIZED', 'refresh needs a token');
    return reply.send({
      conversationId: caller.claims.conversationId,
      token: await auth.issue(caller.claims),
      expires_in: TOKEN_TTL_S,
    });
  });

  app.post<{ Params: Params }>(`${base}/conversations`, async (request, reply) => {
    const { context, caller } = await resolve(request);
    if (caller.kind === 'token') {
      const conversation = await conversationFor(context, caller, caller.claims.conversationId);
      const token = await auth.issue(caller.claims);
      return reply.code(200).send({
        conversationId: conversation.id,
        token,
        expires_in: TOKEN_TTL_S,
        streamUrl: streamUrl(request, context.instance.name, conversation.id, token),
      });
    }
    const userId = requestedUser(request.body) ?? `dl_${newId().slice(-12)}`;
    const { conversationId, token } = await startConversation(context, userId);
    return reply.code(201).send({
      conversationId,
      token,
      expires_in: TOKEN_TTL_S,
      streamUrl: streamUrl(request, context.instance.name, conversationId, token),
    });
  });

  app.get<{ Params: Params; Querystring: { watermark?: string } }>(
    `${base}/conversations/:conversationId`,
    async (request, reply) => {
      const { context, caller } = await resolve(request);
      const conversation = await conversationFor(context, caller, request.params.conversationId!);
      const token =
        caller.kind === 'token'
          ? await auth.issue(caller.claims)
          : await auth.issue({
              instanceId: context.instance.id,
              conversationId: conversation.id,
              userId: conversation.userId,
            });
      const url = new URL(streamUrl(request, context.instance.name, conversation.id, token));
      if (request.query.watermark) url.searchParams.set('watermark', request.query.watermark);
      return reply.send({ conversationId: conversation.id, token, expires_in: TOKEN_TTL_S, streamUrl: url.toString() });
    },
  );

  app.get<{ Params: Params; Querystring: { watermark?: string } }>(
    `${base}/conversations/:conversationId/activities`,
    async (request, reply) => {
      const { context, caller } = await resolve(request);
      const conversation = await conversationFor(context, caller, request.params.conversationId!);
      const watermark = parseWatermark(request.query.watermark);
      const activities = await runtime.store.webchat.after(conversation.id, watermark);
      return reply.send(activitySet(activities, watermark));
    },
  );

  app.post<{ Params: Params }>(`${base}/conversations/:conversationId/activities`, async (request, reply) => {
    const started = performance.now();
    const { context, caller } = await resolve(request);
    const conversation = await conversationFor(context, caller, request.params.conversationId!);
    const parsed = PostedActivity.safeParse(request.body);
    if (!parsed.success) {
      request.log.info(
        { instance: context.instance.name, issue: parsed.error.issues[0]?.message },
        'rejected a malformed activity',
      );
      return sendError(
        reply,
        400,
        'GB_BAD_PAYLOAD',
        `not a valid activity: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`,
      );
    }
    const posted = parsed.data;
    if (posted.type !== 'message') return reply.send({ id: activityId(conversation.id, 0) });
    const userId = caller.kind === 'token' ? caller.claims.userId : (posted.from?.id ?? conversation.userId);
    // A client retry carries the same clientActivityID, finds the stored activity, and so gets the
    // same activity id: that id is the message's dedupe key and what replies point back to.
    const clientActivityId = posted.channelData?.clientActivityID ?? newId();
    const stored = await runtime.store.webchat.append(
      conversation.id,
      userActivityKey(context.instance.id, clientActivityId),
      (seq) => {
        const activity = userActivity(posted, conversation.id, seq, userId, new Date());
        return { activityId: activity.id, payload: activity as unknown as Record<string, unknown> };
      },
    );
    const inbound = webActivityToInbound(posted, {
      instanceId: context.instance.id,
      conversationId: conversation.id,
      userId,
      channelMessageId: stored.activityId,
      gatewayId: newId(),
      receivedAt: Date.now(),
    });
    if (inbound) await acceptInbound(runtime, context.instance.name, [inbound]);
    runtime.live.notify(`webchat:${conversation.id}`);
    runtime.metrics.handlingSeconds.observe({ stage: 'ingress', channel: 'web' }, (performance.now() - started) / 1000);
    runtime.metrics.webhookResponses.inc({ channel: 'web', code: 200 });
    return reply.code(200).send({ id: stored.activityId });
  });

  app.get<{ Params: Params; Querystring: { t?: string; watermark?: string } }>(
    `${base}/conversations/:conversationId/stream`,
    { websocket: true },
    (socket: WebSocket, request) => {
      void (async () => {
        let conversationId: string;
        try {
          const { context, caller } = await resolve(request, request.query.t);
          conversationId = (await conversationFor(context, caller, request.params.conversationId!)).id;
        } catch (err) {
          request.log.info({ err: errorMessage(err) }, 'refused a web chat stream');
          socket.close(4001, 'unauthorized');
          return;
        }
        streamActivities(runtime, socket, conversationId, parseWatermark(request.query.watermark));
      })();
    },
  );
}

/** Pushes ActivitySets to one socket as the transcript grows: on a live signal, and by polling as a safety net. */
function streamActivities(runtime: Runtime, socket: WebSocket, conversationId: string, startAfter: number): void {
  let watermark = startAfter;
  let reading = false;
  let again = false;
  const push = async (): Promise<void> => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        const activities: StoredActivity[] = await runtime.store.webchat.after(conversationId, watermark);
        if (activities.length > 0 && socket.readyState === socket.OPEN) {
          watermark = activities[activities.length - 1]!.seq;
          socket.send(JSON.stringify(activitySet(activities, watermark)));
        }
      } while (again);
    } catch (err) {
      runtime.logger.warn({ conversationId, err: errorMessage(err) }, 'web chat stream could not read the transcript');
    } finally {
      reading = false;
    }
  };
  const unsubscribe = runtime.live.subscribe(`webchat:${conversationId}`, () => void push());
  const poll = setInterval(() => void push(), STREAM_POLL_MS);
  const ping = setInterval(() => socket.ping(), STREAM_PING_MS);
  socket.on('close', () => {
    unsubscribe();
    clearInterval(poll);
    clearInterval(ping);
  });
  socket.on('error', (err: Error) => runtime.logger.debug({ err: errorMessage(err) }, 'web chat stream error'));
  void push();
}

function parseWatermark(raw: string | undefined): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : 0;
}

function activitySet(activities: StoredActivity[], after: number): { activities: unknown[]; watermark: string } {
  const last = activities[activities.length - 1];
  return { activities: activities.map((a) => a.payload), watermark: String(last ? last.seq : after) };
}

import {
  type ChannelEndpoints,
  type EndpointRequest,
  type EndpointResponse,
  GatewayError,
  type PushSocket,
  bearer,
  errorMessage,
  newId,
} from '../../core/index.js';
import type { EndpointInstance, EndpointServices, TranscriptActivity } from '../registration.js';
import { type Caller, DirectLineAuth, TOKEN_TTL_S } from './auth.js';
import { activityId, botActivity, PostedActivity, toInbound, userActivity } from './directline.js';
import { userActivityKey } from './outbound.js';

const STREAM_POLL_MS = 2_000;
const STREAM_PING_MS = 25_000;
const BASE = '/directline/:instance/v3/directline';

/**
 * The web chat's inbound side: Bot Framework Direct Line 3.0, per instance under
 * `/directline/<instance>/v3/directline/`, so Direct Line clients connect unchanged. Tokens,
 * conversations, posting and reading activities, and the WebSocket stream.
 */
export function directLineEndpoints(services: EndpointServices): ChannelEndpoints {
  const auth = new DirectLineAuth(services.masterKey);
  const { webchat } = services;

  async function resolve(
    request: EndpointRequest,
    credential = bearer(request.headers.authorization),
  ): Promise<{ bot: EndpointInstance; caller: Caller }> {
    const name = request.params.instance ?? '';
    const bot = await services.instance(name);
    if (!bot) throw new GatewayError('GB_UNKNOWN_INSTANCE', `no instance named ${name}`);
    return { bot, caller: await auth.identify(bot.instance.id, bot.settings.webChatSecret, credential) };
  }

  /** The conversation in the path, if the caller may use it. */
  async function conversationFor(
    bot: EndpointInstance,
    caller: Caller,
    conversationId: string,
  ): Promise<{ id: string; userId: string }> {
    if (caller.kind === 'anonymous') throw new GatewayError('GB_UNAUTHORIZED', 'a conversation token is required');
    if (caller.kind === 'token' && caller.claims.conversationId !== conversationId) {
      throw new GatewayError('GB_UNAUTHORIZED', 'the token is for another conversation');
    }
    const conversation = await webchat.conversation(conversationId);
    if (!conversation || conversation.instanceId !== bot.instance.id) {
      throw new GatewayError('GB_NOT_FOUND', `no conversation ${conversationId}`);
    }
    return conversation;
  }

  function streamUrl(request: EndpointRequest, instance: string, conversationId: string, token: string): string {
    const publicUrl = services.publicUrl ?? request.origin;
    const path = `directline/${encodeURIComponent(instance)}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream`;
    const url = new URL(path, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('t', token);
    return url.toString();
  }

  /** A client's share of new conversations and of messages: a site's backend (the secret) is not counted. */
  const limits = services.clientLimits;
  async function spend(
    request: EndpointRequest,
    caller: Caller,
    what: 'start' | 'post',
    conversationId?: string,
    instanceId?: string,
  ): Promise<void> {
    // What the instance keeps is capped for everyone, a site's backend too.
    if (instanceId) await services.checkStorage(instanceId);
    if (caller.kind === 'secret') return;
    if (what === 'start') {
      const perSecond = limits.conversationsPerMinute / 60;
      await services.take(`webchat:start:${request.clientAddress}`, {
        perSecond,
        burst: limits.conversationsPerMinute,
      });
      return;
    }
    const { messagesPerSecond } = limits;
    await services.take(`webchat:post:${request.clientAddress}`, {
      perSecond: messagesPerSecond,
      burst: messagesPerSecond * 3,
    });
    // One conversation: a person types a few messages a second at most.
    await services.take(`webchat:conversation:${conversationId}`, { perSecond: 5, burst: 10 });
  }

  async function startConversation(
    bot: EndpointInstance,
    userId: string,
  ): Promise<{ conversationId: string; token: string }> {
    const conversationId = newId().replace(/-/g, '');
    await webchat.createConversation({ id: conversationId, instanceId: bot.instance.id, userId });
    const greeting = bot.settings.greeting;
    if (greeting) {
      // The greeting is a bot activity like every other: built by the same function.
      const from = { id: bot.instance.name, name: bot.instance.title };
      await webchat.append(conversationId, `greeting:${conversationId}`, (seq) => {
        const activity = botActivity(
          { kind: 'text', text: greeting },
          conversationId,
          seq,
          from,
          undefined,
          new Date(),
        );
        return { activityId: activity.id, payload: activity as unknown as Record<string, unknown> };
      });
    }
    return { conversationId, token: await auth.issue({ instanceId: bot.instance.id, conversationId, userId }) };
  }

  const ok = (body: unknown, status = 200): EndpointResponse => ({ status, body });

  async function postActivity(request: EndpointRequest): Promise<EndpointResponse> {
    const started = performance.now();
    const { bot, caller } = await resolve(request);
    const conversation = await conversationFor(bot, caller, request.params.conversationId ?? '');
    await spend(request, caller, 'post', conversation.id, bot.instance.id);
    const parsed = PostedActivity.safeParse(request.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      services.logger.info(
        { instance: bot.instance.name, issue: parsed.error.issues[0]?.message },
        'rejected a malformed activity',
      );
      throw new GatewayError('GB_BAD_PAYLOAD', `not a valid activity: ${issues}`);
    }
    const posted = parsed.data;
    if (posted.type !== 'message') return ok({ id: activityId(conversation.id, 0) });
    const userId = caller.kind === 'token' ? caller.claims.userId : (posted.from?.id ?? conversation.userId);
    // A client retry carries the same clientActivityID, finds the stored activity, and so gets the
    // same activity id: that id is the message's dedupe key and what replies point back to.
    const clientActivityId = posted.channelData?.clientActivityID ?? newId();
    const key = userActivityKey(bot.instance.id, conversation.id, clientActivityId);
    const stored = await webchat.append(conversation.id, key, (seq) => {
      const activity = userActivity(posted, conversation.id, seq, userId, new Date());
      return { activityId: activity.id, payload: activity as unknown as Record<string, unknown> };
    });
    const inbound = toInbound(posted, {
      instanceId: bot.instance.id,
      conversationId: conversation.id,
      userId,
      channelMessageId: stored.activityId,
      gatewayId: newId(),
      receivedAt: Date.now(),
    });
    if (inbound) await services.accept(bot.instance.name, [inbound]);
    webchat.notify(conversation.id);
    services.observe('web', performance.now() - started);
    return ok({ id: stored.activityId });
  }

  return {
    routes: [
      {
        method: 'POST',
        path: `${BASE}/tokens/generate`,
        async handle(request) {
          const { bot, caller } = await resolve(request);
          if (caller.kind === 'token') {
            throw new GatewayError('GB_UNAUTHORIZED', 'generate a token with the secret, or refresh this one');
          }
          await spend(request, caller, 'start', undefined, bot.instance.id);
          const { conversationId, token } = await startConversation(bot, userFor(caller, request.body));
          return ok({ conversationId, token, expires_in: TOKEN_TTL_S });
        },
      },
      {
        method: 'POST',
        path: `${BASE}/tokens/refresh`,
        async handle(request) {
          const { caller } = await resolve(request);
          if (caller.kind !== 'token') throw new GatewayError('GB_UNAUTHORIZED', 'refresh needs a token');
          const token = await auth.issue(caller.claims);
          return ok({ conversationId: caller.claims.conversationId, token, expires_in: TOKEN_TTL_S });
        },
      },
      {
        method: 'POST',
        path: `${BASE}/conversations`,
        async handle(request) {
          const { bot, caller } = await resolve(request);
          const name = bot.instance.name;
          if (caller.kind === 'token') {
            const conversation = await conversationFor(bot, caller, caller.claims.conversationId);
            const token = await auth.issue(caller.claims);
            const stream = streamUrl(request, name, conversation.id, token);
            return ok({ conversationId: conversation.id, token, expires_in: TOKEN_TTL_S, streamUrl: stream });
          }
          await spend(request, caller, 'start', undefined, bot.instance.id);
          const { conversationId, token } = await startConversation(bot, userFor(caller, request.body));
          const stream = streamUrl(request, name, conversationId, token);
          return ok({ conversationId, token, expires_in: TOKEN_TTL_S, streamUrl: stream }, 201);
        },
      },
      {
        method: 'GET',
        path: `${BASE}/conversations/:conversationId`,
        async handle(request) {
          const { bot, caller } = await resolve(request);
          const conversation = await conversationFor(bot, caller, request.params.conversationId ?? '');
          const claims =
            caller.kind === 'token'
              ? caller.claims
              : { instanceId: bot.instance.id, conversationId: conversation.id, userId: conversation.userId };
          const token = await auth.issue(claims);
          const url = new URL(streamUrl(request, bot.instance.name, conversation.id, token));
          if (request.query.watermark) url.searchParams.set('watermark', request.query.watermark);
          return ok({ conversationId: conversation.id, token, expires_in: TOKEN_TTL_S, streamUrl: url.toString() });
        },
      },
      {
        method: 'GET',
        path: `${BASE}/conversations/:conversationId/activities`,
        async handle(request) {
          const { bot, caller } = await resolve(request);
          const conversation = await conversationFor(bot, caller, request.params.conversationId ?? '');
          const watermark = parseWatermark(request.query.watermark);
          return ok(activitySet(await webchat.after(conversation.id, watermark), watermark));
        },
      },
      { method: 'POST', path: `${BASE}/conversations/:conversationId/activities`, handle: postActivity },
    ],
    streams: [
      {
        path: `${BASE}/conversations/:conversationId/stream`,
        open(request, socket) {
          void (async () => {
            let conversationId: string;
            try {
              const { bot, caller } = await resolve(request, request.query.t);
              conversationId = (await conversationFor(bot, caller, request.params.conversationId ?? '')).id;
            } catch (err) {
              services.logger.info({ err: errorMessage(err) }, 'refused a web chat stream');
              socket.close(4001, 'unauthorized');
              return;
            }
            streamActivities(services, socket, conversationId, parseWatermark(request.query.watermark));
          })();
        },
      },
    ],
  };
}

/**
 * The user a new conversation is for. Only a caller holding the instance's Web Chat Secret (a
 * site's backend, which knows who its user is) may name them; anyone else gets an id the gateway
 * makes, so nobody reads what another user saved (GET PARAM, LLM memory) by claiming their id.
 */
function userFor(caller: Caller, body: unknown): string {
  const issued = `dl_${newId().slice(-12)}`;
  if (caller.kind !== 'secret') return issued;
  const id = (body as { user?: { id?: unknown } } | undefined)?.user?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 256 ? id : issued;
}

/** Pushes ActivitySets to one socket as the transcript grows: on a live signal, and by polling as a safety net. */
function streamActivities(
  services: EndpointServices,
  socket: PushSocket,
  conversationId: string,
  startAfter: number,
): void {
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
        const activities = await services.webchat.after(conversationId, watermark);
        if (activities.length > 0 && socket.isOpen) {
          watermark = activities[activities.length - 1]!.seq;
          socket.send(JSON.stringify(activitySet(activities, watermark)));
        }
      } while (again);
    } catch (err) {
      services.logger.warn({ conversationId, err: errorMessage(err) }, 'web chat stream could not read the transcript');
    } finally {
      reading = false;
    }
  };
  const unsubscribe = services.webchat.subscribe(conversationId, () => void push());
  const poll = setInterval(() => void push(), STREAM_POLL_MS);
  const ping = setInterval(() => socket.ping(), STREAM_PING_MS);
  socket.onClose(() => {
    unsubscribe();
    clearInterval(poll);
    clearInterval(ping);
  });
  socket.onError((err) => services.logger.debug({ err: errorMessage(err) }, 'web chat stream error'));
  void push();
}

function parseWatermark(raw: string | undefined): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : 0;
}

function activitySet(activities: TranscriptActivity[], after: number): { activities: unknown[]; watermark: string } {
  const last = activities[activities.length - 1];
  return { activities: activities.map((a) => a.payload), watermark: String(last ? last.seq : after) };
}

import type { Store } from '../store/index.js';
import { InboundMessage, PermanentFailure, QuotaExceeded, errorMessage, inboundKey } from '../core/index.js';
import { OutboundWorker, QUEUES, outboundQueue, type Subscription } from '../queues/index.js';
import { Router } from '../router/index.js';
import { quotasOf } from './quotas.js';
import type { Runtime } from './runtime.js';
import { VerificationService, dialogCodes, unsealMessage } from './verifications.js';

export type Role = 'all' | 'ingress' | 'router' | 'worker';
export const ROLES: Role[] = ['all', 'ingress', 'router', 'worker'];

const SEND_TIMEOUT_MS = 15_000;
const MAX_INLINE_WAIT_MS = 2_000;

const SCHEDULE_TICK_MS = 15_000;
/** How often codes waiting for a delivered status are looked at (the fallback's resolution). */
const VERIFICATION_TICK_MS = 1_000;

/** The router's seams that the store fills: the same in a gateway and in a test of the router alone. */
export function storeSeams(store: Store) {
  return {
    conversations: store.messages,
    menus: store.menus,
    references: store.references,
    knowledgeBase: store.knowledge,
    handoffs: store.handoffs,
    dialogs: store.dialogs,
  };
}

export function createRouter(runtime: Runtime): Router {
  const quotas = quotasOf(runtime);
  return new Router({
    ...storeSeams(runtime.store),
    instances: runtime.instances,
    knowledge: runtime.knowledge,
    llm: runtime.llm,
    addressableChannels: runtime.channels.addressable,
    logger: runtime.logger.child({ component: 'router' }),
    publishReply: (reply) =>
      runtime.broker.publish(outboundQueue(reply.channel), reply, {
        key: `${reply.instanceId}:${reply.conversationKey}`,
        id: reply.id,
      }),
    codes: dialogCodes(runtime),
    admit: async (_message, instance) => {
      try {
        await quotas.consume(instance.customerId, 'messages');
        return undefined;
      } catch (err) {
        if (err instanceof QuotaExceeded) return err.message;
        throw err;
      }
    },
    publishLater: (message, delayMs) =>
      runtime.broker.publish('inbound', message, { key: inboundKey(message), id: message.id, delayMs }),
    onDecision: (_message, decision) => runtime.metrics.routerDecisions.inc({ decision: decision.kind }),
  });
}

/**
 * The router role: one consumer of the inbound shards, publishing replies to the outbound queues,
 * and the scheduler of dialogs with SET SCHEDULE (each slot runs once across all routers).
 */
export async function startRouter(runtime: Runtime): Promise<Subscription> {
  const router = createRouter(runtime);
  const tick = () =>
    router
      .runDueSchedules()
      .catch((err: unknown) => runtime.logger.warn({ err: errorMessage(err) }, 'running scheduled dialogs failed'));
  const timer = setInterval(() => void tick(), SCHEDULE_TICK_MS);
  timer.unref();
  void warmUp(runtime);
  const subscription = await runtime.broker.consume(
    'inbound',
    async (message) => {
      const measured = runtime.metrics.handlingSeconds.startTimer({
        stage: 'router',
        channel: channelOf(message.body),
      });
      try {
        await router.handle(message.body);
      } finally {
        measured();
      }
    },
    { prefetch: runtime.env.GB_ROUTER_PREFETCH, maxAttempts: runtime.env.GB_MAX_ATTEMPTS },
  );
  return {
    stop: async () => {
      clearInterval(timer);
      await subscription.stop();
    },
  };
}

/**
 * Loads every active instance's knowledge model in the background, so the first messages after a
 * start do not wait for it (a message that comes sooner waits for the same load, not a second).
 */
async function warmUp(runtime: Runtime): Promise<void> {
  try {
    for (const record of await runtime.store.instances.list()) {
      const context = await runtime.instances.byId(record.id);
      if (context)
        await runtime.knowledge.forInstance(context.instance.id, context.instance.kbVersion, context.settings.language);
    }
  } catch (err) {
    runtime.logger.warn(
      { err: errorMessage(err) },
      'loading the knowledge models at start failed; they load with the first message',
    );
  }
}

/** The worker role: one consumer per channel's outbound queue, sending through the channel's adapter. */
export async function startWorkers(runtime: Runtime): Promise<Subscription[]> {
  const worker = new OutboundWorker({
    deliveries: runtime.store.messages,
    limiter: runtime.limiter,
    adapterFor: (instanceId, channel) => runtime.adapters.forInstanceId(instanceId, channel),
    maxAttempts: runtime.env.GB_MAX_ATTEMPTS,
    sendTimeoutMs: SEND_TIMEOUT_MS,
    maxInlineWaitMs: MAX_INLINE_WAIT_MS,
    logger: runtime.logger.child({ component: 'worker' }),
    unseal: (message) => unsealMessage(message, runtime.secrets),
    circuit: { threshold: 5, firstProbeMs: runtime.env.GB_CIRCUIT_PROBE_MS, maxProbeMs: 10 * 60_000 },
    onCircuit: async (instanceId, channel, state, reason) => {
      runtime.metrics.circuitOpen.set({ instance: instanceId, channel }, state === 'open' ? 1 : 0);
      await runtime.store.instances.setChannelHealth(
        instanceId,
        channel,
        state === 'closed',
        state === 'open' ? reason : null,
      );
      if (state === 'open')
        runtime.logger.error(
          { instanceId, channel, reason },
          'channel paused: sends wait for a probe to find it working',
        );
      else runtime.logger.info({ instanceId, channel }, 'channel working again: sends resume');
    },
    onSent: (message, state, ms) => {
      runtime.metrics.messagesOut.inc({ channel: message.channel, instance: message.instanceId, status: state });
      runtime.metrics.handlingSeconds.observe({ stage: 'worker', channel: message.channel }, ms / 1000);
    },
  });
  const options = { prefetch: runtime.env.GB_WORKER_PREFETCH, maxAttempts: runtime.env.GB_MAX_ATTEMPTS };
  // Verification codes move to their next channel from here: the worker role sees every send.
  const verifications = new VerificationService(runtime);
  let following = false;
  const timer = setInterval(() => {
    if (following) return;
    following = true;
    verifications
      .tick()
      .catch((err: unknown) => runtime.logger.warn({ err: errorMessage(err) }, 'following verification codes failed'))
      .finally(() => {
        following = false;
      });
  }, VERIFICATION_TICK_MS);
  timer.unref();
  const subscriptions = await Promise.all([
    ...runtime.channels.channels.map((channel) =>
      runtime.broker.consume(outboundQueue(channel), (message) => worker.handle(message), options),
    ),
    // One-time codes: their own lane, so no backlog of replies is ahead of them.
    runtime.broker.consume(QUEUES.codes, (message) => worker.handle(message), options),
    // The worker role owns the delivery log: statuses do not wait behind dialogs on the inbound shards.
    runtime.broker.consume(QUEUES.statuses, (message) => applyStatus(runtime, message.body), options),
  ]);
  return [...subscriptions, { stop: async () => clearInterval(timer) }];
}

/** A channel's delivery status, applied to the stored message (never moving it backwards). */
async function applyStatus(runtime: Runtime, body: unknown): Promise<void> {
  const parsed = InboundMessage.safeParse(body);
  if (!parsed.success || parsed.data.kind !== 'status') {
    throw new PermanentFailure(
      `not a delivery status: ${parsed.error?.issues[0]?.message ?? 'another kind of message'}`,
    );
  }
  const status = parsed.data;
  await runtime.store.messages.advanceStatus(
    { instanceId: status.instanceId, channel: status.channel, providerMessageId: status.providerMessageId },
    status.status,
    status.error !== undefined ? { error: status.error } : {},
  );
  runtime.metrics.routerDecisions.inc({ decision: 'status' });
}

function channelOf(body: unknown): string {
  const channel = (body as { channel?: unknown } | null)?.channel;
  return typeof channel === 'string' ? channel : 'unknown';
}

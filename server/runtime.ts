import { join } from 'node:path';
import { ChannelRegistry, type ChannelRegistration, type WebchatTranscript } from '../adapters/index.js';
import { SecretBox, resolveGatewayKeys, type Env } from '../config/index.js';
import { createLogger, errorMessage, type DataCipher, type Logger } from '../core/index.js';
import { KnowledgeModels, LlmResponder } from '../nlp/index.js';
import {
  EmbeddedBroker,
  EmbeddedDeadLetters,
  InMemoryRateLimiter,
  InProcessLiveFeed,
  RabbitBroker,
  RedisLiveFeed,
  RedisRateLimiter,
  outboundQueue,
  type BodySealer,
  type Broker,
  type DeadLetterQueue,
  type LiveFeed,
  type RateLimiter,
} from '../queues/index.js';
import { InstanceDirectory } from './instance-directory.js';
import { Store, type DatabaseTarget } from '../store/index.js';
import { AdapterRegistry } from './adapter-registry.js';
import { createMetrics, type GatewayMetrics } from './metrics.js';

export interface Runtime {
  env: Env;
  logger: Logger;
  store: Store;
  broker: Broker;
  live: LiveFeed;
  limiter: RateLimiter;
  secrets: SecretBox;
  instances: InstanceDirectory;
  knowledge: KnowledgeModels;
  llm: LlmResponder;
  adapters: AdapterRegistry;
  metrics: GatewayMetrics;
  transcript: WebchatTranscript;
  /** The channels and providers this gateway has: each channel gets an outbound queue and a worker. */
  channels: ChannelRegistry;
  version: string;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  logger?: Logger;
  /** The channel providers, when not the registry's own (tests add a channel of their own). */
  channelProviders?: readonly ChannelRegistration[];
  version?: string;
}

export function databaseTarget(env: Env): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'sqlite', file: join(env.GB_DATA_DIR, 'gateway.db') };
}

/** The embedded broker's bodies (journal, dead letters) are sealed with the data key of the scope `broker`. */
export function brokerSealer(cipher: DataCipher): BodySealer {
  return { seal: (text) => cipher.seal('broker', text), open: (text) => cipher.open('broker', text) };
}

/** The broker the environment names: RabbitMQ with AMQP_URL, else the embedded one in the data folder. */
export async function openBroker(env: Env, logger: Logger, cipher: DataCipher): Promise<Broker> {
  if (!env.AMQP_URL)
    return new EmbeddedBroker(embeddedQueueFile(env), logger, {
      maxQueuedBytes: env.GB_QUEUE_MAX_MB * 2 ** 20,
      sealer: brokerSealer(cipher),
    });
  return openRabbit(env, logger);
}

/**
 * The dead-letter queue of the broker the environment names, for `gb dlq`: on the embedded
 * broker only its dead letters, which a running gateway shares (it performs the replays).
 */
export async function openDeadLetters(env: Env, logger: Logger, cipher: DataCipher): Promise<DeadLetterQueue> {
  if (!env.AMQP_URL) return new EmbeddedDeadLetters(embeddedQueueFile(env), brokerSealer(cipher));
  return openRabbit(env, logger);
}

function embeddedQueueFile(env: Env): string {
  return join(env.GB_DATA_DIR, 'queue.db');
}

async function openRabbit(env: Env, logger: Logger): Promise<RabbitBroker> {
  const rabbit = new RabbitBroker(
    {
      url: env.AMQP_URL!,
      prefix: env.GB_QUEUE_PREFIX,
      inboundShards: env.GB_INBOUND_SHARDS,
      publishTimeoutMs: env.GB_PUBLISH_TIMEOUT_MS,
    },
    logger,
  );
  await rabbit.start();
  return rabbit;
}

/** Opens the store, the broker and the live feed that the environment names; nothing is opened at import. */
export async function createRuntime(env: Env, options: RuntimeOptions = {}): Promise<Runtime> {
  const logger = options.logger ?? createLogger({ level: env.GB_LOG_LEVEL });
  const keys = resolveGatewayKeys(env);
  const { source } = keys;
  if (source === 'generated')
    logger.info(
      { file: join(env.GB_DATA_DIR, 'secret.key') },
      'generated the gateway key (channel secrets and stored conversations are encrypted with it)',
    );
  if (source !== 'env' && env.DATABASE_URL)
    logger.warn('GB_SECRET_KEY is not set: every node sharing this database must use the same key file');
  const secrets = new SecretBox(keys.current, keys.previous);

  const opened: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    for (const close of opened.reverse()) {
      try {
        await close();
      } catch (err) {
        logger.warn({ err: errorMessage(err) }, 'error while closing');
      }
    }
  };
  try {
    const store = await Store.open(databaseTarget(env), { keys });
    opened.push(() => store.close());

    const broker = await openBroker(env, logger, store.cipher);
    opened.push(() => broker.close());

    const live: LiveFeed = env.REDIS_URL ? new RedisLiveFeed(env.REDIS_URL, logger) : new InProcessLiveFeed();
    opened.push(() => live.close());
    const limiter: RateLimiter = env.REDIS_URL ? new RedisRateLimiter(env.REDIS_URL) : new InMemoryRateLimiter();
    opened.push(() => limiter.close());

    const transcript: WebchatTranscript = {
      createConversation: (input) => store.webchat.createConversation(input),
      conversation: (id) => store.webchat.conversation(id),
      append: (conversationId, idempotencyKey, build) => store.webchat.append(conversationId, idempotencyKey, build),
      after: (conversationId, watermark) => store.webchat.after(conversationId, watermark),
      notify: (conversationId) => live.notify(`webchat:${conversationId}`),
      subscribe: (conversationId, listener) => live.subscribe(`webchat:${conversationId}`, listener),
    };
    const channels = new ChannelRegistry(options.channelProviders);
    opened.push(() => channels.close());
    const queues = ['inbound', 'codes', ...channels.channels.map(outboundQueue)];
    const metrics = createMetrics(async () =>
      Promise.all(queues.map(async (queue) => ({ queue, depth: await broker.depth(queue) }))),
    );

    return {
      env,
      logger,
      store,
      broker,
      live,
      limiter,
      secrets,
      instances: new InstanceDirectory(store, secrets, channels),
      knowledge: new KnowledgeModels(store, logger),
      llm: new LlmResponder(store, logger),
      adapters: new AdapterRegistry(store, secrets, channels, {
        logger: logger.child({ component: 'adapter' }),
        webchat: transcript,
      }),
      metrics,
      transcript,
      channels,
      version: options.version ?? '0.0.0',
      close: closeAll,
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

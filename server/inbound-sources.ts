import { hostname } from 'node:os';
import {
  ChannelCredentialsRejected,
  InboundMessage,
  errorMessage,
  newId,
  type ChannelName,
  type InboundSource,
  type SourceContext,
} from '../core/index.js';
import type { Subscription } from '../queues/index.js';
import { acceptInbound } from './ingress.js';
import type { Runtime } from './runtime.js';

export interface SourceOptions {
  /** How often the instances are looked at for sources to start or stop. */
  scanMs: number;
  /** How long a node's lease on a source lasts without renewal. */
  leaseMs: number;
  /** The first wait before a failed source is run again; it doubles up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
}

const DEFAULTS: SourceOptions = { scanMs: 5_000, leaseMs: 30_000, backoffMs: 1_000, maxBackoffMs: 60_000 };

interface Running {
  fingerprint: string;
  controller: AbortController;
  done: Promise<void>;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * The ingress role's readers of channels that fetch their own messages (IMAP mailboxes): one per
 * configured source across all nodes, held by a lease in the database and renewed while it runs.
 * A source that fails is run again after a growing wait; a refused login marks the channel
 * unhealthy. Changed settings restart the reader within a scan; a removed channel stops it.
 */
export function startInboundSources(runtime: Runtime, options: Partial<SourceOptions> = {}): Subscription {
  const settings = { ...DEFAULTS, ...options };
  const owner = `${hostname()}:${process.pid}:${newId()}`;
  const logger = runtime.logger.child({ component: 'sources' });
  const running = new Map<string, Running>();
  /** Channels built with these settings had no source: not built again until they change. */
  const sourceless = new Map<string, string>();
  const stopping = new AbortController();

  const runSource = async (
    instance: { id: string; name: string },
    channel: ChannelName,
    source: InboundSource,
    signal: AbortSignal,
  ) => {
    const name = source.key;
    const log = logger.child({ instance: instance.name, channel });
    const context: SourceContext = {
      logger: log,
      accept: async (messages) => {
        const checked = messages.map((m) => InboundMessage.parse(m));
        await acceptInbound(runtime, instance.name, checked);
      },
      checkpoint: () => runtime.store.sources.checkpoint(name),
      saveCheckpoint: (value) => runtime.store.sources.saveCheckpoint(name, value),
    };
    let backoff = settings.backoffMs;
    while (!signal.aborted) {
      if (!(await runtime.store.sources.acquire(name, owner, settings.leaseMs))) {
        await sleep(settings.leaseMs / 3, signal);
        continue;
      }
      const run = new AbortController();
      const stop = () => run.abort();
      signal.addEventListener('abort', stop, { once: true });
      const renewal = setInterval(() => {
        runtime.store.sources.acquire(name, owner, settings.leaseMs).then(
          (held) => {
            if (!held) {
              log.warn({ source: name }, 'lost the lease on a source to another node; stopping here');
              run.abort();
            }
          },
          (err: unknown) => {
            log.warn({ source: name, err: errorMessage(err) }, 'could not renew the lease on a source; stopping here');
            run.abort();
          },
        );
      }, settings.leaseMs / 3);
      try {
        log.info({ source: name }, 'reading a source');
        await source.run(context, run.signal);
        backoff = settings.backoffMs;
      } catch (err) {
        if (err instanceof ChannelCredentialsRejected) {
          await runtime.store.instances
            .setChannelHealth(instance.id, channel, false, err.message)
            .catch(() => undefined);
          log.error({ source: name, reason: err.message }, 'channel marked unhealthy');
        } else if (!run.signal.aborted) {
          log.warn({ source: name, err: errorMessage(err), retryInMs: backoff }, 'reading a source failed');
        }
      } finally {
        clearInterval(renewal);
        signal.removeEventListener('abort', stop);
      }
      if (signal.aborted) {
        await runtime.store.sources.release(name, owner).catch(() => undefined);
        break;
      }
      await sleep(backoff, signal);
      backoff = Math.min(backoff * 2, settings.maxBackoffMs);
    }
  };

  const scan = async () => {
    const wanted = new Map<string, { fingerprint: string; start: (signal: AbortSignal) => Promise<void> }>();
    for (const { instance, channel: record } of await runtime.store.instances.activeChannels()) {
      const name = record.channel;
      if (!runtime.channels.has(name)) continue;
      const fingerprint = `${record.provider}\u0000${JSON.stringify(record.settings)}\u0000${record.sealedSecrets ?? ''}`;
      const key = `${instance.id}:${name}`;
      if (running.get(key)?.fingerprint === fingerprint) {
        wanted.set(key, { fingerprint, start: async () => undefined });
        continue;
      }
      // Most channels fetch nothing: each is built once per settings to find that out, not every scan.
      if (sourceless.get(key) === fingerprint) continue;
      let source: InboundSource | undefined;
      try {
        source = (await runtime.adapters.fresh(instance, name)).source;
      } catch (err) {
        logger.warn({ instance: instance.name, channel: name, err: errorMessage(err) }, 'a channel could not be built');
      }
      if (!source) {
        sourceless.set(key, fingerprint);
        continue;
      }
      const found = source;
      wanted.set(key, { fingerprint, start: (signal) => runSource(instance, name, found, signal) });
    }
    for (const [key, run] of running) {
      if (wanted.get(key)?.fingerprint === run.fingerprint) continue;
      run.controller.abort();
      await run.done;
      running.delete(key);
    }
    for (const [key, want] of wanted) {
      if (running.has(key) || stopping.signal.aborted) continue;
      const controller = new AbortController();
      const done = want
        .start(controller.signal)
        .catch((err: unknown) => logger.error({ key, err: errorMessage(err) }, 'a source reader stopped'));
      running.set(key, { fingerprint: want.fingerprint, controller, done });
    }
  };

  let scanning: Promise<void> = Promise.resolve();
  const tick = () => {
    scanning = scanning
      .then(scan)
      .catch((err: unknown) => logger.warn({ err: errorMessage(err) }, 'looking for channel sources failed'));
  };
  tick();
  const timer = setInterval(tick, settings.scanMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      stopping.abort();
      await scanning;
      for (const run of running.values()) run.controller.abort();
      await Promise.all([...running.values()].map((r) => r.done));
      running.clear();
    },
  };
}

import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface GatewayMetrics {
  registry: Registry;
  messagesIn: Counter<'channel' | 'instance'>;
  messagesOut: Counter<'channel' | 'instance' | 'status'>;
  webhookResponses: Counter<'channel' | 'code'>;
  handlingSeconds: Histogram<'stage' | 'channel'>;
  queueDepth: Gauge<'queue'>;
  routerDecisions: Counter<'decision'>;
  /** 1 while a channel of an instance is paused (refused credentials, repeated 5xx). */
  circuitOpen: Gauge<'instance' | 'channel'>;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** One registry per process: counters by channel and instance, latency histograms per stage, queue depth. */
export function createMetrics(depthOf: () => Promise<Array<{ queue: string; depth: number }>>): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'gb_process_' });
  return {
    registry,
    messagesIn: new Counter({
      name: 'gb_messages_in_total',
      help: 'Inbound messages accepted, by channel and instance',
      labelNames: ['channel', 'instance'],
      registers: [registry],
    }),
    messagesOut: new Counter({
      name: 'gb_messages_out_total',
      help: 'Outbound messages by final send state',
      labelNames: ['channel', 'instance', 'status'],
      registers: [registry],
    }),
    webhookResponses: new Counter({
      name: 'gb_webhook_responses_total',
      help: 'Webhook responses by status code',
      labelNames: ['channel', 'code'],
      registers: [registry],
    }),
    handlingSeconds: new Histogram({
      name: 'gb_handling_seconds',
      help: 'Time to handle one message, by stage (ingress, router, worker)',
      labelNames: ['stage', 'channel'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'gb_queue_depth',
      help: 'Messages waiting in a queue',
      labelNames: ['queue'],
      registers: [registry],
      async collect() {
        for (const { queue, depth } of await depthOf()) this.set({ queue }, depth);
      },
    }),
    circuitOpen: new Gauge({
      name: 'gb_channel_circuit_open',
      help: "Whether sends of an instance's channel are paused (1) until a probe finds it working",
      labelNames: ['instance', 'channel'],
      registers: [registry],
    }),
    routerDecisions: new Counter({
      name: 'gb_router_decisions_total',
      help: 'What the router answered with',
      labelNames: ['decision'],
      registers: [registry],
    }),
  };
}

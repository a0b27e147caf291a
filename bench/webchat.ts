/**
 * End-to-end benchmark of the web chat: C Direct Line conversations, each with its WebSocket open,
 * send N knowledge-base questions in all (one outstanding per conversation, so each stays in
 * order) through ingress → broker → router → worker → transcript → stream.
 *
 *   npm run bench:webchat -- [--messages 3000] [--conversations 50] [--broker embedded|rabbitmq]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { createLogger } from '../core/index.js';
import { DirectLineTestClient, type Activity } from '../test-fixtures/directline-client.js';
import { startTestGateway } from '../test-fixtures/gateway.js';
import { deleteRabbitTopology, uniquePrefix } from '../test-fixtures/rabbit.js';
import { formatMs, percentile, trackPeakMemory } from './stats.js';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '3000' },
    conversations: { type: 'string', default: '50' },
    broker: { type: 'string', default: 'embedded' },
    /** Dialog turns instead of knowledge-base questions: the demo's tour, then a choice. */
    dialog: { type: 'boolean', default: false },
    'amqp-url': { type: 'string', default: 'amqp://guest:guest@127.0.0.1:5672' },
  },
});
const total = Number(values.messages);
const conversations = Number(values.conversations);
const prefix = uniquePrefix('bench');
const env: Record<string, string> = { GB_DATA_DIR: mkdtempSync(join(tmpdir(), 'gb-bench-')), GB_LOG_LEVEL: 'warn' };
if (values.broker === 'rabbitmq') Object.assign(env, { AMQP_URL: values['amqp-url'], GB_QUEUE_PREFIX: prefix });

const gateway = await startTestGateway({ env, logger: createLogger({ level: 'warn' }) });
const questions = [
  'How do I run the gateway?',
  'Can messages get lost?',
  'What is Redis used for?',
  'Are webhooks verified?',
  'how are answers chosen',
];

interface Pending {
  sentAt: number;
  resolve: () => void;
}

const ackLatencies: number[] = [];
const endToEnd: number[] = [];
/** Reply activities per user activity: the same reply twice is a duplicate (a dialog turn may send several different ones). */
const repliesPerActivity = new Map<string, string[]>();
/** When the first reply to a user activity arrived, for replies that beat the POST's own answer. */
const firstReplyAt = new Map<string, number>();
let lost = 0;
const peakMemory = trackPeakMemory();

const clients = await Promise.all(
  Array.from({ length: conversations }, () => new DirectLineTestClient(gateway.url, 'demo').start()),
);
const sockets: WebSocket[] = [];
const pending = new Map<string, Pending>();
for (const client of clients) {
  const socket = new WebSocket(client.streamUrl);
  socket.on('message', (data: Buffer) => {
    if (data.length === 0) return;
    for (const activity of (JSON.parse(data.toString()) as { activities: Activity[] }).activities) {
      if (!activity.replyToId) continue;
      repliesPerActivity.set(activity.replyToId, [
        ...(repliesPerActivity.get(activity.replyToId) ?? []),
        JSON.stringify([activity.text, (activity as { suggestedActions?: unknown }).suggestedActions]),
      ]);
      if (!firstReplyAt.has(activity.replyToId)) firstReplyAt.set(activity.replyToId, performance.now());
      const waiting = pending.get(activity.replyToId);
      if (waiting) {
        pending.delete(activity.replyToId);
        endToEnd.push(performance.now() - waiting.sentAt);
        waiting.resolve();
      }
    }
  });
  await new Promise((resolve) => socket.once('open', resolve));
  sockets.push(socket);
}

let next = 0;
const started = performance.now();
await Promise.all(
  clients.map(async (client) => {
    while (next < total) {
      const n = next++;
      const sentAt = performance.now();
      const text = values.dialog ? (n % 2 === 0 ? '/tour' : 'Reliability') : questions[n % questions.length]!;
      const response = await client.post(text, `bench-${n}`);
      ackLatencies.push(performance.now() - sentAt);
      if (!response.ok) {
        lost++;
        continue;
      }
      const { id } = (await response.json()) as { id: string };
      // The reply came before the POST's answer was read: it counts from when it arrived.
      const arrived = firstReplyAt.get(id);
      if (arrived !== undefined) {
        endToEnd.push(arrived - sentAt);
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          lost++;
          resolve();
        }, 30_000);
        pending.set(id, {
          sentAt,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
await new Promise((r) => setTimeout(r, 500));
const duplicated = [...repliesPerActivity.values()].filter((replies) => new Set(replies).size < replies.length).length;

console.log(
  `web chat end to end, ${values.broker} broker, SQLite store, ${conversations} conversations, ${total} ${values.dialog ? 'dialog turns' : 'messages'}`,
);
console.table({
  'messages/s end to end': (total / seconds).toFixed(0),
  'ack latency p50': formatMs(percentile(ackLatencies, 50)),
  'ack latency p99': formatMs(percentile(ackLatencies, 99)),
  'end-to-end latency p50': formatMs(percentile(endToEnd, 50)),
  'end-to-end latency p99': formatMs(percentile(endToEnd, 99)),
  'peak RSS (gateway and load in one process)': `${peakMemory().toFixed(0)} MiB`,
  'lost replies': lost,
  'duplicated replies': duplicated,
});

for (const socket of sockets) socket.close();
await gateway.stop();
if (values.broker === 'rabbitmq') await deleteRabbitTopology(values['amqp-url'], prefix, ['outbound.web'], 8);

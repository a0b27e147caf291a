/**
 * The floor under the WhatsApp benchmark: a process that does only the HTTP legs of a message
 * (Fastify with the webhook route's raw body, the WhatsApp adapter's signature check and parse,
 * the 200, and the reply through the adapter to the Graph API), with no broker, store, router or
 * rate limiter. bench/calibrate.ts runs it under the same load as the gateway.
 *
 *   GRAPH_URL=http://127.0.0.1:<port> PORT=<port> tsx bench/forwarder.ts
 */
import { setMaxListeners } from 'node:events';
import Fastify from 'fastify';
import { whatsappCloud } from '../adapters/whatsapp/index.js';
import { createLogger, errorMessage, newId, replyIdempotencyKey, type ChannelRequest } from '../core/index.js';
import { noWebchat } from '../test-fixtures/adapters.js';
import { APP_SECRET, PHONE, TOKEN } from './whatsapp-load.js';

const instanceId = 'calibration';
const adapter = whatsappCloud.create({
  instance: { id: instanceId, name: 'bench', title: 'bench' },
  settings: {
    'WhatsApp Phone Number ID': PHONE,
    'WhatsApp Access Token': TOKEN,
    'WhatsApp App Secret': APP_SECRET,
    'WhatsApp Verify Token': 'v',
    'WhatsApp API URL': `${process.env.GRAPH_URL}/v23.0`,
    'WhatsApp Messages Per Second': 100_000,
  },
  logger: createLogger({ level: 'warn' }),
  webchat: noWebchat,
  shared: undefined,
});
const webhook = adapter.webhook!;
// One signal for every send, as the outbound worker shares one per window (queues/deadline.ts).
const signal = new AbortController().signal;
setMaxListeners(0, signal);
const app = Fastify();
app.removeAllContentTypeParsers();
app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
app.post('/webhooks/bench/whatsapp', async (request, reply) => {
  const channelRequest: ChannelRequest = {
    method: request.method,
    url: request.url,
    headers: request.headers as Record<string, string>,
    body: request.body as Buffer,
  };
  const verdict = await webhook.verify(channelRequest);
  if (!verdict.ok) return reply.code(401).send({ error: verdict.reason });
  const messages = await webhook.parse(channelRequest);
  for (const message of messages) {
    if (message.kind !== 'text') continue;
    const answer = {
      kind: 'text' as const,
      text: 'From 9 to 18.',
      id: newId(),
      instanceId,
      channel: 'whatsapp' as const,
      conversationKey: message.conversationKey,
      to: message.from,
      idempotencyKey: replyIdempotencyKey(message, 0),
      createdAt: Date.now(),
    };
    adapter.send(answer, signal).catch((err: unknown) => process.stderr.write(`send failed: ${errorMessage(err)}\n`));
  }
  return reply.code(200).send({ accepted: messages.length });
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.stdout.write('ready\n');

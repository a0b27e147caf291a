import type { FastifyInstance } from 'fastify';
import { type ChannelAdapter, type ChannelRequest, GatewayError, InboundMessage, errorMessage } from '../core/index.js';
import { sendError } from './http-errors.js';
import { acceptInbound } from './ingress.js';
import type { Runtime } from './runtime.js';

const MAX_WEBHOOK_BYTES = 4 * 1024 * 1024;

/**
 * `/webhooks/<instance>/<channel>`: verify on the raw bytes, parse, publish, and answer 2xx only
 * once the broker has confirmed. Encapsulated so its raw-body parser applies to these routes only.
 */
export async function webhookRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_WEBHOOK_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  // A route per channel, each with its channel's body limit (mail may be 30 MB, the rest 4 MB);
  // the parametric one answers for channels the gateway does not have.
  const routes = [
    ...runtime.channels.channels.map((channel): { url: string; bodyLimit: number; channel?: string } => ({
      url: `/webhooks/:instance/${channel}`,
      bodyLimit: runtime.channels.webhookBodyLimit(channel) ?? MAX_WEBHOOK_BYTES,
      channel,
    })),
    { url: '/webhooks/:instance/:channel', bodyLimit: MAX_WEBHOOK_BYTES },
  ];
  for (const route of routes) {
    app.route<{ Params: { instance: string; channel?: string } }>({
      method: ['GET', 'POST'],
      url: route.url,
      bodyLimit: route.bodyLimit,
      handler: async (request, reply) => {
        const instanceName = request.params.instance;
        const channel = route.channel ?? request.params.channel ?? '';
        const context = await runtime.instances.byName(instanceName);
        if (!context) return sendError(reply, 404, 'GB_UNKNOWN_INSTANCE', `no instance named ${instanceName}`);
        const channels = runtime.channels;
        if (!channels.has(channel)) return sendError(reply, 404, 'GB_UNKNOWN_CHANNEL', `unknown channel ${channel}`);
        let adapter: ChannelAdapter;
        try {
          adapter = await runtime.adapters.forInstance(context.instance, channel);
        } catch (err) {
          if (err instanceof GatewayError && err.code === 'GB_UNKNOWN_CHANNEL')
            return sendError(reply, 404, err.code, err.message);
          throw err;
        }
        const webhook = adapter.webhook;
        if (!webhook) {
          const where = channel === 'web' ? `at /directline/${instanceName}/v3/directline` : 'elsewhere';
          return sendError(reply, 404, 'GB_UNKNOWN_CHANNEL', `the ${channel} channel receives messages ${where}`);
        }
        const channelRequest: ChannelRequest = {
          method: request.method,
          url: request.url,
          headers: request.headers as Record<string, string | undefined>,
          body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        };
        const direct = webhook.handshake?.(channelRequest);
        if (direct) {
          if (direct.status >= 400)
            request.log.warn({ instance: instanceName, channel }, 'refused a webhook handshake');
          return reply.code(direct.status).type(direct.contentType).send(direct.body);
        }
        const verdict = await webhook.verify(channelRequest);
        if (!verdict.ok) {
          request.log.warn(
            { instance: instanceName, channel, reason: verdict.reason },
            'rejected an unverified webhook',
          );
          runtime.metrics.webhookResponses.inc({ channel, code: 401 });
          return sendError(reply, 401, 'GB_UNAUTHORIZED', verdict.reason);
        }
        let parsed: InboundMessage[];
        try {
          parsed = await webhook.parse(channelRequest);
        } catch (err) {
          request.log.warn({ instance: instanceName, channel, err: errorMessage(err) }, 'rejected a malformed webhook');
          runtime.metrics.webhookResponses.inc({ channel, code: 400 });
          return sendError(reply, 400, 'GB_BAD_PAYLOAD', errorMessage(err));
        }
        // The adapter's output must be canonical before the channel hears 2xx: an adapter bug is a
        // logged 500 now (the channel retries), not a dead letter later.
        const messages: InboundMessage[] = [];
        for (const message of parsed) {
          const checked = InboundMessage.safeParse(message);
          if (!checked.success || checked.data.instanceId !== context.instance.id || checked.data.channel !== channel) {
            const issue = checked.error?.issues[0];
            const problem = issue ? `${issue.path.join('.')}: ${issue.message}` : 'another instance or channel';
            request.log.error(
              { instance: instanceName, channel, problem },
              'the adapter produced a message outside the schema',
            );
            runtime.metrics.webhookResponses.inc({ channel, code: 500 });
            return sendError(
              reply,
              500,
              'GB_BAD_PAYLOAD',
              'the gateway could not read this webhook; it was not accepted',
            );
          }
          messages.push(checked.data);
        }
        const started = performance.now();
        const accepted = await acceptInbound(runtime, instanceName, messages);
        runtime.metrics.handlingSeconds.observe({ stage: 'ingress', channel }, (performance.now() - started) / 1000);
        const own = webhook.respond?.(channelRequest, messages);
        runtime.metrics.webhookResponses.inc({ channel, code: own?.status ?? 200 });
        if (own) return reply.code(own.status).type(own.contentType).send(own.body);
        return reply.code(200).send({ accepted });
      },
    });
  }
}

import cors from '@fastify/cors';
import type {} from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { EndpointServices } from '../adapters/index.js';
import { type EndpointRequest, errorMessage, GatewayError, TooManyRequests } from '../core/index.js';
import { acceptInbound } from './ingress.js';
import type { Runtime } from './runtime.js';

/**
 * Mounts the routes and streams channels serve besides their webhooks (the web chat's Direct
 * Line) on the HTTP app. The channel sees framework-neutral requests and sockets; errors it
 * throws become the usual error answers.
 */
export async function channelEndpointRoutes(app: FastifyInstance, runtime: Runtime, masterKey: Buffer): Promise<void> {
  // Browsers on the allowed sites may call these routes (Web Chat embedded on another origin).
  const origins = runtime.env.GB_WEBCHAT_ORIGINS.split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  await app.register(cors, {
    origin: origins.includes('*') ? true : origins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type'],
    maxAge: 600,
  });
  // Direct Line clients post some requests with a JSON content type and no body: that is no body.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    if (typeof text !== 'string' || text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      const error = Object.assign(new Error(`the body is not valid JSON: ${errorMessage(err)}`), { statusCode: 400 });
      done(error, undefined);
    }
  });

  const services: EndpointServices = {
    logger: runtime.logger.child({ component: 'channel-endpoint' }),
    webchat: runtime.transcript,
    instance: (name) => runtime.instances.byName(name),
    accept: async (instanceName, messages) => {
      await acceptInbound(runtime, instanceName, messages);
    },
    masterKey,
    publicUrl: runtime.env.GB_PUBLIC_URL,
    clientLimits: {
      conversationsPerMinute: runtime.env.GB_WEBCHAT_CONVERSATIONS_PER_MINUTE,
      messagesPerSecond: runtime.env.GB_WEBCHAT_MESSAGES_PER_SECOND,
    },
    take: async (key, rate) => {
      const { booked, waitMs } = await runtime.limiter.reserve(`client:${key}`, rate, 0);
      if (!booked) throw new TooManyRequests(`too many requests; try again in ${Math.ceil(waitMs / 1000)} s`, waitMs);
    },
    checkStorage: async (instanceId) => {
      const limit = runtime.env.GB_WEBCHAT_STORAGE_MB * 1024 * 1024;
      if ((await runtime.store.webchat.storedBytes(instanceId)) >= limit)
        throw new GatewayError(
          'GB_STORAGE_FULL',
          `this bot keeps as much web chat as it may (${runtime.env.GB_WEBCHAT_STORAGE_MB} MiB); no new messages are taken`,
        );
    },
    observe: (channel, ms) => {
      runtime.metrics.handlingSeconds.observe({ stage: 'ingress', channel }, ms / 1000);
      runtime.metrics.webhookResponses.inc({ channel, code: 200 });
    },
  };

  for (const provider of runtime.channels.providers) {
    const endpoints = provider.endpoints?.(services);
    if (!endpoints) continue;
    for (const route of endpoints.routes) {
      app.route({
        method: route.method,
        url: route.path,
        handler: async (request, reply) => {
          const response = await route.handle(endpointRequest(request, runtime));
          return reply.code(response.status).send(response.body);
        },
      });
    }
    for (const stream of endpoints.streams) {
      app.get(stream.path, { websocket: true }, (socket: WebSocket, request) => {
        stream.open(endpointRequest(request, runtime), {
          get isOpen() {
            return socket.readyState === socket.OPEN;
          },
          send: (text) => socket.send(text),
          ping: () => socket.ping(),
          close: (code, reason) => socket.close(code, reason),
          onClose: (listener) => socket.on('close', listener),
          onError: (listener) => socket.on('error', listener),
        });
      });
    }
  }
}

function endpointRequest(request: FastifyRequest, runtime: Runtime): EndpointRequest {
  const host = request.headers.host ?? `${runtime.env.GB_HOST}:${runtime.env.GB_PORT}`;
  return {
    params: request.params as Record<string, string | undefined>,
    query: request.query as Record<string, string | undefined>,
    headers: request.headers as Record<string, string | undefined>,
    body: request.body,
    origin: `${request.protocol}://${host}`,
    clientAddress: request.ip,
  };
}

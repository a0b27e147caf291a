import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { BrokerUnavailable, GatewayError, TooManyRequests, type ErrorCode } from '../core/index.js';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  GB_BROKER_UNAVAILABLE: 503,
  GB_UNKNOWN_INSTANCE: 404,
  GB_UNKNOWN_CHANNEL: 404,
  GB_NOT_FOUND: 404,
  GB_BAD_PAYLOAD: 400,
  GB_UNAUTHORIZED: 401,
  GB_FORBIDDEN: 403,
  GB_TOO_MANY_REQUESTS: 429,
  GB_CODE_WRONG: 422,
  GB_CODE_EXPIRED: 410,
  GB_CODE_USED: 409,
  GB_CODE_LOCKED: 403,
  GB_NO_CODE_CHANNEL: 409,
  GB_QUOTA_EXCEEDED: 403,
  GB_STORAGE_FULL: 507,
  // A provider's answer while checking a channel's credentials through the operator API.
  GB_CHANNEL_CREDENTIALS: 422,
  GB_PERMANENT_FAILURE: 422,
  GB_RETRY_LATER: 502,
  GB_RATE_LIMITED: 502,
  GB_OUTCOME_UNKNOWN: 502,
};

/** Every error response has the same shape: `{"error": {"code", "message"}}`. */
export function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string): FastifyReply {
  if (status === 503) reply.header('retry-after', '5');
  return reply.code(status).send({ error: { code, message } });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'GB_NOT_FOUND', `no route for ${request.method} ${request.url.split('?')[0]}`),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof BrokerUnavailable) {
      request.log.warn({ err: error.message }, 'broker unavailable; answered 503');
      return sendError(reply, 503, error.code, 'the gateway cannot take messages right now; retry later');
    }
    if (error instanceof TooManyRequests) {
      reply.header('retry-after', String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))));
      return sendError(reply, 429, error.code, error.message);
    }
    if (error instanceof GatewayError) {
      const status = STATUS_BY_CODE[error.code] ?? 500;
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      return sendError(reply, status, error.code, error.message);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ code: error.code, status }, 'rejected a bad request');
      return sendError(reply, status, status === 401 ? 'GB_UNAUTHORIZED' : 'GB_BAD_PAYLOAD', error.message);
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(reply, 500, 'GB_RETRY_LATER', 'internal error');
  });
}

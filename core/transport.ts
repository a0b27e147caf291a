import type { Logger } from './logger.js';
import { type ApiResponse, callApi } from './http.js';

/** One outbound API call, as the transformers of a transport see it. */
export interface ApiCall {
  method: string;
  /** The path under the transport's base URL (or a whole URL). */
  path: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  /** The deadline of this call, never later than the caller's. */
  timeoutMs: number;
}

export type Send = (call: ApiCall) => Promise<ApiResponse>;

/**
 * A step around every call of a transport, as in grammY's API client: it may change the call,
 * look at the answer, or throw. Transformers run in the order given, the first one outermost.
 */
export type Transformer = (next: Send, call: ApiCall) => Promise<ApiResponse>;

export interface TransportOptions {
  /** The API's base URL (configurable per instance, so tests point it at a fake). */
  baseUrl: string;
  transformers: Transformer[];
}

/** The deadline of a call when no transformer sets a shorter one: every call has one. */
const LONGEST_CALL_MS = 30_000;

export interface CallInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

/** The one way adapters and dialogs call an HTTP API: a base URL, a deadline, a transformer chain. */
export interface Transport {
  call(path: string, init: CallInit): Promise<ApiResponse>;
}

export function createTransport(options: TransportOptions): Transport {
  const base = options.baseUrl.replace(/\/+$/, '');
  const send: Send = (call) => {
    const url = /^https?:\/\//.test(call.path) ? call.path : `${base}${call.path}`;
    return callApi(url, {
      method: call.method,
      headers: call.headers,
      ...(call.body !== undefined ? { body: call.body } : {}),
      signal: call.signal,
      timeoutMs: call.timeoutMs,
    });
  };
  const chain = options.transformers.reduceRight<Send>((next, transformer) => (call) => transformer(next, call), send);
  return {
    call: (path, init) =>
      chain({
        method: init.method ?? 'POST',
        path,
        headers: { ...init.headers },
        ...(init.body !== undefined ? { body: init.body } : {}),
        signal: init.signal,
        timeoutMs: LONGEST_CALL_MS,
      }),
  };
}

/** Adds an `Authorization` header to every call. */
export function authorization(value: string): Transformer {
  return (next, call) => next({ ...call, headers: { ...call.headers, authorization: value } });
}

export function bearerAuth(token: string): Transformer {
  return authorization(`Bearer ${token}`);
}

export function basicAuth(user: string, password: string): Transformer {
  return authorization(`Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`);
}

/** Gives every call a deadline of `ms` at most (a shorter one set before it stands). */
export function deadline(ms: number): Transformer {
  return (next, call) => next({ ...call, timeoutMs: Math.min(call.timeoutMs, ms) });
}

/** Sends JSON bodies with their content type. */
export function jsonBody(): Transformer {
  return (next, call) => next({ ...call, headers: { 'content-type': 'application/json', ...call.headers } });
}

/**
 * Turns an answer that is not a success into the error the delivery engine acts on (retry later,
 * rate limited, never retry...), as the channel's own error mapping says.
 */
export function classifyErrors(
  isSuccess: (response: ApiResponse) => boolean,
  failure: (response: ApiResponse) => Error,
): Transformer {
  return async (next, call) => {
    const response = await next(call);
    if (!isSuccess(response)) throw failure(response);
    return response;
  };
}

/**
 * One debug line per call: method, the path under the base URL (an API that puts a token in its
 * URL puts it in the base, which is never logged), status and time. Never a query, a header or
 * a body.
 */
export function logCalls(logger: Logger): Transformer {
  return async (next, call) => {
    if (!logger.isLevelEnabled('debug')) return next(call);
    const started = performance.now();
    const path = call.path.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? '';
    try {
      const response = await next(call);
      logger.debug(
        { method: call.method, path, status: response.status, ms: Math.round(performance.now() - started) },
        'api call',
      );
      return response;
    } catch (err) {
      logger.debug(
        { method: call.method, path, failed: (err as Error).name, ms: Math.round(performance.now() - started) },
        'api call failed',
      );
      throw err;
    }
  };
}

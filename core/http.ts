import { request } from 'undici';
import { OutcomeUnknown, RetryLater } from './errors.js';

/** A response's headers, looked up case-insensitively. */
export interface ResponseHeaders {
  get(name: string): string | null;
}

export interface ApiResponse {
  status: number;
  headers: ResponseHeaders;
  text: string;
}

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * One call to a channel's API with a deadline. Failures are classified for the outbound engine:
 * a request that never left (refused, unresolvable) can be retried; one that left and got no
 * answer (a timeout, a dropped connection) may have been acted on, so its outcome is unknown.
 * It uses undici's `request` (kept-alive connections) rather than `fetch`, which costs several
 * times more CPU per call on the outbound hot path.
 */
export async function callApi(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal; timeoutMs: number },
): Promise<ApiResponse> {
  try {
    // The deadline is undici's own (for the answer's headers, then again for its body), far
    // cheaper per call than composing abort signals; its timers tick every half second or so,
    // which is nothing against deadlines of seconds.
    const response = await request(url, {
      method: init.method as 'POST',
      headers: init.headers,
      body: init.body ?? null,
      signal: init.signal,
      headersTimeout: init.timeoutMs,
      bodyTimeout: init.timeoutMs,
    });
    const text = await response.body.text();
    const headers = response.headers;
    return {
      status: response.statusCode,
      headers: {
        get: (name) => {
          const value = headers[name.toLowerCase()];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
      },
      text,
    };
  } catch (err) {
    const code = causeCode(err);
    if (code !== undefined && NOT_SENT_CODES.has(code))
      throw new RetryLater(`${new URL(url).host} is unreachable (${code})`, undefined, { cause: err });
    const what =
      code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || init.signal.aborted
        ? `no answer within ${init.timeoutMs} ms`
        : `connection lost (${code ?? 'unknown error'})`;
    throw new OutcomeUnknown(`${init.method} ${new URL(url).host}: ${what}; the message may have been sent`, {
      cause: err,
    });
  }
}

function causeCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A Retry-After header in milliseconds (seconds or an HTTP date), if there is one. */
export function retryAfterMs(headers: ResponseHeaders, now = Date.now()): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The credential of an `Authorization: Bearer …` header, if there is one. */
export function bearer(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(.+)$/i);
  return match?.[1]?.trim();
}

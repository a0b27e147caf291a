import {
  ChannelCredentialsRejected,
  OutcomeUnknown,
  PermanentFailure,
  RateLimited,
  RetryLater,
  parseJson,
  retryAfterMs,
  type ApiResponse,
} from '../../core/index.js';

interface GraphError {
  code?: number;
  message?: string;
  error_data?: { details?: string };
}

const ACCOUNT_THROTTLED = new Set([4, 80007, 130429, 131057]);
const RECIPIENT_THROTTLED = new Set([131056]);
const TRANSIENT = new Set([1, 2, 131000, 131016]);
const CREDENTIALS = new Set([190, 10, 200, 131005]);
const PAIR_RATE_WAIT_MS = 6_000;
const THROUGHPUT_WAIT_MS = 1_000;

/**
 * What the engine does with a Graph API error, by `error.code` (Meta reports throttling with 400 or
 * 429, so the HTTP status alone is not enough).
 */
export function graphFailure(response: ApiResponse): Error {
  const error = (parseJson(response.text) as { error?: GraphError } | undefined)?.error;
  const code = error?.code;
  const detail = `${code ?? response.status} ${error?.message ?? (response.text.slice(0, 200) || `HTTP ${response.status}`)}`;
  const retryAfter = retryAfterMs(response.headers);
  if (code !== undefined && RECIPIENT_THROTTLED.has(code))
    return new RateLimited(`WhatsApp pair rate limit: ${detail}`, retryAfter ?? PAIR_RATE_WAIT_MS, 'recipient');
  if ((code !== undefined && ACCOUNT_THROTTLED.has(code)) || response.status === 429) {
    return new RateLimited(`WhatsApp throughput limit: ${detail}`, retryAfter ?? THROUGHPUT_WAIT_MS, 'account');
  }
  if (code === 131047)
    return new PermanentFailure(`outside the 24-hour customer service window; send a template instead (${detail})`);
  if ((code !== undefined && CREDENTIALS.has(code)) || response.status === 401)
    return new ChannelCredentialsRejected(`WhatsApp rejected the access token: ${detail}`);
  if (code !== undefined && TRANSIENT.has(code))
    return new RetryLater(`WhatsApp is temporarily unavailable: ${detail}`, retryAfter);
  if (response.status === 502 || response.status === 503)
    return new RetryLater(`WhatsApp answered ${response.status}`, retryAfter);
  if (response.status >= 500)
    return new OutcomeUnknown(`WhatsApp answered ${response.status} (${detail}); the message may have been sent`);
  return new PermanentFailure(`WhatsApp refused the message: ${detail}`);
}

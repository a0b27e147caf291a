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

const RATE = new Set([20429, 63018, 14107]);
const QUEUE_FULL = new Set([21611, 30001]);
const CREDENTIALS = new Set([20003, 20005]);
const QUEUE_FULL_WAIT_MS = 10 * 60_000;

/** What the engine does with a Twilio REST error (`{"code","message","more_info","status"}`). */
export function twilioFailure(response: ApiResponse): Error {
  const error = parseJson(response.text) as { code?: number; message?: string } | undefined;
  const code = error?.code;
  const detail = `${code ?? response.status} ${error?.message ?? `HTTP ${response.status}`}`;
  const retryAfter = retryAfterMs(response.headers);
  if ((code !== undefined && RATE.has(code)) || response.status === 429)
    return new RateLimited(`Twilio rate limit: ${detail}`, retryAfter ?? 1_000, 'account');
  if (code !== undefined && QUEUE_FULL.has(code))
    return new RetryLater(`the sender's queue at Twilio is full: ${detail}`, QUEUE_FULL_WAIT_MS);
  if ((code !== undefined && CREDENTIALS.has(code)) || response.status === 401)
    return new ChannelCredentialsRejected(`Twilio rejected the credentials: ${detail}`);
  if (code === 63016)
    return new PermanentFailure(`outside the WhatsApp 24-hour window; send a template instead (${detail})`);
  if (response.status === 502 || response.status === 503)
    return new RetryLater(`Twilio answered ${response.status}`, retryAfter);
  if (response.status >= 500)
    return new OutcomeUnknown(`Twilio answered ${response.status} (${detail}); the message may have been sent`);
  return new PermanentFailure(`Twilio refused the message: ${detail}`);
}

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

/** What nodemailer reports of a failed SMTP transaction. */
interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

/**
 * What the engine does with an SMTP failure: 4xx replies are temporary (retried with backoff),
 * 5xx permanent with the server's own reply as the reason, a refused login marks the channel
 * unhealthy, and a connection lost once the message was handed over may have delivered it.
 */
export function smtpFailure(err: unknown): Error {
  const failure = (typeof err === 'object' && err !== null ? err : {}) as SmtpError;
  const reply = (failure.response ?? failure.message ?? 'no reply').replace(/\s+/g, ' ').slice(0, 300);
  const code = failure.responseCode;
  if (failure.code === 'EAUTH' || code === 535 || code === 534 || code === 530)
    return new ChannelCredentialsRejected(`the SMTP server refused the login: ${reply}`);
  if (code !== undefined && code >= 400 && code < 500)
    return new RetryLater(`the SMTP server deferred the mail: ${reply}`);
  if (code !== undefined && code >= 500) return new PermanentFailure(`the SMTP server refused the mail: ${reply}`);
  const command = (failure.command ?? '').toUpperCase();
  if ((failure.code === 'ETIMEDOUT' || failure.code === 'ESOCKET') && command.startsWith('DATA'))
    return new OutcomeUnknown(`the SMTP connection was lost after the mail was handed over (${reply})`);
  return new RetryLater(`the SMTP server could not be reached: ${failure.code ?? ''} ${reply}`.trim());
}

/** What the engine does with a SendGrid v3 error (`{"errors":[{"field","message"}]}`). */
export function sendGridFailure(response: ApiResponse): Error {
  const body = parseJson(response.text) as { errors?: Array<{ message?: string; field?: string | null }> } | undefined;
  const detail = `${response.status} ${body?.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status}`}`;
  if (response.status === 429) {
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    const wait = Number.isFinite(reset) && reset > 0 ? Math.max(1_000, reset * 1000 - Date.now()) : undefined;
    return new RateLimited(
      `SendGrid rate limit: ${detail}`,
      wait ?? retryAfterMs(response.headers) ?? 1_000,
      'account',
    );
  }
  if (response.status === 401 || response.status === 403)
    return new ChannelCredentialsRejected(`SendGrid refused the API key: ${detail}`);
  if (response.status === 502 || response.status === 503) return new RetryLater(`SendGrid answered ${response.status}`);
  if (response.status >= 500)
    return new OutcomeUnknown(`SendGrid answered ${response.status} (${detail}); the mail may have been sent`);
  return new PermanentFailure(`SendGrid refused the mail: ${detail}`);
}

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

interface BotApiError {
  ok?: boolean;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** What the engine does with a Bot API error (`{"ok":false,"error_code","description","parameters"}`). */
export function botApiFailure(response: ApiResponse): Error {
  const error = parseJson(response.text) as BotApiError | undefined;
  const code = error?.error_code ?? response.status;
  const detail = `${code} ${error?.description ?? `HTTP ${response.status}`}`;
  if (code === 429) {
    const seconds = error?.parameters?.retry_after;
    return new RateLimited(
      `Telegram flood control: ${detail}`,
      seconds !== undefined ? seconds * 1000 : (retryAfterMs(response.headers) ?? 1_000),
      'recipient',
    );
  }
  if (code === 401 || code === 404) return new ChannelCredentialsRejected(`Telegram rejected the bot token: ${detail}`);
  if (error?.parameters?.migrate_to_chat_id !== undefined)
    return new PermanentFailure(`the group became a supergroup ${error.parameters.migrate_to_chat_id}: ${detail}`);
  if (response.status === 502 || response.status === 503) return new RetryLater(`Telegram answered ${response.status}`);
  if (response.status >= 500)
    return new OutcomeUnknown(`Telegram answered ${response.status} (${detail}); the message may have been sent`);
  return new PermanentFailure(`Telegram refused the message: ${detail}`);
}

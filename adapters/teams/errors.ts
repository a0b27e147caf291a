import {
  type ApiResponse,
  ChannelCredentialsRejected,
  OutcomeUnknown,
  PermanentFailure,
  RateLimited,
  RetryLater,
  parseJson,
  retryAfterMs,
} from '../../core/index.js';

const RETRIED = new Set([412, 502, 503, 504]);
const NOT_IN_CONVERSATION = /BotNotInConversationRoster|ConversationNotFound|not part of the conversation/i;

/**
 * What the engine does with a Connector error (`{"error":{"code","message"}}`): 429 waits for
 * Retry-After (or a second), 412/502/503/504 are retried with backoff, 401/403 mark the channel's
 * credentials rejected, a bot removed from the conversation fails for good, and other 5xx may have
 * been delivered (a post to the Connector has no idempotency key), so they are not resent blindly.
 */
export function connectorFailure(response: ApiResponse): Error {
  const error = (parseJson(response.text) as { error?: { code?: string; message?: string } } | undefined)?.error;
  const detail = `${response.status} ${error?.code ?? ''} ${error?.message ?? ''}`.replace(/\s+/g, ' ').trim();
  const retryAfter = retryAfterMs(response.headers);
  if (response.status === 429) return new RateLimited(`Teams rate limit: ${detail}`, retryAfter ?? 1_000, 'recipient');
  if (RETRIED.has(response.status)) return new RetryLater(`the Teams Connector answered ${detail}`, retryAfter);
  if (NOT_IN_CONVERSATION.test(`${error?.code} ${error?.message}`) || response.status === 404) {
    return new PermanentFailure(`the bot is not in this Teams conversation any more: ${detail}`);
  }
  if (response.status === 401 || response.status === 403) {
    return new ChannelCredentialsRejected(`the Teams Connector refused the bot's token: ${detail}`);
  }
  if (response.status >= 500)
    return new OutcomeUnknown(`the Teams Connector answered ${detail}; it may have been sent`);
  return new PermanentFailure(`Teams refused the message: ${detail}`);
}

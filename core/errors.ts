/**
 * Errors that say what to do next. Every error has a stable code; docs/errors.md lists the same
 * codes, and a test keeps the two in step.
 */
export const ERROR_CODES = {
  GB_CONFIG_INVALID: 'The environment or a setting failed validation.',
  GB_BROKER_UNAVAILABLE: 'The broker is away; publishing failed fast instead of buffering.',
  GB_RETRY_LATER: 'A transient failure: the work is retried after a delay.',
  GB_RATE_LIMITED: 'The channel said to slow down: retried after the delay it gave.',
  GB_PERMANENT_FAILURE: 'A failure that retrying cannot fix: the message goes to the dead-letter queue.',
  GB_OUTCOME_UNKNOWN:
    'A send left and no answer came back: it may have been delivered, so it is not repeated without an operator.',
  GB_CHANNEL_CREDENTIALS: "The channel rejected the instance's credentials: the channel is paused until a probe works.",
  GB_UNKNOWN_INSTANCE: 'No bot instance has that name.',
  GB_UNKNOWN_CHANNEL: 'The instance has no such channel.',
  GB_BAD_PAYLOAD: 'The request body is malformed or fails the schema.',
  GB_UNAUTHORIZED: 'A signature, token or secret is missing or wrong.',
  GB_FORBIDDEN:
    'The key is good but may not do this: another customer or instance, a read-only key, or a scope it lacks.',
  GB_PACKAGE_INVALID: 'A bot package (.gbai) could not be deployed.',
  GB_SECRET_KEY_INVALID: 'The secret key is missing, malformed or cannot decrypt a stored secret.',
  GB_NOT_FOUND: 'The requested resource does not exist.',
  GB_TOO_MANY_REQUESTS: 'A client sent more than its share: it may try again after Retry-After.',
  GB_CODE_WRONG: 'The verification code does not match; the answer says how many checks are left.',
  GB_CODE_EXPIRED: 'The verification expired before its code was checked: start a new one.',
  GB_CODE_USED: 'The verification was already verified: a code is good once.',
  GB_CODE_LOCKED: 'The verification has no checks left (or could not be delivered): start a new one.',
  GB_NO_CODE_CHANNEL: 'The instance has none of the channels a code could be sent on.',
  GB_STORAGE_FULL:
    'An instance keeps as much web chat transcript as it may (GB_WEBCHAT_STORAGE_MB): new conversations and messages are refused.',
  GB_QUOTA_EXCEEDED:
    "A customer's quota is used up (instances, messages a month, codes a day): the answer names it and when it resets.",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class GatewayError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

export class ConfigError extends GatewayError {
  constructor(message: string) {
    super('GB_CONFIG_INVALID', message);
  }
}

/** The broker cannot take the message now; the caller answers 503 and the sender retries. */
export class BrokerUnavailable extends GatewayError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('GB_BROKER_UNAVAILABLE', message, options);
  }
}

/** Try again after `delayMs` (or the consumer's backoff when absent). Counts as an attempt. */
export class RetryLater extends GatewayError {
  readonly delayMs: number | undefined;
  constructor(message: string, delayMs?: number, options?: { cause?: unknown }) {
    super('GB_RETRY_LATER', message, options);
    this.delayMs = delayMs;
  }
}

/**
 * Not a failure: the work waits `delayMs` for a rate-limit slot. It is retried then without using
 * up an attempt.
 */
export class Deferred extends RetryLater {
  constructor(message: string, delayMs: number) {
    super(message, delayMs);
  }
}

/**
 * The channel asked us to wait `delayMs` (its Retry-After). Nothing is sent to the same `scope`
 * (the whole channel account, or this recipient) before that.
 */
export class RateLimited extends GatewayError {
  readonly delayMs: number;
  readonly scope: 'account' | 'recipient';
  constructor(message: string, delayMs: number, scope: 'account' | 'recipient' = 'account') {
    super('GB_RATE_LIMITED', message);
    this.delayMs = delayMs;
    this.scope = scope;
  }
}

/** Retrying cannot help: dead-letter with this reason. */
export class PermanentFailure extends GatewayError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('GB_PERMANENT_FAILURE', message, options);
  }
}

/** The request left and its outcome is not known: dead-letter it rather than risk a duplicate. */
export class OutcomeUnknown extends PermanentFailure {
  override readonly code = 'GB_OUTCOME_UNKNOWN' as const;
}

/** The channel refused the instance's credentials (a revoked or wrong token). */
export class ChannelCredentialsRejected extends PermanentFailure {
  override readonly code = 'GB_CHANNEL_CREDENTIALS' as const;
}

export class PackageError extends GatewayError {
  constructor(message: string) {
    super('GB_PACKAGE_INVALID', message);
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A client asked more than its share (conversations or messages): answered 429 with Retry-After. */
export class TooManyRequests extends GatewayError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
    code: ErrorCode = 'GB_TOO_MANY_REQUESTS',
  ) {
    super(code, message);
  }
}

/** A customer's quota is used up until `resetAt` (answered 429 with Retry-After). */
export class QuotaExceeded extends TooManyRequests {
  constructor(
    readonly quota: string,
    readonly limit: number,
    readonly resetAt: number,
  ) {
    super(
      `the ${quota} quota (${limit}) is used up until ${new Date(resetAt).toISOString()}`,
      Math.max(1_000, resetAt - Date.now()),
      'GB_QUOTA_EXCEEDED',
    );
  }
}

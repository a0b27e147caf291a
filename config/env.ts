import { z } from 'zod';
import { ConfigError } from '../core/index.js';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every environment variable the gateway reads, with its default. docs/configuration.md lists the same. */
export const EnvSchema = z.object({
  GB_HOST: z.string().min(1).default('127.0.0.1'),
  GB_PORT: int(0, 65_535).default(4242),
  /** The address users and channels reach the gateway at; used in stream URLs and signature checks. */
  GB_PUBLIC_URL: z.string().url().optional(),
  GB_DATA_DIR: z.string().min(1).default('./data'),
  GB_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  AMQP_URL: z
    .string()
    .regex(/^amqps?:\/\//, 'must be an amqp:// or amqps:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  /** 32 bytes, as 64 hex digits or base64; generated into the data directory when absent. */
  GB_SECRET_KEY: z.string().optional(),
  /**
   * After GB_SECRET_KEY changes: the keys it replaced (comma-separated), so what they sealed still
   * opens while the gateway seals it again; remove them once `gb data-keys status` says done.
   */
  GB_PREVIOUS_SECRET_KEYS: z.string().optional(),
  /** Bearer token for the operator API (/api/...); the API is closed when absent. */
  GB_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  GB_QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_.-]*$/i)
    .default('gb'),
  GB_INBOUND_SHARDS: int(1, 256).default(8),
  GB_ROUTER_PREFETCH: int(1, 10_000).default(64),
  GB_WORKER_PREFETCH: int(1, 10_000).default(64),
  GB_MAX_ATTEMPTS: int(1, 100).default(8),
  /** The first wait before a paused channel (refused credentials, repeated 5xx) is tried again; it doubles to 10 minutes. */
  GB_CIRCUIT_PROBE_MS: int(10, 600_000).default(5_000),
  GB_SHUTDOWN_TIMEOUT_MS: int(100, 600_000).default(10_000),
  /** Web chat conversations one client address may start a minute (a site's backend, with the secret, is not counted). */
  GB_WEBCHAT_CONVERSATIONS_PER_MINUTE: int(1, 1_000_000).default(60),
  /** Web chat messages one client address may send a second (bursts of three times this). */
  GB_WEBCHAT_MESSAGES_PER_SECOND: int(1, 1_000_000).default(20),
  /** The web chat transcript an instance may keep, in MiB: past it, new conversations and messages are refused (507). */
  GB_WEBCHAT_STORAGE_MB: z.coerce.number().positive().default(1024),
  /**
   * Sites whose pages may call the Direct Line endpoints from the browser (Web Chat embedded on
   * another origin): comma-separated origins, or * for any. Empty: only the gateway's own page.
   */
  GB_WEBCHAT_ORIGINS: z.string().default(''),
  /** A request must arrive whole within this (a client trickling a body is cut off). */
  GB_REQUEST_TIMEOUT_MS: int(1_000, 600_000).default(30_000),
  GB_PUBLISH_TIMEOUT_MS: int(100, 60_000).default(5_000),
  /** Undelivered message bodies the embedded broker holds at most, in MiB; past that publishing fails fast (503). */
  GB_QUEUE_MAX_MB: int(1, 65_536).default(256),
});

export type Env = Readonly<z.infer<typeof EnvSchema>>;

/** Validates the environment once; a bad value fails with the variable's name. The result is frozen. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const relevant: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const value = source[key];
    if (value !== undefined && value !== '') relevant[key] = value;
  }
  const parsed = EnvSchema.safeParse(relevant);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join('; ')}`);
  }
  return Object.freeze(parsed.data);
}

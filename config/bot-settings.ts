import { z } from 'zod';
import { ConfigError, isSecretName } from '../core/index.js';
import { httpUrl, type SettingLookup } from './channel-settings.js';

/** How long a dialog waits for an integration (CRM, payments, mail, X) before telling the user it failed. */
const INTEGRATION_TIMEOUT_MS = 10_000;

export interface SmtpConfig {
  host: string;
  port: number;
  user: string | undefined;
  password: string | undefined;
  from: string;
  timeoutMs: number;
}
export interface SendGridConfig {
  apiKey: string;
  baseUrl: string;
  from: string;
  timeoutMs: number;
}
export interface HubSpotConfig {
  accessToken: string;
  baseUrl: string;
  timeoutMs: number;
}
export interface StripeConfig {
  secretKey: string;
  baseUrl: string;
  currency: string;
  successUrl: string;
  timeoutMs: number;
}
export interface TwitterConfig {
  accessToken: string;
  baseUrl: string;
  timeoutMs: number;
}

/** An instance's LLM, with its key ("none" for an endpoint that needs none). */
export interface LlmSettings {
  mode: 'direct' | 'grounded' | 'router';
  url: string;
  model: string;
  embeddingsModel: string | undefined;
  timeoutMs: number;
  memoryTurns: number;
  apiKey: string;
}

/**
 * The knowledge base matched by meaning too: an OpenAI-compatible embeddings endpoint (the LLM's,
 * or a local model server's), with or without an LLM mode.
 */
export interface EmbeddingsSettings {
  url: string;
  model: string;
  apiKey: string;
  timeoutMs: number;
  /** The similarity at or below which a question is unrelated, for this model. */
  floor: number;
}

export interface HumanAgent {
  channel: string;
  address: string;
}

/** A bot's settings from `.gbot/config.csv`, parsed once, frozen, secrets decrypted. */
export interface BotSettings {
  readonly title: string | undefined;
  /** Minimum confidence for a knowledge-base answer (0 to 1). */
  readonly nlpScore: number;
  readonly notFoundMessage: string;
  readonly language: string;
  readonly greeting: string | undefined;
  /** The word or command that shows the subjects menu ("menu" or "/menu"). */
  readonly menuCommand: string;
  /** The word or command that lists frequent questions. */
  readonly faqCommand: string;
  /** The word that asks for a person. */
  readonly humanCommand: string;
  /** The word that ends a conversation with a person, said by either side. */
  readonly quitWord: string;
  /** The people a conversation can be handed to. */
  readonly humanAgents: readonly HumanAgent[];
  /** The dialog a new conversation starts with. */
  readonly startDialog: string | undefined;
  /** Hosts dialogs may reach with GET, POST and PUT. */
  readonly dialogHttpHosts: readonly string[];
  /** Where SEND FILE finds a file named without a URL, ending in a slash. */
  readonly filesUrl: string | undefined;
  readonly smtp: SmtpConfig | undefined;
  readonly sendGrid: SendGridConfig | undefined;
  readonly hubSpot: HubSpotConfig | undefined;
  readonly stripe: StripeConfig | undefined;
  readonly twitter: TwitterConfig | undefined;
  readonly llm: LlmSettings | undefined;
  readonly embeddings: EmbeddingsSettings | undefined;
  /** The instance's own operator token: the debugger and operator API for this bot only. */
  readonly operatorToken: string | undefined;
  /** The web chat's secret: with it set, a Direct Line client needs it or a token it issued. */
  readonly webChatSecret: string | undefined;
  /** One-time verification codes: how they are made, sent and checked. */
  readonly verification: VerificationSettings;
  /** A setting that is not a secret, by name (any case): what a dialog's GET CONFIG reads. */
  get(name: string): string | undefined;
}

export interface VerificationSettings {
  /** The channels a code is tried on, in order: the next one when a send fails or is not delivered. */
  readonly channels: readonly string[];
  /** The WhatsApp authentication template (category AUTHENTICATION, a copy-code or one-tap button). */
  readonly template: string;
  readonly templateLanguage: string;
  /** The text of a code on other channels: `{code}` and `{minutes}` are filled in. */
  readonly text: string;
  readonly digits: number;
  readonly ttlMs: number;
  readonly maxChecks: number;
  /** How long a channel has to report the code delivered before the next channel is tried. */
  readonly deliveryTimeoutMs: number;
  readonly sendsPerHour: number;
  readonly checksPerMinute: number;
  /** What one caller (the API, Zitadel, dialogs) of an instance may start and check, in all. */
  readonly callerSendsPerHour: number;
  readonly callerChecksPerMinute: number;
  readonly resendAfterMs: number;
  /** The signing key Zitadel gave its HTTP SMS provider: set, the instance takes Zitadel's codes. */
  readonly zitadelSigningKey: string | undefined;
}

const text = z.string().trim().min(1);
const lower = text.transform((v) => v.toLowerCase());
/** config.csv numbers may use a decimal comma. */
const decimal = z
  .string()
  .trim()
  .transform((v) => Number(v.replace(',', '.')))
  .pipe(z.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be a number'));

const BotSettingsSchema = z
  .object({
    'Bot Name': text.optional(),
    Title: text.optional(),
    // Calibrated on the tuning split of bench/answers (npm run eval:answers): see docs/benchmarks.md.
    'NLP Score': decimal
      .pipe(z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'))
      .default(0.4),
    'Not Found Message': text.default("Sorry, I don't know the answer to that yet."),
    Language: text.transform((v) => v.slice(0, 2).toLowerCase()).default('en'),
    'Greeting Message': text.optional(),
    'Menu Command': lower.default('menu'),
    'FAQ Command': lower.default('faq'),
    'Human Command': lower.default('human'),
    'Quit Word': lower.default('quit'),
    'Human Agents': text.optional(),
    'Start Dialog': text.transform((v) => v.replace(/\.bas$/i, '')).optional(),
    'Dialog HTTP Hosts': text.optional(),
    'Files URL': httpUrl.transform((url) => `${url}/`).optional(),
    'SMTP Host': text.optional(),
    'SMTP Port': decimal.pipe(z.number().int().min(1).max(65_535)).default(587),
    'SMTP User': text.optional(),
    'SMTP Password': text.optional(),
    'Mail From': text.optional(),
    'SendGrid Key': text.optional(),
    'SendGrid URL': httpUrl.default('https://api.sendgrid.com'),
    'HubSpot Token': text.optional(),
    'HubSpot URL': httpUrl.default('https://api.hubapi.com'),
    'Stripe Key': text.optional(),
    'Stripe URL': httpUrl.default('https://api.stripe.com'),
    'Payment Currency': lower
      .pipe(z.string().regex(/^[a-z]{3}$/, 'must be a three-letter ISO 4217 code'))
      .default('usd'),
    'Payment Success URL': z
      .string()
      .trim()
      .regex(/^https?:\/\//, 'must be an http(s) URL')
      .optional(),
    'Twitter Token': text.optional(),
    'Twitter URL': httpUrl.default('https://api.x.com'),
    'LLM Mode': z
      .enum(['none', 'direct', 'grounded', 'router'], { error: 'must be none, direct, grounded or router' })
      .default('none'),
    'LLM URL': httpUrl.optional(),
    'LLM Model': text.default('gpt-4o-mini'),
    'LLM Embeddings Model': text.optional(),
    'LLM Embeddings Floor': decimal.pipe(z.number().min(0).max(0.99)).default(0.5),
    'LLM API Key': text.optional(),
    'LLM Timeout': decimal.pipe(z.number().positive()).default(15_000),
    'LLM Memory': decimal.pipe(z.number().min(1)).transform(Math.floor).default(10),
    'Operator Token': text.optional(),
    'Web Chat Secret': text.optional(),
    'Verification Channels': lower.transform((v) => v.split(/[,;\s]+/).filter(Boolean)).default(['whatsapp', 'sms']),
    'Verification Template': text.default('verification_code'),
    'Verification Template Language': text.default('en_US'),
    'Verification Text': text
      .refine((v) => v.includes('{code}'), 'must contain {code}')
      .default('Your verification code is {code}. It expires in {minutes} minutes.'),
    'Verification Digits': decimal.pipe(z.number().int().min(4).max(10)).default(6),
    'Verification Minutes': decimal.pipe(z.number().positive().max(60)).default(5),
    'Verification Checks': decimal.pipe(z.number().int().min(1).max(20)).default(5),
    'Verification Delivery Seconds': decimal.pipe(z.number().positive()).default(30),
    'Verification Sends Per Hour': decimal.pipe(z.number().int().min(1)).default(5),
    'Verification Checks Per Minute': decimal.pipe(z.number().int().min(1)).default(10),
    'Verification Caller Sends Per Hour': decimal.pipe(z.number().int().min(1)).default(1000),
    'Verification Caller Checks Per Minute': decimal.pipe(z.number().int().min(1)).default(600),
    'Verification Resend Seconds': decimal.pipe(z.number().min(0)).default(30),
    'Zitadel Signing Key': text.optional(),
  })
  .superRefine((s, context) => {
    const needs = (setting: string, message: string) => context.addIssue({ code: 'custom', path: [setting], message });
    if (s['SMTP Host'] && !s['Mail From']) needs('Mail From', 'is needed with "SMTP Host"');
    if (s['SendGrid Key'] && !s['Mail From']) needs('Mail From', 'is needed with "SendGrid Key"');
    if (s['Stripe Key'] && !s['Payment Success URL']) {
      needs('Payment Success URL', '(the page shown after paying) is needed with "Stripe Key"');
    }
    if (s['LLM Mode'] !== 'none' && !s['LLM URL']) {
      needs('LLM URL', 'must be the http(s) base URL of an OpenAI-compatible API');
    }
  });

type Parsed = z.output<typeof BotSettingsSchema>;

/** The settings the schema knows, with their canonical names. */
const KNOWN = Object.keys(BotSettingsSchema.shape);

/** Whether a `config.csv` setting is one of the bot's own (not only a channel's). */
export function isBotSetting(name: string): boolean {
  return KNOWN.some((known) => known.toLowerCase() === name.toLowerCase());
}

function humanAgents(raw: string | undefined, channels: readonly string[], where: string): HumanAgent[] {
  if (!raw) return [];
  return raw
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const at = item.indexOf(':');
      const channel = item.slice(0, at).toLowerCase();
      const address = item.slice(at + 1).trim();
      if (at <= 0 || address === '' || !channels.includes(channel)) {
        throw new ConfigError(
          `${where}: setting "Human Agents": "${item}" must be channel:address, with channel ${channels.join(', ')}`,
        );
      }
      return { channel, address };
    });
}

function integrations(s: Parsed) {
  const timeoutMs = INTEGRATION_TIMEOUT_MS;
  const from = s['Mail From'] ?? '';
  return {
    smtp: s['SMTP Host']
      ? {
          host: s['SMTP Host'],
          port: s['SMTP Port'],
          user: s['SMTP User'],
          password: s['SMTP Password'],
          from,
          timeoutMs,
        }
      : undefined,
    sendGrid: s['SendGrid Key']
      ? { apiKey: s['SendGrid Key'], baseUrl: s['SendGrid URL'], from, timeoutMs }
      : undefined,
    hubSpot: s['HubSpot Token'] ? { accessToken: s['HubSpot Token'], baseUrl: s['HubSpot URL'], timeoutMs } : undefined,
    stripe: s['Stripe Key']
      ? {
          secretKey: s['Stripe Key'],
          baseUrl: s['Stripe URL'],
          currency: s['Payment Currency'],
          successUrl: s['Payment Success URL'] ?? '',
          timeoutMs,
        }
      : undefined,
    twitter: s['Twitter Token'] ? { accessToken: s['Twitter Token'], baseUrl: s['Twitter URL'], timeoutMs } : undefined,
  };
}

/**
 * Parses a bot's settings once: at deploy (from config.csv) and when an instance is loaded (from
 * the store, secrets decrypted by the caller). Errors name the setting and `where` (the file).
 * `agentChannels` are the channels a person can be reached on, from the channel registry.
 */
export function parseBotSettings(lookup: SettingLookup, where: string, agentChannels: readonly string[]): BotSettings {
  const input = Object.fromEntries(
    KNOWN.flatMap((name) => (lookup(name) === undefined ? [] : [[name, lookup(name)!]])),
  );
  const parsed = BotSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `setting "${String(issue.path[0] ?? '')}" ${issue.message}`);
    throw new ConfigError(`${where}: ${problems.join('; ')}`);
  }
  const s = parsed.data;
  const llm: LlmSettings | undefined =
    s['LLM Mode'] === 'none'
      ? undefined
      : {
          mode: s['LLM Mode'],
          url: s['LLM URL']!,
          model: s['LLM Model'],
          embeddingsModel: s['LLM Embeddings Model'],
          timeoutMs: s['LLM Timeout'],
          memoryTurns: s['LLM Memory'],
          apiKey: s['LLM API Key'] ?? 'none',
        };
  const embeddings: EmbeddingsSettings | undefined =
    s['LLM URL'] && s['LLM Embeddings Model']
      ? {
          url: s['LLM URL'],
          model: s['LLM Embeddings Model'],
          apiKey: s['LLM API Key'] ?? 'none',
          timeoutMs: s['LLM Timeout'],
          floor: s['LLM Embeddings Floor'],
        }
      : undefined;
  return Object.freeze({
    title: s['Bot Name'] ?? s.Title,
    nlpScore: s['NLP Score'],
    notFoundMessage: s['Not Found Message'],
    language: s.Language,
    greeting: s['Greeting Message'],
    menuCommand: s['Menu Command'],
    faqCommand: s['FAQ Command'],
    humanCommand: s['Human Command'],
    quitWord: s['Quit Word'],
    humanAgents: Object.freeze(humanAgents(s['Human Agents'], agentChannels, where)),
    startDialog: s['Start Dialog'],
    dialogHttpHosts: Object.freeze(
      (s['Dialog HTTP Hosts'] ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
    filesUrl: s['Files URL'],
    ...integrations(s),
    llm,
    embeddings,
    operatorToken: s['Operator Token'],
    webChatSecret: s['Web Chat Secret'],
    verification: Object.freeze({
      channels: Object.freeze(s['Verification Channels']),
      template: s['Verification Template'],
      templateLanguage: s['Verification Template Language'],
      text: s['Verification Text'],
      digits: s['Verification Digits'],
      ttlMs: s['Verification Minutes'] * 60_000,
      maxChecks: s['Verification Checks'],
      deliveryTimeoutMs: s['Verification Delivery Seconds'] * 1000,
      sendsPerHour: s['Verification Sends Per Hour'],
      checksPerMinute: s['Verification Checks Per Minute'],
      callerSendsPerHour: s['Verification Caller Sends Per Hour'],
      callerChecksPerMinute: s['Verification Caller Checks Per Minute'],
      resendAfterMs: s['Verification Resend Seconds'] * 1000,
      zitadelSigningKey: s['Zitadel Signing Key'],
    }),
    get: (name: string) => (isSecretName(name) ? undefined : lookup(name)),
  });
}

/** Case-insensitive lookup over setting rows; an empty value is no value. */
export function settingLookup(rows: Iterable<{ name: string; value: string }>): SettingLookup {
  const values = new Map<string, string>();
  for (const row of rows) values.set(row.name.trim().toLowerCase(), row.value);
  return (name) => {
    const value = values.get(name.toLowerCase())?.trim();
    return value === '' ? undefined : value;
  };
}

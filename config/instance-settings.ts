import { parse } from 'csv-parse/sync';
import { ConfigError, isSecretName } from '../core/index.js';

export interface SettingRow {
  name: string;
  value: string;
}

export function isSecretSetting(name: string): boolean {
  return isSecretName(name);
}

/** Parses a General Bots `.gbot/config.csv`: a `name,value` header, then one setting a row. */
export function parseConfigCsv(text: string, file = 'config.csv'): SettingRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    throw new ConfigError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const [header, ...rows] = records;
  if (!header || header[0]?.toLowerCase() !== 'name' || header[1]?.toLowerCase() !== 'value') {
    throw new ConfigError(`${file}: the first row must be the header "name,value"`);
  }
  const seen = new Set<string>();
  const settings: SettingRow[] = [];
  rows.forEach((row, index) => {
    const name = row[0]?.trim() ?? '';
    if (name === '') throw new ConfigError(`${file}:${index + 2}: a setting has no name`);
    const key = name.toLowerCase();
    if (seen.has(key)) throw new ConfigError(`${file}:${index + 2}: "${name}" is set twice`);
    seen.add(key);
    settings.push({ name, value: row.slice(1).join(',').trim() });
  });
  return settings;
}

/** How long a dialog waits for an integration (CRM, payments, mail, X) before telling the user it failed. */
const INTEGRATION_TIMEOUT_MS = 10_000;

export type AnswerMode = 'none' | 'direct' | 'grounded';

/** An instance's LLM settings, without the key (a secret the caller decrypts). */
export interface LlmConfig {
  mode: Exclude<AnswerMode, 'none'>;
  url: string;
  model: string;
  embeddingsModel: string | undefined;
  timeoutMs: number;
  memoryTurns: number;
}

/** An instance's settings, looked up case-insensitively, with the typed accessors the router uses. */
export class InstanceSettings {
  readonly #values: ReadonlyMap<string, string>;

  /** `secretOf` reads a secret setting (decrypted) by name, for the settings that need one. */
  constructor(rows: Iterable<SettingRow>, private readonly secretOf: (name: string) => string | undefined = () => undefined) {
    const values = new Map<string, string>();
    for (const row of rows) values.set(row.name.trim().toLowerCase(), row.value);
    this.#values = values;
  }

  get(name: string): string | undefined {
    const value = this.#values.get(name.toLowerCase());
    return value === '' ? undefined : value;
  }

  number(name: string, fallback: number): number {
    const raw = this.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw.replace(',', '.'));
    if (!Number.isFinite(value)) throw new ConfigError(`Setting "${name}" must be a number, got "${raw}"`);
    return value;
  }

  /** Minimum NLP score for a knowledge-base answer (0 to 1). */
  get nlpScore(): number {
    const score = this.number('NLP Score', 0.5);
    if (score < 0 || score > 1) throw new ConfigError(`Setting "NLP Score" must be between 0 and 1, got ${score}`);
    return score;
  }

  get notFoundMessage(): string {
    return this.get('Not Found Message') ?? "Sorry, I don't know the answer to that yet.";
  }

  get language(): string {
    return (this.get('Language') ?? 'en').slice(0, 2).toLowerCase();
  }

  get title(): string | undefined {
    return this.get('Bot Name') ?? this.get('Title');
  }

  /** The word or command that shows the subjects menu ("menu" or "/menu"). */
  get menuCommand(): string {
    return (this.get('Menu Command') ?? 'menu').toLowerCase();
  }

  /** The word or command that lists frequent questions. */
  get faqCommand(): string {
    return (this.get('FAQ Command') ?? 'faq').toLowerCase();
  }

  /** SMTP for SEND MAIL: "SMTP Host", "SMTP Port" (587), "SMTP User", "SMTP Password", "Mail From". */
  get smtp(): { host: string; port: number; user: string | undefined; password: string | undefined; from: string; timeoutMs: number } | undefined {
    const host = this.get('SMTP Host');
    if (!host) return undefined;
    const from = this.get('Mail From');
    if (!from) throw new ConfigError('Setting "Mail From" is needed with "SMTP Host"');
    return { host, port: this.number('SMTP Port', 587), user: this.get('SMTP User'), password: this.secretOf('SMTP Password'), from, timeoutMs: INTEGRATION_TIMEOUT_MS };
  }

  /** SendGrid for SEND MAIL ("SendGrid Key", "SendGrid URL", "Mail From"); preferred over SMTP when both are set. */
  get sendGrid(): { apiKey: string; baseUrl: string; from: string; timeoutMs: number } | undefined {
    const secret = this.#secret('SendGrid Key');
    if (secret === undefined) return undefined;
    const from = this.get('Mail From');
    if (!from) throw new ConfigError('Setting "Mail From" is needed with "SendGrid Key"');
    return { apiKey: secret, baseUrl: this.#url('SendGrid URL', 'https://api.sendgrid.com'), from, timeoutMs: INTEGRATION_TIMEOUT_MS };
  }

  /** HubSpot for the CRM keywords: a private app's "HubSpot Token", and "HubSpot URL" for another endpoint. */
  get hubSpot(): { accessToken: string; baseUrl: string; timeoutMs: number } | undefined {
    const secret = this.#secret('HubSpot Token');
    if (secret === undefined) return undefined;
    return { accessToken: secret, baseUrl: this.#url('HubSpot URL', 'https://api.hubapi.com'), timeoutMs: INTEGRATION_TIMEOUT_MS };
  }

  /** Stripe for PAY: "Stripe Key", "Payment Currency" (usd), "Payment Success URL", and "Stripe URL". */
  get stripe(): { secretKey: string; baseUrl: string; currency: string; successUrl: string; timeoutMs: number } | undefined {
    const secret = this.#secret('Stripe Key');
    if (secret === undefined) return undefined;
    const currency = (this.get('Payment Currency') ?? 'usd').toLowerCase();
    if (!/^[a-z]{3}$/.test(currency)) throw new ConfigError(`Setting "Payment Currency" must be a three-letter ISO 4217 code, got "${currency}"`);
    const successUrl = this.get('Payment Success URL');
    if (!successUrl || !/^https?:\/\//.test(successUrl)) throw new ConfigError('Setting "Payment Success URL" (the page shown after paying) is needed with "Stripe Key"');
    return { secretKey: secret, baseUrl: this.#url('Stripe URL', 'https://api.stripe.com'), currency, successUrl, timeoutMs: INTEGRATION_TIMEOUT_MS };
  }

  /** X (Twitter) for TWEET: an OAuth 2.0 user "Twitter Token" with tweet.write, and "Twitter URL". */
  get twitter(): { accessToken: string; baseUrl: string; timeoutMs: number } | undefined {
    const secret = this.#secret('Twitter Token');
    if (secret === undefined) return undefined;
    return { accessToken: secret, baseUrl: this.#url('Twitter URL', 'https://api.x.com'), timeoutMs: INTEGRATION_TIMEOUT_MS };
  }

  /** Where SEND FILE finds a file named without a URL ("Files URL": a folder on a web server or bucket). */
  get filesUrl(): string | undefined {
    return this.get('Files URL') === undefined ? undefined : this.#url('Files URL', '').replace(/\/?$/, '/');
  }

  /** The instance's own operator token ("Operator Token"): the debugger and operator API for this bot only. */
  get operatorToken(): string | undefined {
    return this.#secret('Operator Token');
  }

  /** A secret setting: decrypted when it comes from the store, as written in config.csv at deploy. */
  #secret(name: string): string | undefined {
    const value = this.secretOf(name) ?? this.get(name);
    return value === '' ? undefined : value;
  }

  #url(name: string, fallback: string): string {
    const url = this.get(name) ?? fallback;
    if (!/^https?:\/\/[^\s]+$/.test(url)) throw new ConfigError(`Setting "${name}" must be an http(s) URL, got "${url}"`);
    return url.replace(/\/+$/, '');
  }

  /** Hosts dialogs may reach with GET, POST and PUT ("Dialog HTTP Hosts", comma-separated). */
  get dialogHttpHosts(): string[] {
    return (this.get('Dialog HTTP Hosts') ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  }

  /** The dialog a new conversation starts with. */
  get startDialog(): string | undefined {
    return this.get('Start Dialog')?.replace(/\.bas$/i, '');
  }

  /** The word that asks for a person. */
  get humanCommand(): string {
    return (this.get('Human Command') ?? 'human').toLowerCase();
  }

  /** The word that ends a conversation with a person, said by either side. */
  get quitWord(): string {
    return (this.get('Quit Word') ?? 'quit').toLowerCase();
  }

  /** The people a conversation can be handed to: `channel:address`, comma-separated, in "Human Agents". */
  get humanAgents(): Array<{ channel: string; address: string }> {
    const raw = this.get('Human Agents');
    if (!raw) return [];
    return raw.split(/[,;]/).map((item) => item.trim()).filter(Boolean).map((item) => {
      const at = item.indexOf(':');
      const channel = item.slice(0, at).toLowerCase();
      const address = item.slice(at + 1).trim();
      if (at <= 0 || address === '' || !['whatsapp', 'telegram', 'sms'].includes(channel)) {
        throw new ConfigError(`Setting "Human Agents": "${item}" must be channel:address, with channel whatsapp, telegram or sms`);
      }
      return { channel, address };
    });
  }

  get greeting(): string | undefined {
    return this.get('Greeting Message');
  }

  /** The LLM settings with the API key ("LLM API Key"; an endpoint that needs no key gets "none"). */
  get llmSettings(): (LlmConfig & { apiKey: string }) | undefined {
    const llm = this.llm;
    return llm && { ...llm, apiKey: this.secretOf('LLM API Key') ?? 'none' };
  }

  /** The LLM the instance answers with when the knowledge base has nothing; undefined for none. */
  get llm(): LlmConfig | undefined {
    const mode = (this.get('LLM Mode') ?? 'none').toLowerCase();
    if (mode === 'none') return undefined;
    if (mode !== 'direct' && mode !== 'grounded') throw new ConfigError(`Setting "LLM Mode" must be none, direct or grounded, got "${mode}"`);
    const url = this.get('LLM URL');
    if (!url || !/^https?:\/\//.test(url)) throw new ConfigError('Setting "LLM URL" must be the http(s) base URL of an OpenAI-compatible API');
    return {
      mode,
      url: url.replace(/\/+$/, ''),
      model: this.get('LLM Model') ?? 'gpt-4o-mini',
      embeddingsModel: this.get('LLM Embeddings Model'),
      timeoutMs: this.number('LLM Timeout', 15_000),
      memoryTurns: Math.max(1, Math.floor(this.number('LLM Memory', 10))),
    };
  }
}

import {
  GatewayError,
  callApi,
  errorMessage,
  isSecretName,
  parseJson,
  type ChannelName,
  type InboundMessage,
} from '../core/index.js';
import { IntegrationError, type BotIntegrations } from '../integrations/index.js';
import { isEffect, type Effect, type Value } from '../keywords/index.js';
import type { Store } from '../store/index.js';
import { HumanHandoff, type AddressedReply, type HandoffSettings } from './handoff.js';

export type { BotIntegrations };

/** What a dialog's keywords may read of the instance. */
export interface DialogHostSettings extends HandoffSettings {
  get(name: string): string | undefined;
  readonly dialogHttpHosts: readonly string[];
  readonly filesUrl: string | undefined;
}

/** The conversation an effect runs in. */
export interface EffectContext {
  instanceId: string;
  settings: DialogHostSettings;
  /** The bot's integration clients, built when its settings were loaded. */
  integrations: BotIntegrations;
  message: InboundMessage;
  /** Unique to this effect in this dialog run: integrations that create things use it against doubles. */
  effectKey: string;
  /** Whether the script keeps the result (`x = PAY ...`) rather than leaving it to the keyword. */
  wantsValue: boolean;
}

export interface EffectOutcome {
  value: Value;
  replies: AddressedReply[];
  /** The dialog ends here (TRANSFER handed the conversation to a person). */
  ends?: boolean;
}

/**
 * One-time codes for dialogs (SEND CODE TO, CHECK CODE): the gateway's verification service.
 * `send` is keyed by the effect, so a dialog run again after a crash does not send a second code.
 */
export interface CodeVerifier {
  send(instanceId: string, to: string, key: string): Promise<string>;
  /**
   * `verified`, `wrong`, `expired`, `locked` (no checks left) or `used`. The message the code
   * came in is redacted in the transcript: a code is kept nowhere in clear.
   */
  check(
    instanceId: string,
    id: string,
    code: string,
    cameIn: { channel: string; channelMessageId: string },
  ): Promise<{ result: string; checksLeft: number }>;
}

/** Where SEND CODE TO keeps the verification CHECK CODE reads, when the script keeps no id. */
const LAST_CODE_PARAM = 'gb.verification';

/** A keyword that could not do its work: the dialog tells the user and ends. */
export class EffectError extends Error {}

const HTTP_TIMEOUT_MS = 10_000;
const FIND_LIMIT = 100;
const MAX_RESPONSE = 65_536;
const CRM_LIMIT = 20;

/** Which integration each keyword needs, for the message when it is not configured. */
const INTEGRATIONS = {
  'SEND MAIL': 'mail (set "SendGrid Key", or "SMTP Host", with "Mail From")',
  'SEND FILE': 'file storage (set "Files URL", or give the file as an http(s) URL)',
  'SEND FILE TO': 'file storage (set "Files URL", or give the file as an http(s) URL)',
  'CREATE DEAL': 'CRM (set "HubSpot Token")',
  'CREATE LEAD': 'CRM (set "HubSpot Token")',
  'FIND CONTACT': 'CRM (set "HubSpot Token")',
  'ACTIVE TASKS': 'CRM (set "HubSpot Token")',
  PAY: 'payments (set "Stripe Key" and "Payment Success URL")',
  'SEND CODE TO': 'verification codes (WhatsApp or SMS on the instance)',
  'CHECK CODE': 'verification codes (WhatsApp or SMS on the instance)',
  TWEET: 'X/Twitter (set "Twitter Token")',
} as const satisfies Partial<Record<Effect, string>>;

const MIME_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  mp4: 'video/mp4',
  txt: 'text/plain',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

type Handler = (args: Args, context: EffectContext) => Promise<EffectOutcome>;

/** A keyword's arguments, read as text where the keyword wants text. */
class Args {
  constructor(readonly values: Value[]) {}

  text(i: number): string {
    const value = this.values[i];
    return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  }

  get length(): number {
    return this.values.length;
  }
}

const value = (v: Value): EffectOutcome => ({ value: v, replies: [] });

/**
 * Performs the keywords that reach outside a dialog: HTTP to the instance's allowed hosts (with a
 * deadline), rows and per-person parameters in the store, the instance's settings, messages to
 * other people, and the integrations (mail, CRM, payments, X). A dialog reaches nothing else.
 */
export class DialogHost {
  readonly #handoff: HumanHandoff;
  /** Every effect has a handler: the compiler checks this record against the EFFECTS list. */
  readonly #handlers: Record<Effect, Handler>;

  constructor(
    private readonly store: Pick<Store, 'dialogs' | 'handoffs'>,
    /** The channels a dialog may address (`channel:address`), from the channel registry. */
    private readonly channels: readonly ChannelName[],
    private readonly codes?: CodeVerifier,
  ) {
    this.#handoff = new HumanHandoff(store.handoffs);
    this.#handlers = this.#createHandlers();
  }

  async perform(effect: string, args: Value[], context: EffectContext): Promise<EffectOutcome> {
    // A state saved by an older version may name an effect this one no longer has.
    if (!isEffect(effect)) throw new EffectError(`${effect} is not a keyword this gateway knows.`);
    try {
      return await this.#handlers[effect](new Args(args), context);
    } catch (err) {
      if (err instanceof IntegrationError) throw new EffectError(`${effect} failed: ${err.message}.`);
      // A refusal the gateway explains (no channel for codes, too many codes): the dialog says it.
      if (err instanceof GatewayError && err.code !== 'GB_BROKER_UNAVAILABLE')
        throw new EffectError(`${effect} failed: ${err.message}.`);
      throw err;
    }
  }

  #createHandlers(): Record<Effect, Handler> {
    const user = (message: InboundMessage) => ({ channel: message.channel, address: message.from.id });
    const http: Handler = async (args, { settings }) => value(await this.#http('GET', args, settings.dialogHttpHosts));
    return {
      // Secrets stay sealed: a dialog cannot read a key or a token.
      'GET CONFIG': async (args, { settings }) =>
        value(isSecretName(args.text(0)) ? null : (settings.get(args.text(0)) ?? null)),
      'SET PARAM': async (args, { instanceId, message }) => {
        if (args.text(0) === '') throw new EffectError('SET PARAM needs a name.');
        await this.store.dialogs.setParam(instanceId, user(message), args.text(0), args.values[1] ?? null);
        return value(null);
      },
      'SEND CODE TO': async (args, { instanceId, message, effectKey }) => {
        const codes = this.codes ?? notConfigured('SEND CODE TO');
        const to = args.text(0).replace(/[\s().-]/g, '');
        if (!/^\+?[1-9]\d{6,14}$/.test(to))
          throw new EffectError(
            `SEND CODE TO needs a phone number with its country code, not "${args.text(0).slice(0, 40)}".`,
          );
        const id = await codes.send(instanceId, to.startsWith('+') ? to : `+${to}`, effectKey);
        await this.store.dialogs.setParam(instanceId, user(message), LAST_CODE_PARAM, id);
        return value(id);
      },
      'CHECK CODE': async (args, { instanceId, message }) => {
        const codes = this.codes ?? notConfigured('CHECK CODE');
        const [id, code] =
          args.length >= 2
            ? [args.text(0), args.text(1)]
            : [
                String((await this.store.dialogs.getParam(instanceId, user(message), LAST_CODE_PARAM)) ?? ''),
                args.text(0),
              ];
        if (id === '') throw new EffectError('CHECK CODE comes after SEND CODE TO.');
        return value((await codes.check(instanceId, id, code.replace(/\s/g, ''), message)).result);
      },
      'GET PARAM': async (args, { instanceId, message }) =>
        value(
          ((await this.store.dialogs.getParam(instanceId, user(message), args.text(0))) as Value | undefined) ?? null,
        ),
      GET: http,
      POST: async (args, { settings }) => value(await this.#http('POST', args, settings.dialogHttpHosts)),
      PUT: async (args, { settings }) => value(await this.#http('PUT', args, settings.dialogHttpHosts)),
      SAVE: async (args, { instanceId }) => {
        if (args.length < 2) throw new EffectError('SAVE needs a table name and values');
        await this.store.dialogs.saveRow(instanceId, args.text(0), args.values.slice(1));
        return value(null);
      },
      FIND: async (args, { instanceId }) =>
        value(
          (await this.store.dialogs.findRows(
            instanceId,
            args.text(0),
            args.values[1] === undefined ? undefined : args.text(1),
            FIND_LIMIT,
          )) as Value,
        ),
      DELETE: async (args, { instanceId }) =>
        value(await this.store.dialogs.deleteRows(instanceId, args.text(0), args.text(1))),
      'TALK TO': async (args) => {
        if (args.text(1).trim() === '') throw new EffectError('TALK TO needs something to say.');
        return {
          value: null,
          replies: [{ kind: 'text', text: args.text(1), target: this.#target('TALK TO', args.text(0)) }],
        };
      },
      'SEND SMS TO': async (args) => {
        if (args.text(1).trim() === '') throw new EffectError('SEND SMS TO needs something to say.');
        const target = this.#target('SEND SMS TO', `sms:${args.text(0)}`);
        return { value: null, replies: [{ kind: 'text', text: args.text(1), target }] };
      },
      'SEND TEMPLATE TO': async (args) => {
        const target = this.#target('SEND TEMPLATE TO', args.text(0));
        if (args.text(1) === '' || args.text(2).length < 2) {
          throw new EffectError(
            'SEND TEMPLATE TO needs an address, the template name and its language (pt_BR, en_US...).',
          );
        }
        const parameters = args.values.slice(3).map((_, i) => args.text(i + 3));
        return {
          value: null,
          replies: [{ kind: 'template', template: args.text(1), language: args.text(2), parameters, target }],
        };
      },
      'SEND FILE': async (args, { settings }) => {
        const media = this.#file(args.text(0), args.text(1), settings.filesUrl) ?? notConfigured('SEND FILE');
        return { value: null, replies: [{ kind: 'media', media }] };
      },
      'SEND FILE TO': async (args, { settings }) => {
        const media = this.#file(args.text(1), args.text(2), settings.filesUrl) ?? notConfigured('SEND FILE TO');
        return { value: null, replies: [{ kind: 'media', media, target: this.#target('SEND FILE TO', args.text(0)) }] };
      },
      'SEND MAIL': async (args, { integrations }) => {
        const mail = integrations.mail ?? notConfigured('SEND MAIL');
        if (!/^[^\s@]+@[^\s@]+$/.test(args.text(0))) {
          throw new EffectError(`SEND MAIL needs an e-mail address, not "${args.text(0).slice(0, 100)}".`);
        }
        return value((await mail.send({ to: args.text(0), subject: args.text(1), text: args.text(2) })).messageId);
      },
      'CREATE LEAD': async (args, { integrations }) => {
        const crm = integrations.crm ?? notConfigured('CREATE LEAD');
        if (args.text(0).trim() === '') throw new EffectError('CREATE LEAD needs at least a name.');
        const details = optional({ email: args.text(1), phone: args.text(2), company: args.text(3) });
        return value(await crm.createLead({ name: args.text(0), ...details }));
      },
      'CREATE DEAL': async (args, { integrations }) => {
        const crm = integrations.crm ?? notConfigured('CREATE DEAL');
        if (args.text(0).trim() === '') throw new EffectError('CREATE DEAL needs a name.');
        const given = args.values[1];
        const amount = given === undefined || given === null || given === '' ? undefined : Number(given);
        if (amount !== undefined && !Number.isFinite(amount)) {
          throw new EffectError(`CREATE DEAL needs a number for the amount, not "${args.text(1).slice(0, 40)}".`);
        }
        const details = optional({ stage: args.text(2), contactId: args.text(3) });
        return value(
          await crm.createDeal({ name: args.text(0), ...(amount !== undefined ? { amount } : {}), ...details }),
        );
      },
      'FIND CONTACT': async (args, { integrations }) => {
        const crm = integrations.crm ?? notConfigured('FIND CONTACT');
        return value((await crm.findContacts(args.text(0), CRM_LIMIT)) as unknown as Value);
      },
      'ACTIVE TASKS': async (_args, { integrations }) => {
        const crm = integrations.crm ?? notConfigured('ACTIVE TASKS');
        return value((await crm.activeTasks(CRM_LIMIT)) as unknown as Value);
      },
      PAY: async (args, { integrations, effectKey, wantsValue }) => {
        const payments = integrations.payments ?? notConfigured('PAY');
        const amount = Number(args.values[0]);
        if (!Number.isFinite(amount) || amount <= 0) {
          throw new EffectError(`PAY needs an amount above zero, not "${args.text(0).slice(0, 40)}".`);
        }
        const link = await payments.createPaymentLink({ amount, description: args.text(1), idempotencyKey: effectKey });
        // `PAY 10, "Order"` on its own line shows the link; `link = PAY ...` leaves it to the script.
        return { value: link.url, replies: wantsValue ? [] : [{ kind: 'text', text: `To pay, open ${link.url}` }] };
      },
      TWEET: async (args, { integrations }) => {
        const social = integrations.social ?? notConfigured('TWEET');
        return value((await social.post(args.text(0))).id);
      },
      TRANSFER: async (args, { instanceId, message, settings }) => {
        const replies = await this.#handoff.open(message, instanceId, settings);
        if (args.text(0).trim() !== '') replies.unshift({ kind: 'text', text: args.text(0) });
        // With nobody to hand to, the dialog carries on (it was told so); otherwise the person takes over.
        const handed = settings.humanAgents.length > 0;
        return { value: handed, replies, ends: handed };
      },
    };
  }

  /** A file to send: an http(s) URL as given, or a name under the instance's "Files URL". */
  #file(
    file: string,
    caption: string,
    filesUrl: string | undefined,
  ): { url: string; mimeType: string; name: string; caption?: string } | undefined {
    if (file.trim() === '') throw new EffectError('SEND FILE needs a file.');
    let url: URL;
    if (/^https?:\/\//i.test(file)) {
      try {
        url = new URL(file);
      } catch {
        throw new EffectError(`SEND FILE needs a valid URL, not "${file.slice(0, 100)}".`);
      }
    } else {
      if (!filesUrl) return undefined;
      if (file.split(/[\\/]/).includes('..'))
        throw new EffectError('SEND FILE: a file name may not climb out of "Files URL" with "..".');
      url = new URL(file.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/'), filesUrl);
    }
    const name = decodeURIComponent(url.pathname.split('/').pop() ?? '') || 'file';
    const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
    return {
      url: url.toString(),
      mimeType: MIME_TYPES[extension] ?? 'application/octet-stream',
      name,
      ...(caption ? { caption } : {}),
    };
  }

  #target(keyword: string, address: string): NonNullable<AddressedReply['target']> {
    const at = address.indexOf(':');
    const channel = this.channels.find((c) => c === address.slice(0, at).toLowerCase());
    const to = address.slice(at + 1).trim();
    if (at <= 0 || !channel || to === '') {
      throw new EffectError(
        `${keyword} needs channel:address (${this.channels.join(', ')}), not "${address.slice(0, 100)}".`,
      );
    }
    return { channel, conversationKey: to, to: { id: to } };
  }

  async #http(method: 'GET' | 'POST' | 'PUT', args: Args, allowed: readonly string[]): Promise<Value> {
    const url = args.text(0);
    const body = args.values[1];
    let host: string;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http');
      host = parsed.hostname.toLowerCase();
    } catch {
      throw new EffectError(`${method} needs an http(s) URL, not "${url.slice(0, 100)}".`);
    }
    if (!allowed.includes(host))
      throw new EffectError(`${method} ${host}: this bot may not reach that host (add it to "Dialog HTTP Hosts").`);
    try {
      const response = await callApi(url, {
        method,
        headers:
          body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' },
        ...(body === undefined || method === 'GET'
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
        signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
        timeoutMs: HTTP_TIMEOUT_MS,
      });
      if (response.status >= 400) throw new EffectError(`${method} ${host} answered ${response.status}.`);
      const text = response.text.slice(0, MAX_RESPONSE);
      const json = parseJson(text);
      return json === undefined ? text : (json as Value);
    } catch (err) {
      if (err instanceof EffectError) throw err;
      throw new EffectError(`${method} ${host} failed: ${errorMessage(err)}.`);
    }
  }
}

/** A keyword whose integration the bot does not configure. */
function notConfigured(effect: keyof typeof INTEGRATIONS): never {
  throw new EffectError(
    `${effect} needs the ${INTEGRATIONS[effect]} integration, which is not configured for this bot.`,
  );
}

/** The keyword's optional arguments that were given (an empty text is left out). */
function optional<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== '')) as Partial<T>;
}

import { ChannelName, callApi, errorMessage, isSecretName, parseJson, type InboundMessage } from '../core/index.js';
import {
  IntegrationError,
  crmClient,
  mailSender,
  paymentsClient,
  socialPoster,
  type HubSpotConfig,
  type SendGridConfig,
  type SmtpConfig,
  type StripeConfig,
  type TwitterConfig,
  type Value,
} from '../keywords/index.js';
import type { Store } from '../store/index.js';
import { HumanHandoff, type AddressedReply, type HandoffSettings } from './handoff.js';

/** What a dialog's keywords may read of the instance; each integration is undefined when not configured. */
export interface DialogHostSettings extends HandoffSettings {
  get(name: string): string | undefined;
  readonly dialogHttpHosts: string[];
  /** SMTP for SEND MAIL, with its password. */
  readonly smtp: SmtpConfig | undefined;
  readonly sendGrid: SendGridConfig | undefined;
  readonly hubSpot: HubSpotConfig | undefined;
  readonly stripe: StripeConfig | undefined;
  readonly twitter: TwitterConfig | undefined;
  readonly filesUrl: string | undefined;
}

/** The conversation an effect runs in. */
export interface EffectContext {
  instanceId: string;
  settings: DialogHostSettings;
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

/** A keyword that could not do its work: the dialog tells the user and ends. */
export class EffectError extends Error {}

const HTTP_TIMEOUT_MS = 10_000;
const FIND_LIMIT = 100;
const MAX_RESPONSE = 65_536;
const CRM_LIMIT = 20;

/** Which integration each keyword needs, for the message when it is not configured. */
const INTEGRATIONS: Record<string, string> = {
  'SEND MAIL': 'mail (set "SendGrid Key", or "SMTP Host", with "Mail From")',
  'SEND FILE': 'file storage (set "Files URL", or give the file as an http(s) URL)',
  'SEND FILE TO': 'file storage (set "Files URL", or give the file as an http(s) URL)',
  'CREATE DEAL': 'CRM (set "HubSpot Token")',
  'CREATE LEAD': 'CRM (set "HubSpot Token")',
  'FIND CONTACT': 'CRM (set "HubSpot Token")',
  'ACTIVE TASKS': 'CRM (set "HubSpot Token")',
  PAY: 'payments (set "Stripe Key" and "Payment Success URL")',
  TWEET: 'X/Twitter (set "Twitter Token")',
};

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

/**
 * Performs the keywords that reach outside a dialog: HTTP to the instance's allowed hosts (with a
 * deadline), rows and per-person parameters in the store, the instance's settings, messages to
 * other people, and the integrations (mail, CRM, payments, X). A dialog reaches nothing else.
 */
export class DialogHost {
  readonly #handoff: HumanHandoff;

  constructor(private readonly store: Store) {
    this.#handoff = new HumanHandoff(store);
  }

  async perform(effect: string, args: Value[], context: EffectContext): Promise<EffectOutcome> {
    try {
      return await this.#perform(effect, args, context);
    } catch (err) {
      if (err instanceof IntegrationError) throw new EffectError(`${effect} failed: ${err.message}.`);
      throw err;
    }
  }

  async #perform(effect: string, args: Value[], context: EffectContext): Promise<EffectOutcome> {
    const text = (i: number) => (args[i] === undefined || args[i] === null ? '' : typeof args[i] === 'string' ? (args[i] as string) : JSON.stringify(args[i]));
    const { settings, instanceId, message } = context;
    const user = { channel: message.channel, address: message.from.id };
    const value = (v: Value): EffectOutcome => ({ value: v, replies: [] });
    switch (effect) {
      case 'GET CONFIG': {
        const name = text(0);
        // Secrets stay sealed: a dialog cannot read a key or a token.
        return value(isSecretName(name) ? null : (settings.get(name) ?? null));
      }
      case 'SET PARAM':
        if (text(0) === '') throw new EffectError('SET PARAM needs a name.');
        await this.store.dialogs.setParam(instanceId, user, text(0), args[1] ?? null);
        return value(null);
      case 'GET PARAM':
        return value(((await this.store.dialogs.getParam(instanceId, user, text(0))) as Value | undefined) ?? null);
      case 'GET':
      case 'POST':
      case 'PUT':
        return value(await this.#http(effect, text(0), args[1], settings.dialogHttpHosts));
      case 'SAVE':
        if (args.length < 2) throw new EffectError('SAVE needs a table name and values');
        await this.store.dialogs.saveRow(instanceId, text(0), args.slice(1));
        return value(null);
      case 'FIND':
        return value((await this.store.dialogs.findRows(instanceId, text(0), args[1] === undefined ? undefined : text(1), FIND_LIMIT)) as Value);
      case 'DELETE':
        return value(await this.store.dialogs.deleteRows(instanceId, text(0), text(1)));
      case 'TALK TO':
        if (text(1).trim() === '') throw new EffectError('TALK TO needs something to say.');
        return { value: null, replies: [{ kind: 'text', text: text(1), target: this.#target('TALK TO', text(0)) }] };
      case 'SEND SMS TO':
        if (text(1).trim() === '') throw new EffectError('SEND SMS TO needs something to say.');
        return { value: null, replies: [{ kind: 'text', text: text(1), target: this.#target('SEND SMS TO', `sms:${text(0)}`) }] };
      case 'SEND TEMPLATE TO': {
        const target = this.#target('SEND TEMPLATE TO', text(0));
        if (text(1) === '' || text(2).length < 2) throw new EffectError('SEND TEMPLATE TO needs an address, the template name and its language (pt_BR, en_US...).');
        return { value: null, replies: [{ kind: 'template', template: text(1), language: text(2), parameters: args.slice(3).map((_, i) => text(i + 3)), target }] };
      }
      case 'SEND FILE':
      case 'SEND FILE TO': {
        const to = effect === 'SEND FILE TO' ? 1 : 0;
        const media = this.#file(text(to), text(to + 1), settings.filesUrl);
        if (!media) break;
        return { value: null, replies: [{ kind: 'media', media, ...(to ? { target: this.#target(effect, text(0)) } : {}) }] };
      }
      case 'SEND MAIL': {
        const config = settings.sendGrid ? { sendGrid: settings.sendGrid } : settings.smtp ? { smtp: settings.smtp } : undefined;
        if (!config) break;
        if (!/^[^\s@]+@[^\s@]+$/.test(text(0))) throw new EffectError(`SEND MAIL needs an e-mail address, not "${text(0).slice(0, 100)}".`);
        return value((await mailSender(config).send({ to: text(0), subject: text(1), text: text(2) })).messageId);
      }
      case 'CREATE LEAD':
        if (!settings.hubSpot) break;
        if (text(0).trim() === '') throw new EffectError('CREATE LEAD needs at least a name.');
        return value(await crmClient(settings.hubSpot).createLead({ name: text(0), ...optional({ email: text(1), phone: text(2), company: text(3) }) }));
      case 'CREATE DEAL': {
        if (!settings.hubSpot) break;
        if (text(0).trim() === '') throw new EffectError('CREATE DEAL needs a name.');
        const amount = args[1] === undefined || args[1] === null || args[1] === '' ? undefined : Number(args[1]);
        if (amount !== undefined && !Number.isFinite(amount)) throw new EffectError(`CREATE DEAL needs a number for the amount, not "${text(1).slice(0, 40)}".`);
        return value(await crmClient(settings.hubSpot).createDeal({ name: text(0), ...(amount !== undefined ? { amount } : {}), ...optional({ stage: text(2), contactId: text(3) }) }));
      }
      case 'FIND CONTACT':
        if (!settings.hubSpot) break;
        return value((await crmClient(settings.hubSpot).findContacts(text(0), CRM_LIMIT)) as unknown as Value);
      case 'ACTIVE TASKS':
        if (!settings.hubSpot) break;
        return value((await crmClient(settings.hubSpot).activeTasks(CRM_LIMIT)) as unknown as Value);
      case 'PAY': {
        if (!settings.stripe) break;
        const amount = Number(args[0]);
        if (!Number.isFinite(amount) || amount <= 0) throw new EffectError(`PAY needs an amount above zero, not "${text(0).slice(0, 40)}".`);
        const link = await paymentsClient(settings.stripe).createPaymentLink({ amount, description: text(1), idempotencyKey: context.effectKey });
        // `PAY 10, "Order"` on its own line shows the link; `link = PAY ...` leaves it to the script.
        return { value: link.url, replies: context.wantsValue ? [] : [{ kind: 'text', text: `To pay, open ${link.url}` }] };
      }
      case 'TWEET':
        if (!settings.twitter) break;
        return value((await socialPoster(settings.twitter).post(text(0))).id);
      case 'TRANSFER': {
        const replies = await this.#handoff.open(message, instanceId, settings);
        if (text(0).trim() !== '') replies.unshift({ kind: 'text', text: text(0) });
        // With nobody to hand to, the dialog carries on (it was told so); otherwise the person takes over.
        return { value: settings.humanAgents.length > 0, replies, ends: settings.humanAgents.length > 0 };
      }
    }
    const integration = INTEGRATIONS[effect];
    throw new EffectError(integration ? `${effect} needs the ${integration} integration, which is not configured for this bot.` : `${effect} is not a keyword this gateway knows.`);
  }

  /** A file to send: an http(s) URL as given, or a name under the instance's "Files URL". */
  #file(file: string, caption: string, filesUrl: string | undefined): { url: string; mimeType: string; name: string; caption?: string } | undefined {
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
      if (file.split(/[\\/]/).includes('..')) throw new EffectError('SEND FILE: a file name may not climb out of "Files URL" with "..".');
      url = new URL(file.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/'), filesUrl);
    }
    const name = decodeURIComponent(url.pathname.split('/').pop() ?? '') || 'file';
    const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
    return { url: url.toString(), mimeType: MIME_TYPES[extension] ?? 'application/octet-stream', name, ...(caption ? { caption } : {}) };
  }

  #target(keyword: string, address: string): NonNullable<AddressedReply['target']> {
    const at = address.indexOf(':');
    const channel = ChannelName.safeParse(address.slice(0, at));
    const to = address.slice(at + 1).trim();
    if (at <= 0 || !channel.success || channel.data === 'web' || to === '') throw new EffectError(`${keyword} needs channel:address (whatsapp, telegram or sms), not "${address.slice(0, 100)}".`);
    return { channel: channel.data, conversationKey: to, to: { id: to } };
  }

  async #http(method: string, url: string, body: Value | undefined, allowed: string[]): Promise<Value> {
    let host: string;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http');
      host = parsed.hostname.toLowerCase();
    } catch {
      throw new EffectError(`${method} needs an http(s) URL, not "${url.slice(0, 100)}".`);
    }
    if (!allowed.includes(host)) throw new EffectError(`${method} ${host}: this bot may not reach that host (add it to "Dialog HTTP Hosts").`);
    try {
      const response = await callApi(url, {
        method,
        headers: body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' },
        ...(body === undefined || method === 'GET' ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
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

/** The keyword's optional arguments that were given (an empty text is left out). */
function optional<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== '')) as Partial<T>;
}

import { ChannelName, callApi, errorMessage, isSecretName, parseJson } from '../core/index.js';
import { mailSender, type Value } from '../keywords/index.js';
import type { Store } from '../store/index.js';
import type { AddressedReply } from './handoff.js';

/** What a dialog's keywords may read of the instance. */
export interface DialogHostSettings {
  get(name: string): string | undefined;
  readonly dialogHttpHosts: string[];
  /** SMTP for SEND MAIL, with its password; undefined when the instance has none. */
  readonly smtp: { host: string; port: number; user: string | undefined; password: string | undefined; from: string; timeoutMs: number } | undefined;
}

/** A keyword that could not do its work: the dialog tells the user and ends. */
export class EffectError extends Error {}

const HTTP_TIMEOUT_MS = 10_000;
const FIND_LIMIT = 100;
const MAX_RESPONSE = 65_536;

/** Which integration each keyword needs; none of these clients is configured in this version. */
const INTEGRATIONS: Record<string, string> = {
  'SEND MAIL': 'mail (SMTP: set "SMTP Host" and "Mail From")',
  'SEND FILE': 'file storage',
  'SEND TEMPLATE TO': 'template messaging',
  'CREATE DEAL': 'CRM (HubSpot)',
  'CREATE LEAD': 'CRM (HubSpot)',
  'FIND CONTACT': 'CRM (HubSpot)',
  'ACTIVE TASKS': 'CRM (HubSpot)',
  PAY: 'payments',
  TWEET: 'Twitter',
  TRANSFER: 'transfer',
};

/**
 * Performs the keywords that reach outside a dialog: HTTP to the instance's allowed hosts (with a
 * deadline), rows in the store, the instance's settings, and messages to other people. A dialog
 * reaches nothing else.
 */
export class DialogHost {
  constructor(private readonly store: Store) {}

  async perform(effect: string, args: Value[], context: { instanceId: string; settings: DialogHostSettings }): Promise<{ value: Value; replies: AddressedReply[] }> {
    const text = (i: number) => (args[i] === undefined || args[i] === null ? '' : typeof args[i] === 'string' ? (args[i] as string) : JSON.stringify(args[i]));
    switch (effect) {
      case 'GET CONFIG': {
        const name = text(0);
        // Secrets stay sealed: a dialog cannot read a key or a token.
        return { value: isSecretName(name) ? null : (context.settings.get(name) ?? null), replies: [] };
      }
      case 'GET':
      case 'POST':
      case 'PUT':
        return { value: await this.#http(effect, text(0), args[1], context.settings.dialogHttpHosts), replies: [] };
      case 'SAVE':
        if (args.length < 2) throw new EffectError('SAVE needs a table name and values');
        await this.store.dialogs.saveRow(context.instanceId, text(0), args.slice(1));
        return { value: null, replies: [] };
      case 'FIND':
        return { value: (await this.store.dialogs.findRows(context.instanceId, text(0), args[1] === undefined ? undefined : text(1), FIND_LIMIT)) as Value, replies: [] };
      case 'DELETE':
        return { value: await this.store.dialogs.deleteRows(context.instanceId, text(0), text(1)), replies: [] };
      case 'TALK TO':
        return { value: null, replies: [this.#to(text(0), text(1))] };
      case 'SEND SMS TO':
        return { value: null, replies: [this.#to(`sms:${text(0)}`, text(1))] };
      case 'SEND MAIL': {
        const smtp = context.settings.smtp;
        if (!smtp) break;
        if (!/^[^\s@]+@[^\s@]+$/.test(text(0))) throw new EffectError(`SEND MAIL needs an e-mail address, not "${text(0).slice(0, 100)}".`);
        try {
          const sent = await mailSender(smtp).send({ to: text(0), subject: text(1), text: text(2) });
          return { value: sent.messageId, replies: [] };
        } catch (err) {
          throw new EffectError(`SEND MAIL failed: ${errorMessage(err)}.`);
        }
      }
    }
    const integration = INTEGRATIONS[effect];
    throw new EffectError(integration ? `${effect} needs the ${integration} integration, which is not configured for this bot.` : `${effect} is not a keyword this gateway knows.`);
  }

  #to(address: string, text: string): AddressedReply {
    const at = address.indexOf(':');
    const channel = ChannelName.safeParse(address.slice(0, at));
    const to = address.slice(at + 1).trim();
    if (at <= 0 || !channel.success || channel.data === 'web' || to === '') throw new EffectError(`TALK TO needs channel:address (whatsapp, telegram or sms), not "${address}".`);
    if (text.trim() === '') throw new EffectError('TALK TO needs something to say.');
    return { kind: 'text', text, target: { channel: channel.data, conversationKey: to, to: { id: to } } };
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

import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { SecretBox, VerificationSettings } from '../config/index.js';
import {
  GatewayError,
  TooManyRequests,
  errorMessage,
  newId,
  type ChannelName,
  type OutboundMessage,
} from '../core/index.js';
import { QUEUES } from '../queues/index.js';
import type { CodeVerifier } from '../router/index.js';
import type { OpenVerification, VerificationRow } from '../store/index.js';
import type { LoadedInstance } from './instance-directory.js';
import { quotasOf } from './quotas.js';
import type { Runtime } from './runtime.js';

/** The channels a code can go out on: they address people by phone number. */
const CODE_CHANNELS: readonly ChannelName[] = ['whatsapp', 'sms'];
const E164 = /^\+[1-9]\d{6,14}$/;

export interface StartVerification {
  to: string;
  channels?: readonly string[] | undefined;
  purpose?: string | undefined;
  /** The WhatsApp template's language (`pt_BR`), when not the instance's `Verification Template Language`. */
  locale?: string | undefined;
  /** Who asks: the operator API, Zitadel (which brings its own code and text), a dialog. */
  caller: 'api' | 'zitadel' | 'dialog';
  /** A code made elsewhere (Zitadel verifies it itself); else the gateway makes one. */
  code?: string | undefined;
  /** The whole text for channels without templates (Zitadel's, with its code in it). */
  text?: string | undefined;
  /** An id of the caller's making: a second request with it is refused (Zitadel's replays). */
  id?: string | undefined;
}

interface HistoryEntry {
  channel: string;
  outcome: 'sent' | 'delivered' | 'read' | 'failed' | 'no receipt';
  reason?: string;
  at: number;
}

/** What the API shows of a verification: never a code. */
export interface VerificationView {
  id: string;
  to: string;
  purpose: string | null;
  status: string;
  channel: string;
  channels: string[];
  delivery: string;
  history: Array<Omit<HistoryEntry, 'at'> & { at: string }>;
  checks_left: number;
  expires_at: string;
  resend_after: string;
}

interface Sealed {
  code: string;
  text?: string;
}

/**
 * One-time codes, delivered over WhatsApp (an authentication template) with SMS as the fallback.
 * A code is made with `crypto.randomInt`, checked against its HMAC (a key derived from the
 * gateway's own), good once, for a few minutes and a few checks. It travels sealed: the outbound
 * message on the `codes` lane carries it encrypted, and only the worker opens it, to hand it to
 * the channel. `tick` moves a code to the next channel when its send fails for good or no
 * `delivered` status comes in time.
 */
export class VerificationService {
  readonly #hashKey: Buffer;
  readonly #secrets: SecretBox;
  readonly #quotas: ReturnType<typeof quotasOf>;

  constructor(private readonly runtime: Runtime) {
    this.#secrets = runtime.secrets;
    this.#quotas = quotasOf(runtime);
    this.#hashKey = runtime.secrets.derive('gb-verification-codes');
  }

  #hash(id: string, code: string): string {
    return createHmac('sha256', this.#hashKey).update(`${id}\u0000${code}`).digest('hex');
  }

  async start(loaded: LoadedInstance, input: StartVerification, now = Date.now()): Promise<VerificationView> {
    const settings = loaded.settings.verification;
    const to = input.to.replace(/[\s().-]/g, '');
    if (!E164.test(to))
      throw new GatewayError('GB_BAD_PAYLOAD', '"to" must be a phone number in E.164 form, like +5521999990000');
    const asked = (input.channels ?? settings.channels).map((c) => c.toLowerCase());
    const channels = asked.filter(
      (c): c is ChannelName => CODE_CHANNELS.includes(c as ChannelName) && loaded.channels.includes(c as ChannelName),
    );
    if (channels.length === 0) {
      throw new GatewayError(
        'GB_NO_CODE_CHANNEL',
        `${loaded.instance.name} has none of ${asked.join(', ') || 'the channels asked'} to send codes on (it can use ${CODE_CHANNELS.filter((c) => loaded.channels.includes(c)).join(', ') || 'none'})`,
      );
    }
    await this.#take(
      `verify:caller:${loaded.instance.id}:${input.caller}`,
      settings.callerSendsPerHour / 3600,
      settings.callerSendsPerHour,
    );
    await this.#take(`verify:send:${loaded.instance.id}:${to}`, settings.sendsPerHour / 3600, settings.sendsPerHour);
    await this.#quotas.consume(loaded.instance.customerId, 'codes', now);
    const code = input.code ?? this.#newCode(settings.digits);
    const verificationId = input.id ?? newId();
    const row: VerificationRow = {
      id: verificationId,
      instance_id: loaded.instance.id,
      recipient: to,
      purpose: input.purpose?.slice(0, 200) ?? null,
      locale: input.locale?.replace('-', '_') ?? null,
      caller: input.caller,
      channels: JSON.stringify(channels),
      channel_index: 0,
      code_hash: this.#hash(verificationId, code),
      sealed: this.#secrets.encrypt(
        JSON.stringify({ code, ...(input.text ? { text: input.text } : {}) } satisfies Sealed),
      ),
      outbound_key: sendKey(verificationId, 0, now),
      state: 'pending',
      delivery: 'queued',
      history: '[]',
      checks: 0,
      expires_at: now + settings.ttlMs,
      sent_at: now,
      resend_at: now + settings.resendAfterMs,
      created_at: now,
      updated_at: now,
    };
    if (input.id && (await this.runtime.store.verifications.find(loaded.instance.id, input.id)))
      throw new GatewayError('GB_CODE_USED', 'this request was taken already');
    await this.runtime.store.verifications.create(row);
    await this.#publish(loaded, row, { code, ...(input.text ? { text: input.text } : {}) }, now);
    this.runtime.logger.info(
      { instance: loaded.instance.name, verification: verificationId, channel: channels[0], caller: input.caller },
      'sent a verification code',
    );
    return this.#view(row, null, settings);
  }

  async view(loaded: LoadedInstance, id: string): Promise<VerificationView> {
    const row = await this.#find(loaded, id);
    return this.#view(row, row.message_status, loaded.settings.verification);
  }

  /** Checks a code: verified once, or refused with the reason and the checks left. */
  async check(loaded: LoadedInstance, id: string, code: string, now = Date.now()): Promise<{ verified: true }> {
    const settings = loaded.settings.verification;
    await this.#take(
      `verify:checks:${loaded.instance.id}`,
      settings.callerChecksPerMinute / 60,
      settings.callerChecksPerMinute,
    );
    await this.#take(
      `verify:check:${loaded.instance.id}:${id}`,
      settings.checksPerMinute / 60,
      settings.checksPerMinute,
    );
    const row = await this.#find(loaded, id);
    if (row.state === 'pending' && row.expires_at <= now)
      await this.runtime.store.verifications.settle(id, 'expired', now);
    this.#refuseFinished(row, now);
    const used = await this.runtime.store.verifications.useCheck(id, settings.maxChecks, now);
    if (!used) {
      await this.runtime.store.verifications.settle(id, 'locked', now);
      throw new GatewayError('GB_CODE_LOCKED', 'no checks are left; start a new verification');
    }
    const given = Buffer.from(this.#hash(id, code.trim()), 'hex');
    if (timingSafeEqual(given, Buffer.from(row.code_hash, 'hex'))) {
      if (!(await this.runtime.store.verifications.settle(id, 'verified', now)))
        throw new GatewayError('GB_CODE_USED', 'the verification was already used');
      return { verified: true };
    }
    const left = settings.maxChecks - used.checks;
    if (left <= 0) await this.runtime.store.verifications.settle(id, 'locked', now);
    throw new CodeRefused(left);
  }

  /** A new code on the channel being tried, after the cooldown. */
  async resend(loaded: LoadedInstance, id: string, now = Date.now()): Promise<VerificationView> {
    const settings = loaded.settings.verification;
    const row = await this.#find(loaded, id);
    this.#refuseFinished(row, now);
    if (row.caller === 'zitadel')
      throw new GatewayError('GB_BAD_PAYLOAD', 'a code Zitadel made is resent by Zitadel, not through this API');
    if (now < row.resend_at)
      throw new TooManyRequests(
        `a code can be resent in ${Math.ceil((row.resend_at - now) / 1000)} s`,
        row.resend_at - now,
      );
    await this.#take(
      `verify:send:${loaded.instance.id}:${row.recipient}`,
      settings.sendsPerHour / 3600,
      settings.sendsPerHour,
    );
    const code = this.#newCode(settings.digits);
    const send = {
      channel_index: row.channel_index,
      code_hash: this.#hash(id, code),
      sealed: this.#secrets.encrypt(JSON.stringify({ code } satisfies Sealed)),
      outbound_key: sendKey(id, row.channel_index, now),
      history: row.history,
      sent_at: now,
      resend_at: now + settings.resendAfterMs,
    };
    if (
      !(await this.runtime.store.verifications.recordSend(
        id,
        { channelIndex: row.channel_index, sentAt: row.sent_at },
        send,
      ))
    )
      throw new TooManyRequests('the code is being sent again already', 1_000);
    const next = { ...row, ...send, delivery: 'queued' };
    await this.#publish(loaded, next, { code }, now);
    return this.#view(next, null, settings);
  }

  /**
   * Follows each code being delivered: records what its channel reports, and moves it to the
   * next channel when the send failed for good or no delivered status came within the
   * instance's `Verification Delivery Seconds`. Safe on every node at once.
   */
  async tick(now = Date.now()): Promise<void> {
    for (const row of await this.runtime.store.verifications.awaitingDelivery()) {
      try {
        await this.#follow(row, now);
      } catch (err) {
        this.runtime.logger.warn({ verification: row.id, err: errorMessage(err) }, 'following a verification failed');
      }
    }
  }

  async #follow(row: OpenVerification, now: number): Promise<void> {
    const store = this.runtime.store.verifications;
    if (row.expires_at <= now) {
      await store.settle(row.id, 'expired', now);
      return;
    }
    const loaded = await this.runtime.instances.byId(row.instance_id);
    if (!loaded) return;
    const channels = JSON.parse(row.channels) as ChannelName[];
    const channel = channels[row.channel_index]!;
    const history = JSON.parse(row.history) as HistoryEntry[];
    const status = row.message_status;
    if (status === 'delivered' || status === 'read') {
      history.push({ channel, outcome: status, at: now });
      await store.setDelivery(row.id, status, JSON.stringify(history), now);
      return;
    }
    if (status === 'sent' && row.delivery !== 'sent') {
      await store.setDelivery(row.id, 'sent', row.history, now);
    }
    const failed = status === 'failed';
    const late = now - row.sent_at >= loaded.settings.verification.deliveryTimeoutMs;
    if (!failed && !late) return;
    const reason = failed
      ? (row.message_error ?? 'the channel refused it')
      : `no delivered status within ${Math.round(loaded.settings.verification.deliveryTimeoutMs / 1000)} s`;
    history.push({ channel, outcome: failed ? 'failed' : 'no receipt', reason, at: now });
    const next = row.channel_index + 1;
    if (next >= channels.length || !row.sealed) {
      // Nowhere else to go: a failure ends it; a send without a receipt may still arrive.
      if (failed) {
        await store.setDelivery(row.id, 'failed', JSON.stringify(history), now);
        await store.settle(row.id, 'undeliverable', now);
      } else {
        await store.setDelivery(row.id, 'unconfirmed', JSON.stringify(history), now);
      }
      return;
    }
    const sealed = JSON.parse(this.#secrets.decrypt(row.sealed)) as Sealed;
    const send = {
      channel_index: next,
      code_hash: row.code_hash,
      sealed: row.sealed,
      outbound_key: sendKey(row.id, next, now),
      history: JSON.stringify(history),
      sent_at: now,
      resend_at: row.resend_at,
    };
    if (!(await store.recordSend(row.id, { channelIndex: row.channel_index, sentAt: row.sent_at }, send))) return;
    await this.#publish(loaded, { ...row, ...send }, sealed, now);
    this.runtime.logger.info(
      { verification: row.id, from: channel, to: channels[next], reason },
      'a verification code fell back to the next channel',
    );
  }

  async #publish(loaded: LoadedInstance, row: VerificationRow, sealed: Sealed, now: number): Promise<void> {
    const channels = JSON.parse(row.channels) as ChannelName[];
    const message = codeMessage(loaded, row, channels[row.channel_index]!, sealed, this.#secrets, now);
    await this.runtime.broker.publish(QUEUES.codes, message, {
      key: `${row.instance_id}:${row.recipient}`,
      id: message.id,
    });
  }

  async #find(loaded: LoadedInstance, id: string): Promise<OpenVerification> {
    const row = await this.runtime.store.verifications.find(loaded.instance.id, id);
    if (!row) throw new GatewayError('GB_NOT_FOUND', `no verification ${id} in ${loaded.instance.name}`);
    return row;
  }

  #refuseFinished(row: VerificationRow, now: number): void {
    if (row.state === 'verified') throw new GatewayError('GB_CODE_USED', 'the verification was already used');
    if (row.state === 'expired' || row.expires_at <= now)
      throw new GatewayError('GB_CODE_EXPIRED', 'the verification expired; start a new one');
    if (row.state === 'locked' || row.state === 'undeliverable')
      throw new GatewayError('GB_CODE_LOCKED', `the verification is ${row.state}; start a new one`);
  }

  #newCode(digits: number): string {
    return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
  }

  async #take(key: string, perSecond: number, burst: number): Promise<void> {
    const { booked, waitMs } = await this.runtime.limiter.reserve(key, { perSecond, burst }, 0);
    if (!booked) throw new TooManyRequests(`too many codes; try again in ${Math.ceil(waitMs / 1000)} s`, waitMs);
  }

  #view(row: VerificationRow, messageStatus: string | null, settings: VerificationSettings): VerificationView {
    const channels = JSON.parse(row.channels) as string[];
    const history = JSON.parse(row.history) as HistoryEntry[];
    const live =
      row.delivery === 'queued' || row.delivery === 'sent'
        ? messageStatus === 'sent' || messageStatus === 'delivered' || messageStatus === 'read'
          ? messageStatus
          : row.delivery
        : row.delivery;
    return {
      id: row.id,
      to: row.recipient,
      purpose: row.purpose,
      status: row.state,
      channel: channels[row.channel_index]!,
      channels,
      delivery: live,
      history: history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
      checks_left: Math.max(0, settings.maxChecks - row.checks),
      expires_at: new Date(row.expires_at).toISOString(),
      resend_after: new Date(row.resend_at).toISOString(),
    };
  }
}

/** A wrong code: answered 422 with the checks left. */
export class CodeRefused extends GatewayError {
  constructor(readonly checksLeft: number) {
    super('GB_CODE_WRONG', `the code does not match; ${checksLeft} check${checksLeft === 1 ? '' : 's'} left`);
  }
}

function sendKey(id: string, channelIndex: number, at: number): string {
  return `verify:${id}:${channelIndex}:${at}`;
}

/**
 * The message carrying a code: WhatsApp's authentication template (the code as the body's
 * parameter and the button's), elsewhere the instance's text. Sealed, on the codes lane.
 */
function codeMessage(
  loaded: LoadedInstance,
  row: VerificationRow,
  channel: ChannelName,
  sealed: Sealed,
  secrets: SecretBox,
  now: number,
): OutboundMessage {
  const settings = loaded.settings.verification;
  const base = {
    id: newId(),
    instanceId: row.instance_id,
    channel,
    conversationKey: row.recipient,
    to: { id: row.recipient },
    idempotencyKey: row.outbound_key!,
    priority: 'code' as const,
    sealed: true as const,
    createdAt: now,
  };
  if (channel === 'whatsapp') {
    return {
      ...base,
      kind: 'template',
      template: settings.template,
      language: row.locale ?? settings.templateLanguage,
      parameters: [secrets.encrypt(sealed.code)],
      codeButton: true,
    };
  }
  const minutes = String(Math.round(settings.ttlMs / 60_000));
  const text = sealed.text ?? settings.text.replaceAll('{code}', sealed.code).replaceAll('{minutes}', minutes);
  return { ...base, kind: 'text', text: secrets.encrypt(text) };
}

/** Opens a sealed outbound message for the channel: only the worker does, just before it sends. */
export function unsealMessage(message: OutboundMessage, secrets: SecretBox): OutboundMessage {
  if (!message.sealed) return message;
  const { sealed: _sealed, ...open } = message;
  if (open.kind === 'text') return { ...open, text: secrets.decrypt(open.text) };
  if (open.kind === 'template') return { ...open, parameters: open.parameters.map((p) => secrets.decrypt(p)) };
  return open;
}

/**
 * Verification codes as dialogs see them (SEND CODE TO, CHECK CODE): a send is keyed by the
 * dialog's effect, so a run repeated after a crash finds its verification instead of sending
 * again; a check answers in words a script can test.
 */
export function dialogCodes(runtime: Runtime, service = new VerificationService(runtime)): CodeVerifier {
  const instance = async (id: string) => {
    const loaded = await runtime.instances.byId(id);
    if (!loaded) throw new GatewayError('GB_UNKNOWN_INSTANCE', `instance ${id} no longer exists`);
    return loaded;
  };
  return {
    async send(instanceId, to, key) {
      const id = `dialog-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
      if (await runtime.store.verifications.find(instanceId, id)) return id;
      return (await service.start(await instance(instanceId), { to, caller: 'dialog', id })).id;
    },
    async check(instanceId, id, code, cameIn) {
      await runtime.store.messages.redactInbound({ instanceId, ...cameIn }, '[verification code]');
      try {
        await service.check(await instance(instanceId), id, code);
        return { result: 'verified', checksLeft: 0 };
      } catch (err) {
        if (err instanceof CodeRefused)
          return { result: err.checksLeft > 0 ? 'wrong' : 'locked', checksLeft: err.checksLeft };
        const words: Partial<Record<string, string>> = {
          GB_CODE_EXPIRED: 'expired',
          GB_CODE_LOCKED: 'locked',
          GB_CODE_USED: 'used',
          GB_TOO_MANY_REQUESTS: 'wait',
          GB_NOT_FOUND: 'expired',
        };
        const result = err instanceof GatewayError ? words[err.code] : undefined;
        if (result) return { result, checksLeft: 0 };
        throw err;
      }
    },
  };
}

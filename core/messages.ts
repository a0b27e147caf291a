import { z } from 'zod';

/** The channels the gateway speaks. A channel's specifics stay inside its adapter. */
export const ChannelName = z.enum(['web', 'whatsapp', 'teams', 'telegram', 'sms', 'email']);
export type ChannelName = z.infer<typeof ChannelName>;

const Party = z.object({
  /** The channel's own address of the party: a phone number, a chat id, a Direct Line user id. */
  id: z.string().min(1).max(256),
  name: z.string().max(256).optional(),
});
export type Party = z.infer<typeof Party>;

export const Attachment = z.object({
  url: z.string().url().optional(),
  mediaId: z.string().optional(),
  mimeType: z.string().max(256),
  name: z.string().max(512).optional(),
  caption: z.string().max(4096).optional(),
  /** The size, where the channel tells it (mail). */
  bytes: z.number().int().nonnegative().optional(),
});

export type Attachment = z.infer<typeof Attachment>;

const inboundBase = {
  /** The gateway's id of this message. */
  id: z.string().min(1),
  instanceId: z.string().min(1),
  channel: ChannelName,
  /** Key of the conversation: messages with the same key are processed in order. */
  conversationKey: z.string().min(1).max(512),
  from: Party,
  /** The channel's own id of the message: the inbound dedupe key. */
  channelMessageId: z.string().min(1).max(512),
  receivedAt: z.number().int(),
  replyToChannelMessageId: z.string().optional(),
  /** An id the channel wants acknowledged with the reply (a Telegram button press). */
  callbackId: z.string().optional(),
  /**
   * What the channel needs, besides the conversation key, to reach this conversation again (Teams:
   * its service URL, tenant and thread). Opaque outside the adapter; copied onto the replies.
   */
  replyAddress: z.string().max(4_096).optional(),
  /** Set on messages the gateway sends itself: a dialog's WAIT coming due. Only dialogs see them. */
  internal: z.literal('dialog-wait').optional(),
};

/** The states a provider's receipt reports for a message sent (a status message's `status`). */
export const ReceiptStatus = z.enum(['sent', 'delivered', 'read', 'failed']);
export type ReceiptStatus = z.infer<typeof ReceiptStatus>;

export const InboundMessage = z.discriminatedUnion('kind', [
  z.object({
    ...inboundBase,
    kind: z.literal('text'),
    text: z.string().max(65_536),
    /** What came with the text (a mail's attachments), as metadata: the gateway keeps no file. */
    attachments: z.array(Attachment).max(100).optional(),
  }),
  z.object({ ...inboundBase, kind: z.literal('media'), media: Attachment }),
  z.object({
    ...inboundBase,
    kind: z.literal('location'),
    latitude: z.number(),
    longitude: z.number(),
    name: z.string().optional(),
    address: z.string().optional(),
  }),
  z.object({
    ...inboundBase,
    kind: z.literal('contact'),
    contacts: z.array(z.object({ name: z.string(), phones: z.array(z.string()), emails: z.array(z.string()) })),
  }),
  z.object({
    ...inboundBase,
    kind: z.literal('interactive_reply'),
    choiceId: z.string(),
    title: z.string(),
  }),
  z.object({
    ...inboundBase,
    kind: z.literal('reaction'),
    targetChannelMessageId: z.string(),
    emoji: z.string(),
  }),
  z.object({
    ...inboundBase,
    /** People (or the bot itself) joined or left the conversation. */
    kind: z.literal('membership'),
    added: z.array(Party).max(1_000),
    removed: z.array(Party).max(1_000),
    /** The bot itself was added: a new conversation with the bot, which it greets. */
    botAdded: z.boolean(),
  }),
  z.object({
    ...inboundBase,
    kind: z.literal('status'),
    /** The provider's id of the outbound message this status is about. */
    providerMessageId: z.string(),
    status: ReceiptStatus,
    error: z.string().optional(),
  }),
]);
export type InboundMessage = z.infer<typeof InboundMessage>;

const Choice = z.object({
  id: z.string().min(1).max(256),
  title: z.string().min(1).max(256),
  description: z.string().max(512).optional(),
});
export type Choice = z.infer<typeof Choice>;

const outboundBase = {
  id: z.string().min(1),
  instanceId: z.string().min(1),
  channel: ChannelName,
  conversationKey: z.string().min(1),
  to: Party,
  /**
   * Derived from the inbound message and the reply's position, so a redelivered inbound message
   * produces the same keys and the worker sends each reply once.
   */
  idempotencyKey: z.string().min(1).max(512),
  /** The channel's id of the inbound message this answers, if any. */
  replyToChannelMessageId: z.string().optional(),
  /** The inbound message's callbackId, acknowledged when this reply is sent. */
  callbackId: z.string().optional(),
  /** The channel's own address of the conversation, from the inbound message (see inboundBase). */
  replyAddress: z.string().max(4_096).optional(),
  /**
   * A one-time code: sent on a lane of its own (queue `codes`), with a rate budget of its own, so
   * no backlog of ordinary replies delays it.
   */
  priority: z.literal('code').optional(),
  /**
   * The text (or a template's parameters) is sealed with the gateway's key: it rests encrypted in
   * the broker and the delivery log, and the worker opens it only to hand it to the channel.
   */
  sealed: z.literal(true).optional(),
  /**
   * Why the router gave this answer (on the first reply to a message): the question chosen and
   * its score, those passed over, or the best guess under the threshold. Kept with the reply in
   * the delivery log for the operator API; never sent to the channel.
   */
  decision: z.record(z.string(), z.unknown()).optional(),
  createdAt: z.number().int(),
};

export const OutboundMessage = z.discriminatedUnion('kind', [
  z.object({ ...outboundBase, kind: z.literal('text'), text: z.string().min(1).max(65_536) }),
  z.object({ ...outboundBase, kind: z.literal('media'), media: Attachment }),
  z.object({ ...outboundBase, kind: z.literal('buttons'), text: z.string().min(1), choices: z.array(Choice).min(1) }),
  z.object({
    ...outboundBase,
    kind: z.literal('list'),
    text: z.string().min(1),
    buttonLabel: z.string().min(1),
    choices: z.array(Choice).min(1),
  }),
  z.object({
    ...outboundBase,
    kind: z.literal('template'),
    template: z.string().min(1),
    language: z.string().min(2),
    parameters: z.array(z.string()),
    /** An authentication template: the first parameter (the code) also fills its copy-code or one-tap button. */
    codeButton: z.boolean().optional(),
  }),
  z.object({ ...outboundBase, kind: z.literal('typing') }),
]);
export type OutboundMessage = z.infer<typeof OutboundMessage>;

/** What an outbound message says, without where it goes: each kind with its own fields. */
export type OutboundContent = OutboundMessage extends infer M
  ? M extends OutboundMessage
    ? Omit<M, keyof typeof outboundBase>
    : never
  : never;

/**
 * Delivery states, in the order they happen: a status never moves backwards. 'sending' is held
 * while a request is out; 'unknown' means it left and no answer came back, so it may have been
 * sent: such a message is never sent again without an operator's replay.
 */
export const DeliveryState = z.enum(['queued', 'sending', 'unknown', 'sent', 'delivered', 'read', 'failed']);
export type DeliveryState = z.infer<typeof DeliveryState>;

const deliveryBase = {
  outboundId: z.string().min(1),
  instanceId: z.string().min(1),
  channel: ChannelName,
  at: z.number().int(),
};

export const DeliveryStatus = z.discriminatedUnion('kind', [
  z.object({ ...deliveryBase, kind: z.literal('queued') }),
  z.object({ ...deliveryBase, kind: z.literal('sent'), providerMessageId: z.string().optional() }),
  z.object({ ...deliveryBase, kind: z.literal('delivered') }),
  z.object({ ...deliveryBase, kind: z.literal('read') }),
  z.object({ ...deliveryBase, kind: z.literal('failed'), reason: z.string(), permanent: z.boolean() }),
]);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

const STATE_RANK: Record<DeliveryState, number> = {
  queued: 0,
  sending: 1,
  unknown: 2,
  sent: 3,
  delivered: 4,
  read: 5,
  failed: 6,
};

/** Rank of a state for monotonic updates: a late 'delivered' never overwrites 'read'. */
export function deliveryRank(state: DeliveryState): number {
  return STATE_RANK[state];
}

/** The broker key of an inbound message: one conversation on one channel is handled in order. */
export function inboundKey(message: Pick<InboundMessage, 'instanceId' | 'channel' | 'conversationKey'>): string {
  return `${message.instanceId}:${message.channel}:${message.conversationKey}`;
}

/** Keys of the replies to one inbound message: stable across redeliveries of that message. */
export function replyIdempotencyKey(
  inbound: Pick<InboundMessage, 'instanceId' | 'channel' | 'channelMessageId'>,
  position: number,
): string {
  return `${inbound.instanceId}:${inbound.channel}:${inbound.channelMessageId}:${position}`;
}

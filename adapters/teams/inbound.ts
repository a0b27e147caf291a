import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  type ChannelRequest,
  type DirectResponse,
  type InboundMessage,
  newId,
  type Party,
  parseJson,
  type WebhookReceiver,
} from '../../core/index.js';
import { type SigningKeyDirectory, type TeamsAuthConfig, verifyConnectorToken } from './auth.js';
import { type TeamsAddress, encodeAddress } from './address.js';

const Account = z
  .object({ id: z.string().min(1), name: z.string().optional(), aadObjectId: z.string().optional() })
  .loose();

const Activity = z
  .object({
    type: z.string(),
    id: z.string().optional(),
    timestamp: z.string().optional(),
    channelId: z.string(),
    serviceUrl: z.string().url(),
    from: Account,
    recipient: Account,
    conversation: z
      .object({
        id: z.string().min(1),
        conversationType: z.string().optional(),
        tenantId: z.string().optional(),
        isGroup: z.boolean().optional(),
      })
      .loose(),
    replyToId: z.string().optional(),
    text: z.string().optional(),
    value: z.unknown().optional(),
    name: z.string().optional(),
    attachments: z
      .array(
        z
          .object({
            contentType: z.string(),
            contentUrl: z.string().optional(),
            name: z.string().optional(),
            content: z.unknown().optional(),
          })
          .loose(),
      )
      .optional(),
    entities: z.array(z.object({ type: z.string() }).loose()).optional(),
    membersAdded: z.array(Account).optional(),
    membersRemoved: z.array(Account).optional(),
    reactionsAdded: z.array(z.object({ type: z.string() }).loose()).optional(),
    reactionsRemoved: z.array(z.object({ type: z.string() }).loose()).optional(),
    channelData: z
      .object({ tenant: z.object({ id: z.string() }).loose().optional() })
      .loose()
      .optional(),
  })
  .loose();
type Activity = z.infer<typeof Activity>;

/** The invoke an Adaptive Card's Action.Execute sends (Universal Actions). */
const CARD_ACTION = 'adaptiveCard/action';
/** Attachments that repeat what the text or the card already says. */
const NOT_MEDIA = [/^text\/html$/, /^application\/vnd\.microsoft\.card\./];

/**
 * A Teams activity as canonical messages: messages (the bot's own mention removed), card
 * submissions (Action.Submit's value, Action.Execute's invoke) as button taps, files, members
 * added and removed, reactions. Typing and the rest carry nothing to route.
 */
export function parseActivity(body: unknown, instanceId: string): InboundMessage[] {
  const activity = Activity.parse(body);
  const tenantId = activity.conversation.tenantId ?? activity.channelData?.tenant?.id;
  const address: TeamsAddress = {
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    botId: activity.recipient.id,
    ...(tenantId ? { tenantId } : {}),
    ...(activity.from.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}),
    ...(activity.conversation.conversationType ? { conversationType: activity.conversation.conversationType } : {}),
  };
  const base = {
    id: newId(),
    instanceId,
    channel: 'teams' as const,
    conversationKey: activity.conversation.id,
    from: party(activity.from),
    channelMessageId: `${activity.conversation.id}|${activity.id ?? digest(body)}`,
    receivedAt: Date.parse(activity.timestamp ?? '') || Date.now(),
    replyAddress: encodeAddress(address),
  };
  switch (activity.type) {
    case 'message':
      return messages(activity, base);
    case 'invoke': {
      if (activity.name !== CARD_ACTION) return [];
      const data = (activity.value as { action?: { data?: unknown } } | undefined)?.action?.data;
      const choice = submittedChoice(data);
      return choice ? [{ ...base, kind: 'interactive_reply', ...choice }] : [];
    }
    case 'conversationUpdate': {
      const added = (activity.membersAdded ?? []).filter((m) => m.id !== activity.recipient.id).map(party);
      const removed = (activity.membersRemoved ?? []).filter((m) => m.id !== activity.recipient.id).map(party);
      const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient.id);
      if (!botAdded && added.length === 0 && removed.length === 0) return [];
      return [{ ...base, kind: 'membership', added, removed, botAdded }];
    }
    case 'messageReaction': {
      if (!activity.replyToId) return [];
      const added = activity.reactionsAdded?.[0]?.type;
      return [{ ...base, kind: 'reaction', targetChannelMessageId: activity.replyToId, emoji: added ?? '' }];
    }
    default:
      return [];
  }
}

function messages(
  activity: Activity,
  base: Omit<InboundMessage & { kind: 'text' }, 'kind' | 'text'>,
): InboundMessage[] {
  const replyTo = activity.replyToId ? { replyToChannelMessageId: activity.replyToId } : {};
  const choice = submittedChoice(activity.value);
  if (choice) return [{ ...base, ...replyTo, kind: 'interactive_reply', ...choice }];
  const out: InboundMessage[] = [];
  const text = withoutBotMention(activity);
  if (text !== '') out.push({ ...base, ...replyTo, kind: 'text', text });
  const files = (activity.attachments ?? []).filter((a) => !NOT_MEDIA.some((pattern) => pattern.test(a.contentType)));
  for (const [i, attachment] of files.entries()) {
    const download = (attachment.content as { downloadUrl?: unknown; fileType?: unknown } | undefined) ?? {};
    const url = typeof download.downloadUrl === 'string' ? download.downloadUrl : attachment.contentUrl;
    const isFile = attachment.contentType === 'application/vnd.microsoft.teams.file.download.info';
    out.push({
      ...base,
      ...replyTo,
      id: newId(),
      channelMessageId: out.length === 0 ? base.channelMessageId : `${base.channelMessageId}:${i}`,
      kind: 'media',
      media: {
        mimeType: isFile ? mimeOf(String(download.fileType ?? '')) : attachment.contentType,
        ...(url && /^https?:\/\//.test(url) ? { url } : {}),
        ...(attachment.name ? { name: attachment.name } : {}),
      },
    });
  }
  return out;
}

/** The text without `<at>Bot</at>`: in groups and channels Teams writes the bot's mention into it. */
function withoutBotMention(activity: Activity): string {
  let text = activity.text ?? '';
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type: string; mentioned?: { id?: string }; text?: string };
    if (mention.type === 'mention' && mention.mentioned?.id === activity.recipient.id && mention.text) {
      text = text.split(mention.text).join(' ');
    }
  }
  return text
    .replace(/<at>[^<]*<\/at>/g, (match) =>
      activity.recipient.name && match.includes(activity.recipient.name) ? ' ' : match,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** A choice our cards submit: `{gbChoice, gbTitle}` from a button, or a list's `gbChoice` of `[id, title]`. */
function submittedChoice(value: unknown): { choiceId: string; title: string } | undefined {
  const data = value as { gbChoice?: unknown; gbTitle?: unknown } | undefined;
  if (typeof data?.gbChoice !== 'string' || data.gbChoice === '') return undefined;
  if (typeof data.gbTitle === 'string') return { choiceId: data.gbChoice, title: data.gbTitle };
  const picked = parseJson(data.gbChoice);
  if (Array.isArray(picked) && typeof picked[0] === 'string' && typeof picked[1] === 'string') {
    return { choiceId: picked[0], title: picked[1] };
  }
  return { choiceId: data.gbChoice, title: data.gbChoice };
}

function party(account: z.infer<typeof Account>): Party {
  return { id: account.id, ...(account.name ? { name: account.name } : {}) };
}

function digest(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 22);
}

const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function mimeOf(fileType: string): string {
  return FILE_TYPES[fileType.toLowerCase()] ?? 'application/octet-stream';
}

/** The request's activity, read once however often verify, parse and respond ask for it. */
const activities = new WeakMap<Buffer, unknown>();
function activityOf(request: ChannelRequest): unknown {
  if (!activities.has(request.body)) activities.set(request.body, parseJson(request.body.toString('utf8')));
  return activities.get(request.body);
}

/**
 * The bot's messaging endpoint: the Connector's JWT checked on every request, then the activity.
 * An Adaptive Card's Action.Execute is answered with an invoke response once it is queued.
 */
export function teamsWebhook(
  config: TeamsAuthConfig & { instanceId: string; keys: SigningKeyDirectory },
): WebhookReceiver {
  return {
    async verify(request) {
      const activity = activityOf(request) as { serviceUrl?: unknown; channelId?: unknown } | undefined;
      if (!activity || typeof activity !== 'object') return { ok: false, reason: 'the body is not an activity' };
      return verifyConnectorToken(config.keys, config, request.headers.authorization, activity);
    },
    parse(request) {
      const body = activityOf(request);
      if (body === undefined) throw new Error('the body is not JSON');
      return parseActivity(body, config.instanceId);
    },
    respond(request: ChannelRequest, accepted: InboundMessage[]): DirectResponse | undefined {
      const activity = activityOf(request) as { type?: unknown; name?: unknown } | undefined;
      if (activity?.type !== 'invoke') return undefined;
      // An invoke the gateway does not handle (message extensions, sign-in...) gets the SDK's 501.
      if (activity.name !== CARD_ACTION || accepted.length === 0) {
        return { status: 501, contentType: 'application/json', body: '{}' };
      }
      // Universal Actions: a message response; the bot's answer follows as a message of its own.
      const response = { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Got it.' };
      return { status: 200, contentType: 'application/json', body: JSON.stringify(response) };
    },
  };
}

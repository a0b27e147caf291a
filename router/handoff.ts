import type { ChannelName, InboundMessage, Party } from '../core/index.js';
import type { Handoff, HandoffRepository } from '../store/index.js';
import type { ReplyContent } from './menus.js';

/** Where a reply goes when it is not back to the sender (a relay to the agent, or to the user). */
export interface ReplyTarget {
  channel: ChannelName;
  conversationKey: string;
  to: Party;
}

export type AddressedReply = ReplyContent & { target?: ReplyTarget };

export interface HandoffSettings {
  readonly humanCommand: string;
  readonly quitWord: string;
  readonly humanAgents: ReadonlyArray<{ channel: string; address: string }>;
}

function said(message: InboundMessage): string {
  switch (message.kind) {
    case 'text':
      return message.text;
    case 'interactive_reply':
      return message.title;
    case 'media':
      return `(sent ${message.media.mimeType}${message.media.url ? `: ${message.media.url}` : ''})`;
    case 'location':
      return `(sent a location: ${message.latitude}, ${message.longitude})`;
    default:
      return `(sent a ${message.kind})`;
  }
}

/**
 * Human hand-off: a user asks for a person with the instance's command; the least busy agent of
 * the instance's list gets the conversation, on whatever channel the agent is; messages are
 * relayed both ways until either side says the quit word. Meanwhile the bot does not answer.
 */
export class HumanHandoff {
  constructor(private readonly handoffs: HandoffRepository) {}

  /** The replies when the message belongs to a hand-off (or starts one); undefined otherwise. */
  async route(
    message: InboundMessage,
    instanceId: string,
    settings: HandoffSettings,
  ): Promise<AddressedReply[] | undefined> {
    const text = said(message);
    const word = text.trim().toLowerCase().replace(/^\//, '');
    // Without agents there is no hand-off to be in (and none to look up for each message).
    if (settings.humanAgents.length === 0)
      return word === settings.humanCommand ? this.open(message, instanceId, settings) : undefined;
    const isAgent = settings.humanAgents.some((a) => a.channel === message.channel && a.address === message.from.id);
    if (isAgent) {
      const open = await this.handoffs.openForAgent(instanceId, message.channel, message.from.id);
      if (open) {
        if (word === settings.quitWord) {
          await this.handoffs.close(open.id);
          return [
            toUser(open, 'You are talking to the bot again.'),
            toAgent(open, `The conversation with ${userName(open)} ended.`),
          ];
        }
        return [toUser(open, text)];
      }
    }
    const open = await this.handoffs.openForUser(instanceId, message.channel, message.conversationKey);
    if (open) {
      if (word === settings.quitWord) {
        await this.handoffs.close(open.id);
        return [
          { kind: 'text', text: 'You are talking to the bot again.' },
          toAgent(open, `${userName(open)} ended the conversation.`),
        ];
      }
      return [toAgent(open, `${userName(open)}: ${text}`)];
    }
    if (word !== settings.humanCommand) return undefined;
    return this.open(message, instanceId, settings);
  }

  /** Hands the message's conversation to the least busy agent (the human command, or a dialog's TRANSFER). */
  async open(message: InboundMessage, instanceId: string, settings: HandoffSettings): Promise<AddressedReply[]> {
    if (settings.humanAgents.length === 0)
      return [{ kind: 'text', text: 'There is no one to talk to right now; I will keep helping as best I can.' }];
    const load = await this.handoffs.load(instanceId);
    const agent = [...settings.humanAgents].sort(
      (a, b) => (load.get(`${a.channel}:${a.address}`) ?? 0) - (load.get(`${b.channel}:${b.address}`) ?? 0),
    )[0]!;
    const handoff = await this.handoffs.open(
      instanceId,
      {
        channel: message.channel,
        conversation: message.conversationKey,
        address: message.from.id,
        name: message.from.name ?? null,
      },
      agent,
    );
    return [
      { kind: 'text', text: `Connecting you to a person. Say "${settings.quitWord}" to come back to the bot.` },
      toAgent(
        handoff,
        `${userName(handoff)} (${message.channel}) wants to talk. Reply here; say "${settings.quitWord}" to end.`,
      ),
    ];
  }
}

function userName(handoff: Handoff): string {
  return handoff.user.name ?? handoff.user.address;
}

function toAgent(handoff: Handoff, text: string): AddressedReply {
  return {
    kind: 'text',
    text,
    target: {
      channel: handoff.agent.channel as ChannelName,
      conversationKey: handoff.agent.address,
      to: { id: handoff.agent.address },
    },
  };
}

function toUser(handoff: Handoff, text: string): AddressedReply {
  return {
    kind: 'text',
    text,
    target: {
      channel: handoff.user.channel as ChannelName,
      conversationKey: handoff.user.conversation,
      to: { id: handoff.user.address, ...(handoff.user.name ? { name: handoff.user.name } : {}) },
    },
  };
}

import { TEST_KEYS } from './keys.js';
import { ChannelRegistry } from '../adapters/index.js';
import { botActivity } from '../adapters/web/directline.js';
import { SecretBox } from '../config/index.js';
import { type ChannelName, type InboundMessage, newId, type OutboundMessage } from '../core/index.js';
import { KnowledgeModels, LlmResponder } from '../nlp/index.js';
import { Router } from '../router/index.js';
import { deployPackage } from '../server/deploy.js';
import { InstanceDirectory } from '../server/instance-directory.js';
import { storeSeams } from '../server/roles.js';
import { Store } from '../store/index.js';
import { silentLogger } from './logger.js';
import { rendered, stepDifferences, type TranscriptStep } from './transcript.js';

/** Someone who talks to the bot: a user on the web chat, or an agent on another channel. */
export interface Party {
  channel: ChannelName;
  conversationKey: string;
  id: string;
}

/**
 * The router alone, on an in-memory SQLite store with the real repositories behind its seams:
 * no broker, no HTTP, no workers. A message is routed when `say` resolves, so a transcript plays
 * in milliseconds. Replies are collected as the router publishes them.
 */
export class RouterHarness {
  readonly published: OutboundMessage[] = [];
  readonly #router: Router;
  readonly #instances: InstanceDirectory;

  private constructor(
    readonly store: Store,
    private readonly secrets: SecretBox,
    private readonly channels: ChannelRegistry,
    options: { dialogEffectsPerMinute?: number },
  ) {
    this.#instances = new InstanceDirectory(store, secrets, channels, 0);
    this.#router = new Router({
      ...storeSeams(store),
      instances: this.#instances,
      knowledge: new KnowledgeModels(store, silentLogger),
      llm: new LlmResponder(store, silentLogger),
      addressableChannels: channels.addressable,
      publishReply: async (reply) => {
        this.published.push(reply);
      },
      // A dialog's WAIT comes back when it is due, as the broker's delayed delivery would bring it.
      publishLater: async (message, delayMs) => {
        setTimeout(() => void this.#router.handle(message), delayMs).unref();
      },
      logger: silentLogger,
      ...options,
    });
  }

  static async open(options: { dialogEffectsPerMinute?: number } = {}): Promise<RouterHarness> {
    const store = await Store.open({ kind: 'sqlite', file: ':memory:' }, { keys: TEST_KEYS });
    return new RouterHarness(store, new SecretBox(Buffer.alloc(32, 7)), new ChannelRegistry(), options);
  }

  /** Deploys a bot package into the store, as `gb deploy` does; returns the instance id. */
  async deploy(packagePath: string): Promise<string> {
    const { instance } = await deployPackage(
      { store: this.store, secrets: this.secrets, logger: silentLogger, channels: this.channels },
      packagePath,
    );
    return instance.id;
  }

  /** Routes one text from `party`; the replies are in `published` when it resolves. */
  async say(instanceId: string, party: Party, text: string): Promise<void> {
    await this.route(this.message(instanceId, party, text));
  }

  /** Routes a message as the router's consumer would, also one delivered again. */
  route(message: InboundMessage): Promise<void> {
    return this.#router.handle(message);
  }

  /** A text from `party`, as an adapter would make it. */
  message(instanceId: string, party: Party, text: string): InboundMessage {
    return {
      kind: 'text',
      id: newId(),
      instanceId,
      channel: party.channel,
      conversationKey: party.conversationKey,
      from: { id: party.id },
      channelMessageId: newId(),
      receivedAt: Date.now(),
      text,
    };
  }

  /** What `party` has received so far, rendered as transcripts write it. */
  received(party: Party): string[] {
    return this.published
      .filter((m) => m.channel === party.channel && m.conversationKey === party.conversationKey)
      .map((m) => rendered(botActivity(m, m.conversationKey, 0, { id: 'bot', name: 'bot' }, undefined, new Date())));
  }

  /** Plays a transcript: the user on the web chat, the agent (if any) on its own channel. */
  async play(instanceId: string, steps: TranscriptStep[], agent?: Party): Promise<string[]> {
    const user: Party = { channel: 'web', conversationKey: `conversation-${newId()}`, id: `user-${newId()}` };
    const differences: string[] = [];
    let userSeen = 0;
    let agentSeen = 0;
    for (const step of steps) {
      if (step.who === 'agent' && !agent)
        throw new Error(`line ${step.line}: the transcript has an agent, the test none`);
      await this.say(instanceId, step.who === 'agent' ? agent! : user, step.says);
      const toUser = this.received(user).slice(userSeen);
      const toAgent = agent ? this.received(agent).slice(agentSeen) : [];
      userSeen += toUser.length;
      agentSeen += toAgent.length;
      differences.push(...stepDifferences(step, toUser, toAgent));
    }
    return differences;
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}

import {
  InboundMessage,
  OutboundMessage,
  PermanentFailure,
  newId,
  replyIdempotencyKey,
  type Logger,
} from '../core/index.js';
import type { KnowledgeModels, LlmResponder, LlmSettings } from '../nlp/index.js';
import type { InstanceRecord, Store } from '../store/index.js';
import { DialogRunner, type DialogSettings } from './dialogs.js';
import { HumanHandoff, type AddressedReply, type HandoffSettings } from './handoff.js';
import { Menus, type ReplyContent } from './menus.js';
import { nextScheduledRun } from '../keywords/index.js';

/** Replies a typed answer can be a choice of. */
const MENU_KINDS = ['buttons', 'list'] as const;

/** What the router needs of an instance's settings. */
export interface RoutingSettings extends HandoffSettings, DialogSettings {
  readonly nlpScore: number;
  readonly menuCommand: string;
  readonly faqCommand: string;
  readonly notFoundMessage: string;
  readonly language: string;
  /** The instance's LLM, with its key; undefined when it has none. */
  readonly llmSettings: LlmSettings | undefined;
}

export interface InstanceContext {
  instance: InstanceRecord;
  settings: RoutingSettings;
}

/** Finds an instance and its settings by id; undefined when it does not exist or is disabled. */
export interface InstanceLookup {
  byId(id: string): Promise<InstanceContext | undefined>;
}

/** Where the router puts replies: the outbound queue of the reply's channel, confirmed. */
export type PublishReply = (message: OutboundMessage) => Promise<void>;

/** Puts a message back on the inbound queue after a delay (a dialog's WAIT). */
export type PublishLater = (message: InboundMessage, delayMs: number) => Promise<void>;

export type Decision =
  | { kind: 'human' }
  | { kind: 'dialog' }
  | { kind: 'menu' }
  | { kind: 'knowledge'; answerId: string; score: number; via: 'exact' | 'nlp' }
  | { kind: 'llm'; citedQuestionId: string | undefined }
  | { kind: 'not_found' }
  | { kind: 'status' }
  /** A channel's redelivery of a message already handled. */
  | { kind: 'duplicate' };

export interface RouterDeps {
  store: Store;
  instances: InstanceLookup;
  knowledge: KnowledgeModels;
  llm: LlmResponder;
  publishReply: PublishReply;
  publishLater: PublishLater;
  logger: Logger;
  onDecision?: (message: InboundMessage, decision: Decision) => void;
}

/**
 * Decides what the bot answers to one inbound message and publishes the replies. At-least-once
 * safe: a redelivered message produces replies with the same idempotency keys.
 */
export class Router {
  readonly #menus: Menus;
  readonly #handoff: HumanHandoff;
  readonly #dialogs: DialogRunner;

  constructor(private readonly deps: RouterDeps) {
    this.#menus = new Menus(deps.store);
    this.#handoff = new HumanHandoff(deps.store);
    this.#dialogs = new DialogRunner(deps.store, deps.logger, (message, until) => this.#wakeAt(message, until));
  }

  async handle(body: unknown): Promise<void> {
    const parsed = InboundMessage.safeParse(body);
    if (!parsed.success) throw new PermanentFailure(`not an inbound message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    let message: InboundMessage = parsed.data;
    if (message.kind === 'status') {
      await this.deps.store.messages.advanceStatus(
        { channel: message.channel, providerMessageId: message.providerMessageId },
        message.status,
        message.error !== undefined ? { error: message.error } : {},
      );
      this.deps.onDecision?.(message, { kind: 'status' });
      return;
    }
    const context = await this.deps.instances.byId(message.instanceId);
    if (!context) throw new PermanentFailure(`instance ${message.instanceId} no longer exists`);
    if (message.internal === 'dialog-wait') {
      const replies = await this.#dialogs.route(message, context.instance.id, context.instance.kbVersion, context.settings);
      await this.#publish(message, { kind: 'dialog' }, replies ?? []);
      return;
    }
    // A channel's redelivery (the same channel message id under a new gateway id) is dropped; the
    // broker's redelivery of this very message carries on, and its replies keep their keys.
    if (!(await this.deps.store.messages.recordInbound(message)) && (await this.deps.store.messages.inboundId(message)) !== message.id) {
      this.deps.onDecision?.(message, { kind: 'duplicate' });
      return;
    }
    message = await this.#answerToMenu(message);

    await this.#publish(message, ...(await this.#route(message, context)));
  }

  /** A dialog waiting on WAIT gets a message back when it is due, to carry on. */
  #wakeAt(message: InboundMessage, until: number): Promise<void> {
    const { text: _text, kind: _kind, internal: _internal, ...base } = message as InboundMessage & { text?: string };
    return this.deps.publishLater(
      { ...base, kind: 'text', text: '', id: newId(), internal: 'dialog-wait', channelMessageId: `dialog-wait:${message.conversationKey}:${until}` },
      Math.max(0, until - Date.now()),
    );
  }

  /**
   * Runs the scheduled dialogs that are due (SET SCHEDULE), each slot once across all nodes.
   * A scheduled dialog has no user: what it says with TALK is logged; TALK TO and the other
   * keywords reach people and systems as in a conversation.
   */
  async runDueSchedules(now: number = Date.now()): Promise<number> {
    let ran = 0;
    for (const schedule of await this.deps.store.dialogs.schedules()) {
      const slot = latestDueSlot(schedule.cron, schedule.lastRunAt, now);
      if (slot === undefined || !(await this.deps.store.dialogs.claimRun(schedule.id, slot))) continue;
      const context = await this.deps.instances.byId(schedule.instanceId);
      if (!context) continue;
      const message: InboundMessage = {
        kind: 'text',
        id: newId(),
        instanceId: schedule.instanceId,
        channel: 'web',
        conversationKey: `schedule:${schedule.dialog}:${slot}`,
        from: { id: 'scheduler' },
        channelMessageId: `schedule:${schedule.id}:${slot}`,
        receivedAt: now,
        text: '',
      };
      const replies = (await this.#dialogs.start(message, schedule.instanceId, context.instance.kbVersion, schedule.dialog, context.settings)) ?? [];
      for (const reply of replies.filter((r) => !r.target)) this.deps.logger.info({ instanceId: schedule.instanceId, dialog: schedule.dialog, text: 'text' in reply ? reply.text : `(${reply.kind})` }, 'scheduled dialog said');
      await this.#publish(message, { kind: 'dialog' }, replies.filter((r) => r.target));
      ran++;
    }
    return ran;
  }

  async #route(message: InboundMessage, context: InstanceContext): Promise<[Decision, AddressedReply[]]> {
    const relayed = await this.#handoff.route(message, context.instance.id, context.settings);
    const dialog = relayed ? undefined : await this.#dialogs.route(message, context.instance.id, context.instance.kbVersion, context.settings);
    const { decision, replies } = relayed
      ? { decision: { kind: 'human' } as const, replies: relayed }
      : dialog
        ? { decision: { kind: 'dialog' } as const, replies: dialog }
        : await this.#decide(message, context);
    return [decision, replies];
  }

  async #publish(message: InboundMessage, decision: Decision, replies: AddressedReply[]): Promise<void> {
    this.deps.onDecision?.(message, decision);
    for (const [position, reply] of replies.entries()) {
      const { target, ...content } = reply;
      const address = target ?? { channel: message.channel, conversationKey: message.conversationKey, to: message.from };
      await this.deps.publishReply({
        ...content,
        ...address,
        id: newId(),
        instanceId: message.instanceId,
        idempotencyKey: replyIdempotencyKey(message, position),
        ...(target ? {} : { replyToChannelMessageId: message.channelMessageId }),
        ...(position === 0 && message.callbackId !== undefined ? { callbackId: message.callbackId } : {}),
        createdAt: Date.now(),
      });
    }
  }

  /**
   * Text answering the menu the bot sent last is that choice: a bare number (channels without
   * buttons show menus as numbered text) or the choice's title (what the web chat's buttons send).
   */
  async #answerToMenu(message: InboundMessage): Promise<InboundMessage> {
    if (message.kind !== 'text' || message.text.length > 256) return message;
    const last = await this.deps.store.messages.lastOutbound(message.instanceId, message.conversationKey, MENU_KINDS);
    if (!last) return message;
    const content = OutboundMessage.safeParse(last.content);
    if (!content.success || (content.data.kind !== 'buttons' && content.data.kind !== 'list')) return message;
    const typed = message.text.trim();
    const number = /^(\d{1,3})\.?$/.exec(typed)?.[1];
    const choice = number !== undefined ? content.data.choices[Number(number) - 1] : content.data.choices.find((c) => c.title.toLowerCase() === typed.toLowerCase());
    if (!choice) return message;
    const { text: _text, kind: _kind, ...base } = message;
    return { ...base, kind: 'interactive_reply', choiceId: choice.id, title: choice.title };
  }

  /** ARCHITECTURE.md, section 2: commands and menus, the knowledge base, the LLM, the Not Found Message. */
  async #decide(message: InboundMessage, context: InstanceContext): Promise<{ decision: Decision; replies: AddressedReply[] }> {
    const notFound = { decision: { kind: 'not_found' } as const, replies: [{ kind: 'text' as const, text: context.settings.notFoundMessage }] };
    if (message.kind !== 'text' && message.kind !== 'interactive_reply') return notFound;
    const menu = await this.#menu(message, context);
    if (menu) return { decision: { kind: 'menu' }, replies: [menu] };
    const { text: answer, decision } = await this.#answer(message, context);
    if (answer === undefined) return notFound;
    // An answer that names a dialog (`/leadform`) starts it.
    const named = /^\/([A-Za-z0-9_-]{1,64})$/.exec(answer.trim())?.[1];
    const started = named ? await this.#dialogs.start(message, context.instance.id, context.instance.kbVersion, named, context.settings) : undefined;
    return started ? { decision: { kind: 'dialog' }, replies: started } : { decision, replies: [{ kind: 'text', text: answer }] };
  }

  async #menu(message: InboundMessage & { kind: 'text' | 'interactive_reply' }, context: InstanceContext): Promise<ReplyContent | undefined> {
    const instanceId = context.instance.id;
    if (message.kind === 'interactive_reply') return this.#menus.choice(instanceId, message.choiceId);
    const command = message.text.trim().toLowerCase().replace(/^\//, '');
    if (command === context.settings.menuCommand) return (await this.#menus.top(instanceId)) ?? (await this.#menus.faq(instanceId));
    if (command === context.settings.faqCommand) return this.#menus.faq(instanceId);
    return undefined;
  }

  async #answer(message: InboundMessage & { kind: 'text' | 'interactive_reply' }, context: InstanceContext): Promise<{ text: string | undefined; decision: Decision }> {
    const notFound = { text: undefined, decision: { kind: 'not_found' } as const };
    const question = message.kind === 'text' ? message.text : message.title;
    const index = await this.deps.knowledge.forInstance(context.instance.id, context.instance.kbVersion, context.settings.language);
    const match = await index.match(question);
    if (match && match.score >= context.settings.nlpScore) {
      return { decision: { kind: 'knowledge', answerId: match.answerId, score: match.score, via: match.via }, text: match.answer };
    }
    this.deps.logger.debug({ instanceId: context.instance.id, score: match?.score }, 'no knowledge-base answer above the threshold');
    const llm = context.settings.llmSettings;
    if (llm) {
      const answer = await this.deps.llm.answer(llm, {
        instanceId: context.instance.id,
        kbVersion: context.instance.kbVersion,
        userKey: `${message.channel}:${message.from.id}`,
        question,
        entries: () => this.deps.store.knowledge.questionsWithAnswers(context.instance.id),
      });
      if (answer) return { decision: { kind: 'llm', citedQuestionId: answer.citedQuestionId }, text: answer.text };
    }
    // Logged so an operator can link it to an answer, and the next training learns it.
    await this.deps.store.knowledge.logUnanswered({ id: message.id, instanceId: context.instance.id, channel: message.channel, conversationKey: message.conversationKey, content: question, bestScore: match?.score });
    return notFound;
  }
}

/** The latest slot of a cron schedule after `since` and not after `now`, if one is due. */
function latestDueSlot(cron: string, since: number, now: number): number | undefined {
  let slot: number | undefined;
  let next = nextScheduledRun(cron, new Date(since));
  for (let i = 0; next && next.getTime() <= now && i < 10_000; i++) {
    slot = next.getTime();
    next = nextScheduledRun(cron, next);
  }
  return slot;
}

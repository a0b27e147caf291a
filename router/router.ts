import {
  type ChannelName,
  type Choice,
  InboundMessage,
  type Logger,
  type OutboundMessage,
  PermanentFailure,
  errorMessage,
  newId,
  withinDeadline,
  replyIdempotencyKey,
} from '../core/index.js';
import { nextScheduledRun } from '../keywords/index.js';
import {
  endpointEmbedder,
  type Embedder,
  type EmbeddingsEndpoint,
  type KnowledgeModels,
  type LlmResponder,
  type LlmSettings,
} from '../nlp/index.js';
import type {
  DialogRepository,
  HandoffRepository,
  InstanceRecord,
  KnowledgeRepository,
  MenuRepository,
  MessageRepository,
  ReferenceRepository,
} from '../store/index.js';
import { DialogRunner, type DialogSettings, type DialogTurn, type EmitReplies } from './dialogs.js';
import type { BotIntegrations, CodeVerifier } from './dialog-host.js';
import { type AddressedReply, type HandoffSettings, HumanHandoff } from './handoff.js';
import { choose, Menus, type ReplyContent } from './menus.js';

/** What the router needs of an instance's settings. */
export interface RoutingSettings extends HandoffSettings, DialogSettings {
  readonly nlpScore: number;
  readonly menuCommand: string;
  readonly faqCommand: string;
  readonly notFoundMessage: string;
  readonly language: string;
  /** Said when a conversation with the bot begins (the web chat opens, the bot is added to a chat). */
  readonly greeting: string | undefined;
  /** The instance's LLM, with its key; undefined when it has none. */
  readonly llm: LlmSettings | undefined;
  /** An embeddings endpoint: the knowledge base is matched by meaning too. */
  readonly embeddings: EmbeddingsEndpoint | undefined;
}

export interface InstanceContext {
  instance: InstanceRecord;
  settings: RoutingSettings;
  integrations: BotIntegrations;
  /** The channels the instance has: a reply to any other cannot be delivered. */
  channels: readonly ChannelName[];
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
  | {
      kind: 'knowledge';
      questionId: string;
      answerId: string;
      score: number;
      via: 'exact' | 'nlp' | 'embeddings';
      /** The questions it was preferred to, with their scores. */
      passedOver: Array<{ questionId: string; score: number }>;
    }
  /** Two answers about as likely: the user is asked which question they meant. */
  | { kind: 'clarify'; questionIds: string[] }
  | { kind: 'llm'; citedQuestionId: string | undefined }
  /** Nothing answered: the knowledge base's best guess, if any, and its score under the threshold. */
  | { kind: 'not_found'; best?: { questionId: string; score: number } }
  /** Something that asks for no answer: a reaction, members joining, the bot added (then it greets). */
  | { kind: 'noted' }
  /** A channel's redelivery of a message already handled. */
  | { kind: 'duplicate' }
  /** The customer's messages quota is used up: read, recorded, not answered. */
  | { kind: 'quota'; reason: string };

/** The conversation log: each channel message recorded once, with why it got its answer. */
export type ConversationLog = Pick<MessageRepository, 'recordInbound' | 'inboundId'>;

/** The knowledge base's rows: menus over its subjects, answers, and the questions it could not answer. */
export type KnowledgeBase = Pick<
  KnowledgeRepository,
  'subjectsUnder' | 'subject' | 'questionsUnder' | 'answerTo' | 'questionsWithAnswers' | 'logUnanswered'
>;

/** The last menu offered in a conversation. */
export type MenuLog = Pick<MenuRepository, 'remember' | 'last'>;

/** Where each person was last reached on a channel that needs a reply address (Teams). */
export type ReferenceLog = Pick<ReferenceRepository, 'remember' | 'latest'>;

/** A dialog's sessions, programs, schedules and the data its keywords keep. */
export type DialogSessions = DialogRepository;

export interface RouterDeps {
  instances: InstanceLookup;
  conversations: ConversationLog;
  menus: MenuLog;
  references: ReferenceLog;
  knowledgeBase: KnowledgeBase;
  handoffs: HandoffRepository;
  dialogs: DialogSessions;
  /** The per-instance NLP models over the knowledge base. */
  knowledge: Pick<KnowledgeModels, 'forInstance' | 'semantic'>;
  llm: Pick<LlmResponder, 'answer' | 'route'>;
  /** The channels a dialog may address (`TALK TO "channel:address"`), from the channel registry. */
  addressableChannels: readonly ChannelName[];
  publishReply: PublishReply;
  publishLater: PublishLater;
  /** One-time codes for dialogs (SEND CODE TO, CHECK CODE), when the gateway offers them. */
  codes?: CodeVerifier;
  /** Keywords a conversation's dialogs may run in a minute (default EFFECTS_PER_MINUTE). */
  dialogEffectsPerMinute?: number;
  /** Counts a message against its customer's quota: the reason when it is used up, else undefined. */
  admit?: (message: InboundMessage, instance: InstanceContext['instance']) => Promise<string | undefined>;
  logger: Logger;
  onDecision?: (message: InboundMessage, decision: Decision) => void;
}

type Said = InboundMessage & { kind: 'text' | 'interactive_reply' };

/** How long a message waits for the embeddings (the knowledge base's, and its own) before words answer alone. */
const MEANING_DEADLINE_MS = 3_000;

/** The embeddings did not come within MEANING_DEADLINE_MS: words answer alone. */
class MeaningLate extends Error {}

/** The closest knowledge-base answers an LLM router chooses among (with every dialog). */
const ROUTER_CANDIDATES = 5;

/**
 * The replies to a message and the decision that made them; undefined when a step passes.
 * `position` is the place of the first of them among the message's replies (a dialog publishes
 * what it says before reaching outside, so the rest follow those).
 */
type Routed = { decision: Decision; replies: AddressedReply[]; position?: number };
/** What one step learns for a later one (the knowledge base's best score, for the unanswered log). */
type Notes = { best?: { questionId: string; score: number } };
type Step = (message: InboundMessage, context: InstanceContext, notes: Notes) => Promise<Routed | undefined>;

/**
 * Decides what the bot answers to one inbound message and publishes the replies. At-least-once
 * safe: a redelivered message produces replies with the same idempotency keys.
 */
export class Router {
  readonly #menus: Menus;
  readonly #handoff: HumanHandoff;
  readonly #dialogs: DialogRunner;
  /** The decision order of docs/architecture.md: the first step that answers decides. */
  readonly #steps: readonly Step[];
  readonly #embedders = new Map<string, Embedder>();

  constructor(private readonly deps: RouterDeps) {
    this.#menus = new Menus(deps.knowledgeBase);
    this.#handoff = new HumanHandoff(deps.handoffs);
    this.#dialogs = new DialogRunner(
      deps.dialogs,
      deps.handoffs,
      deps.addressableChannels,
      deps.logger,
      (m, until) => this.#wakeAt(m, until),
      deps.codes,
      deps.dialogEffectsPerMinute,
    );
    this.#steps = [
      (m, c) => this.#noted(m, c),
      (m, c) => this.#humanHandoff(m, c),
      (m, c) => this.#dialog(m, c),
      (m, c) => this.#menu(m, c),
      (m, c, notes) => this.#knowledgeBase(m, c, notes),
      (m, c) => this.#llm(m, c),
      (m, c, notes) => this.#notFound(m, c, notes),
    ];
  }

  async handle(body: unknown): Promise<void> {
    const parsed = InboundMessage.safeParse(body);
    if (!parsed.success) {
      throw new PermanentFailure(`not an inbound message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    }
    let message: InboundMessage = parsed.data;
    if (message.kind === 'status')
      throw new PermanentFailure('delivery statuses go to the statuses queue, not inbound');
    const context = await this.deps.instances.byId(message.instanceId);
    if (!context) throw new PermanentFailure(`instance ${message.instanceId} no longer exists`);
    if (message.internal === 'dialog-wait') {
      const turn = await this.#dialogs.route(message, context, this.#emitter(message, context));
      await this.#publish(message, context, { decision: { kind: 'dialog' }, ...(turn ?? { replies: [] }) });
      return;
    }
    // A channel's redelivery (the same channel message id under a new gateway id) is dropped; the
    // broker's redelivery of this very message carries on, and its replies keep their keys.
    const { conversations } = this.deps;
    if (!(await conversations.recordInbound(message)) && (await conversations.inboundId(message)) !== message.id) {
      this.deps.onDecision?.(message, { kind: 'duplicate' });
      return;
    }
    const refused = await this.deps.admit?.(message, context.instance);
    if (refused !== undefined) {
      this.deps.logger.warn({ instanceId: message.instanceId, messageId: message.id, reason: refused }, 'not answered');
      this.deps.onDecision?.(message, { kind: 'quota', reason: refused });
      return;
    }
    if (message.replyAddress !== undefined) {
      await this.deps.references.remember(message.instanceId, message.channel, message.from.id, message.replyAddress);
    }
    message = await this.#answerToMenu(message);
    const notes: Notes = {};
    for (const step of this.#steps) {
      const routed = await step(message, context, notes);
      if (routed) return this.#publish(message, context, routed);
    }
  }

  /**
   * Runs the scheduled dialogs that are due (SET SCHEDULE), each slot once across all nodes.
   * A scheduled dialog has no user: what it says with TALK is logged; TALK TO and the other
   * keywords reach people and systems as in a conversation.
   */
  async runDueSchedules(now: number = Date.now()): Promise<number> {
    let ran = 0;
    for (const schedule of await this.deps.dialogs.schedules()) {
      const slot = latestDueSlot(schedule.cron, schedule.lastRunAt, now);
      if (slot === undefined || !(await this.deps.dialogs.claimRun(schedule.id, slot))) continue;
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
      // What the dialog says to nobody is logged; a TALK TO goes out, in order, as it runs.
      const emit: EmitReplies = async (replies, position) => {
        for (const reply of replies.filter((r) => !r.target)) {
          const text = 'text' in reply ? reply.text : `(${reply.kind})`;
          this.deps.logger.info(
            { instanceId: schedule.instanceId, dialog: schedule.dialog, text },
            'scheduled dialog said',
          );
        }
        await this.#send(
          message,
          context,
          replies.map((reply, i) => ({ reply, position: position + i })).filter(({ reply }) => reply.target),
        );
      };
      const turn = await this.#dialogs.start(message, context, schedule.dialog, emit);
      if (turn) await emit(turn.replies, turn.position);
      this.deps.onDecision?.(message, { kind: 'dialog' });
      ran++;
    }
    return ran;
  }

  /** A dialog waiting on WAIT gets a message back when it is due, to carry on. */
  #wakeAt(message: InboundMessage, until: number): Promise<void> {
    const { text: _text, kind: _kind, internal: _internal, ...base } = message as InboundMessage & { text?: string };
    return this.deps.publishLater(
      {
        ...base,
        kind: 'text',
        text: '',
        id: newId(),
        internal: 'dialog-wait',
        channelMessageId: `dialog-wait:${message.conversationKey}:${until}`,
      },
      Math.max(0, until - Date.now()),
    );
  }

  /** What asks for no answer: a reaction, members coming and going; the bot added to a chat greets it. */
  async #noted(message: InboundMessage, context: InstanceContext): Promise<Routed | undefined> {
    if (message.kind === 'reaction') return { decision: { kind: 'noted' }, replies: [] };
    if (message.kind !== 'membership') return undefined;
    const greeting = context.settings.greeting;
    return {
      decision: { kind: 'noted' },
      replies: message.botAdded && greeting ? [{ kind: 'text', text: greeting }] : [],
    };
  }

  /** 0. A conversation a person has (or asks for): relayed, and the bot keeps quiet. */
  async #humanHandoff(message: InboundMessage, context: InstanceContext): Promise<Routed | undefined> {
    const replies = await this.#handoff.route(message, context.instance.id, context.settings);
    return replies && { decision: { kind: 'human' }, replies };
  }

  /** 1 and 2. A dialog waiting on HEAR for this user, or one the message starts. */
  async #dialog(message: InboundMessage, context: InstanceContext): Promise<Routed | undefined> {
    const turn = await this.#dialogs.route(message, context, this.#emitter(message, context));
    return turn && { decision: { kind: 'dialog' }, ...turn };
  }

  /** Starts a dialog whose replies follow the message's (see Routed's position). */
  async #startDialog(message: InboundMessage, context: InstanceContext, name: string): Promise<DialogTurn | undefined> {
    return this.#dialogs.start(message, context, name, this.#emitter(message, context));
  }

  /** Publishes what a dialog says while it runs, at its places among the message's replies. */
  #emitter(message: InboundMessage, context: InstanceContext): EmitReplies {
    return (replies, position) =>
      this.#send(
        message,
        context,
        replies.map((reply, i) => ({ reply, position: position + i })),
      );
  }

  /** 3. The menu command, the FAQ command, or a choice of a menu. */
  async #menu(message: InboundMessage, context: InstanceContext): Promise<Routed | undefined> {
    if (!isSaid(message)) return undefined;
    const instanceId = context.instance.id;
    let reply: ReplyContent | undefined;
    if (message.kind === 'interactive_reply') reply = await this.#menus.choice(instanceId, message.choiceId);
    else {
      const command = message.text.trim().toLowerCase().replace(/^\//, '');
      if (command === context.settings.menuCommand) {
        reply = (await this.#menus.top(instanceId)) ?? (await this.#menus.faq(instanceId));
      } else if (command === context.settings.faqCommand) reply = await this.#menus.faq(instanceId);
    }
    return reply && { decision: { kind: 'menu' }, replies: [reply] };
  }

  /** 4. The knowledge base, when its best match scores at least the instance's NLP Score. */
  async #knowledgeBase(message: InboundMessage, context: InstanceContext, notes: Notes): Promise<Routed | undefined> {
    if (!isSaid(message)) return undefined;
    const { instance, settings } = context;
    const index = await this.deps.knowledge.forInstance(instance.id, instance.kbVersion, settings.language);
    const match = await index.match(question(message), await this.#meaning(message, context));
    if (match) notes.best = { questionId: match.questionId, score: match.score };
    this.deps.logger.debug(
      {
        messageId: message.id,
        instanceId: instance.id,
        candidates: match
          ? [{ questionId: match.questionId, score: match.score, via: match.via }, ...match.alternatives]
          : [],
        threshold: settings.nlpScore,
      },
      'knowledge-base candidates',
    );
    if (!match || match.score < settings.nlpScore) return undefined;
    // Two answers about as likely: ask which one was meant, as a person would.
    if (match.alternatives.length > 0) {
      const choices = [{ questionId: match.questionId, question: match.question }, ...match.alternatives]
        .slice(0, 3)
        .map((c) => ({ id: `question:${c.questionId}`, title: c.question.slice(0, 256) }));
      return {
        decision: { kind: 'clarify', questionIds: choices.map((c) => c.id) },
        replies: [choose('Did you mean:', choices)],
      };
    }
    const decision = {
      kind: 'knowledge',
      questionId: match.questionId,
      answerId: match.answerId,
      score: match.score,
      via: match.via,
      passedOver: match.alternatives.map((a) => ({ questionId: a.questionId, score: a.score })),
    } as const;
    return this.#answerOrDialog(message, context, decision, match.answer);
  }

  /** The closest questions by embeddings, when the instance has an endpoint; undefined when it fails. */
  async #meaning(message: Said, context: InstanceContext) {
    const endpoint = context.settings.embeddings;
    if (!endpoint) return undefined;
    const { instance } = context;
    try {
      const embedder = this.#embedder(endpoint);
      // A knowledge base being embedded (its first question since a deploy) or a slow endpoint does
      // not hold the answer back: the words answer meanwhile, and the embedding carries on.
      const late = () => new MeaningLate();
      const [semantic, query] = await Promise.all([
        withinDeadline(
          this.deps.knowledge.semantic(instance.id, instance.kbVersion, endpoint.model, embedder),
          MEANING_DEADLINE_MS,
          late,
        ),
        withinDeadline(embedder.embedQuery(question(message)), MEANING_DEADLINE_MS, late),
      ]);
      return { candidates: semantic.rank(query), floor: endpoint.floor };
    } catch (err) {
      if (err instanceof MeaningLate) {
        this.deps.logger.debug(
          { instanceId: instance.id, messageId: message.id },
          'embeddings not ready in time; matching by words',
        );
        return undefined;
      }
      this.deps.logger.warn(
        { instanceId: instance.id, messageId: message.id, err: errorMessage(err) },
        'embeddings unavailable; matching by words only',
      );
      return undefined;
    }
  }

  /** One client per endpoint, so its connections are kept alive between messages. */
  #embedder(endpoint: EmbeddingsEndpoint): Embedder {
    const key = JSON.stringify([endpoint.url, endpoint.model, endpoint.apiKey, endpoint.timeoutMs]);
    let embedder = this.#embedders.get(key);
    if (!embedder) {
      if (this.#embedders.size >= 1_000) this.#embedders.delete(this.#embedders.keys().next().value!);
      embedder = endpointEmbedder(endpoint);
      this.#embedders.set(key, embedder);
    }
    return embedder;
  }

  /** 5. The instance's LLM, if it has one: answering, or choosing among answers and dialogs. */
  async #llm(message: InboundMessage, context: InstanceContext): Promise<Routed | undefined> {
    const llm = context.settings.llm;
    if (!llm || !isSaid(message)) return undefined;
    if (llm.mode === 'router') return this.#llmRouter(message, context, llm);
    const { instance } = context;
    const answer = await this.deps.llm.answer(llm, {
      instanceId: instance.id,
      kbVersion: instance.kbVersion,
      userKey: `${message.channel}:${message.from.id}`,
      question: question(message),
      entries: () => this.deps.knowledgeBase.questionsWithAnswers(instance.id),
    });
    if (!answer) return undefined;
    return this.#answerOrDialog(
      message,
      context,
      { kind: 'llm', citedQuestionId: answer.citedQuestionId },
      answer.text,
    );
  }

  /** The LLM picks one of the closest answers or one of the bot's dialogs by id, answers, or says it does not know. */
  async #llmRouter(message: Said, context: InstanceContext, llm: LlmSettings): Promise<Routed | undefined> {
    const { instance, settings } = context;
    const index = await this.deps.knowledge.forInstance(instance.id, instance.kbVersion, settings.language);
    const answers = index.candidates(question(message), ROUTER_CANDIDATES);
    const dialogs = await this.deps.dialogs.names(instance.id);
    const choice = await this.deps.llm.route(llm, {
      instanceId: instance.id,
      question: question(message),
      candidates: [
        ...answers.map((a) => ({
          id: `answer:${a.questionId}`,
          kind: 'answer' as const,
          title: a.question,
          detail: a.answer.slice(0, 300),
        })),
        ...dialogs.map((name) => ({
          id: `dialog:${name}`,
          kind: 'dialog' as const,
          title: name,
          detail: `the ${name.toLowerCase()} dialog`,
        })),
      ],
    });
    this.deps.logger.debug({ messageId: message.id, instanceId: instance.id, choice }, 'the LLM routed');
    if (!choice || choice.kind === 'unknown') return undefined;
    if (choice.kind === 'answer') {
      const cited = choice.citedId?.startsWith('answer:') ? choice.citedId.slice('answer:'.length) : undefined;
      return { decision: { kind: 'llm', citedQuestionId: cited }, replies: [{ kind: 'text', text: choice.text }] };
    }
    if (choice.id.startsWith('dialog:')) {
      const started = await this.#startDialog(message, context, choice.id.slice('dialog:'.length));
      return started && { decision: { kind: 'dialog' }, ...started };
    }
    const picked = answers.find((a) => `answer:${a.questionId}` === choice.id)!;
    return this.#answerOrDialog(message, context, { kind: 'llm', citedQuestionId: picked.questionId }, picked.answer);
  }

  /** 6. The Not Found Message; a question is logged so an operator can link it and the next training learns it. */
  async #notFound(message: InboundMessage, context: InstanceContext, notes: Notes): Promise<Routed> {
    if (isSaid(message)) {
      await this.deps.knowledgeBase.logUnanswered({
        id: message.id,
        instanceId: context.instance.id,
        channel: message.channel,
        conversationKey: message.conversationKey,
        content: question(message),
        bestScore: notes.best?.score,
      });
    }
    return {
      decision: { kind: 'not_found', ...(notes.best ? { best: notes.best } : {}) },
      replies: [{ kind: 'text', text: context.settings.notFoundMessage }],
    };
  }

  /** An answer that names a dialog (`/leadform`) starts it; any other is the reply. */
  async #answerOrDialog(
    message: InboundMessage,
    context: InstanceContext,
    decision: Decision,
    answer: string,
  ): Promise<Routed> {
    const named = /^\/([A-Za-z0-9_-]{1,64})$/.exec(answer.trim())?.[1];
    const started = named ? await this.#startDialog(message, context, named) : undefined;
    return started
      ? { decision: { kind: 'dialog' }, ...started }
      : { decision, replies: [{ kind: 'text', text: answer }] };
  }

  async #publish(message: InboundMessage, context: InstanceContext, routed: Routed): Promise<void> {
    this.deps.onDecision?.(message, routed.decision);
    const first = routed.position ?? 0;
    await this.#send(
      message,
      context,
      routed.replies.map((reply, i) => ({ reply, position: first + i })),
      // The first reply carries why it was given: the delivery log keeps it for the operator API.
      routed.decision,
    );
  }

  /** Puts each reply on its channel's outbound queue, keyed by the message and its place among the replies. */
  async #send(
    message: InboundMessage,
    context: InstanceContext,
    replies: ReadonlyArray<{ reply: AddressedReply; position: number }>,
    decision?: Decision,
  ): Promise<void> {
    for (const [i, { reply, position }] of replies.entries()) {
      const { target, ...content } = reply;
      // A reply goes back the way the message came; a message to someone else, the way they last wrote.
      const replyAddress = target
        ? await this.deps.references.latest(message.instanceId, target.channel, target.to.id)
        : message.replyAddress;
      const address = target ?? {
        channel: message.channel,
        conversationKey: message.conversationKey,
        to: message.from,
      };
      // The sender's own channel exists (the message came through it); another one must be the instance's.
      if (target && !context.channels.includes(target.channel)) {
        // A dialog's TALK TO or an agent on a channel this instance does not have: nothing could send it.
        this.deps.logger.warn(
          {
            instanceId: context.instance.id,
            channel: address.channel,
            to: address.to.id,
            kind: content.kind,
            text: textOf(content),
          },
          `a reply was not sent: the instance has no ${address.channel} channel`,
        );
        continue;
      }
      if (content.kind === 'buttons' || content.kind === 'list') {
        await this.deps.menus.remember(message.instanceId, address.conversationKey, content.choices);
      }
      await this.deps.publishReply({
        ...content,
        ...address,
        id: newId(),
        instanceId: message.instanceId,
        idempotencyKey: replyIdempotencyKey(message, position),
        ...(target ? {} : { replyToChannelMessageId: message.channelMessageId }),
        ...(position === 0 && message.callbackId !== undefined ? { callbackId: message.callbackId } : {}),
        ...(replyAddress !== undefined ? { replyAddress } : {}),
        ...(i === 0 && decision ? { decision } : {}),
        createdAt: Date.now(),
      });
    }
  }

  /**
   * Text answering the menu the bot offered last is that choice: a bare number (channels without
   * buttons show menus as numbered text) or the choice's title (what the web chat's buttons send).
   */
  async #answerToMenu(message: InboundMessage): Promise<InboundMessage> {
    if (message.kind !== 'text' || message.text.length > 256) return message;
    const choices = await this.deps.menus.last(message.instanceId, message.conversationKey);
    if (!choices) return message;
    const choice = chosen(message.text.trim(), choices);
    if (!choice) return message;
    const { text: _text, kind: _kind, ...base } = message;
    return { ...base, kind: 'interactive_reply', choiceId: choice.id, title: choice.title };
  }
}

function isSaid(message: InboundMessage): message is Said {
  return message.kind === 'text' || message.kind === 'interactive_reply';
}

function question(message: Said): string {
  return message.kind === 'text' ? message.text : message.title;
}

function chosen(typed: string, choices: Choice[]): Choice | undefined {
  const number = /^(\d{1,3})\.?$/.exec(typed)?.[1];
  if (number !== undefined) return choices[Number(number) - 1];
  return choices.find((c) => c.title.toLowerCase() === typed.toLowerCase());
}

function textOf(content: ReplyContent): string {
  return 'text' in content ? content.text : content.kind === 'template' ? content.template : content.kind;
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

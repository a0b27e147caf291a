import {
  PromiseCache,
  RecentEvents,
  errorMessage,
  type Attachment,
  type InboundMessage,
  type Logger,
} from '../core/index.js';
import {
  DialogError,
  runDialog,
  startDialog,
  type DialogOutput,
  type DialogState,
  type Program,
  type Value,
} from '../keywords/index.js';
import type { ChannelName } from '../core/index.js';
import type { DialogRepository, HandoffRepository } from '../store/index.js';
import {
  type BotIntegrations,
  type CodeVerifier,
  DialogHost,
  EffectError,
  type DialogHostSettings,
} from './dialog-host.js';
import type { AddressedReply } from './handoff.js';
import { choose } from './menus.js';

export interface DialogSettings extends DialogHostSettings {
  /** The dialog a new conversation starts with ("Start Dialog"), if any. */
  readonly startDialog: string | undefined;
}

/** The instance a dialog runs for. */
export interface DialogInstance {
  instance: { id: string; kbVersion: number };
  settings: DialogSettings;
  integrations: BotIntegrations;
}

/** The most a dialog's variables may take when stored. */
const MAX_STATE_BYTES = 256 * 1024;

/** What one message's turn of a dialog may do before it must wait on HEAR or end. */
const MAX_EFFECTS_PER_TURN = 50;
const MAX_STEPS_PER_TURN = 200_000;
const MAX_TURN_MS = 60_000;
/**
 * What one conversation's dialogs may do in a minute across turns: a person (or a script) sending
 * message after message to a dialog that reaches outside each time is stopped here.
 */
export const EFFECTS_PER_MINUTE = 120;
/** Conversations whose effects are counted at once (the oldest forgotten first). */
const COUNTED_CONVERSATIONS = 10_000;

/** A dialog that outgrew what is stored or what a turn may do: it ends, with the usual apology. */
class DialogOverrun extends Error {}

/**
 * Publishes what a dialog has said so far, in order, before it reaches outside: `position` is the
 * place of the first reply among all the replies of this message (what makes its idempotency key).
 */
export type EmitReplies = (replies: AddressedReply[], position: number) => Promise<void>;

/** What is left to publish when a dialog's run ends: the replies from `position` on. */
export interface DialogTurn {
  replies: AddressedReply[];
  position: number;
}

type Output = DialogOutput | { kind: 'relay'; reply: AddressedReply };

/**
 * BASIC dialogs in conversations: a dialog waiting on HEAR gets the user's next message; a
 * `/name` command (or the name alone), a knowledge-base answer that names it, or the instance's
 * Start Dialog starts one. The dialog's state is stored after every run, so it resumes on any node
 * after a restart; a redelivered message replays the replies it produced instead of running again.
 */
export class DialogRunner {
  // Keyed by the knowledge base version, which every deploy moves: a redeployed dialog is read again.
  readonly #programs = new PromiseCache<string, Program | undefined>({ maxEntries: 1_000 });
  readonly #names = new PromiseCache<string, Set<string>>({ maxEntries: 1_000 });
  readonly #host: DialogHost;
  /** Each conversation's effects of the last minute, counted in this router process. */
  readonly #effects = new RecentEvents(60_000, COUNTED_CONVERSATIONS);

  constructor(
    private readonly dialogs: DialogRepository,
    handoffs: HandoffRepository,
    channels: readonly ChannelName[],
    private readonly logger: Logger,
    /** Called when a run ends waiting on WAIT: something must wake the dialog at `until`. */
    private readonly onWait: (message: InboundMessage, until: number) => Promise<void>,
    codes?: CodeVerifier,
    private readonly effectsPerMinute = EFFECTS_PER_MINUTE,
  ) {
    this.#host = new DialogHost({ dialogs, handoffs }, channels, codes);
  }

  /**
   * Step 1 and 2 of the decision order: a waiting dialog, or one the message starts. What the
   * dialog says before each keyword that reaches outside goes out through `emit` as it runs.
   */
  async route(message: InboundMessage, bot: DialogInstance, emit: EmitReplies): Promise<DialogTurn | undefined> {
    const { id: instanceId, kbVersion } = bot.instance;
    const settings = bot.settings;
    if (message.kind !== 'text' && message.kind !== 'interactive_reply' && message.kind !== 'media') return undefined;
    const said = message.kind === 'text' ? message.text : message.kind === 'interactive_reply' ? message.title : '';
    // An instance without dialogs has no sessions to look up for each message.
    const names = await this.#dialogNames(instanceId, kbVersion);
    if (names.size === 0) return message.internal === 'dialog-wait' ? NOTHING : undefined;
    const session = await this.dialogs.session(instanceId, message.channel, message.conversationKey);
    if (message.internal === 'dialog-wait') {
      // A WAIT came due: carry on from it (a stale or repeated wake-up finds nothing to do).
      const state = session?.state as DialogState | undefined;
      if (session?.status !== 'waiting' || state?.waiting?.kind !== 'wait') return NOTHING;
      const program = await this.#program(instanceId, kbVersion, session.dialog);
      return program ? this.#run(message, bot, session.dialog, program, state, undefined, emit) : NOTHING;
    }
    if (session?.status === 'waiting') {
      const waitingOnEffect = (session.state as DialogState).waiting?.kind === 'effect';
      const sameMessage = session.lastMessageId === message.id;
      // A redelivered message replays what it produced (the same keys: nothing goes out twice).
      if (sameMessage && !waitingOnEffect)
        return { replies: this.#replies(session.lastOutputs as Output[]), position: 0 };
      const program = await this.#program(instanceId, kbVersion, session.dialog);
      // A file the user sends is what a HEAR AS FILE waits for (anything else re-prompts).
      const answer: Value = message.kind === 'media' ? fileOf(message.media) : said;
      // One cut off during an effect carries on after what it had already said.
      const resumed = sameMessage && waitingOnEffect ? (session.lastOutputs as Output[]) : [];
      if (program)
        return this.#run(message, bot, session.dialog, program, session.state as DialogState, answer, emit, resumed);
    }
    if (message.kind === 'media') return undefined;
    const named = said.trim().replace(/^\//, '').toUpperCase();
    const wanted = names.has(named)
      ? named
      : !session && settings.startDialog
        ? settings.startDialog.toUpperCase()
        : undefined;
    return wanted ? this.start(message, bot, wanted, emit) : undefined;
  }

  #countEffect(conversation: string): void {
    if (this.#effects.add(conversation) > this.effectsPerMinute)
      throw new DialogOverrun(`the conversation's dialogs ran more than ${this.effectsPerMinute} keywords in a minute`);
  }

  /** Starts a dialog for the message's conversation (also when a knowledge-base answer names one). */
  async start(
    message: InboundMessage,
    bot: DialogInstance,
    name: string,
    emit: EmitReplies,
  ): Promise<DialogTurn | undefined> {
    const program = await this.#program(bot.instance.id, bot.instance.kbVersion, name.toUpperCase());
    if (!program) return undefined;
    return this.#run(message, bot, name.toUpperCase(), program, startDialog(), undefined, emit);
  }

  /**
   * Runs the dialog until it waits on HEAR or ends, performing the keywords that reach outside
   * on the way. Before each of those, what the dialog said so far is published and then the state
   * is stored (with what was said, so a run cut off there carries on at the next reply's place).
   */
  async #run(
    message: InboundMessage,
    bot: DialogInstance,
    dialog: string,
    program: Program,
    state: DialogState,
    answer: Value | undefined,
    emit: EmitReplies,
    alreadySaid: readonly Output[] = [],
  ): Promise<DialogTurn> {
    const { settings, integrations } = bot;
    const instanceId = bot.instance.id;
    const outputs: Output[] = [...alreadySaid];
    // Replies published so far: those said before a crash went out before their state was stored.
    let published = this.#replies(outputs).length;
    const flush = async () => {
      const replies = this.#replies(outputs).slice(published);
      if (replies.length === 0) return;
      await emit(replies, published);
      published += replies.length;
    };
    const save = (next: DialogState) => {
      // What a dialog keeps is bounded: a state past it ends the dialog rather than being stored.
      const bytes = Buffer.byteLength(JSON.stringify(next));
      if (bytes > MAX_STATE_BYTES) {
        throw new DialogOverrun(`the dialog keeps ${bytes} bytes of variables, more than ${MAX_STATE_BYTES}`);
      }
      return this.dialogs.save(instanceId, message.channel, message.conversationKey, {
        dialog,
        state: next,
        status: next.done ? 'done' : 'waiting',
        lastMessageId: message.id,
        lastOutputs: outputs,
      });
    };
    let next = state;
    try {
      // A dialog stopped during an effect (a crash) performs it again before anything else.
      let result = state.waiting?.kind === 'effect' ? { state, outputs: [] } : runDialog(program, state, answer);
      // One message's turn of a dialog is bounded across its effects too: a loop around a keyword
      // that reaches outside would otherwise never stop, writing its state at every effect.
      let effects = 0;
      const turnStarted = Date.now();
      for (;;) {
        outputs.push(...result.outputs);
        next = result.state;
        if (next.waiting?.kind !== 'effect') break;
        if (++effects > MAX_EFFECTS_PER_TURN || next.steps - state.steps > MAX_STEPS_PER_TURN) {
          throw new DialogOverrun(
            `the dialog ran more than ${MAX_EFFECTS_PER_TURN} keywords or ${MAX_STEPS_PER_TURN} steps without waiting`,
          );
        }
        if (Date.now() - turnStarted > MAX_TURN_MS) {
          throw new DialogOverrun(`the dialog ran longer than ${MAX_TURN_MS / 1000} s without waiting`);
        }
        this.#countEffect(`${instanceId}:${message.channel}:${message.conversationKey}`);
        await flush();
        await save(next);
        const effect = next.waiting;
        const done = await this.#host.perform(effect.effect, effect.args, {
          instanceId,
          settings,
          integrations,
          message,
          effectKey: `${message.id}:${next.steps}`,
          wantsValue: effect.into !== null,
        });
        outputs.push(...done.replies.map((reply) => ({ kind: 'relay' as const, reply })));
        if (done.ends) {
          next = { ...next, done: true, waiting: null };
          break;
        }
        result = runDialog(program, next, undefined, { effectResult: done.value });
      }
    } catch (err) {
      if (!(err instanceof DialogError) && !(err instanceof EffectError) && !(err instanceof DialogOverrun)) throw err;
      // What the dialog said before it failed is still said, then the apology.
      if (err instanceof DialogError) outputs.push(...err.outputs);
      this.logger.warn({ instanceId, dialog, err: errorMessage(err) }, 'a dialog stopped with an error');
      outputs.push({
        kind: 'talk',
        text: err instanceof EffectError ? err.message : 'Sorry, something went wrong in this conversation.',
      });
      // An ended dialog keeps nothing of what it held.
      next = { ...next, done: true, waiting: null, globals: {}, frames: [] };
    }
    for (const output of outputs)
      if (output.kind === 'print') this.logger.info({ instanceId, dialog, text: output.text }, 'dialog PRINT');
    try {
      await save(next);
    } catch (err) {
      if (!(err instanceof DialogOverrun)) throw err;
      this.logger.warn({ instanceId, dialog, err: err.message }, 'a dialog stopped with an error');
      outputs.push({ kind: 'talk', text: 'Sorry, something went wrong in this conversation.' });
      next = { ...next, done: true, waiting: null, globals: {}, frames: [] };
      await save(next);
    }
    if (
      next.waiting?.kind === 'wait' &&
      next.waiting.until !== (state.waiting?.kind === 'wait' ? state.waiting.until : undefined)
    ) {
      await this.onWait(message, next.waiting.until);
    }
    return { replies: this.#replies(outputs).slice(published), position: published };
  }

  #replies(outputs: readonly Output[]): AddressedReply[] {
    return outputs.flatMap((output): AddressedReply[] => {
      if (output.kind === 'relay') return [output.reply];
      if (output.kind === 'talk') return output.text === '' ? [] : [{ kind: 'text', text: output.text }];
      if (output.kind === 'choices')
        return [
          choose(
            output.text,
            output.options.map((o) => ({ id: o.slice(0, 256) || '-', title: o.slice(0, 256) || '-' })),
          ),
        ];
      return [];
    });
  }

  #dialogNames(instanceId: string, kbVersion: number): Promise<Set<string>> {
    return this.#names.get(`${instanceId}:${kbVersion}`, async () => new Set(await this.dialogs.names(instanceId)));
  }

  #program(instanceId: string, kbVersion: number, name: string): Promise<Program | undefined> {
    return this.#programs.get(
      `${instanceId}:${kbVersion}:${name}`,
      async () => (await this.dialogs.program(instanceId, name)) as Program | undefined,
    );
  }
}

const NOTHING: DialogTurn = { replies: [], position: 0 };

/** What HEAR AS FILE gives the script: where the file is and what it is. */
function fileOf(media: Attachment): Value {
  return {
    url: media.url ?? null,
    mediaId: media.mediaId ?? null,
    mimeType: media.mimeType,
    name: media.name ?? null,
    caption: media.caption ?? null,
  };
}

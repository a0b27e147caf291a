import type { BotIntegrations } from '../integrations/index.js';
import { EventEmitter } from 'node:events';
import { errorMessage, newId, type ChannelName, type InboundMessage, type Logger } from '../core/index.js';
import {
  runDialog,
  startDialog,
  type DialogOutput,
  type DialogState,
  type Program,
  type RunResult,
} from '../keywords/index.js';
import { DialogHost, EffectError, type DialogHostSettings } from '../router/index.js';
import type { Store } from '../store/index.js';

export type DebugStatus = 'paused' | 'waiting' | 'done';

export interface DebugContext {
  id: string;
  instance: string;
  dialog: string;
  status: DebugStatus;
  /** The line the dialog is paused before (or waiting on). */
  line: number | null;
  breakpoints: number[];
  variables: Record<string, unknown>;
  callStack: Array<{ returnLine: number | null; locals: Record<string, unknown> }>;
  conversation: Array<{ from: 'user' | 'bot'; text: string }>;
  error: string | null;
}

export type DebugEvent =
  | { type: 'paused' | 'waiting' | 'done'; context: DebugContext }
  | { type: 'output'; text: string };

/** What a debug session is started with: a compiled dialog of an instance, and its breakpoints. */
interface DebugStart {
  instanceId: string;
  instance: string;
  dialog: string;
  program: Program;
  settings: DialogHostSettings;
  integrations: BotIntegrations;
  breakpoints: number[];
}

interface Session extends Omit<DebugStart, 'breakpoints'> {
  id: string;
  state: DialogState;
  breakpoints: Set<number>;
  pausedAt: number | null;
  conversation: DebugContext['conversation'];
  error: string | null;
  events: EventEmitter;
}

/** Sessions an instance may have at once: one instance's sessions never push out another's. */
const MAX_SESSIONS_PER_INSTANCE = 10;
/** And in all, so many instances cannot fill the process: then the oldest session of the busiest instance goes. */
const MAX_SESSIONS = 500;

/**
 * Runs dialogs in debug mode for a test user: breakpoints by line, step, resume, stop, the
 * context (line, variables, call stack, conversation so far) and messages as the test user. The
 * keywords that reach outside do their real work. Sessions live in this process.
 */
export class DialogDebugger {
  readonly #sessions = new Map<string, Session>();
  readonly #host: DialogHost;

  constructor(
    store: Store,
    channels: readonly ChannelName[],
    private readonly logger: Logger,
  ) {
    this.#host = new DialogHost(store, channels);
  }

  async start(input: DebugStart): Promise<DebugContext> {
    const own = [...this.#sessions.values()].filter((s) => s.instanceId === input.instanceId);
    if (own.length >= MAX_SESSIONS_PER_INSTANCE) this.#end(own[0]!.id);
    else if (this.#sessions.size >= MAX_SESSIONS) this.#end(this.#oldestOfBusiest());
    const session: Session = {
      id: newId(),
      ...input,
      state: startDialog(),
      breakpoints: new Set(input.breakpoints),
      pausedAt: null,
      conversation: [],
      error: null,
      events: new EventEmitter(),
    };
    this.#sessions.set(session.id, session);
    return this.#advance(session, undefined, (line) => session.breakpoints.has(line));
  }

  #oldestOfBusiest(): string {
    const counts = new Map<string, number>();
    for (const s of this.#sessions.values()) counts.set(s.instanceId, (counts.get(s.instanceId) ?? 0) + 1);
    const busiest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    return [...this.#sessions.values()].find((s) => s.instanceId === busiest)!.id;
  }

  #end(id: string): void {
    this.#sessions.delete(id);
  }

  /** The name of the instance a session debugs (what authorizes it). */
  instanceOf(id: string): string | undefined {
    return this.#sessions.get(id)?.instance;
  }

  get(id: string): DebugContext | undefined {
    const session = this.#sessions.get(id);
    return session && this.#context(session);
  }

  setBreakpoints(id: string, lines: number[]): DebugContext | undefined {
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    session.breakpoints = new Set(lines);
    return this.#context(session);
  }

  /** Runs the current line and pauses before the next one. */
  async step(id: string): Promise<DebugContext | undefined> {
    const session = this.#sessions.get(id);
    return session && this.#advance(session, undefined, (_line, first) => !first);
  }

  /** Runs until a breakpoint, a HEAR or the end. */
  async resume(id: string): Promise<DebugContext | undefined> {
    const session = this.#sessions.get(id);
    return session && this.#advance(session, undefined, (line, first) => !first && session.breakpoints.has(line));
  }

  /** What the test user says: the answer to a waiting HEAR; then runs until a breakpoint or a wait. */
  async say(id: string, text: string): Promise<DebugContext | undefined> {
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    if (session.state.waiting?.kind !== 'hear') return this.#context(session);
    session.conversation.push({ from: 'user', text });
    // Coming out of a HEAR, not a pause: a breakpoint on the very next line holds.
    return this.#advance(session, text, (line) => session.breakpoints.has(line));
  }

  stop(id: string): boolean {
    const session = this.#sessions.get(id);
    if (!session) return false;
    session.state = { ...session.state, done: true, waiting: null };
    session.events.emit('event', { type: 'done', context: this.#context(session) } satisfies DebugEvent);
    session.events.removeAllListeners();
    return this.#sessions.delete(id);
  }

  subscribe(id: string, listener: (event: DebugEvent) => void): (() => void) | undefined {
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    session.events.on('event', listener);
    return () => session.events.off('event', listener);
  }

  async #advance(
    session: Session,
    answer: string | undefined,
    pauseBefore: (line: number, first: boolean) => boolean,
  ): Promise<DebugContext> {
    if (session.state.done) return this.#context(session);
    try {
      let result: RunResult = runDialog(session.program, session.state, answer, { pauseBefore });
      for (;;) {
        this.#record(session, result.outputs);
        session.state = result.state;
        session.pausedAt = result.pausedAt?.line ?? null;
        const waiting = result.state.waiting;
        if (result.pausedAt || waiting?.kind !== 'effect') break;
        const done = await this.#host.perform(waiting.effect, waiting.args, {
          instanceId: session.instanceId,
          settings: session.settings,
          integrations: session.integrations,
          message: testUserMessage(session, answer),
          effectKey: `debug:${session.id}:${result.state.steps}`,
          wantsValue: waiting.into !== null,
        });
        for (const reply of done.replies) {
          const said =
            reply.kind === 'text'
              ? reply.text
              : reply.kind === 'media'
                ? `(file ${reply.media.url})`
                : reply.kind === 'template'
                  ? `(template ${reply.template})`
                  : reply.text;
          session.conversation.push({
            from: 'bot',
            text: reply.target ? `(to ${reply.target.channel}:${reply.target.to.id}) ${said}` : said,
          });
        }
        if (done.ends) {
          result = { state: { ...result.state, done: true, waiting: null }, outputs: [] };
          session.state = result.state;
          break;
        }
        result = runDialog(session.program, result.state, undefined, {
          effectResult: done.value,
          pauseBefore: (line, first) => !first && session.breakpoints.has(line),
        });
      }
    } catch (err) {
      session.error = errorMessage(err);
      session.state = { ...session.state, done: true, waiting: null };
      if (!(err instanceof EffectError))
        this.logger.info({ dialog: session.dialog, err: session.error }, 'debugged dialog stopped with an error');
    }
    const context = this.#context(session);
    session.events.emit('event', {
      type: context.status === 'paused' ? 'paused' : context.status,
      context,
    } satisfies DebugEvent);
    return context;
  }

  #record(session: Session, outputs: DialogOutput[]): void {
    for (const output of outputs) {
      const text =
        output.kind === 'choices'
          ? `${output.text} [${output.options.join('] [')}]`
          : output.kind === 'print'
            ? `(print) ${output.text}`
            : output.text;
      session.conversation.push({ from: 'bot', text });
      session.events.emit('event', { type: 'output', text } satisfies DebugEvent);
    }
  }

  #context(session: Session): DebugContext {
    const { state, program } = session;
    const status: DebugStatus = state.done ? 'done' : session.pausedAt !== null ? 'paused' : 'waiting';
    const hidden = (vars: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(vars).filter(([name]) => !name.startsWith('#')));
    return {
      id: session.id,
      instance: session.instance,
      dialog: session.dialog,
      status,
      line: status === 'done' ? null : (session.pausedAt ?? program.code[state.pc]?.at.line ?? null),
      breakpoints: [...session.breakpoints].sort((a, b) => a - b),
      variables: hidden(state.globals),
      callStack: state.frames.map((f) => ({
        returnLine: program.code[f.returnPc]?.at.line ?? null,
        locals: hidden(f.locals),
      })),
      conversation: [...session.conversation],
      error: session.error,
    };
  }
}

/** The test user's message, for the keywords that need to know who is talking (SET PARAM, TRANSFER). */
function testUserMessage(session: Session, text: string | undefined): InboundMessage {
  return {
    kind: 'text',
    text: text ?? '',
    id: newId(),
    instanceId: session.instanceId,
    channel: 'web',
    conversationKey: `debug:${session.id}`,
    from: { id: `debug:${session.id}`, name: 'Test user' },
    channelMessageId: `debug:${newId()}`,
    receivedAt: Date.now(),
  };
}

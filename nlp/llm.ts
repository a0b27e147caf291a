import { ChatOpenAI } from '@langchain/openai';
import { errorMessage, type Logger } from '../core/index.js';
import type { QuestionWithAnswer, Store } from '../store/index.js';
import { KeywordRanking } from './keyword-ranking.js';
import { SemanticIndex, endpointEmbedder } from './semantic.js';

export type LlmMode = 'none' | 'direct' | 'grounded' | 'router';

/** An instance's LLM: an OpenAI-compatible endpoint of its choosing. */
export interface LlmSettings {
  mode: Exclude<LlmMode, 'none'>;
  /** Base URL of the OpenAI-compatible API, such as https://api.openai.com/v1. */
  url: string;
  model: string;
  apiKey: string;
  /** Embeddings model for grounding; keyword ranking (BM25) is used without one, or when it fails. */
  embeddingsModel: string | undefined;
  timeoutMs: number;
  /** Exchanges remembered per user in the direct mode. */
  memoryTurns: number;
}

export interface LlmAnswer {
  text: string;
  /** Grounded mode: the knowledge-base question whose answer the reply cites. */
  citedQuestionId?: string;
}

const SOURCES = 3;

const GROUNDED_SYSTEM = [
  'You answer questions for a business using only the numbered sources given.',
  'Cite the source you used as [n]. If no source answers the question, say that you do not know.',
  'Be brief.',
].join(' ');

const DIRECT_SYSTEM = 'You are a helpful assistant for a business. Be brief.';

const ROUTER_SYSTEM = [
  "You route a customer's message for a business's bot.",
  'The candidates are answers of its knowledge base and dialogs it can run, each with an id.',
  'Call pick with the id of the one that fits; or answer, briefly, citing the id of the answer you used;',
  'or dont_know when none fits. Never invent an id.',
].join(' ');

/** What the router may choose from: knowledge-base answers and the bot's dialogs. */
export interface RouteCandidate {
  id: string;
  kind: 'answer' | 'dialog';
  title: string;
  detail: string;
}

export type RouteChoice =
  | { kind: 'pick'; id: string }
  | { kind: 'answer'; text: string; citedId: string | undefined }
  | { kind: 'unknown' };

const ROUTER_TOOLS = (ids: string[]) => [
  {
    type: 'function' as const,
    function: {
      name: 'pick',
      description: 'The candidate that fits the message.',
      parameters: { type: 'object', properties: { id: { type: 'string', enum: ids } }, required: ['id'] },
    },
  },
  {
    type: 'function' as const,
    function: {
      name: 'answer',
      description: 'A brief answer grounded on the candidates, citing the one used.',
      parameters: {
        type: 'object',
        properties: { text: { type: 'string' }, cite: { type: 'string', enum: ids } },
        required: ['text'],
      },
    },
  },
  {
    type: 'function' as const,
    function: {
      name: 'dont_know',
      description: 'None of the candidates fits.',
      parameters: { type: 'object', properties: {} },
    },
  },
];

/**
 * Answers with an instance's LLM through LangChain: directly (with a bounded memory per user,
 * kept in the store), or grounded on the knowledge base (the closest entries by embeddings, or by
 * keyword ranking), citing the entry used. Every call has a deadline; a failure returns undefined,
 * and the caller answers with the Not Found Message.
 */
export class LlmResponder {
  readonly #embeddings = new Map<string, Promise<{ version: number; index: SemanticIndex }>>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  async answer(
    settings: LlmSettings,
    request: {
      instanceId: string;
      kbVersion: number;
      userKey: string;
      question: string;
      entries: () => Promise<QuestionWithAnswer[]>;
    },
  ): Promise<LlmAnswer | undefined> {
    try {
      return settings.mode === 'direct'
        ? await this.#direct(settings, request)
        : await this.#grounded(settings, request);
    } catch (err) {
      this.logger.warn(
        { instanceId: request.instanceId, mode: settings.mode, err: errorMessage(err) },
        'the LLM did not answer; using the Not Found Message',
      );
      return undefined;
    }
  }

  /**
   * Asks the LLM to choose among the candidates by id (tool calling): a pick, a grounded answer,
   * or "don't know". An id that is not a candidate counts as "don't know"; a failure or a timeout
   * returns undefined, and the caller keeps the knowledge base's own decision.
   */
  async route(
    settings: LlmSettings,
    request: { instanceId: string; question: string; candidates: RouteCandidate[] },
  ): Promise<RouteChoice | undefined> {
    if (request.candidates.length === 0) return { kind: 'unknown' };
    const ids = request.candidates.map((c) => c.id);
    const listing = request.candidates.map((c) => `${c.id} (${c.kind}): ${c.title} — ${c.detail}`).join('\n');
    try {
      const chat = this.#client(settings).bindTools(ROUTER_TOOLS(ids), { tool_choice: 'required' });
      const reply = await chat.invoke(
        [
          ['system', ROUTER_SYSTEM],
          ['human', `Candidates:\n${listing}\n\nMessage: ${request.question}`],
        ],
        { signal: AbortSignal.timeout(settings.timeoutMs) },
      );
      const call = reply.tool_calls?.[0];
      const args = (call?.args ?? {}) as { id?: unknown; text?: unknown; cite?: unknown };
      if (call?.name === 'pick' && typeof args.id === 'string' && ids.includes(args.id))
        return { kind: 'pick', id: args.id };
      if (call?.name === 'answer' && typeof args.text === 'string' && args.text.trim() !== '') {
        const cited = typeof args.cite === 'string' && ids.includes(args.cite) ? args.cite : undefined;
        return { kind: 'answer', text: args.text.trim(), citedId: cited };
      }
      if (call?.name === 'pick') {
        this.logger.warn(
          { instanceId: request.instanceId, picked: String(args.id).slice(0, 80) },
          'the LLM picked an id that is not a candidate',
        );
      }
      return { kind: 'unknown' };
    } catch (err) {
      this.logger.warn(
        { instanceId: request.instanceId, err: errorMessage(err) },
        'the LLM did not route; the knowledge base decides',
      );
      return undefined;
    }
  }

  async #direct(
    settings: LlmSettings,
    request: { instanceId: string; userKey: string; question: string },
  ): Promise<LlmAnswer> {
    const memory = await this.store.knowledge.memory(request.instanceId, request.userKey, settings.memoryTurns);
    const text = await this.#chat(settings, [
      ['system', DIRECT_SYSTEM],
      ...memory.map((m): [string, string] => [m.role === 'user' ? 'human' : 'ai', m.content]),
      ['human', request.question],
    ]);
    await this.store.knowledge.remember(
      request.instanceId,
      request.userKey,
      { user: request.question, assistant: text },
      settings.memoryTurns,
    );
    return { text };
  }

  async #grounded(
    settings: LlmSettings,
    request: { instanceId: string; kbVersion: number; question: string; entries: () => Promise<QuestionWithAnswer[]> },
  ): Promise<LlmAnswer | undefined> {
    const entries = await request.entries();
    const sources = await this.#closest(settings, request.instanceId, request.kbVersion, entries, request.question);
    if (sources.length === 0) return undefined;
    const listing = sources.map((s, i) => `[${i + 1}] Q: ${s.question}\nA: ${s.answer}`).join('\n\n');
    const text = await this.#chat(settings, [
      ['system', GROUNDED_SYSTEM],
      ['human', `Sources:\n${listing}\n\nQuestion: ${request.question}`],
    ]);
    const cited = Number(/\[(\d+)\]/.exec(text)?.[1]);
    const source = Number.isInteger(cited) ? sources[cited - 1] : undefined;
    return { text, ...(source ? { citedQuestionId: source.questionId } : {}) };
  }

  async #closest(
    settings: LlmSettings,
    instanceId: string,
    kbVersion: number,
    entries: QuestionWithAnswer[],
    question: string,
  ): Promise<QuestionWithAnswer[]> {
    if (settings.embeddingsModel) {
      try {
        const embeddings = endpointEmbedder({
          url: settings.url,
          model: settings.embeddingsModel,
          apiKey: settings.apiKey,
          timeoutMs: settings.timeoutMs,
        });
        const key = `${instanceId}:${settings.embeddingsModel}`;
        let cached = this.#embeddings.get(key);
        if (!cached || (await cached).version !== kbVersion) {
          cached = SemanticIndex.build(
            entries.map((e) => ({ questionId: e.questionId, text: `${e.question}\n${e.answer}` })),
            embeddings,
          ).then((index) => ({ version: kbVersion, index }));
          this.#embeddings.set(key, cached);
          cached.catch(() => this.#embeddings.delete(key));
        }
        const [{ index }, query] = await Promise.all([cached, embeddings.embedQuery(question)]);
        const byId = new Map(entries.map((e) => [e.questionId, e]));
        return index
          .rank(query, SOURCES)
          .map((c) => byId.get(c.questionId))
          .filter((entry) => entry !== undefined);
      } catch (err) {
        this.logger.info(
          { instanceId, err: errorMessage(err) },
          'embeddings unavailable; grounding by keyword ranking',
        );
      }
    }
    return new KeywordRanking(entries).top(question, SOURCES);
  }

  #client(settings: LlmSettings): ChatOpenAI {
    return new ChatOpenAI({
      model: settings.model,
      apiKey: settings.apiKey,
      configuration: { baseURL: settings.url },
      timeout: settings.timeoutMs,
      maxRetries: 0,
    });
  }

  async #chat(settings: LlmSettings, messages: Array<[string, string]>): Promise<string> {
    const chat = this.#client(settings);
    const reply = await chat.invoke(messages, { signal: AbortSignal.timeout(settings.timeoutMs) });
    const text =
      typeof reply.content === 'string'
        ? reply.content
        : reply.content.map((part) => ('text' in part ? String(part.text) : '')).join('');
    if (text.trim() === '') throw new Error('the LLM answered with nothing');
    return text.trim();
  }
}

import { FakeApiServer, type FakeReply, type RecordedRequest } from './fake-server.js';

interface ChatMessage {
  role: string;
  content: string;
}

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
}

/**
 * An OpenAI-compatible API fake (`/v1/chat/completions`, `/v1/embeddings`) with deterministic
 * answers: given numbered sources, it answers from the source sharing most words with the
 * question and cites it; otherwise it echoes the question and says how many earlier user
 * messages it was given (so tests can see the memory).
 */
export class FakeOpenAiApi extends FakeApiServer {
  constructor(
    private readonly options: {
      apiKey: string;
      embeddings: boolean;
      /**
       * Words the fake model takes for others ("speak" for "talk"): what a real model learns, so a
       * test can see a meaning found beyond shared words.
       */
      concepts?: Record<string, string>;
      /** Numbers whatever encoding is asked for, as some local model servers answer. */
      numbersOnly?: boolean;
    },
  ) {
    super();
  }

  get baseUrl(): string {
    return `${this.url}/v1`;
  }

  protected handle(request: RecordedRequest): FakeReply {
    if (request.headers.authorization !== `Bearer ${this.options.apiKey}`)
      return {
        status: 401,
        body: JSON.stringify({
          error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' },
        }),
      };
    const body = JSON.parse(request.body || '{}') as {
      model?: string;
      messages?: ChatMessage[];
      input?: string | string[];
      tools?: unknown[];
      encoding_format?: 'float' | 'base64';
    };
    if (request.path === '/v1/chat/completions' && body.tools)
      return this.#toolCall(body.model ?? 'fake', body.messages ?? []);
    if (request.path === '/v1/chat/completions') return this.#chat(body.model ?? 'fake', body.messages ?? []);
    if (request.path === '/v1/embeddings' && this.options.embeddings) {
      const inputs = Array.isArray(body.input) ? body.input : [body.input ?? ''];
      return {
        status: 200,
        body: JSON.stringify({
          object: 'list',
          model: body.model,
          data: inputs.map((text, index) => {
            const vector = embed(text, this.options.concepts ?? {});
            // As OpenAI: base64 of little-endian float32s when asked, else numbers.
            const embedding =
              body.encoding_format === 'base64' && !this.options.numbersOnly
                ? Buffer.from(Float32Array.from(vector).buffer).toString('base64')
                : vector;
            return { object: 'embedding', index, embedding };
          }),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        }),
      };
    }
    return {
      status: 404,
      body: JSON.stringify({ error: { message: `Unknown route ${request.path}`, type: 'invalid_request_error' } }),
    };
  }

  /** Tool calls to answer with, in order, before the fake's own choice (a test's script). */
  readonly toolCalls: Array<{ name: string; args: Record<string, unknown> }> = [];

  /**
   * A routing request (tools offered): the test's next scripted call, else `pick` of the
   * candidate sharing most words with the message, or `dont_know` when none shares any.
   */
  #toolCall(model: string, messages: ChatMessage[]): FakeReply {
    const last = messages[messages.length - 1]?.content ?? '';
    let call = this.toolCalls.shift();
    if (!call) {
      const asked = words(/Message: (.*)$/s.exec(last)?.[1] ?? '');
      const candidates = [...last.matchAll(/^(\S+) \((?:answer|dialog)\): (.*)$/gm)].map((m) => ({
        id: m[1]!,
        text: m[2]!,
      }));
      const best = candidates
        .map((c) => ({ c, overlap: [...words(c.text)].filter((w) => asked.has(w)).length }))
        .sort((x, y) => y.overlap - x.overlap)[0];
      call = best && best.overlap > 0 ? { name: 'pick', args: { id: best.c.id } } : { name: 'dont_know', args: {} };
    }
    const message = {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: `call_${this.requests.length}`,
          type: 'function',
          function: { name: call.name, arguments: JSON.stringify(call.args) },
        },
      ],
    };
    return this.#completion(model, message, 'tool_calls');
  }

  #completion(model: string, message: Record<string, unknown>, finishReason: string): FakeReply {
    return {
      status: 200,
      body: JSON.stringify({
        id: `chatcmpl-${this.requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, message, finish_reason: finishReason }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    };
  }

  #chat(model: string, messages: ChatMessage[]): FakeReply {
    const last = messages[messages.length - 1]?.content ?? '';
    let content: string;
    if (last.includes('Sources:')) {
      const question = /Question: (.*)$/s.exec(last)?.[1] ?? '';
      const asked = words(question);
      const sources = [...last.matchAll(/\[(\d+)\] Q: (.*)\nA: (.*)/g)].map((m) => ({ n: m[1]!, q: m[2]!, a: m[3]! }));
      const best = sources
        .map((s) => ({ s, overlap: [...words(`${s.q} ${s.a}`)].filter((w) => asked.has(w)).length }))
        .sort((x, y) => y.overlap - x.overlap)[0];
      content = best && best.overlap > 0 ? `${best.s.a} [${best.s.n}]` : 'I do not know.';
    } else {
      const earlier = messages.filter((m) => m.role === 'user').length - 1;
      content = `You said: ${last} (I remember ${earlier} earlier messages)`;
    }
    return this.#completion(model, { role: 'assistant', content }, 'stop');
  }
}

/** A 64-dimension bag of hashed words (concepts folded): texts sharing words point the same way. */
function embed(text: string, concepts: Record<string, string>): number[] {
  const vector = new Array<number>(64).fill(0);
  for (const word of [...words(text)].map((w) => concepts[w] ?? w)) {
    let hash = 0;
    for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    vector[hash % 64]! += 1;
  }
  return vector;
}

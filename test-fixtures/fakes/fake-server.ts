import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export interface FakeReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** What the fake does with the next requests, beyond answering normally. */
export type Trouble =
  | { kind: 'reply'; reply: FakeReply }
  /** Reads the request, then closes the connection without answering. */
  | { kind: 'drop' }
  /** Answers after a delay. */
  | { kind: 'slow'; delayMs: number };

/**
 * A vendor API fake: a real HTTP server on loopback that records every request and can be told
 * to misbehave: answer an error (429 with Retry-After, 5xx), answer slowly, or drop the
 * connection, for the next N requests or for a share of all of them.
 */
export abstract class FakeApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #queued: Trouble[] = [];
  #share: { every: number; trouble: (n: number) => Trouble } | undefined;
  #count = 0;
  url = '';

  constructor() {
    this.#server = createServer((request, response) => this.#receive(request, response));
    this.#server.keepAliveTimeout = 30_000;
    this.#server.on('connection', (socket: Socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** The next `times` requests get this trouble. */
  next(trouble: Trouble, times = 1): this {
    for (let i = 0; i < times; i++) this.#queued.push(trouble);
    return this;
  }

  /** One request in every `every` gets the trouble, from now on (deterministic, not random). */
  everyNth(every: number, trouble: (n: number) => Trouble): this {
    this.#share = { every, trouble };
    return this;
  }

  calm(): this {
    this.#queued.length = 0;
    this.#share = undefined;
    return this;
  }

  readonly #heldUntil = new Map<string, number>();

  /** Remembers that nothing should arrive for `key` before the Retry-After this trouble gave. */
  protected holdBack(key: string, request: RecordedRequest, trouble: Trouble | undefined): void {
    if (trouble?.kind !== 'reply') return;
    const header = Number(trouble.reply.headers?.['retry-after']);
    const body = (JSON.parse(trouble.reply.body || '{}') as { parameters?: { retry_after?: number } }).parameters
      ?.retry_after;
    const seconds = Number.isFinite(header) ? header : body;
    if (seconds !== undefined) this.#heldUntil.set(key, request.at + seconds * 1000);
  }

  /** Whether a request for any of these keys came before a Retry-After had passed. */
  protected isEarly(keys: string[], request: RecordedRequest): boolean {
    return keys.some((key) => request.at < (this.#heldUntil.get(key) ?? 0));
  }

  /** Answers a request that the fake handles normally. */
  protected abstract handle(request: RecordedRequest): FakeReply;

  /** Called for each request before it is answered: lets a fake police rules such as Retry-After. */
  protected observe(_request: RecordedRequest, _trouble: Trouble | undefined): void {}

  /** The request's body as JSON (`{}` when empty), parsed once however often a fake asks. */
  protected json<T = Record<string, unknown>>(request: RecordedRequest): T {
    let parsed = this.#parsed.get(request);
    if (parsed === undefined) {
      parsed = JSON.parse(request.body || '{}') as unknown;
      this.#parsed.set(request, parsed);
    }
    return parsed as T;
  }

  readonly #parsed = new WeakMap<RecordedRequest, unknown>();

  /**
   * Reads the body with events rather than an async iterator: the benchmarks run this fake on the
   * same cores as the gateway, so what it costs per request is taken from the gateway.
   */
  #receive(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once(
      'end',
      () => void this.#answer(request, response, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)),
    );
  }

  async #answer(request: IncomingMessage, response: ServerResponse, body: Buffer): Promise<void> {
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers: request.headers,
      body: body.toString('utf8'),
      at: Date.now(),
    };
    this.requests.push(recorded);
    this.#count++;
    const trouble =
      this.#queued.shift() ??
      (this.#share && this.#count % this.#share.every === 0 ? this.#share.trouble(this.#count) : undefined);
    this.observe(recorded, trouble);
    if (trouble?.kind === 'drop') {
      request.socket.destroy();
      return;
    }
    if (trouble?.kind === 'slow') await new Promise((r) => setTimeout(r, trouble.delayMs));
    const reply = trouble?.kind === 'reply' ? trouble.reply : this.handle(recorded);
    if (response.destroyed) return;
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    response.end(reply.body);
  }
}

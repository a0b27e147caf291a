import { EventEmitter } from 'node:events';
import { basename, dirname, extname, join } from 'node:path';
import { BrokerUnavailable, errorMessage, newId, type Logger } from '../core/index.js';
import type {
  Broker,
  BrokerHealth,
  BrokerMessage,
  ConsumeOptions,
  DeadLetter,
  MessageHandler,
  PublishOptions,
  Subscription,
} from './broker.js';
import { DeadLetterFile, type BodySealer } from './dead-letter-file.js';
import { Journal } from './journal.js';
import { KeyedDispatcher } from './keyed-dispatcher.js';
import { MinHeap } from './min-heap.js';
import { outcomeOf, type Outcome } from './outcome.js';

/** A message the broker holds; the journal has its latest record in `segment`. */
interface Entry {
  readonly seq: number;
  readonly id: string;
  readonly queue: string;
  readonly key: string | undefined;
  /** The body, as the JSON text it was published as. */
  readonly body: string;
  attempts: number;
  availableAt: number;
  leased: boolean;
  segment: number;
  bytes: number;
}

/**
 * The journal's records: a message's whole state (`s` is its number) with its body in clear (`b`)
 * or sealed (`e`), or its removal (`x`).
 */
type JournalRecord =
  | { s: number; q: string; i: string; k?: string; a: number; t: number; b?: unknown; e?: string }
  | { x: number };

export interface EmbeddedBrokerOptions {
  /** Bytes of undelivered message bodies held at most; past that, publishing fails fast. */
  maxQueuedBytes?: number;
  /** Size of a journal segment. */
  segmentBytes?: number;
  /** The journal's append call (tests make it fail as a full disk would). */
  journalWrite?: (fd: number, data: Buffer, offset: number, length: number) => number;
  /** Seals message bodies in the journal and the dead letters (the gateway's data key). */
  sealer?: BodySealer;
}

const DEFAULT_MAX_QUEUED_BYTES = 256 * 1024 * 1024;
const IDLE_POLL_MS = 1_000;
const REPLAY_POLL_MS = 1_000;
const REPLAYS_PER_POLL = 100;
/** How soon a failed journal write is tried again (with the records it still owes). */
const WRITE_RETRY_MS = 1_000;

/**
 * The broker of the embedded mode. Its queues live in memory and in a journal beside `file`
 * (`queue.db` → `queue.journal/`): every publish, retry and acknowledgement is a record there,
 * and all the records of one pass of the event loop go to the file in one write. A publish
 * resolves once its record is written, so a webhook's 2xx still means the message survives a
 * crash; a restart reads the journal back and delivers again whatever was not acknowledged.
 * Dead letters are rows in `file` (SQLite), which `gb dlq` may open beside a running gateway.
 * One process owns the journal; several processes need RabbitMQ.
 */
export class EmbeddedBroker implements Broker {
  readonly kind = 'embedded' as const;
  readonly #journal: Journal;
  readonly #deadLetters: DeadLetterFile;
  readonly #entries = new Map<number, Entry>();
  readonly #queues = new Map<string, QueueState>();
  readonly #signals = new EventEmitter();
  readonly #subscriptions = new Set<EmbeddedSubscription>();
  readonly #maxQueuedBytes: number;
  readonly #replayTimer: NodeJS.Timeout;
  #queuedBytes = 0;
  #nextSeq = 1;
  /** This pass: records to write, messages that become deliverable once written, who waits. */
  #records: string[] = [];
  #published: Entry[] = [];
  #waiters: Array<{ resolve: () => void; reject: (err: unknown) => void }> = [];
  #flushScheduled = false;
  /** Dead letters being put back, until their record is written. */
  readonly #replaying = new Set<string>();
  #failure: Error | undefined;
  /** The publish records of this pass: refused, not written again, if its write fails. */
  #publishedRecords = new Set<string>();
  /** The last journal write failed (a full disk): cleared by the next write that succeeds. */
  #writeError: Error | undefined;
  #closed = false;
  readonly #sealer: BodySealer | undefined;

  constructor(
    file: string,
    private readonly logger: Logger,
    options: EmbeddedBrokerOptions = {},
  ) {
    this.#maxQueuedBytes = options.maxQueuedBytes ?? DEFAULT_MAX_QUEUED_BYTES;
    this.#signals.setMaxListeners(0);
    this.#sealer = options.sealer;
    this.#deadLetters = new DeadLetterFile(file, options.sealer);
    try {
      this.#journal = new Journal(join(dirname(file), `${basename(file, extname(file))}.journal`), {
        ...(options.segmentBytes !== undefined ? { segmentBytes: options.segmentBytes } : {}),
        ...(options.journalWrite ? { write: options.journalWrite } : {}),
        onWarning: (message) => this.logger.warn(message),
      });
    } catch (err) {
      this.#deadLetters.close();
      throw err;
    }
    this.#recover();
    this.#importLegacyQueue();
    this.#replayTimer = setInterval(() => this.#performReplays(), REPLAY_POLL_MS);
    this.#replayTimer.unref();
  }

  /** Resolves once the message's record is written to the journal. */
  publish(queue: string, body: unknown, options: PublishOptions = {}): Promise<void> {
    this.#assertOpen();
    if (this.#failure)
      return Promise.reject(
        new BrokerUnavailable(`the embedded broker stopped taking messages: ${this.#failure.message}`),
      );
    if (this.#queuedBytes > this.#maxQueuedBytes) {
      return Promise.reject(
        new BrokerUnavailable(
          `the embedded broker holds ${Math.round(this.#queuedBytes / 2 ** 20)} MiB of undelivered messages, its limit`,
        ),
      );
    }
    const text = JSON.stringify(body) as string | undefined;
    if (text === undefined) return Promise.reject(new TypeError(`a message body must be JSON, not ${typeof body}`));
    const availableAt = Date.now() + Math.max(0, options.delayMs ?? 0);
    this.#add(queue, text, {
      key: options.key,
      id: options.id ?? newId(),
      attempts: options.attempts ?? 0,
      availableAt,
    });
    return this.#written();
  }

  async consume<T>(queue: string, handler: MessageHandler<T>, options: ConsumeOptions): Promise<Subscription> {
    this.#assertOpen();
    const subscription = new EmbeddedSubscription(this, queue, handler as MessageHandler, options, this.logger);
    this.#subscriptions.add(subscription);
    subscription.start();
    return {
      stop: async () => {
        await subscription.stop();
        this.#subscriptions.delete(subscription);
      },
    };
  }

  async depth(queue: string): Promise<number> {
    return this.#queues.get(queue)?.waiting ?? 0;
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    return this.#deadLetters.list(limit);
  }

  async replayDeadLetter(id: string): Promise<boolean> {
    if (!this.#deadLetters.requestReplay(id)) return false;
    this.#performReplays();
    return true;
  }

  async dropDeadLetter(id: string): Promise<boolean> {
    return this.#deadLetters.drop(id);
  }

  async health(): Promise<BrokerHealth> {
    if (this.#closed) return { ok: false, latencyMs: 0, detail: 'closed' };
    const failed = this.#failure ?? this.#writeError;
    if (failed) return { ok: false, latencyMs: 0, detail: `journal write failed: ${failed.message}` };
    return { ok: true, latencyMs: 0 };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    clearInterval(this.#replayTimer);
    await Promise.all([...this.#subscriptions].map((s) => s.stop()));
    this.#flush();
    this.#closed = true;
    try {
      this.#journal.close();
    } finally {
      this.#deadLetters.close();
    }
  }

  /** Leases up to `limit` deliverable messages of a queue, in publish order. */
  take(queue: string, limit: number): Entry[] {
    const entries = this.#queues.get(queue)?.take(Date.now(), limit) ?? [];
    for (const entry of entries) entry.leased = true;
    return entries;
  }

  /**
   * Records what became of a delivered message, written with this pass's records: until then a
   * crash delivers it again, as for any message not acknowledged.
   */
  settle(entry: Entry, outcome: Outcome): void {
    if (this.#closed) return;
    const now = Date.now();
    switch (outcome.action) {
      case 'ack':
        this.#remove(entry);
        return;
      case 'retry':
        entry.attempts += outcome.countAttempt ? 1 : 0;
        entry.availableAt = now + outcome.delayMs;
        entry.leased = false;
        this.#rewrite(entry);
        this.#queue(entry.queue).add(entry, now);
        this.#signals.emit(entry.queue);
        return;
      case 'dead':
        this.#deadLetters.add({
          id: entry.id,
          queue: entry.queue,
          key: entry.key,
          body: entry.body,
          reason: outcome.reason,
          attempts: entry.attempts + 1,
          failedAt: now,
        });
        this.#remove(entry);
        return;
    }
  }

  /** Milliseconds until the next delayed message of a queue is due, if one is waiting. */
  nextDueIn(queue: string): number | undefined {
    const at = this.#queues.get(queue)?.nextDueAt();
    return at === undefined ? undefined : Math.max(0, at - Date.now());
  }

  onPublish(queue: string, listener: () => void): () => void {
    this.#signals.on(queue, listener);
    return () => this.#signals.off(queue, listener);
  }

  /** Settles once the records appended so far in this pass are written (or could not be). */
  #written(): Promise<void> {
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  #add(
    queue: string,
    body: string,
    state: { key: string | undefined; id: string; attempts: number; availableAt: number },
  ): void {
    const entry: Entry = { seq: this.#nextSeq++, queue, body, ...state, leased: false, segment: 0, bytes: 0 };
    this.#entries.set(entry.seq, entry);
    this.#queuedBytes += body.length;
    this.#publishedRecords.add(this.#write(entry));
    this.#published.push(entry);
  }

  #remove(entry: Entry): void {
    if (!this.#entries.delete(entry.seq)) return;
    this.#queuedBytes -= entry.body.length;
    this.#journal.release(entry.segment, entry.bytes);
    this.#append(`{"x":${entry.seq}}`);
  }

  /** Writes an entry's whole state again: it moves to the segment being written. */
  #rewrite(entry: Entry): void {
    this.#journal.release(entry.segment, entry.bytes);
    this.#write(entry);
  }

  #write(entry: Entry): string {
    const body = this.#sealer ? `"e":${JSON.stringify(this.#sealer.seal(entry.body))}` : `"b":${entry.body}`;
    const record = `{"s":${entry.seq},"q":${JSON.stringify(entry.queue)},"i":${JSON.stringify(entry.id)},${entry.key === undefined ? '' : `"k":${JSON.stringify(entry.key)},`}"a":${entry.attempts},"t":${entry.availableAt},${body}}`;
    entry.segment = this.#journal.current;
    entry.bytes = Journal.recordBytes(record);
    this.#journal.retain(entry.segment, entry.bytes);
    this.#append(record);
    return record;
  }

  #append(record: string): void {
    this.#records.push(record);
    if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      setImmediate(this.#flush);
    }
  }

  /** Writes this pass's records; then its publishes resolve and become deliverable. */
  readonly #flush = (): void => {
    this.#flushScheduled = false;
    if (this.#records.length === 0 || this.#closed) return;
    const [records, published, waiters] = [this.#records, this.#published, this.#waiters];
    const publishedRecords = this.#publishedRecords;
    this.#records = [];
    this.#published = [];
    this.#waiters = [];
    this.#publishedRecords = new Set();
    try {
      if (this.#failure) throw this.#failure;
      this.#journal.write(records);
      if (this.#writeError) this.logger.info('the embedded broker writes its journal again');
      this.#writeError = undefined;
    } catch (err) {
      // A failed write is cut back off the journal, so the next one may succeed (space freed);
      // only a journal that could not be cut back stops the broker until a restart.
      if (this.#journal.broken) this.#fail(err);
      else
        this.#failedWrite(
          err,
          records.filter((record) => !publishedRecords.has(record)),
        );
      for (const entry of published) {
        if (!this.#entries.delete(entry.seq)) continue;
        this.#queuedBytes -= entry.body.length;
        this.#journal.release(entry.segment, entry.bytes);
      }
      const failure = new BrokerUnavailable(`the embedded broker could not write its journal: ${errorMessage(err)}`, {
        cause: err,
      });
      for (const waiter of waiters) waiter.reject(failure);
      return;
    }
    const now = Date.now();
    const touched = new Set<string>();
    for (const entry of published) {
      if (!this.#entries.has(entry.seq)) continue;
      this.#queue(entry.queue).add(entry, now);
      touched.add(entry.queue);
    }
    for (const waiter of waiters) waiter.resolve();
    for (const queue of touched) this.#signals.emit(queue);
    this.#reclaimSpace();
  };

  /** Old segments go once nothing in them is live; the few live messages of a mostly dead one move. */
  #reclaimSpace(): void {
    try {
      this.#journal.collect();
      const head = this.#journal.sparseHead();
      if (head === undefined) return;
      for (const entry of this.#entries.values()) if (entry.segment === head) this.#rewrite(entry);
    } catch (err) {
      this.logger.warn(
        { err: errorMessage(err) },
        'the embedded broker could not reclaim journal space; it tries again after the next write',
      );
    }
  }

  /**
   * The publishes of a failed write are refused (their senders retry); its other records (acks,
   * retries, moves of live messages) are written with the next write that succeeds, tried again
   * every second meanwhile, so nothing the broker holds goes missing from the journal.
   */
  #failedWrite(err: unknown, pending: string[]): void {
    this.#records = [...pending, ...this.#records];
    if (pending.length > 0) {
      setTimeout(() => {
        if (this.#flushScheduled || this.#closed) return;
        this.#flushScheduled = true;
        setImmediate(this.#flush);
      }, WRITE_RETRY_MS).unref();
    }
    if (!this.#writeError) {
      this.logger.error(
        { err: errorMessage(err) },
        'the embedded broker could not write its journal; publishing fails until a write succeeds again',
      );
    }
    this.#writeError = err instanceof Error ? err : new Error(String(err));
  }

  #fail(err: unknown): void {
    if (this.#failure) return;
    this.#failure = err instanceof Error ? err : new Error(String(err));
    this.logger.error(
      { err: errorMessage(err) },
      'the embedded broker could not write its journal: it takes no more messages until the gateway is restarted',
    );
  }

  #queue(name: string): QueueState {
    let queue = this.#queues.get(name);
    if (!queue) {
      queue = new QueueState();
      this.#queues.set(name, queue);
    }
    return queue;
  }

  /** Reads the journal back: every message published and not removed is deliverable again. */
  #recover(): void {
    let unreadable = 0;
    this.#journal.replay((record, segment, bytes) => {
      if (!isJournalRecord(record)) {
        unreadable++;
        return;
      }
      const r = record;
      if ('x' in r) {
        this.#entries.delete(r.x);
        this.#nextSeq = Math.max(this.#nextSeq, r.x + 1);
        return;
      }
      let body: string;
      try {
        body = r.e !== undefined ? this.#open(r.e) : JSON.stringify(r.b);
      } catch (err) {
        unreadable++;
        this.logger.warn({ err: errorMessage(err) }, 'a journal record does not open with the gateway keys');
        return;
      }
      this.#entries.set(r.s, {
        seq: r.s,
        id: r.i,
        queue: r.q,
        key: r.k,
        body,
        attempts: r.a,
        availableAt: r.t,
        leased: false,
        segment,
        bytes,
      });
      this.#nextSeq = Math.max(this.#nextSeq, r.s + 1);
    });
    if (unreadable > 0)
      this.logger.warn(
        { records: unreadable },
        'the embedded broker journal has records it does not understand; they were left out',
      );
    for (const entry of this.#entries.values()) {
      this.#journal.retain(entry.segment, entry.bytes);
      this.#queuedBytes += entry.body.length;
    }
    this.#journal.start();
    const now = Date.now();
    for (const entry of [...this.#entries.values()].sort((a, b) => a.seq - b.seq))
      this.#queue(entry.queue).add(entry, now);
    if (this.#entries.size > 0)
      this.logger.info(
        { messages: this.#entries.size },
        'the embedded broker recovered undelivered messages from its journal',
      );
  }

  /** A sealed journal body, back to its JSON text. */
  #open(sealed: string): string {
    if (!this.#sealer) throw new Error('the journal holds sealed records and no key was given to open them');
    return this.#sealer.open(sealed);
  }

  /** Earlier versions kept the queues in `queue.db`: what is still there moves to the journal, once. */
  #importLegacyQueue(): void {
    const legacy = this.#deadLetters.legacyMessages();
    if (!legacy) return;
    const known = new Set([...this.#entries.values()].map((entry) => entry.id));
    let imported = 0;
    for (const row of legacy) {
      if (known.has(row.id)) continue;
      if (!isJson(row.body)) {
        this.logger.warn(
          { id: row.id, queue: row.queue },
          'a message of the earlier SQLite queue is not JSON; it was left out',
        );
        continue;
      }
      this.#add(row.queue, row.body, {
        key: row.key ?? undefined,
        id: row.id,
        attempts: row.attempts,
        availableAt: row.available_at,
      });
      imported++;
    }
    this.#flush();
    if (this.#failure) throw this.#failure;
    this.#deadLetters.dropLegacyMessages();
    this.logger.info({ messages: imported }, 'moved the queued messages of the earlier SQLite queue into the journal');
  }

  /** Puts the dead letters an operator asked to replay back on their queues. */
  #performReplays(): void {
    if (this.#closed || this.#failure) return;
    let requests: ReturnType<DeadLetterFile['replayRequests']>;
    try {
      requests = this.#deadLetters.replayRequests(REPLAYS_PER_POLL);
    } catch (err) {
      this.logger.warn({ err: errorMessage(err) }, 'reading the dead letters to replay failed; trying again shortly');
      return;
    }
    for (const request of requests) {
      if (this.#replaying.has(request.id)) continue;
      this.#replaying.add(request.id);
      // Removed once written: a crash in between replays it once more, never loses it.
      this.#add(request.queue, request.body, {
        key: request.key,
        id: request.id,
        attempts: 0,
        availableAt: Date.now(),
      });
      this.#written()
        .then(
          () => this.#deadLetters.remove(request.id),
          (err: unknown) =>
            this.logger.warn(
              { err: errorMessage(err), id: request.id },
              'replaying a dead letter failed; it is tried again',
            ),
        )
        .catch((err: unknown) =>
          this.logger.warn(
            { err: errorMessage(err), id: request.id },
            'a replayed dead letter is queued but still listed; it is replayed once more',
          ),
        )
        .finally(() => this.#replaying.delete(request.id));
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('The embedded broker is closed');
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isJournalRecord(value: unknown): value is JournalRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (typeof r.x === 'number') return true;
  return (
    typeof r.s === 'number' &&
    typeof r.q === 'string' &&
    typeof r.i === 'string' &&
    typeof r.a === 'number' &&
    typeof r.t === 'number' &&
    ('b' in r || typeof r.e === 'string') &&
    (r.k === undefined || typeof r.k === 'string')
  );
}

/** One queue's deliverable and delayed messages (those leased are with their consumer). */
class QueueState {
  /** Deliverable, in publish order: new messages come with ever higher numbers. */
  readonly #fresh: Entry[] = [];
  #head = 0;
  #lastFresh = 0;
  /** Deliverable again (retried, or a delay that came due): taken in number order with the fresh ones. */
  readonly #returned = new MinHeap<Entry>((a, b) => a.seq < b.seq);
  readonly #delayed = new MinHeap<Entry>(
    (a, b) => a.availableAt < b.availableAt || (a.availableAt === b.availableAt && a.seq < b.seq),
  );

  get waiting(): number {
    return this.#fresh.length - this.#head + this.#returned.size + this.#delayed.size;
  }

  add(entry: Entry, now: number): void {
    if (entry.availableAt > now) this.#delayed.push(entry);
    else if (entry.seq > this.#lastFresh) {
      this.#fresh.push(entry);
      this.#lastFresh = entry.seq;
    } else this.#returned.push(entry);
  }

  take(now: number, limit: number): Entry[] {
    for (let due = this.#delayed.peek(); due && due.availableAt <= now; due = this.#delayed.peek())
      this.#returned.push(this.#delayed.pop()!);
    const taken: Entry[] = [];
    while (taken.length < limit) {
      const fresh = this.#fresh[this.#head];
      const back = this.#returned.peek();
      if (fresh && (!back || fresh.seq < back.seq)) {
        this.#head++;
        taken.push(fresh);
      } else if (back) taken.push(this.#returned.pop()!);
      else break;
    }
    if (this.#head > 1024 && this.#head * 2 > this.#fresh.length) {
      this.#fresh.splice(0, this.#head);
      this.#head = 0;
    }
    return taken;
  }

  nextDueAt(): number | undefined {
    return this.#delayed.peek()?.availableAt;
  }
}

class EmbeddedSubscription {
  readonly #dispatcher = new KeyedDispatcher();
  #stopped = false;
  #timer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #pumpScheduled = false;

  constructor(
    private readonly broker: EmbeddedBroker,
    private readonly queue: string,
    private readonly handler: MessageHandler,
    private readonly options: ConsumeOptions,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.#unsubscribe = this.broker.onPublish(this.queue, () => this.#pumpSoon());
    this.#pump();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unsubscribe?.();
    clearTimeout(this.#timer);
    await this.#dispatcher.idle();
  }

  /** Publishes arrive in bursts: one take after the burst gets them all. */
  #pumpSoon(): void {
    if (this.#pumpScheduled) return;
    this.#pumpScheduled = true;
    setImmediate(() => {
      this.#pumpScheduled = false;
      this.#pump();
    });
  }

  #pump(): void {
    if (this.#stopped) return;
    const room = this.options.prefetch - this.#dispatcher.size;
    const entries = room > 0 ? this.broker.take(this.queue, room) : [];
    for (const entry of entries) this.#dispatch(entry);
    // A full batch means more may be waiting: completions pump again. Otherwise sleep until due.
    clearTimeout(this.#timer);
    const due = entries.length < room ? this.broker.nextDueIn(this.queue) : undefined;
    this.#timer = setTimeout(() => this.#pump(), Math.min(due ?? IDLE_POLL_MS, IDLE_POLL_MS));
    this.#timer.unref();
  }

  #dispatch(entry: Entry): void {
    const message: BrokerMessage = {
      id: entry.id,
      queue: entry.queue,
      key: entry.key,
      body: JSON.parse(entry.body) as unknown,
      attempts: entry.attempts,
    };
    void this.#dispatcher.run(message.key, async () => {
      let outcome: Outcome;
      try {
        await this.handler(message);
        outcome = { action: 'ack' };
      } catch (err) {
        outcome = outcomeOf(err, entry.attempts, this.options.maxAttempts);
        this.logger.warn(
          {
            queue: entry.queue,
            messageId: entry.id,
            attempt: entry.attempts + 1,
            outcome: outcome.action,
            err: errorMessage(err),
          },
          'message handling failed',
        );
      }
      try {
        this.broker.settle(entry, outcome);
      } catch (err) {
        this.logger.error(
          { err: errorMessage(err), queue: entry.queue, messageId: entry.id },
          'embedded broker could not settle a message; it is delivered again after a restart',
        );
      }
      // Refill in batches, once half the prefetch is free, rather than one message at a time.
      if (this.#dispatcher.size <= this.options.prefetch / 2) this.#pumpSoon();
    });
  }
}

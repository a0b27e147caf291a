import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { PassTransaction, WalCheckpointer, errorMessage, newId, type Logger } from '../core/index.js';
import type { Broker, BrokerHealth, BrokerMessage, ConsumeOptions, DeadLetter, MessageHandler, PublishOptions, Subscription } from './broker.js';
import { KeyedDispatcher } from './keyed-dispatcher.js';
import { outcomeOf } from './outcome.js';

interface Row {
  seq: number;
  id: string;
  queue: string;
  key: string | null;
  body: string;
  attempts: number;
}

interface DeadRow {
  id: string;
  queue: string;
  key: string | null;
  body: string;
  reason: string;
  attempts: number;
  failed_at: number;
}

const IDLE_POLL_MS = 1_000;

/**
 * The broker of the embedded mode: queues in a SQLite file, so a crash loses nothing that was
 * acknowledged to a sender. One process owns the file; several processes need RabbitMQ.
 */
export class EmbeddedBroker implements Broker {
  readonly kind = 'embedded' as const;
  readonly #db: SQLite.Database;
  readonly #signals = new EventEmitter();
  readonly #subscriptions = new Set<EmbeddedSubscription>();
  readonly #statements;
  readonly #checkpointer: WalCheckpointer | undefined;
  /** Everything the broker writes during a pass of the event loop: publishes, leases, settlements. */
  readonly #pass: PassTransaction;
  #closed = false;

  /**
   * `recoverLeases` (the default) makes messages leased by a dead process ready again: only the
   * process that consumes may do it; a tool that opens the file beside it (gb dlq) must not.
   */
  constructor(file: string, private readonly logger: Logger, options: { recoverLeases?: boolean } = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new SQLite(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.exec(`
      create table if not exists broker_messages (
        seq integer primary key autoincrement,
        id text not null,
        queue text not null,
        key text,
        body text not null,
        attempts integer not null default 0,
        available_at integer not null,
        leased integer not null default 0
      );
      create index if not exists broker_messages_ready on broker_messages (queue, leased, available_at, seq);
      create table if not exists broker_dead_letters (
        id text primary key,
        queue text not null,
        key text,
        body text not null,
        reason text not null,
        attempts integer not null,
        failed_at integer not null
      );
    `);
    this.#db.pragma('busy_timeout = 5000');
    if (file !== ':memory:') {
      this.#db.pragma('wal_autocheckpoint = 0');
      this.#checkpointer = new WalCheckpointer(file, {
        onError: (message) => this.logger.error({ err: message }, 'checkpointing the embedded broker file failed'),
      });
    }
    // Leases belong to the process that died: its messages are ready again.
    if (options.recoverLeases ?? true) this.#db.exec('update broker_messages set leased = 0 where leased = 1');
    this.#signals.setMaxListeners(0);
    this.#pass = new PassTransaction(this.#db, (err) =>
      this.logger.error({ err: errorMessage(err) }, 'embedded broker could not commit; leased messages will be delivered again'),
    );
    this.#statements = {
      insert: this.#db.prepare('insert into broker_messages (id, queue, key, body, attempts, available_at) values (?, ?, ?, ?, ?, ?)'),
      ready: this.#db.prepare<[string, number, number], Row>(
        'select seq, id, queue, key, body, attempts from broker_messages where queue = ? and leased = 0 and available_at <= ? order by seq limit ?',
      ),
      lease: this.#db.prepare('update broker_messages set leased = 1 where seq = ?'),
      ack: this.#db.prepare('delete from broker_messages where seq = ?'),
      retry: this.#db.prepare('update broker_messages set leased = 0, attempts = attempts + ?, available_at = ? where seq = ?'),
      nextDue: this.#db.prepare<[string], { at: number | null }>('select min(available_at) as at from broker_messages where queue = ? and leased = 0'),
      depth: this.#db.prepare<[string], { n: number }>('select count(*) as n from broker_messages where queue = ? and leased = 0'),
      dead: this.#db.prepare('insert or replace into broker_dead_letters (id, queue, key, body, reason, attempts, failed_at) values (?, ?, ?, ?, ?, ?, ?)'),
      listDead: this.#db.prepare<[number], DeadRow>('select * from broker_dead_letters order by failed_at desc limit ?'),
      getDead: this.#db.prepare<[string], DeadRow>('select * from broker_dead_letters where id = ?'),
      dropDead: this.#db.prepare('delete from broker_dead_letters where id = ?'),
    };
  }

  /** Resolves once the message is committed to the file. */
  async publish(queue: string, body: unknown, options: PublishOptions = {}): Promise<void> {
    this.#assertOpen();
    const availableAt = Date.now() + Math.max(0, options.delayMs ?? 0);
    this.#pass.run(() =>
      this.#statements.insert.run(options.id ?? newId(), queue, options.key ?? null, JSON.stringify(body), options.attempts ?? 0, availableAt),
    );
    const committed = this.#pass.committed();
    // Consumers read at a later pass, after this pass's commit (both are setImmediate callbacks,
    // the commit scheduled first).
    this.#signals.emit(queue);
    return committed;
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
    return this.#statements.depth.get(queue)?.n ?? 0;
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    return this.#statements.listDead.all(limit).map(toDeadLetter);
  }

  async replayDeadLetter(id: string): Promise<boolean> {
    const row = this.#statements.getDead.get(id);
    if (!row) return false;
    this.#db.transaction(() => {
      this.#statements.insert.run(row.id, row.queue, row.key, row.body, 0, Date.now());
      this.#statements.dropDead.run(id);
    })();
    this.#signals.emit(row.queue);
    return true;
  }

  async dropDeadLetter(id: string): Promise<boolean> {
    return this.#statements.dropDead.run(id).changes > 0;
  }

  async health(): Promise<BrokerHealth> {
    const started = performance.now();
    try {
      this.#db.prepare('select 1').get();
      return { ok: !this.#closed, latencyMs: performance.now() - started };
    } catch (err) {
      return { ok: false, latencyMs: performance.now() - started, detail: errorMessage(err) };
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await Promise.all([...this.#subscriptions].map((s) => s.stop()));
    this.#pass.commit();
    this.#closed = true;
    this.#db.close();
    await this.#checkpointer?.stop();
  }

  /** Leases up to `limit` ready messages of a queue, oldest first. */
  take(queue: string, limit: number): Row[] {
    // Leases need no durability (they are reset at start): they ride on the pass's transaction.
    return this.#pass.run(() => {
      const rows = this.#statements.ready.all(queue, Date.now(), limit);
      for (const row of rows) this.#statements.lease.run(row.seq);
      return rows;
    });
  }

  /**
   * Records what became of a delivered message, in the transaction of this pass: until it
   * commits the message stays leased, and a crash in between delivers it again, as for any
   * unacknowledged message.
   */
  settle(row: Row, outcome: ReturnType<typeof outcomeOf>): void {
    if (this.#closed) return;
    const at = Date.now();
    try {
      this.#pass.run(() => {
        switch (outcome.action) {
          case 'ack':
            this.#statements.ack.run(row.seq);
            return;
          case 'retry':
            this.#statements.retry.run(outcome.countAttempt ? 1 : 0, at + outcome.delayMs, row.seq);
            return;
          case 'dead':
            // Both or neither: a savepoint inside the pass's transaction.
            this.#db.transaction(() => {
              this.#statements.dead.run(row.id, row.queue, row.key, row.body, outcome.reason, row.attempts + 1, at);
              this.#statements.ack.run(row.seq);
            })();
            return;
        }
      });
    } catch (err) {
      this.logger.error({ err: errorMessage(err), queue: row.queue }, 'embedded broker could not settle a message; it will be delivered again after a restart');
    }
  }

  /** Milliseconds until the next delayed message of a queue is due, if any is waiting. */
  nextDueIn(queue: string): number | undefined {
    const at = this.#statements.nextDue.get(queue)?.at;
    return at === null || at === undefined ? undefined : Math.max(0, at - Date.now());
  }

  onPublish(queue: string, listener: () => void): () => void {
    this.#signals.on(queue, listener);
    return () => this.#signals.off(queue, listener);
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('The embedded broker is closed');
  }
}

class EmbeddedSubscription {
  readonly #dispatcher = new KeyedDispatcher();
  #stopped = false;
  #timer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #pumping = false;
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

  /** Publishes arrive in bursts: one read after the burst takes them all. */
  #pumpSoon(): void {
    if (this.#pumpScheduled) return;
    this.#pumpScheduled = true;
    setImmediate(() => {
      this.#pumpScheduled = false;
      this.#pump();
    });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unsubscribe?.();
    clearTimeout(this.#timer);
    await this.#dispatcher.idle();
  }

  #pump(): void {
    if (this.#stopped || this.#pumping) return;
    this.#pumping = true;
    try {
      const room = this.options.prefetch - this.#dispatcher.size;
      const rows = room > 0 ? this.broker.take(this.queue, room) : [];
      for (const row of rows) this.#dispatch(row);
      // A full batch means more may be waiting: completions pump again. Otherwise sleep until due.
      this.#schedule(rows.length < room);
    } catch (err) {
      this.logger.error({ err, queue: this.queue }, 'embedded broker could not read its queue');
      this.#timer = setTimeout(() => this.#pump(), IDLE_POLL_MS);
    } finally {
      this.#pumping = false;
    }
  }

  #schedule(ranDry: boolean): void {
    clearTimeout(this.#timer);
    if (this.#stopped) return;
    const due = ranDry ? this.broker.nextDueIn(this.queue) : undefined;
    this.#timer = setTimeout(() => this.#pump(), Math.min(due ?? IDLE_POLL_MS, IDLE_POLL_MS));
    this.#timer.unref();
  }

  #dispatch(row: Row): void {
    const message: BrokerMessage = {
      id: row.id,
      queue: row.queue,
      key: row.key ?? undefined,
      body: JSON.parse(row.body) as unknown,
      attempts: row.attempts,
    };
    void this.#dispatcher.run(message.key, async () => {
      let outcome: ReturnType<typeof outcomeOf>;
      try {
        await this.handler(message);
        outcome = { action: 'ack' };
      } catch (err) {
        outcome = outcomeOf(err, row.attempts, this.options.maxAttempts);
        this.logger.warn({ queue: row.queue, messageId: row.id, attempt: row.attempts + 1, outcome: outcome.action, err: errorMessage(err) }, 'message handling failed');
      }
      try {
        this.broker.settle(row, outcome);
      } catch (err) {
        this.logger.error({ err, queue: row.queue, messageId: row.id }, 'embedded broker could not settle a message; it will be redelivered after a restart');
      }
      // Refill in batches, once half the prefetch is free, rather than one message at a time.
      if (this.#dispatcher.size <= this.options.prefetch / 2) this.#pumpSoon();
    });
  }
}

function toDeadLetter(row: DeadRow): DeadLetter {
  return {
    id: row.id,
    queue: row.queue,
    key: row.key ?? undefined,
    body: JSON.parse(row.body) as unknown,
    reason: row.reason,
    attempts: row.attempts,
    failedAt: row.failed_at,
  };
}

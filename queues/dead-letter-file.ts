import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import type { DeadLetter, DeadLetterQueue } from './broker.js';

interface DeadRow {
  id: string;
  queue: string;
  key: string | null;
  body: string;
  reason: string;
  attempts: number;
  failed_at: number;
}

/** A message of the queue table of earlier versions, which kept the whole queue in SQLite. */
export interface LegacyQueuedMessage {
  id: string;
  queue: string;
  key: string | null;
  body: string;
  attempts: number;
  available_at: number;
}

/** Seals message bodies at rest (the gateway's data key for the broker); text without a seal opens as it is. */
export interface BodySealer {
  seal(text: string): string;
  open(text: string): string;
}

const PLAIN: BodySealer = { seal: (text) => text, open: (text) => text };

/**
 * The embedded broker's dead letters, in a SQLite file (`queue.db`). The queues themselves are in
 * the broker's journal, which only the gateway process may touch; this file is shared: `gb dlq`
 * lists, drops and asks for replays beside a running gateway, which performs the replays.
 */
export class DeadLetterFile {
  readonly #db: SQLite.Database;
  readonly #statements;

  constructor(
    file: string,
    /** Seals the bodies kept (messages people sent or are sent); none keeps them as they are. */
    private readonly sealer: BodySealer = PLAIN,
  ) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    this.#db = new SQLite(file);
    chmodSync(file, 0o600);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.exec(`
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
    const columns = this.#db
      .prepare<[], { name: string }>("select name from pragma_table_info('broker_dead_letters')")
      .all();
    if (!columns.some((c) => c.name === 'replay_requested')) {
      this.#db.exec('alter table broker_dead_letters add column replay_requested integer not null default 0');
    }
    // The gateway looks for replays every second: without an index that reads every dead letter.
    this.#db.exec(
      'create index if not exists broker_dead_letters_replays on broker_dead_letters (id) where replay_requested = 1',
    );
    this.#statements = {
      add: this.#db.prepare(
        'insert or replace into broker_dead_letters (id, queue, key, body, reason, attempts, failed_at, replay_requested) values (?, ?, ?, ?, ?, ?, ?, 0)',
      ),
      list: this.#db.prepare<[number], DeadRow>(
        'select * from broker_dead_letters where replay_requested = 0 order by failed_at desc limit ?',
      ),
      requestReplay: this.#db.prepare(
        'update broker_dead_letters set replay_requested = 1 where id = ? and replay_requested = 0',
      ),
      drop: this.#db.prepare('delete from broker_dead_letters where id = ? and replay_requested = 0'),
      replays: this.#db.prepare<[number], DeadRow>(
        'select * from broker_dead_letters where replay_requested = 1 limit ?',
      ),
      remove: this.#db.prepare('delete from broker_dead_letters where id = ?'),
    };
  }

  add(letter: {
    id: string;
    queue: string;
    key: string | undefined;
    body: string;
    reason: string;
    attempts: number;
    failedAt: number;
  }): void {
    this.#statements.add.run(
      letter.id,
      letter.queue,
      letter.key ?? null,
      this.sealer.seal(letter.body),
      letter.reason,
      letter.attempts,
      letter.failedAt,
    );
  }

  list(limit: number): DeadLetter[] {
    return this.#statements.list.all(limit).map((row) => toDeadLetter({ ...row, body: this.sealer.open(row.body) }));
  }

  /** Marks a dead letter for the gateway to put back on its queue; false when there is none. */
  requestReplay(id: string): boolean {
    return this.#statements.requestReplay.run(id).changes > 0;
  }

  drop(id: string): boolean {
    return this.#statements.drop.run(id).changes > 0;
  }

  /** Dead letters asked to be replayed, with their body as the JSON text it was published as. */
  replayRequests(limit: number): Array<{ id: string; queue: string; key: string | undefined; body: string }> {
    return this.#statements.replays
      .all(limit)
      .map((row) => ({ id: row.id, queue: row.queue, key: row.key ?? undefined, body: this.sealer.open(row.body) }));
  }

  remove(id: string): void {
    this.#statements.remove.run(id);
  }

  /** What the queue table of an earlier version still holds; undefined when there is no such table. */
  legacyMessages(): LegacyQueuedMessage[] | undefined {
    const table = this.#db
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'broker_messages'")
      .get();
    if (!table) return undefined;
    return this.#db
      .prepare<[], LegacyQueuedMessage>(
        'select id, queue, key, body, attempts, available_at from broker_messages order by seq',
      )
      .all();
  }

  dropLegacyMessages(): void {
    this.#db.exec('drop table if exists broker_messages');
  }

  close(): void {
    this.#db.close();
  }
}

/** The dead letters of an embedded broker, opened beside the gateway that owns the broker (`gb dlq`). */
export class EmbeddedDeadLetters implements DeadLetterQueue {
  readonly #file: DeadLetterFile;

  constructor(file: string, sealer?: BodySealer) {
    this.#file = new DeadLetterFile(file, sealer);
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    return this.#file.list(limit);
  }

  /** Asks the gateway to put it back on its queue: at once if it runs, else when it next starts. */
  async replayDeadLetter(id: string): Promise<boolean> {
    return this.#file.requestReplay(id);
  }

  async dropDeadLetter(id: string): Promise<boolean> {
    return this.#file.drop(id);
  }

  async close(): Promise<void> {
    this.#file.close();
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

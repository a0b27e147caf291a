import type SQLite from 'better-sqlite3';

/**
 * Group commit on one SQLite connection: the writes run during one pass of the event loop share
 * one transaction, committed when the pass ends. A commit writes every page it touched to the
 * WAL, so it costs far more than the statements in it; under load one commit for ten writes costs
 * little more than one for one. Whoever needs its writes durable waits on `committed()`.
 *
 * A failing statement is undone alone (SQLite's default), the rest of the pass still commits. A
 * failure bad enough to roll the whole transaction back (disk full, I/O error), or a failed
 * commit, rejects everyone waiting on the pass.
 */
export class PassTransaction {
  #open = false;
  #waiters: Array<{ resolve: () => void; reject: (err: unknown) => void }> = [];

  constructor(
    private readonly db: SQLite.Database,
    private readonly onCommitError: (err: unknown) => void = () => undefined,
  ) {}

  /** Runs writes inside the transaction of this pass, opening it (and scheduling its commit) if needed. */
  run<T>(write: () => T): T {
    if (!this.#open) {
      this.db.exec('begin immediate');
      this.#open = true;
      setImmediate(() => this.commit());
    }
    try {
      return write();
    } finally {
      if (!this.db.inTransaction) {
        this.#open = false;
        this.#settle(new Error('SQLite rolled back the writes of this pass'));
      }
    }
  }

  /** Settles once the writes run so far in this pass are committed; rejects if they never will be. */
  committed(): Promise<void> {
    if (!this.#open) return Promise.resolve();
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  /** Commits the open transaction now (before an explicit transaction, or a close). */
  commit(): void {
    if (!this.#open) return;
    this.#open = false;
    try {
      this.db.exec('commit');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('rollback');
      this.onCommitError(err);
      this.#settle(err);
      return;
    }
    this.#settle();
  }

  #settle(err?: unknown): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) {
      if (err === undefined) waiter.resolve();
      else waiter.reject(err);
    }
  }
}

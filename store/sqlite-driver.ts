import type SQLite from 'better-sqlite3';
import { PassTransaction } from './pass-transaction.js';
import {
  type CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely over better-sqlite3 with group commit: the writes made outside an explicit transaction
 * during one pass of the event loop share one transaction, committed when the pass ends, and
 * each write's promise settles only once that commit has happened (or failed). A commit writes
 * every page it touched to the WAL, so on a table with several indexes one commit for ten
 * inserts costs little more than one for one insert; under load this is most of what a write costs.
 *
 * What a caller sees is what it would see without grouping: an awaited write is durable (as
 * durable as `synchronous = NORMAL` makes it), a failed statement rejects alone (SQLite undoes
 * the statement, not the transaction), and a failed commit rejects every write of its group.
 * Reads run at once and see the writes of the process, committed or about to be.
 *
 * An explicit transaction (`db.transaction()`) has the connection to itself: it first commits the
 * open group, and queries from elsewhere wait until it ends. Prepared statements are cached:
 * Kysely would prepare every query anew, and the gateway runs the same few dozen.
 */
export class GroupCommitSqliteDialect implements Dialect {
  readonly #driver: GroupCommitDriver;
  /** Queries run on the driver directly, outside any explicit transaction (see QueryRunner). */
  readonly runner: { executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> };

  constructor(sqlite: SQLite.Database) {
    this.#driver = new GroupCommitDriver(sqlite);
    this.runner = new Connection(this.#driver);
  }

  createDriver(): Driver {
    return this.#driver;
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

class GroupCommitDriver implements Driver {
  readonly #sqlite: SQLite.Database;
  readonly #statements = new Map<string, SQLite.Statement>();
  /** The group: writes outside explicit transactions during this pass of the event loop. */
  readonly #group: PassTransaction;
  /** The connection running an explicit transaction, and the queries waiting for it to end. */
  #owner: Connection | undefined;
  #waiting: Array<() => void> = [];

  constructor(sqlite: SQLite.Database) {
    this.#sqlite = sqlite;
    this.#group = new PassTransaction(sqlite);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new Connection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    while (this.#owner) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#group.commit();
    this.#owner = connection as Connection;
    try {
      this.#sqlite.exec('begin immediate');
    } catch (err) {
      this.#release();
      throw err;
    }
  }

  async commitTransaction(): Promise<void> {
    try {
      this.#sqlite.exec('commit');
    } finally {
      this.#release();
    }
  }

  async rollbackTransaction(): Promise<void> {
    try {
      if (this.#sqlite.inTransaction) this.#sqlite.exec('rollback');
    } finally {
      this.#release();
    }
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    this.#group.commit();
    this.#sqlite.close();
  }

  async execute<R>(connection: Connection, query: CompiledQuery): Promise<QueryResult<R>> {
    while (this.#owner && this.#owner !== connection) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    const statement = this.#prepare(query.sql);
    if (statement.readonly || this.#owner === connection) return run<R>(statement, query);
    const result = this.#group.run(() => run<R>(statement, query));
    await this.#group.committed();
    return result;
  }

  async *stream<R>(connection: Connection, query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    while (this.#owner && this.#owner !== connection) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    // A statement being iterated cannot run elsewhere meanwhile: streams get their own.
    const statement = this.#sqlite.prepare(query.sql);
    for (const row of statement.iterate(query.parameters as unknown[]) as IterableIterator<R>) yield { rows: [row] };
  }

  #release(): void {
    this.#owner = undefined;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const wake of waiting) wake();
  }

  #prepare(text: string): SQLite.Statement {
    let statement = this.#statements.get(text);
    if (!statement) {
      statement = this.#sqlite.prepare(text);
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.delete(this.#statements.keys().next().value!);
      this.#statements.set(text, statement);
    }
    return statement;
  }
}

/** A handle on the one SQLite connection: tells the driver whose query it is. */
class Connection implements DatabaseConnection {
  constructor(private readonly driver: GroupCommitDriver) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.execute<R>(this, query);
  }

  streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    return this.driver.stream<R>(this, query);
  }
}

function run<R>(statement: SQLite.Statement, query: CompiledQuery): QueryResult<R> {
  const parameters = query.parameters as unknown[];
  if (statement.reader) return { rows: statement.all(parameters) as R[] };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  sql,
  type CompiledQuery,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  type QueryResult,
} from 'kysely';
import pg from 'pg';
import { ConfigError, errorMessage } from '../core/index.js';
import * as initial from './migrations/001-initial.js';
import * as knowledgeLearning from './migrations/002-knowledge-learning.js';
import * as llmMemory from './migrations/003-llm-memory.js';
import * as handoffs from './migrations/004-handoffs.js';
import * as dialogs from './migrations/005-dialogs.js';
import * as dialogTables from './migrations/006-dialog-tables.js';
import * as userParams from './migrations/007-user-params.js';
import * as dropInboundDedupe from './migrations/008-drop-inbound-dedupe.js';
import * as partialMessageIndexes from './migrations/009-partial-message-indexes.js';
import * as conversationMenus from './migrations/010-conversation-menus.js';
import * as conversationReferences from './migrations/011-conversation-references.js';
import * as knowledgeSynonyms from './migrations/012-knowledge-synonyms.js';
import * as inboundSources from './migrations/013-inbound-sources.js';
import * as verifications from './migrations/014-verifications.js';
import * as apiKeys from './migrations/015-api-keys.js';
import * as quotas from './migrations/016-quotas.js';
import * as messageEvents from './migrations/017-message-events.js';
import * as instanceUsage from './migrations/018-instance-usage.js';
import * as dataKeys from './migrations/019-data-keys.js';
import * as knowledgeVectors from './migrations/020-knowledge-vectors.js';
import type { Database } from './schema.js';
import { GroupCommitSqliteDialect } from './sqlite-driver.js';
import { WalCheckpointer } from './wal-checkpointer.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Runs a compiled query straight on the driver, past Kysely's executor (which acquires and
 * releases a connection and transforms the result, for every query): what the prepared queries
 * run for every message use. It never joins an explicit transaction.
 */
export interface QueryRunner {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

export interface StoreDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly runner: QueryRunner;
  close(): Promise<void>;
}

/** Forward migrations, in order. A migration, once released, is never edited: add the next one. */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-knowledge-learning': knowledgeLearning,
  '003-llm-memory': llmMemory,
  '004-handoffs': handoffs,
  '005-dialogs': dialogs,
  '006-dialog-tables': dialogTables,
  '007-user-params': userParams,
  '008-drop-inbound-dedupe': dropInboundDedupe,
  '009-partial-message-indexes': partialMessageIndexes,
  '010-conversation-menus': conversationMenus,
  '011-conversation-references': conversationReferences,
  '012-knowledge-synonyms': knowledgeSynonyms,
  '013-inbound-sources': inboundSources,
  '014-verifications': verifications,
  '015-api-keys': apiKeys,
  '016-quotas': quotas,
  '017-message-events': messageEvents,
  '018-instance-usage': instanceUsage,
  '019-data-keys': dataKeys,
  '020-knowledge-vectors': knowledgeVectors,
};

class InCodeMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; poolSize?: number; schema?: string };

export function openDatabase(target: DatabaseTarget): StoreDatabase {
  if (target.kind === 'sqlite') {
    // Transcripts, phone numbers and message bodies: readable by the gateway's user only.
    if (target.file !== ':memory:') mkdirSync(dirname(target.file), { recursive: true, mode: 0o700 });
    let sqlite: SQLite.Database;
    try {
      sqlite = new SQLite(target.file);
      if (target.file !== ':memory:') chmodSync(target.file, 0o600);
      sqlite.pragma('journal_mode = WAL');
    } catch (err) {
      // SQLite's own message ("unable to open database file") does not say which file.
      throw new ConfigError(
        `cannot open the database ${target.file}: ${errorMessage(err)} (is the data folder writable by this user?)`,
      );
    }
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const checkpointer = target.file === ':memory:' ? undefined : new WalCheckpointer(target.file);
    if (checkpointer) sqlite.pragma('wal_autocheckpoint = 0');
    const dialect = new GroupCommitSqliteDialect(sqlite);
    const db = new Kysely<Database>({ dialect });
    return {
      db,
      dialect: 'sqlite',
      runner: dialect.runner,
      close: async () => {
        await db.destroy();
        await checkpointer?.stop();
      },
    };
  }
  // int8 columns hold epoch milliseconds, well inside Number's safe range.
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === 20
        ? (value: string) => Number(value)
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 10,
    types,
    connectionTimeoutMillis: 5_000,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  // A connection lost (PostgreSQL restarted, the network cut) is an 'error' event: on the pool for
  // an idle one, on the client for one in use. Unhandled, either would end the process; the pool
  // drops the connection and makes a new one on next use, and a query in flight fails by itself.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', runner: new PostgresRunner(pool), close: () => db.destroy() };
}

/**
 * Queries on the pool as named statements: PostgreSQL parses and plans each once per connection,
 * not on every call.
 */
class PostgresRunner implements QueryRunner {
  readonly #names = new Map<string, string>();

  constructor(private readonly pool: pg.Pool) {}

  async executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>> {
    let name = this.#names.get(query.sql);
    if (name === undefined) {
      name = `gb_${this.#names.size + 1}`;
      this.#names.set(query.sql, name);
    }
    const result = await this.pool.query({ name, text: query.sql, values: [...query.parameters] });
    const changed = result.command === 'INSERT' || result.command === 'UPDATE' || result.command === 'DELETE';
    return { rows: result.rows as R[], ...(changed ? { numAffectedRows: BigInt(result.rowCount ?? 0) } : {}) };
  }
}

export async function migrateToLatest(database: StoreDatabase): Promise<string[]> {
  return migrate(database, (migrator) => migrator.migrateToLatest());
}

/** Migrates up or down to the named migration (to go back before an upgrade, say); returns what ran. */
export async function migrateTo(database: StoreDatabase, name: string): Promise<string[]> {
  if (!(name in MIGRATIONS)) throw new Error(`No migration named ${name}`);
  return migrate(database, (migrator) => migrator.migrateTo(name));
}

async function migrate(
  database: StoreDatabase,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema unless told which: name ours, so
  // several gateways can share one PostgreSQL database in separate schemas.
  const schema =
    database.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db: database.db,
    provider: new InCodeMigrations(),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await run(migrator);
  if (error)
    throw new Error(`Database migration failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function pingDatabase(database: StoreDatabase): Promise<number> {
  const started = performance.now();
  await sql`select 1`.execute(database.db);
  return performance.now() - started;
}

/** True when an error is a unique-constraint violation, on either database. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

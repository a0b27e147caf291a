import { sql } from 'kysely';
import { MessageRepository } from './messages.js';
import { InstanceRepository } from './instances.js';
import { KnowledgeRepository } from './knowledge.js';
import { WebchatRepository } from './webchat.js';
import { HandoffRepository } from './handoffs.js';
import { MenuRepository } from './menus.js';
import { ReferenceRepository } from './references.js';
import { DialogRepository } from './dialogs.js';
import { SourceRepository } from './sources.js';
import { VerificationRepository } from './verifications.js';
import { AccessRepository } from './api-keys.js';
import { DataKeyRepository } from './data-keys.js';
import { DataCipher, type GatewayKeys } from '../core/index.js';
import { migrateToLatest, openDatabase, pingDatabase, type DatabaseTarget, type StoreDatabase } from './database.js';
import type { Database } from './schema.js';
import type { Kysely } from 'kysely';

export * from './database.js';
export type * from './schema.js';
export type { ChannelRecord, InstanceRecord } from './instances.js';
export type { KnowledgeEntry, QuestionWithAnswer, KnowledgeRepository } from './knowledge.js';
export type { MessageRepository } from './messages.js';
export type { Handoff, HandoffRepository } from './handoffs.js';
export type { DialogRepository } from './dialogs.js';
export type { MenuRepository } from './menus.js';
export type { ReferenceRepository } from './references.js';
export type { SourceRepository } from './sources.js';
export type { AccessRepository, ApiKeyRecord, KeyRole } from './api-keys.js';
export type { DataKeyRepository } from './data-keys.js';
export { newKeyId } from './api-keys.js';
export type { OpenVerification, VerificationRepository, VerificationRow } from './verifications.js';

/** The gateway's store: one object per process, built from a database target. */
export class Store {
  readonly instances: InstanceRepository;
  readonly knowledge: KnowledgeRepository;
  readonly messages: MessageRepository;
  readonly webchat: WebchatRepository;
  readonly handoffs: HandoffRepository;
  readonly dialogs: DialogRepository;
  readonly menus: MenuRepository;
  readonly references: ReferenceRepository;
  readonly sources: SourceRepository;
  readonly verifications: VerificationRepository;
  readonly access: AccessRepository;

  readonly dataKeys: DataKeyRepository;

  private constructor(
    readonly database: StoreDatabase,
    /** Seals message bodies, transcripts, dialog state, saved values and LLM memory (see DataCipher). */
    readonly cipher: DataCipher,
  ) {
    const db = database.db;
    this.instances = new InstanceRepository(db);
    this.knowledge = new KnowledgeRepository(db, cipher);
    this.messages = new MessageRepository(db, database.runner, cipher);
    this.webchat = new WebchatRepository(db, cipher);
    this.handoffs = new HandoffRepository(db);
    this.dialogs = new DialogRepository(db, cipher);
    this.dataKeys = new DataKeyRepository(db, cipher);
    this.menus = new MenuRepository(db, database.runner);
    this.references = new ReferenceRepository(db);
    this.sources = new SourceRepository(db);
    this.verifications = new VerificationRepository(db);
    this.access = new AccessRepository(db);
  }

  /**
   * Opens the database, brings its schema up to date, and loads the data keys derived from
   * `keys` (making the first one, or one from a changed gateway key).
   */
  static async open(target: DatabaseTarget, options: { keys: GatewayKeys; migrate?: boolean }): Promise<Store> {
    const database = openDatabase(target);
    try {
      if (options.migrate ?? true) await migrateToLatest(database);
      const store = new Store(database, new DataCipher(options.keys));
      await store.dataKeys.ensure();
      return store;
    } catch (err) {
      await database.close();
      throw err;
    }
  }

  get db(): Kysely<Database> {
    return this.database.db;
  }

  /** Runs `work` in one transaction: all of it lands, or none. */
  transaction<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.database.db.transaction().execute(work);
  }

  ping(): Promise<number> {
    return pingDatabase(this.database);
  }

  async tableNames(): Promise<string[]> {
    if (this.database.dialect === 'sqlite') {
      const result = await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(
        this.db,
      );
      return result.rows.map((r) => r.name).sort();
    }
    const result = await sql<{
      name: string;
    }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_name not like 'kysely_%'`.execute(
      this.db,
    );
    return result.rows.map((r) => r.name).sort();
  }

  close(): Promise<void> {
    return this.database.close();
  }
}

export { migrateToLatest };

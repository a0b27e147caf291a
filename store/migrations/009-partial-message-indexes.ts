import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The indexes of `messages` hold only the rows they are for: the channel's id of a message only
 * for inbound ones, the provider's id only once a send has one, the idempotency key only for
 * outbound ones. Every inbound message used to add an empty entry to three indexes it could never
 * be found by, and every outbound one to two; an insert now writes two or three index entries
 * instead of five. On SQLite a column's UNIQUE cannot be dropped in place, so the table is
 * rebuilt, in one transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table messages drop constraint if exists messages_idempotency_key_key`.execute(db);
    await db.schema.dropIndex('messages_provider_id').execute();
    await db.schema.dropIndex('messages_inbound_unique').execute();
    await createPartialIndexes(db);
    return;
  }
  await db.transaction().execute(async (trx) => {
    await rebuildMessagesTable(trx, false);
    await createPartialIndexes(trx);
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    for (const index of ['messages_idempotency_key', 'messages_provider_id', 'messages_inbound_unique'])
      await db.schema.dropIndex(index).execute();
    await sql`alter table messages add constraint messages_idempotency_key_key unique (idempotency_key)`.execute(db);
    await createFullIndexes(db);
    return;
  }
  await db.transaction().execute(async (trx) => {
    await rebuildMessagesTable(trx, true);
    await createFullIndexes(trx);
  });
}

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function createPartialIndexes(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('messages_provider_id')
    .on('messages')
    .columns(['channel', 'provider_message_id'])
    .where('provider_message_id', 'is not', null)
    .execute();
  await db.schema
    .createIndex('messages_inbound_unique')
    .on('messages')
    .columns(['instance_id', 'channel', 'channel_message_id'])
    .unique()
    .where(sql.ref('direction'), '=', 'in')
    .execute();
  await db.schema
    .createIndex('messages_idempotency_key')
    .on('messages')
    .column('idempotency_key')
    .unique()
    .where('idempotency_key', 'is not', null)
    .execute();
}

async function createFullIndexes(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('messages_provider_id')
    .on('messages')
    .columns(['channel', 'provider_message_id'])
    .execute();
  await db.schema
    .createIndex('messages_inbound_unique')
    .on('messages')
    .columns(['instance_id', 'channel', 'direction', 'channel_message_id'])
    .unique()
    .execute();
}

/** SQLite: the same table with or without UNIQUE on `idempotency_key`, rows and conversation index kept. */
async function rebuildMessagesTable(db: Kysely<unknown>, uniqueKey: boolean): Promise<void> {
  await db.schema
    .createTable('messages_next')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('conversation_key', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('channel_message_id', 'text')
    .addColumn('idempotency_key', 'text', (c) => (uniqueKey ? c.unique() : c))
    .addColumn('provider_message_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_rank', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  const columns = sql.raw(
    'id, instance_id, channel, conversation_key, direction, kind, content, channel_message_id, idempotency_key, provider_message_id, status, status_rank, error, created_at, updated_at',
  );
  await sql`insert into messages_next (${columns}) select ${columns} from messages`.execute(db);
  await db.schema.dropTable('messages').execute();
  await db.schema.alterTable('messages_next').renameTo('messages').execute();
  await db.schema
    .createIndex('messages_conversation')
    .on('messages')
    .columns(['instance_id', 'conversation_key', 'created_at'])
    .execute();
}

import type { Kysely } from 'kysely';

/** Each state an outbound message moved to, with when and why: its delivery history. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('message_events')
    .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('message_events_message').on('message_events').columns(['message_id', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('message_events').ifExists().execute();
}

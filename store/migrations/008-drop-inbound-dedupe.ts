import type { Kysely } from 'kysely';

/**
 * Redeliveries are dropped by the router, on the unique index of inbound messages (instance,
 * channel, channel message id), which is kept as long as the conversation history: the separate
 * table of dedupe keys the ingress kept for eight days is gone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('inbound_dedupe').ifExists().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inbound_dedupe')
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('channel_message_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('inbound_dedupe_pk', ['instance_id', 'channel', 'channel_message_id'])
    .execute();
  await db.schema.createIndex('inbound_dedupe_created').on('inbound_dedupe').column('created_at').execute();
}

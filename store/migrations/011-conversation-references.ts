import type { Kysely } from 'kysely';

/**
 * Where each person was last reached on a channel that needs more than an address to reach them
 * again (Teams: service URL, conversation, tenant): a dialog's TALK TO or a hand-off finds them here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conversation_references')
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('reply_address', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_references_pk', ['instance_id', 'channel', 'address'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conversation_references').ifExists().execute();
}

import type { Kysely } from 'kysely';

/**
 * The choices of the last menu the router offered in a conversation, recorded when it publishes
 * the menu: a typed number or title answering it is read from here, not from the row the worker
 * writes when it sends.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conversation_menus')
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('conversation_key', 'text', (c) => c.notNull())
    .addColumn('choices', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_menus_pk', ['instance_id', 'conversation_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conversation_menus').ifExists().execute();
}

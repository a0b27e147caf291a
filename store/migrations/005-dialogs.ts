import type { Kysely } from 'kysely';

/** Compiled BASIC dialogs per instance, and each conversation's dialog state. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dialogs')
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('program', 'text', (c) => c.notNull())
    .addColumn('deployed_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('dialogs_pk', ['instance_id', 'name'])
    .execute();
  await db.schema
    .createTable('dialog_sessions')
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('conversation_key', 'text', (c) => c.notNull())
    .addColumn('dialog', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('last_message_id', 'text')
    .addColumn('last_outputs', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('dialog_sessions_pk', ['instance_id', 'channel', 'conversation_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dialog_sessions').ifExists().execute();
  await db.schema.dropTable('dialogs').ifExists().execute();
}

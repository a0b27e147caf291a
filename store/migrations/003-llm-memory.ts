import type { Kysely } from 'kysely';

/** What each user and the LLM said, per instance, for the direct answer mode's memory. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('llm_memory')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('user_key', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('llm_memory_user').on('llm_memory').columns(['instance_id', 'user_key', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('llm_memory').ifExists().execute();
}

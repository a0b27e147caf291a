import type { Kysely } from 'kysely';

/**
 * The embeddings of a knowledge base's questions and alternates, per instance, version and model:
 * computed once when a version is first asked, shared by every node, replaced by the next version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('knowledge_vectors')
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('kb_version', 'integer', (c) => c.notNull())
    .addColumn('vectors', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('knowledge_vectors_pk', ['instance_id', 'model'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('knowledge_vectors').ifExists().execute();
}

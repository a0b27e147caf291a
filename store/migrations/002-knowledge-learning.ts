import type { Kysely } from 'kysely';

/** Questions nobody answered (to learn from), and trained NLP models (so a restart does not retrain). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('unanswered_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('conversation_key', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('best_score', 'real')
    .addColumn('linked_question_id', 'text', (c) => c.references('questions.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('unanswered_instance_created')
    .on('unanswered_questions')
    .columns(['instance_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('nlp_models')
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('kb_version', 'integer', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('trained_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('nlp_models_pk', ['instance_id', 'language'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('nlp_models').ifExists().execute();
  await db.schema.dropTable('unanswered_questions').ifExists().execute();
}

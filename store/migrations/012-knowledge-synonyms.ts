import type { Kysely } from 'kysely';

/** A knowledge base's own synonyms (`.gbkb/synonyms.csv`): one group of equivalent words a row. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('knowledge_synonyms')
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('package_id', 'text', (c) => c.notNull().references('packages.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('knowledge_synonyms_pk', ['package_id', 'position'])
    .execute();
  await db.schema.createIndex('knowledge_synonyms_instance').on('knowledge_synonyms').column('instance_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('knowledge_synonyms').ifExists().execute();
}

import type { Kysely } from 'kysely';

/** Rows dialogs keep with SAVE and read with FIND, per instance and table name. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dialog_rows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dialog_rows_table')
    .on('dialog_rows')
    .columns(['instance_id', 'table_name', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dialog_rows').ifExists().execute();
}

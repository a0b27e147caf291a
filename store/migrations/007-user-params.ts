import type { Kysely } from 'kysely';

/** What dialogs remember about a person with SET PARAM, across conversations and dialogs. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_params')
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('user_address', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_params_pk', ['instance_id', 'channel', 'user_address', 'name'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('user_params').ifExists().execute();
}

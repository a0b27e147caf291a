import type { Kysely } from 'kysely';

/** How many bytes of web chat transcript each instance keeps: the open web chat is capped by it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('instance_usage')
    .addColumn('instance_id', 'text', (c) => c.primaryKey().references('instances.id').onDelete('cascade'))
    .addColumn('webchat_bytes', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('instance_usage').ifExists().execute();
}

import type { Kysely } from 'kysely';

/**
 * The data key versions: each is derived from the gateway key with the fingerprint recorded here;
 * `completed_at` is set once every encrypted value is sealed with it (or a later one).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_keys')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('key_fingerprint', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('completed_at', 'bigint')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('data_keys').ifExists().execute();
}

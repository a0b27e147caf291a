import type { Kysely } from 'kysely';

/**
 * Channels that fetch their own messages (an IMAP mailbox): a lease names the one node reading a
 * source, and a checkpoint holds how far it has read, both shared by every node of a deployment.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('source_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('source_checkpoints')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('source_checkpoints').ifExists().execute();
  await db.schema.dropTable('source_leases').ifExists().execute();
}

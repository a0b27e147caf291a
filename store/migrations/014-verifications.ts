import type { Kysely } from 'kysely';

/**
 * One-time verification codes: who a code went to, the channels it was tried on, the keyed hash
 * the code is checked against, with expiry, checks used and the outcome. While the code is being
 * delivered (a fallback may need it again) it is also kept sealed with the gateway's key; the
 * sealed copy is dropped once it is delivered or the verification ends.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('verifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text')
    .addColumn('locale', 'text')
    .addColumn('caller', 'text', (c) => c.notNull())
    .addColumn('channels', 'text', (c) => c.notNull())
    .addColumn('channel_index', 'integer', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text')
    .addColumn('outbound_key', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('history', 'text', (c) => c.notNull())
    .addColumn('checks', 'integer', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('sent_at', 'bigint', (c) => c.notNull())
    .addColumn('resend_at', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('verifications_recipient')
    .on('verifications')
    .columns(['instance_id', 'recipient', 'created_at'])
    .execute();
  await db.schema.createIndex('verifications_open').on('verifications').columns(['state', 'delivery']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('verifications').ifExists().execute();
}

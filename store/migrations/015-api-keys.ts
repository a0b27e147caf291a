import type { Kysely } from 'kysely';

/**
 * Keys to the operator API: each has a role (gateway admin, customer admin, instance operator,
 * read-only), what it is bound to (a customer or an instance), optional narrow scopes, and only
 * the keyed hash of its secret. Instances belong to customers (the demo to a default one).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.references('customers.id').onDelete('cascade'))
    .addColumn('instance_id', 'text', (c) => c.references('instances.id').onDelete('cascade'))
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .addColumn('last_used_at', 'bigint')
    .execute();
  await db.schema.createIndex('logs_instance_time').on('logs').columns(['instance_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('logs_instance_time').ifExists().execute();
  await db.schema.dropTable('api_keys').ifExists().execute();
}

import type { Kysely } from 'kysely';

/**
 * Quotas per customer (0: none) and what each period has used, counted in the database so every
 * node counts the same: messages a month, verification codes a day (instances are counted as rows).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('customers')
    .addColumn('messages_per_month', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('customers')
    .addColumn('codes_per_day', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('quota_usage')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('quota', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('quota_usage_pk', ['customer_id', 'quota', 'period'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('quota_usage').ifExists().execute();
  await db.schema.alterTable('customers').dropColumn('codes_per_day').execute();
  await db.schema.alterTable('customers').dropColumn('messages_per_month').execute();
}

import type { Kysely } from 'kysely';

/** Conversations handed to a human agent, who may be on another channel. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('handoffs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id').onDelete('cascade'))
    .addColumn('user_channel', 'text', (c) => c.notNull())
    .addColumn('user_conversation', 'text', (c) => c.notNull())
    .addColumn('user_address', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text')
    .addColumn('agent_channel', 'text', (c) => c.notNull())
    .addColumn('agent_address', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('ended_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('handoffs_user')
    .on('handoffs')
    .columns(['instance_id', 'user_channel', 'user_conversation', 'ended_at'])
    .execute();
  await db.schema
    .createIndex('handoffs_agent')
    .on('handoffs')
    .columns(['instance_id', 'agent_channel', 'agent_address', 'ended_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('handoffs').ifExists().execute();
}

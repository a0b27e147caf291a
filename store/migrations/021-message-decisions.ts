import type { Kysely } from 'kysely';

/**
 * Why each inbound message got the answer it got (the router's decision: which question, with
 * what score, and the candidates it passed over), so an operator can explain a wrong answer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('messages').addColumn('decision', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('messages').dropColumn('decision').execute();
}

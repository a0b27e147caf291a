import type { Kysely } from 'kysely';
import type { Choice } from '../core/index.js';
import type { QueryRunner } from './database.js';
import { PreparedQuery } from './prepared.js';
import type { ConversationMenusTable, Database } from './schema.js';

/** The last menu offered in each conversation, so that a typed number or title answers it. */
export class MenuRepository {
  /** Read for every text a conversation receives: prepared once (see PreparedQuery). */
  readonly #last: PreparedQuery<
    { instanceId: string; conversationKey: string },
    Pick<ConversationMenusTable, 'choices'>
  >;

  constructor(
    private readonly db: Kysely<Database>,
    runner: QueryRunner,
  ) {
    this.#last = new PreparedQuery(runner, ['instanceId', 'conversationKey'], (args) =>
      db
        .selectFrom('conversation_menus')
        .select('choices')
        .where('instance_id', '=', args.instanceId)
        .where('conversation_key', '=', args.conversationKey),
    );
  }

  async remember(instanceId: string, conversationKey: string, choices: readonly Choice[]): Promise<void> {
    const row = {
      instance_id: instanceId,
      conversation_key: conversationKey,
      choices: JSON.stringify(choices),
      updated_at: Date.now(),
    };
    await this.db
      .insertInto('conversation_menus')
      .values(row)
      .onConflict((c) =>
        c
          .columns(['instance_id', 'conversation_key'])
          .doUpdateSet({ choices: row.choices, updated_at: row.updated_at }),
      )
      .execute();
  }

  async last(instanceId: string, conversationKey: string): Promise<Choice[] | undefined> {
    const row = (await this.#last.execute({ instanceId, conversationKey })).rows[0];
    return row ? (JSON.parse(row.choices) as Choice[]) : undefined;
  }
}

import type { Kysely } from 'kysely';
import type { Choice } from '../core/index.js';
import type { Database } from './schema.js';

/** The last menu offered in each conversation, so that a typed number or title answers it. */
export class MenuRepository {
  constructor(private readonly db: Kysely<Database>) {}

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
    const row = await this.db
      .selectFrom('conversation_menus')
      .select('choices')
      .where('instance_id', '=', instanceId)
      .where('conversation_key', '=', conversationKey)
      .executeTakeFirst();
    return row ? (JSON.parse(row.choices) as Choice[]) : undefined;
  }
}

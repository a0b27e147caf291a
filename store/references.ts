import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The reply address each person was last seen with, per channel: how to reach them proactively. */
export class ReferenceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async remember(instanceId: string, channel: string, address: string, replyAddress: string): Promise<void> {
    const row = { instance_id: instanceId, channel, address, reply_address: replyAddress, updated_at: Date.now() };
    await this.db
      .insertInto('conversation_references')
      .values(row)
      .onConflict((c) =>
        c
          .columns(['instance_id', 'channel', 'address'])
          .doUpdateSet({ reply_address: row.reply_address, updated_at: row.updated_at }),
      )
      .execute();
  }

  async latest(instanceId: string, channel: string, address: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('conversation_references')
      .select('reply_address')
      .where('instance_id', '=', instanceId)
      .where('channel', '=', channel)
      .where('address', '=', address)
      .executeTakeFirst();
    return row?.reply_address;
  }
}

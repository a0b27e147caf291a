import type { Kysely } from 'kysely';
import { newId } from '../core/index.js';
import type { Database, HandoffsTable } from './schema.js';

export interface Handoff {
  id: string;
  user: { channel: string; conversation: string; address: string; name: string | null };
  agent: { channel: string; address: string };
  startedAt: number;
}

/** Conversations a human agent has taken over: while one is open, the bot does not answer. */
export class HandoffRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async openForUser(instanceId: string, channel: string, conversation: string): Promise<Handoff | undefined> {
    return this.#latestOpen(instanceId, { user_channel: channel, user_conversation: conversation });
  }

  /** The agent's latest open conversation: what the agent writes goes there. */
  async openForAgent(instanceId: string, channel: string, address: string): Promise<Handoff | undefined> {
    return this.#latestOpen(instanceId, { agent_channel: channel, agent_address: address });
  }

  async #latestOpen(
    instanceId: string,
    match: Partial<Pick<HandoffsTable, 'user_channel' | 'user_conversation' | 'agent_channel' | 'agent_address'>>,
  ): Promise<Handoff | undefined> {
    let query = this.db
      .selectFrom('handoffs')
      .selectAll()
      .where('instance_id', '=', instanceId)
      .where('ended_at', 'is', null);
    for (const [column, value] of Object.entries(match) as Array<[keyof typeof match, string]>)
      query = query.where(column, '=', value);
    const row = await query.orderBy('started_at', 'desc').executeTakeFirst();
    return row && toHandoff(row);
  }

  /** Open conversations per agent (`channel:address`), to pick the least busy. */
  async load(instanceId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('handoffs')
      .select(['agent_channel', 'agent_address', (eb) => eb.fn.countAll<number>().as('open')])
      .where('instance_id', '=', instanceId)
      .where('ended_at', 'is', null)
      .groupBy(['agent_channel', 'agent_address'])
      .execute();
    return new Map(rows.map((r) => [`${r.agent_channel}:${r.agent_address}`, Number(r.open)]));
  }

  async open(instanceId: string, user: Handoff['user'], agent: Handoff['agent']): Promise<Handoff> {
    const row: HandoffsTable = {
      id: newId(),
      instance_id: instanceId,
      user_channel: user.channel,
      user_conversation: user.conversation,
      user_address: user.address,
      user_name: user.name,
      agent_channel: agent.channel,
      agent_address: agent.address,
      started_at: Date.now(),
      ended_at: null,
    };
    await this.db.insertInto('handoffs').values(row).execute();
    return toHandoff(row);
  }

  async close(id: string): Promise<void> {
    await this.db
      .updateTable('handoffs')
      .set({ ended_at: Date.now() })
      .where('id', '=', id)
      .where('ended_at', 'is', null)
      .execute();
  }
}

function toHandoff(row: HandoffsTable): Handoff {
  return {
    id: row.id,
    user: {
      channel: row.user_channel,
      conversation: row.user_conversation,
      address: row.user_address,
      name: row.user_name,
    },
    agent: { channel: row.agent_channel, address: row.agent_address },
    startedAt: row.started_at,
  };
}

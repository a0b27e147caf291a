import { sql, type Kysely } from 'kysely';
import {
  deliveryRank,
  type DataCipher,
  type DeliveryState,
  type InboundMessage,
  type OutboundMessage,
} from '../core/index.js';
import { isUniqueViolation, type QueryRunner } from './database.js';
import { PreparedQuery } from './prepared.js';
import type { Database, MessagesTable } from './schema.js';

const MESSAGE_COLUMNS = [
  'id',
  'instance_id',
  'channel',
  'conversation_key',
  'direction',
  'kind',
  'content',
  'channel_message_id',
  'idempotency_key',
  'provider_message_id',
  'status',
  'status_rank',
  'error',
  'created_at',
  'updated_at',
] as const satisfies ReadonlyArray<keyof MessagesTable>;

interface AdvanceArgs {
  status: string;
  rank: number;
  updatedAt: number;
  providerMessageId?: string;
  error?: string;
  idempotencyKey?: string;
  instanceId?: string;
  channel?: string;
  byProviderMessageId?: string;
  rankBelow: number;
}

export interface StoredMessage {
  id: string;
  instanceId: string;
  channel: string;
  conversationKey: string;
  direction: 'in' | 'out';
  kind: string;
  content: unknown;
  status: string;
  providerMessageId: string | null;
  error: string | null;
  createdAt: number;
  updatedAt: number;
}

export class MessageRepository {
  // The statements run for every message, prepared once (see PreparedQuery).
  readonly #insert: PreparedQuery<MessagesTable, unknown>;
  readonly #insertUnlessKnown: PreparedQuery<MessagesTable, { id: string }>;
  /** advanceStatus, one prepared query per combination of what it sets and how it finds the message. */
  readonly #advance = new Map<string, PreparedQuery<AdvanceArgs, unknown>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly runner: QueryRunner,
    /** Message bodies are sealed with their instance's data key. */
    private readonly cipher: DataCipher,
  ) {
    this.#insert = new PreparedQuery(runner, MESSAGE_COLUMNS, (row) => db.insertInto('messages').values(row));
    this.#insertUnlessKnown = new PreparedQuery(runner, MESSAGE_COLUMNS, (row) =>
      db
        .insertInto('messages')
        .values(row)
        .onConflict((oc) => oc.column('idempotency_key').where('idempotency_key', 'is not', null).doNothing())
        .returning('id'),
    );
  }

  /** Records an inbound message; false when it was recorded before (a redelivery). */
  async recordInbound(message: InboundMessage): Promise<boolean> {
    const now = Date.now();
    try {
      await this.#insert.execute(
        this.#row(message, 'in', now, {
          channel_message_id: message.channelMessageId,
          status: 'received',
          status_rank: 0,
          created_at: message.receivedAt,
        }),
      );
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  /**
   * Replaces the text of a recorded inbound message (a one-time code the person typed), so the
   * transcript keeps that something was said, not what.
   */
  async redactInbound(
    message: { instanceId: string; channel: string; channelMessageId: string },
    replacement: string,
  ): Promise<void> {
    const row = await this.db
      .selectFrom('messages')
      .select(['id', 'content'])
      .where('instance_id', '=', message.instanceId)
      .where('channel', '=', message.channel)
      .where('direction', '=', sql.lit('in'))
      .where('channel_message_id', '=', message.channelMessageId)
      .executeTakeFirst();
    if (!row) return;
    const content = JSON.parse(this.cipher.open(message.instanceId, row.content)) as Record<string, unknown>;
    if (typeof content.text !== 'string') return;
    await this.db
      .updateTable('messages')
      .set({ content: this.cipher.seal(message.instanceId, JSON.stringify({ ...content, text: replacement })) })
      .where('id', '=', row.id)
      .execute();
  }

  /**
   * An instance's messages, newest first, a page at a time: `before` is the last id of the page
   * before (ids grow with time). Filters: conversation, channel, direction, status, text. Bodies
   * are sealed, so the text filter reads them here: it looks through the newest
   * TEXT_SEARCH_WINDOW messages the other filters leave, and a page may end early past that.
   */
  async search(
    instanceId: string,
    filter: {
      conversationKey?: string | undefined;
      channel?: string | undefined;
      direction?: 'in' | 'out' | undefined;
      status?: string | undefined;
      text?: string | undefined;
      before?: string | undefined;
      limit: number;
    },
  ): Promise<StoredMessage[]> {
    const page = (before: string | undefined, limit: number) => {
      let query = this.db
        .selectFrom('messages')
        .selectAll()
        .where('instance_id', '=', instanceId)
        .orderBy('id', 'desc')
        .limit(limit);
      if (filter.conversationKey) query = query.where('conversation_key', '=', filter.conversationKey);
      if (filter.channel) query = query.where('channel', '=', filter.channel);
      if (filter.direction) query = query.where('direction', '=', filter.direction);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (before) query = query.where('id', '<', before);
      return query.execute();
    };
    if (!filter.text) return (await page(filter.before, filter.limit)).map((row) => this.#stored(row));
    const needle = filter.text.toLowerCase();
    const found: StoredMessage[] = [];
    let before = filter.before;
    for (let read = 0; read < TEXT_SEARCH_WINDOW && found.length < filter.limit; ) {
      const rows = await page(before, 500);
      for (const row of rows) {
        const message = this.#stored(row);
        if (textOf(message.content).toLowerCase().includes(needle)) found.push(message);
        if (found.length === filter.limit) break;
      }
      read += rows.length;
      if (rows.length < 500) break;
      before = rows.at(-1)!.id;
    }
    return found;
  }

  /** An instance's conversations, the most recent first: a page ends at `before` (a last time, then a key). */
  async conversations(
    instanceId: string,
    filter: { channel?: string | undefined; before?: { at: number; key: string } | undefined; limit: number },
  ): Promise<Array<{ channel: string; conversationKey: string; lastAt: number; messages: number }>> {
    let query = this.db
      .selectFrom('messages')
      .select((eb) => [
        'channel',
        'conversation_key',
        eb.fn.max('created_at').as('last_at'),
        eb.fn.countAll<number>().as('messages'),
      ])
      .where('instance_id', '=', instanceId)
      .groupBy(['channel', 'conversation_key']);
    if (filter.channel) query = query.where('channel', '=', filter.channel);
    if (filter.before) {
      const { at, key } = filter.before;
      query = query.having((eb) =>
        eb.or([
          eb(eb.fn.max('created_at'), '<', at),
          eb.and([eb(eb.fn.max('created_at'), '=', at), eb('conversation_key', '<', key)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('last_at', 'desc')
      .orderBy('conversation_key', 'desc')
      .limit(filter.limit)
      .execute();
    return rows.map((r) => ({
      channel: r.channel,
      conversationKey: r.conversation_key,
      lastAt: Number(r.last_at),
      messages: Number(r.messages),
    }));
  }

  /** The gateway id under which a channel message was first recorded. */
  async inboundId(message: {
    instanceId: string;
    channel: string;
    channelMessageId: string;
  }): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('messages')
      .select('id')
      .where('instance_id', '=', message.instanceId)
      .where('channel', '=', message.channel)
      // Literal, so the database sees the query is within the index of inbound rows.
      .where('direction', '=', sql.lit('in'))
      .where('channel_message_id', '=', message.channelMessageId)
      .executeTakeFirst();
    return row?.id;
  }

  /**
   * Claims an outbound message by its idempotency key. Returns the stored state: a fresh claim is
   * 'queued'; anything else means an earlier delivery of the same reply got further.
   */
  async claimOutbound(message: OutboundMessage): Promise<{ status: string; providerMessageId: string | null }> {
    return (await this.#claim(message, 'queued'))
      ? { status: 'queued', providerMessageId: null }
      : this.#state(message.idempotencyKey);
  }

  /**
   * Claims an outbound message straight into 'sending' (the worker's common case, one statement).
   * Returns undefined when it did; otherwise the state an earlier delivery of it left.
   */
  async claimForSending(
    message: OutboundMessage,
  ): Promise<{ status: string; providerMessageId: string | null } | undefined> {
    return (await this.#claim(message, 'sending')) ? undefined : this.#state(message.idempotencyKey);
  }

  /** Inserts the outbound message in `status` unless its idempotency key is known; true when it did. */
  async #claim(message: OutboundMessage, status: 'queued' | 'sending'): Promise<boolean> {
    const inserted = await this.#insertUnlessKnown.execute(
      this.#row(message, 'out', Date.now(), {
        idempotency_key: message.idempotencyKey,
        status,
        status_rank: deliveryRank(status),
        created_at: message.createdAt,
      }),
    );
    return inserted.rows.length > 0;
  }

  async #state(idempotencyKey: string): Promise<{ status: string; providerMessageId: string | null }> {
    const row = await this.db
      .selectFrom('messages')
      .select(['status', 'provider_message_id'])
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirstOrThrow();
    return { status: row.status, providerMessageId: row.provider_message_id };
  }

  /**
   * Moves an outbound message forward: a status never moves back (a late 'delivered' never
   * overwrites 'read'), and 'failed' only replaces states before delivery.
   */
  async advanceStatus(
    /** By the message's key, or by the provider's id within the instance and channel that sent it. */
    where: { idempotencyKey: string } | { instanceId: string; channel: string; providerMessageId: string },
    state: DeliveryState,
    details: { providerMessageId?: string; error?: string } = {},
  ): Promise<boolean> {
    const rank = deliveryRank(state);
    const byKey = 'idempotencyKey' in where;
    const setsProviderId = details.providerMessageId !== undefined;
    const setsError = details.error !== undefined;
    const variant = `${byKey}/${setsProviderId}/${setsError}`;
    let query = this.#advance.get(variant);
    if (!query) {
      const names: Array<keyof AdvanceArgs> = ['status', 'rank', 'updatedAt', 'rankBelow'];
      if (setsProviderId) names.push('providerMessageId');
      if (setsError) names.push('error');
      names.push(
        ...(byKey ? (['idempotencyKey'] as const) : (['instanceId', 'channel', 'byProviderMessageId'] as const)),
      );
      query = new PreparedQuery<AdvanceArgs, unknown>(this.runner, names, (args) => {
        const update = this.db
          .updateTable('messages')
          .set({
            status: args.status,
            status_rank: args.rank,
            updated_at: args.updatedAt,
            ...(setsProviderId ? { provider_message_id: args.providerMessageId! } : {}),
            ...(setsError ? { error: args.error! } : {}),
          })
          .where('direction', '=', 'out');
        return (
          byKey
            ? update.where('idempotency_key', '=', args.idempotencyKey!)
            : update
                .where('instance_id', '=', args.instanceId!)
                .where('channel', '=', args.channel!)
                .where('provider_message_id', '=', args.byProviderMessageId!)
        )
          .where('status_rank', '<', args.rankBelow)
          .returning('id');
      });
      this.#advance.set(variant, query);
    }
    const at = Date.now();
    const result = await query.execute({
      status: state,
      rank,
      updatedAt: at,
      ...details,
      ...(byKey
        ? { idempotencyKey: where.idempotencyKey }
        : { instanceId: where.instanceId, channel: where.channel, byProviderMessageId: where.providerMessageId }),
      rankBelow: state === 'failed' ? deliveryRank('delivered') : rank,
    });
    const moved = result.rows as Array<{ id: string }>;
    if (moved.length > 0) await this.#recordEvents(moved, state, details.error ?? null, at);
    return moved.length > 0;
  }

  async #recordEvents(
    messages: Array<{ id: string }>,
    status: string,
    error: string | null,
    at: number,
  ): Promise<void> {
    await this.db
      .insertInto('message_events')
      .values(messages.map((m) => ({ message_id: m.id, status, error, at })))
      .execute();
  }

  /** An outbound message's delivery history: each state it moved to, oldest first. */
  async history(messageId: string): Promise<Array<{ status: string; error: string | null; at: number }>> {
    const rows = await this.db
      .selectFrom('message_events')
      .select(['status', 'error', 'at'])
      .where('message_id', '=', messageId)
      .orderBy('at')
      .execute();
    return rows.map((r) => ({ status: r.status, error: r.error, at: Number(r.at) }));
  }

  /** Moves an outbound message from one of `from` to `to`; false when it was in another state. */
  async transition(idempotencyKey: string, from: DeliveryState[], to: DeliveryState, error?: string): Promise<boolean> {
    const at = Date.now();
    const moved = await this.db
      .updateTable('messages')
      .set({
        status: to,
        status_rank: deliveryRank(to),
        updated_at: at,
        ...(error !== undefined ? { error } : {}),
      })
      .where('idempotency_key', '=', idempotencyKey)
      .where('status', 'in', from)
      .returning('id')
      .execute();
    // 'sending' is a moment of every send, not history: only where it ends up is kept.
    if (moved.length > 0 && to !== 'sending') await this.#recordEvents(moved, to, error ?? null, at);
    return moved.length > 0;
  }

  async findById(id: string): Promise<StoredMessage | undefined> {
    const row = await this.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
    return row && this.#stored(row);
  }

  async conversation(instanceId: string, conversationKey: string, limit = 100): Promise<StoredMessage[]> {
    const rows = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('instance_id', '=', instanceId)
      .where('conversation_key', '=', conversationKey)
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => this.#stored(row));
  }

  #row(
    message: InboundMessage | OutboundMessage,
    direction: 'in' | 'out',
    now: number,
    fields: Pick<MessagesTable, 'status' | 'status_rank' | 'created_at'> &
      Partial<Pick<MessagesTable, 'channel_message_id' | 'idempotency_key'>>,
  ): MessagesTable {
    return {
      id: message.id,
      instance_id: message.instanceId,
      channel: message.channel,
      conversation_key: message.conversationKey,
      direction,
      kind: message.kind,
      content: this.cipher.seal(message.instanceId, JSON.stringify(message)),
      channel_message_id: null,
      idempotency_key: null,
      provider_message_id: null,
      error: null,
      updated_at: now,
      ...fields,
    };
  }

  #stored(row: MessagesTable): StoredMessage {
    return {
      id: row.id,
      instanceId: row.instance_id,
      channel: row.channel,
      conversationKey: row.conversation_key,
      direction: row.direction,
      kind: row.kind,
      content: JSON.parse(this.cipher.open(row.instance_id, row.content)) as unknown,
      status: row.status,
      providerMessageId: row.provider_message_id,
      error: row.error,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}

/** Messages the text filter of `search` reads at most for one page. */
const TEXT_SEARCH_WINDOW = 20_000;

/** The words of a stored message a text search looks in. */
function textOf(content: unknown): string {
  if (typeof content !== 'object' || content === null) return '';
  const { text, title, caption } = content as { text?: unknown; title?: unknown; caption?: unknown };
  return [text, title, caption].filter((v): v is string => typeof v === 'string').join('\n');
}

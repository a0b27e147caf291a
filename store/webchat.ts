import { type Kysely, sql } from 'kysely';
import { PromiseCache, type DataCipher } from '../core/index.js';
import { isUniqueViolation } from './database.js';
import type { Database } from './schema.js';

export interface StoredActivity {
  seq: number;
  activityId: string;
  payload: Record<string, unknown>;
}

/** The web chat's transcript: what a Direct Line client reads back with a watermark. */
export class WebchatRepository {
  /** Each conversation's instance: its transcript is sealed with that instance's data key. */
  readonly #instances = new PromiseCache<string, string>({ maxEntries: 10_000 });

  constructor(
    private readonly db: Kysely<Database>,
    private readonly cipher: DataCipher,
  ) {}

  #instanceOf(conversationId: string): Promise<string> {
    return this.#instances.get(conversationId, async () => {
      const row = await this.db
        .selectFrom('webchat_conversations')
        .select('instance_id')
        .where('id', '=', conversationId)
        .executeTakeFirstOrThrow();
      return row.instance_id;
    });
  }

  async #read(
    conversationId: string,
    row: { seq: number; activity_id: string; payload: string },
  ): Promise<StoredActivity> {
    const instanceId = await this.#instanceOf(conversationId);
    return {
      seq: row.seq,
      activityId: row.activity_id,
      payload: JSON.parse(this.cipher.open(instanceId, row.payload)) as Record<string, unknown>,
    };
  }

  async createConversation(input: { id: string; instanceId: string; userId: string }): Promise<void> {
    await this.db
      .insertInto('webchat_conversations')
      .values({ id: input.id, instance_id: input.instanceId, user_id: input.userId, created_at: Date.now() })
      .execute();
    // Its first activity is sealed without looking the instance up again.
    void this.#instances.get(input.id, async () => input.instanceId);
  }

  async conversation(id: string): Promise<{ id: string; instanceId: string; userId: string } | undefined> {
    const row = await this.db.selectFrom('webchat_conversations').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { id: row.id, instanceId: row.instance_id, userId: row.user_id };
  }

  /**
   * Appends an activity once per idempotency key, and returns it with its watermark. A second
   * append with the same key returns the first one: replies and client retries never double.
   */
  /** Adds what an activity stored to its instance's web chat bytes. */
  async #count(conversationId: string, bytes: number): Promise<void> {
    await this.db
      .insertInto('instance_usage')
      .columns(['instance_id', 'webchat_bytes'])
      .expression((eb) =>
        eb
          .selectFrom('webchat_conversations')
          .select(['instance_id', eb.val(bytes).as('webchat_bytes')])
          .where('id', '=', conversationId),
      )
      .onConflict((c) =>
        c.column('instance_id').doUpdateSet({ webchat_bytes: sql`instance_usage.webchat_bytes + ${bytes}` }),
      )
      .execute();
  }

  /** The bytes of web chat transcript an instance keeps. */
  async storedBytes(instanceId: string): Promise<number> {
    const row = await this.db
      .selectFrom('instance_usage')
      .select('webchat_bytes')
      .where('instance_id', '=', instanceId)
      .executeTakeFirst();
    return Number(row?.webchat_bytes ?? 0);
  }

  async append(
    conversationId: string,
    idempotencyKey: string,
    build: (seq: number) => { activityId: string; payload: Record<string, unknown> },
  ): Promise<StoredActivity & { created: boolean }> {
    for (let attempt = 0; ; attempt++) {
      const existing = await this.byKey(idempotencyKey);
      if (existing) return { ...existing, created: false };
      const last = await this.db
        .selectFrom('webchat_activities')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      const seq = Number(last?.seq ?? 0) + 1;
      const activity = build(seq);
      const payload = this.cipher.seal(await this.#instanceOf(conversationId), JSON.stringify(activity.payload));
      try {
        await this.db
          .insertInto('webchat_activities')
          .values({
            conversation_id: conversationId,
            seq,
            activity_id: activity.activityId,
            idempotency_key: idempotencyKey,
            payload,
            created_at: Date.now(),
          })
          .execute();
        await this.#count(conversationId, Buffer.byteLength(payload));
        return { seq, ...activity, created: true };
      } catch (err) {
        // Another writer took this watermark or this key: read again and retry.
        if (!isUniqueViolation(err) || attempt >= 20) throw err;
      }
    }
  }

  async byKey(idempotencyKey: string): Promise<StoredActivity | undefined> {
    const row = await this.db
      .selectFrom('webchat_activities')
      .select(['conversation_id', 'seq', 'activity_id', 'payload'])
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
    return row && this.#read(row.conversation_id, row);
  }

  /** Activities after the watermark, oldest first. */
  async after(conversationId: string, watermark: number, limit = 500): Promise<StoredActivity[]> {
    const rows = await this.db
      .selectFrom('webchat_activities')
      .select(['seq', 'activity_id', 'payload'])
      .where('conversation_id', '=', conversationId)
      .where('seq', '>', watermark)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return Promise.all(rows.map((row) => this.#read(conversationId, row)));
  }
}

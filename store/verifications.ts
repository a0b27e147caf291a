import { type Kysely, sql } from 'kysely';
import type { Database, VerificationsTable } from './schema.js';

export type VerificationRow = VerificationsTable;

/** A verification with the delivery state of the message carrying its current code. */
export interface OpenVerification extends VerificationRow {
  message_status: string | null;
  message_error: string | null;
}

/**
 * Verifications and their codes' keyed hashes. Every change that must happen once (a check, the
 * single use, moving to the next channel) is one conditional statement, so two nodes never both
 * win it.
 */
export class VerificationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(row: VerificationRow): Promise<void> {
    await this.db.insertInto('verifications').values(row).execute();
  }

  async find(instanceId: string, id: string): Promise<OpenVerification | undefined> {
    return this.db
      .selectFrom('verifications as v')
      .leftJoin('messages as m', 'm.idempotency_key', 'v.outbound_key')
      .selectAll('v')
      .select(['m.status as message_status', 'm.error as message_error'])
      .where('v.instance_id', '=', instanceId)
      .where('v.id', '=', id)
      .executeTakeFirst();
  }

  /** How many verifications a recipient of an instance got since `since`. */
  async sentSince(instanceId: string, recipient: string, since: number): Promise<number> {
    const row = await this.db
      .selectFrom('verifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('instance_id', '=', instanceId)
      .where('recipient', '=', recipient)
      .where('created_at', '>=', since)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Counts one check of a pending verification with checks left; undefined when there were none. */
  async useCheck(id: string, maxChecks: number, now: number): Promise<{ checks: number } | undefined> {
    return this.db
      .updateTable('verifications')
      .set({ checks: sql`checks + 1`, updated_at: now })
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .where('checks', '<', maxChecks)
      .where('expires_at', '>', now)
      .returning('checks')
      .executeTakeFirst();
  }

  /** Moves a pending verification to a final state; false when it was not pending (used, expired...). */
  async settle(id: string, state: 'verified' | 'expired' | 'locked' | 'undeliverable', now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('verifications')
      .set({ state, sealed: null, updated_at: now })
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Records a new send (a resend, or the next channel), if the verification is still where the
   * caller saw it (`channelIndex`, `sentAt`): false when another node moved it first.
   */
  async recordSend(
    id: string,
    seen: { channelIndex: number; sentAt: number },
    send: Pick<
      VerificationRow,
      'channel_index' | 'code_hash' | 'sealed' | 'outbound_key' | 'history' | 'sent_at' | 'resend_at'
    >,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('verifications')
      .set({ ...send, delivery: 'queued', updated_at: send.sent_at })
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .where('channel_index', '=', seen.channelIndex)
      .where('sent_at', '=', seen.sentAt)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The current send's delivery; a delivered code's sealed copy is dropped (no fallback needs it). */
  async setDelivery(id: string, delivery: string, history: string, now: number): Promise<void> {
    const done = delivery === 'delivered' || delivery === 'read';
    await this.db
      .updateTable('verifications')
      .set({ delivery, history, updated_at: now, ...(done ? { sealed: null } : {}) })
      .where('id', '=', id)
      .execute();
  }

  /** Pending verifications whose current code is not yet known delivered: the fallback's work list. */
  async awaitingDelivery(limit = 500): Promise<OpenVerification[]> {
    return this.db
      .selectFrom('verifications as v')
      .leftJoin('messages as m', 'm.idempotency_key', 'v.outbound_key')
      .selectAll('v')
      .select(['m.status as message_status', 'm.error as message_error'])
      .where('v.state', '=', 'pending')
      .where('v.delivery', 'in', ['queued', 'sent'])
      .orderBy('v.sent_at')
      .limit(limit)
      .execute();
  }
}

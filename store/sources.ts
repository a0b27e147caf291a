import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Leases and checkpoints of the sources channels read themselves (an IMAP mailbox). A lease is
 * held by one node until it expires; the holder renews it, anyone may take an expired one.
 */
export class SourceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Takes or renews the lease on `name` for `owner`; false when another node holds it. */
  async acquire(name: string, owner: string, ttlMs: number, now = Date.now()): Promise<boolean> {
    const expiresAt = now + ttlMs;
    const taken = await this.db
      .insertInto('source_leases')
      .values({ name, owner, expires_at: expiresAt })
      .onConflict((c) =>
        c
          .column('name')
          .doUpdateSet({ owner, expires_at: expiresAt })
          .where((eb) => eb.or([eb('source_leases.owner', '=', owner), eb('source_leases.expires_at', '<', now)])),
      )
      .executeTakeFirst();
    return Number(taken.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /** Gives the lease up, if `owner` still holds it, so another node can take over at once. */
  async release(name: string, owner: string): Promise<void> {
    await this.db.deleteFrom('source_leases').where('name', '=', name).where('owner', '=', owner).execute();
  }

  async holder(name: string, now = Date.now()): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('source_leases')
      .select(['owner', 'expires_at'])
      .where('name', '=', name)
      .executeTakeFirst();
    return row && Number(row.expires_at) >= now ? row.owner : undefined;
  }

  async checkpoint(name: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('source_checkpoints')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirst();
    return row?.value;
  }

  async saveCheckpoint(name: string, value: string): Promise<void> {
    const updatedAt = Date.now();
    await this.db
      .insertInto('source_checkpoints')
      .values({ name, value, updated_at: updatedAt })
      .onConflict((c) => c.column('name').doUpdateSet({ value, updated_at: updatedAt }))
      .execute();
  }
}

import { type Kysely, sql } from 'kysely';
import { newId } from '../core/index.js';
import type { Database } from './schema.js';

export type KeyRole = 'gateway-admin' | 'customer-admin' | 'instance-operator' | 'read-only';

export interface ApiKeyRecord {
  id: string;
  name: string;
  secretHash: string;
  role: KeyRole;
  customerId: string | null;
  instanceId: string | null;
  scopes: string[];
  createdBy: string;
  createdAt: number;
  revokedAt: number | null;
  lastUsedAt: number | null;
}

export interface AuditEntry {
  id: string;
  instanceId: string | null;
  at: number;
  /** who, key, action, target, before/after (secrets as fingerprints), from where. */
  record: Record<string, unknown>;
}

/** Operator API keys (hashed), customers, and the audit log (the `logs` table, kind `audit`). */
export class AccessRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async createKey(key: Omit<ApiKeyRecord, 'revokedAt' | 'lastUsedAt'>): Promise<void> {
    await this.db
      .insertInto('api_keys')
      .values({
        id: key.id,
        name: key.name,
        secret_hash: key.secretHash,
        role: key.role,
        customer_id: key.customerId,
        instance_id: key.instanceId,
        scopes: JSON.stringify(key.scopes),
        created_by: key.createdBy,
        created_at: key.createdAt,
        revoked_at: null,
        last_used_at: null,
      })
      .execute();
  }

  async key(id: string): Promise<ApiKeyRecord | undefined> {
    const row = await this.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toKey(row);
  }

  async keys(filter: { customerId?: string; instanceId?: string }): Promise<ApiKeyRecord[]> {
    let query = this.db.selectFrom('api_keys').selectAll().orderBy('created_at');
    if (filter.customerId) query = query.where('customer_id', '=', filter.customerId);
    if (filter.instanceId) query = query.where('instance_id', '=', filter.instanceId);
    return (await query.execute()).map(toKey);
  }

  async revokeKey(id: string, at = Date.now()): Promise<boolean> {
    const result = await this.db
      .updateTable('api_keys')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Replaces a key's hash (after a gateway key change), unless it changed meanwhile. */
  async rehashKey(id: string, from: string, to: string): Promise<void> {
    await this.db
      .updateTable('api_keys')
      .set({ secret_hash: to })
      .where('id', '=', id)
      .where('secret_hash', '=', from)
      .execute();
  }

  async touchKey(id: string, at = Date.now()): Promise<void> {
    await this.db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  async ensureCustomer(id: string, name: string): Promise<void> {
    await this.db
      .insertInto('customers')
      .values({
        id,
        name,
        status: 'active',
        tier: 'free',
        instance_quota: 1_000,
        messages_per_month: 0,
        codes_per_day: 0,
        created_at: Date.now(),
      })
      .onConflict((c) => c.column('id').doNothing())
      .execute();
  }

  async customer(id: string) {
    return this.db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async setQuotas(
    id: string,
    quotas: {
      instance_quota?: number | undefined;
      messages_per_month?: number | undefined;
      codes_per_day?: number | undefined;
    },
  ): Promise<void> {
    const set = Object.fromEntries(Object.entries(quotas).filter(([, v]) => v !== undefined));
    if (Object.keys(set).length === 0) return;
    await this.db.updateTable('customers').set(set).where('id', '=', id).execute();
  }

  /**
   * Counts one against a quota for a period, unless `limit` is reached: one statement, so every
   * node counts the same and none goes past the limit. False when it was reached.
   */
  async consume(customerId: string, quota: string, period: string, limit: number): Promise<boolean> {
    const result = await this.db
      .insertInto('quota_usage')
      .values({ customer_id: customerId, quota, period, used: 1 })
      .onConflict((c) =>
        c
          .columns(['customer_id', 'quota', 'period'])
          .doUpdateSet({ used: sql`quota_usage.used + 1` })
          .where('quota_usage.used', '<', limit),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async usage(customerId: string, periods: Array<{ quota: string; period: string }>): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const { quota, period } of periods) {
      const row = await this.db
        .selectFrom('quota_usage')
        .select('used')
        .where('customer_id', '=', customerId)
        .where('quota', '=', quota)
        .where('period', '=', period)
        .executeTakeFirst();
      out[quota] = Number(row?.used ?? 0);
    }
    return out;
  }

  async instanceCount(customerId: string): Promise<number> {
    const row = await this.db
      .selectFrom('instances')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('customer_id', '=', customerId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async customers() {
    return this.db.selectFrom('customers').selectAll().orderBy('name').execute();
  }

  async audit(entry: Omit<AuditEntry, 'id'>): Promise<void> {
    await this.db
      .insertInto('logs')
      .values({
        id: newId(entry.at),
        instance_id: entry.instanceId,
        kind: 'audit',
        message: JSON.stringify(entry.record),
        created_at: entry.at,
      })
      .execute();
  }

  /** Audit entries, newest first, before a cursor (an entry id). */
  async auditLog(filter: {
    instanceIds?: string[] | undefined;
    before?: string | undefined;
    limit: number;
  }): Promise<AuditEntry[]> {
    let query = this.db
      .selectFrom('logs')
      .selectAll()
      .where('kind', '=', 'audit')
      .orderBy('id', 'desc')
      .limit(filter.limit);
    if (filter.instanceIds) {
      const ids = filter.instanceIds;
      if (ids.length === 0) return [];
      query = query.where('instance_id', 'in', ids);
    }
    if (filter.before) query = query.where('id', '<', filter.before);
    return (await query.execute()).map((row) => ({
      id: row.id,
      instanceId: row.instance_id,
      at: Number(row.created_at),
      record: JSON.parse(row.message) as Record<string, unknown>,
    }));
  }
}

/** A key's id for a new key. */
export function newKeyId(): string {
  return newId().replace(/-/g, '');
}

function toKey(row: Database['api_keys']): ApiKeyRecord {
  return {
    id: row.id,
    name: row.name,
    secretHash: row.secret_hash,
    role: row.role as KeyRole,
    customerId: row.customer_id,
    instanceId: row.instance_id,
    scopes: JSON.parse(row.scopes) as string[],
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
    lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at),
  };
}

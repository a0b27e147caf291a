import type { Kysely } from 'kysely';
import { newId } from '../core/index.js';
import type { ChannelsTable, Database, InstancesTable } from './schema.js';

export interface InstanceRecord {
  id: string;
  name: string;
  title: string;
  state: InstancesTable['state'];
  kbVersion: number;
  /** The customer owning it; none for instances deployed before customers (the default customer's). */
  customerId?: string | null;
}

export interface SettingRecord {
  name: string;
  /** Sealed when isSecret: the caller holds the key. */
  value: string;
  isSecret: boolean;
}

export interface ChannelRecord {
  id: string;
  instanceId: string;
  channel: string;
  provider: string;
  enabled: boolean;
  settings: Record<string, unknown>;
  sealedSecrets: string | null;
  healthy: boolean;
  healthReason: string | null;
}

export class InstanceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByName(name: string): Promise<InstanceRecord | undefined> {
    const row = await this.db.selectFrom('instances').selectAll().where('name', '=', name).executeTakeFirst();
    return row && toInstance(row);
  }

  async findById(id: string): Promise<InstanceRecord | undefined> {
    const row = await this.db.selectFrom('instances').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toInstance(row);
  }

  async list(): Promise<InstanceRecord[]> {
    const rows = await this.db.selectFrom('instances').selectAll().orderBy('name').execute();
    return rows.map(toInstance);
  }

  /** Creates the instance or updates its title and settings; settings not given are removed. */
  async upsert(
    input: { name: string; title: string; settings: SettingRecord[] },
    db: Kysely<Database> = this.db,
  ): Promise<InstanceRecord> {
    const now = Date.now();
    const existing = await db.selectFrom('instances').select('id').where('name', '=', input.name).executeTakeFirst();
    const id = existing?.id ?? newId(now);
    if (existing) {
      await db.updateTable('instances').set({ title: input.title, updated_at: now }).where('id', '=', id).execute();
    } else {
      await db
        .insertInto('instances')
        .values({
          id,
          customer_id: null,
          name: input.name,
          title: input.title,
          description: null,
          state: 'active',
          kb_version: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    await db.deleteFrom('instance_settings').where('instance_id', '=', id).execute();
    if (input.settings.length > 0) {
      await db
        .insertInto('instance_settings')
        .values(
          input.settings.map((s) => ({ instance_id: id, name: s.name, value: s.value, is_secret: s.isSecret ? 1 : 0 })),
        )
        .execute();
    }
    const row = await db.selectFrom('instances').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return toInstance(row);
  }

  async settings(instanceId: string): Promise<SettingRecord[]> {
    const rows = await this.db
      .selectFrom('instance_settings')
      .selectAll()
      .where('instance_id', '=', instanceId)
      .execute();
    return rows.map((r) => ({ name: r.name, value: r.value, isSecret: r.is_secret === 1 }));
  }

  async upsertChannel(
    input: {
      instanceId: string;
      channel: string;
      provider: string;
      settings: Record<string, unknown>;
      sealedSecrets: string | null;
    },
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    const now = Date.now();
    await db
      .insertInto('channels')
      .values({
        id: newId(now),
        instance_id: input.instanceId,
        channel: input.channel,
        provider: input.provider,
        enabled: 1,
        settings: JSON.stringify(input.settings),
        secrets: input.sealedSecrets,
        healthy: 1,
        health_reason: null,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['instance_id', 'channel']).doUpdateSet({
          provider: input.provider,
          settings: JSON.stringify(input.settings),
          secrets: input.sealedSecrets,
          updated_at: now,
        }),
      )
      .execute();
  }

  /** Sets an instance's configured channels: these are upserted (healthy again), any other is removed. */
  async replaceChannels(
    instanceId: string,
    channels: Array<{
      channel: string;
      provider: string;
      settings: Record<string, unknown>;
      sealedSecrets: string | null;
    }>,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    let removal = db.deleteFrom('channels').where('instance_id', '=', instanceId);
    if (channels.length > 0)
      removal = removal.where(
        'channel',
        'not in',
        channels.map((c) => c.channel),
      );
    await removal.execute();
    for (const channel of channels) {
      await this.upsertChannel({ instanceId, ...channel }, db);
      await db
        .updateTable('channels')
        .set({ healthy: 1, health_reason: null })
        .where('instance_id', '=', instanceId)
        .where('channel', '=', channel.channel)
        .execute();
    }
  }

  async channel(instanceId: string, channel: string): Promise<ChannelRecord | undefined> {
    const row = await this.db
      .selectFrom('channels')
      .selectAll()
      .where('instance_id', '=', instanceId)
      .where('channel', '=', channel)
      .executeTakeFirst();
    return row && toChannel(row);
  }

  async setCustomer(instanceId: string, customerId: string): Promise<void> {
    await this.db
      .updateTable('instances')
      .set({ customer_id: customerId, updated_at: Date.now() })
      .where('id', '=', instanceId)
      .execute();
  }

  async setState(instanceId: string, state: InstancesTable['state']): Promise<void> {
    await this.db
      .updateTable('instances')
      .set({ state, updated_at: Date.now() })
      .where('id', '=', instanceId)
      .execute();
  }

  /** Deletes an instance and everything of it (its rows cascade). */
  async remove(instanceId: string): Promise<void> {
    await this.db.deleteFrom('instances').where('id', '=', instanceId).execute();
  }

  async removeChannel(instanceId: string, channel: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('channels')
      .where('instance_id', '=', instanceId)
      .where('channel', '=', channel)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Channels marked unhealthy (paused sends), with their instance's name and why. */
  async unhealthyChannels(): Promise<Array<{ instance: string; channel: string; reason: string | null }>> {
    const rows = await this.db
      .selectFrom('channels')
      .innerJoin('instances', 'instances.id', 'channels.instance_id')
      .select(['instances.name as instance', 'channels.channel as channel', 'channels.health_reason as reason'])
      .where('channels.healthy', '=', 0)
      .orderBy('instances.name')
      .limit(100)
      .execute();
    return rows;
  }

  /** Every channel of an instance, enabled or not. */
  async channels(instanceId: string): Promise<ChannelRecord[]> {
    const rows = await this.db
      .selectFrom('channels')
      .selectAll()
      .where('instance_id', '=', instanceId)
      .orderBy('channel')
      .execute();
    return rows.map(toChannel);
  }

  /** The enabled channels of every active instance, in one read (the source readers' scan). */
  async activeChannels(): Promise<Array<{ instance: InstanceRecord; channel: ChannelRecord }>> {
    const rows = await this.db
      .selectFrom('channels')
      .innerJoin('instances', 'instances.id', 'channels.instance_id')
      .selectAll('channels')
      .select([
        'instances.name as instance_name',
        'instances.title as instance_title',
        'instances.state as instance_state',
        'instances.kb_version as instance_kb_version',
        'instances.customer_id as instance_customer_id',
      ])
      .where('instances.state', '=', 'active')
      .where('channels.enabled', '=', 1)
      .execute();
    return rows.map((row) => ({
      instance: {
        id: row.instance_id,
        name: row.instance_name,
        title: row.instance_title,
        state: row.instance_state,
        kbVersion: row.instance_kb_version,
        customerId: row.instance_customer_id,
      },
      channel: toChannel(row),
    }));
  }

  /** The names of an instance's enabled channels. */
  async channelNames(instanceId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('channels')
      .select('channel')
      .where('instance_id', '=', instanceId)
      .where('enabled', '=', 1)
      .execute();
    return rows.map((r) => r.channel);
  }

  async setChannelHealth(instanceId: string, channel: string, healthy: boolean, reason: string | null): Promise<void> {
    await this.db
      .updateTable('channels')
      .set({ healthy: healthy ? 1 : 0, health_reason: reason, updated_at: Date.now() })
      .where('instance_id', '=', instanceId)
      .where('channel', '=', channel)
      .execute();
  }

  async bumpKbVersion(instanceId: string, db: Kysely<Database> = this.db): Promise<void> {
    await db
      .updateTable('instances')
      .set((eb) => ({ kb_version: eb('kb_version', '+', 1), updated_at: Date.now() }))
      .where('id', '=', instanceId)
      .execute();
  }

  /** Removes an instance's packages of a kind that a redeploy no longer has (their entries go with them). */
  async removePackagesExcept(
    instanceId: string,
    kind: string,
    keep: string[],
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    let query = db.deleteFrom('packages').where('instance_id', '=', instanceId).where('kind', '=', kind);
    if (keep.length > 0) query = query.where('name', 'not in', keep);
    await query.execute();
  }

  async recordPackage(
    input: { instanceId: string; name: string; kind: string; checksum: string },
    db: Kysely<Database> = this.db,
  ): Promise<string> {
    const now = Date.now();
    const existing = await db
      .selectFrom('packages')
      .select('id')
      .where('instance_id', '=', input.instanceId)
      .where('name', '=', input.name)
      .executeTakeFirst();
    if (existing) {
      await db
        .updateTable('packages')
        .set({ checksum: input.checksum, deployed_at: now })
        .where('id', '=', existing.id)
        .execute();
      return existing.id;
    }
    const id = newId(now);
    await db
      .insertInto('packages')
      .values({
        id,
        instance_id: input.instanceId,
        name: input.name,
        kind: input.kind,
        checksum: input.checksum,
        deployed_at: now,
      })
      .execute();
    return id;
  }
}

function toChannel(row: ChannelsTable): ChannelRecord {
  return {
    id: row.id,
    instanceId: row.instance_id,
    channel: row.channel,
    provider: row.provider,
    enabled: row.enabled === 1,
    settings: JSON.parse(row.settings) as Record<string, unknown>,
    sealedSecrets: row.secrets,
    healthy: row.healthy === 1,
    healthReason: row.health_reason,
  };
}

function toInstance(row: InstancesTable): InstanceRecord {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    state: row.state,
    kbVersion: row.kb_version,
    customerId: row.customer_id,
  };
}

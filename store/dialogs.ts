import type { Kysely } from 'kysely';
import { newId, type DataCipher } from '../core/index.js';
import type { Database } from './schema.js';

export interface DialogSession {
  dialog: string;
  state: unknown;
  status: 'waiting' | 'done';
  lastMessageId: string | null;
  lastOutputs: unknown;
}

/** Compiled dialogs, and where each conversation is in one. */
export class DialogRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly cipher: DataCipher,
  ) {}

  /** A value kept about people, sealed with the instance's data key. */
  #seal(instanceId: string, value: unknown): string {
    return this.cipher.seal(instanceId, JSON.stringify(value));
  }

  #open(instanceId: string, stored: string): unknown {
    return JSON.parse(this.cipher.open(instanceId, stored)) as unknown;
  }

  /** Replaces an instance's dialogs with a deploy's (inside the deploy's transaction). */
  async replaceAll(
    instanceId: string,
    dialogs: Array<{ name: string; source: string; program: unknown }>,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db.deleteFrom('dialogs').where('instance_id', '=', instanceId).execute();
    const now = Date.now();
    for (const dialog of dialogs) {
      await db
        .insertInto('dialogs')
        .values({
          instance_id: instanceId,
          name: dialog.name,
          source: dialog.source,
          program: JSON.stringify(dialog.program),
          deployed_at: now,
        })
        .execute();
    }
  }

  /** Replaces an instance's schedules with a deploy's; a new schedule counts from now. */
  async replaceSchedules(
    instanceId: string,
    schedules: Array<{ dialog: string; cron: string }>,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db.deleteFrom('schedules').where('instance_id', '=', instanceId).execute();
    const now = Date.now();
    for (const schedule of schedules) {
      await db
        .insertInto('schedules')
        .values({
          id: newId(),
          instance_id: instanceId,
          name: schedule.dialog,
          cron: schedule.cron,
          dialog: schedule.dialog,
          last_run_at: now,
        })
        .execute();
    }
  }

  async schedules(): Promise<
    Array<{ id: string; instanceId: string; dialog: string; cron: string; lastRunAt: number }>
  > {
    const rows = await this.db.selectFrom('schedules').selectAll().execute();
    return rows.map((r) => ({
      id: r.id,
      instanceId: r.instance_id,
      dialog: r.dialog,
      cron: r.cron,
      lastRunAt: r.last_run_at ?? 0,
    }));
  }

  /** Claims one run of a schedule: true for exactly one node, whatever the number of routers. */
  async claimRun(id: string, slot: number): Promise<boolean> {
    const result = await this.db
      .updateTable('schedules')
      .set({ last_run_at: slot })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_run_at', 'is', null), eb('last_run_at', '<', slot)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async program(instanceId: string, name: string): Promise<unknown> {
    const row = await this.db
      .selectFrom('dialogs')
      .select('program')
      .where('instance_id', '=', instanceId)
      .where('name', '=', name.toUpperCase())
      .executeTakeFirst();
    return row ? (JSON.parse(row.program) as unknown) : undefined;
  }

  /** Each dialog's BASIC source as deployed, for writing the package back. */
  async sources(instanceId: string): Promise<Array<{ name: string; source: string }>> {
    return this.db
      .selectFrom('dialogs')
      .select(['name', 'source'])
      .where('instance_id', '=', instanceId)
      .orderBy('name')
      .execute();
  }

  async names(instanceId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('dialogs').select('name').where('instance_id', '=', instanceId).execute();
    return rows.map((r) => r.name);
  }

  /** SET PARAM: remembers a value about a person (names are case-insensitive). */
  async setParam(
    instanceId: string,
    user: { channel: string; address: string },
    name: string,
    value: unknown,
  ): Promise<void> {
    const row = {
      instance_id: instanceId,
      channel: user.channel,
      user_address: user.address,
      name: name.toLowerCase(),
      value: this.#seal(instanceId, value),
      updated_at: Date.now(),
    };
    await this.db
      .insertInto('user_params')
      .values(row)
      .onConflict((c) =>
        c
          .columns(['instance_id', 'channel', 'user_address', 'name'])
          .doUpdateSet({ value: row.value, updated_at: row.updated_at }),
      )
      .execute();
  }

  /** GET PARAM: what SET PARAM remembered, or undefined. */
  async getParam(instanceId: string, user: { channel: string; address: string }, name: string): Promise<unknown> {
    const row = await this.db
      .selectFrom('user_params')
      .select('value')
      .where('instance_id', '=', instanceId)
      .where('channel', '=', user.channel)
      .where('user_address', '=', user.address)
      .where('name', '=', name.toLowerCase())
      .executeTakeFirst();
    return row ? this.#open(instanceId, row.value) : undefined;
  }

  /** SAVE: appends a row of values to one of the instance's dialog tables. */
  async saveRow(instanceId: string, table: string, row: unknown[]): Promise<void> {
    await this.db
      .insertInto('dialog_rows')
      .values({
        id: newId(),
        instance_id: instanceId,
        table_name: table.toLowerCase(),
        row: this.#seal(instanceId, row),
        created_at: Date.now(),
      })
      .execute();
  }

  /** FIND: the rows of a table (oldest first) with a value containing `text` (all rows without it). */
  async findRows(instanceId: string, table: string, text: string | undefined, limit: number): Promise<unknown[][]> {
    const rows = await this.db
      .selectFrom('dialog_rows')
      .select(['id', 'row'])
      .where('instance_id', '=', instanceId)
      .where('table_name', '=', table.toLowerCase())
      .orderBy('id')
      .execute();
    const needle = text?.toLowerCase();
    return rows
      .map((r) => this.#open(instanceId, r.row) as unknown[])
      .filter((row) => needle === undefined || row.some((v) => String(v).toLowerCase().includes(needle)))
      .slice(0, limit);
  }

  /** DELETE: removes the rows with a value containing `text`; returns how many. */
  async deleteRows(instanceId: string, table: string, text: string): Promise<number> {
    const rows = await this.db
      .selectFrom('dialog_rows')
      .select(['id', 'row'])
      .where('instance_id', '=', instanceId)
      .where('table_name', '=', table.toLowerCase())
      .execute();
    const needle = text.toLowerCase();
    const ids = rows
      .filter((r) => (this.#open(instanceId, r.row) as unknown[]).some((v) => String(v).toLowerCase().includes(needle)))
      .map((r) => r.id);
    if (ids.length > 0) await this.db.deleteFrom('dialog_rows').where('id', 'in', ids).execute();
    return ids.length;
  }

  async session(instanceId: string, channel: string, conversationKey: string): Promise<DialogSession | undefined> {
    const row = await this.db
      .selectFrom('dialog_sessions')
      .selectAll()
      .where('instance_id', '=', instanceId)
      .where('channel', '=', channel)
      .where('conversation_key', '=', conversationKey)
      .executeTakeFirst();
    return (
      row && {
        dialog: row.dialog,
        state: this.#open(instanceId, row.state),
        status: row.status,
        lastMessageId: row.last_message_id,
        lastOutputs: row.last_outputs === null ? undefined : this.#open(instanceId, row.last_outputs),
      }
    );
  }

  async save(instanceId: string, channel: string, conversationKey: string, session: DialogSession): Promise<void> {
    const values = {
      dialog: session.dialog,
      state: this.#seal(instanceId, session.state),
      status: session.status,
      last_message_id: session.lastMessageId,
      last_outputs: session.lastOutputs === undefined ? null : this.#seal(instanceId, session.lastOutputs),
      updated_at: Date.now(),
    };
    await this.db
      .insertInto('dialog_sessions')
      .values({ instance_id: instanceId, channel, conversation_key: conversationKey, ...values })
      .onConflict((oc) => oc.columns(['instance_id', 'channel', 'conversation_key']).doUpdateSet(values))
      .execute();
  }
}

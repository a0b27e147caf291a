import { hostname } from 'node:os';
import { sql } from 'kysely';
import { errorMessage, newId } from '../core/index.js';
import type { Subscription } from '../queues/index.js';
import type { Runtime } from './runtime.js';

export interface DataKeyOptions {
  /** How often every node reads the data key versions (a new one is used within this time). */
  refreshMs: number;
  /** How often the node holding the lease looks for values to seal again. */
  checkMs: number;
  /** Rows sealed again per statement batch. */
  batch: number;
}

const DEFAULTS: DataKeyOptions = { refreshMs: 15_000, checkMs: 30_000, batch: 200 };
const LEASE = 'gb:data-keys';

/** Where sealed values live: the key columns of each row, and how its instance (the key's scope) is found. */
interface SealedColumn {
  table: string;
  column: string;
  keys: string[];
  /** An expression giving the row's instance id (the data key's scope). */
  scope: string;
}

const SEALED: SealedColumn[] = [
  { table: 'messages', column: 'content', keys: ['id'], scope: 'instance_id' },
  {
    table: 'webchat_activities',
    column: 'payload',
    keys: ['conversation_id', 'seq'],
    scope: '(select c.instance_id from webchat_conversations c where c.id = conversation_id)',
  },
  {
    table: 'dialog_sessions',
    column: 'state',
    keys: ['instance_id', 'channel', 'conversation_key'],
    scope: 'instance_id',
  },
  {
    table: 'dialog_sessions',
    column: 'last_outputs',
    keys: ['instance_id', 'channel', 'conversation_key'],
    scope: 'instance_id',
  },
  {
    table: 'user_params',
    column: 'value',
    keys: ['instance_id', 'channel', 'user_address', 'name'],
    scope: 'instance_id',
  },
  { table: 'dialog_rows', column: 'row', keys: ['id'], scope: 'instance_id' },
  { table: 'llm_memory', column: 'content', keys: ['id'], scope: 'instance_id' },
  { table: 'unanswered_questions', column: 'content', keys: ['id'], scope: 'instance_id' },
];

/** Secrets sealed with the gateway key itself (SecretBox): sealed again after the key changed. */
const SECRET_COLUMNS: Array<{ table: string; column: string; keys: string[]; where?: string }> = [
  { table: 'channels', column: 'secrets', keys: ['id'] },
  { table: 'instance_settings', column: 'value', keys: ['instance_id', 'name'], where: 'is_secret = 1' },
  { table: 'admin_values', column: 'value', keys: ['instance_id', 'key'] },
];

/**
 * Keeps the data keys moving: every node reads the versions now and then, so a rotation (`gb
 * data-keys rotate`, or a changed gateway key) reaches them all; one node, holding a lease, seals
 * again in the background whatever is still sealed with an older version (or kept in clear from
 * before encryption), a batch at a time with conditional updates, so writers are never blocked
 * and a value written meanwhile is never overwritten. When a pass finds nothing left, the version
 * is complete: the previous gateway keys may then be removed.
 */
export function startDataKeyMaintenance(
  runtime: Runtime,
  options: Partial<DataKeyOptions> & { reseal: boolean },
): Subscription {
  const settings = { ...DEFAULTS, ...options };
  const { store, logger: parent } = runtime;
  const logger = parent.child({ component: 'data-keys' });
  const owner = `${hostname()}:${process.pid}:${newId()}`;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const refresh = setInterval(() => {
    store.dataKeys.refresh().catch((err) => logger.warn({ err: errorMessage(err) }, 'could not read the data keys'));
  }, settings.refreshMs);
  refresh.unref();

  const check = async () => {
    const versions = await store.dataKeys.list();
    const current = versions.find((v) => v.version === store.cipher.version);
    if (!current || current.completedAt !== null) return;
    // Every node must seal with the new version before a pass can be the last one.
    if (Date.now() - current.createdAt < 2 * settings.refreshMs) return;
    if (!(await store.sources.acquire(LEASE, owner, Math.max(60_000, settings.checkMs * 4)))) return;
    const sealed = await resealSecrets(runtime);
    let moved = 0;
    for (const column of SEALED) {
      if (stopped) return;
      moved += await resealColumn(runtime, column, settings.batch, () => stopped);
    }
    if (sealed + moved > 0) {
      logger.info({ version: current.version, values: moved, secrets: sealed }, 'sealed values with the new data key');
      return;
    }
    await store.dataKeys.complete(current.version);
    logger.info({ version: current.version }, 'every value is sealed with the current data key');
  };

  let busy = false;
  const timer = options.reseal
    ? setInterval(() => {
        // A pass over a large table may outlast the interval: the next one waits for it, never queues.
        if (busy) return;
        busy = true;
        running = check()
          .catch((err) => logger.warn({ err: errorMessage(err) }, 'sealing values again failed; it is tried again'))
          .finally(() => {
            busy = false;
          });
      }, settings.checkMs)
    : undefined;
  timer?.unref();

  return {
    async stop() {
      stopped = true;
      clearInterval(refresh);
      if (timer) clearInterval(timer);
      await running;
      await store.sources.release(LEASE, owner).catch(() => {});
    },
  };
}

/** Seals one column's values again, a batch at a time in key order; returns how many moved. */
async function resealColumn(
  runtime: Runtime,
  { table, column, keys, scope }: SealedColumn,
  batch: number,
  stopped: () => boolean,
): Promise<number> {
  const { db } = runtime.store;
  const cipher = runtime.store.cipher;
  const keyList = sql.join(keys.map((k) => sql.ref(k)));
  let after: unknown[] | undefined;
  let moved = 0;
  while (!stopped()) {
    const prefix = cipher.currentPrefix;
    const rows = await sql<Record<string, unknown> & { scope: string; value: string }>`
      select ${keyList}, ${sql.raw(scope)} as scope, ${sql.ref(column)} as value from ${sql.table(table)}
      where ${sql.ref(column)} is not null and ${sql.ref(column)} not like ${`${prefix}%`}
      ${after ? sql`and (${keyList}) > (${sql.join(after)})` : sql``}
      order by ${keyList} limit ${batch}`.execute(db);
    for (const row of rows.rows) {
      const value = cipher.seal(row.scope, cipher.open(row.scope, row.value));
      const match = sql.join(
        keys.map((k) => sql`${sql.ref(k)} = ${row[k]}`),
        sql` and `,
      );
      const updated = await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${value}
        where ${match} and ${sql.ref(column)} = ${row.value}`.execute(db);
      moved += Number(updated.numAffectedRows ?? 0n);
    }
    if (rows.rows.length < batch) break;
    const last = rows.rows.at(-1)!;
    after = keys.map((k) => last[k]);
  }
  return moved;
}

/** After the gateway key changed: seals the channel secrets and secret settings with the new one. */
async function resealSecrets(runtime: Runtime): Promise<number> {
  const { secrets } = runtime;
  if (secrets.keys.previous.length === 0) return 0;
  const { db } = runtime.store;
  let moved = 0;
  for (const { table, column, keys, where } of SECRET_COLUMNS) {
    const rows = await sql<Record<string, unknown> & { value: string | null }>`
      select ${sql.join(keys.map((k) => sql.ref(k)))}, ${sql.ref(column)} as value from ${sql.table(table)}
      ${where ? sql`where ${sql.raw(where)}` : sql``}`.execute(db);
    for (const row of rows.rows) {
      if (row.value === null || secrets.isCurrent(row.value)) continue;
      const match = sql.join(
        keys.map((k) => sql`${sql.ref(k)} = ${row[k]}`),
        sql` and `,
      );
      const updated =
        await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${secrets.encrypt(secrets.decrypt(row.value))}
        where ${match} and ${sql.ref(column)} = ${row.value}`.execute(db);
      moved += Number(updated.numAffectedRows ?? 0n);
    }
  }
  return moved;
}

/** What `gb data-keys status` prints: each version, where it comes from, and whether it is complete. */
export async function dataKeyStatus(runtime: Pick<Runtime, 'store'>): Promise<string> {
  const { store } = runtime;
  const lines = ['version\tgateway key\tcreated\tcomplete'];
  for (const v of await store.dataKeys.list()) {
    lines.push(
      [
        `${v.version}${v.version === store.cipher.version ? ' (sealing)' : ''}`,
        v.fingerprint === store.cipher.fingerprint ? `${v.fingerprint} (current)` : v.fingerprint,
        new Date(v.createdAt).toISOString(),
        v.completedAt === null
          ? 'not yet (a running router role seals older values again)'
          : new Date(v.completedAt).toISOString(),
      ].join('\t'),
    );
  }
  let waiting = 0;
  for (const column of SEALED) {
    const row = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(column.table)}
      where ${sql.ref(column.column)} is not null and ${sql.ref(column.column)} not like ${`${store.cipher.currentPrefix}%`}`.execute(
      store.db,
    );
    waiting += Number(row.rows[0]?.n ?? 0);
  }
  lines.push(`values still sealed with an older key or kept in clear: ${waiting}`);
  return `${lines.join('\n')}\n`;
}

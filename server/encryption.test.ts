import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../config/index.js';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { freshPostgresSchema } from '../test-fixtures/postgres.js';
import { service } from '../test-fixtures/services.js';
import { until } from '../test-fixtures/until.js';
import { ApiKeys } from './access.js';
import { dataKeyStatus } from './data-keys.js';
import { deployPackage } from './deploy.js';

/** Words that only people in these tests say: they must be found nowhere in clear. */
const MARKERS = ['zanzibar-marmalade', 'quokka-tangerine', 'basalt-violet', 'kumquat-ledger'];
const OLD_KEY = randomBytes(32).toString('hex');
const NEW_KEY = randomBytes(32).toString('hex');
const FAST = { refreshMs: 50, checkMs: 50, batch: 3 };

/** The values kept sealed, as stored: each must carry the data key version `version`. */
async function sealedValues(gateway: TestGateway): Promise<string[]> {
  const { db } = gateway.runtime.store;
  const columns: Array<[string, string]> = [
    ['messages', 'content'],
    ['webchat_activities', 'payload'],
    ['dialog_sessions', 'state'],
    ['user_params', 'value'],
    ['dialog_rows', 'row'],
    ['llm_memory', 'content'],
    ['unanswered_questions', 'content'],
  ];
  const values: string[] = [];
  for (const [table, column] of columns) {
    const rows = await sql<{ v: string }>`select ${sql.ref(column)} as v from ${sql.table(table)}`.execute(db);
    values.push(...rows.rows.map((r) => r.v));
  }
  return values;
}

function filesOf(folder: string): Array<{ name: string; text: string }> {
  return readdirSync(folder, { recursive: true })
    .map((f) => join(folder, String(f)))
    .filter((f) => statSync(f).isFile())
    .map((f) => ({ name: f.slice(folder.length + 1), text: readFileSync(f).toString('latin1') }));
}

const postgresUrl = await service('postgres');
const databases = [
  { name: 'SQLite', enabled: true },
  { name: 'PostgreSQL', enabled: postgresUrl !== undefined },
];

describe.each(databases)(
  'what people say and what is kept about them is encrypted at rest ($name)',
  ({ name, enabled }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gb-sealed-'));
    let database: Record<string, string> = {};
    let dropSchema: (() => Promise<void>) | undefined;
    let gateway: TestGateway;
    let instanceId: string;
    let conversationId: string;
    let apiKey: string;

    const start = (env: Record<string, string>) =>
      startTestGateway({ deployDemo: false, env: { GB_DATA_DIR: dataDir, ...database, ...env }, dataKeys: FAST });

    const talk = async (client: DirectLineTestClient, text: string) => {
      const { id } = (await (await client.post(text)).json()) as { id: string };
      return (await client.settledRepliesTo(id)).map((a) => a.text);
    };

    beforeAll(async () => {
      if (!enabled) return;
      if (name === 'PostgreSQL') {
        const schema = await freshPostgresSchema(postgresUrl!, 'sealed');
        database = { DATABASE_URL: schema.url };
        dropSchema = schema.drop;
      }
      gateway = await start({ GB_SECRET_KEY: OLD_KEY });
      const { instance } = await deployPackage(
        gateway.runtime,
        writeBotPackage(
          'vault',
          { 'Telegram Bot Token': '123:telegram-token-kept-sealed', 'Telegram Secret Token': 'vault_secret' },
          [['Remember my color', '/prefs']],
          {
            'prefs.bas': [
              'TALK "Favourite color?"',
              'HEAR c',
              'SET PARAM color AS c',
              'SAVE "colors", c',
              'TALK "I will remember " + c',
            ].join('\n'),
          },
        ),
      );
      instanceId = instance.id;
      apiKey = (
        await new ApiKeys(gateway.runtime).create({
          name: 'ops',
          role: 'gateway-admin',
          customerId: null,
          instanceId: null,
          scopes: [],
          createdBy: 'test',
        })
      ).key;
    });
    afterAll(async () => {
      await gateway?.stop();
      await dropSchema?.();
    });

    it.skipIf(!enabled)(
      'keeps message bodies, transcripts, dialog state, saved values and LLM memory sealed, and reads them back',
      async () => {
        const client = await new DirectLineTestClient(gateway.url, 'vault').start();
        conversationId = client.conversationId;
        expect(await talk(client, 'Remember my color')).toEqual(['Favourite color?']);
        expect(await talk(client, MARKERS[0]!)).toEqual([`I will remember ${MARKERS[0]}`]);
        // A question the bot cannot answer is logged for the operators, sealed too.
        await talk(client, `what about ${MARKERS[1]}`);
        await gateway.runtime.store.knowledge.remember(
          instanceId,
          'web:someone',
          { user: MARKERS[2]!, assistant: 'noted' },
          5,
        );

        const { store } = gateway.runtime;
        const user = await store.webchat.conversation(conversationId);
        expect(await store.dialogs.getParam(instanceId, { channel: 'web', address: user!.userId }, 'color')).toBe(
          MARKERS[0],
        );
        expect(await store.dialogs.findRows(instanceId, 'colors', MARKERS[0], 10)).toEqual([[MARKERS[0]]]);
        expect((await store.knowledge.memory(instanceId, 'web:someone', 5))[0]?.content).toBe(MARKERS[2]);
        expect((await store.knowledge.unanswered(instanceId, { limit: 5, includeLinked: true }))[0]?.content).toContain(
          MARKERS[1],
        );
        // The operator API still searches what people said, though the database holds it sealed.
        const found = await fetch(`${gateway.url}/api/instances/vault/messages?text=${MARKERS[0]}`, {
          headers: { authorization: `Bearer ${apiKey}` },
        });
        expect(found.status).toBe(200);
        expect(JSON.stringify(await found.json())).toContain(MARKERS[0]);

        const values = await sealedValues(gateway);
        expect(values.length).toBeGreaterThan(8);
        expect(values.filter((v) => !v.startsWith('gbe1.1.'))).toEqual([]);
      },
    );

    it.skipIf(!enabled)('leaves no trace of what people said in any file of the data folder', async () => {
      await gateway.stop();
      const traces = filesOf(dataDir).flatMap((file) =>
        MARKERS.slice(0, 3)
          .filter((m) => file.text.includes(m))
          .map((m) => `${m} in ${file.name}`),
      );
      expect(traces).toEqual([]);
      gateway = await start({ GB_SECRET_KEY: OLD_KEY });
    });

    it.skipIf(!enabled)(
      'rotates the data key while serving: new values get the new key, the old ones are sealed again',
      async () => {
        const { store } = gateway.runtime;
        // A row kept in clear before encryption existed: read as it is, and sealed by the rotation.
        await store.db
          .insertInto('dialog_rows')
          .values({ id: 'legacy', instance_id: instanceId, table_name: 'colors', row: '["legacy-row"]', created_at: 1 })
          .execute();
        expect(await store.dialogs.findRows(instanceId, 'colors', 'legacy', 10)).toEqual([['legacy-row']]);
        const version = await store.dataKeys.rotate();
        expect(version).toBe(2);
        const client = await new DirectLineTestClient(gateway.url, 'vault').start();
        expect(await talk(client, 'Remember my color')).toEqual(['Favourite color?']);
        expect(await talk(client, MARKERS[3]!)).toEqual([`I will remember ${MARKERS[3]}`]);
        await until(
          async () => (await store.dataKeys.list()).find((v) => v.version === 2)?.completedAt ?? null,
          (at) => at !== null,
        );
        expect((await sealedValues(gateway)).filter((v) => !v.startsWith('gbe1.2.'))).toEqual([]);
        expect(await store.dialogs.findRows(instanceId, 'colors', 'legacy', 10)).toEqual([['legacy-row']]);
        expect(await dataKeyStatus({ store })).toContain('values still sealed with an older key or kept in clear: 0');
        // What was said before the rotation reads as it did.
        const first = await store.webchat.after(conversationId, 0);
        expect(JSON.stringify(first)).toContain(MARKERS[0]);
      },
    );

    it.skipIf(!enabled)(
      'moves everything to a new gateway key, after which the old one is no longer needed',
      async () => {
        await gateway.stop();
        gateway = await start({ GB_SECRET_KEY: NEW_KEY, GB_PREVIOUS_SECRET_KEYS: OLD_KEY });
        const { store } = gateway.runtime;
        // An API key made with the old gateway key still works (and is hashed again with the new one).
        const listed = await fetch(`${gateway.url}/api/instances`, { headers: { authorization: `Bearer ${apiKey}` } });
        expect(listed.status).toBe(200);
        await until(
          async () => (await store.dataKeys.list()).find((v) => v.version === 3)?.completedAt ?? null,
          (at) => at !== null,
        );
        await gateway.stop();

        gateway = await start({ GB_SECRET_KEY: NEW_KEY });
        const again = gateway.runtime.store;
        const user = await again.webchat.conversation(conversationId);
        expect(await again.dialogs.getParam(instanceId, { channel: 'web', address: user!.userId }, 'color')).toBe(
          MARKERS[0],
        );
        expect(JSON.stringify(await again.webchat.after(conversationId, 0))).toContain(MARKERS[0]);
        const [channel] = await again.instances.channels(instanceId);
        expect(new SecretBox(Buffer.from(NEW_KEY, 'hex')).decrypt(channel!.sealedSecrets!)).toContain(
          'telegram-token-kept-sealed',
        );
        const listedAfter = await fetch(`${gateway.url}/api/instances`, {
          headers: { authorization: `Bearer ${apiKey}` },
        });
        expect(listedAfter.status).toBe(200);
        // The bot still answers with everything under the new key.
        const client = await new DirectLineTestClient(gateway.url, 'vault').start();
        expect(await talk(client, 'Remember my color')).toEqual(['Favourite color?']);
      },
    );
  },
);

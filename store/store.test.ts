import { TEST_KEYS } from '../test-fixtures/keys.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type InboundMessage, type OutboundMessage } from '../core/index.js';
import { freshPostgresSchema } from '../test-fixtures/postgres.js';
import { service } from '../test-fixtures/services.js';
import { Store } from './index.js';

const postgresUrl = await service('postgres');

const GUARIBAS_HOMES = [
  'instances',
  'packages',
  'channels',
  'logs',
  'applications',
  'schedules',
  'subjects',
  'questions',
  'question_alternates',
  'answers',
  'users',
  'groups',
  'user_groups',
  'admin_values',
  'conversations',
  'messages',
  'subscriptions',
  'customers',
  'webchat_conversations',
  'webchat_activities',
  'instance_settings',
];

interface Target {
  name: string;
  enabled: boolean;
  open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

const targets: Target[] = [
  {
    name: 'sqlite',
    enabled: true,
    open: async () => {
      const store = await Store.open(
        {
          kind: 'sqlite',
          file: join(mkdtempSync(join(tmpdir(), 'gb-store-')), 'gateway.db'),
        },
        { keys: TEST_KEYS },
      );
      return { store, cleanup: async () => store.close() };
    },
  },
  {
    name: 'postgres',
    enabled: postgresUrl !== undefined,
    open: async () => {
      const schema = await freshPostgresSchema(postgresUrl!, 'store');
      const store = await Store.open({ kind: 'postgres', url: schema.url }, { keys: TEST_KEYS });
      return {
        store,
        cleanup: async () => {
          await store.close();
          await schema.drop();
        },
      };
    },
  },
];

function inbound(instanceId: string, channelMessageId: string): InboundMessage {
  return {
    kind: 'text',
    id: newId(),
    instanceId,
    channel: 'web',
    conversationKey: 'c1',
    from: { id: 'u1' },
    channelMessageId,
    receivedAt: Date.now(),
    text: 'hello',
  };
}

function outbound(instanceId: string, idempotencyKey: string): OutboundMessage {
  return {
    kind: 'text',
    id: newId(),
    instanceId,
    channel: 'web',
    conversationKey: 'c1',
    to: { id: 'u1' },
    idempotencyKey,
    createdAt: Date.now(),
    text: 'hi',
  };
}

describe.each(targets)('store on $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let instanceId: string;

  beforeAll(async () => {
    if (!target.enabled) return;
    ({ store, cleanup } = await target.open());
    instanceId = (
      await store.instances.upsert({
        name: 'acme',
        title: 'Acme',
        settings: [{ name: 'NLP Score', value: '0.7', isSecret: false }],
      })
    ).id;
  });
  afterAll(async () => {
    if (target.enabled) await cleanup();
  });

  it.skipIf(!target.enabled)('has a table for every Guaribas entity and the gateway additions', async () => {
    const tables = await store.tableNames();
    for (const table of GUARIBAS_HOMES) expect(tables).toContain(table);
  });

  it.skipIf(!target.enabled)('leases a source to one node at a time, and keeps how far it was read', async () => {
    const name = `imap:test-${newId()}`;
    expect(await store.sources.acquire(name, 'node-a', 30_000, 1_000)).toBe(true);
    expect(await store.sources.acquire(name, 'node-b', 30_000, 2_000)).toBe(false);
    // The holder renews; another node takes it only once it has expired.
    expect(await store.sources.acquire(name, 'node-a', 30_000, 20_000)).toBe(true);
    expect(await store.sources.acquire(name, 'node-b', 30_000, 40_000)).toBe(false);
    expect(await store.sources.holder(name, 40_000)).toBe('node-a');
    expect(await store.sources.acquire(name, 'node-b', 30_000, 50_001)).toBe(true);
    await store.sources.release(name, 'node-a');
    expect(await store.sources.holder(name, 50_002)).toBe('node-b');
    await store.sources.release(name, 'node-b');
    expect(await store.sources.acquire(name, 'node-a', 30_000, 50_003)).toBe(true);

    expect(await store.sources.checkpoint(name)).toBeUndefined();
    await store.sources.saveCheckpoint(name, '1796183695:41');
    await store.sources.saveCheckpoint(name, '1796183695:42');
    expect(await store.sources.checkpoint(name)).toBe('1796183695:42');
  });

  it.skipIf(!target.enabled)('counts a quota up to its limit and not one past it, per period', async () => {
    const customer = `c-${newId()}`;
    await store.access.ensureCustomer(customer, 'Quota test');
    const take = () => store.access.consume(customer, 'codes', '2026-12-02', 3);
    expect([await take(), await take(), await take(), await take(), await take()]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(await store.access.consume(customer, 'codes', '2026-12-03', 3)).toBe(true);
    expect(await store.access.usage(customer, [{ quota: 'codes', period: '2026-12-02' }])).toEqual({ codes: 3 });
    // Concurrent takes still stop at the limit.
    const racing = await Promise.all(
      Array.from({ length: 10 }, () => store.access.consume(customer, 'messages', '2026-12', 4)),
    );
    expect(racing.filter(Boolean)).toHaveLength(4);
  });

  it.skipIf(!target.enabled)('migrates idempotently: opening again changes nothing', async () => {
    const { migrateToLatest } = await import('./index.js');
    expect(await migrateToLatest(store.database)).toEqual([]);
  });

  it.skipIf(!target.enabled)(
    'keeps every message through the partial indexes of messages, and back, with the same rules',
    async () => {
      const { migrateTo, migrateToLatest } = await import('./index.js');
      const before = inbound(instanceId, `wamid.${newId()}`);
      const reply = outbound(instanceId, `k-${newId()}`);
      expect(await migrateTo(store.database, '008-drop-inbound-dedupe')).toEqual([
        '020-knowledge-vectors',
        '019-data-keys',
        '018-instance-usage',
        '017-message-events',
        '016-quotas',
        '015-api-keys',
        '014-verifications',
        '013-inbound-sources',
        '012-knowledge-synonyms',
        '011-conversation-references',
        '010-conversation-menus',
        '009-partial-message-indexes',
      ]);
      expect(await store.messages.recordInbound(before)).toBe(true);
      await store.db
        .insertInto('messages')
        .values({
          id: reply.id,
          instance_id: instanceId,
          channel: 'web',
          conversation_key: 'c1',
          direction: 'out',
          kind: 'text',
          content: JSON.stringify(reply),
          channel_message_id: null,
          idempotency_key: reply.idempotencyKey,
          provider_message_id: 'p-migrated',
          status: 'sent',
          status_rank: 3,
          error: null,
          created_at: 1,
          updated_at: 1,
        })
        .execute();
      expect(await migrateToLatest(store.database)).toEqual([
        '009-partial-message-indexes',
        '010-conversation-menus',
        '011-conversation-references',
        '012-knowledge-synonyms',
        '013-inbound-sources',
        '014-verifications',
        '015-api-keys',
        '016-quotas',
        '017-message-events',
        '018-instance-usage',
        '019-data-keys',
        '020-knowledge-vectors',
      ]);
      expect(await store.messages.recordInbound({ ...before, id: newId() })).toBe(false);
      expect(await store.messages.inboundId(before)).toBe(before.id);
      expect((await store.messages.claimOutbound(reply)).status).toBe('sent');
      expect(
        await store.messages.advanceStatus(
          { instanceId, channel: 'web', providerMessageId: 'p-migrated' },
          'delivered',
        ),
      ).toBe(true);
      expect((await store.messages.findById(reply.id))?.status).toBe('delivered');
    },
  );

  it.skipIf(!target.enabled)('remembers where each person was last reached, per channel', async () => {
    expect(await store.references.latest(instanceId, 'teams', '29:ana')).toBeUndefined();
    await store.references.remember(instanceId, 'teams', '29:ana', '{"conversationId":"a:1"}');
    await store.references.remember(instanceId, 'teams', '29:ana', '{"conversationId":"a:2"}');
    expect(await store.references.latest(instanceId, 'teams', '29:ana')).toBe('{"conversationId":"a:2"}');
    expect(await store.references.latest(instanceId, 'whatsapp', '29:ana')).toBeUndefined();
  });

  it.skipIf(!target.enabled)('remembers the last menu of each conversation', async () => {
    expect(await store.menus.last(instanceId, 'menu-c1')).toBeUndefined();
    await store.menus.remember(instanceId, 'menu-c1', [{ id: 'a', title: 'A' }]);
    await store.menus.remember(instanceId, 'menu-c1', [
      { id: 'b', title: 'B' },
      { id: 'c', title: 'C' },
    ]);
    await store.menus.remember(instanceId, 'menu-c2', [{ id: 'd', title: 'D' }]);
    expect(await store.menus.last(instanceId, 'menu-c1')).toEqual([
      { id: 'b', title: 'B' },
      { id: 'c', title: 'C' },
    ]);
    expect(await store.menus.last(instanceId, 'menu-c2')).toEqual([{ id: 'd', title: 'D' }]);
  });

  it.skipIf(!target.enabled)('creates and updates an instance with its settings', async () => {
    const again = await store.instances.upsert({
      name: 'acme',
      title: 'Acme Corp',
      settings: [{ name: 'Language', value: 'pt', isSecret: false }],
    });
    expect(again.id).toBe(instanceId);
    expect(again.title).toBe('Acme Corp');
    expect(await store.instances.settings(instanceId)).toEqual([{ name: 'Language', value: 'pt', isSecret: false }]);
    expect((await store.instances.findByName('acme'))?.id).toBe(instanceId);
    expect(await store.instances.findByName('nobody')).toBeUndefined();
  });

  it.skipIf(!target.enabled)('replaces a package knowledge base inside a transaction, all or nothing', async () => {
    const packageId = await store.instances.recordPackage({
      instanceId,
      name: 'acme.gbkb/faq.csv',
      kind: 'gbkb',
      checksum: 'x',
    });
    const entries = [
      {
        subjects: ['Billing', 'Invoices'],
        from: null,
        to: null,
        question: 'Where is my invoice?',
        answer: 'In the portal.',
        format: 'text',
      },
      { subjects: ['Billing'], from: null, to: null, question: 'How do I pay?', answer: 'By card.', format: 'text' },
    ];
    await store.transaction((trx) => store.knowledge.replacePackageEntries(instanceId, packageId, entries, trx));
    const loaded = await store.knowledge.questionsWithAnswers(instanceId);
    expect(loaded.map((q) => [q.question, q.answer, q.subjects])).toEqual([
      ['Where is my invoice?', 'In the portal.', ['Billing', 'Invoices']],
      ['How do I pay?', 'By card.', ['Billing']],
    ]);
    await expect(
      store.transaction(async (trx) => {
        await store.knowledge.replacePackageEntries(instanceId, packageId, [entries[0]!], trx);
        throw new Error('bad row found late');
      }),
    ).rejects.toThrow('bad row found late');
    expect(await store.knowledge.questionsWithAnswers(instanceId)).toHaveLength(2);
  });

  it.skipIf(!target.enabled)('keeps SET PARAM values per person, replacing them, with any JSON value', async () => {
    const ana = { channel: 'whatsapp', address: '5511999990000' };
    const bia = { channel: 'telegram', address: '5511999990000' };
    expect(await store.dialogs.getParam(instanceId, ana, 'color')).toBeUndefined();
    await store.dialogs.setParam(instanceId, ana, 'Color', 'blue');
    await store.dialogs.setParam(instanceId, ana, 'color', 'green');
    await store.dialogs.setParam(instanceId, ana, 'order', { id: 42, items: ['tea'] });
    expect(await store.dialogs.getParam(instanceId, ana, 'COLOR')).toBe('green');
    expect(await store.dialogs.getParam(instanceId, ana, 'order')).toEqual({ id: 42, items: ['tea'] });
    expect(await store.dialogs.getParam(instanceId, bia, 'color')).toBeUndefined();
  });

  it.skipIf(!target.enabled)('records an inbound message once', async () => {
    const message = inbound(instanceId, `wamid.${newId()}`);
    expect(await store.messages.recordInbound(message)).toBe(true);
    expect(await store.messages.recordInbound({ ...message, id: newId() })).toBe(false);
  });

  it.skipIf(!target.enabled)('claims an outbound message once and never moves its status backwards', async () => {
    const key = `k-${newId()}`;
    expect((await store.messages.claimOutbound(outbound(instanceId, key))).status).toBe('queued');
    expect(await store.messages.advanceStatus({ idempotencyKey: key }, 'sent', { providerMessageId: 'p-1' })).toBe(
      true,
    );
    expect((await store.messages.claimOutbound(outbound(instanceId, key))).status).toBe('sent');
    // Another instance's status for the same provider id (its own valid webhook) moves nothing here.
    expect(
      await store.messages.advanceStatus(
        { instanceId: 'another-instance', channel: 'web', providerMessageId: 'p-1' },
        'failed',
      ),
    ).toBe(false);
    expect(await store.messages.advanceStatus({ instanceId, channel: 'web', providerMessageId: 'p-1' }, 'read')).toBe(
      true,
    );
    expect(
      await store.messages.advanceStatus({ instanceId, channel: 'web', providerMessageId: 'p-1' }, 'delivered'),
    ).toBe(false);
    expect(
      await store.messages.advanceStatus({ instanceId, channel: 'web', providerMessageId: 'p-1' }, 'failed', {
        error: 'late',
      }),
    ).toBe(false);
    const stored = (await store.messages.conversation(instanceId, 'c1')).find((m) => m.providerMessageId === 'p-1');
    expect(stored?.status).toBe('read');
  });

  it.skipIf(!target.enabled)('lists a conversation in order: same time broken by id, failed ones too', async () => {
    const conversationKey = `c-${newId()}`;
    const reply = (text: string, createdAt: number): OutboundMessage =>
      ({ ...outbound(instanceId, `k-${newId()}`), conversationKey, text, createdAt }) as OutboundMessage;
    await store.messages.claimOutbound(reply('first', 1_000));
    await store.messages.claimOutbound(reply('second', 2_000));
    await store.messages.claimOutbound(reply('third, same time, later id', 2_000));
    const failing = reply('fourth, failed', 3_000);
    await store.messages.claimOutbound(failing);
    await store.messages.advanceStatus({ idempotencyKey: failing.idempotencyKey }, 'failed', { error: 'refused' });
    expect(
      (await store.messages.conversation(instanceId, conversationKey)).map((m) => (m.content as { text: string }).text),
    ).toEqual(['first', 'second', 'third, same time, later id', 'fourth, failed']);
  });

  it.skipIf(!target.enabled)('marks a message failed when it failed before delivery', async () => {
    const key = `k-${newId()}`;
    await store.messages.claimOutbound(outbound(instanceId, key));
    expect(
      await store.messages.advanceStatus({ idempotencyKey: key }, 'failed', { error: 'outside the 24-hour window' }),
    ).toBe(true);
    const stored = (await store.messages.conversation(instanceId, 'c1')).find(
      (m) => m.error === 'outside the 24-hour window',
    );
    expect(stored?.status).toBe('failed');
  });

  it.skipIf(!target.enabled)(
    'appends web chat activities once per key, with increasing watermarks under concurrency',
    async () => {
      const conversationId = newId();
      await store.webchat.createConversation({ id: conversationId, instanceId, userId: 'u1' });
      const build = (seq: number) => ({ activityId: `${conversationId}|${seq}`, payload: { seq } });
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.webchat.append(conversationId, `key-${conversationId}-${i % 10}`, build),
        ),
      );
      const created = results.filter((r) => r.created);
      expect(created).toHaveLength(10);
      const all = await store.webchat.after(conversationId, 0);
      expect(all.map((a) => a.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect((await store.webchat.after(conversationId, 8)).map((a) => a.seq)).toEqual([9, 10]);
    },
  );
});

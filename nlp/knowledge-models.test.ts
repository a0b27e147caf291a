import { TEST_KEYS } from '../test-fixtures/keys.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store/index.js';
import { silentLogger } from '../test-fixtures/logger.js';
import { KnowledgeIndex, KnowledgeModels } from './index.js';

describe('knowledge models', () => {
  let store: Store;
  let instanceId: string;
  let packageId: string;

  beforeAll(async () => {
    store = await Store.open(
      { kind: 'sqlite', file: join(mkdtempSync(join(tmpdir(), 'gb-models-')), 'gateway.db') },
      { keys: TEST_KEYS },
    );
    instanceId = (await store.instances.upsert({ name: 'kb', title: 'KB', settings: [] })).id;
    packageId = await store.instances.recordPackage({
      instanceId,
      name: 'kb.gbkb/faq.csv',
      kind: 'gbkb',
      checksum: 'x',
    });
    await store.knowledge.replacePackageEntries(instanceId, packageId, [
      {
        subjects: [],
        from: null,
        to: null,
        question: 'What are your opening hours?',
        answer: 'From 9 to 18.',
        format: 'text',
      },
      {
        subjects: [],
        from: null,
        to: null,
        question: 'How do I reset my password?',
        answer: 'Use the forgot link.',
        format: 'text',
      },
    ]);
    await store.instances.bumpKbVersion(instanceId);
  });
  afterAll(async () => store.close());

  const version = async () => (await store.instances.findById(instanceId))!.kbVersion;

  it('loads a saved model after a restart instead of training again', async () => {
    const trained: number[] = [];
    const first = new KnowledgeModels(store, silentLogger, (_id, questions) => trained.push(questions));
    const answer = await (await first.forInstance(instanceId, await version(), 'en')).match('I forgot my password');
    expect(answer?.answer).toBe('Use the forgot link.');
    expect(trained).toEqual([2]);

    const afterRestart = new KnowledgeModels(store, silentLogger, (_id, questions) => trained.push(questions));
    const again = await (await afterRestart.forInstance(instanceId, await version(), 'en')).match(
      'I forgot my password',
    );
    expect(again).toEqual(answer);
    expect(trained).toEqual([2]);
  });

  it('keeps answering from the old model while the new one trains, then switches', async () => {
    const models = new KnowledgeModels(store, silentLogger);
    const before = await models.forInstance(instanceId, await version(), 'en');
    await store.transaction((trx) =>
      store.knowledge.replacePackageEntries(
        instanceId,
        packageId,
        [{ subjects: [], from: null, to: null, question: 'Do you deliver?', answer: 'Yes, in town.', format: 'text' }],
        trx,
      ),
    );
    await store.instances.bumpKbVersion(instanceId);
    const during = await models.forInstance(instanceId, await version(), 'en');
    expect(during).toBe(before);
    let after = during;
    for (let i = 0; i < 100 && after === before; i++) {
      await new Promise((r) => setTimeout(r, 20));
      after = await models.forInstance(instanceId, await version(), 'en');
    }
    expect(after).not.toBe(before);
    expect((await after.match('Do you deliver?'))?.answer).toBe('Yes, in town.');
  });

  it('learns from a logged question linked to an answer', async () => {
    const [question] = await store.knowledge.questionsWithAnswers(instanceId);
    await store.knowledge.logUnanswered({
      id: 'u1',
      instanceId,
      channel: 'web',
      conversationKey: 'c',
      content: 'can you bring it to my house',
      bestScore: 0.2,
    });
    await store.knowledge.logUnanswered({
      id: 'u1',
      instanceId,
      channel: 'web',
      conversationKey: 'c',
      content: 'can you bring it to my house',
      bestScore: 0.2,
    });
    expect(
      (await store.knowledge.unanswered(instanceId, { limit: 10, includeLinked: false })).map((u) => u.content),
    ).toEqual(['can you bring it to my house']);
    const versionBefore = await version();
    expect(await store.knowledge.linkUnanswered(instanceId, 'u1', question!.questionId)).toBe(true);
    expect(await version()).toBe(versionBefore + 1);
    expect(await store.knowledge.unanswered(instanceId, { limit: 10, includeLinked: false })).toEqual([]);
    const index = await KnowledgeIndex.train(await store.knowledge.questionsWithAnswers(instanceId), 'en');
    expect(await index.match('Can you bring it to my house?')).toMatchObject({ answer: 'Yes, in town.', via: 'exact' });
    expect(await store.knowledge.linkUnanswered(instanceId, 'no-such', question!.questionId)).toBe(false);
  });
});

import { TEST_KEYS } from '../test-fixtures/keys.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Store, type QuestionWithAnswer } from '../store/index.js';
import { FakeOpenAiApi } from '../test-fixtures/fakes/openai-api.js';
import { capturingLogger, silentLogger } from '../test-fixtures/logger.js';
import { KeywordRanking, LlmResponder, type LlmSettings } from './index.js';

const KEY = 'sk-fake-llm-key';
const entry = (id: string, question: string, answer: string): QuestionWithAnswer => ({
  questionId: id,
  question,
  alternates: [],
  answerId: `a-${id}`,
  answer,
  format: 'text',
  subjects: [],
});
const KB = [
  entry('q-hours', 'What are your opening hours?', 'We open from 9 to 18 on weekdays.'),
  entry('q-delivery', 'Do you deliver?', 'Yes, delivery is free in town.'),
  entry('q-refund', 'How do I get a refund?', 'Refunds go back to your card within 5 days.'),
];

describe('LLM answers through an OpenAI-compatible API', () => {
  let store: Store;
  let withEmbeddings: FakeOpenAiApi;
  let withoutEmbeddings: FakeOpenAiApi;
  let instanceId: string;
  const settings = (api: FakeOpenAiApi, overrides: Partial<LlmSettings> = {}): LlmSettings => ({
    mode: 'grounded',
    url: api.baseUrl,
    model: 'fake-model',
    apiKey: KEY,
    embeddingsModel: 'fake-embeddings',
    timeoutMs: 2_000,
    memoryTurns: 2,
    ...overrides,
  });
  const ask = (responder: LlmResponder, s: LlmSettings, question: string, userKey = 'web:u1') =>
    responder.answer(s, { instanceId, kbVersion: 1, userKey, question, entries: async () => KB });

  beforeAll(async () => {
    store = await Store.open(
      { kind: 'sqlite', file: join(mkdtempSync(join(tmpdir(), 'gb-llm-')), 'gateway.db') },
      { keys: TEST_KEYS },
    );
    instanceId = (await store.instances.upsert({ name: 'llm', title: 'LLM', settings: [] })).id;
    withEmbeddings = await new FakeOpenAiApi({ apiKey: KEY, embeddings: true }).start();
    withoutEmbeddings = await new FakeOpenAiApi({ apiKey: KEY, embeddings: false }).start();
  });
  beforeEach(() => {
    withEmbeddings.calm();
    withoutEmbeddings.calm();
  });
  afterAll(async () => {
    await store.close();
    await withEmbeddings.close();
    await withoutEmbeddings.close();
  });

  it('grounds an answer on the closest entries by embeddings and cites the one it used', async () => {
    const responder = new LlmResponder(store, silentLogger);
    const answer = await ask(responder, settings(withEmbeddings), 'when can I get my refund back on my card?');
    expect(answer?.citedQuestionId).toBe('q-refund');
    expect(answer?.text).toMatch(/^Refunds go back to your card within 5 days\. \[\d\]$/);
    expect(withEmbeddings.requests.some((r) => r.path === '/v1/embeddings')).toBe(true);
  });

  it('grounds by keyword ranking when the endpoint has no embeddings', async () => {
    const answer = await ask(
      new LlmResponder(store, silentLogger),
      settings(withoutEmbeddings),
      'is delivery free in town?',
    );
    expect(answer?.citedQuestionId).toBe('q-delivery');
    expect(new KeywordRanking(KB).top('opening hours weekdays', 1)[0]?.questionId).toBe('q-hours');
  });

  it('gives up at the deadline, and on errors, without leaking the key', async () => {
    const { logger, lines } = capturingLogger();
    const responder = new LlmResponder(store, logger);
    const chatOnly = { embeddingsModel: undefined };
    withoutEmbeddings.next({ kind: 'slow', delayMs: 1_500 });
    expect(
      await ask(responder, settings(withoutEmbeddings, { ...chatOnly, timeoutMs: 300 }), 'do you deliver?'),
    ).toBeUndefined();
    withoutEmbeddings.next({ kind: 'reply', reply: { status: 500, body: '{"error":{"message":"boom"}}' } });
    expect(await ask(responder, settings(withoutEmbeddings, chatOnly), 'do you deliver?')).toBeUndefined();
    expect(
      await ask(responder, settings(withoutEmbeddings, { ...chatOnly, apiKey: 'sk-wrong' }), 'do you deliver?'),
    ).toBeUndefined();
    expect(lines.join('\n')).not.toMatch(/sk-fake-llm-key|sk-wrong/);
    expect(lines.filter((l) => l.includes('the LLM did not answer'))).toHaveLength(3);
  });

  it('remembers a bounded conversation per user in the store, across a restart', async () => {
    const direct = settings(withoutEmbeddings, { mode: 'direct', memoryTurns: 2 });
    const first = new LlmResponder(store, silentLogger);
    expect((await ask(first, direct, 'one', 'web:mem'))?.text).toBe('You said: one (I remember 0 earlier messages)');
    expect((await ask(first, direct, 'two', 'web:mem'))?.text).toBe('You said: two (I remember 1 earlier messages)');
    expect((await ask(first, direct, 'three', 'web:mem'))?.text).toBe(
      'You said: three (I remember 2 earlier messages)',
    );
    const afterRestart = new LlmResponder(store, silentLogger);
    expect((await ask(afterRestart, direct, 'four', 'web:mem'))?.text).toBe(
      'You said: four (I remember 2 earlier messages)',
    );
    expect(await store.knowledge.memory(instanceId, 'web:mem', 10)).toHaveLength(4);
    expect((await ask(afterRestart, direct, 'hello', 'web:other'))?.text).toBe(
      'You said: hello (I remember 0 earlier messages)',
    );
  });
});

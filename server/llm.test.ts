import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { FakeOpenAiApi } from '../test-fixtures/fakes/openai-api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { deployPackage } from './deploy.js';

const KEY = 'sk-fake-key-for-the-gateway';

describe('the router falls back to the instance LLM, then to the Not Found Message', () => {
  let llm: FakeOpenAiApi;
  let gateway: TestGateway;
  let instanceId: string;

  beforeAll(async () => {
    llm = await new FakeOpenAiApi({ apiKey: KEY, embeddings: false }).start();
    gateway = await startTestGateway({ deployDemo: false });
    const folder = writeBotPackage(
      'store',
      {
        'LLM Mode': 'grounded',
        'LLM URL': llm.baseUrl,
        'LLM Model': 'fake-model',
        'LLM API Key': KEY,
        'LLM Timeout': '1000',
        'Not Found Message': 'Nobody knows.',
        'NLP Score': '0.9',
      },
      [
        ['What are your opening hours?', 'We open from 9 to 18 on weekdays.'],
        ['How do I get a refund?', 'Refunds go back to your card within 5 days.'],
      ],
    );
    instanceId = (await deployPackage(gateway.runtime, folder)).instance.id;
  });
  afterAll(async () => {
    await gateway?.stop();
    await llm?.close();
  });

  it('answers from the knowledge base first, from the grounded LLM next, and says it does not know when the LLM fails', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'store').start();
    const ask = async (text: string) => {
      const { id } = (await (await client.post(text)).json()) as { id: string };
      return (await client.repliesTo(id))[0]!.text;
    };
    expect(await ask('What are your opening hours?')).toBe('We open from 9 to 18 on weekdays.');
    expect(llm.requests).toHaveLength(0);
    expect(await ask('my card was charged, when will the money come back?')).toMatch(
      /^Refunds go back to your card within 5 days\. \[\d\]$/,
    );
    expect(llm.requests).toHaveLength(1);

    llm.next({ kind: 'reply', reply: { status: 503, body: '{"error":{"message":"overloaded"}}' } });
    expect(await ask('will the money come back to my card soon?')).toBe('Nobody knows.');
    const unanswered = await gateway.runtime.store.knowledge.unanswered(instanceId, {
      limit: 10,
      includeLinked: false,
    });
    expect(unanswered.map((u) => u.content)).toContain('will the money come back to my card soon?');
    expect(gateway.logLines.join('\n')).not.toContain(KEY);
  });
});

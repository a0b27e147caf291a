import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { until } from '../test-fixtures/until.js';

const ADMIN_TOKEN = 'operator-token-for-learning';

describe('learning from questions the bot could not answer', () => {
  let gateway: TestGateway;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${gateway.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json', ...init.headers },
    });

  beforeAll(async () => {
    gateway = await startTestGateway({ env: { GB_ADMIN_TOKEN: ADMIN_TOKEN } });
  });
  afterAll(async () => gateway?.stop());

  it('logs the miss, lets an operator link it to an answer, and answers it after retraining', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    const question = 'is there a cloud version I can pay for';
    const miss = (await (await client.post(question)).json()) as { id: string };
    expect((await client.repliesTo(miss.id))[0]!.text).toMatch(/^Sorry, I don't know that one yet/);

    const { unanswered } = (await (await api('/api/instances/demo/unanswered')).json()) as {
      unanswered: Array<{ id: string; content: string }>;
    };
    const logged = unanswered.find((u) => u.content === question);
    expect(logged).toBeDefined();
    const { questions } = (await (await api('/api/instances/demo/questions')).json()) as {
      questions: Array<{ id: string; question: string }>;
    };
    const target = questions.find((q) => q.question === 'Is it open source?')!;

    expect(
      (await api(`/api/instances/demo/unanswered/${logged!.id}/link`, { method: 'POST', body: '{}' })).status,
    ).toBe(400);
    expect(
      (
        await api(`/api/instances/demo/unanswered/${logged!.id}/link`, {
          method: 'POST',
          body: JSON.stringify({ questionId: target.id }),
        })
      ).status,
    ).toBe(200);
    expect((await api('/api/instances/nobody/unanswered')).status).toBe(404);

    // The directory notices the new knowledge base version within seconds; the model retrains.
    const answer = await until(
      async () => {
        const { id } = (await (await client.post(question)).json()) as { id: string };
        return (await client.repliesTo(id))[0]!.text;
      },
      (text) => text?.startsWith('Yes.') === true,
      20_000,
    );
    expect(answer).toMatch(/open source/);
  });
});

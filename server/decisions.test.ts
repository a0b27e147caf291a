import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';

const ADMIN = 'decisions-admin-token-0123456789';

describe('why a reply was given, in the operator API', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ env: { GB_ADMIN_TOKEN: ADMIN } });
  });
  afterAll(() => gateway?.stop());

  const api = async (path: string) =>
    (await (await fetch(`${gateway.url}${path}`, { headers: { authorization: `Bearer ${ADMIN}` } })).json()) as Record<
      string,
      unknown
    >;

  /** The decision kept with the bot's reply that says this. */
  const decisionFor = async (reply: string) => {
    const { messages } = (await api(
      `/api/instances/demo/messages?direction=out&text=${encodeURIComponent(reply)}`,
    )) as {
      messages: Array<{ id: string }>;
    };
    return (await api(`/api/messages/${messages[0]!.id}`)).decision as Record<string, unknown>;
  };

  it('shows the question chosen with its score and the ones passed over, or the best guess under the threshold', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    for (const text of ['how do i run the testz', 'who painted the mona lisa']) {
      const { id } = (await (await client.post(text)).json()) as { id: string };
      await client.settledRepliesTo(id);
    }
    const answered = await decisionFor('Run npm test');
    expect(answered).toMatchObject({ kind: 'knowledge', via: 'nlp', question: 'How do I run the tests?' });
    expect(answered.score).toBeGreaterThan(0.4);
    expect(Array.isArray(answered.passedOver)).toBe(true);

    const unanswered = await decisionFor("Sorry, I don't know that one yet");
    expect(unanswered.kind).toBe('not_found');
  });
});

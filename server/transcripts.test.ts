import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { FakeOpenAiApi } from '../test-fixtures/fakes/openai-api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { shopPackage } from '../test-fixtures/packages.js';
import { playTranscript, readTranscript } from '../test-fixtures/transcript.js';
import { deployPackage } from './deploy.js';

const transcript = (name: string) =>
  readTranscript(new URL(`../test-fixtures/transcripts/${name}.transcript`, import.meta.url));

// The same transcripts run against the router alone in router/transcripts.test.ts, in milliseconds;
// here they run once end to end: Direct Line, ingress, the embedded broker, the router, the worker.
describe('transcripts through the real pipeline (embedded broker, web chat)', () => {
  let gateway: TestGateway;
  let llm: FakeOpenAiApi;

  beforeAll(async () => {
    llm = await new FakeOpenAiApi({ apiKey: 'sk-transcripts', embeddings: false }).start();
    gateway = await startTestGateway({ deployDemo: false });
    await deployPackage(gateway.runtime, shopPackage('shop'));
    await deployPackage(
      gateway.runtime,
      shopPackage('shopllm', { 'LLM Mode': 'grounded', 'LLM URL': llm.baseUrl, 'LLM API Key': 'sk-transcripts' }),
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await llm?.close();
  });

  it('follows the decision order: menus, the knowledge base, the Not Found Message', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'shop').start();
    expect(await playTranscript(client, transcript('decision-order'))).toEqual([]);
  });

  it("runs the demo bot's dialogs: started by an answer or by name, validated, resumed after each HEAR", async () => {
    await deployPackage(gateway.runtime, fileURLToPath(new URL('../bots/demo.gbai', import.meta.url)));
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    expect(await playTranscript(client, transcript('demo-dialogs'))).toEqual([]);
  });

  it('asks the LLM only when the knowledge base has nothing', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'shopllm').start();
    expect(await playTranscript(client, transcript('llm'))).toEqual([]);
    expect(llm.requests).toHaveLength(1);
  });
});

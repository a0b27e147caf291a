import { appendFileSync, cpSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { FakeOpenAiApi } from '../test-fixtures/fakes/openai-api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { playTranscript, readTranscript } from '../test-fixtures/transcript.js';
import { deployPackage } from './deploy.js';

const transcript = (name: string) =>
  readTranscript(new URL(`../test-fixtures/transcripts/${name}.transcript`, import.meta.url));

function shopPackage(name: string, extraSettings: Record<string, string> = {}): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'gb-transcript-')), `${name}.gbai`);
  cpSync(new URL('../test-fixtures/bots/shop.gbai', import.meta.url), folder, { recursive: true });
  renameSync(join(folder, 'shop.gbot'), join(folder, `${name}.gbot`));
  renameSync(join(folder, 'shop.gbkb'), join(folder, `${name}.gbkb`));
  for (const [key, value] of Object.entries(extraSettings))
    appendFileSync(join(folder, `${name}.gbot`, 'config.csv'), `${key},${value}\n`);
  return folder;
}

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

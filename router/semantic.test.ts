import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeModels, endpointEmbedder } from '../nlp/index.js';
import { FakeOpenAiApi } from '../test-fixtures/fakes/openai-api.js';
import { silentLogger } from '../test-fixtures/logger.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { RouterHarness, type Party } from '../test-fixtures/router-harness.js';

const KEY = 'sk-semantic';
const QUESTIONS: Array<[string, string]> = [
  ['Do you allow pets?', 'Dogs and cats are welcome on a lead.'],
  ['How do I pay my bill?', 'Pay in the app under Billing.'],
  ['Where is the shop?', 'At 12 Main Street.'],
];

describe('the knowledge base matched by meaning when an embeddings endpoint is configured', () => {
  let harness: RouterHarness;
  let model: FakeOpenAiApi;
  let plain: string;
  let semantic: string;
  const documentRequests = () =>
    model.requests.filter((r) => r.path === '/v1/embeddings' && Array.isArray(JSON.parse(r.body).input)).length;

  beforeAll(async () => {
    // A model that knows a hamster is a pet, and that "can I bring" asks whether you allow it.
    model = await new FakeOpenAiApi({
      apiKey: KEY,
      embeddings: true,
      concepts: { hamster: 'pets', bring: 'allow', can: 'you' },
    }).start();
    harness = await RouterHarness.open();
    plain = await harness.deploy(writeBotPackage('plain', {}, QUESTIONS));
    semantic = await harness.deploy(
      writeBotPackage(
        'semantic',
        { 'LLM URL': model.baseUrl, 'LLM API Key': KEY, 'LLM Embeddings Model': 'fake-embedding' },
        QUESTIONS,
      ),
    );
  });
  afterAll(async () => {
    await harness?.close();
    await model?.close();
  });

  const ask = async (instanceId: string, party: Party, text: string) => {
    await harness.say(instanceId, party, text);
    return harness.received(party).at(-1);
  };

  it('finds a question that shares no content word with what was asked; words alone do not', async () => {
    const ana: Party = { channel: 'web', conversationKey: 'ana', id: 'ana' };
    const rui: Party = { channel: 'web', conversationKey: 'rui', id: 'rui' };
    expect(await ask(plain, ana, 'can I bring my hamster')).not.toContain('welcome on a lead');
    expect(await ask(semantic, rui, 'can I bring my hamster')).toContain('welcome on a lead');
    // Words still answer what they match, with the embeddings agreeing.
    expect(await ask(semantic, rui, 'where is your shop')).toContain('12 Main Street');
  });

  it('embeds the knowledge base once per version and keeps it in the store for every node', async () => {
    expect(documentRequests()).toBe(1);
    const row = await harness.store.db
      .selectFrom('knowledge_vectors')
      .select(['model', 'kb_version'])
      .where('instance_id', '=', semantic)
      .executeTakeFirstOrThrow();
    expect(row.model).toBe('fake-embedding');
    // Another node (another KnowledgeModels) reads them from the store instead of embedding again.
    const other = new KnowledgeModels(harness.store, silentLogger);
    const embedder = endpointEmbedder({
      url: model.baseUrl,
      model: 'fake-embedding',
      apiKey: KEY,
      timeoutMs: 5_000,
    });
    const index = await other.semantic(semantic, row.kb_version, 'fake-embedding', embedder);
    expect(index.rank(await embedder.embedQuery('can I bring my hamster'))[0]?.similarity).toBeGreaterThan(0.9);
    expect(documentRequests()).toBe(1);
  });

  it('falls back to words when the endpoint fails, and answers what words can', async () => {
    const eva: Party = { channel: 'web', conversationKey: 'eva', id: 'eva' };
    model.everyNth(1, () => ({ kind: 'reply', reply: { status: 500, body: '{"error":{"message":"down"}}' } }));
    try {
      expect(await ask(semantic, eva, 'How do I pay my bill please')).toContain('Billing');
      expect(await ask(semantic, eva, 'can I bring my hamster')).not.toContain('welcome on a lead');
    } finally {
      model.calm();
    }
  });

  it('answers by words when the endpoint is too slow, without waiting for it', async () => {
    const ivo: Party = { channel: 'web', conversationKey: 'ivo', id: 'ivo' };
    // Every embeddings request is held for a minute: the answer must not wait for it.
    model.everyNth(1, () => ({ kind: 'slow', delayMs: 60_000 }));
    try {
      expect(await ask(semantic, ivo, 'Where is your shop')).toContain('12 Main Street');
    } finally {
      model.calm();
    }
  }, 30_000);
});

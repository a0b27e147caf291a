import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenAiApi } from '../test-fixtures/fakes/openai-api.js';
import { SemanticIndex, endpointEmbedder } from './index.js';

describe('the embeddings endpoint', () => {
  let model: FakeOpenAiApi;
  beforeAll(async () => {
    model = await new FakeOpenAiApi({ apiKey: 'sk-vectors', embeddings: true, numbersOnly: true }).start();
  });
  afterAll(async () => {
    await model?.close();
  });

  it('reads the vectors as the endpoint sends them: numbers, as local model servers answer', async () => {
    const embedder = endpointEmbedder({ url: model.baseUrl, model: 'fake', apiKey: 'sk-vectors', timeoutMs: 5_000 });
    // The fake model is a bag of hashed words of three letters or more: two words, two ones.
    const vector = await embedder.embedQuery('pay my bill');
    expect(vector).toHaveLength(64);
    expect(vector.reduce((sum, x) => sum + x, 0)).toBe(2);
    const [same] = await embedder.embedDocuments(['bill pay', 'reset router']);
    expect(same).toEqual(vector);
    const index = await SemanticIndex.build(
      [
        { questionId: 'router', text: 'How do I reset the router?' },
        { questionId: 'bill', text: 'How do I pay the bill?' },
      ],
      embedder,
    );
    expect(index.rank(vector)[0]?.questionId).toBe('bill');
  });
});

import { OpenAIEmbeddings } from '@langchain/openai';

/** Where an instance's embeddings come from (see the LLM settings), and the model's floor. */
export interface EmbeddingsEndpoint {
  url: string;
  model: string;
  apiKey: string;
  timeoutMs: number;
  /** The similarity at or below which a question is unrelated, for this model. */
  floor: number;
}

/** An OpenAI-compatible embeddings endpoint (OpenAI, Ollama, llama.cpp's server, vLLM, …). */
export function endpointEmbedder(endpoint: Omit<EmbeddingsEndpoint, 'floor'>): Embedder {
  return new OpenAIEmbeddings({
    model: endpoint.model,
    apiKey: endpoint.apiKey,
    configuration: { baseURL: endpoint.url },
    timeout: endpoint.timeoutMs,
    maxRetries: 0,
    // Floats, the API's own default: the client would otherwise ask for base64 and read whatever
    // comes back as base64, and local servers (Ollama, llama.cpp) may answer floats regardless.
    encodingFormat: 'float',
  });
}

/** What makes embeddings: an OpenAI-compatible endpoint's model (or a local one behind the same API). */
export interface Embedder {
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

/** A question the embeddings found close to what was asked, with the cosine similarity. */
export interface SemanticCandidate {
  questionId: string;
  similarity: number;
}

interface Item {
  questionId: string;
  vector: Float32Array;
  norm: number;
}

/** Texts embedded per request: endpoints cap a request's inputs (OpenAI: 2,048). */
const BATCH = 256;

/**
 * The knowledge base by meaning: one vector per question and per alternate, compared with the
 * question asked by cosine similarity. Built once per knowledge base version and model and kept in
 * the store (see `serialize`), so every node and every restart reuses it.
 */
export class SemanticIndex {
  private constructor(private readonly items: readonly Item[]) {}

  static async build(
    texts: ReadonlyArray<{ questionId: string; text: string }>,
    embedder: Embedder,
  ): Promise<SemanticIndex> {
    const items: Item[] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      const batch = texts.slice(i, i + BATCH);
      const vectors = await embedder.embedDocuments(batch.map((t) => t.text));
      if (vectors.length !== batch.length) throw new Error('the embeddings endpoint answered for fewer texts');
      for (const [j, t] of batch.entries()) items.push(item(t.questionId, Float32Array.from(vectors[j]!)));
    }
    return new SemanticIndex(items);
  }

  /** Compact JSON for the store: each vector as base64 of its float32s. */
  serialize(): string {
    return JSON.stringify(
      this.items.map((i) => ({
        q: i.questionId,
        v: Buffer.from(i.vector.buffer, i.vector.byteOffset, i.vector.byteLength).toString('base64'),
      })),
    );
  }

  static parse(json: string): SemanticIndex {
    const rows = JSON.parse(json) as Array<{ q: string; v: string }>;
    return new SemanticIndex(
      rows.map((row) => {
        const bytes = Buffer.from(row.v, 'base64');
        const copy = new Uint8Array(bytes).buffer;
        return item(row.q, new Float32Array(copy));
      }),
    );
  }

  /** Questions by similarity to the query's vector, best first; one entry per question. */
  rank(query: readonly number[], limit = 5): SemanticCandidate[] {
    let queryNorm = 0;
    for (const x of query) queryNorm += x * x;
    queryNorm = Math.sqrt(queryNorm);
    if (queryNorm === 0) return [];
    const best = new Map<string, number>();
    for (const { questionId, vector, norm } of this.items) {
      if (norm === 0 || vector.length !== query.length) continue;
      let dot = 0;
      for (let k = 0; k < vector.length; k++) dot += vector[k]! * query[k]!;
      const similarity = dot / (norm * queryNorm);
      if (similarity > (best.get(questionId) ?? Number.NEGATIVE_INFINITY)) best.set(questionId, similarity);
    }
    return [...best.entries()]
      .map(([questionId, similarity]) => ({ questionId, similarity }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, limit);
  }
}

function item(questionId: string, vector: Float32Array): Item {
  let sum = 0;
  for (const x of vector) sum += x * x;
  return { questionId, vector, norm: Math.sqrt(sum) };
}

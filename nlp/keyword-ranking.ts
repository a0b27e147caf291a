import type { QuestionWithAnswer } from '../store/index.js';
import { normalizeQuestion } from './text.js';

const K1 = 1.2;
const B = 0.75;

function terms(text: string): string[] {
  return normalizeQuestion(text)
    .split(' ')
    .filter((t) => t.length > 1);
}

/** Okapi BM25 over each entry's question, alternates and answer: the grounding when there are no embeddings. */
export class KeywordRanking {
  readonly #docs: Array<{ entry: QuestionWithAnswer; counts: Map<string, number>; length: number }>;
  readonly #documentFrequency = new Map<string, number>();
  readonly #averageLength: number;

  constructor(entries: QuestionWithAnswer[]) {
    this.#docs = entries.map((entry) => {
      const words = terms([entry.question, ...entry.alternates, entry.answer].join(' '));
      const counts = new Map<string, number>();
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const word of counts.keys()) this.#documentFrequency.set(word, (this.#documentFrequency.get(word) ?? 0) + 1);
      return { entry, counts, length: words.length };
    });
    this.#averageLength = this.#docs.reduce((n, d) => n + d.length, 0) / Math.max(1, this.#docs.length);
  }

  top(query: string, k: number): QuestionWithAnswer[] {
    const queryTerms = [...new Set(terms(query))];
    const n = this.#docs.length;
    return this.#docs
      .map((doc) => {
        let score = 0;
        for (const term of queryTerms) {
          const tf = doc.counts.get(term) ?? 0;
          if (tf === 0) continue;
          const df = this.#documentFrequency.get(term) ?? 0;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          score += idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / this.#averageLength)));
        }
        return { entry: doc.entry, score };
      })
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, k)
      .map((r) => r.entry);
  }
}

import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { LangEs } from '@nlpjs/lang-es';
import { LangPt } from '@nlpjs/lang-pt';
import { Nlp } from '@nlpjs/nlp';
import type { QuestionWithAnswer } from '../store/index.js';
import { normalizeQuestion } from './text.js';

const LANGUAGE_PLUGINS: Record<string, unknown> = { en: LangEn, pt: LangPt, es: LangEs };

export interface KnowledgeMatch {
  questionId: string;
  answerId: string;
  answer: string;
  format: string;
  score: number;
  via: 'exact' | 'nlp';
}

/**
 * One instance's knowledge base, ready to answer: an exact-match table over normalized questions
 * and alternates, and an NLP.js classifier trained on them.
 */
export class KnowledgeIndex {
  private constructor(
    private readonly language: string,
    private readonly exact: ReadonlyMap<string, QuestionWithAnswer>,
    private readonly byId: ReadonlyMap<string, QuestionWithAnswer>,
    private readonly nlp: Nlp | undefined,
  ) {}

  static async train(entries: QuestionWithAnswer[], language: string): Promise<KnowledgeIndex> {
    const lang = supported(language);
    if (entries.length === 0) return KnowledgeIndex.#build(lang, entries, undefined);
    const nlp = newNlp(lang);
    for (const entry of entries) {
      for (const text of [entry.question, ...entry.alternates]) nlp.addDocument(lang, text, entry.questionId);
    }
    await nlp.train();
    return KnowledgeIndex.#build(lang, entries, nlp);
  }

  /** An index from a model trained before (see `model()`), without training again. */
  static fromModel(entries: QuestionWithAnswer[], language: string, model: string): KnowledgeIndex {
    const lang = supported(language);
    if (entries.length === 0) return KnowledgeIndex.#build(lang, entries, undefined);
    const nlp = newNlp(lang);
    nlp.import(model);
    return KnowledgeIndex.#build(lang, entries, nlp);
  }

  static #build(language: string, entries: QuestionWithAnswer[], nlp: Nlp | undefined): KnowledgeIndex {
    const exact = new Map<string, QuestionWithAnswer>();
    const byId = new Map<string, QuestionWithAnswer>();
    for (const entry of entries) {
      byId.set(entry.questionId, entry);
      for (const text of [entry.question, ...entry.alternates]) {
        const key = normalizeQuestion(text);
        if (key !== '' && !exact.has(key)) exact.set(key, entry);
      }
    }
    return new KnowledgeIndex(language, exact, byId, nlp);
  }

  /** The trained classifier, to store and load again with `fromModel`; undefined for an empty base. */
  model(): string | undefined {
    return this.nlp?.export(true);
  }

  get size(): number {
    return this.byId.size;
  }

  /** The best answer for `text`, with its score (1 for an exact match), or undefined. */
  async match(text: string): Promise<KnowledgeMatch | undefined> {
    const exact = this.exact.get(normalizeQuestion(text));
    if (exact) return toMatch(exact, 1, 'exact');
    if (!this.nlp) return undefined;
    const result = await this.nlp.process(this.language, text);
    // NLP.js says "None" below its own cut-off, which a large knowledge base of similar questions
    // rarely clears; its best guess and score still stand, and the instance's NLP Score decides.
    const best = result.intent === 'None' ? result.classifications?.find((c) => c.intent !== 'None') : result;
    const entry = best ? this.byId.get(best.intent) : undefined;
    if (!entry || !best || !(best.score > 0)) return undefined;
    return toMatch(entry, best.score, 'nlp');
  }
}

function supported(language: string): string {
  return LANGUAGE_PLUGINS[language] ? language : 'en';
}

function newNlp(language: string): Nlp {
  const container = containerBootstrap();
  container.use(LANGUAGE_PLUGINS[language]);
  return new Nlp({
    container,
    languages: [language],
    autoSave: false,
    autoLoad: false,
    forceNER: false,
    calculateSentiment: false,
    nlu: { log: false },
  });
}

function toMatch(entry: QuestionWithAnswer, score: number, via: KnowledgeMatch['via']): KnowledgeMatch {
  return {
    questionId: entry.questionId,
    answerId: entry.answerId,
    answer: entry.answer,
    format: entry.format,
    score,
    via,
  };
}

import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { LangEs } from '@nlpjs/lang-es';
import { LangPt } from '@nlpjs/lang-pt';
import { Nlp } from '@nlpjs/nlp';
import type { QuestionWithAnswer } from '../store/index.js';
import { normalizeQuestion } from './text.js';

const LANGUAGE_PLUGINS: Record<string, unknown> = { en: LangEn, pt: LangPt, es: LangEs };

export const SUPPORTED_LANGUAGES = Object.keys(LANGUAGE_PLUGINS);

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
    const lang = LANGUAGE_PLUGINS[language] ? language : 'en';
    const exact = new Map<string, QuestionWithAnswer>();
    const byId = new Map<string, QuestionWithAnswer>();
    for (const entry of entries) {
      byId.set(entry.questionId, entry);
      for (const text of [entry.question, ...entry.alternates]) {
        const key = normalizeQuestion(text);
        if (key !== '' && !exact.has(key)) exact.set(key, entry);
      }
    }
    if (entries.length === 0) return new KnowledgeIndex(lang, exact, byId, undefined);
    const container = containerBootstrap();
    container.use(LANGUAGE_PLUGINS[lang]);
    const nlp = new Nlp({ container, languages: [lang], autoSave: false, autoLoad: false, forceNER: false, calculateSentiment: false, nlu: { log: false } });
    for (const entry of entries) {
      for (const text of [entry.question, ...entry.alternates]) nlp.addDocument(lang, text, entry.questionId);
    }
    await nlp.train();
    return new KnowledgeIndex(lang, exact, byId, nlp);
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
    const entry = this.byId.get(result.intent);
    if (!entry || !(result.score > 0)) return undefined;
    return toMatch(entry, result.score, 'nlp');
  }
}

function toMatch(entry: QuestionWithAnswer, score: number, via: KnowledgeMatch['via']): KnowledgeMatch {
  return { questionId: entry.questionId, answerId: entry.answerId, answer: entry.answer, format: entry.format, score, via };
}

import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { LangEs } from '@nlpjs/lang-es';
import { LangPt } from '@nlpjs/lang-pt';
import { Nlp } from '@nlpjs/nlp';
import type { QuestionWithAnswer } from '../store/index.js';
import { createAnalyzer, WHETHER_FORMS, type Analyzer } from './analyzer.js';
import type { SemanticCandidate } from './semantic.js';
import { type Candidate, LexicalMatcher, type MatchableQuestion } from './matcher.js';
import { Speller } from './speller.js';
import { normalizeQuestion, withoutAddresses, words } from './text.js';

const LANGUAGE_PLUGINS: Record<string, unknown> = { en: LangEn, pt: LangPt, es: LangEs };

export interface KnowledgeMatch {
  questionId: string;
  question: string;
  answerId: string;
  answer: string;
  format: string;
  /** How sure the match is, 0 to 1: compared with the instance's NLP Score. */
  score: number;
  via: 'exact' | 'nlp' | 'embeddings';
  /** Other questions nearly as likely (a different answer), best first: for "did you mean". */
  alternatives: Array<{ questionId: string; question: string; score: number }>;
}

/**
 * A message longer than this (a channel allows 64 KiB) is read by its start and its end, where a
 * question goes: reading all of it would hold the event loop for each message of a flood.
 */
const READ_AT_MOST = 4096;

/**
 * What is read of a message: `text`, or its first and last halves of `READ_AT_MOST` when it is
 * longer, without the links and e-mail addresses it quotes (see withoutAddresses).
 */
function readable(text: string): string {
  const half = READ_AT_MOST / 2;
  return withoutAddresses(text.length <= READ_AT_MOST ? text : `${text.slice(0, half)} ${text.slice(-half)}`);
}

/** How far the classifier's training goes (see newNlp). */
const TRAINING_ERROR = 0.0005;
/** The classifier agreeing with the lexical ranking adds this much of its own score. */
const CLASSIFIER_WEIGHT = 0.15;
/**
 * A second answer that covers what was asked as well as the first (within this much) and is
 * nearly as likely makes the match ambiguous: the user is asked which one they meant.
 */
const AMBIGUOUS_WITHIN = 0.05;
const AMBIGUOUS_SHARE = 0.75;
/** The embeddings agreeing with the lexical ranking add this much. */
const SEMANTIC_AGREEMENT = 0.1;
/** A semantic best this close to the next question (another answer) is not sure of itself. */
const SEMANTIC_MARGIN = 0.03;
/**
 * A message asking which thing to choose ("what's the best phone"), matched to a question that
 * asks no such thing, keeps this share of its score: a recommendation is not in that answer.
 */
const CHOOSING = 0.5;
/**
 * A message asking how to do a thing oneself ("how do I whiten my teeth at home"), matched to a
 * question that asks no "how" ("Do you do teeth whitening?"), keeps this share of its score.
 */
const YOURSELF = 0.3;
/**
 * A message asking what a thing in general is ("what is a nut allergy", the 'general' form),
 * matched to a question that defines nothing ("Do you cater for allergies?"), keeps this share;
 * so does one asking what a thing is ("qué es el gluten", 'define') matched to a question that asks
 * only whether ("¿Tenéis pan sin gluten?").
 */
const GENERAL = 0.3;
/** A message asking a way ("how do I…") matched to a question asking a measure (how long, how far) keeps this share. */
const MEASURE = 0.6;

/**
 * What the embeddings say, when the instance has them: the closest questions by meaning, and the
 * similarity below which a question is unrelated (it depends on the model: see docs/configuration.md).
 */
export interface SemanticSignal {
  candidates: SemanticCandidate[];
  floor: number;
}

/**
 * One instance's knowledge base, ready to answer: an exact-match table over normalized questions
 * and alternates, a lexical matcher that ranks by content words (see matcher.ts), and an NLP.js
 * classifier trained on them, which counts as one signal among the others.
 */
export class KnowledgeIndex {
  /** The kind of question each stored question asks (see Analyzer.form), found once. */
  readonly #forms = new Map<string, string | undefined>();
  /** The answers one of whose questions or alternates asks which thing to choose (see Analyzer.choosing). */
  readonly #recommending = new Set<string>();
  /** The answers one of whose questions or alternates asks more than whether (see Analyzer.asksOnlyWhether). */
  readonly #askingMore = new Set<string>();

  private constructor(
    private readonly language: string,
    private readonly exact: ReadonlyMap<string, QuestionWithAnswer>,
    private readonly byId: ReadonlyMap<string, QuestionWithAnswer>,
    /** Each question's first one with the same answer, which stands for them all. */
    private readonly firstOf: ReadonlyMap<string, QuestionWithAnswer>,
    private readonly nlp: Nlp | undefined,
    private readonly matcher: LexicalMatcher,
    private readonly analyzer: Analyzer,
    private readonly speller: Speller,
  ) {
    for (const entry of byId.values()) {
      this.#forms.set(entry.questionId, analyzer.form(entry.question));
      const texts = [entry.question, ...entry.alternates];
      if (texts.some((text) => !analyzer.asksOnlyWhether(text))) this.#askingMore.add(entry.answer);
      if (texts.some((text) => analyzer.choosing(text))) this.#recommending.add(entry.answer);
    }
  }

  static async train(
    entries: QuestionWithAnswer[],
    language: string,
    synonyms: string[][] = [],
  ): Promise<KnowledgeIndex> {
    const lang = supported(language);
    if (entries.length === 0) return KnowledgeIndex.#build(lang, entries, undefined, synonyms);
    const nlp = newNlp(lang);
    const groups = sameAnswers(entries);
    for (const entry of entries) {
      const intent = groups.get(entry.questionId)!.questionId;
      for (const text of [entry.question, ...entry.alternates]) nlp.addDocument(lang, text, intent);
    }
    await nlp.train();
    return KnowledgeIndex.#build(lang, entries, nlp, synonyms, groups);
  }

  /** An index from a model trained before (see `model()`), without training again. */
  static fromModel(
    entries: QuestionWithAnswer[],
    language: string,
    model: string,
    synonyms: string[][] = [],
  ): KnowledgeIndex {
    const lang = supported(language);
    if (entries.length === 0) return KnowledgeIndex.#build(lang, entries, undefined, synonyms);
    const nlp = newNlp(lang);
    nlp.import(model);
    return KnowledgeIndex.#build(lang, entries, nlp, synonyms);
  }

  static #build(
    language: string,
    entries: QuestionWithAnswer[],
    nlp: Nlp | undefined,
    synonyms: string[][],
    groups = sameAnswers(entries),
  ): KnowledgeIndex {
    const exact = new Map<string, QuestionWithAnswer>();
    const byId = new Map<string, QuestionWithAnswer>();
    for (const entry of entries) {
      byId.set(entry.questionId, entry);
      for (const text of [entry.question, ...entry.alternates]) {
        const key = normalizeQuestion(text);
        if (key !== '' && !exact.has(key)) exact.set(key, entry);
      }
    }
    const analyzer = createAnalyzer(
      language,
      synonyms,
      entries.flatMap((e) => [e.question, ...e.alternates]),
      entries.map((e) => e.answer),
    );
    // Rows that give the same answer are one question asked several ways.
    const asked = new Map<string, MatchableQuestion>();
    for (const entry of entries) {
      const first = groups.get(entry.questionId)!;
      const question = asked.get(first.questionId) ?? { questionId: first.questionId, texts: [], answer: first.answer };
      for (const text of [entry.question, ...entry.alternates]) question.texts.push({ text, rowId: entry.questionId });
      asked.set(first.questionId, question);
    }
    const matcher = LexicalMatcher.build([...asked.values()], analyzer);
    const speller = new Speller(
      language,
      entries.flatMap((e) => [e.question, ...e.alternates]),
      entries.map((e) => e.answer),
      analyzer.lexicon,
      // A word of the language one edit from a typo is meant when it says what a question says, as
      // the matcher reads it ("perrita" where a question says "perro" is no typo of "permita").
      (word) => {
        const terms = analyzer.terms(word);
        return terms.length > 0 && terms.every((term) => matcher.asks(term) && !analyzer.isLight(term));
      },
      (word) => analyzer.base(word),
    );
    return new KnowledgeIndex(language, exact, byId, groups, nlp, matcher, analyzer, speller);
  }

  /** The trained classifier, to store and load again with `fromModel`; undefined for an empty base. */
  model(): string | undefined {
    return this.nlp?.export(true);
  }

  get size(): number {
    return this.byId.size;
  }

  /**
   * The best answer for `text`, with its confidence (1 for an exact match), or undefined when
   * nothing in the knowledge base shares a content word with it.
   */
  async match(message: string, semantic?: SemanticSignal): Promise<KnowledgeMatch | undefined> {
    const said = readable(message);
    const found = await this.#match(said, semantic);
    if (!found || found.via === 'exact') return found;
    // A recommendation asked ("what's the best phone") is not in an answer that gives none.
    const choosing = this.analyzer.choosing(said) && !this.#recommending.has(found.answer);
    const asked = this.analyzer.form(said);
    const stored = this.#forms.get(found.questionId);
    // "How do I whiten my teeth at home" is not answered by "Do you do teeth whitening?", nor "how
    // do I fix a cracked windscreen" by "My screen is broken, can you repair it?": a way asked for,
    // a question that asks only whether.
    const yourself =
      asked === 'how' && (this.analyzer.yourself(said) ? stored !== 'how' : !this.#askingMore.has(found.answer));
    // "What is a nut allergy" asks what one is, which "Do you cater for allergies?" does not say;
    // nor does "¿Tenéis pan sin gluten?" say what gluten is ("qué es el gluten").
    const general =
      (asked === 'general' && stored !== 'define' && stored !== 'general' && stored !== 'works') ||
      (asked === 'define' && WHETHER_FORMS.has(stored));
    // "How do I know the ashes are mine" asks no measure ("How long until I get the ashes back?").
    const measure = asked === 'how' && stored === 'measure';
    const share =
      (choosing ? CHOOSING : 1) * (yourself ? YOURSELF : 1) * (general ? GENERAL : 1) * (measure ? MEASURE : 1);
    return share < 1 ? { ...found, score: found.score * share } : found;
  }

  /** The best answer for a message already cut to what is read of it (see `readable`). */
  async #match(said: string, semantic?: SemanticSignal): Promise<KnowledgeMatch | undefined> {
    const exact = this.exact.get(normalizeQuestion(said));
    if (exact) return toMatch(exact, 1, 'exact', []);
    // Typos put right first; the embeddings had the message as it was written.
    const text = this.speller.correct(said);
    const lexical = await this.#lexical(text);
    if (!semantic) return lexical;
    // Meaning beyond shared words: a similarity over the model's floor, scaled to 0..1, less sure
    // when the next question (another answer) is about as close.
    const [first, ...rest] = semantic.candidates;
    if (!first) return lexical;
    const entry = this.firstOf.get(first.questionId);
    if (!entry) return lexical;
    const next = rest.find((c) => this.firstOf.get(c.questionId)?.answerId !== entry.answerId);
    const scaled = Math.max(0, (first.similarity - semantic.floor) / (1 - semantic.floor));
    // The words may say it is the same question about something else ("my facebook password").
    const caution = this.matcher.caution(text, entry.questionId);
    const confidence = (next && first.similarity - next.similarity < SEMANTIC_MARGIN ? scaled * 0.8 : scaled) * caution;
    // The words found a row of the same answer: they agree.
    if (lexical && this.firstOf.get(lexical.questionId) === entry)
      return { ...lexical, score: Math.min(1, Math.max(lexical.score, confidence) + SEMANTIC_AGREEMENT * confidence) };
    if (lexical && lexical.score >= confidence) return lexical;
    return toMatch(this.byId.get(first.questionId) ?? entry, confidence, 'embeddings', []);
  }

  async #lexical(text: string): Promise<KnowledgeMatch | undefined> {
    // A question word alone ("what?", "why") asks nothing yet.
    const said = words(text);
    if (said.length === 1 && this.analyzer.isQuestionWord(said[0]!)) return undefined;
    const candidates = this.matcher.rank(text, 5, this.#asWritten(said));
    const top = candidates[0];
    if (!top) return undefined;
    // The classifier agreeing adds to the confidence, as much as the question is covered: NLP.js
    // spreads its score over the questions sharing any word, so alone it is sure of anything.
    // What the words say against the match (another company named, the thing asked about
    // swapped) holds for the classifier's share too: it never undoes it ("open a paypal account").
    // A match that covers everything both ways is sure already: the classifier cannot add to it.
    const agreed = top.confidence >= 1 ? 0 : await this.#classifierScore(text, top);
    const score = Math.min(1, top.confidence + CLASSIFIER_WEIGHT * agreed * top.coverage * top.kept);
    // Of rows giving one answer, the one whose question or alternate matched names the match.
    const entry = this.#row(top);
    // "Did you mean" offers questions as likely as the best one: not one of another kind ("what
    // happens if…") when the best one asks what was asked ("what is…").
    const asked = this.analyzer.form(text);
    const sameKind = asked !== undefined && this.#forms.get(entry.questionId) === asked;
    const alternatives = candidates
      .slice(1)
      .map((c) => ({ candidate: c, entry: this.#row(c) }))
      .filter(
        ({ candidate, entry: other }) =>
          other.answerId !== entry.answerId &&
          !(sameKind && this.#forms.get(other.questionId) !== asked) &&
          candidate.coverage >= top.coverage - AMBIGUOUS_WITHIN &&
          candidate.confidence >= top.confidence * AMBIGUOUS_SHARE,
      )
      .map(({ candidate, entry: other }) => ({
        questionId: other.questionId,
        question: other.question,
        score: candidate.confidence,
      }));
    return toMatch(entry, score, 'nlp', alternatives);
  }

  /** The row whose question or alternate a candidate matched best. */
  #row(candidate: Candidate): QuestionWithAnswer {
    return this.byId.get(candidate.rowId)!;
  }

  /** The terms of a message's words that are words of the language or of the knowledge base as written: no typos. */
  #asWritten(said: readonly string[]): Set<string> {
    return new Set(said.filter((word) => this.speller.isWord(word)).flatMap((word) => this.analyzer.terms(word)));
  }

  /** The questions closest to `text` by meaning, for an LLM to choose from, best first. */
  candidates(text: string, limit: number): QuestionWithAnswer[] {
    const corrected = this.speller.correct(readable(text));
    return this.matcher.rank(corrected, limit, this.#asWritten(words(corrected))).map((c) => this.#row(c));
  }

  /** The classifier's score when it picks the same question as the lexical ranking, else 0. */
  async #classifierScore(text: string, top: Candidate): Promise<number> {
    if (!this.nlp) return 0;
    const result = await this.nlp.process(this.language, text);
    const best = result.intent === 'None' ? result.classifications?.find((c) => c.intent !== 'None') : result;
    // A model trained before rows were grouped by answer names any row of the group.
    const intent = best?.intent === undefined ? undefined : this.firstOf.get(best.intent)?.questionId;
    return intent === top.questionId && best!.score > 0 ? best!.score : 0;
  }
}

/**
 * Each question's first one with the same answer (the same text in the same format), by question
 * id: a knowledge base may write one answer on several rows, one a way of asking (`gb export`
 * writes alternates so).
 */
function sameAnswers(entries: readonly QuestionWithAnswer[]): Map<string, QuestionWithAnswer> {
  const byAnswer = new Map<string, QuestionWithAnswer>();
  const firstOf = new Map<string, QuestionWithAnswer>();
  for (const entry of entries) {
    const key = `${entry.format}\n${entry.answer.trim().replace(/\s+/g, ' ')}`;
    const first = byAnswer.get(key) ?? entry;
    byAnswer.set(key, first);
    firstOf.set(entry.questionId, first);
  }
  return firstOf;
}

function supported(language: string): string {
  return Object.hasOwn(LANGUAGE_PLUGINS, language) ? language : 'en';
}

function newNlp(language: string): Nlp {
  const container = containerBootstrap();
  container.use(LANGUAGE_PLUGINS[language]);
  // The classifier's network trains until its error is this low (NLP.js's default, 0.00005, took
  // twice as long for a 1,000-question base; the eval's answers were the same but for two).
  container.registerConfiguration(`domain-manager-${language}`, {
    nluByDomain: { default: { className: 'NeuralNlu', settings: { errorThresh: TRAINING_ERROR } } },
  });
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

function toMatch(
  entry: QuestionWithAnswer,
  score: number,
  via: KnowledgeMatch['via'],
  alternatives: KnowledgeMatch['alternatives'],
): KnowledgeMatch {
  return {
    alternatives,
    question: entry.question,
    questionId: entry.questionId,
    answerId: entry.answerId,
    answer: entry.answer,
    format: entry.format,
    score,
    via,
  };
}

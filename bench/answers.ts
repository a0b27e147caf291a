/**
 * Answer quality: for each knowledge base of bench/answers/, the share of in-scope phrasings that
 * get the right answer and of off-topic questions that get any answer, at the default NLP Score,
 * on the tuning split and on the held-out split (which no threshold was chosen on), with the misses.
 *
 *   npm run eval:answers -- [--threshold 0.5] [--split tune|held-out|all] [--misses]
 *   npm run eval:answers -- --embeddings fake|<OpenAI-compatible base URL> [--embeddings-model m]
 *                           [--embeddings-key k] [--floor 0.5]
 *
 * With --embeddings, each knowledge base is also matched by meaning (see nlp/semantic.ts): `fake`
 * is the test suite's fake model (hashed bags of words: it exercises the code, it knows no
 * meaning); a URL is a real endpoint, such as Ollama's http://127.0.0.1:11434/v1.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  KnowledgeIndex,
  SemanticIndex,
  endpointEmbedder,
  parseKnowledgeCsv,
  parseSynonymsCsv,
  type Embedder,
} from '../nlp/index.js';
import { FakeOpenAiApi } from '../test-fixtures/fakes/openai-api.js';
import { catalogSet } from './answers-catalog.js';
import { misspelt, random, seedOf } from './typos.js';
import type { QuestionWithAnswer } from '../store/index.js';

type KnowledgeMatch = NonNullable<Awaited<ReturnType<KnowledgeIndex['match']>>>;

const { values } = parseArgs({
  options: {
    threshold: { type: 'string' },
    split: { type: 'string', default: 'all' },
    misses: { type: 'boolean', default: false },
    sweep: { type: 'boolean', default: false },
    embeddings: { type: 'string' },
    'embeddings-model': { type: 'string', default: 'nomic-embed-text' },
    'embeddings-key': { type: 'string', default: 'none' },
    floor: { type: 'string', default: '0.5' },
  },
});

/** The meaning signal of one knowledge base, when --embeddings is given. */
interface Meaning {
  index: SemanticIndex;
  embedder: Embedder;
  floor: number;
}

/** The default NLP Score of config/bot-settings.ts. */
const DEFAULT_THRESHOLD = 0.4;
const root = fileURLToPath(new URL('..', import.meta.url));

interface DataSet {
  name: string;
  language: string;
  /** A bot package whose .gbkb holds the questions (else `questions`). */
  package?: string;
  questions?: Array<{ q: string; a: string; alt?: string[] }>;
  /** [phrasing, question index or text, kind, split] */
  asked: Array<[string, number | string, string, string]>;
  offTopic: Array<[string, string]>;
  /** Made by a program (the catalogue), not written by hand. */
  generated?: boolean;
}

function entriesOf(set: DataSet): QuestionWithAnswer[] {
  if (set.package) {
    const folder = join(root, set.package);
    const kb = readdirSync(folder).find((f) => f.endsWith('.gbkb'))!;
    const csv = readdirSync(join(folder, kb)).find((f) => f.endsWith('.csv'))!;
    const rows = parseKnowledgeCsv(readFileSync(join(folder, kb, csv), 'utf8'), csv);
    return rows.map((row, i) => ({
      questionId: `q${i}`,
      answerId: `a${i}`,
      question: row.question,
      alternates: [],
      answer: row.answer,
      format: row.format,
      subjects: row.subjects,
    }));
  }
  return (set.questions ?? []).map((row, i) => ({
    questionId: `q${i}`,
    answerId: `a${i}`,
    question: row.q,
    alternates: row.alt ?? [],
    answer: row.a,
    format: 'text',
    subjects: [],
  }));
}

/** A bot package's own synonyms (its .gbkb/synonyms.csv), as a deploy reads them. */
function synonymsOf(set: DataSet): string[][] {
  if (!set.package) return [];
  const folder = join(root, set.package);
  const kb = readdirSync(folder).find((f) => f.endsWith('.gbkb'))!;
  const file = join(folder, kb, 'synonyms.csv');
  return existsSync(file) ? parseSynonymsCsv(readFileSync(file, 'utf8'), 'synonyms.csv') : [];
}

interface Outcome {
  inScope: number;
  right: number;
  /** Asked "did you mean" with the right question among the choices (counted in `right`). */
  clarified: number;
  offTopic: number;
  falseAnswers: number;
  misses: string[];
  latencies: number[];
  /** The same phrasings with one typo each (see typos.ts): right answers, and off-topic answered. */
  typos: { inScope: number; right: number; offTopic: number; falseAnswers: number };
}

async function evaluate(
  set: DataSet,
  index: KnowledgeIndex,
  entries: QuestionWithAnswer[],
  threshold: number,
  split: string,
  meaning?: Meaning,
): Promise<Outcome> {
  const signal = async (text: string) =>
    meaning && { candidates: meaning.index.rank(await meaning.embedder.embedQuery(text)), floor: meaning.floor };
  const outcome: Outcome = {
    inScope: 0,
    right: 0,
    clarified: 0,
    offTopic: 0,
    falseAnswers: 0,
    misses: [],
    latencies: [],
    typos: { inScope: 0, right: 0, offTopic: 0, falseAnswers: 0 },
  };
  const answers = async (text: string) => {
    const match = await index.match(text, await signal(text));
    return match && match.score >= threshold ? match : undefined;
  };
  const inSplit = (s: string) => split === 'all' || s === split;
  for (const [text, expected, kind, s] of set.asked) {
    if (!inSplit(s)) continue;
    outcome.inScope++;
    const want = typeof expected === 'number' ? entries[expected]! : entries.find((e) => e.question === expected)!;
    const started = performance.now();
    const match = await index.match(text, await signal(text));
    outcome.latencies.push(performance.now() - started);
    const answered = match && match.score >= threshold ? match : undefined;
    const right = rightness(answered, entries, want);
    if (right) {
      outcome.right++;
      if (right === 'clarified') outcome.clarified++;
    } else {
      const got = answered ? `"${entries.find((e) => e.questionId === answered.questionId)?.question}"` : 'nothing';
      outcome.misses.push(
        `  miss (${kind}) "${text}" → ${got} (score ${match?.score.toFixed(2) ?? '-'}; wanted "${want.question}")`,
      );
    }
    const typed = misspelt(text, random(seedOf(text)));
    if (typed === text) continue;
    outcome.typos.inScope++;
    if (rightness(await answers(typed), entries, want)) outcome.typos.right++;
    else outcome.misses.push(`  miss (with a typo) "${typed}" (wanted "${want.question}")`);
  }
  for (const [text, s] of set.offTopic) {
    if (!inSplit(s)) continue;
    outcome.offTopic++;
    const match = await index.match(text, await signal(text));
    if (match && match.score >= threshold) {
      outcome.falseAnswers++;
      const got = entries.find((e) => e.questionId === match.questionId)?.question;
      outcome.misses.push(`  off-topic answered "${text}" → "${got}" (score ${match.score.toFixed(2)})`);
    }
    const typed = misspelt(text, random(seedOf(text)));
    if (typed === text) continue;
    outcome.typos.offTopic++;
    if (await answers(typed)) {
      outcome.typos.falseAnswers++;
      outcome.misses.push(`  off-topic answered (with a typo) "${typed}"`);
    }
  }
  return outcome;
}

/**
 * Whether what was given is right: the wanted answer given (by any question that has it), or
 * offered among the choices of a "did you mean" ("clarified"); undefined for anything else or nothing.
 */
function rightness(
  answered: KnowledgeMatch | undefined,
  entries: readonly QuestionWithAnswer[],
  wanted: QuestionWithAnswer,
): 'answered' | 'clarified' | undefined {
  if (!answered) return undefined;
  const gives = (questionId: string) => entries.find((e) => e.questionId === questionId)?.answer === wanted.answer;
  if (answered.alternatives.length === 0) return gives(answered.questionId) ? 'answered' : undefined;
  const offered = [answered.questionId, ...answered.alternatives.map((a) => a.questionId)];
  return offered.some(gives) ? 'clarified' : undefined;
}

const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(0)}%`);

const folder = join(root, 'bench', 'answers');
const sets = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as DataSet)
  .concat({ ...catalogSet(), generated: true });
const threshold = values.threshold === undefined ? DEFAULT_THRESHOLD : Number(values.threshold);
const splits = values.split === 'all' ? ['tune', 'held-out'] : [values.split];
const rows: Array<Record<string, string | number>> = [];
const misses: string[] = [];
/** Right answers and off-topic questions answered, summed over knowledge bases. */
interface Tally {
  right: number;
  inScope: number;
  falseAnswers: number;
  offTopic: number;
  /** The same phrasings with one typo each (see typos.ts). */
  typos?: Tally | undefined;
}
const sweep = new Map<number, Tally>();
/** Every knowledge base of a language and split taken together (the catalogue apart: it is generated). */
const byLanguage = new Map<string, Tally>();
/** Adds an outcome to the tally kept under `key`. */
function tally<K>(tallies: Map<K, Tally>, key: K, o: Tally): void {
  tallies.set(key, added(tallies.get(key), o));
}
function added(sum: Tally | undefined, o: Tally): Tally {
  const s: Tally = sum ?? { right: 0, inScope: 0, falseAnswers: 0, offTopic: 0 };
  return {
    right: s.right + o.right,
    inScope: s.inScope + o.inScope,
    falseAnswers: s.falseAnswers + o.falseAnswers,
    offTopic: s.offTopic + o.offTopic,
    typos: o.typos && added(s.typos, o.typos),
  };
}
const fake =
  values.embeddings === 'fake' ? await new FakeOpenAiApi({ apiKey: 'none', embeddings: true }).start() : undefined;
const embedder =
  values.embeddings === undefined
    ? undefined
    : endpointEmbedder({
        url: fake ? fake.baseUrl : values.embeddings,
        model: values['embeddings-model'],
        apiKey: values['embeddings-key'],
        timeoutMs: 60_000,
      });
for (const set of sets) {
  const entries = entriesOf(set);
  const started = performance.now();
  const index = await KnowledgeIndex.train(entries, set.language, synonymsOf(set));
  const trainMs = performance.now() - started;
  const meaning = embedder && {
    index: await SemanticIndex.build(
      entries.flatMap((e) => [e.question, ...e.alternates].map((text) => ({ questionId: e.questionId, text }))),
      embedder,
    ),
    embedder,
    floor: Number(values.floor),
  };
  for (const split of splits) {
    const outcome = await evaluate(set, index, entries, threshold, split, meaning);
    if (outcome.inScope === 0 && outcome.offTopic === 0) continue;
    const sorted = outcome.latencies.sort((a, b) => a - b);
    rows.push({
      'knowledge base': set.name,
      split,
      questions: entries.length,
      'right answer': `${pct(outcome.right, outcome.inScope)} of ${outcome.inScope}`,
      'of them "did you mean"': outcome.clarified,
      'off-topic answered': `${pct(outcome.falseAnswers, outcome.offTopic)} of ${outcome.offTopic}`,
      'with a typo': `${pct(outcome.typos.right, outcome.typos.inScope)} / ${pct(outcome.typos.falseAnswers, outcome.typos.offTopic)}`,
      'match p99': `${(sorted[Math.floor(sorted.length * 0.99)] ?? 0).toFixed(2)} ms`,
      training: `${trainMs.toFixed(0)} ms`,
    });
    if (values.misses) misses.push(`${set.name}, ${split}:`, ...outcome.misses);
    if (!set.generated) tally(byLanguage, `${set.language} ${split}`, outcome);
  }
  if (values.sweep) {
    for (let t = 0.3; t <= 0.801; t += 0.05) {
      const key = Math.round(t * 100) / 100;
      tally(sweep, key, await evaluate(set, index, entries, key, 'tune'));
    }
  }
}
await fake?.close();
const mode = values.embeddings
  ? `embeddings from ${values.embeddings === 'fake' ? 'the fake model (hashed words, no meaning)' : values.embeddings} (floor ${values.floor})`
  : 'no embeddings';
console.log(`answer quality at NLP Score ${threshold}, no LLM, ${mode}; ${new Date().toISOString()}`);
console.table(rows);
console.log('by language, the hand-written knowledge bases together:');
console.table(
  [...byLanguage].sort().map(([key, o]) => ({
    'language, split': key,
    'right answer': `${pct(o.right, o.inScope)} (${o.right} of ${o.inScope})`,
    'off-topic answered': `${pct(o.falseAnswers, o.offTopic)} (${o.falseAnswers} of ${o.offTopic})`,
    'with a typo': o.typos
      ? `${pct(o.typos.right, o.typos.inScope)} (${o.typos.right} of ${o.typos.inScope}) / ${pct(o.typos.falseAnswers, o.typos.offTopic)}`
      : '-',
  })),
);
if (values.sweep) {
  console.log('tuning split, all knowledge bases, by threshold:');
  console.table(
    [...sweep].map(([t, o]) => ({
      threshold: t,
      'right answer': pct(o.right, o.inScope),
      'off-topic answered': pct(o.falseAnswers, o.offTopic),
    })),
  );
}
if (values.misses) console.log(misses.join('\n'));

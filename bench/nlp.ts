/**
 * Knowledge-base classification with NLP.js: training time for a 1,000-question knowledge base,
 * loading the saved model, and classification throughput and latency percentiles.
 *
 *   npm run bench:nlp -- [--questions 1000] [--queries 5000] [--language en]
 */
import { parseArgs } from 'node:util';
import { KnowledgeIndex } from '../nlp/index.js';
import type { QuestionWithAnswer } from '../store/index.js';
import { formatMs, percentile, trackPeakMemory } from './stats.js';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '1000' },
    queries: { type: 'string', default: '5000' },
    language: { type: 'string', default: 'en' },
  },
});
const QUESTIONS = Number(values.questions);
const QUERIES = Number(values.queries);
/** Queries answered, and timed apart, before the measured ones. */
const WARM_UP = 500;

const verbs = ['reset', 'change', 'cancel', 'renew', 'update', 'find', 'download', 'share', 'delete', 'transfer'];
const objects = [
  'password',
  'invoice',
  'order',
  'subscription',
  'address',
  'card',
  'account',
  'plan',
  'report',
  'ticket',
  'delivery',
  'refund',
  'contract',
  'profile',
  'voucher',
  'booking',
  'device',
  'license',
  'receipt',
  'warranty',
];
const places = ['on the website', 'in the app', 'by phone', 'at the store', 'from abroad'];

const entries: QuestionWithAnswer[] = [];
for (let i = 0; entries.length < QUESTIONS; i++) {
  const verb = verbs[i % verbs.length]!;
  const object = objects[Math.floor(i / verbs.length) % objects.length]!;
  const place = places[Math.floor(i / (verbs.length * objects.length)) % places.length]!;
  entries.push({
    questionId: `q${i}`,
    question: `How do I ${verb} my ${object} ${place}?`,
    alternates: [],
    answerId: `a${i}`,
    answer: `To ${verb} your ${object} ${place}, follow step ${i}.`,
    format: 'text',
    subjects: [],
  });
}
const queries = Array.from({ length: QUERIES }, (_, i) => {
  const entry = entries[(i * 7919) % entries.length]!;
  const [, verb, object, place] = /How do I (\w+) my (\w+) (.+)\?/.exec(entry.question)!;
  return { text: `i need to ${verb} the ${object} ${place}`, expected: entry.questionId };
});

const peak = trackPeakMemory();
let started = performance.now();
const trained = await KnowledgeIndex.train(entries, values.language);
const trainingMs = performance.now() - started;
const model = trained.model()!;
started = performance.now();
const loaded = KnowledgeIndex.fromModel(entries, values.language, model);
const loadingMs = performance.now() - started;

// The first messages after a start pay for compiling the code (the JIT): timed apart, then the
// steady state.
const cold: number[] = [];
for (const query of queries.slice(0, WARM_UP)) {
  const t = performance.now();
  await loaded.match(query.text);
  cold.push(performance.now() - t);
}
const latencies: number[] = [];
const scores: number[] = [];
let correct = 0;
started = performance.now();
for (const query of queries) {
  const t = performance.now();
  const match = await loaded.match(query.text);
  latencies.push(performance.now() - t);
  if (match?.questionId === query.expected) {
    correct++;
    scores.push(match.score);
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(
  `NLP.js knowledge base, ${QUESTIONS} questions, ${QUERIES} paraphrased queries, language ${values.language}`,
);
console.table({
  'training time': formatMs(trainingMs),
  'saved model size': `${(model.length / 1024).toFixed(0)} KiB`,
  'loading the saved model': formatMs(loadingMs),
  'classifications/s': (QUERIES / seconds).toFixed(0),
  'latency p50': formatMs(percentile(latencies, 50)),
  'latency p99': formatMs(percentile(latencies, 99)),
  [`latency p99, the first ${WARM_UP} after loading`]: formatMs(percentile(cold, 99)),
  'top answer correct': `${((100 * correct) / QUERIES).toFixed(1)}%`,
  'its score, p50 (NLP Score must be under it)': percentile(scores, 50).toFixed(2),
  'peak RSS': `${peak().toFixed(0)} MiB`,
});

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

/** A synthetic knowledge base in one language: its verbs, objects and places, how a question and a query put them. */
interface Phrasebook {
  verbs: string[];
  objects: string[];
  places: string[];
  question(verb: string, object: string, place: string): string;
  query(verb: string, object: string, place: string): string;
}

const PHRASEBOOKS: Record<string, Phrasebook> = {
  en: {
    verbs: ['reset', 'change', 'cancel', 'renew', 'update', 'find', 'download', 'share', 'delete', 'transfer'],
    objects: [
      ...['password', 'invoice', 'order', 'subscription', 'address', 'card', 'account', 'plan', 'report'],
      ...['ticket', 'delivery', 'refund', 'contract', 'profile', 'voucher', 'booking', 'device', 'license'],
      ...['receipt', 'warranty'],
    ],
    places: ['on the website', 'in the app', 'by phone', 'at the store', 'from abroad'],
    question: (verb, object, place) => `How do I ${verb} my ${object} ${place}?`,
    query: (verb, object, place) => `i need to ${verb} the ${object} ${place}`,
  },
  pt: {
    verbs: [
      ...['redefinir', 'alterar', 'cancelar', 'renovar', 'atualizar', 'encontrar', 'baixar', 'compartilhar'],
      ...['excluir', 'transferir'],
    ],
    objects: [
      ...['a senha', 'a fatura', 'o pedido', 'a assinatura', 'o endereço', 'o cartão', 'a conta', 'o plano'],
      ...['o relatório', 'o chamado', 'a entrega', 'o reembolso', 'o contrato', 'o perfil', 'o cupom'],
      ...['a reserva', 'o aparelho', 'a licença', 'o recibo', 'a garantia'],
    ],
    places: ['pelo site', 'no aplicativo', 'por telefone', 'na loja', 'do exterior'],
    question: (verb, object, place) => `Como faço para ${verb} ${object} ${place}?`,
    query: (verb, object, place) => `preciso ${verb} ${object} ${place}`,
  },
  es: {
    verbs: [
      ...['restablecer', 'cambiar', 'cancelar', 'renovar', 'actualizar', 'encontrar', 'descargar', 'compartir'],
      ...['eliminar', 'transferir'],
    ],
    objects: [
      ...['la contraseña', 'la factura', 'el pedido', 'la suscripción', 'la dirección', 'la tarjeta'],
      ...['la cuenta', 'el plan', 'el informe', 'la incidencia', 'el envío', 'el reembolso', 'el contrato'],
      ...['el perfil', 'el cupón', 'la reserva', 'el dispositivo', 'la licencia', 'el recibo', 'la garantía'],
    ],
    places: ['en la web', 'en la aplicación', 'por teléfono', 'en la tienda', 'desde el extranjero'],
    question: (verb, object, place) => `¿Cómo puedo ${verb} ${object} ${place}?`,
    query: (verb, object, place) => `necesito ${verb} ${object} ${place}`,
  },
};
const book = PHRASEBOOKS[values.language] ?? PHRASEBOOKS.en!;

const entries: QuestionWithAnswer[] = [];
const parts = new Map<string, [string, string, string]>();
for (let i = 0; entries.length < QUESTIONS; i++) {
  const verb = book.verbs[i % book.verbs.length]!;
  const object = book.objects[Math.floor(i / book.verbs.length) % book.objects.length]!;
  const place = book.places[Math.floor(i / (book.verbs.length * book.objects.length)) % book.places.length]!;
  parts.set(`q${i}`, [verb, object, place]);
  entries.push({
    questionId: `q${i}`,
    question: book.question(verb, object, place),
    alternates: [],
    answerId: `a${i}`,
    answer: `${verb} ${object} ${place}: ${i}.`,
    format: 'text',
    subjects: [],
  });
}
const queries = Array.from({ length: QUERIES }, (_, i) => {
  const entry = entries[(i * 7919) % entries.length]!;
  return { text: book.query(...parts.get(entry.questionId)!), expected: entry.questionId };
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

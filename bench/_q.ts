import { readFileSync } from 'node:fs';
import { KnowledgeIndex } from '../nlp/index.js';
import { createAnalyzer } from '../nlp/analyzer.js';
const set = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const entries = set.questions.map((row: { q: string; a: string; alt?: string[] }, i: number) => ({
  questionId: `q${i}`,
  answerId: `a${i}`,
  question: row.q,
  alternates: row.alt ?? [],
  answer: row.a,
  format: 'text',
  subjects: [],
}));
const index = await KnowledgeIndex.train(entries, set.language);
const analyzer = createAnalyzer(
  set.language,
  [],
  entries.map((e: { question: string }) => e.question),
);
for (const q of process.argv.slice(3)) {
  const m = await index.match(q);
  console.log(q, analyzer.terms(q), '→', m?.question, m?.score.toFixed(2), analyzer.terms(m?.question ?? ''));
}

import type { QuestionWithAnswer } from '../store/index.js';

/** A knowledge base from question and answer pairs, with ids q0, q1… and a0, a1… in their order. */
export function knowledgeBase(rows: ReadonlyArray<readonly [question: string, answer: string]>): QuestionWithAnswer[] {
  return rows.map(([question, answer], i) => ({
    questionId: `q${i}`,
    answerId: `a${i}`,
    question,
    alternates: [],
    answer,
    format: 'text',
    subjects: [],
  }));
}

import type { Kysely } from 'kysely';
import { newId } from '../core/index.js';
import type { Database } from './schema.js';

export interface KnowledgeEntry {
  subjects: string[];
  from: string | null;
  to: string | null;
  question: string;
  answer: string;
  format: string;
}

export interface QuestionWithAnswer {
  questionId: string;
  question: string;
  alternates: string[];
  answerId: string;
  answer: string;
  format: string;
  subjects: string[];
}

export class KnowledgeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Replaces the questions and answers a package brought; the caller runs this inside the deploy's
   * transaction, so a failed import leaves the previous knowledge base untouched.
   */
  async replacePackageEntries(instanceId: string, packageId: string, entries: KnowledgeEntry[], db: Kysely<Database> = this.db): Promise<void> {
    await db.deleteFrom('questions').where('package_id', '=', packageId).execute();
    await db.deleteFrom('answers').where('package_id', '=', packageId).execute();
    await db.deleteFrom('subjects').where('package_id', '=', packageId).execute();
    const subjectIds = new Map<string, string>();
    for (const entry of entries) {
      let parentId: string | null = null;
      let path = '';
      for (const title of entry.subjects) {
        path = `${path}/${title}`;
        let id = subjectIds.get(path);
        if (!id) {
          id = newId();
          subjectIds.set(path, id);
          await db
            .insertInto('subjects')
            .values({ id, instance_id: instanceId, package_id: packageId, parent_id: parentId, internal_id: path.slice(1), title, description: null, from_name: null, to_name: null, responsible_user_id: null })
            .execute();
        }
        parentId = id;
      }
    }
    const CHUNK = 200;
    for (let i = 0; i < entries.length; i += CHUNK) {
      const chunk = entries.slice(i, i + CHUNK).map((entry) => ({ entry, answerId: newId(), questionId: newId() }));
      await db
        .insertInto('answers')
        .values(chunk.map(({ entry, answerId }) => ({ id: answerId, instance_id: instanceId, package_id: packageId, media: null, format: entry.format, content: entry.answer, next_id: null, prev_id: null })))
        .execute();
      await db
        .insertInto('questions')
        .values(
          chunk.map(({ entry, answerId, questionId }) => ({
            id: questionId,
            instance_id: instanceId,
            package_id: packageId,
            subject1: entry.subjects[0] ?? null,
            subject2: entry.subjects[1] ?? null,
            subject3: entry.subjects[2] ?? null,
            subject4: entry.subjects[3] ?? null,
            keywords: null,
            skip_index: 0,
            from_name: entry.from,
            to_name: entry.to,
            content: entry.question,
            answer_id: answerId,
          })),
        )
        .execute();
    }
  }

  async questionsWithAnswers(instanceId: string): Promise<QuestionWithAnswer[]> {
    const rows = await this.db
      .selectFrom('questions')
      .innerJoin('answers', 'answers.id', 'questions.answer_id')
      .select([
        'questions.id as questionId',
        'questions.content as question',
        'questions.subject1',
        'questions.subject2',
        'questions.subject3',
        'questions.subject4',
        'answers.id as answerId',
        'answers.content as answer',
        'answers.format as format',
      ])
      .where('questions.instance_id', '=', instanceId)
      .where('questions.skip_index', '=', 0)
      .orderBy('questions.id')
      .execute();
    const alternates = await this.db
      .selectFrom('question_alternates')
      .select(['question_id', 'content'])
      .where('instance_id', '=', instanceId)
      .execute();
    const byQuestion = new Map<string, string[]>();
    for (const alt of alternates) byQuestion.set(alt.question_id, [...(byQuestion.get(alt.question_id) ?? []), alt.content]);
    return rows.map((row) => ({
      questionId: row.questionId,
      question: row.question,
      alternates: byQuestion.get(row.questionId) ?? [],
      answerId: row.answerId,
      answer: row.answer,
      format: row.format,
      subjects: [row.subject1, row.subject2, row.subject3, row.subject4].filter((s): s is string => s !== null),
    }));
  }
}

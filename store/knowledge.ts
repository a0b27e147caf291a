import type { Kysely } from 'kysely';
import { newId, type DataCipher } from '../core/index.js';
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

export interface UnansweredQuestion {
  id: string;
  channel: string;
  conversationKey: string;
  content: string;
  bestScore: number | null;
  linkedQuestionId: string | null;
  createdAt: number;
}

export class KnowledgeRepository {
  constructor(
    private readonly db: Kysely<Database>,
    /** What people asked and the LLM memory are sealed with the instance's data key. */
    private readonly cipher: DataCipher,
  ) {}

  /** Logs a question the bot could not answer; `id` is the inbound message's, so a redelivery logs it once. */
  async logUnanswered(input: {
    id: string;
    instanceId: string;
    channel: string;
    conversationKey: string;
    content: string;
    bestScore: number | undefined;
  }): Promise<void> {
    await this.db
      .insertInto('unanswered_questions')
      .values({
        id: input.id,
        instance_id: input.instanceId,
        channel: input.channel,
        conversation_key: input.conversationKey,
        content: this.cipher.seal(input.instanceId, input.content.slice(0, 2_000)),
        best_score: input.bestScore ?? null,
        linked_question_id: null,
        created_at: Date.now(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async unanswered(
    instanceId: string,
    options: { limit: number; includeLinked: boolean },
  ): Promise<UnansweredQuestion[]> {
    let query = this.db.selectFrom('unanswered_questions').selectAll().where('instance_id', '=', instanceId);
    if (!options.includeLinked) query = query.where('linked_question_id', 'is', null);
    const rows = await query.orderBy('created_at', 'desc').limit(options.limit).execute();
    return rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      conversationKey: r.conversation_key,
      content: this.cipher.open(instanceId, r.content),
      bestScore: r.best_score,
      linkedQuestionId: r.linked_question_id,
      createdAt: r.created_at,
    }));
  }

  /**
   * Teaches the knowledge base that a question nobody answered means `questionId`: it becomes an
   * alternate of that question, and the knowledge base version moves so the next training uses it.
   */
  async linkUnanswered(instanceId: string, unansweredId: string, questionId: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const unanswered = await trx
        .selectFrom('unanswered_questions')
        .selectAll()
        .where('id', '=', unansweredId)
        .where('instance_id', '=', instanceId)
        .executeTakeFirst();
      const question = await trx
        .selectFrom('questions')
        .select('id')
        .where('id', '=', questionId)
        .where('instance_id', '=', instanceId)
        .executeTakeFirst();
      if (!unanswered || !question) return false;
      await trx
        .insertInto('question_alternates')
        .values({
          id: newId(),
          instance_id: instanceId,
          question_id: questionId,
          content: this.cipher.open(instanceId, unanswered.content),
          created_at: Date.now(),
        })
        .execute();
      await trx
        .updateTable('unanswered_questions')
        .set({ linked_question_id: questionId })
        .where('id', '=', unansweredId)
        .execute();
      await trx
        .updateTable('instances')
        .set((eb) => ({ kb_version: eb('kb_version', '+', 1), updated_at: Date.now() }))
        .where('id', '=', instanceId)
        .execute();
      return true;
    });
  }

  /** The last `turns` exchanges with a user, oldest first. */
  async memory(
    instanceId: string,
    userKey: string,
    turns: number,
  ): Promise<Array<{ role: 'user' | 'assistant'; content: string }>> {
    const rows = await this.db
      .selectFrom('llm_memory')
      .select(['role', 'content'])
      .where('instance_id', '=', instanceId)
      .where('user_key', '=', userKey)
      .orderBy('id', 'desc')
      .limit(turns * 2)
      .execute();
    return rows.reverse().map((r) => ({ role: r.role, content: this.cipher.open(instanceId, r.content) }));
  }

  /** Remembers one exchange and forgets what falls outside the last `turns`. */
  async remember(
    instanceId: string,
    userKey: string,
    exchange: { user: string; assistant: string },
    turns: number,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const now = Date.now();
      await trx
        .insertInto('llm_memory')
        .values([
          {
            id: newId(now),
            instance_id: instanceId,
            user_key: userKey,
            role: 'user',
            content: this.cipher.seal(instanceId, exchange.user),
            created_at: now,
          },
          {
            id: newId(now),
            instance_id: instanceId,
            user_key: userKey,
            role: 'assistant',
            content: this.cipher.seal(instanceId, exchange.assistant),
            created_at: now,
          },
        ])
        .execute();
      const keep = await trx
        .selectFrom('llm_memory')
        .select('id')
        .where('instance_id', '=', instanceId)
        .where('user_key', '=', userKey)
        .orderBy('id', 'desc')
        .limit(turns * 2)
        .execute();
      const oldest = keep[keep.length - 1]?.id;
      if (oldest !== undefined)
        await trx
          .deleteFrom('llm_memory')
          .where('instance_id', '=', instanceId)
          .where('user_key', '=', userKey)
          .where('id', '<', oldest)
          .execute();
    });
  }

  async savedModel(instanceId: string, language: string): Promise<{ kbVersion: number; model: string } | undefined> {
    const row = await this.db
      .selectFrom('nlp_models')
      .select(['kb_version', 'model'])
      .where('instance_id', '=', instanceId)
      .where('language', '=', language)
      .executeTakeFirst();
    return row && { kbVersion: row.kb_version, model: row.model };
  }

  /** The text of each of these questions of the instance (those that still exist). */
  async questionTexts(instanceId: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('questions')
      .select(['id', 'content'])
      .where('instance_id', '=', instanceId)
      .where('id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [r.id, r.content]));
  }

  /** The embeddings saved for a knowledge base version and model (see KnowledgeVectorsTable), if any. */
  async savedVectors(instanceId: string, model: string, kbVersion: number): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('knowledge_vectors')
      .select('vectors')
      .where('instance_id', '=', instanceId)
      .where('model', '=', model)
      .where('kb_version', '=', kbVersion)
      .executeTakeFirst();
    return row?.vectors;
  }

  async saveVectors(instanceId: string, model: string, kbVersion: number, vectors: string): Promise<void> {
    const now = Date.now();
    await this.db
      .insertInto('knowledge_vectors')
      .values({ instance_id: instanceId, model, kb_version: kbVersion, vectors, created_at: now })
      .onConflict((oc) =>
        oc.columns(['instance_id', 'model']).doUpdateSet({ kb_version: kbVersion, vectors, created_at: now }),
      )
      .execute();
  }

  async saveModel(instanceId: string, language: string, kbVersion: number, model: string): Promise<void> {
    const now = Date.now();
    await this.db
      .insertInto('nlp_models')
      .values({ instance_id: instanceId, language, kb_version: kbVersion, model, trained_at: now })
      .onConflict((oc) =>
        oc.columns(['instance_id', 'language']).doUpdateSet({ kb_version: kbVersion, model, trained_at: now }),
      )
      .execute();
  }

  /**
   * Replaces the questions and answers a package brought; the caller runs this inside the deploy's
   * transaction, so a failed import leaves the previous knowledge base untouched.
   */
  async replacePackageEntries(
    instanceId: string,
    packageId: string,
    entries: KnowledgeEntry[],
    db: Kysely<Database> = this.db,
  ): Promise<void> {
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
            .values({
              id,
              instance_id: instanceId,
              package_id: packageId,
              parent_id: parentId,
              internal_id: path.slice(1),
              title,
              description: null,
              from_name: null,
              to_name: null,
              responsible_user_id: null,
            })
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
        .values(
          chunk.map(({ entry, answerId }) => ({
            id: answerId,
            instance_id: instanceId,
            package_id: packageId,
            media: null,
            format: entry.format,
            content: entry.answer,
            next_id: null,
            prev_id: null,
          })),
        )
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

  /**
   * The subjects one level under a subject path (empty: the top level), for menus. Two packages
   * may bring the same subject (a table and a subjects.json): it is shown once, with its description.
   */
  async subjectsUnder(
    instanceId: string,
    parentPath: string,
  ): Promise<Array<{ id: string; title: string; description: string | null; path: string }>> {
    const rows = await this.db
      .selectFrom('subjects')
      .select(['id', 'title', 'description', 'internal_id'])
      .where('instance_id', '=', instanceId)
      .execute();
    const depth = parentPath === '' ? 1 : parentPath.split('/').length + 1;
    const byPath = new Map<string, { id: string; title: string; description: string | null; path: string }>();
    for (const row of rows) {
      const path = row.internal_id ?? row.title;
      if (path.split('/').length !== depth || (parentPath !== '' && !path.startsWith(`${parentPath}/`))) continue;
      const known = byPath.get(path);
      if (!known || (known.description === null && row.description !== null))
        byPath.set(path, { id: row.id, title: row.title, description: row.description, path });
    }
    return [...byPath.values()].sort((a, b) => a.title.localeCompare(b.title));
  }

  async subject(instanceId: string, id: string): Promise<{ id: string; title: string; path: string } | undefined> {
    const row = await this.db
      .selectFrom('subjects')
      .select(['id', 'title', 'internal_id'])
      .where('instance_id', '=', instanceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { id: row.id, title: row.title, path: row.internal_id ?? row.title };
  }

  /** Questions filed under a subject path (`Billing/Invoices`): deeper levels too, or with `exact` only that subject's own. */
  async questionsUnder(
    instanceId: string,
    path: string,
    limit: number,
    exact = false,
  ): Promise<Array<{ id: string; question: string }>> {
    const levels = path.split('/').slice(0, 4);
    const columns = ['subject1', 'subject2', 'subject3', 'subject4'] as const;
    let query = this.db
      .selectFrom('questions')
      .select(['id', 'content'])
      .where('instance_id', '=', instanceId)
      .where('skip_index', '=', 0);
    levels.forEach((title, i) => {
      query = query.where(columns[i]!, '=', title);
    });
    const next = columns[levels.length];
    if (exact && next) query = query.where(next, 'is', null);
    const rows = await query.orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, question: r.content }));
  }

  async answerTo(instanceId: string, questionId: string): Promise<{ question: string; answer: string } | undefined> {
    const row = await this.db
      .selectFrom('questions')
      .innerJoin('answers', 'answers.id', 'questions.answer_id')
      .select(['questions.content as question', 'answers.content as answer'])
      .where('questions.instance_id', '=', instanceId)
      .where('questions.id', '=', questionId)
      .executeTakeFirst();
    return row;
  }

  /** Replaces the subject tree a package brought (a `subjects.json`), with descriptions. */
  /** Replaces a package's synonym groups (`synonyms.csv`). */
  async replacePackageSynonyms(
    instanceId: string,
    packageId: string,
    groups: string[][],
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db.deleteFrom('knowledge_synonyms').where('package_id', '=', packageId).execute();
    if (groups.length === 0) return;
    await db
      .insertInto('knowledge_synonyms')
      .values(
        groups.map((words, position) => ({
          instance_id: instanceId,
          package_id: packageId,
          position,
          words: JSON.stringify(words),
        })),
      )
      .execute();
  }

  /** Every synonym group of an instance's knowledge base. */
  async synonyms(instanceId: string): Promise<string[][]> {
    const rows = await this.db
      .selectFrom('knowledge_synonyms')
      .select('words')
      .where('instance_id', '=', instanceId)
      .orderBy('package_id')
      .orderBy('position')
      .execute();
    return rows.map((row) => JSON.parse(row.words) as string[]);
  }

  async replacePackageSubjects(
    instanceId: string,
    packageId: string,
    subjects: Array<{ path: string[]; description: string | undefined }>,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db.deleteFrom('subjects').where('package_id', '=', packageId).execute();
    const ids = new Map<string, string>();
    for (const subject of subjects) {
      const key = subject.path.join('/');
      const parentId = ids.get(subject.path.slice(0, -1).join('/')) ?? null;
      const id = newId();
      ids.set(key, id);
      await db
        .insertInto('subjects')
        .values({
          id,
          instance_id: instanceId,
          package_id: packageId,
          parent_id: parentId,
          internal_id: key,
          title: subject.path[subject.path.length - 1]!,
          description: subject.description ?? null,
          from_name: null,
          to_name: null,
          responsible_user_id: null,
        })
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
    for (const alt of alternates)
      byQuestion.set(alt.question_id, [...(byQuestion.get(alt.question_id) ?? []), alt.content]);
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

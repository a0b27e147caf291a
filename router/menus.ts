import type { Choice } from '../core/index.js';
import type { KnowledgeRepository } from '../store/index.js';

/** What the router sends back, before it is addressed: text, or a choice the channel renders. */
export type ReplyContent =
  | { kind: 'text'; text: string }
  | { kind: 'buttons'; text: string; choices: Choice[] }
  | { kind: 'list'; text: string; buttonLabel: string; choices: Choice[] }
  | { kind: 'media'; media: { url: string; mimeType: string; name?: string; caption?: string } }
  | { kind: 'template'; template: string; language: string; parameters: string[] };

const MAX_CHOICES = 100;
const FAQ_SIZE = 10;

export const SUBJECT = 'subject:';
export const QUESTION = 'question:';

/** Three choices or fewer go out as buttons, more as a list: each channel renders what it can. */
export function choose(text: string, choices: Choice[]): ReplyContent {
  const capped = choices.slice(0, MAX_CHOICES);
  return capped.length <= 3
    ? { kind: 'buttons', text, choices: capped }
    : { kind: 'list', text, buttonLabel: 'Options', choices: capped };
}

/**
 * Menus over the knowledge base's subject tree: the top subjects, then a chosen subject's
 * children, or its questions; a chosen question gets its answer.
 */
export class Menus {
  constructor(
    private readonly knowledge: Pick<
      KnowledgeRepository,
      'subjectsUnder' | 'subject' | 'questionsUnder' | 'answerTo' | 'questionsWithAnswers'
    >,
  ) {}

  async top(instanceId: string): Promise<ReplyContent | undefined> {
    const subjects = await this.knowledge.subjectsUnder(instanceId, '');
    if (subjects.length === 0) return undefined;
    return choose(
      'What would you like to know about?',
      subjects.map((s) => ({
        id: `${SUBJECT}${s.id}`,
        title: s.title,
        ...(s.description ? { description: s.description } : {}),
      })),
    );
  }

  async faq(instanceId: string): Promise<ReplyContent | undefined> {
    const questions = (await this.knowledge.questionsWithAnswers(instanceId)).slice(0, FAQ_SIZE);
    if (questions.length === 0) return undefined;
    return choose(
      'Frequently asked questions:',
      questions.map((q) => ({ id: `${QUESTION}${q.questionId}`, title: q.question })),
    );
  }

  /** The reply to a menu choice, or undefined when the choice is not a menu's. */
  async choice(instanceId: string, choiceId: string): Promise<ReplyContent | undefined> {
    if (choiceId.startsWith(SUBJECT)) {
      const subject = await this.knowledge.subject(instanceId, choiceId.slice(SUBJECT.length));
      if (!subject) return undefined;
      // A subject offers its sub-subjects, then the questions filed directly under it.
      const children = await this.knowledge.subjectsUnder(instanceId, subject.path);
      const questions = await this.knowledge.questionsUnder(instanceId, subject.path, MAX_CHOICES, children.length > 0);
      return choose(subject.title, [
        ...children.map((c) => ({ id: `${SUBJECT}${c.id}`, title: c.title })),
        ...questions.map((q) => ({ id: `${QUESTION}${q.id}`, title: q.question })),
      ]);
    }
    if (choiceId.startsWith(QUESTION)) {
      const answer = await this.knowledge.answerTo(instanceId, choiceId.slice(QUESTION.length));
      return answer && { kind: 'text', text: answer.answer };
    }
    return undefined;
  }
}

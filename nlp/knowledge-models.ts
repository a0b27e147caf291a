import { errorMessage, type Logger } from '../core/index.js';
import type { Store } from '../store/index.js';
import { KnowledgeIndex } from './knowledge-index.js';

interface Entry {
  version: number;
  language: string;
  index: Promise<KnowledgeIndex>;
}

/**
 * Trained knowledge indexes, one per instance, rebuilt when the instance's knowledge base version
 * changes. Concurrent messages wait for the same training.
 */
export class KnowledgeModels {
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly store: Store, private readonly logger: Logger) {}

  async forInstance(instanceId: string, kbVersion: number, language: string): Promise<KnowledgeIndex> {
    const current = this.#entries.get(instanceId);
    if (current && current.version === kbVersion && current.language === language) return current.index;
    const index = this.#train(instanceId, language);
    this.#entries.set(instanceId, { version: kbVersion, language, index });
    index.catch((err: unknown) => {
      if (this.#entries.get(instanceId)?.index === index) this.#entries.delete(instanceId);
      this.logger.error({ instanceId, err: errorMessage(err) }, 'training the knowledge base failed');
    });
    return index;
  }

  async #train(instanceId: string, language: string): Promise<KnowledgeIndex> {
    const started = performance.now();
    const entries = await this.store.knowledge.questionsWithAnswers(instanceId);
    const index = await KnowledgeIndex.train(entries, language);
    this.logger.info({ instanceId, questions: entries.length, language, ms: Math.round(performance.now() - started) }, 'trained knowledge base');
    return index;
  }
}

import { PromiseCache, errorMessage, type Logger } from '../core/index.js';
import type { Store } from '../store/index.js';
import { KnowledgeIndex } from './knowledge-index.js';
import { SemanticIndex, type Embedder } from './semantic.js';

interface Entry {
  version: number;
  language: string;
  index: Promise<KnowledgeIndex>;
  /** A newer version being trained while this one keeps answering. */
  refreshing?: number;
}

/**
 * Trained knowledge indexes, one per instance. A trained model is saved with the knowledge base
 * version it was trained on, so a restart loads it instead of training again. When the knowledge
 * base changes, the new model trains in the background and the old one keeps answering meanwhile.
 */
export class KnowledgeModels {
  readonly #entries = new Map<string, Entry>();
  /** Embeddings per instance, model and version: made once, kept in the store for every node. */
  readonly #semantic = new PromiseCache<string, SemanticIndex>({ maxEntries: 1_000 });

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly onTrained?: (instanceId: string, questions: number, ms: number) => void,
  ) {}

  async forInstance(instanceId: string, kbVersion: number, language: string): Promise<KnowledgeIndex> {
    const current = this.#entries.get(instanceId);
    if (current && current.language === language) {
      if (current.version === kbVersion) return current.index;
      if (current.refreshing !== kbVersion) this.#refresh(instanceId, kbVersion, language, current);
      return current.index;
    }
    const index = this.#load(instanceId, kbVersion, language);
    this.#remember(instanceId, { version: kbVersion, language, index });
    return index;
  }

  /**
   * The knowledge base's embeddings for `model`: read from the store, or made with `embedder` for
   * every question and alternate and saved there. A failure is not remembered: the next ask tries again.
   */
  semantic(instanceId: string, kbVersion: number, model: string, embedder: Embedder): Promise<SemanticIndex> {
    return this.#semantic.get(`${instanceId}:${model}:${kbVersion}`, async () => {
      const saved = await this.store.knowledge.savedVectors(instanceId, model, kbVersion);
      if (saved !== undefined) return SemanticIndex.parse(saved);
      const entries = await this.store.knowledge.questionsWithAnswers(instanceId);
      const started = performance.now();
      const index = await SemanticIndex.build(
        entries.flatMap((e) => [e.question, ...e.alternates].map((text) => ({ questionId: e.questionId, text }))),
        embedder,
      );
      await this.store.knowledge.saveVectors(instanceId, model, kbVersion, index.serialize());
      this.logger.info(
        { instanceId, model, questions: entries.length, ms: Math.round(performance.now() - started) },
        'embedded the knowledge base',
      );
      return index;
    });
  }

  #refresh(instanceId: string, kbVersion: number, language: string, stale: Entry): void {
    stale.refreshing = kbVersion;
    const index = this.#load(instanceId, kbVersion, language);
    index.then(
      () => {
        if (this.#entries.get(instanceId) === stale)
          this.#entries.set(instanceId, { version: kbVersion, language, index });
      },
      () => {
        delete stale.refreshing;
      },
    );
  }

  #remember(instanceId: string, entry: Entry): void {
    this.#entries.set(instanceId, entry);
    entry.index.catch((err: unknown) => {
      if (this.#entries.get(instanceId) === entry) this.#entries.delete(instanceId);
      this.logger.error({ instanceId, err: errorMessage(err) }, 'loading the knowledge base failed');
    });
  }

  async #load(instanceId: string, kbVersion: number, language: string): Promise<KnowledgeIndex> {
    const entries = await this.store.knowledge.questionsWithAnswers(instanceId);
    const synonyms = await this.store.knowledge.synonyms(instanceId);
    const saved = await this.store.knowledge.savedModel(instanceId, language);
    if (saved && saved.kbVersion === kbVersion) {
      try {
        return KnowledgeIndex.fromModel(entries, language, saved.model, synonyms);
      } catch (err) {
        this.logger.warn(
          { instanceId, err: errorMessage(err) },
          'the saved NLP model could not be loaded; training again',
        );
      }
    }
    const started = performance.now();
    const index = await KnowledgeIndex.train(entries, language, synonyms);
    const ms = Math.round(performance.now() - started);
    const model = index.model();
    if (model !== undefined) await this.store.knowledge.saveModel(instanceId, language, kbVersion, model);
    this.logger.info({ instanceId, questions: entries.length, language, ms }, 'trained knowledge base');
    this.onTrained?.(instanceId, entries.length, ms);
    return index;
  }
}

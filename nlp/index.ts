export { KnowledgeIndex } from './knowledge-index.js';
export { KnowledgeModels } from './knowledge-models.js';
export {
  parseKnowledgeCsv,
  parseKnowledgeXlsx,
  parseSubjectsJson,
  parseSynonymsCsv,
  unreferencedArticles,
  type Articles,
} from './knowledge-import.js';
export { normalizeQuestion } from './text.js';
export { LlmResponder, type LlmSettings } from './llm.js';
export { KeywordRanking } from './keyword-ranking.js';
export { SemanticIndex, endpointEmbedder, type Embedder, type EmbeddingsEndpoint } from './semantic.js';

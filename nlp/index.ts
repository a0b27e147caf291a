export { KnowledgeIndex, SUPPORTED_LANGUAGES, type KnowledgeMatch } from './knowledge-index.js';
export { KnowledgeModels } from './knowledge-models.js';
export { parseKnowledgeCsv, parseKnowledgeXlsx, parseSubjectsJson, unreferencedArticles, type Articles } from './knowledge-import.js';
export { normalizeQuestion } from './text.js';
export { LlmResponder, type LlmAnswer, type LlmMode, type LlmSettings } from './llm.js';
export { KeywordRanking } from './keyword-ranking.js';

export { KnowledgeIndex, SUPPORTED_LANGUAGES, type KnowledgeMatch } from './knowledge-index.js';
export { KnowledgeModels } from './knowledge-models.js';
export { parseKnowledgeCsv } from './knowledge-import.js';
export { normalizeQuestion } from './text.js';

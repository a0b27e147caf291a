export { WebAdapter, userActivityKey, type WebchatTranscript } from './adapter.js';
export * from './directline.js';

export * from './messages.js';
export * from './errors.js';
export * from './ids.js';
export * from './logger.js';
export type * from './adapter.js';
export * from './http.js';
export * from './compare.js';
export * from './promise-cache.js';
export * from './transport.js';

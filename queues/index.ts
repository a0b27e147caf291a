export type * from './broker.js';
export { EmbeddedBroker } from './embedded.js';
export { EmbeddedDeadLetters, type BodySealer } from './dead-letter-file.js';
export { RabbitBroker } from './rabbitmq.js';
export { QUEUES, outboundQueue } from './topology.js';
export { OutboundWorker } from './outbound-worker.js';
export { InProcessLiveFeed, RedisLiveFeed, type LiveFeed } from './live-feed.js';
export { InMemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './rate-limiter.js';

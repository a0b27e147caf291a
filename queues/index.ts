export type * from './broker.js';
export { EmbeddedBroker } from './embedded.js';
export { RabbitBroker, type RabbitOptions } from './rabbitmq.js';
export { KeyedDispatcher } from './keyed-dispatcher.js';
export { backoffDelay, outcomeOf, type Outcome } from './outcome.js';
export { QUEUES, outboundQueue } from './topology.js';
export { OutboundWorker, type DeliveryLog, type OutboundWorkerDeps } from './outbound-worker.js';
export { InProcessLiveFeed, RedisLiveFeed, type LiveFeed } from './live-feed.js';
export { InMemoryRateLimiter, RedisRateLimiter, type Rate, type RateLimiter } from './rate-limiter.js';

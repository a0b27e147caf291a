import type { GatewayKeys } from '../core/index.js';

/** A fixed gateway key for tests that open a store by themselves (never a real deployment's). */
export const TEST_KEYS: GatewayKeys = { current: Buffer.alloc(32, 7), previous: [] };

export { TelegramAdapter, TELEGRAM_DEFAULTS, type TelegramConfig } from './adapter.js';
export { parseUpdate } from './inbound.js';
export { buildCalls, TEXT_LIMIT } from './outbound.js';
export { botApiFailure } from './errors.js';

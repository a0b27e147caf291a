export { WhatsAppCloudAdapter, WHATSAPP_DEFAULTS, type WhatsAppCloudConfig } from './adapter.js';
export { parseWebhook } from './inbound.js';
export { buildRequests, TEXT_LIMIT } from './outbound.js';
export { graphFailure } from './errors.js';
export { signHubBody, verifyHubSignature } from './signature.js';

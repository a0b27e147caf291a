export { TwilioAdapter, TWILIO_DEFAULTS, type TwilioConfig } from './adapter.js';
export { parseTwilioForm, bareAddress } from './inbound.js';
export { buildForms, numberedMenu, SMS_TEXT_LIMIT } from './outbound.js';
export { twilioFailure } from './errors.js';
export { twilioSignature, verifyTwilioSignature } from './signature.js';

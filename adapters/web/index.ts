import { registerChannel } from '../registration.js';
import { directLineEndpoints } from './inbound.js';
import { webSender } from './outbound.js';
import { webSettings } from './settings.js';

/**
 * The web chat: Bot Framework Direct Line 3.0. Its inbound side is the Direct Line endpoint
 * (a message's channel id is its Direct Line activity id); its outbound side is the transcript.
 */
export const web = registerChannel(
  webSettings,
  ({ instance, webchat }) => ({ channel: 'web', account: `web:${instance.id}`, ...webSender(instance, webchat) }),
  { implicit: true, endpoints: directLineEndpoints },
);

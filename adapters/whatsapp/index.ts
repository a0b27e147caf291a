import { registerChannel } from '../registration.js';
import { whatsAppWebhook } from './inbound.js';
import { whatsAppSender } from './outbound.js';
import { whatsappCloudSettings } from './settings.js';

export { parseWebhook } from './inbound.js';
export { buildRequests } from './outbound.js';
export { graphFailure } from './errors.js';
export { signHubBody, verifyHubSignature } from './signature.js';

/** WhatsApp through Meta's Cloud API. */
export const whatsappCloud = registerChannel(whatsappCloudSettings, ({ instance, settings, logger }) => {
  const phoneNumberId = settings['WhatsApp Phone Number ID'];
  return {
    channel: 'whatsapp',
    account: `whatsapp:${phoneNumberId}`,
    webhook: whatsAppWebhook({
      instanceId: instance.id,
      phoneNumberId,
      appSecret: settings['WhatsApp App Secret'],
      verifyToken: settings['WhatsApp Verify Token'],
    }),
    ...whatsAppSender({
      phoneNumberId,
      accessToken: settings['WhatsApp Access Token'],
      apiUrl: settings['WhatsApp API URL'],
      perSecond: settings['WhatsApp Messages Per Second'],
      logger,
    }),
  };
});

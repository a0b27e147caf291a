import { parseJson } from '../../core/index.js';
import { registerChannel } from '../registration.js';
import { whatsAppWebhook } from './inbound.js';
import { graphApi, whatsAppSender } from './outbound.js';
import { whatsappCloudSettings } from './settings.js';

export { parseWebhook } from './inbound.js';
export { buildRequests } from './outbound.js';
export { graphFailure } from './errors.js';
export { signHubBody, verifyHubSignature } from './signature.js';

/** WhatsApp through Meta's Cloud API. */
export const whatsappCloud = registerChannel(
  whatsappCloudSettings,
  ({ instance, settings, logger }) => {
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
  },
  {
    async check({ settings, webhookUrl, logger, signal }) {
      const api = graphApi({
        apiUrl: settings['WhatsApp API URL'],
        accessToken: settings['WhatsApp Access Token'],
        logger,
      });
      const phoneNumberId = settings['WhatsApp Phone Number ID'];
      const response = await api.call(
        `/${encodeURIComponent(phoneNumberId)}?fields=display_phone_number,verified_name`,
        {
          method: 'GET',
          signal,
        },
      );
      const number = parseJson(response.text) as { display_phone_number?: string; verified_name?: string } | undefined;
      return {
        account: `${number?.display_phone_number ?? phoneNumberId}${number?.verified_name ? ` (${number.verified_name})` : ''}`,
        next: `In Meta's App Dashboard (WhatsApp > Configuration), set the callback URL to ${webhookUrl ?? 'https://<your gateway>/webhooks/<instance>/whatsapp'} and the verify token to this channel's "WhatsApp Verify Token", then subscribe the app to the "messages" field.`,
      };
    },
  },
);

import { parseJson, type ChannelAdapter } from '../../core/index.js';
import { type AdapterContext, type ChannelCheckContext, registerChannel } from '../registration.js';
import { twilioWebhook } from './inbound.js';
import { twilioApi, twilioSender } from './outbound.js';
import { twilioSmsSettings, twilioWhatsAppSettings } from './settings.js';

export { parseTwilioForm } from './inbound.js';
export { buildForms } from './outbound.js';
export { twilioFailure } from './errors.js';
export { twilioSignature, verifyTwilioSignature } from './signature.js';

interface TwilioAccount {
  'Twilio Account SID': string;
  'Twilio Auth Token': string;
  'Public URL': string;
  'Twilio API URL': string;
}

/** One Twilio sender: an SMS number, or a WhatsApp-enabled number. */
function twilioAdapter(
  channel: 'sms' | 'whatsapp',
  { instance, settings, logger }: AdapterContext<TwilioAccount>,
  from: string,
  perSecond: number,
): ChannelAdapter {
  const webhookUrl = `${settings['Public URL']}/webhooks/${encodeURIComponent(instance.name)}/${channel}`;
  const authToken = settings['Twilio Auth Token'];
  return {
    channel,
    account: `twilio:${channel}:${from}`,
    webhook: twilioWebhook({ instanceId: instance.id, channel, authToken, webhookUrl }),
    ...twilioSender({
      channel,
      accountSid: settings['Twilio Account SID'],
      authToken,
      from,
      webhookUrl,
      apiUrl: settings['Twilio API URL'],
      perSecond,
      logger,
    }),
  };
}

/** Asks Twilio for the account: the SID and the auth token together. */
function twilioCheck(channel: 'sms' | 'whatsapp') {
  return async ({ instance, settings, logger, signal }: ChannelCheckContext<TwilioAccount>) => {
    const sid = settings['Twilio Account SID'];
    const api = twilioApi({
      apiUrl: settings['Twilio API URL'],
      accountSid: sid,
      authToken: settings['Twilio Auth Token'],
      logger,
    });
    const account = parseJson(
      (await api.call(`/2010-04-01/Accounts/${encodeURIComponent(sid)}.json`, { method: 'GET', signal })).text,
    ) as { friendly_name?: string; status?: string } | undefined;
    const webhook = `${settings['Public URL']}/webhooks/${encodeURIComponent(instance.name)}/${channel}`;
    return {
      account: `${sid}${account?.friendly_name ? ` (${account.friendly_name}, ${account.status ?? 'active'})` : ''}`,
      next: `In Twilio's console, set the ${channel === 'sms' ? 'number' : 'WhatsApp sender'}'s "A message comes in" webhook to ${webhook} (HTTP POST).`,
    };
  };
}

/** SMS through Twilio's Programmable Messaging. */
export const twilioSms = registerChannel(
  twilioSmsSettings,
  (context) =>
    twilioAdapter('sms', context, context.settings['SMS Number'], context.settings['SMS Messages Per Second']),
  { check: twilioCheck('sms') },
);

/** WhatsApp through Twilio: the second WhatsApp provider an instance can choose. */
export const twilioWhatsApp = registerChannel(
  twilioWhatsAppSettings,
  (context) =>
    twilioAdapter(
      'whatsapp',
      context,
      context.settings['WhatsApp Number'],
      context.settings['WhatsApp Messages Per Second'],
    ),
  { check: twilioCheck('whatsapp') },
);

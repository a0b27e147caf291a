import { z } from 'zod';
import { defineChannelSettings, httpUrl, nonEmpty, perSecond, secret } from '../../config/index.js';

const account = {
  'Twilio Account SID': nonEmpty,
  'Twilio Auth Token': secret(nonEmpty),
  /** The address Twilio reaches the gateway at: signatures are computed over it. */
  'Public URL': httpUrl,
  'Twilio API URL': httpUrl.default('https://api.twilio.com'),
};

/** SMS (and MMS) through Twilio's Programmable Messaging. */
export const twilioSmsSettings = defineChannelSettings({
  channel: 'sms',
  provider: 'twilio',
  turnedOnBy: 'SMS Number',
  schema: z.object({
    ...account,
    'SMS Number': nonEmpty,
    /** One a second for a long code (Twilio's figure). */
    'SMS Messages Per Second': perSecond.default(1),
  }),
});

/** WhatsApp through Twilio (`whatsapp:` addresses), chosen with `WhatsApp Provider,twilio`. */
export const twilioWhatsAppSettings = defineChannelSettings({
  channel: 'whatsapp',
  provider: 'twilio',
  turnedOnBy: 'WhatsApp Number',
  selectedBy: { setting: 'WhatsApp Provider', value: 'twilio', isDefault: false },
  schema: z.object({
    ...account,
    'WhatsApp Number': nonEmpty,
    'WhatsApp Messages Per Second': perSecond.default(10),
  }),
});

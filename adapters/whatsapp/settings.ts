import { z } from 'zod';
import { defineChannelSettings, httpUrl, nonEmpty, perSecond, secret } from '../../config/index.js';

/** WhatsApp through Meta's Cloud API: the default WhatsApp provider. */
export const whatsappCloudSettings = defineChannelSettings({
  channel: 'whatsapp',
  provider: 'cloud',
  turnedOnBy: 'WhatsApp Phone Number ID',
  selectedBy: { setting: 'WhatsApp Provider', value: 'cloud', isDefault: true },
  schema: z.object({
    'WhatsApp Phone Number ID': nonEmpty,
    'WhatsApp Access Token': secret(nonEmpty),
    'WhatsApp App Secret': secret(nonEmpty),
    'WhatsApp Verify Token': secret(nonEmpty),
    /** The Graph API base, with its version. */
    'WhatsApp API URL': httpUrl.default('https://graph.facebook.com/v23.0'),
    /** Meta's standard throughput for a number. */
    'WhatsApp Messages Per Second': perSecond.default(80),
  }),
});

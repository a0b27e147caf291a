import { TwilioAdapter, TWILIO_DEFAULTS } from '../adapters/sms/index.js';
import { TelegramAdapter, TELEGRAM_DEFAULTS } from '../adapters/telegram/index.js';
import { WhatsAppCloudAdapter, WHATSAPP_DEFAULTS } from '../adapters/whatsapp/index.js';
import { GatewayError, type ChannelName } from '../core/index.js';
import type { AdapterFactory } from './adapter-registry.js';

function text(settings: Record<string, unknown>, name: string): string | undefined {
  const value = settings[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function num(settings: Record<string, unknown>, name: string): number | undefined {
  const value = settings[name];
  return typeof value === 'number' ? value : undefined;
}

function missing(name: string, channel: string): never {
  throw new GatewayError('GB_UNKNOWN_CHANNEL', `the ${channel} channel has no "${name}"; redeploy the package with it`);
}

function secret(secrets: Record<string, string>, name: string, channel: string): string {
  return secrets[name] || missing(name, channel);
}

const twilio: (channel: 'sms' | 'whatsapp') => AdapterFactory =
  (channel) =>
  ({ instance, settings, secrets }) =>
    new TwilioAdapter({
      instanceId: instance.id,
      channel,
      accountSid: text(settings, 'Twilio Account SID') ?? missing('Twilio Account SID', channel),
      authToken: secret(secrets, 'Twilio Auth Token', channel),
      from: text(settings, channel === 'sms' ? 'SMS Number' : 'WhatsApp Number') ?? missing(channel === 'sms' ? 'SMS Number' : 'WhatsApp Number', channel),
      webhookUrl: `${(text(settings, 'Public URL') ?? missing('Public URL', channel)).replace(/\/+$/, '')}/webhooks/${encodeURIComponent(instance.name)}/${channel}`,
      apiUrl: (text(settings, 'Twilio API URL') ?? TWILIO_DEFAULTS.apiUrl).replace(/\/+$/, ''),
      requestTimeoutMs: TWILIO_DEFAULTS.requestTimeoutMs,
      perSecond:
        num(settings, channel === 'sms' ? 'SMS Messages Per Second' : 'WhatsApp Messages Per Second') ??
        (channel === 'sms' ? TWILIO_DEFAULTS.smsPerSecond : TWILIO_DEFAULTS.whatsappPerSecond),
    });

/** Adapter factories for the webhook channels, from the channel rows `gb deploy` writes. */
export function webhookChannelFactories(): Partial<Record<ChannelName, AdapterFactory>> {
  return {
    sms: twilio('sms'),
    whatsapp: (input) => {
      const { instance, provider, settings, secrets } = input;
      if (provider === 'twilio') return twilio('whatsapp')(input);
      if (provider !== 'cloud') throw new GatewayError('GB_UNKNOWN_CHANNEL', `unknown WhatsApp provider ${provider}`);
      return new WhatsAppCloudAdapter({
        instanceId: instance.id,
        phoneNumberId: text(settings, 'WhatsApp Phone Number ID') ?? missing('WhatsApp Phone Number ID', 'whatsapp'),
        accessToken: secret(secrets, 'WhatsApp Access Token', 'whatsapp'),
        appSecret: secret(secrets, 'WhatsApp App Secret', 'whatsapp'),
        verifyToken: secret(secrets, 'WhatsApp Verify Token', 'whatsapp'),
        apiUrl: (text(settings, 'WhatsApp API URL') ?? WHATSAPP_DEFAULTS.apiUrl).replace(/\/+$/, ''),
        requestTimeoutMs: WHATSAPP_DEFAULTS.requestTimeoutMs,
        perSecond: num(settings, 'WhatsApp Messages Per Second') ?? WHATSAPP_DEFAULTS.perSecond,
      });
    },
    telegram: ({ instance, settings, secrets }) =>
      new TelegramAdapter({
        instanceId: instance.id,
        botToken: secret(secrets, 'Telegram Bot Token', 'telegram'),
        secretToken: secret(secrets, 'Telegram Secret Token', 'telegram'),
        apiUrl: (text(settings, 'Telegram API URL') ?? TELEGRAM_DEFAULTS.apiUrl).replace(/\/+$/, ''),
        requestTimeoutMs: TELEGRAM_DEFAULTS.requestTimeoutMs,
        perSecond: num(settings, 'Telegram Messages Per Second') ?? TELEGRAM_DEFAULTS.perSecond,
      }),
  };
}

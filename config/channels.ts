import type { ChannelName } from '../core/index.js';
import { ConfigError } from '../core/index.js';
import type { InstanceSettings } from './instance-settings.js';

/** A channel of an instance, as configured in its `config.csv`. */
export interface ChannelConfig {
  channel: ChannelName;
  provider: 'cloud' | 'twilio' | 'telegram';
  settings: Record<string, string | number>;
  secrets: Record<string, string>;
}

function required(settings: InstanceSettings, names: string[], channel: string): Record<string, string> {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of names) {
    const value = settings.get(name);
    if (value === undefined) missing.push(name);
    else values[name] = value;
  }
  if (missing.length > 0) throw new ConfigError(`the ${channel} channel needs ${missing.map((m) => `"${m}"`).join(', ')} in config.csv`);
  return values;
}

function optionalNumber(settings: InstanceSettings, name: string): Record<string, number> {
  if (settings.get(name) === undefined) return {};
  const value = settings.number(name, 0);
  if (!(value > 0)) throw new ConfigError(`Setting "${name}" must be a positive number`);
  return { [name]: value };
}

function optional(settings: InstanceSettings, names: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = settings.get(name);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

function twilioChannel(settings: InstanceSettings, channel: 'sms' | 'whatsapp', numberSetting: string): ChannelConfig {
  const { 'Twilio Auth Token': authToken, ...plain } = required(settings, ['Twilio Account SID', 'Twilio Auth Token', numberSetting, 'Public URL'], channel);
  return {
    channel,
    provider: 'twilio',
    settings: { ...plain, ...optional(settings, ['Twilio API URL']), ...optionalNumber(settings, channel === 'sms' ? 'SMS Messages Per Second' : 'WhatsApp Messages Per Second') },
    secrets: { 'Twilio Auth Token': authToken! },
  };
}

/**
 * The channels a `config.csv` turns on. A channel is on when its first setting is present; then
 * every setting it needs must be, or the deploy fails naming the missing ones.
 */
export function channelsFromSettings(settings: InstanceSettings): ChannelConfig[] {
  const channels: ChannelConfig[] = [];
  const whatsappProvider = (settings.get('WhatsApp Provider') ?? 'cloud').toLowerCase();
  if (whatsappProvider === 'twilio') {
    if (settings.get('WhatsApp Number') !== undefined) channels.push(twilioChannel(settings, 'whatsapp', 'WhatsApp Number'));
  } else if (whatsappProvider === 'cloud') {
    if (settings.get('WhatsApp Phone Number ID') !== undefined) {
      const values = required(settings, ['WhatsApp Phone Number ID', 'WhatsApp Access Token', 'WhatsApp App Secret', 'WhatsApp Verify Token'], 'whatsapp');
      channels.push({
        channel: 'whatsapp',
        provider: 'cloud',
        settings: { 'WhatsApp Phone Number ID': values['WhatsApp Phone Number ID']!, ...optional(settings, ['WhatsApp API URL']), ...optionalNumber(settings, 'WhatsApp Messages Per Second') },
        secrets: { 'WhatsApp Access Token': values['WhatsApp Access Token']!, 'WhatsApp App Secret': values['WhatsApp App Secret']!, 'WhatsApp Verify Token': values['WhatsApp Verify Token']! },
      });
    }
  } else {
    throw new ConfigError(`Setting "WhatsApp Provider" must be cloud or twilio, got "${whatsappProvider}"`);
  }
  if (settings.get('Telegram Bot Token') !== undefined) {
    const values = required(settings, ['Telegram Bot Token', 'Telegram Secret Token'], 'telegram');
    if (!/^[A-Za-z0-9_-]{1,256}$/.test(values['Telegram Secret Token']!)) {
      throw new ConfigError('Setting "Telegram Secret Token" must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram\'s rule)');
    }
    channels.push({
      channel: 'telegram',
      provider: 'telegram',
      settings: { ...optional(settings, ['Telegram API URL']), ...optionalNumber(settings, 'Telegram Messages Per Second') },
      secrets: { 'Telegram Bot Token': values['Telegram Bot Token']!, 'Telegram Secret Token': values['Telegram Secret Token']! },
    });
  }
  if (settings.get('SMS Number') !== undefined) channels.push(twilioChannel(settings, 'sms', 'SMS Number'));
  return channels;
}

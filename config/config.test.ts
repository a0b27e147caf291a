import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, isSecretName } from '../core/index.js';
import {
  SecretBox,
  channelFromSettings,
  defineChannelSettings,
  httpUrl,
  loadEnv,
  nonEmpty,
  parseBotSettings,
  parseChannelSettings,
  parseConfigCsv,
  perSecond,
  resolveSecretKey,
  secret,
  settingLookup,
  settingNames,
} from './index.js';

const bot = (rows: Array<{ name: string; value: string }>, channels = ['whatsapp', 'telegram', 'sms']) =>
  parseBotSettings(settingLookup(rows), 'bot.gbai/.gbot/config.csv', channels);

describe('environment', () => {
  it('applies defaults and freezes the result', () => {
    const env = loadEnv({});
    expect(env.GB_PORT).toBe(4242);
    expect(env.GB_DATA_DIR).toBe('./data');
    expect(Object.isFrozen(env)).toBe(true);
  });

  it('names the variable that has a bad value', () => {
    expect(() => loadEnv({ GB_PORT: 'eighty' })).toThrow(/GB_PORT/);
    expect(() => loadEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres:\/\/ URL/);
    expect(() => loadEnv({ GB_INBOUND_SHARDS: '0' })).toThrow(ConfigError);
  });

  it('treats an empty variable as unset', () => {
    expect(loadEnv({ AMQP_URL: '' }).AMQP_URL).toBeUndefined();
  });
});

describe('config.csv', () => {
  it('reads name,value rows, with commas inside quoted values', () => {
    const rows = parseConfigCsv('name,value\nBot Name,Acme\nNot Found Message,"Sorry, no idea"\nNLP Score,0.7\n');
    expect(rows).toEqual([
      { name: 'Bot Name', value: 'Acme' },
      { name: 'Not Found Message', value: 'Sorry, no idea' },
      { name: 'NLP Score', value: '0.7' },
    ]);
    const settings = bot(rows);
    expect(Object.isFrozen(settings)).toBe(true);
    expect(settings.nlpScore).toBe(0.7);
    expect(settings.notFoundMessage).toBe('Sorry, no idea');
    expect(settings.get('bot name')).toBe('Acme');
    expect(settings.language).toBe('en');
  });

  it('reports a missing header, a nameless row and a repeated name with the line', () => {
    expect(() => parseConfigCsv('Bot Name,Acme\n')).toThrow(/first row must be the header/);
    expect(() => parseConfigCsv('name,value\n,orphan\n')).toThrow(/config.csv:2: a setting has no name/);
    expect(() => parseConfigCsv('name,value\nA,1\na,2\n')).toThrow(/config.csv:3: "a" is set twice/);
  });

  it('rejects an NLP Score outside 0..1 and a non-number', () => {
    expect(() => bot([{ name: 'NLP Score', value: '7' }])).toThrow(
      'bot.gbai/.gbot/config.csv: setting "NLP Score" must be between 0 and 1',
    );
    expect(() => bot([{ name: 'NLP Score', value: 'high' }])).toThrow(/setting "NLP Score" must be a number/);
    expect(bot([{ name: 'nlp score', value: '0,35' }]).nlpScore).toBe(0.35);
  });

  it('names the setting a companion is missing for, and the file', () => {
    expect(() => bot([{ name: 'SMTP Host', value: 'smtp.example.com' }])).toThrow(
      'bot.gbai/.gbot/config.csv: setting "Mail From" is needed with "SMTP Host"',
    );
    expect(() => bot([{ name: 'LLM Mode', value: 'grounded' }])).toThrow(
      /setting "LLM URL" must be the http\(s\) base URL/,
    );
    expect(() => bot([{ name: 'LLM Mode', value: 'sometimes' }])).toThrow(
      /setting "LLM Mode" must be none, direct, grounded or router/,
    );
    expect(() => bot([{ name: 'Stripe Key', value: 'sk' }])).toThrow(/setting "Payment Success URL"/);
  });

  it('checks hand-off agents against the channels it is given', () => {
    expect(bot([{ name: 'Human Agents', value: 'telegram:42; sms:+15550100' }]).humanAgents).toEqual([
      { channel: 'telegram', address: '42' },
      { channel: 'sms', address: '+15550100' },
    ]);
    expect(() => bot([{ name: 'Human Agents', value: 'pager:1' }])).toThrow(
      /"pager:1" must be channel:address, with channel whatsapp, telegram, sms/,
    );
  });

  it('reads secrets it is given, and never hands one to GET CONFIG', () => {
    const settings = bot([
      { name: 'LLM Mode', value: 'direct' },
      { name: 'LLM URL', value: 'http://llm.local/v1/' },
      { name: 'LLM API Key', value: 'sk-test' },
      { name: 'Shop Hours', value: '9-18' },
    ]);
    expect(settings.llm).toMatchObject({
      mode: 'direct',
      url: 'http://llm.local/v1',
      apiKey: 'sk-test',
      memoryTurns: 10,
    });
    expect(settings.get('shop hours')).toBe('9-18');
    expect(settings.get('LLM API Key')).toBeUndefined();
  });

  it('knows which settings are secrets', () => {
    expect(isSecretName('WhatsApp Access Token')).toBe(true);
    expect(isSecretName('Web Chat Secret')).toBe(true);
    expect(isSecretName('LLM API Key')).toBe(true);
    expect(isSecretName('Bot Name')).toBe(false);
  });
});

describe('channel settings', () => {
  const example = defineChannelSettings({
    channel: 'telegram',
    provider: 'example',
    turnedOnBy: 'Example Token',
    schema: z.object({
      'Example Token': secret(nonEmpty),
      'Example Account': nonEmpty,
      'Example URL': httpUrl.default('https://api.example.com'),
      'Example Rate': perSecond.default(5),
    }),
  });
  const lookup = (values: Record<string, string>) =>
    settingLookup(Object.entries(values).map(([name, value]) => ({ name, value })));

  it('splits secrets from plain settings by the schema', () => {
    expect(settingNames(example)).toEqual({
      plain: ['Example Account', 'Example URL', 'Example Rate'],
      secrets: ['Example Token'],
    });
  });

  it('is off until its first setting is there, and then needs its companions', () => {
    expect(channelFromSettings(example, lookup({ 'Example Account': 'a' }), 'c.csv')).toBeUndefined();
    expect(() => channelFromSettings(example, lookup({ 'Example Token': 't' }), 'c.csv')).toThrow(
      'c.csv: the telegram channel needs "Example Account"',
    );
    expect(() =>
      channelFromSettings(
        example,
        lookup({ 'Example Token': 't', 'example account': 'a', 'Example Rate': '-1' }),
        'c.csv',
      ),
    ).toThrow('c.csv: setting "Example Rate" must be a positive number');
  });

  it('stores what was written, apart from secrets, and parses it back with the defaults', () => {
    const record = channelFromSettings(example, lookup({ 'Example Token': 't', 'Example Account': 'a' }), 'c.csv')!;
    expect(record).toEqual({
      channel: 'telegram',
      provider: 'example',
      settings: { 'Example Account': 'a' },
      secrets: { 'Example Token': 't' },
    });
    const parsed = parseChannelSettings(example, { ...record.settings, ...record.secrets }, 'stored');
    expect(parsed).toEqual({
      'Example Token': 't',
      'Example Account': 'a',
      'Example URL': 'https://api.example.com',
      'Example Rate': 5,
    });
    expect(Object.isFrozen(parsed)).toBe(true);
  });
});

describe('secrets', () => {
  it('round-trips, uses a fresh IV each time and detects tampering', () => {
    const box = new SecretBox(Buffer.alloc(32, 7));
    const a = box.encrypt('EAAG-token');
    const b = box.encrypt('EAAG-token');
    expect(a).not.toBe(b);
    expect(a).not.toContain('EAAG');
    expect(box.decrypt(a)).toBe('EAAG-token');
    const tampered = `v1:${Buffer.from(Buffer.from(a.slice(3), 'base64').map((byte, i) => (i === 30 ? byte ^ 1 : byte))).toString('base64')}`;
    expect(() => box.decrypt(tampered)).toThrow(/cannot be decrypted/);
    expect(() => new SecretBox(Buffer.alloc(32, 8)).decrypt(a)).toThrow(/cannot be decrypted/);
  });

  it('generates a key file once, private to its owner, and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gb-key-'));
    const first = resolveSecretKey(undefined, dir);
    expect(first.source).toBe('generated');
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    const second = resolveSecretKey(undefined, dir);
    expect(second.source).toBe('file');
    expect(second.key.equals(first.key)).toBe(true);
    expect(readFileSync(join(dir, 'secret.key'), 'utf8').trim()).toHaveLength(64);
  });

  it('takes GB_SECRET_KEY as hex or base64 and refuses a short one without echoing it', () => {
    const hex = 'ab'.repeat(32);
    expect(resolveSecretKey(hex, '/nonexistent').key.toString('hex')).toBe(hex);
    expect(resolveSecretKey(Buffer.alloc(32, 1).toString('base64'), '/nonexistent').source).toBe('env');
    expect(() => resolveSecretKey('tooshort-secret', '/nonexistent')).toThrow(/32 bytes/);
    try {
      resolveSecretKey('tooshort-secret', '/nonexistent');
    } catch (err) {
      expect(String(err)).not.toContain('tooshort-secret');
    }
  });
});

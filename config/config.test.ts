import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/index.js';
import { InstanceSettings, SecretBox, isSecretSetting, loadEnv, parseConfigCsv, resolveSecretKey } from './index.js';

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
    const settings = new InstanceSettings(rows);
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
    expect(() => new InstanceSettings([{ name: 'NLP Score', value: '7' }]).nlpScore).toThrow(/between 0 and 1/);
    expect(() => new InstanceSettings([{ name: 'NLP Score', value: 'high' }]).nlpScore).toThrow(/must be a number/);
  });

  it('knows which settings are secrets', () => {
    expect(isSecretSetting('WhatsApp Access Token')).toBe(true);
    expect(isSecretSetting('Web Chat Secret')).toBe(true);
    expect(isSecretSetting('LLM API Key')).toBe(true);
    expect(isSecretSetting('Bot Name')).toBe(false);
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

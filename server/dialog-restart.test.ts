import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { GatewayProcess, freePort } from '../test-fixtures/gateway-process.js';

describe('a dialog waiting on HEAR', () => {
  it('survives a SIGKILL of the gateway and resumes where it was', async () => {
    const env = { GB_DATA_DIR: mkdtempSync(join(tmpdir(), 'gb-dialog-restart-')) };
    const port = await freePort();
    const first = new GatewayProcess(port, env);
    await first.start();
    const client = await new DirectLineTestClient(first.url, 'demo').start();
    const ask = async (text: string) => {
      const { id } = (await (await client.post(text)).json()) as { id: string };
      return (await client.repliesTo(id)).map((a) => a.text);
    };
    expect(await ask('Can someone call me?')).toEqual(['Happy to put you in touch. What is your full name?']);
    expect(await ask('Ana Lima')).toEqual(['Thanks, Ana Lima. What is your e-mail?']);
    await first.kill('SIGKILL');

    const second = new GatewayProcess(port, env);
    await second.start();
    try {
      expect(await ask('ana@example.com')).toEqual(['And a phone number, with the area code?']);
      expect(await ask('21 99999 0000')).toEqual([
        'Got it: Ana Lima, ana@example.com, 21999990000. Someone will contact you soon.',
      ]);
    } finally {
      await second.kill('SIGTERM');
    }
  }, 90_000);
});

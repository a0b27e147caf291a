import { describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { startTestGateway } from '../test-fixtures/gateway.js';

describe('shares of an open web chat', () => {
  it('answers 429 with Retry-After to a client starting conversations or posting faster than its share', async () => {
    const gateway = await startTestGateway({
      env: { GB_WEBCHAT_CONVERSATIONS_PER_MINUTE: '2', GB_WEBCHAT_MESSAGES_PER_SECOND: '1' },
    });
    try {
      const root = `${gateway.url}/directline/demo/v3/directline`;
      const client = await new DirectLineTestClient(gateway.url, 'demo').start();
      await new DirectLineTestClient(gateway.url, 'demo').start();
      const third = await fetch(`${root}/conversations`, { method: 'POST' });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(((await third.json()) as { error: { code: string } }).error.code).toBe('GB_TOO_MANY_REQUESTS');
      // One a second with bursts of three: of ten sent together, all but the first few are refused
      // (however slow the machine, ten do not take seven seconds), and the refused are not stored.
      const statuses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => client.post(`message ${i}`).then((r) => r.status)),
      );
      const accepted = statuses.filter((s) => s === 200).length;
      expect(accepted).toBeGreaterThanOrEqual(3);
      expect(statuses.filter((s) => s === 429).length).toBe(10 - accepted);
      expect(accepted).toBeLessThan(10);
      const { activities } = await client.activities();
      expect(activities.filter((a) => a.from.role === 'user')).toHaveLength(accepted);
    } finally {
      await gateway.stop();
    }
  });

  it('caps what an instance keeps of its web chat: past it, new conversations and messages get 507', async () => {
    // 16 KiB: a few messages of 3,000 characters fill it.
    const gateway = await startTestGateway({ env: { GB_WEBCHAT_STORAGE_MB: String(16 / 1024) } });
    try {
      const client = await new DirectLineTestClient(gateway.url, 'demo').start();
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await client.post(`${i} ${'x'.repeat(3_000)}`)).status);
      expect(statuses.slice(0, 2)).toEqual([200, 200]);
      const refused = statuses.indexOf(507);
      expect(refused).toBeGreaterThan(1);
      expect(statuses.slice(refused).every((s) => s === 507)).toBe(true);
      const more = await fetch(`${gateway.url}/directline/demo/v3/directline/conversations`, { method: 'POST' });
      expect(more.status).toBe(507);
      expect(((await more.json()) as { error: { code: string } }).error.code).toBe('GB_STORAGE_FULL');
      const instance = await gateway.runtime.store.instances.findByName('demo');
      expect(await gateway.runtime.store.webchat.storedBytes(instance!.id)).toBeLessThan(16 * 1024 + 8 * 1024);
    } finally {
      await gateway.stop();
    }
  });

  it('lets the browsers of the allowed sites call Direct Line (CORS), and no other', async () => {
    const gateway = await startTestGateway({ env: { GB_WEBCHAT_ORIGINS: 'https://shop.example.com' } });
    try {
      const url = `${gateway.url}/directline/demo/v3/directline/conversations`;
      const preflight = (origin: string) =>
        fetch(url, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization',
          },
        });
      const allowed = await preflight('https://shop.example.com');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example.com');
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
      const started = await fetch(url, { method: 'POST', headers: { origin: 'https://shop.example.com' } });
      expect(started.headers.get('access-control-allow-origin')).toBe('https://shop.example.com');
    } finally {
      await gateway.stop();
    }
  });
});

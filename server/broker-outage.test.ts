import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerUnavailable } from '../core/index.js';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { deleteRabbitTopology, uniquePrefix } from '../test-fixtures/rabbit.js';
import { service } from '../test-fixtures/services.js';
import { TcpProxy } from '../test-fixtures/tcp-proxy.js';

const amqpUrl = await service('rabbitmq');

describe.skipIf(!amqpUrl)('RabbitMQ going away and coming back', () => {
  let proxy: TcpProxy;
  let gateway: TestGateway;
  const prefix = uniquePrefix('outage');

  beforeAll(async () => {
    const target = new URL(amqpUrl!);
    proxy = await new TcpProxy({ host: target.hostname, port: Number(target.port || 5672) }).start();
    const viaProxy = new URL(amqpUrl!);
    viaProxy.port = String(proxy.port);
    gateway = await startTestGateway({
      env: { AMQP_URL: viaProxy.toString(), GB_QUEUE_PREFIX: prefix, GB_PUBLISH_TIMEOUT_MS: '30000' },
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await proxy?.close();
    await deleteRabbitTopology(amqpUrl!, prefix, ['outbound.web'], 8);
  });

  it('answers 503 at once while RabbitMQ is away, reports it in /health, and recovers by itself', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    const before = (await (await client.post('Can messages get lost?')).json()) as { id: string };
    expect((await client.repliesTo(before.id))[0]!.text).toMatch(/^No\./);

    proxy.cut();
    const health = await waitForHealth(gateway.url, 503);
    expect(health.checks.broker.status).toBe('error');

    const started = performance.now();
    const during = await client.post('What happens when RabbitMQ is down?', 'during-outage');
    const elapsed = performance.now() - started;
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toBe('5');
    expect(((await during.json()) as { error: { code: string } }).error.code).toBe('GB_BROKER_UNAVAILABLE');
    // Refused without waiting for the publish deadline (30 s here): nothing buffers while the broker is away.
    expect(elapsed).toBeLessThan(30_000);
    await expect(gateway.runtime.broker.publish('outbound.web', { probe: true })).rejects.toBeInstanceOf(
      BrokerUnavailable,
    );

    proxy.restore();
    await waitForHealth(gateway.url, 200);
    // The client retries the refused message with the same id: it is answered, once.
    const retried = await client.post('What happens when RabbitMQ is down?', 'during-outage');
    expect(retried.status).toBe(200);
    const { id } = (await retried.json()) as { id: string };
    const replies = await client.repliesTo(id);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/503/);
  }, 60_000);
});

async function waitForHealth(url: string, status: number): Promise<{ checks: { broker: { status: string } } }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(`${url}/health`);
    if (response.status === status) return (await response.json()) as { checks: { broker: { status: string } } };
    if (Date.now() > deadline) throw new Error(`health never became ${status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

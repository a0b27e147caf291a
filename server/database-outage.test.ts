import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { freshPostgresSchema } from '../test-fixtures/postgres.js';
import { service } from '../test-fixtures/services.js';
import { TcpProxy } from '../test-fixtures/tcp-proxy.js';
import { until } from '../test-fixtures/until.js';

const postgresUrl = await service('postgres');

describe.skipIf(!postgresUrl)('PostgreSQL going away and coming back', () => {
  let proxy: TcpProxy;
  let gateway: TestGateway;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const target = new URL(postgresUrl!);
    proxy = await new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) }).start();
    const schema = await freshPostgresSchema(postgresUrl!, 'dbout');
    drop = schema.drop;
    const viaProxy = new URL(schema.url);
    viaProxy.port = String(proxy.port);
    gateway = await startTestGateway({ env: { DATABASE_URL: viaProxy.toString() } });
  });
  afterAll(async () => {
    await gateway?.stop();
    await proxy?.close();
    await drop?.();
  });

  it('survives its connections being cut, reports it in /health, and answers again when it is back', async () => {
    const client = await new DirectLineTestClient(gateway.url, 'demo').start();
    const ask = async (text: string) => {
      const { id } = (await (await client.post(text)).json()) as { id: string };
      return (await client.repliesTo(id))[0]!.text;
    };
    expect(await ask('Can messages get lost?')).toMatch(/^No\./);

    // Every pooled connection is dropped while idle: the pool's 'error' must not end the process.
    proxy.cut();
    await until(
      () => fetch(`${gateway.url}/health`).then((r) => r.status),
      (status) => status === 503,
      30_000,
    );
    proxy.restore();
    await until(
      () => fetch(`${gateway.url}/health`).then((r) => r.status),
      (status) => status === 200,
      30_000,
    );
    expect(await ask('What happens if the gateway crashes?')).toMatch(/^Nothing accepted is lost/);
  }, 90_000);
});

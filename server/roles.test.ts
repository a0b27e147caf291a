import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { twilioSignature } from '../adapters/twilio/index.js';
import { DirectLineStream, DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { FakeTwilioApi } from '../test-fixtures/fakes/twilio-api.js';
import { GatewayProcess, freePort } from '../test-fixtures/gateway-process.js';
import { freshPostgresSchema } from '../test-fixtures/postgres.js';
import { deleteRabbitTopology, uniquePrefix } from '../test-fixtures/rabbit.js';
import { service } from '../test-fixtures/services.js';
import { until } from '../test-fixtures/until.js';

const [amqpUrl, postgresUrl, redisUrl] = await Promise.all([
  service('rabbitmq'),
  service('postgres'),
  service('redis'),
]);
const ready = amqpUrl !== undefined && postgresUrl !== undefined && redisUrl !== undefined;

describe.skipIf(!ready)('roles in separate processes on RabbitMQ, PostgreSQL and Redis', () => {
  const processes: GatewayProcess[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const p of processes) await p.kill('SIGTERM');
    for (const cleanup of cleanups) await cleanup();
  });

  it('answers a web chat message taken by one ingress, routed and sent by other processes, streamed by a second ingress', async () => {
    const prefix = uniquePrefix('roles');
    const schema = await freshPostgresSchema(postgresUrl!, 'roles');
    cleanups.push(schema.drop, () => deleteRabbitTopology(amqpUrl!, prefix, ['outbound.web'], 8));
    const env = {
      AMQP_URL: amqpUrl!,
      DATABASE_URL: schema.url,
      REDIS_URL: redisUrl!,
      GB_QUEUE_PREFIX: prefix,
      GB_SECRET_KEY: 'cd'.repeat(32),
      GB_DATA_DIR: mkdtempSync(join(tmpdir(), 'gb-roles-')),
      GB_ADMIN_TOKEN: 'roles-admin-token-0123456789',
    };
    const roles = ['ingress', 'ingress', 'router', 'worker'] as const;
    for (const role of roles) processes.push(new GatewayProcess(await freePort(), env, role));
    // The first migrates the schema and deploys the demo; the others then start side by side.
    await processes[0]!.start();
    await Promise.all(processes.slice(1).map((gateway) => gateway.start()));
    const [ingressA, ingressB] = processes;

    // The conversation starts on one ingress and streams from the other: tokens work on every node.
    const client = await new DirectLineTestClient(ingressA!.url, 'demo').start();
    const streamUrl = client.streamUrl.replace(`:${ingressA!.port}/`, `:${ingressB!.port}/`);
    const stream = await DirectLineStream.open(streamUrl);
    const { id } = (await (await client.post('How do I scale out?')).json()) as { id: string };
    const reply = await stream.replyTo(id, 20_000);
    stream.close();
    expect(reply?.text).toMatch(/--role ingress/);

    for (const gateway of processes) {
      const health = (await (await fetch(`${gateway.url}/health`)).json()) as {
        checks: Record<string, { kind: string }>;
      };
      expect(health.checks).toMatchObject({
        database: { kind: 'postgres' },
        broker: { kind: 'rabbitmq' },
        cache: { kind: 'redis' },
      });
    }

    // A channel added through one node's API answers its first webhook on another, no restart.
    const twilio = await new FakeTwilioApi('AC44444444444444444444444444444444', 'roles-twilio-token').start();
    cleanups.push(() => twilio.close());
    const put = await fetch(`${ingressA!.url}/api/instances/demo/channels/sms`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${env.GB_ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        settings: {
          'Twilio Account SID': 'AC44444444444444444444444444444444',
          'Twilio Auth Token': 'roles-twilio-token',
          'SMS Number': '+10000000044',
          'Public URL': 'https://roles.example.com',
          'Twilio API URL': twilio.url,
        },
      }),
    });
    expect(put.status).toBe(200);
    const form = new URLSearchParams({
      MessageSid: 'SMROLES1',
      From: '+15550004444',
      To: '+10000000044',
      Body: 'How do I scale out?',
    });
    const webhook = await fetch(`${ingressB!.url}/webhooks/demo/sms`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilioSignature(
          'roles-twilio-token',
          'https://roles.example.com/webhooks/demo/sms',
          form,
        ),
      },
      body: form.toString(),
    });
    expect(webhook.status).toBe(200);
    const [sent] = await until(
      () => twilio.sends.filter((s) => s.form.To === '+15550004444'),
      (s) => s.length > 0,
      30_000,
    );
    expect(sent!.form.Body).toMatch(/--role ingress/);
  }, 240_000);
});

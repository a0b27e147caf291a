import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { GatewayProcess, freePort } from '../test-fixtures/gateway-process.js';
import { freshPostgresSchema } from '../test-fixtures/postgres.js';
import { deleteRabbitTopology, uniquePrefix } from '../test-fixtures/rabbit.js';
import { service } from '../test-fixtures/services.js';

const [amqpUrl, postgresUrl, redisUrl] = await Promise.all([
  service('rabbitmq'),
  service('postgres'),
  service('redis'),
]);
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

interface Mode {
  name: string;
  enabled: boolean;
  env: () => Promise<Record<string, string>>;
}

const modes: Mode[] = [
  { name: 'embedded broker and SQLite', enabled: true, env: async () => ({}) },
  {
    name: 'RabbitMQ, PostgreSQL and Redis',
    enabled: amqpUrl !== undefined && postgresUrl !== undefined && redisUrl !== undefined,
    env: async () => {
      const prefix = uniquePrefix('crash');
      const schema = await freshPostgresSchema(postgresUrl!, 'crash');
      cleanups.push(schema.drop, () => deleteRabbitTopology(amqpUrl!, prefix, ['outbound.web'], 8));
      return { AMQP_URL: amqpUrl!, DATABASE_URL: schema.url, REDIS_URL: redisUrl!, GB_QUEUE_PREFIX: prefix };
    },
  },
];

/**
 * The first process runs every role (killed while messages are in every stage) or only ingress
 * (killed with every acknowledged message still queued). The second runs every role.
 */
const firstRoles = ['all', 'ingress'] as const;

describe.each(modes)('a gateway killed with SIGKILL, on the $name', (mode) => {
  it.skipIf(!mode.enabled).each(firstRoles)(
    'answers every acknowledged message exactly once after the restart (first process: %s)',
    async (firstRole) => {
      const env = { GB_DATA_DIR: mkdtempSync(join(tmpdir(), 'gb-crash-')), ...(await mode.env()) };
      const port = await freePort();
      const first = new GatewayProcess(port, env, firstRole);
      await first.start();

      const clients = await Promise.all(
        Array.from({ length: 6 }, () => new DirectLineTestClient(first.url, 'demo').start()),
      );
      const acknowledged: Array<{ client: DirectLineTestClient; id: string }> = [];
      let attempted = 0;
      let sending = true;
      const questions = [
        'How do I run the gateway?',
        'Can messages get lost?',
        'What is Redis used for?',
        'Are webhooks verified?',
      ];
      const sender = async (worker: number) => {
        for (let i = 0; sending; i++) {
          const client = clients[(worker + i) % clients.length]!;
          attempted++;
          try {
            const response = await client.post(questions[i % questions.length]!, `w${worker}-m${i}`);
            if (response.ok) acknowledged.push({ client, id: ((await response.json()) as { id: string }).id });
          } catch {
            // Refused or reset while the gateway is down: not acknowledged, so not owed an answer.
            await new Promise((r) => setTimeout(r, 20));
          }
        }
      };
      const senders = Array.from({ length: 24 }, (_, worker) => sender(worker));
      while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
      const backlog = await inboundDepth(first.url);
      await first.kill('SIGKILL');
      const killedAt = Date.now();
      const acknowledgedBeforeKill = acknowledged.length;
      await new Promise((r) => setTimeout(r, 300));
      sending = false;
      await Promise.all(senders);

      const second = new GatewayProcess(port, env, 'all');
      await second.start();
      try {
        const deadline = Date.now() + 60_000;
        let missing = acknowledged.length;
        while (missing > 0 && Date.now() < deadline) {
          const replied = new Set<string>();
          for (const client of clients)
            for (const a of (await client.activities()).activities) if (a.replyToId) replied.add(a.replyToId);
          missing = acknowledged.filter((a) => !replied.has(a.id)).length;
          if (missing > 0) await new Promise((r) => setTimeout(r, 200));
        }
        const replies = new Map<string, number>();
        let answeredAfterRestart = 0;
        for (const client of clients) {
          for (const a of (await client.activities()).activities) {
            if (!a.replyToId) continue;
            replies.set(a.replyToId, (replies.get(a.replyToId) ?? 0) + 1);
            if (Date.parse(a.timestamp) > killedAt) answeredAfterRestart++;
          }
        }
        console.log(
          `${mode.name}, first process ${firstRole}: ${acknowledged.length} acknowledged of ${attempted} attempted; ${answeredAfterRestart} answered after the restart`,
        );
        expect(acknowledgedBeforeKill).toBeGreaterThanOrEqual(150);
        if (firstRole === 'ingress') {
          expect(backlog).toBeGreaterThanOrEqual(100);
          // Messages confirmed by the broker whose 2xx the kill cut off are answered too.
          expect(answeredAfterRestart).toBeGreaterThanOrEqual(acknowledged.length);
        }
        expect(attempted).toBeGreaterThan(acknowledged.length - 1);
        expect(acknowledged.filter((a) => replies.get(a.id) !== 1)).toEqual([]);
        expect([...replies.values()].every((n) => n === 1)).toBe(true);
      } finally {
        // A graceful stop: in-flight work finished, everything closed, exit code 0.
        const code = await second.kill('SIGTERM');
        expect(code, `the restarted gateway's last output:\n${second.output.slice(-4000)}`).toBe(0);
      }
    },
    120_000,
  );
});

async function inboundDepth(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  return Number(/^gb_queue_depth\{queue="inbound"\} (\d+)/m.exec(metrics)?.[1] ?? 0);
}

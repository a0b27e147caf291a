/**
 * Fault runs against the three-process deployment (ingress, router and worker roles as their own
 * processes, on RabbitMQ, PostgreSQL and Redis, each reached through a TCP proxy that can be cut)
 * under a steady load of signed WhatsApp webhooks, one new person per message. Each fault in turn:
 * SIGKILL of each role, RabbitMQ / PostgreSQL / Redis cut and restored, the provider answering a
 * storm of 429s and then of 500s, and (as root) the embedded gateway's data folder filling up.
 * The load behaves as Meta does: a webhook not answered 200 is sent again a second later.
 *
 * For each fault it prints: messages offered, acknowledged (200 at last), answered, lost
 * (acknowledged and never answered), duplicated (answered more than once), dead-lettered, webhook
 * attempts refused, and the time to recover (from the fault's end until everything offered before
 * it is answered). Bounded in time: about a minute per fault.
 *
 *   npm run chaos -- [--rate 30] [--fault 10] [--only rabbitmq,worker]
 */
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import amqp from 'amqplib';
import { Pool } from 'undici';
import { FakeGraphApi } from '../test-fixtures/fakes/graph-api.js';
import { GatewayProcess, freePort } from '../test-fixtures/gateway-process.js';
import { freshPostgresSchema } from '../test-fixtures/postgres.js';
import { deleteRabbitTopology } from '../test-fixtures/rabbit.js';
import { SERVICE_URLS, service } from '../test-fixtures/services.js';
import { TcpProxy } from '../test-fixtures/tcp-proxy.js';
import { buildGateway } from './processes.js';
import { TOKEN, benchBotPackage, benchUser, postWebhook, webhook } from './whatsapp-load.js';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '30' },
    fault: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});
const RATE = Number(values.rate);
const FAULT_S = Number(values.fault);
const CALM_S = 5;
/** How long a fault's messages may take to be answered after it ends before they count as lost. */
const SETTLE_S = 90;
const ONLY = values.only?.split(',');
const ENTRY = resolve(fileURLToPath(new URL('..', import.meta.url)), 'dist/server/cli.js');
const BOT = 'chaos';
const PATH = `/webhooks/${BOT}/whatsapp`;

interface Offered {
  user: string;
  n: number;
  at: number;
  acknowledged: boolean;
  refused: number;
}

/** The load: one message per person at a steady rate, each retried until it is taken. */
class Load {
  readonly offered: Offered[] = [];
  #pool: Pool;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;
  readonly #retries = new Set<NodeJS.Timeout>();

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.#pool = new Pool(url, { connections: 32, headersTimeout: 10_000, bodyTimeout: 10_000 });
  }

  /** Points the load at another gateway (the embedded one of the disk run). */
  async retarget(url: string): Promise<void> {
    await this.#pool.close();
    this.#pool = new Pool(url, { connections: 32, headersTimeout: 10_000, bodyTimeout: 10_000 });
  }

  start(): void {
    const started = Date.now();
    const base = this.offered.length;
    const tick = () => {
      if (this.#stopped) return;
      while (base + ((Date.now() - started) * RATE) / 1000 > this.offered.length) {
        const n = this.offered.length;
        const message: Offered = {
          user: benchUser(n, this.prefix),
          n,
          at: Date.now(),
          acknowledged: false,
          refused: 0,
        };
        this.offered.push(message);
        this.#send(message);
      }
      this.#timer = setTimeout(tick, 20);
    };
    this.#stopped = false;
    tick();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  async close(): Promise<void> {
    this.stop();
    for (const retry of this.#retries) clearTimeout(retry);
    await this.#pool.close();
  }

  #send(message: Offered): void {
    postWebhook(this.#pool, PATH, webhook(message.user, message.n)).then(
      (r) => {
        if (r.status === 200) message.acknowledged = true;
        else this.#retry(message);
      },
      () => this.#retry(message),
    );
  }

  #retry(message: Offered): void {
    message.refused++;
    const timer = setTimeout(() => {
      this.#retries.delete(timer);
      this.#send(message);
    }, 1_000);
    this.#retries.add(timer);
  }
}

interface Fault {
  name: string;
  start(): Promise<void>;
  end(): Promise<void>;
}

const rows: Array<Record<string, string | number>> = [];

async function main(): Promise<void> {
  const urls = await Promise.all([service('rabbitmq'), service('postgres'), service('redis')]);
  if (urls.some((u) => u === undefined)) {
    console.log('chaos: RabbitMQ, PostgreSQL and Redis must be reachable (see test-fixtures/services.ts)');
    process.exitCode = 1;
    return;
  }
  buildGateway();
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  try {
    const [rabbitProxy, pgProxy, redisProxy] = await Promise.all(
      [SERVICE_URLS.rabbitmq, SERVICE_URLS.postgres, SERVICE_URLS.redis].map((url) =>
        new TcpProxy({ host: new URL(url).hostname, port: Number(new URL(url).port) }).start(),
      ),
    );
    cleanups.push(() => Promise.all([rabbitProxy, pgProxy, redisProxy].map((p) => p!.close())));
    const via = (url: string, port: number) => {
      const proxied = new URL(url);
      proxied.port = String(port);
      return proxied.toString();
    };
    const prefix = `gbchaos_${process.pid}`;
    const schema = await freshPostgresSchema(SERVICE_URLS.postgres, 'chaos');
    cleanups.push(schema.drop, () => deleteRabbitTopology(SERVICE_URLS.rabbitmq, prefix, [], 8));
    const graph = await new FakeGraphApi(TOKEN).start();
    cleanups.push(() => graph.close());
    const dataDir = mkdtempSync(join(tmpdir(), 'gb-chaos-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = {
      AMQP_URL: via(SERVICE_URLS.rabbitmq, rabbitProxy!.port),
      DATABASE_URL: via(schema.url, pgProxy!.port),
      REDIS_URL: via(SERVICE_URLS.redis, redisProxy!.port),
      GB_QUEUE_PREFIX: prefix,
      GB_SECRET_KEY: 'c'.repeat(64),
      GB_DATA_DIR: dataDir,
      GB_LOG_LEVEL: 'error',
    };
    // Not execFileSync: the proxies live in this process's event loop.
    await promisify(execFile)(process.execPath, [ENTRY, 'deploy', botPackage(graph)], {
      env: { ...process.env, ...env },
    });
    const roles = {
      ingress: new GatewayProcess(await freePort(), env, 'ingress', [], ENTRY),
      router: new GatewayProcess(await freePort(), env, 'router', [], ENTRY),
      worker: new GatewayProcess(await freePort(), env, 'worker', [], ENTRY),
    };
    cleanups.push(() => Promise.all(Object.values(roles).map((p) => p.kill('SIGTERM'))));
    for (const role of Object.values(roles)) await role.start();
    const load = new Load(roles.ingress.url, '57');
    cleanups.push(() => load.close());
    const rabbit = await amqp.connect(SERVICE_URLS.rabbitmq);
    cleanups.push(() => rabbit.close().catch(() => undefined));
    const peek = await rabbit.createChannel();
    const deadLetters = async () => (await peek.checkQueue(`${prefix}.dlq`)).messageCount;

    const kill = (role: keyof typeof roles): Fault => ({
      name: `SIGKILL ${role}`,
      start: async () => void (await roles[role].kill('SIGKILL')),
      end: () => roles[role].start(),
    });
    const cut = (name: string, proxy: TcpProxy): Fault => ({
      name: `${name} cut`,
      start: async () => proxy.cut(),
      end: async () => proxy.restore(),
    });
    const storm = (name: string, reply: () => ReturnType<typeof FakeGraphApi.error>): Fault => ({
      name,
      start: async () => void graph.everyNth(1, () => ({ kind: 'reply', reply: reply() })),
      end: async () => void graph.calm(),
    });
    const faults: Fault[] = [
      kill('ingress'),
      kill('router'),
      kill('worker'),
      cut('RabbitMQ', rabbitProxy!),
      cut('PostgreSQL', pgProxy!),
      cut('Redis', redisProxy!),
      storm('provider 429 storm', () => FakeGraphApi.throttled(2)),
      storm('provider 500 storm', () => FakeGraphApi.error(500, 1, 'An unknown error occurred')),
    ].filter((f) => !ONLY || ONLY.some((o) => f.name.toLowerCase().includes(o.toLowerCase())));

    /** A role that ended by itself during a fault crashed: it is said, and started again. */
    const crashed = async () => {
      const ended = Object.entries(roles).filter(([, role]) => role.exited);
      for (const [name, role] of ended) {
        console.log(`${name} crashed:\n${role.output.slice(-2_000)}`);
        await role.start();
      }
      return ended.map(([name]) => name).join(', ') || 'none';
    };
    load.start();
    for (const fault of faults) await run(fault, load, graph, deadLetters, crashed);
    if (!ONLY || ONLY.includes('disk')) await diskFull(load, graph);
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (err) {
        console.warn(`cleanup: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  console.log(
    `chaos: ${RATE} messages/s offered, faults of ${FAULT_S} s; three processes on RabbitMQ, PostgreSQL and Redis`,
  );
  console.table(rows);
}

function botPackage(graph: FakeGraphApi): string {
  return benchBotPackage(BOT, graph.url);
}

/** One fault under load: calm, fault, restored; then everything it offered is counted. */
async function run(
  fault: Fault,
  load: Load,
  graph: FakeGraphApi,
  deadLetters: () => Promise<number>,
  crashed: () => Promise<string>,
): Promise<void> {
  const first = load.offered.length;
  const deadBefore = await deadLetters();
  await sleep(CALM_S * 1000);
  await fault.start();
  await sleep(FAULT_S * 1000);
  await fault.end();
  const restored = Date.now();
  await sleep(CALM_S * 1000);
  const last = load.offered.length;
  const row = await settle(fault.name, load.offered.slice(first, last), graph, restored);
  row.crashed = await crashed();
  const dead = (await deadLetters()) - deadBefore;
  row['dead-lettered'] = dead;
  // What is in the dead-letter queue is held for an operator's replay, not lost.
  row.lost = Math.max(0, Number(row.unanswered) - dead);
  rows.push(row);
  console.log(row);
}

/** Waits until the messages are answered (or SETTLE_S passes) and counts what happened to them. */
async function settle(
  name: string,
  messages: Offered[],
  graph: FakeGraphApi,
  restored: number,
): Promise<Record<string, string | number>> {
  const deadline = Date.now() + SETTLE_S * 1000;
  let replies = repliesByUser(graph);
  while (Date.now() < deadline && messages.some((m) => !replies.has(m.user))) {
    await sleep(500);
    replies = repliesByUser(graph);
  }
  const beforeEnd = messages.filter((m) => m.at <= restored);
  const lastAnswer = Math.max(
    restored,
    ...beforeEnd.map((m) => replies.get(m.user)?.first ?? Number.POSITIVE_INFINITY),
  );
  return {
    fault: name,
    offered: messages.length,
    acknowledged: messages.filter((m) => m.acknowledged).length,
    answered: messages.filter((m) => replies.has(m.user)).length,
    unanswered: messages.filter((m) => m.acknowledged && !replies.has(m.user)).length,
    lost: messages.filter((m) => m.acknowledged && !replies.has(m.user)).length,
    duplicated: messages.filter((m) => (replies.get(m.user)?.count ?? 0) > 1).length,
    'dead-lettered': 0,
    'refused attempts': messages.reduce((sum, m) => sum + m.refused, 0),
    'recovered in s': Number.isFinite(lastAnswer) ? ((lastAnswer - restored) / 1000).toFixed(1) : 'not within the run',
  };
}

function repliesByUser(graph: FakeGraphApi): Map<string, { count: number; first: number }> {
  const replies = new Map<string, { count: number; first: number }>();
  for (const send of graph.sends) {
    const to = String(send.body.to);
    const seen = replies.get(to);
    replies.set(to, { count: (seen?.count ?? 0) + 1, first: Math.min(seen?.first ?? send.at, send.at) });
  }
  return replies;
}

/**
 * The embedded gateway (one process, SQLite and the journal) on a 64 MiB tmpfs: a file fills the
 * folder to the last megabyte during the fault and is removed at its end. Needs root for the mount.
 */
async function diskFull(load: Load, graph: FakeGraphApi): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'gb-chaos-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m,mode=0700', 'tmpfs', folder], { stdio: 'ignore' });
  } catch {
    rows.push({ fault: 'disk full (embedded)', offered: 'skipped: mounting a size-limited tmpfs needs root' });
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  const env = { GB_DATA_DIR: folder, GB_SECRET_KEY: 'd'.repeat(64), GB_LOG_LEVEL: 'error' };
  const embedded = new GatewayProcess(await freePort(), env, 'all', [], ENTRY);
  try {
    await promisify(execFile)(process.execPath, [ENTRY, 'deploy', botPackage(graph)], {
      env: { ...process.env, ...env },
    });
    await embedded.start();
    load.stop();
    await load.retarget(embedded.url);
    load.start();
    const first = load.offered.length;
    await sleep(CALM_S * 1000);
    // Every last block taken: the journal's next write fails with ENOSPC.
    const filler = join(folder, 'filler');
    const chunk = Buffer.alloc(2 ** 16);
    try {
      for (;;) appendFileSync(filler, chunk);
    } catch {
      // Full.
    }
    await sleep(FAULT_S * 1000);
    rmSync(filler);
    const restored = Date.now();
    await sleep(CALM_S * 1000);
    const row = await settle('disk full (embedded)', load.offered.slice(first), graph, restored);
    row['dead-lettered'] = 'n/a';
    rows.push(row);
    console.log(row);
  } finally {
    load.stop();
    await embedded.kill('SIGTERM');
    execFileSync('umount', [folder], { stdio: 'ignore' });
    rmSync(folder, { recursive: true, force: true });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

await main();

/**
 * End-to-end benchmark of the WhatsApp path: signed Cloud API webhooks → ingress → broker →
 * router (knowledge base) → outbound worker → a fake Graph API, with the gateway in its own
 * process (`gb serve`) and the load and the fake in this one.
 *
 *   npm run bench -- [--messages 4000] [--concurrency 64] [--broker embedded|rabbitmq|both] [--only closed] [--quick]
 *                    [--profile <dir>] [--entry <another build>/server/cli.js]
 *
 * Each run starts with 300 unmeasured messages (warm-up). Runs, per broker: closed loop (as fast as it goes), open loop at an offered 500 messages/s
 * (webhook acknowledgement latency), and closed loop with the fake answering 429 + Retry-After
 * (pair rate, 131056) to 20% of sends. Prints throughput, latency percentiles, peak memory of
 * the gateway process, and lost and duplicated replies.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { FakeGraphApi } from '../test-fixtures/fakes/graph-api.js';
import { GatewayProcess, freePort } from '../test-fixtures/gateway-process.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { deleteRabbitTopology, uniquePrefix } from '../test-fixtures/rabbit.js';
import { freshPostgresSchema } from '../test-fixtures/postgres.js';
import { SERVICE_URLS, service } from '../test-fixtures/services.js';
import { rawRabbitMq } from './machine.js';
import { buildGateway, cpuSince, cpuTime, findProcess, peakRss, type CpuTime } from './processes.js';
import { formatMs, percentile } from './stats.js';
import { APP_SECRET, PHONE, TOKEN, benchUser, postWebhook, webhook } from './whatsapp-load.js';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '64' },
    broker: { type: 'string', default: 'both' },
    quick: { type: 'boolean', default: false },
    /** Runs only the scenarios whose name contains this text ("closed", "offered", "429", "3 processes"). */
    only: { type: 'string' },
    /** Writes a CPU profile of the gateway process into this folder. */
    profile: { type: 'string' },
    /** Runs this compiled gateway (another build's server/cli.js) instead of building this checkout. */
    entry: { type: 'string' },
  },
});
const MESSAGES = values.quick ? 500 : Number(values.messages);
const CONCURRENCY = Number(values.concurrency);
/** Messages sent before measuring, and not counted. */
const WARMUP = 300;
interface Scenario {
  name: string;
  broker: 'embedded' | 'rabbitmq';
  /** Ingress, router and worker as three processes, on PostgreSQL. */
  split?: boolean;
  offeredPerSecond?: number;
  throttledShare?: number;
}

interface Result {
  scenario: string;
  'messages/s e2e': string;
  'ack p50': string;
  'ack p99': string;
  'e2e p50': string;
  'e2e p99': string;
  'gateway peak RSS': string;
  'gateway CPU/msg': string;
  'load+fake CPU/msg': string;
  'RabbitMQ CPU/msg': string;
  lost: number;
  duplicated: number;
  'early sends': number;
}

/** Gateway processes of the current run: killed if the benchmark itself dies, never left behind. */
const running = new Set<number>();
process.on('exit', () => {
  for (const pid of running) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

async function run(scenario: Scenario, amqpUrl: string | undefined): Promise<Result> {
  const graph = await new FakeGraphApi(TOKEN).start();
  if (scenario.throttledShare) {
    const every = Math.round(1 / scenario.throttledShare);
    graph.everyNth(every, () => ({ kind: 'reply', reply: FakeGraphApi.throttled(1, 131056) }));
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'gb-bench-'));
  const secretKey = 'ab'.repeat(32);
  const schema = scenario.split ? await freshPostgresSchema(await requireService('postgres'), 'bench') : undefined;
  const botPackage = writeBotPackage(
    'bench',
    {
      'WhatsApp Phone Number ID': PHONE,
      'WhatsApp Access Token': TOKEN,
      'WhatsApp App Secret': APP_SECRET,
      'WhatsApp Verify Token': 'v',
      'WhatsApp API URL': `${graph.url}/v23.0`,
      'WhatsApp Messages Per Second': '100000',
    },
    [
      ['What are your opening hours?', 'From 9 to 18.'],
      ['Do you deliver?', 'Yes, everywhere in town.'],
      ['Where is the shop?', 'On Main Street.'],
      ['Do you take cards?', 'All of them.'],
    ],
  );
  const prefix = uniquePrefix('bench');
  const env: Record<string, string> = {
    GB_DATA_DIR: dataDir,
    GB_SECRET_KEY: secretKey,
    GB_LOG_LEVEL: 'warn',
    GB_ROUTER_PREFETCH: '256',
    GB_WORKER_PREFETCH: '256',
  };
  if (scenario.broker === 'rabbitmq') Object.assign(env, { AMQP_URL: amqpUrl!, GB_QUEUE_PREFIX: prefix });
  if (schema) env.DATABASE_URL = schema.url;
  // Deployed by the gateway under test itself, so an older build (--entry) migrates its own schema.
  execFileSync(process.execPath, [ENTRY, 'deploy', botPackage], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
  const processes = scenario.split
    ? await Promise.all(
        (['ingress', 'router', 'worker'] as const).map(
          async (role) => new GatewayProcess(await freePort(), env, role, profile, ENTRY),
        ),
      )
    : [new GatewayProcess(await freePort(), env, 'all', profile, ENTRY)];
  for (const p of processes) {
    await p.start();
    running.add(p.pid!);
  }
  const gateway = processes[0]!;
  const path = '/webhooks/bench/whatsapp';
  const pool = new Pool(gateway.url, { connections: 512 });
  const stop = { done: false };
  const rss = Promise.all(processes.map((p) => peakRss(p.pid!, stop))).then((peaks) =>
    peaks.reduce((a, b) => a + b, 0),
  );

  const sentAt = new Map<string, number>();
  const acks: number[] = [];
  let refused = 0;
  /** Users whose webhook was acknowledged with 200: each must get exactly one reply. */
  const acknowledged = new Set<string>();
  const post = async (n: number) => {
    const user = benchUser(n);
    const body = webhook(user, n);
    const started = performance.now();
    sentAt.set(user, Date.now());
    let status: number;
    let text: string;
    try {
      ({ status, text } = await postWebhook(pool, path, body));
    } catch (err) {
      // Not acknowledged: like a channel, the load counts it refused (its reply may still come).
      [status, text] = [
        0,
        err instanceof Error
          ? `${err.message} ${String((err.cause as { code?: string } | undefined)?.code ?? '')}`
          : String(err),
      ];
    }
    acks.push(performance.now() - started);
    if (status === 200) acknowledged.add(user);
    else {
      refused++;
      if (refused <= 3) console.log(`webhook answered ${status || 'nothing'}: ${text}`);
    }
  };

  // Warm-up, not measured: the first messages after a start pay for JIT compilation and caches.
  await Promise.all(
    Array.from({ length: 16 }, async (_, lane) => {
      for (let n = lane; n < WARMUP; n += 16) {
        const body = webhook(benchUser(n, '44'), n);
        await postWebhook(pool, path, body).catch((err: unknown) =>
          console.log(`warm-up webhook failed: ${String(err)}`),
        );
      }
    }),
  );
  const warmUntil = Date.now() + 60_000;
  while (graph.sends.length < WARMUP && Date.now() < warmUntil) await new Promise((r) => setTimeout(r, 50));
  graph.sends.length = 0;

  const rabbitPid = scenario.broker === 'rabbitmq' ? await findProcess('beam.smp') : undefined;
  const cpuBefore = await Promise.all(processes.map((p) => cpuTime(p.pid!)));
  const rabbitBefore = rabbitPid === undefined ? undefined : await cpuTime(rabbitPid);
  const selfBefore = process.cpuUsage();
  const started = Date.now();
  if (scenario.offeredPerSecond) {
    const interval = 1000 / scenario.offeredPerSecond;
    const inFlight: Array<Promise<void>> = [];
    for (let n = 0; n < MESSAGES; n++) {
      const due = started + n * interval;
      const wait = due - Date.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      inFlight.push(post(n));
    }
    await Promise.all(inFlight);
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < MESSAGES) await post(next++);
      }),
    );
  }
  // Waits for a reply to every acknowledged user, reading each new send once: this process also
  // serves the fake Graph API, so the wait must not take the CPU the fake needs.
  const deadline = Date.now() + 120_000;
  const unanswered = new Set(acknowledged);
  let seen = 0;
  while (unanswered.size > 0 && Date.now() < deadline) {
    for (; seen < graph.sends.length; seen++) unanswered.delete(String(graph.sends[seen]!.body.to));
    if (unanswered.size > 0) await new Promise((r) => setTimeout(r, 20));
  }
  const finished = graph.sends.reduce((latest, s) => Math.max(latest, s.at), started);
  await new Promise((r) => setTimeout(r, 500));

  const perUser = new Map<string, number[]>();
  for (const send of graph.sends) {
    const to = String(send.body.to);
    const times = perUser.get(to);
    if (times) times.push(send.at);
    else perUser.set(to, [send.at]);
  }
  const e2e = [...perUser.entries()].map(([user, times]) => times[0]! - sentAt.get(user)!);
  const self = process.cpuUsage(selfBefore);
  const cpuAfter = await Promise.all(processes.map((p) => cpuTime(p.pid!)));
  const gatewayCpu = cpuAfter
    .map((after, i) => cpuSince(cpuBefore[i]!, after))
    .reduce((a, b) => ({ user: a.user + b.user, system: a.system + b.system }));
  const rabbitCpu =
    rabbitPid === undefined || !rabbitBefore ? undefined : cpuSince(rabbitBefore, await cpuTime(rabbitPid));
  const answered = Math.max(1, acknowledged.size);
  stop.done = true;
  const peak = await rss;
  for (const p of processes) {
    running.delete(p.pid!);
    await p.kill('SIGTERM');
  }
  await pool.close();
  await graph.close();
  await schema?.drop();
  if (scenario.broker === 'rabbitmq') await deleteRabbitTopology(amqpUrl!, prefix, [], 8);

  return {
    scenario: scenario.name,
    'messages/s e2e': ((perUser.size / (finished - started)) * 1000).toFixed(0),
    'ack p50': formatMs(percentile(acks, 50)),
    'ack p99': formatMs(percentile(acks, 99)),
    'e2e p50': formatMs(percentile(e2e, 50)),
    'e2e p99': formatMs(percentile(e2e, 99)),
    'gateway peak RSS': `${peak.toFixed(0)} MiB`,
    'gateway CPU/msg': perMessage(gatewayCpu, answered),
    'load+fake CPU/msg': perMessage({ user: self.user / 1e6, system: self.system / 1e6 }, answered),
    'RabbitMQ CPU/msg': rabbitCpu ? perMessage(rabbitCpu, answered) : '–',
    lost: [...acknowledged].filter((user) => !perUser.has(user)).length,
    duplicated: [...perUser.values()].filter((t) => t.length > 1).length,
    'early sends': graph.early.length,
  };
}

/** CPU time per message, in ms, with the kernel's part (system time) in parentheses. */
function perMessage(cpu: CpuTime, messages: number): string {
  return `${(((cpu.user + cpu.system) * 1000) / messages).toFixed(2)} ms (sys ${((cpu.system * 1000) / messages).toFixed(2)})`;
}

async function requireService(name: 'postgres'): Promise<string> {
  const url = await service(name);
  if (!url) throw new Error(`${name} is needed for the three-process runs`);
  return url;
}

const ENTRY = values.entry ? resolve(values.entry) : fileURLToPath(new URL('../dist/server/cli.js', import.meta.url));
if (!values.entry) {
  console.log('building the gateway (dist/), as npm start runs it');
  buildGateway();
}
const brokers =
  values.broker === 'both' ? (['embedded', 'rabbitmq'] as const) : [values.broker as 'embedded' | 'rabbitmq'];
const amqpUrl = brokers.includes('rabbitmq') ? await service('rabbitmq').catch(() => undefined) : undefined;
// The machine's own speed, which varies by hour here: the runs are read against it.
const calibration = amqpUrl ? await rawRabbitMq(amqpUrl) : undefined;
const results: Result[] = [];
for (const broker of brokers) {
  if (broker === 'rabbitmq' && !amqpUrl) {
    console.log(`RabbitMQ is not reachable at ${new URL(SERVICE_URLS.rabbitmq).host}: skipping the RabbitMQ runs`);
    continue;
  }
  for (const scenario of [
    { name: `${broker}: closed loop, ${CONCURRENCY} at a time`, broker },
    { name: `${broker}: offered 500/s`, broker, offeredPerSecond: 500 },
    { name: `${broker}: 20% of sends 429 + Retry-After`, broker, throttledShare: 0.2 },
    ...(broker === 'rabbitmq'
      ? [
          { name: 'rabbitmq+postgres, 3 processes: closed loop', broker, split: true },
          { name: 'rabbitmq+postgres, 3 processes: offered 500/s', broker, split: true, offeredPerSecond: 500 },
        ]
      : []),
  ] satisfies Scenario[]) {
    if (values.only && !scenario.name.includes(values.only)) continue;
    results.push(await run(scenario, amqpUrl));
    console.log(`done: ${scenario.name}`);
  }
}
console.log(
  `\nWhatsApp end to end, ${MESSAGES} messages per run; the gateway in its own process(es), SQLite unless noted; peak RSS summed over its processes; ${new Date().toISOString()}`,
);
if (calibration) {
  console.log(
    `This machine now: raw RabbitMQ (one quorum queue, publish with confirms + consume) ${calibration['messages/s']} messages/s, ${calibration['server CPU/msg']} of RabbitMQ CPU a message (npm run bench:calibrate also measures the HTTP legs alone)`,
  );
}
console.table(results);

/**
 * A soak run: signed WhatsApp webhooks at a steady offered rate for a long time against the
 * gateway in its own process (embedded broker, SQLite), with the fake Graph API posting
 * `delivered` statuses back as WhatsApp does. Every window it prints the gateway's memory, the
 * replies' latency and the data folder's size, so a leak or a slowdown shows as a trend; at the
 * end, lost and duplicated replies.
 *
 *   npm run bench:soak -- [--minutes 60] [--rate 50] [--window 60]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { signHubBody } from '../adapters/whatsapp/index.js';
import { FakeGraphApi } from '../test-fixtures/fakes/graph-api.js';
import { GatewayProcess, freePort } from '../test-fixtures/gateway-process.js';
import { cloudWebhook } from '../test-fixtures/whatsapp/webhooks.js';
import { buildGateway, cpuSince, cpuTime } from './processes.js';
import { formatMs, percentile } from './stats.js';
import { APP_SECRET, PHONE, TOKEN, benchBotPackage, benchUser, postWebhook, webhook } from './whatsapp-load.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '60' },
    rate: { type: 'string', default: '50' },
    window: { type: 'string', default: '60' },
  },
});
const MINUTES = Number(values.minutes);
const RATE = Number(values.rate);
const WINDOW_S = Number(values.window);
const ENTRY = resolve(fileURLToPath(new URL('..', import.meta.url)), 'dist/server/cli.js');

buildGateway();
const graph = await new FakeGraphApi(TOKEN).start();
const dataDir = mkdtempSync(join(tmpdir(), 'gb-soak-'));
const env = { GB_DATA_DIR: dataDir, GB_SECRET_KEY: 'b'.repeat(64), GB_LOG_LEVEL: 'warn' };
const botPackage = benchBotPackage('soak', graph.url);
execFileSync(process.execPath, [ENTRY, 'deploy', botPackage], { env: { ...process.env, ...env }, stdio: 'ignore' });
const gateway = new GatewayProcess(await freePort(), env, 'all', [], ENTRY);
await gateway.start();
const pool = new Pool(gateway.url, { connections: 32 });
const path = '/webhooks/soak/whatsapp';

const sentAt = new Map<string, number>();
const replies = new Map<string, number>();
let offered = 0;
let acknowledged = 0;
let reported = 0;
const windowLatencies: number[] = [];

/** Replies seen at the fake: latency from the webhook, duplicates counted, statuses posted back. */
function collect(): void {
  for (; reported < graph.sends.length; reported++) {
    const send = graph.sends[reported]!;
    const to = String(send.body.to);
    replies.set(to, (replies.get(to) ?? 0) + 1);
    const at = sentAt.get(to);
    if (at !== undefined && replies.get(to) === 1) windowLatencies.push(send.at - at);
    if (send.id) {
      const body = cloudWebhook(PHONE, {
        statuses: [
          { id: send.id, status: 'delivered', timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: to },
        ],
      });
      void pool
        .request({
          method: 'POST',
          path,
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signHubBody(body, APP_SECRET) },
          body,
        })
        .then((r) => r.body.text())
        .catch(() => undefined);
    }
  }
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

async function rss(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const rows: Array<Record<string, string | number>> = [];
const started = Date.now();
const end = started + MINUTES * 60_000;
let windowStart = started;
let cpuBefore = await cpuTime(gateway.pid!);
const ticker = setInterval(collect, 50);
while (Date.now() < end) {
  // A steady offered rate: each message is due at its own time, whatever the answers take.
  const due = started + (offered * 1000) / RATE;
  if (Date.now() < due) {
    await new Promise((r) => setTimeout(r, Math.min(50, due - Date.now())));
    continue;
  }
  const n = offered++;
  const user = benchUser(n, '56');
  sentAt.set(user, Date.now());
  void postWebhook(pool, path, webhook(user, n)).then(
    (r) => {
      if (r.status === 200) acknowledged++;
    },
    () => undefined,
  );
  if (Date.now() - windowStart >= WINDOW_S * 1000) {
    const cpu = cpuSince(cpuBefore, await cpuTime(gateway.pid!));
    cpuBefore = await cpuTime(gateway.pid!);
    rows.push({
      minute: ((Date.now() - started) / 60_000).toFixed(1),
      'replies p50': formatMs(percentile(windowLatencies, 50)),
      'replies p99': formatMs(percentile(windowLatencies, 99)),
      'gateway RSS MiB': (await rss(gateway.pid!)).toFixed(0),
      'gateway CPU %': (((cpu.user + cpu.system) / ((Date.now() - windowStart) / 1000)) * 100).toFixed(0),
      'data folder MiB': (folderBytes(dataDir) / 2 ** 20).toFixed(1),
    });
    console.log(rows.at(-1));
    windowLatencies.length = 0;
    windowStart = Date.now();
  }
}
// The last replies come in.
const quiet = Date.now() + 30_000;
while (Date.now() < quiet && graph.sends.length < offered) await new Promise((r) => setTimeout(r, 200));
collect();
clearInterval(ticker);
await pool.close();
await gateway.kill('SIGTERM');
await graph.close();

const lost = [...sentAt.keys()].filter((user) => !replies.has(user)).length;
const duplicated = [...replies.values()].filter((count) => count > 1).length;
console.log(`soak: ${MINUTES} minutes at ${RATE} messages/s offered, embedded broker, SQLite, statuses posted back`);
console.table(rows);
console.table({ offered, acknowledged, answered: replies.size, lost, duplicated });

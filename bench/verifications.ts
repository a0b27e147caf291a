/**
 * Verification codes end to end: `POST /api/instances/<name>/verifications` → the codes lane →
 * the worker → a fake Graph API (the authentication template), with every fourth WhatsApp send
 * refused for good (131026), so that code falls back to SMS through a fake Twilio. The gateway
 * runs in its own process (`gb serve`, embedded broker, SQLite); the load and the fakes in this one.
 *
 *   npm run bench:codes -- [--codes 2000] [--concurrency 32] [--quick]
 *
 * Prints codes a second, latency percentiles from the API call to the code at the fake (first
 * channel and fallback apart), gateway CPU per code and peak memory, and the HTTP floor of
 * `npm run bench:calibrate` measured in the same run, to read the figure against.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { signHubBody } from '../adapters/whatsapp/index.js';
import { FakeGraphApi } from '../test-fixtures/fakes/graph-api.js';
import { FakeTwilioApi } from '../test-fixtures/fakes/twilio-api.js';
import { GatewayProcess, freePort } from '../test-fixtures/gateway-process.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { cloudWebhook } from '../test-fixtures/whatsapp/webhooks.js';
import { forwarderFloor } from './machine.js';
import { buildGateway, cpuSince, cpuTime, peakRss } from './processes.js';
import { formatMs, percentile } from './stats.js';

const { values } = parseArgs({
  options: {
    codes: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '32' },
    quick: { type: 'boolean', default: false },
  },
});
const CODES = values.quick ? 300 : Number(values.codes);
const CONCURRENCY = Number(values.concurrency);
const ENTRY = resolve(fileURLToPath(new URL('..', import.meta.url)), 'dist/server/cli.js');
const TOKEN = 'EAAG-bench-codes';
const APP_SECRET = 'bench-app-secret';
const PHONE_ID = '106540352242999';
const OPERATOR = 'bench-operator-token-0123456789';
const SID = 'AC22222222222222222222222222222222';
const TWILIO_TOKEN = 'twilio-bench-token';

buildGateway();
const graph = await new FakeGraphApi(TOKEN).start();
const twilio = await new FakeTwilioApi(SID, TWILIO_TOKEN).start();
// Every fourth WhatsApp send: "message undeliverable", a permanent failure that falls back to SMS.
graph.everyNth(4, () => ({ kind: 'reply', reply: FakeGraphApi.error(400, 131026, 'Message undeliverable') }));
const dataDir = mkdtempSync(join(tmpdir(), 'gb-bench-codes-'));
const env = {
  GB_DATA_DIR: dataDir,
  GB_SECRET_KEY: 'a'.repeat(64),
  GB_LOG_LEVEL: 'warn',
  GB_WORKER_PREFETCH: '256',
};
const botPackage = writeBotPackage(
  'codes',
  {
    'Operator Token': OPERATOR,
    'WhatsApp Phone Number ID': PHONE_ID,
    'WhatsApp Access Token': TOKEN,
    'WhatsApp App Secret': APP_SECRET,
    'WhatsApp Verify Token': 'bench',
    'WhatsApp API URL': `${graph.url}/v23.0`,
    'WhatsApp Messages Per Second': '1000',
    'Twilio Account SID': SID,
    'Twilio Auth Token': TWILIO_TOKEN,
    'SMS Number': '+10987654399',
    'SMS Messages Per Second': '1000',
    'Public URL': 'https://codes.example.com',
    'Twilio API URL': twilio.url,
    'Verification Sends Per Hour': '100',
  },
  [['Hi', 'Hello!']],
);
execFileSync(process.execPath, [ENTRY, 'deploy', botPackage], {
  env: { ...process.env, ...env },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const gateway = new GatewayProcess(await freePort(), env, 'all', [], ENTRY);
await gateway.start();
const pool = new Pool(gateway.url, { connections: CONCURRENCY + 1 });

const number = (n: number) => `+55119${String(n).padStart(8, '0')}`;

/**
 * WhatsApp reports each template delivered, as it does in production (statuses webhooks, up to
 * 100 in one): without them every code would wait out `Verification Delivery Seconds` and go
 * to SMS as well.
 */
let reported = 0;
let reporting = true;
const reporter = (async () => {
  while (reporting) {
    const batch = graph.sends.slice(reported, reported + 100).filter((s) => s.id !== undefined);
    if (batch.length === 0) {
      await new Promise((r) => setTimeout(r, 20));
      continue;
    }
    reported += batch.length;
    const body = cloudWebhook(PHONE_ID, {
      statuses: batch.map((s) => ({
        id: s.id,
        status: 'delivered',
        timestamp: String(Math.floor(Date.now() / 1000)),
        recipient_id: String(s.body.to).slice(1),
      })),
    });
    const response = await pool.request({
      method: 'POST',
      path: '/webhooks/codes/whatsapp',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signHubBody(body, APP_SECRET) },
      body,
    });
    await response.body.text();
  }
})();
const startAt = new Map<string, number>();
const answered: number[] = [];
const post = async (to: string) => {
  const at = Date.now();
  startAt.set(to, at);
  const response = await pool.request({
    method: 'POST',
    path: '/api/instances/codes/verifications',
    headers: { authorization: `Bearer ${OPERATOR}`, 'content-type': 'application/json' },
    body: JSON.stringify({ to }),
  });
  const text = await response.body.text();
  if (response.statusCode !== 201) throw new Error(`start answered ${response.statusCode}: ${text}`);
  answered.push(Date.now() - at);
};
const load = async (count: number, offset: number) => {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) await post(number(offset + next++));
    }),
  );
};

// Warm-up, not measured.
await load(100, 90_000_000);
await waitFor(() => delivered(90_000_000, 100) >= 100);
await waitFor(() => reported >= graph.sends.length);
graph.sends.length = 0;
twilio.sends.length = 0;
reported = 0;
answered.length = 0;

const stop = { done: false };
const memory = peakRss(gateway.pid!, stop);
const cpuBefore = await cpuTime(gateway.pid!);
const started = performance.now();
await load(CODES, 0);
await waitFor(() => delivered(0, CODES) >= CODES, 120_000);
const seconds = (performance.now() - started) / 1000;
const cpu = cpuSince(cpuBefore, await cpuTime(gateway.pid!));
stop.done = true;

const firstChannel: number[] = [];
const fallback: number[] = [];
for (const send of graph.sends) {
  const to = String(send.body.to);
  if (send.body.type === 'template') firstChannel.push(send.at - startAt.get(to)!);
}
for (const send of twilio.sends) fallback.push(send.at - startAt.get(send.form.To!)!);

reporting = false;
await reporter;
await pool.close();
await gateway.kill('SIGTERM');
await graph.close();
await twilio.close();
const floor = await forwarderFloor(5_000);

console.log(`verification codes end to end, embedded broker, SQLite store, ${CODES} codes, ${CONCURRENCY} in flight`);
console.table({
  'codes/s end to end': (CODES / seconds).toFixed(0),
  'delivered on WhatsApp': firstChannel.length,
  'fell back to SMS': fallback.length,
  'API answer p50': formatMs(percentile(answered, 50)),
  'API answer p99': formatMs(percentile(answered, 99)),
  'WhatsApp code latency p50': formatMs(percentile(firstChannel, 50)),
  'WhatsApp code latency p99': formatMs(percentile(firstChannel, 99)),
  'SMS fallback latency p50': formatMs(percentile(fallback, 50)),
  'SMS fallback latency p99': formatMs(percentile(fallback, 99)),
  'gateway CPU per code': `${(((cpu.user + cpu.system) * 1000) / CODES).toFixed(2)} ms`,
  'gateway peak RSS': `${(await memory).toFixed(0)} MiB`,
});
console.log('This machine now (npm run bench:calibrate, HTTP legs only):');
console.table({ forwarder: floor });

/** Codes that reached someone: a template that was taken, or the SMS after a refused one. */
function delivered(offset: number, count: number): number {
  const reached = new Set<string>();
  for (const s of graph.sends) if (s.body.type === 'template') reached.add(String(s.body.to));
  for (const s of twilio.sends) reached.add(s.form.To!);
  let n = 0;
  for (let i = 0; i < count; i++) if (reached.has(number(offset + i))) n++;
  return n;
}

async function waitFor(ok: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error('the codes did not all arrive in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import { Pool } from 'undici';
import { FakeGraphApi } from '../test-fixtures/fakes/graph-api.js';
import { freePort } from '../test-fixtures/gateway-process.js';
import { cpuSince, cpuTime, findProcess } from './processes.js';
import { TOKEN, benchUser, postWebhook, webhook } from './whatsapp-load.js';

export interface Calibration {
  'messages/s': number;
  /** CPU per message of the process measured (RabbitMQ, or the forwarder), in µs. */
  'server CPU/msg': string;
  /** CPU per message of this process (the client: amqplib, or the load and the fake), in µs. */
  'client CPU/msg': string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const us = (seconds: number, messages: number) => `${((seconds * 1e6) / messages).toFixed(0)} µs`;

/**
 * What RabbitMQ itself does on this machine: publishes with confirms, `inFlight` outstanding,
 * through one quorum queue, consumed and acknowledged one by one. The figure the targets were set
 * against (about 18,000 messages/s where they were written), to compare machines and hours.
 */
export async function rawRabbitMq(url: string, messages = 20_000, inFlight = 64): Promise<Calibration> {
  const publishing = await amqp.connect(url);
  const consuming = await amqp.connect(url);
  const queue = `gb-calibration-${process.pid}-${Date.now()}`;
  try {
    const publisher = await publishing.createConfirmChannel();
    await publisher.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    const consumer = await consuming.createChannel();
    await consumer.prefetch(256);
    let received = 0;
    const allReceived = new Promise<void>((resolve) => {
      void consumer.consume(queue, (message) => {
        if (!message) return;
        consumer.ack(message);
        if (++received === messages) resolve();
      });
    });
    const beam = await findProcess('beam.smp');
    const rabbitBefore = beam === undefined ? undefined : await cpuTime(beam);
    const selfBefore = process.cpuUsage();
    const started = performance.now();
    const body = Buffer.alloc(600, 'x');
    let sent = 0;
    await new Promise<void>((resolve, reject) => {
      let outstanding = 0;
      const fill = () => {
        while (outstanding < inFlight && sent < messages) {
          outstanding++;
          sent++;
          publisher.publish('', queue, body, { persistent: true }, (err) => {
            if (err) return reject(err);
            outstanding--;
            if (sent === messages && outstanding === 0) resolve();
            else fill();
          });
        }
      };
      fill();
    });
    await allReceived;
    const seconds = (performance.now() - started) / 1000;
    const self = process.cpuUsage(selfBefore);
    const rabbit = beam === undefined || !rabbitBefore ? undefined : cpuSince(rabbitBefore, await cpuTime(beam));
    await publisher.deleteQueue(queue);
    return {
      'messages/s': Math.round(messages / seconds),
      'server CPU/msg': rabbit ? us(rabbit.user + rabbit.system, messages) : '– (RabbitMQ is not on this machine)',
      'client CPU/msg': us((self.user + self.system) / 1e6, messages),
    };
  } finally {
    await publishing.close();
    await consuming.close();
  }
}

/**
 * What the HTTP legs alone cost here: bench/forwarder.ts (verify, parse, 200, reply to the fake
 * Graph API; no broker, no store) under the WhatsApp benchmark's closed loop.
 */
export async function forwarderFloor(messages = 20_000, concurrency = 64): Promise<Calibration> {
  const graph = await new FakeGraphApi(TOKEN).start();
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/forwarder.ts'], {
    cwd: ROOT,
    env: { ...process.env, GRAPH_URL: graph.url, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 512 });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`the forwarder exited with ${code}`)));
    });
    const path = '/webhooks/bench/whatsapp';
    const load = async (count: number, prefix: string) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < count) {
            const n = next++;
            await postWebhook(pool, path, webhook(benchUser(n, prefix), n));
          }
        }),
      );
      while (graph.sends.length < count) await new Promise((r) => setTimeout(r, 5));
      graph.sends.length = 0;
    };
    await load(2_000, '44');
    const forwarderBefore = await cpuTime(child.pid!);
    const selfBefore = process.cpuUsage();
    const started = performance.now();
    await load(messages, '55');
    const seconds = (performance.now() - started) / 1000;
    const self = process.cpuUsage(selfBefore);
    const forwarder = cpuSince(forwarderBefore, await cpuTime(child.pid!));
    return {
      'messages/s': Math.round(messages / seconds),
      'server CPU/msg': us(forwarder.user + forwarder.system, messages),
      'client CPU/msg': us((self.user + self.system) / 1e6, messages),
    };
  } finally {
    child.kill();
    await pool.close();
    await graph.close();
  }
}

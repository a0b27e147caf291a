/**
 * The cost of encryption at rest: sealing and opening values of the sizes the gateway keeps
 * (a text message, a web chat activity, a dialog state), per operation and per answered message,
 * with the calibration figure of the same run so days can be compared.
 *
 *   npm run bench:cipher
 */
import { randomBytes } from 'node:crypto';
import { DataCipher } from '../core/index.js';
import { forwarderFloor } from './machine.js';

const cipher = DataCipher.ephemeral();
const sizes = { 'text message (600 B)': 600, 'web chat activity (1.5 KB)': 1_500, 'dialog state (16 KB)': 16_384 };
const rows: Record<string, Record<string, string | number>> = {};
let perMessageUs = 0;
for (const [name, size] of Object.entries(sizes)) {
  const text = JSON.stringify({
    text: randomBytes(size / 2)
      .toString('hex')
      .slice(0, size - 12),
  });
  const scopes = Array.from({ length: 100 }, (_, i) => `instance-${i}`);
  const n = Math.max(2_000, Math.round(20_000_000 / size));
  for (let i = 0; i < 1_000; i++) cipher.open(scopes[i % 100]!, cipher.seal(scopes[i % 100]!, text)); // warm up
  const sealed: string[] = [];
  let started = process.cpuUsage();
  for (let i = 0; i < n; i++) sealed.push(cipher.seal(scopes[i % 100]!, text));
  const sealUs = cpuUs(started) / n;
  started = process.cpuUsage();
  for (let i = 0; i < n; i++) cipher.open(scopes[i % 100]!, sealed[i]!);
  const openUs = cpuUs(started) / n;
  rows[name] = {
    'seal µs (CPU)': round(sealUs),
    'open µs (CPU)': round(openUs),
    'stored bytes': sealed[0]!.length,
    overhead: `${Math.round((sealed[0]!.length / text.length - 1) * 100)}%`,
  };
  // An answered text message: the inbound row, the outbound row, two journal records (inbound and
  // outbound queue) sealed; the inbound body opened once by the router reading the session is not.
  if (size === 600) perMessageUs += 4 * sealUs + 2 * openUs;
}
const calibration = await forwarderFloor();

console.log('Encryption at rest (AES-256-GCM, per-instance HKDF keys, cached)');
console.table(rows);
const floorUs = Number.parseFloat(calibration['server CPU/msg']);
console.log(
  `per answered text message: ~${round(perMessageUs)} µs of CPU (4 seals, 2 opens); calibration (forwarder floor): ${calibration['messages/s']} msg/s, ${floorUs} µs CPU per message; cipher cost / floor = ${round(perMessageUs / floorUs)}`,
);

function cpuUs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return used.user + used.system;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

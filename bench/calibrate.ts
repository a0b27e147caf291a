/**
 * What this machine does without the gateway, to read the benchmarks' figures against:
 *
 *   npm run bench:calibrate
 *
 * - raw RabbitMQ: publish with confirms and consume through one quorum queue (amqplib);
 * - the HTTP floor: only the two HTTP legs of a WhatsApp message (bench/forwarder.ts), under the
 *   same load, fake Graph API and concurrency as `npm run bench`'s closed loop.
 */
import { SERVICE_URLS, service } from '../test-fixtures/services.js';
import { forwarderFloor, rawRabbitMq, type Calibration } from './machine.js';

const results: Record<string, Calibration> = {};
const rabbitUrl = await service('rabbitmq').catch(() => undefined);
if (rabbitUrl) results['raw RabbitMQ, one quorum queue, 64 publishes in flight'] = await rawRabbitMq(rabbitUrl);
else console.log(`RabbitMQ is not reachable at ${new URL(SERVICE_URLS.rabbitmq).host}: no raw RabbitMQ figure`);
results['HTTP legs only (forwarder), 64 webhooks in flight'] = await forwarderFloor();
console.log(`\nThis machine, ${new Date().toISOString()}`);
console.table(results);

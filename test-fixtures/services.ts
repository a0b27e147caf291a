import { createConnection } from 'node:net';

/**
 * Which real services the tests can reach. With GB_REQUIRE_SERVICES=1 (set by .ci/run) an
 * unreachable service fails the run instead of skipping the tests that need it.
 */
export const SERVICE_URLS = {
  postgres: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  rabbitmq: process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
  redis: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
} as const;

export type ServiceName = keyof typeof SERVICE_URLS;

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port), timeout: 1_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export const requireServices = process.env.GB_REQUIRE_SERVICES === '1';

/**
 * Resolves to the service URL, or to undefined (with the reason printed) when it cannot be
 * reached and the run does not require it.
 */
export async function service(name: ServiceName): Promise<string | undefined> {
  const url = SERVICE_URLS[name];
  if (await reachable(url)) return url;
  const reason = `${name} is not reachable at ${new URL(url).host}`;
  if (requireServices) throw new Error(`${reason}, and GB_REQUIRE_SERVICES=1 requires it`);
  console.warn(`skipping the ${name} tests: ${reason}`);
  return undefined;
}

import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestGateway } from '../test-fixtures/gateway.js';

/** A client that sends a request's headers and then one byte of its body now and then. */
function trickle(url: string): { socket: Socket; closed: Promise<void> } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.write(
    'POST /webhooks/demo/whatsapp HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
  );
  const timer = setInterval(() => socket.writable && socket.write(' '), 200);
  void closed.then(() => clearInterval(timer));
  return { socket, closed };
}

describe('slow clients', () => {
  it('cuts off a request that does not arrive whole within GB_REQUEST_TIMEOUT_MS', async () => {
    const gateway = await startTestGateway({ env: { GB_REQUEST_TIMEOUT_MS: '1000' } });
    try {
      const { closed } = trickle(gateway.url);
      // The server closes it: the test would time out otherwise, with the body never complete.
      await closed;
    } finally {
      await gateway.stop();
    }
  });

  it('shuts down with a request still trickling in, closing the broker and the store', async () => {
    const gateway = await startTestGateway({
      env: { GB_REQUEST_TIMEOUT_MS: '600000', GB_SHUTDOWN_TIMEOUT_MS: '2000' },
    });
    const { closed } = trickle(gateway.url);
    await new Promise((r) => setTimeout(r, 300));
    // Without cutting the connection, stopping would wait for the ten-minute request timeout.
    await gateway.stop();
    await closed;
    await expect(gateway.runtime.store.instances.list()).rejects.toThrow();
  });
});

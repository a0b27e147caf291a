import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutcomeUnknown, RetryLater } from './errors.js';
import { callApi } from './http.js';

describe('callApi', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      // Never answered (the server closes it at the end): a late answer cannot race the deadline.
      if (request.url === '/slow') return;
      if (request.url === '/drop') {
        request.socket.destroy();
        return;
      }
      response.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' }).end('{"ok":false}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const call = (path: string, timeoutMs = 5_000, signal = new AbortController().signal) =>
    callApi(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      signal,
      timeoutMs,
    });

  it('returns the status, the headers (any case) and the body', async () => {
    const response = await call('/');
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('7');
    expect(response.text).toBe('{"ok":false}');
  });

  it('reports a request that got no answer in time as an unknown outcome, never as retryable', async () => {
    const failure = await call('/slow', 100).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(OutcomeUnknown);
    expect((failure as Error).message).toBe(
      `POST ${new URL(url).host}: no answer within 100 ms; the message may have been sent`,
    );
  });

  it('reports a connection dropped after the request left as an unknown outcome', async () => {
    const failure = await call('/drop').catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(OutcomeUnknown);
    expect((failure as Error).message).toMatch(/connection lost/);
  });

  it('reports a refused connection (nothing was sent) as retryable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const failure = await callApi(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: {},
      signal: new AbortController().signal,
      timeoutMs: 1_000,
    }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(RetryLater);
    expect((failure as Error).message).toMatch(/unreachable \(ECONNREFUSED\)/);
  });

  it('stops waiting when the caller aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    // The server never answers and the deadline is far beyond the test's timeout: only the abort ends it.
    const failure = await call('/slow', 600_000, controller.signal).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(OutcomeUnknown);
  });
});

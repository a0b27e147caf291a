import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturingLogger } from '../test-fixtures/logger.js';
import { OutcomeUnknown, PermanentFailure } from './errors.js';
import {
  basicAuth,
  bearerAuth,
  classifyErrors,
  createTransport,
  deadline,
  jsonBody,
  logCalls,
  type Transformer,
} from './transport.js';

describe('transport', () => {
  let server: Server;
  let baseUrl: string;
  const seen: Array<{ url: string; headers: IncomingHttpHeaders; body: string }> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ url: request.url ?? '', headers: request.headers, body });
        // Never answered: only a deadline or an abort ends the call.
        if (request.url?.includes('/hang')) return;
        response.writeHead(request.url?.includes('/refuse') ? 400 : 200, { 'content-type': 'application/json' });
        response.end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const signal = () => new AbortController().signal;

  it('runs the transformers in order around every call, first one outermost', async () => {
    const order: string[] = [];
    const mark =
      (name: string): Transformer =>
      async (next, call) => {
        order.push(`${name} in`);
        const response = await next(call);
        order.push(`${name} out`);
        return response;
      };
    const transport = createTransport({ baseUrl, transformers: [mark('a'), mark('b'), bearerAuth('t0k'), jsonBody()] });
    const response = await transport.call('/v1/send', { body: '{"x":1}', signal: signal() });
    expect(response.status).toBe(200);
    expect(order).toEqual(['a in', 'b in', 'b out', 'a out']);
    const request = seen.at(-1)!;
    expect(request.url).toBe('/api/v1/send');
    expect(request.headers.authorization).toBe('Bearer t0k');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toBe('{"x":1}');
  });

  it('sends Basic credentials and keeps a content type the caller set', async () => {
    const transport = createTransport({ baseUrl, transformers: [basicAuth('AC1', 'secret'), jsonBody()] });
    await transport.call('/form', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
      signal: signal(),
    });
    const request = seen.at(-1)!;
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from('AC1:secret').toString('base64')}`);
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('turns an answer that is not a success into the channel error the mapping gives', async () => {
    const transport = createTransport({
      baseUrl,
      transformers: [
        classifyErrors(
          (r) => r.status === 200,
          (r) => new PermanentFailure(`refused with ${r.status}`),
        ),
      ],
    });
    await expect(transport.call('/refuse', { signal: signal() })).rejects.toThrow(
      new PermanentFailure('refused with 400'),
    );
    await expect(transport.call('/fine', { signal: signal() })).resolves.toMatchObject({ status: 200 });
  });

  it('gives every call a deadline, and the shortest of those set wins', async () => {
    const asked: number[] = [];
    const spy: Transformer = (next, call) => {
      asked.push(call.timeoutMs);
      return next(call);
    };
    const transport = createTransport({ baseUrl, transformers: [deadline(200), deadline(5_000), spy] });
    await expect(transport.call('/hang', { signal: signal() })).rejects.toBeInstanceOf(OutcomeUnknown);
    expect(asked).toEqual([200]);
  });

  it('logs the method, path and status, never the base URL (a token may be in it), a header or a body', async () => {
    const { logger, lines } = capturingLogger('debug');
    const transport = createTransport({
      baseUrl: `${baseUrl}bot123:SECRET-token`,
      transformers: [logCalls(logger), bearerAuth('header-secret')],
    });
    await transport.call('/sendMessage?token=query-secret', { body: '{"text":"body-secret"}', signal: signal() });
    const line = lines.join('\n');
    expect(line).toContain('"path":"/sendMessage"');
    expect(line).toContain('"status":200');
    for (const secret of ['SECRET-token', 'header-secret', 'body-secret', 'query-secret'])
      expect(line).not.toContain(secret);
  });
});

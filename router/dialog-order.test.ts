import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { RouterHarness, type Party } from '../test-fixtures/router-harness.js';

/** An order service whose answers wait until the test lets them go. */
class HeldApi {
  readonly #server: Server;
  readonly #held: Array<() => void> = [];
  readonly #watchers: Array<{ count: number; resolve: () => void }> = [];
  url = '';

  constructor() {
    this.#server = createServer((_request, response) => {
      this.#held.push(() => response.end('shipped'));
      for (const watcher of this.#watchers.filter((w) => this.#held.length >= w.count)) watcher.resolve();
    });
  }

  /** Resolves once `count` requests are held. */
  holding(count: number): Promise<void> {
    if (this.#held.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.#watchers.push({ count, resolve }));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  /** Answers every request held so far. */
  release(): void {
    for (const answer of this.#held.splice(0)) answer();
    this.#watchers.length = 0;
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

describe('what a dialog says goes out in order as it runs', () => {
  let harness: RouterHarness;
  let api: HeldApi;
  let instanceId: string;

  beforeAll(async () => {
    api = await new HeldApi().start();
    harness = await RouterHarness.open();
    instanceId = await harness.deploy(
      writeBotPackage('orders', { 'Dialog HTTP Hosts': '127.0.0.1' }, [['Track my order', '/track']], {
        'track.bas': [
          'TALK "Checking, one moment…"',
          `status = GET "${api.url}/orders/7"`,
          'TALK "Order 7 is " + status',
          'TALK "Anything else?"',
        ].join('\n'),
        'broken.bas': ['TALK "first"', 'TALK "second"', 'x = 1 / 0', 'TALK "never"'].join('\n'),
      }),
    );
  });
  afterAll(async () => {
    await harness?.close();
    await api?.close();
  });

  const party = (id: string): Party => ({ channel: 'web', conversationKey: id, id });

  it('publishes what was said before a slow keyword while the keyword is still waiting', async () => {
    const ana = party('ana');
    const routed = harness.say(instanceId, ana, 'Track my order');
    await api.holding(1);
    // The GET has not been answered: the first TALK is already on its way, alone.
    expect(harness.received(ana)).toEqual(['Checking, one moment…']);
    api.release();
    await routed;
    expect(harness.received(ana)).toEqual(['Checking, one moment…', 'Order 7 is shipped', 'Anything else?']);
    const keys = harness.published.filter((m) => m.conversationKey === 'ana').map((m) => m.idempotencyKey);
    expect(new Set(keys).size).toBe(3);
  });

  it('delivers what a dialog said before a runtime error, then the apology', async () => {
    const rui = party('rui');
    await harness.say(instanceId, rui, '/broken');
    expect(harness.received(rui)).toEqual(['first', 'second', 'Sorry, something went wrong in this conversation.']);
  });

  it('carries on after a crash during a keyword at the next place, so nothing is said twice or lost', async () => {
    const eva = party('eva');
    const message = harness.message(instanceId, eva, 'Track my order');
    // The first router stops answering while the GET waits (a crash); the broker delivers again.
    const first = harness.route(message);
    await api.holding(1);
    const second = harness.route(message);
    await api.holding(2);
    api.release();
    await Promise.all([first, second]);
    // Each place among the message's replies has one key and one text: the outbound worker sends
    // each key once, so the person reads each line once, in order.
    const byKey = new Map<string, Set<string>>();
    for (const m of harness.published.filter((p) => p.conversationKey === 'eva')) {
      const texts = byKey.get(m.idempotencyKey) ?? new Set<string>();
      texts.add('text' in m ? m.text : m.kind);
      byKey.set(m.idempotencyKey, texts);
    }
    const places = [...byKey.entries()].sort(([a], [b]) => Number(a.split(':').at(-1)) - Number(b.split(':').at(-1)));
    expect(places.map(([, texts]) => [...texts])).toEqual([
      ['Checking, one moment…'],
      ['Order 7 is shipped'],
      ['Anything else?'],
    ]);
  });
});

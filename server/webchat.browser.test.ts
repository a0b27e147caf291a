import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../test-fixtures/browser.js';

const chromiumInstalled = chromiumAvailable();

/** A gateway with the demo bot and a Chromium, for one describe block. */
function gatewayAndBrowser(): { gateway: () => TestGateway; browser: () => Browser } {
  let gateway: TestGateway | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    gateway = await startTestGateway();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });
  return { gateway: () => gateway!, browser: () => browser! };
}
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';

describe.skipIf(!chromiumInstalled)('the web chat page in a real browser', () => {
  const { gateway, browser } = gatewayAndBrowser();

  it('greets, answers a question from the knowledge base, and keeps the conversation across a reload', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(gateway().url);
    await page.getByRole('status').filter({ hasText: 'online' }).waitFor();
    await expect.poll(() => page.locator('.msg--bot').first().textContent()).toMatch(/General Bots demo/);

    await page.getByLabel('Message').fill('How do I deploy a bot?');
    await page.keyboard.press('Enter');
    const answer = page.locator('.msg--bot', { hasText: 'gb deploy' });
    await answer.waitFor();
    expect(await page.locator('.msg--user').allTextContents()).toEqual(['How do I deploy a bot?']);
    await page.screenshot({ path: join(tmpdir(), 'gb-webchat.png') });

    await page.reload();
    await page.getByRole('status').filter({ hasText: 'online' }).waitFor();
    await page.locator('.msg--bot', { hasText: 'gb deploy' }).waitFor();
    expect(await page.locator('.msg--user').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows menus as buttons and follows the clicks to an answer', async () => {
    const page = await browser().newPage();
    await page.goto(`${gateway().url}/chat/demo`);
    await page.getByRole('status').filter({ hasText: 'online' }).waitFor();
    await page.getByLabel('Message').fill('menu');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Security' }).click();
    await page.getByRole('button', { name: 'Are secrets encrypted?' }).click();
    await page.locator('.msg--bot', { hasText: 'AES-256-GCM' }).waitFor();
    await page.screenshot({ path: join(tmpdir(), 'gb-webchat-menu.png') });
  });

  it('chats with a named instance at /chat/<instance>', async () => {
    const page = await browser().newPage();
    await page.goto(`${gateway().url}/chat/demo`);
    await page.getByRole('status').filter({ hasText: 'online' }).waitFor();
    await page.getByLabel('Message').fill('Are webhooks verified?');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('.msg--bot', { hasText: 'raw request bytes' }).waitFor();
  });

  it('says so when the instance does not exist', async () => {
    const page = await browser().newPage();
    await page.goto(`${gateway().url}/chat/nobody`);
    await page.getByRole('status').filter({ hasText: 'cannot start' }).waitFor();
    expect(await page.getByLabel('Message').isDisabled()).toBe(true);
  });
});

describe.skipIf(!chromiumInstalled)(
  "Microsoft's Direct Line client (botframework-directlinejs) in a real browser",
  () => {
    const { gateway, browser } = gatewayAndBrowser();

    it.each([true, false])('talks to the gateway unchanged, with webSocket: %s', async (webSocket) => {
      const page = await browser().newPage();
      await page.goto(`${gateway().url}/health`);
      await page.addScriptTag({
        path: fileURLToPath(import.meta.resolve('botframework-directlinejs/dist/directline.js')),
      });
      const texts = await page.evaluate(
        async ({ domain, webSocket }) => {
          const generated = (await (await fetch(`${domain}/tokens/generate`, { method: 'POST' })).json()) as {
            token: string;
          };
          const { DirectLine } = (
            globalThis as unknown as { DirectLine: { DirectLine: new (options: object) => DirectLineClient } }
          ).DirectLine;
          interface DirectLineClient {
            activity$: { subscribe(next: (a: { from: { id: string }; text?: string }) => void): void };
            postActivity(activity: object): {
              subscribe(next: (id: string) => void, error: (e: unknown) => void): void;
            };
            end(): void;
          }
          const client = new DirectLine({ domain, token: generated.token, webSocket, pollingInterval: 200 });
          const botTexts: string[] = [];
          client.activity$.subscribe((activity) => {
            if (activity.from.id === 'demo' && activity.text) botTexts.push(activity.text);
          });
          await new Promise<string>((resolve, reject) =>
            client
              .postActivity({ type: 'message', from: { id: 'web-user' }, text: 'What is Direct Line?' })
              .subscribe(resolve, reject),
          );
          const deadline = Date.now() + 10_000;
          while (botTexts.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
          client.end();
          return botTexts;
        },
        { domain: `${gateway().url}/directline/demo/v3/directline`, webSocket },
      );
      expect(texts[0]).toMatch(/General Bots demo/);
      expect(texts[1]).toMatch(/Bot Framework's protocol for custom clients/);
    });
  },
);

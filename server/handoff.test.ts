import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineTestClient } from '../test-fixtures/directline-client.js';
import { FakeTelegramApi } from '../test-fixtures/fakes/telegram-api.js';
import { startTestGateway, type TestGateway } from '../test-fixtures/gateway.js';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { playTranscript, readTranscript, type TranscriptAgent } from '../test-fixtures/transcript.js';
import { until } from '../test-fixtures/until.js';
import { deployPackage } from './deploy.js';

const BOT_TOKEN = '777:handoff-bot-token';
const SECRET = 'handoff_secret';
const AGENT_CHAT = 4242;

describe('handing a web chat user to a person on Telegram', () => {
  let telegram: FakeTelegramApi;
  let gateway: TestGateway;
  let updateId = 9000;
  const toAgent = () =>
    telegram.calls
      .filter((c) => c.method === 'sendMessage' && c.payload.chat_id === AGENT_CHAT)
      .map((c) => String(c.payload.text));
  const agentSays = (text: string) =>
    fetch(`${gateway.url}/webhooks/helpdesk/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify({
        update_id: ++updateId,
        message: {
          message_id: updateId,
          from: { id: AGENT_CHAT, is_bot: false, first_name: 'Ana' },
          chat: { id: AGENT_CHAT, type: 'private' },
          date: 1767224888,
          text,
        },
      }),
    });

  beforeAll(async () => {
    telegram = await new FakeTelegramApi(BOT_TOKEN).start();
    gateway = await startTestGateway({ deployDemo: false });
    await deployPackage(
      gateway.runtime,
      writeBotPackage(
        'helpdesk',
        {
          'Telegram Bot Token': BOT_TOKEN,
          'Telegram Secret Token': SECRET,
          'Telegram API URL': telegram.url,
          'Human Agents': `telegram:${AGENT_CHAT}`,
          'Not Found Message': 'No idea.',
        },
        [['What are your opening hours?', 'From 9 to 18.']],
      ),
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await telegram?.close();
  });

  it('follows the hand-off transcript: relayed both ways until quit', async () => {
    const user = await new DirectLineTestClient(gateway.url, 'helpdesk').start();
    const agent: TranscriptAgent = {
      say: async (text) => {
        expect((await agentSays(text)).status).toBe(200);
      },
      received: toAgent,
    };
    expect(
      await playTranscript(
        user,
        readTranscript(new URL('../test-fixtures/transcripts/handoff.transcript', import.meta.url)),
        agent,
      ),
    ).toEqual([]);
  });

  it('relays both ways while the person has the conversation, and the bot answers again after quit', async () => {
    const user = await new DirectLineTestClient(gateway.url, 'helpdesk').start();
    const say = async (text: string) => ((await (await user.post(text)).json()) as { id: string }).id;
    const botTexts = async () =>
      (await user.activities()).activities.filter((a) => a.from.role === 'bot').map((a) => a.text);

    const asked = await say('human');
    expect((await user.repliesTo(asked))[0]!.text).toBe(
      'Connecting you to a person. Say "quit" to come back to the bot.',
    );
    await until(toAgent, (t) => t.some((x) => /wants to talk/.test(x)));

    await say('my order is late');
    await until(toAgent, (t) => t.some((x) => x.endsWith(': my order is late')));
    expect(await botTexts()).not.toContain('No idea.');

    expect((await agentSays('Sorry! Let me check.')).status).toBe(200);
    await until(botTexts, (t) => t.includes('Sorry! Let me check.'));

    const quit = await say('quit');
    expect((await user.repliesTo(quit))[0]!.text).toBe('You are talking to the bot again.');
    await until(toAgent, (t) => t.some((x) => x.endsWith('ended the conversation.')));

    const back = await say('What are your opening hours?');
    expect((await user.repliesTo(back))[0]!.text).toBe('From 9 to 18.');
    // The agent, with no conversation open, is just another user of the bot.
    await agentSays('What are your opening hours?');
    await until(
      () => telegram.calls.filter((c) => c.payload.chat_id === AGENT_CHAT && c.payload.text === 'From 9 to 18.'),
      (c) => c.length > 0,
    );
  });

  it('says so when no one is configured to take the conversation', async () => {
    await deployPackage(gateway.runtime, writeBotPackage('alone', {}, [['hi', 'hello']]));
    const user = await new DirectLineTestClient(gateway.url, 'alone').start();
    const { id } = (await (await user.post('/human')).json()) as { id: string };
    expect((await user.repliesTo(id))[0]!.text).toMatch(/no one to talk to/);
  });

  it('refuses a deploy with a malformed agent list', async () => {
    await expect(
      deployPackage(gateway.runtime, writeBotPackage('bad', { 'Human Agents': 'pager:123' }, [['hi', 'hello']])),
    ).rejects.toThrow(/Human Agents.*channel:address/);
  });
});

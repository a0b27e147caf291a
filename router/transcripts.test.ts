import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenAiApi } from '../test-fixtures/fakes/openai-api.js';
import { shopPackage, writeBotPackage } from '../test-fixtures/packages.js';
import { type Party, RouterHarness } from '../test-fixtures/router-harness.js';
import { readTranscript } from '../test-fixtures/transcript.js';

const transcript = (name: string) =>
  readTranscript(new URL(`../test-fixtures/transcripts/${name}.transcript`, import.meta.url));

describe('transcripts against the router alone (in-memory store, no broker, no HTTP)', () => {
  let harness: RouterHarness;
  let llm: FakeOpenAiApi;

  beforeAll(async () => {
    llm = await new FakeOpenAiApi({ apiKey: 'sk-transcripts', embeddings: false }).start();
    harness = await RouterHarness.open();
  });
  afterAll(async () => {
    await harness?.close();
    await llm?.close();
  });

  it('follows the decision order: menus, the knowledge base, the Not Found Message', async () => {
    const shop = await harness.deploy(shopPackage('shop'));
    expect(await harness.play(shop, transcript('decision-order'))).toEqual([]);
  });

  it("runs the demo bot's dialogs: started by an answer or by name, validated, resumed after each HEAR", async () => {
    const demo = await harness.deploy(fileURLToPath(new URL('../bots/demo.gbai', import.meta.url)));
    expect(await harness.play(demo, transcript('demo-dialogs'))).toEqual([]);
  });

  it('asks the LLM only when the knowledge base has nothing', async () => {
    const settings = { 'LLM Mode': 'grounded', 'LLM URL': llm.baseUrl, 'LLM API Key': 'sk-transcripts' };
    const shop = await harness.deploy(shopPackage('shopllm', settings));
    expect(await harness.play(shop, transcript('llm'))).toEqual([]);
    expect(llm.requests).toHaveLength(1);
  });

  it('hands the conversation to a person on another channel and back', async () => {
    const agent: Party = { channel: 'telegram', conversationKey: '4242', id: '4242' };
    const helpdesk = await harness.deploy(
      writeBotPackage(
        'helpdesk',
        {
          'Telegram Bot Token': '777:handoff-bot-token',
          'Telegram Secret Token': 'handoff_secret',
          'Human Agents': `telegram:${agent.id}`,
          'Not Found Message': 'No idea.',
        },
        [['What are your opening hours?', 'From 9 to 18.']],
      ),
    );
    expect(await harness.play(helpdesk, transcript('handoff'), agent)).toEqual([]);
  });

  it('answers a number typed after a menu with that choice, from the menu it recorded', async () => {
    const shop = await harness.deploy(shopPackage('shopmenu'));
    const user: Party = { channel: 'sms', conversationKey: '+15550001111', id: '+15550001111' };
    await harness.say(shop, user, 'menu');
    const [menu] = harness.received(user);
    expect(menu).toMatch(/\[.+\]/);
    const firstChoice = /\[([^\]]+)\]/.exec(menu!)![1]!;
    await harness.say(shop, user, '1');
    const afterNumber = harness.received(user).at(-1);
    // The answer to a menu choice may be a menu of its own: ask for the top menu again, then type the title.
    await harness.say(shop, user, 'menu');
    await harness.say(shop, user, firstChoice.toLowerCase());
    const afterTitle = harness.received(user).at(-1);
    expect(afterNumber).toBe(afterTitle);
    expect(afterNumber).not.toMatch(/know that yet/);
  });

  it('asks "did you mean" when two answers fit as well, and the choice gets its answer', async () => {
    const bank = await harness.deploy(
      writeBotPackage('payments', { 'Not Found Message': 'No idea.' }, [
        ['How do I pay by card?', 'In the app, Billing > Card.'],
        ['How do I pay by bank slip?', 'In the app, Billing > Slip.'],
        ['What are your opening hours?', 'From 9 to 18.'],
      ]),
    );
    const user: Party = { channel: 'web', conversationKey: 'c-dym', id: 'u-dym' };
    await harness.say(bank, user, 'how do I pay');
    expect(harness.received(user).at(-1)).toBe('Did you mean: [How do I pay by card?] [How do I pay by bank slip?]');
    await harness.say(bank, user, 'How do I pay by bank slip?');
    expect(harness.received(user).at(-1)).toBe('In the app, Billing > Slip.');
    await harness.say(bank, user, 'who won the world cup');
    expect(harness.received(user).at(-1)).toBe('No idea.');
  });

  it("reads a knowledge base's synonyms.csv at deploy", async () => {
    const folder = writeBotPackage('modems', {}, [
      ['How do I restart the modem?', 'Unplug it for ten seconds.'],
      ['Where is my invoice?', 'Under Billing.'],
      ['What are your opening hours?', 'From 9 to 18.'],
    ]);
    writeFileSync(join(folder, 'modems.gbkb', 'synonyms.csv'), '# our words\nmodem,hub,box\n');
    const modems = await harness.deploy(folder);
    const user: Party = { channel: 'web', conversationKey: 'c-syn', id: 'u-syn' };
    await harness.say(modems, user, 'my box needs a restart');
    expect(harness.received(user).at(-1)).toBe('Unplug it for ten seconds.');
  });

  it('ends a dialog whose variables outgrow what is stored, with the apology', async () => {
    const hoard = await harness.deploy(
      writeBotPackage(
        'hoard',
        { 'Not Found Message': 'No idea.' },
        [['What are your opening hours?', 'From 9 to 18.']],
        {
          'hoard.bas':
            'TALK "collecting"\ns = "x"\nFOR i = 1 TO 15\n s = s & s\nNEXT i\nl = ARRAY(s, s, s, s, s, s, s, s)\nHEAR a\nTALK "never"',
        },
      ),
    );
    const user: Party = { channel: 'web', conversationKey: 'c-hoard', id: 'u-hoard' };
    await harness.say(hoard, user, 'hoard');
    expect(harness.received(user)).toEqual(['collecting', 'Sorry, something went wrong in this conversation.']);
    await harness.say(hoard, user, 'What are your opening hours?');
    expect(harness.received(user).at(-1)).toBe('From 9 to 18.');
  });

  it('stops a dialog looping around a keyword that reaches outside, and says what it said before an error', async () => {
    const looping = await harness.deploy(
      writeBotPackage(
        'looping',
        { 'Not Found Message': 'No idea.' },
        [['What are your opening hours?', 'From 9 to 18.']],
        {
          'spin.bas': 'TALK "thinking"\nDO WHILE TRUE\n x = GET CONFIG "Bot Name"\nLOOP',
          'oops.bas': 'TALK "one"\nTALK "two"\nx = 1 / 0\nTALK "never"',
        },
      ),
    );
    const user: Party = { channel: 'web', conversationKey: 'c-spin', id: 'u-spin' };
    await harness.say(looping, user, 'spin');
    expect(harness.received(user)).toEqual(['thinking', 'Sorry, something went wrong in this conversation.']);
    await harness.say(looping, user, 'oops');
    expect(harness.received(user).slice(2)).toEqual([
      'one',
      'two',
      'Sorry, something went wrong in this conversation.',
    ]);
    await harness.say(looping, user, 'What are your opening hours?');
    expect(harness.received(user).at(-1)).toBe('From 9 to 18.');
  });

  it('lets the LLM route by id among the closest answers and the dialogs, when the knowledge base is not sure', async () => {
    const settings = {
      'LLM Mode': 'router',
      'LLM URL': llm.baseUrl,
      'LLM API Key': 'sk-transcripts',
      'LLM Timeout': '1000',
      'Not Found Message': 'No idea.',
    };
    const bot = await harness.deploy(
      writeBotPackage(
        'routed',
        settings,
        [
          ['How do I reset my modem?', 'Hold the reset button for ten seconds.'],
          ['What are your opening hours?', 'From 9 to 18.'],
        ],
        { 'leadform.bas': 'TALK "Your name?"\nHEAR name\nTALK "Thanks, " + name' },
      ),
    );
    const user: Party = { channel: 'web', conversationKey: 'c-routed', id: 'u-routed' };
    const said = () => harness.received(user).at(-1);
    const asked = llm.requests.length;
    // Confident answers do not ask the LLM.
    await harness.say(bot, user, 'What are your opening hours?');
    expect(said()).toBe('From 9 to 18.');
    expect(llm.requests.length).toBe(asked);
    // Unsure: the fake picks the candidate sharing words with the message.
    await harness.say(bot, user, 'the modem blinks red all night long since the storm');
    expect(said()).toBe('Hold the reset button for ten seconds.');
    const routing = JSON.parse(llm.requests.at(-1)!.body) as {
      tools: Array<{ function: { name: string } }>;
      messages: Array<{ content: string }>;
    };
    expect(routing.tools.map((t) => t.function.name)).toEqual(['pick', 'answer', 'dont_know']);
    expect(routing.messages.at(-1)!.content).toMatch(/dialog:LEADFORM \(dialog\)/);
    // A dialog picked by id starts.
    llm.toolCalls.push({ name: 'pick', args: { id: 'dialog:LEADFORM' } });
    await harness.say(bot, user, 'someone should call me back about a contract');
    expect(said()).toBe('Your name?');
    await harness.say(bot, user, 'Ana');
    expect(said()).toBe('Thanks, Ana');
    // An answer of its own, and an id that is not a candidate (the Not Found Message).
    llm.toolCalls.push({ name: 'answer', args: { text: 'Unplug it for a minute.', cite: 'not-a-candidate' } });
    await harness.say(bot, user, 'any trick for a frozen gadget');
    expect(said()).toBe('Unplug it for a minute.');
    llm.toolCalls.push({ name: 'pick', args: { id: 'answer:does-not-exist' } });
    await harness.say(bot, user, 'any trick for a frozen gadget again');
    expect(said()).toBe('No idea.');
    // A model that does not answer in time: the knowledge base decides.
    llm.next({ kind: 'slow', delayMs: 3_000 });
    await harness.say(bot, user, 'weather in the mountains this weekend');
    expect(said()).toBe('No idea.');
  });
});

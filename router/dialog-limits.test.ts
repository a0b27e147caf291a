import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBotPackage } from '../test-fixtures/packages.js';
import { RouterHarness, type Party } from '../test-fixtures/router-harness.js';

describe('what a conversation’s dialogs may do in a minute', () => {
  let harness: RouterHarness;
  let instanceId: string;

  beforeAll(async () => {
    harness = await RouterHarness.open({ dialogEffectsPerMinute: 5 });
    instanceId = await harness.deploy(
      writeBotPackage('chatty', { 'Bot Name': 'Chatty' }, [['Start the loop', '/loop']], {
        // Every message reaches outside once: within a turn's limits, so only the minute stops it.
        'loop.bas': [
          'DO WHILE TRUE',
          '  HEAR x',
          '  name = GET CONFIG "Bot Name"',
          '  TALK name + " heard " + x',
          'LOOP',
        ].join('\n'),
      }),
    );
  });
  afterAll(() => harness?.close());

  it('stops a dialog past the limit with the apology, and other conversations carry on', async () => {
    const ana: Party = { channel: 'web', conversationKey: 'ana', id: 'ana' };
    const rui: Party = { channel: 'web', conversationKey: 'rui', id: 'rui' };
    await harness.say(instanceId, ana, 'Start the loop');
    for (let i = 1; i <= 6; i++) await harness.say(instanceId, ana, `m${i}`);
    const said = harness.received(ana);
    expect(said.filter((r) => r.includes('Chatty heard'))).toHaveLength(5);
    expect(said.at(-1)).toContain('Sorry, something went wrong in this conversation.');
    // The dialog ended: the next message is not the dialog's.
    await harness.say(instanceId, ana, 'm7');
    expect(harness.received(ana).some((r) => r.includes('heard m7'))).toBe(false);

    await harness.say(instanceId, rui, 'Start the loop');
    await harness.say(instanceId, rui, 'hello');
    expect(harness.received(rui).some((r) => r.includes('Chatty heard hello'))).toBe(true);
  });
});

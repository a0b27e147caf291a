import { readFileSync } from 'node:fs';
import type { DirectLineTestClient, Activity } from './directline-client.js';

/**
 * Conversation tests as transcripts. `> text` is what the user says (on the web chat), `< text`
 * what the user then receives, in order (a reply with choices reads `text [choice] [choice]`;
 * `< /regex/` matches). With a human agent on another channel, `agent> text` is what the agent
 * says and `agent< text` what the agent receives. `#` starts a comment.
 */
export interface TranscriptStep {
  line: number;
  who: 'user' | 'agent';
  says: string;
  user: Array<{ line: number; expected: string }>;
  agent: Array<{ line: number; expected: string }>;
}

/** The agent's side of a transcript: a person on another channel. */
export interface TranscriptAgent {
  say(text: string): Promise<void>;
  received(): string[];
}

export function readTranscript(file: string | URL): TranscriptStep[] {
  const steps: TranscriptStep[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const text = raw.trim();
      const line = index + 1;
      if (text === '' || text.startsWith('#')) return;
      const said = /^(agent)?> (.*)$/.exec(text);
      const heard = /^(agent)?< (.*)$/.exec(text);
      if (said) steps.push({ line, who: said[1] ? 'agent' : 'user', says: said[2]!, user: [], agent: [] });
      else if (heard) {
        const step = steps[steps.length - 1];
        if (!step) throw new Error(`line ${line}: something is received before anything was said`);
        (heard[1] ? step.agent : step.user).push({ line, expected: heard[2]! });
      } else throw new Error(`line ${line}: lines start with "> ", "< ", "agent> ", "agent< " or "#"`);
    });
  return steps;
}

export function rendered(activity: Activity & { suggestedActions?: { actions: Array<{ title: string }> } }): string {
  const actions = activity.suggestedActions?.actions ?? [];
  return [activity.text ?? '', ...actions.map((a) => `[${a.title}]`)].join(' ').trim();
}

function matches(expected: string, actual: string): boolean {
  const regex = /^\/(.*)\/$/.exec(expected);
  return regex ? new RegExp(regex[1]!).test(actual) : expected === actual;
}

const QUIET_MS = 300;

/** Plays a transcript through the gateway; returns the differences (empty when it holds). */
export async function playTranscript(
  client: DirectLineTestClient,
  steps: TranscriptStep[],
  agent?: TranscriptAgent,
  waitMs = 15_000,
): Promise<string[]> {
  const differences: string[] = [];
  let watermark = Number((await client.activities()).watermark);
  let agentSeen = agent?.received().length ?? 0;
  for (const step of steps) {
    if (step.who === 'agent') {
      if (!agent) throw new Error(`line ${step.line}: the transcript has an agent, the test none`);
      await agent.say(step.says);
    } else {
      const response = await client.post(step.says);
      if (!response.ok) {
        differences.push(`line ${step.line}: sending "${step.says}" got HTTP ${response.status}`);
        continue;
      }
    }
    // Wait for what this step should bring, then a quiet moment to catch anything extra.
    const deadline = Date.now() + waitMs;
    let toUser: string[] = [];
    let toAgent: string[] = [];
    let settledAt = 0;
    for (;;) {
      const set = await client.activities(watermark);
      toUser = set.activities.filter((a) => a.from.role === 'bot').map(rendered);
      toAgent = agent?.received().slice(agentSeen) ?? [];
      const complete = toUser.length >= step.user.length && toAgent.length >= step.agent.length;
      if (complete && settledAt === 0) settledAt = Date.now();
      if ((complete && Date.now() - settledAt >= QUIET_MS) || Date.now() > deadline) {
        watermark = Number(set.watermark);
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    agentSeen += toAgent.length;
    differences.push(...stepDifferences(step, toUser, toAgent));
  }
  return differences;
}

/** How what the user and the agent received after one step differs from what the transcript says. */
export function stepDifferences(step: TranscriptStep, toUser: string[], toAgent: string[]): string[] {
  const differences: string[] = [];
  const compare = (who: string, expected: Array<{ line: number; expected: string }>, actual: string[]) => {
    for (const [i, e] of expected.entries()) {
      const got = actual[i];
      if (got === undefined || !matches(e.expected, got)) {
        const gotText = got === undefined ? 'nothing' : `"${got}"`;
        differences.push(`line ${e.line}: expected ${who} to get "${e.expected}", got ${gotText}`);
      }
    }
    if (actual.length > expected.length) {
      differences.push(`line ${step.line}: ${who} also got ${JSON.stringify(actual.slice(expected.length))}`);
    }
  };
  compare('the user', step.user, toUser);
  compare('the agent', step.agent, toAgent);
  return differences;
}

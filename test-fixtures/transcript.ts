import { readFileSync } from 'node:fs';
import { DirectLineTestClient, type Activity } from './directline-client.js';

/**
 * Conversation tests as transcripts: `> text` is what the user says, `< text` what the bot
 * replies (a reply with choices reads `text [choice] [choice]`; `< /regex/` matches). Lines
 * starting with `#` are comments. Each user line is answered before the next is sent.
 */
export interface TranscriptStep {
  line: number;
  says: string;
  replies: Array<{ line: number; expected: string }>;
}

export function readTranscript(file: string | URL): TranscriptStep[] {
  const steps: TranscriptStep[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const text = raw.trim();
      if (text === '' || text.startsWith('#')) return;
      if (text.startsWith('> ')) steps.push({ line: index + 1, says: text.slice(2), replies: [] });
      else if (text.startsWith('< ')) {
        const step = steps[steps.length - 1];
        if (!step) throw new Error(`line ${index + 1}: a reply before anything was said`);
        step.replies.push({ line: index + 1, expected: text.slice(2) });
      } else throw new Error(`line ${index + 1}: lines start with "> ", "< " or "#"`);
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

/** Plays a transcript through the gateway's web chat; returns the differences (empty when it holds). */
export async function playTranscript(client: DirectLineTestClient, steps: TranscriptStep[], waitMs = 15_000): Promise<string[]> {
  const differences: string[] = [];
  for (const step of steps) {
    const response = await client.post(step.says);
    if (!response.ok) {
      differences.push(`line ${step.line}: sending "${step.says}" got HTTP ${response.status}`);
      continue;
    }
    const { id } = (await response.json()) as { id: string };
    const deadline = Date.now() + waitMs;
    let replies: string[] = [];
    while (Date.now() < deadline) {
      replies = (await client.activities()).activities.filter((a) => a.replyToId === id).map(rendered);
      if (replies.length >= step.replies.length && (step.replies.length > 0 || Date.now() > deadline - waitMs + 300)) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    step.replies.forEach((reply, i) => {
      const actual = replies[i];
      if (actual === undefined || !matches(reply.expected, actual)) differences.push(`line ${reply.line}: expected "${reply.expected}", got ${actual === undefined ? 'no reply' : `"${actual}"`}`);
    });
    if (replies.length > step.replies.length) differences.push(`line ${step.line}: unexpected replies ${JSON.stringify(replies.slice(step.replies.length))}`);
  }
  return differences;
}

import type { Choice } from '../core/index.js';

/** Splits text at a channel's length limit, on a line or word boundary where there is one. */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
    const at = cut > limit / 2 ? cut : limit;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/** Buttons and lists where the channel has none (SMS, mail): a numbered menu; a bare number answers it. */
export function numberedMenu(text: string, choices: readonly Choice[]): string {
  return [text, ...choices.map((c, i) => `${i + 1}. ${c.title}`), 'Reply with a number.'].join('\n');
}

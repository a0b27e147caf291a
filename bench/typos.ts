/** Deterministic typos for eval:answers: the same phrasing gets the same typo on every run. */

/** A small deterministic generator of numbers in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A seed from a text, so each phrasing draws its own typo. */
export function seedOf(text: string): number {
  let hash = 2_166_136_261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619);
  return hash >>> 0;
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** A key next to `char` on a QWERTY keyboard (itself when it is not a plain letter). */
function neighbour(char: string, next: () => number): string {
  for (const [r, row] of ROWS.entries()) {
    const i = row.indexOf(char);
    if (i < 0) continue;
    const near = [row[i - 1], row[i + 1], ROWS[r - 1]?.[i], ROWS[r + 1]?.[i]].filter((c) => c !== undefined);
    return near[Math.floor(next() * near.length)]!;
  }
  return char;
}

/** The ways people mistype a letter: one left out, two swapped, one doubled, a key next to it. */
export type TypoKind = 'drop' | 'swap' | 'double' | 'neighbour';
const KINDS: readonly TypoKind[] = ['drop', 'swap', 'double', 'neighbour'];

/**
 * `text` with one typo in one of its words of `shortest` letters or more, never in the first
 * letter (people rarely get it wrong); `text` itself when it has no such word.
 */
export function misspelt(text: string, next: () => number, kinds = KINDS, shortest = 5): string {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => [...w].length >= shortest && /^\p{L}+$/u.test(w));
  if (long.length === 0) return text;
  const [word, at] = long[Math.floor(next() * long.length)]!;
  const letters = [...word];
  const i = 1 + Math.floor(next() * (letters.length - 2));
  const kind = kinds[Math.floor(next() * kinds.length)]!;
  if (kind === 'drop') letters.splice(i, 1);
  else if (kind === 'swap') [letters[i], letters[i + 1]] = [letters[i + 1]!, letters[i]!];
  else if (kind === 'double') letters.splice(i, 0, letters[i]!);
  else letters[i] = neighbour(letters[i]!, next);
  words[at] = letters.join('');
  return words.join(' ');
}

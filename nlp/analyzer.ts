import { english } from './languages/en.js';
import { spanish } from './languages/es.js';
import type { Language } from './languages/language.js';
import { portuguese } from './languages/pt.js';
import { remembered, withoutAccents, words } from './text.js';

const LANGUAGES: Record<string, Language> = { en: english, pt: portuguese, es: spanish };

/** A word written in two pieces ("wi fi"), which may be one word of the knowledge base ("wifi"). */
export interface Join {
  term: string;
  /** The pieces' own terms (those that are content words). */
  parts: string[];
}

/** How a knowledge base's text becomes the terms it is searched by. */
export interface Analyzer {
  readonly language: string;
  /** The content terms of a text: normalised, without stop words, stemmed, synonyms folded. */
  terms(text: string): string[];
  /** Adjacent short pieces that may be one word written apart. */
  joins(text: string, any?: boolean): Join[];
  /**
   * The greetings, thanks or goodbyes a text says ("~hello", "~thanks"), by group: the terms of a
   * text without content words ("Thank you", "hi there").
   */
  courtesies(text: string): string[];
  /**
   * A word as the language's derivations leave it before stemming (a pronoun written onto a verb
   * taken off: "darme" is "dar"); the word itself when none applies.
   */
  base(word: string): string;
  /** Whether a term is an everyday word that says little alone. */
  isLight(term: string): boolean;
  /** Whether a term is a question word ("how", "onde"), kept as itself. */
  isQuestionWord(term: string): boolean;
  /** Whether a term is an adjective that says how a thing is ("slow", "due"), not what it is. */
  isState(term: string): boolean;
  /** Whether a term asks what a thing costs: see Language.price. */
  isPrice(term: string): boolean;
  /**
   * The term of a question of what a thing costs (see Language.price) when a text states an amount
   * of money ("£35", "20 €", "R$ 900", "35 euros"), which answers one; undefined when it states none.
   */
  priced(text: string): string | undefined;
  /**
   * The terms of words that may say how a thing is but name one in this text: said after an article
   * and before no other word that could be the thing ("quanto custa **o seguro**",
   * not "a free quote").
   */
  named(text: string): string[];
  /**
   * The terms of words said after a word that makes them say what a thing is like ("helados **sin
   * azúcar**", "pão sem glúten"; see Language.without).
   */
  described(text: string): string[];
  /**
   * The term of a text's subject, when it opens with an article ("**Los helados** llevan…") or, in
   * a language that asks with the verb first, says one after that verb ("is **the beach**
   * accessible"): see Language.inverted.
   */
  subject(text: string): string | undefined;
  /** Whether a text's subject is a pronoun for the business or its service ("is **it** scary"): see Language.inverted. */
  aboutItself(text: string): boolean;
  /**
   * The term of the verb a question asks the business to do, after the words that ask it ("do you
   * **vaccinate** horses"), unless it offers anything or is a phrasal verb: see Language.services.
   */
  serviceAsked(text: string): string | undefined;
  /**
   * The terms of words said right after an article or a preposition fused with one ("a **wedding**",
   * "el **banco**", "a revisão do **carro**"): things named.
   */
  articled(text: string): string[];
  /** Whether a term says where a thing is (abroad): see Language.where. */
  isWhere(term: string): boolean;
  /** Whether a term names a provider of a service (see Language.providers), which `broader` gives. */
  isProvider(term: string): boolean;
  /** Whether a term names another company or public body ("netflix", "council"): see Language.elsewhere. */
  isElsewhere(term: string): boolean;
  /** The terms of the places a text asks about a thing at ("at the **golf** club"): see Language.at. */
  places(text: string): string[];
  /** Terms said after a possessive that addresses the business ("your university"): see Language.yours. */
  addressed(text: string): string[];
  /**
   * The terms of the kinds of business a knowledge base is, by the telltales its texts (questions
   * and answers) say, two at least ("bank" for one that says "overdraft" and "cheque"): see
   * Language.businesses.
   */
  kindsOf(texts: readonly string[]): string[];
  /**
   * The services a text asks for or offers (see Language.services), each as the index of its
   * group: "do you **sell** sofas", not "cleaning" in "cleaning products" (a kind of product).
   */
  services(text: string): readonly number[];
  /**
   * The words a knowledge base may say for a term it does not: the general word of a thing named by
   * its kind ("laptop" is "valuables", see Language.broader), the action a noun is made of ("printer"
   * is "print", see Language.nounEndings) and the noun made of an action ("limpam" is "limpeza"), the
   * word of a diminutive ("cartãozinho" is "cartão", see Language.diminutives), the words it says of
   * a group it tells apart, for the group's word.
   */
  broader(term: string): readonly string[];
  /** Every word the language's lists and the knowledge base's synonyms name (stop words, idioms…), normalised: words people use. */
  readonly lexicon: ReadonlySet<string>;
  /**
   * Terms that say whose or which thing another term is ("netflix" of "password" in "my netflix
   * password", "banco" of "senha" in "senha do banco"), each with the term it qualifies; `kind`
   * when said before it, after a possessive ("my **train** ticket": a kind of it, never where).
   */
  modifiers(text: string): Array<{ modifier: string; head: string; kind?: boolean }>;
  /**
   * Two words of content written one after the other after an article, the second no verb and the
   * first no amount nor adjective, as terms, in a language that puts the kind before the thing
   * (`modifiers.before`, English): the first says which kind the second is ("a **wedding** cake").
   */
  compounds(text: string): Array<{ modifier: string; head: string }>;
  /** Whether a noun's qualifier follows it, as in Portuguese and Spanish ("aula particular", "clases online"). */
  qualifiersFollow: boolean;
  /** Terms said as the action done to a thing: the word before an article or possessive and a content word ("lodge" in "lodge a complaint"). */
  actions(text: string): string[];
  /** Terms of the reason a message gives after its question ("…my plan **because I'm moving abroad**"). */
  asides(text: string): string[];

  /**
   * What kind of question a text asks by its opening words ("what is" asks for a definition,
   * "how do I" for a way, "where" for a place), or undefined when it opens otherwise.
   */
  form(text: string): string | undefined;
  /** Whether a text asks which thing to choose (a recommendation): see Language.choosing. */
  choosing(text: string): boolean;
  /**
   * Whether a text asks only whether ("¿Desmontáis los muebles?", "My screen is broken, can you
   * repair it?", "Is there a pool?", "Do you treat fleas?"): no opening form but whether a thing is
   * there ('there') or a yes or no ('yes-no'), and no question word anywhere.
   */
  asksOnlyWhether(text: string): boolean;
  /** Whether a text asks how to do a thing oneself ("how do I whiten my teeth at home"): see Language.yourself. */
  yourself(text: string): boolean;
}
/**
 * The kinds of question (see Analyzer.form) that ask only whether: none ("¿Tenéis pan sin
 * gluten?"), whether a thing is there ("Is there a pool?"), a yes or no ("Do you treat fleas?").
 */
export const WHETHER_FORMS: ReadonlySet<string | undefined> = new Set([undefined, 'there', 'yes-no']);
/** An amount of money written with its symbol: "£35", "$9.99", "R$ 900", "20 €", "20€". */
const MONEY = /(?:[€£$]|R\$)\s?\d|\d\s?[€£]/;
/** A word written as a plural in English, Portuguese and Spanish ("candles", "serviços"), not "bus", "class" or "país". */
const PLURAL = /[^isu]s$/;

/** Words (or terms) as a line with a space at each end, so a phrase is found by `includes(" a b ")`. */
function padded(tokens: readonly string[]): string {
  return ` ${tokens.join(' ')} `;
}

/**
 * Rewrites phrases of a line (" a b " to " c "), in the list's order, trying only those whose first
 * word the line has or a rewrite may bring: hundreds of idioms and synonyms, a few words a message.
 */
function rewriter(list: ReadonlyArray<readonly [phrase: string, meaning: string]>, everywhere: boolean) {
  const first = (phrase: string) => phrase.trim().split(' ')[0]!;
  const byFirst = new Map<string, number[]>();
  for (const [i, [phrase]] of list.entries()) {
    const at = byFirst.get(first(phrase)) ?? [];
    at.push(i);
    byFirst.set(first(phrase), at);
  }
  // Phrases a rewrite may bring about: their first word is a word of some meaning. They are tried
  // only once a rewrite has written that word (a string search per phrase a message is costly).
  const meaningsOf = list.map(([, meaning]) => meaning.trim().split(' '));
  const firsts = list.map(([phrase]) => first(phrase));
  const always = [...new Set(meaningsOf.flat().flatMap((word) => byFirst.get(word) ?? []))].sort((a, b) => a - b);
  return (tokens: readonly string[], line: string): string => {
    const said = new Set(tokens);
    // The phrases to try, in the list's order: those always tried merged with the message's own
    // (a few), rather than all of them sorted again for every message.
    const own = [...new Set(tokens.flatMap((token) => byFirst.get(token) ?? []))].sort((a, b) => a - b);
    const at: number[] = [];
    for (let a = 0, o = 0; a < always.length || o < own.length; ) {
      const next = o >= own.length || (a < always.length && always[a]! <= own[o]!) ? always[a++]! : own[o++]!;
      if (at[at.length - 1] !== next) at.push(next);
    }
    for (const i of at) {
      if (!said.has(firsts[i]!)) continue;
      const [phrase, meaning] = list[i]!;
      const rewritten = everywhere ? line.replaceAll(phrase, meaning) : line.replace(phrase, meaning);
      if (rewritten === line) continue;
      line = rewritten;
      for (const word of meaningsOf[i]!) said.add(word);
    }
    return line;
  };
}

/**
 * The word each stem of the groups folds into (`folds`), a group's first word, and those words
 * (`canonical`). A group whose first word an earlier group folds folds into that group's word, and
 * a group's first word is never folded by a later one.
 */
function foldsOf(groups: ReadonlyArray<readonly string[]>): { folds: Map<string, string>; canonical: Set<string> } {
  const folds = new Map<string, string>();
  const canonical = new Set<string>();
  for (const stems of groups) {
    if (stems.length === 0) continue;
    const target = folds.get(stems[0]!) ?? stems[0]!;
    canonical.add(target);
    for (const stem of stems.slice(1)) if (!folds.has(stem) && !canonical.has(stem)) folds.set(stem, target);
  }
  return { folds, canonical };
}

/**
 * Short pieces written apart ("wi fi", "e mail", "on line") may be one word; with `any`, any two
 * ("vale transporte" for "vale-transporte").
 */
function pairs(tokens: string[], any = false): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [i, token] of tokens.entries()) {
    const next = tokens[i + 1];
    if (next !== undefined && (any || (token.length <= 3 && next.length <= 4)) && /^\p{L}+$/u.test(token + next))
      out.push([token, next]);
  }
  return out;
}

/**
 * An analyzer for one language (en, pt, es; another falls back to English) with common synonyms
 * and the knowledge base's own: each group of words (`synonyms.csv`, a row a group) is searched as
 * its first.
 */
export function createAnalyzer(
  language: string,
  synonymGroups: ReadonlyArray<readonly string[]> = [],
  /** The knowledge base's questions: a common group two of whose words they use is not folded. */
  questions: readonly string[] = [],
  /** Its answers: with its questions, the texts read as written (see Language.mishaps). */
  answers: readonly string[] = [],
): Analyzer {
  const lang = Object.hasOwn(LANGUAGES, language) ? language : 'en';
  const data = LANGUAGES[lang]!;
  const stemmer = data.stemmer();
  // Lists are written as people type; compared as the text is read (accents off, "don't" is "dont").
  const normalised = (list: readonly string[]) => new Set(list.flatMap(words));
  const stopwords = normalised(data.stopwords);
  // Greetings and thanks are never what a question is about.
  const asking = normalised([...data.asking, ...data.courtesies.flat().filter((word) => !word.includes(' '))]);
  const questionWords = normalised(data.questionWords);
  // A Map, not the object: a word such as "constructor" is no key of its.
  const irregular = new Map(Object.entries(data.irregular));
  // A synonym of two words one of which is a function word ("move up", "money back") would be left
  // with one everyday word when stop words go ("move" is not "upgrade"): it is read as its group's
  // first word before they go, as an idiom.
  const phrasal = (phrase: string) => {
    const tokens = words(phrase);
    const kept = tokens.filter((token) => !stopwords.has(token) && !asking.has(token));
    return tokens.length > 1 && kept.length < 2;
  };
  /** A group's phrasal synonyms, each with the group's word it is read as. */
  const phrasesOf = (groups: ReadonlyArray<readonly string[]>) =>
    groups.flatMap((group) => group.filter(phrasal).map((phrase) => [phrase, group[0]!] as const));
  const idioms = [
    // Greetings of more than a word ("boa noite") are not what a message asks ("o pix à noite" is).
    ...data.courtesies
      .flat()
      .filter((phrase) => words(phrase).length > 1)
      .map((phrase) => [phrase, ''] as const),
    // A knowledge base's own phrases first: its synonyms say what its customers mean (a record
    // shop's "come out" is a release, not the technician's visit English reads it as).
    ...phrasesOf(synonymGroups),
    ...data.idioms.flatMap(([meaning, phrases]) => phrases.map((idiom) => [idiom, meaning] as const)),
    ...phrasesOf(data.synonyms),
  ].map(([idiom, meaning]) => [padded(words(idiom)), meaning === '' ? ' ' : padded(words(meaning))] as const);
  // A salutation and up to three words before a comma, and a sign-off after a sentence's end with
  // a signature of a few words, frame a message: they are not what it asks.
  const alternation = (list: readonly string[]) => list.map((phrase) => words(phrase).join('\\s+')).join('|');
  const opening = new RegExp(`^\\s*(?:${alternation(data.letter.openings)})\\b(?:\\s+[^\\s,:;!.?]+){0,3}\\s*[,:;!\\n]`);
  const closing = new RegExp(`[.!?,;\\n]\\s*(?:${alternation(data.letter.closings)})\\b[^.!?]{0,40}[.!?]*\\s*$`);
  const unframed = (text: string) => {
    const line = withoutAccents(text).toLowerCase();
    return line.replace(opening, ' ').replace(closing, ' ');
  };
  // Phrasal verbs of the lists ("send back", "pick up"), by verb, with the particles they take.
  const particles = new Set(data.phrasal?.particles ?? []);
  const phrasalVerbs = new Map<string, Set<string>>();
  const phrases = [...data.idioms.flatMap(([, said]) => said), ...[...synonymGroups, ...data.synonyms].flat()];
  for (const phrase of phrases) {
    const [verb, particle, ...more] = words(phrase);
    if (more.length > 0 || verb === undefined || particle === undefined || !particles.has(particle)) continue;
    phrasalVerbs.set(verb, (phrasalVerbs.get(verb) ?? new Set()).add(particle));
  }
  const determiners = normalised(data.determiners);
  const articles = normalised(data.articles);
  // Words after which a word is a thing named: the articles and the prepositions fused with one.
  const naming = normalised([...data.articles, ...(data.fusedArticles ?? [])]);
  const pronouns = new Set(data.phrasal?.pronouns ?? []);
  /** "send the phone back" is "send back the phone": the particle moved before the object. */
  const particleFirst = (tokens: string[]): string[] => {
    if (phrasalVerbs.size === 0) return tokens;
    const out = [...tokens];
    for (let i = 0; i < out.length - 2; i++) {
      const taken = phrasalVerbs.get(out[i]!);
      if (!taken) continue;
      // The object: a pronoun, or a determiner and a word (or two: "the old phone").
      const end = pronouns.has(out[i + 1]!)
        ? i + 2
        : determiners.has(out[i + 1]!)
          ? [i + 3, i + 4].find((j) => taken.has(out[j] ?? ''))
          : undefined;
      if (end === undefined || !taken.has(out[end] ?? '')) continue;
      out.splice(i + 1, end - i, out[end]!, ...out.slice(i + 1, end));
    }
    return out;
  };
  // Money after a number says how much, as the number does ("5000 dollars"); alone it is a thing.
  // The language's number words are among its light words ("two", "mil").
  const currencies = normalised(data.currencies);
  const lightWords = normalised(data.light);
  const withoutAmounts = (tokens: string[]) =>
    tokens.filter(
      (token, i) => !(currencies.has(token) && i > 0 && (/^\d/.test(tokens[i - 1]!) || lightWords.has(tokens[i - 1]!))),
    );
  // A message is read several times (its terms, modifiers, actions…): the last ones are kept.
  const lately = new Map<string, string[]>();
  // An idiom is read in the order a message is: its particle before its object ("turn it off and
  // on" as "turn off it and on"), or it would never be found.
  const rewriteIdioms = rewriter(
    idioms.map(([idiom, meaning]) => [padded(particleFirst(idiom.trim().split(' '))), meaning] as const),
    true,
  );
  const mishap = data.mishaps && {
    said: data.mishaps.said.flatMap(words),
    scene: normalised(data.mishaps.scene),
    of: normalised(data.mishaps.of),
  };
  const tellsMishap = (tokens: readonly string[]) => tokens.some((token) => mishapStems.has(stemOf(token)));
  /** Where tokens say a thing lost or taken was ("perdi o cartão **no ônibus**"), as [from, to) spans. */
  const scenesOf = (tokens: readonly string[]): Array<[number, number]> => {
    if (mishap === undefined || !tellsMishap(tokens)) return [];
    const spans: Array<[number, number]> = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!mishap.scene.has(tokens[i]!)) continue;
      let j = i + 1;
      while (j < tokens.length && (determiners.has(tokens[j]!) || stopwords.has(tokens[j]!))) j++;
      if (!word(tokens[j])) continue;
      // The place and what it is of ("no balcão da farmácia").
      while (mishap.of.has(tokens[j + 1] ?? '') && word(tokens[j + 2])) j += 2;
      spans.push([i, j + 1]);
      i = j;
    }
    return spans;
  };
  const own = new Set([...questions, ...answers]);
  /**
   * A message's tokens without where a thing lost or taken was, which is no question of its own
   * (see Language.mishaps); the knowledge base's own texts are read as written. (Only the knowledge
   * base's own texts are read while the analyzer is made: `mishapStems` and `scenesTold` come after.)
   */
  const withoutScene = (text: string, tokens: string[]): string[] => {
    if (mishap === undefined || own.has(text) || scenesTold) return tokens;
    const spans = scenesOf(tokens);
    return spans.length === 0 ? tokens : tokens.filter((_, i) => !spans.some(([from, to]) => i >= from && i < to));
  };
  // A single word (the matcher asks for each word's terms) is read as it is, without taking a
  // message's place among the last ones.
  const read = (text: string) =>
    /\s/.test(text.trim())
      ? remembered(lately, 64, text, () => {
          const tokens = withoutAmounts(words(unframed(text)));
          if (tokens.length < 2) return tokens;
          const ordered = particleFirst(tokens);
          return withoutScene(text, fromBusinessSide(rewriteIdioms(ordered, padded(ordered)).trim().split(/ +/)));
        })
      : words(unframed(text));
  /**
   * The terms of the sentences around a message's question ("I've just started university. Is there
   * a discount for students?"): what it tells, not what it asks. None when the message is one
   * sentence, or its question says nothing of its own ("It hasn't arrived. Where is it?").
   */
  const context = (text: string): string[] => {
    const sentences = text
      .split(/(?<=[.!?])\s+|\n+/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence !== '');
    if (sentences.length < 2) return [];
    const question =
      sentences.findLast((sentence) => sentence.endsWith('?')) ??
      sentences.findLast((sentence) => formOf(words(unframed(sentence))) !== undefined);
    if (question === undefined) return [];
    const asked = new Set(termsOf(read(question)));
    if (![...asked].some((term) => !light.has(term))) return [];
    return sentences
      .slice(0, sentences.indexOf(question))
      .flatMap((sentence) => termsOf(read(sentence)))
      .filter((term) => !asked.has(term));
  };
  /** The kind of question a text's first four words open (see Language.forms). */
  const formOf = (tokens: readonly string[]) => {
    const first = tokens.slice(0, 4).join(' ');
    return data.forms.find(([pattern]) => pattern.test(first))?.[1];
  };
  /** A word as the language's derivations leave it ("seguimiento" is "seguir", "darme" is "dar"). */
  const derived = (word: string) => data.derivations.reduce((w, [pattern, to]) => w.replace(pattern, to), word);
  const stemOf = (word: string) => {
    // A question word is kept as itself, its forms as it ("quantos" is "quanto").
    // A possessive written onto an irregular plural ("women's", read "womens") is that plural's.
    const irregularOf =
      irregular.get(word) ??
      (data.possessive && word.length > 4 && word.endsWith('s') ? irregular.get(word.slice(0, -1)) : undefined) ??
      word;
    if (questionWords.has(word) || questionWords.has(irregularOf)) return irregularOf;
    const base = derived(irregularOf);
    return withoutAccents(stemmer.stem([base])[0] ?? base);
  };
  const content = (tokens: string[]) =>
    tokens.filter(
      (t) => questionWords.has(t) || (!stopwords.has(t) && !asking.has(t) && (t.length > 1 || /\d/.test(t))),
    );
  // The words that tell a thing lost or taken, and those of their synonym groups, as stems.
  const mishapStems = new Set(
    mishap === undefined
      ? []
      : [...mishap.said, ...data.synonyms.filter((group) => group.some((w) => mishap.said.includes(w))).flat()]
          .filter((word) => !word.includes(' '))
          .map(stemOf),
  );
  // A sale is read from the business's side (see Language.services.sale): what a customer buys
  // ("where can I buy", "quero comprar") is what the business sells, and the other way round.
  const sale = data.services?.sale;
  const saleSubjects = normalised(sale?.business ?? []);
  const [buying, selling] = [stemOf(sale?.buy ?? ''), stemOf(sale?.sell ?? '')];
  // Only where the knowledge base says both sides ("Do you buy gold?", "Do you sell gold?") does
  // the side tell its questions apart; elsewhere a purchase keeps its words ("order", "pedido").
  const saidStems = new Set(
    sale === undefined
      ? []
      : [...new Set(questions.flatMap((q) => words(q)))].filter((word) => !sale.nouns.test(word)).map(stemOf),
  );
  const bothSides = saidStems.has(buying) && saidStems.has(selling);
  const fromBusinessSide = (tokens: string[]): string[] => {
    if (sale === undefined || !bothSides) return tokens;
    return tokens.map((token, i) => {
      if (sale.nouns.test(token)) return token;
      const stem = stemOf(token);
      const side = stem === buying ? sale.sell : stem === selling ? sale.buy : undefined;
      if (side === undefined) return token;
      const business =
        sale.businessForms.test(token) || tokens.slice(Math.max(0, i - 3), i).some((t) => saleSubjects.has(t));
      return business ? token : side;
    });
  };
  // Synonyms are folded after stemming, so "cancel", "cancelling" and "cancellation" fold alike.
  // Words of a group with one stem ("bag", "bags") are one word of it.
  const stemsOf = (group: readonly string[]) => [
    ...new Set(
      group
        .filter((phrase) => phrase === group[0] || !phrasal(phrase))
        .map((phrase) => content(words(phrase)).map(stemOf).join(' '))
        .filter(Boolean),
    ),
  ];
  // A knowledge base that asks both "how do I change" and "how do I update" tells them apart: the
  // words of a common group it uses stay apart, and the others fold into the group's first word
  // when it uses that one ("anular" is "cancelar" though "dar de baja" is a question of its own).
  const questionTokens = questions.map(read);
  const asked = questionTokens.map((tokens) => padded(content(tokens).map(stemOf)));
  const vocabulary = asked.join('|');
  const used = (stem: string) => vocabulary.includes(padded([stem]));
  // Two questions tell two words apart when each says one of them and the rest of what they say is
  // the same ("change my password", "update my password"); a knowledge base that only says
  // "baggage" in one question and "luggage" in another does not.
  const toldApart = (stems: readonly string[]) => {
    const saying = stems.map((stem) =>
      asked.filter((line) => line.includes(padded([stem]))).map((line) => rest(line, stems)),
    );
    return saying.some((lines, i) => saying.slice(i + 1).some((others) => lines.some((line) => others.includes(line))));
  };
  const rest = (line: string, stems: readonly string[]) =>
    stems
      .reduce((l, stem) => l.replaceAll(padded([stem]), ' '), line)
      .trim()
      .split(/\s+/)
      .sort()
      .join(' ');
  // A group whose words the knowledge base tells apart, and whose first word it never says: the
  // words of it that it says, by that first word, which an idiom may still bring ("fica pronto" is
  // "prazo" where a question asks "Quanto tempo demora o conserto?").
  const apart = new Map<string, string[]>();
  const common = data.synonyms.map(stemsOf).map((stems) => {
    const inUse = stems.filter(used);
    if (inUse.length <= 1 || !toldApart(inUse)) return stems;
    if (used(stems[0]!)) return [stems[0]!, ...stems.slice(1).filter((stem) => !used(stem))];
    apart.set(
      stems[0]!,
      inUse.filter((stem) => !stem.includes(' ')),
    );
    return [];
  });
  // The knowledge base's own groups first: they win over the common ones for the same word.
  const { folds: synonyms, canonical } = foldsOf([...synonymGroups.map(stemsOf), ...common]);
  // The language's groups alone, for the general word of a kind (see `broader`): the same folds when
  // the knowledge base has no groups of its own, as most have none.
  const commonSynonyms = synonymGroups.length === 0 ? synonyms : foldsOf(common).folds;
  const multiWord = [...synonyms.keys()]
    .filter((k) => k.includes(' '))
    .map((k) => [padded([k]), padded([synonyms.get(k)!])] as const);
  const light = new Set(data.light.flatMap(words).map(stemOf));
  const rewritePhrases = rewriter(multiWord, false);
  /** Stems with phrases and synonyms folded, in the order said, a term as often as said. */
  const folding = (stems: string[]) => {
    const folded = (stems.length > 1 ? rewritePhrases(stems, padded(stems)) : padded(stems)).trim();
    // A word of a group named by a phrase ("postinho" of "posto de saúde") is that phrase's words.
    return folded === '' ? [] : folded.split(' ').flatMap((stem) => (synonyms.get(stem) ?? stem).split(' '));
  };
  const fold = (stems: string[]) => [...new Set(folding(stems))];
  /** Read tokens as content terms in the order said: stop words out, stems, synonyms folded. */
  const termsSaid = (tokens: string[]) => folding(content(tokens).map(stemOf));
  /** The same terms, each once. */
  const termsOf = (tokens: string[]) => [...new Set(termsSaid(tokens))];

  const before = normalised(data.modifiers.before);
  // A language with no possessive after which a word names a kind says its qualifiers after the noun.
  const qualifiersFollow = before.size === 0;
  const yours = normalised(data.yours ?? []);
  const reasons = data.reasons.map((reason) => padded(words(reason)));
  const without = normalised(data.without);
  const after = normalised(data.modifiers.after);
  const word = (token: string | undefined) =>
    token !== undefined && !questionWords.has(token) && content([token]).length === 1;
  /**
   * Whether the knowledge base's questions themselves say where a thing was lost ("I left
   * something in a taxi"): there the place tells its questions apart, and is kept.
   */
  const scenesTold = questionTokens.some((tokens) => scenesOf(tokens).length > 0);
  const termOf = (token: string) => fold([stemOf(token)])[0]!;
  const inverted = normalised(data.inverted?.verbs ?? []);
  const itself = normalised(data.inverted?.pronouns ?? []);
  const askedAs = new Set((data.services?.askedAs ?? []).map((phrase) => words(phrase).join(' ')));
  const generalServices = normalised(data.services?.general ?? []);
  /**
   * A question asked verb first: its opening verb ("how much **does** it cost"), and its words from
   * its subject on ("**it cost**"), read as written: an idiom may take the verb. None when it opens
   * otherwise.
   */
  const inversion = (text: string): { verb: string; after: readonly string[] } | undefined => {
    const tokens = words(unframed(text));
    const verb = tokens.findIndex((token) => inverted.has(token));
    const opening = tokens.slice(0, Math.max(verb, 0));
    return verb >= 0 && verb <= 2 && opening.every((token) => questionWords.has(token) || stopwords.has(token))
      ? { verb: tokens[verb]!, after: tokens.slice(verb + 1) }
      : undefined;
  };
  const afterVerb = (text: string): readonly string[] => inversion(text)?.after ?? [];
  const price = termOf(data.price);
  const stateWords = normalised(data.states);
  const states = new Set([...stateWords].map(termOf));
  const places = new Set(data.where.flatMap(words).map(termOf));
  const broader = new Map<string, string[]>();
  // A kind's general word is read by the language's groups only: a knowledge base's own group says
  // what its own words mean ("product" is the gateway in a software's FAQ), not what every kind of
  // item is ("a suede jacket" is no gateway).
  const generalOf = (general: string) => {
    const stem = stemOf(general);
    return commonSynonyms.get(stem) ?? stem;
  };
  /** Adds kinds under their general word; returns the kinds' terms. */
  const addBroader = (general: string, kinds: readonly string[]) => {
    const word = generalOf(general);
    const terms = kinds.map(termOf);
    for (const kind of terms) broader.set(kind, [...(broader.get(kind) ?? []), word]);
    return terms;
  };
  for (const [general, kinds] of data.broader ?? []) addBroader(general, kinds);
  // Providers are broader words too, read first where a question says their service (see the matcher).
  const providers = new Set((data.providers ?? []).flatMap(([service, names]) => addBroader(service, names)));
  // A name a synonym group folds into a common word ("amazon" read as a shop, "operadora" as
  // support) is that word, no business of its own: names are kept as stems no group folds.
  const unfolded = (names: readonly string[]) =>
    names.map((name) => stemOf(name)).filter((stem) => fold([stem]).join(' ') === stem);
  const elsewhere = new Set(unfolded(data.elsewhere));
  const at = normalised(data.at ?? []);
  const nounEndings = data.nounEndings ?? [];
  const diminutives = data.diminutives ?? [];
  /**
   * The terms of the word a diminutive's stem is of, by its first ending that fits ("cartaozinh" is
   * "cartao", not "cartaoz"); a synonym group's word or an irregular form's is its own ("mesa" is
   * read as "mesita", which is no "mes").
   */
  // Built only for a language with diminutives: stemming every irregular form costs at start-up.
  const ownWords =
    diminutives.length === 0 ? new Set<string>() : new Set([...canonical, ...[...irregular.values()].map(stemOf)]);
  const diminished = (term: string) => {
    if (ownWords.has(term)) return [];
    const [ending, ends] = diminutives.find(([e]) => term.length - e.length >= 3 && term.endsWith(e)) ?? ['', []];
    return [...new Set(ends.map((end) => termOf(term.slice(0, -ending.length) + end)))];
  };
  const yourself = data.yourself.map((phrase) => padded(words(phrase)));
  const whatToDo = (data.whatToDo ?? []).map((phrase) => padded(words(phrase)));
  const businesses = (data.businesses ?? []).map(([kinds, telltales]) => ({
    kinds: unfolded(kinds),
    telltales: telltales.map((telltale) => padded(words(telltale))),
  }));
  const courtesies = data.courtesies.map((group) => ({
    term: `~${words(group[0]!).join('')}`,
    phrases: group.map((phrase) => padded(words(phrase))),
  }));
  const lexicon = normalised([
    ...data.stopwords,
    ...data.asking,
    ...data.questionWords,
    ...data.light,
    ...data.synonyms.flat(),
    ...synonymGroups.flat(),
    ...Object.entries(data.irregular).flat(),
    ...data.idioms.flatMap(([meaning, phrases]) => [meaning, ...phrases]),
    ...data.courtesies.flat(),
    ...data.modifiers.before,
    ...data.modifiers.after,
    ...(data.broader ?? []).flat(2),
    ...(data.providers ?? []).flat(2),
    // Names of other companies and bodies are words, no typo of another ("paypal" is no "papal").
    ...data.elsewhere,
  ]);
  // Each service's verbs as terms, to the index of their group (see Language.services).
  const serviceOf = new Map(
    (data.services?.groups ?? []).flatMap((group, i) =>
      group.flatMap((verb) => termsOf([verb]).map((t) => [t, i] as const)),
    ),
  );
  /** A text's services, read once: the matcher asks for a message's by rank and by caution. */
  const servicesRead = new Map<string, number[]>();
  return {
    language: lang,
    lexicon,
    services: (text) =>
      remembered(servicesRead, 64, text, () => {
        const tokens = read(text);
        return tokens.flatMap((token, i) => {
          const service = serviceOf.get(termsOf([token])[0] ?? '');
          if (service === undefined) return [];
          // A word made of a verb that says which kind of thing another is ("cleaning products").
          const kind =
            (data.services?.kindBefore?.test(token) === true && word(tokens[i + 1])) ||
            data.services?.kindAfter?.includes(tokens[i - 1] ?? '') === true;
          return kind ? [] : [service];
        });
      }),
    courtesies: (text) => {
      const line = padded(words(text));
      return courtesies.filter(({ phrases }) => phrases.some((p) => line.includes(p))).map(({ term }) => term);
    },
    terms: (text) => termsOf(read(text)),
    base: derived,
    // A number alone is an amount or a count ("5000 euros", "2 lines"); with letters it names a thing
    // ("5g", "ps5"), unless it is a code with four digits or more (an order, a reference: "a12345").
    isLight: (term) => light.has(term) || /^\d+$/.test(term) || /\d{4}/.test(term),
    isQuestionWord: (term) => questionWords.has(term),
    isState: (term) => states.has(term),
    isPrice: (term) => term === price,
    priced: (text) => {
      if (MONEY.test(text)) return price;
      const tokens = words(text);
      return tokens.some((token, i) => currencies.has(token) && /^\d/.test(tokens[i - 1] ?? '')) ? price : undefined;
    },
    named: (text) => {
      // As written: an idiom may read the article into its meaning ("quanto custa o seguro").
      const tokens = words(unframed(text));
      return tokens
        .filter((token, i) => stateWords.has(token) && articles.has(tokens[i - 1] ?? '') && !word(tokens[i + 1]))
        .map(termOf);
    },
    subject: (text) => {
      const tokens = read(text);
      const said = articles.has(tokens[0] ?? '') ? tokens : afterVerb(text);
      return articles.has(said[0] ?? '') && word(said[1]) ? termOf(said[1]!) : undefined;
    },
    aboutItself: (text) => itself.has(afterVerb(text)[0] ?? ''),
    serviceAsked: (text) => {
      // Asked verb first with the words that ask for a service ("what **do you** feed them").
      const asked = inversion(text);
      const [whom, verb, next] = asked?.after ?? [];
      if (asked === undefined || !askedAs.has(`${asked.verb} ${whom}`) || !word(verb)) return undefined;
      // A phrasal verb ("freshen up", "put in") says an action in other words: no service of its own.
      return generalServices.has(verb!) || particles.has(next ?? '') ? undefined : termsOf([verb!])[0];
    },
    described: (text) => {
      const tokens = read(text);
      return tokens.filter((token, i) => word(token) && without.has(tokens[i - 1] ?? '')).map(termOf);
    },
    articled: (text) => {
      const tokens = read(text);
      return tokens.filter((token, i) => word(token) && naming.has(tokens[i - 1] ?? '')).map(termOf);
    },
    isElsewhere: (term) => elsewhere.has(term),
    places: (text) => {
      const tokens = read(text);
      return tokens.flatMap((token, i) => {
        if (!at.has(token) || !determiners.has(tokens[i + 1] ?? '')) return [];
        let j = i + 1;
        while (j < tokens.length && (determiners.has(tokens[j]!) || stopwords.has(tokens[j]!))) j++;
        return word(tokens[j]) ? [termOf(tokens[j]!)] : [];
      });
    },
    addressed: (text) => {
      const tokens = words(unframed(text));
      // The business is one: a plural after "your" names its things ("your candles"), not it.
      return tokens.flatMap((token, i) =>
        yours.has(token) && word(tokens[i + 1]) && !PLURAL.test(tokens[i + 1]!) ? [termOf(tokens[i + 1]!)] : [],
      );
    },
    isWhere: (term) => places.has(term),
    isProvider: (term) => providers.has(term),
    kindsOf: (texts) => {
      // Telltales are read as written: synonym groups would make "conta corrente" any "conta". The
      // texts are one string; each keeps its spaces at both ends, so no telltale spans two of them.
      const said = texts.map((text) => padded(words(text))).join('');
      return businesses
        .filter(({ telltales }) => telltales.filter((telltale) => said.includes(telltale)).length >= 2)
        .flatMap(({ kinds }) => kinds);
    },
    broader: (term) => [
      ...(broader.get(term) ?? []),
      ...(apart.get(term) ?? []),
      ...nounEndings
        .filter((ending) => term.length - ending.length >= 3 && term.endsWith(ending))
        .flatMap((ending) => fold([term.slice(0, -ending.length)])),
      // And the other way: the action asked about, where a knowledge base only says its noun
      // ("vocês limpam" where it says "limpeza").
      ...(term.length >= 3 ? nounEndings.map((ending) => term + ending) : []),
      ...diminished(term),
    ],
    qualifiersFollow,
    compounds: (text) => {
      // Only a language that says the kind before the thing after a possessive ("my credit card").
      if (qualifiersFollow) return [];
      const tokens = read(text);
      // Words as written: an idiom's meaning ("won't start" is a breakdown) is no thing named.
      const written = new Set(words(text));
      return tokens.flatMap((token, i) =>
        articles.has(tokens[i - 1] ?? '') &&
        word(token) &&
        written.has(token) &&
        written.has(tokens[i + 1] ?? '') &&
        // An amount says how much, not which kind ("a 2kg box").
        !/\d/.test(token) &&
        !data.modifiers.adjective?.test(token) &&
        word(tokens[i + 1]) &&
        // Not a verb ("the box **arrived**"), as after a possessive.
        !data.modifiers.verb?.test(tokens[i + 1]!)
          ? [{ modifier: termOf(token), head: termOf(tokens[i + 1]!) }]
          : [],
      );
    },
    actions: (text) => {
      const tokens = read(text);
      return tokens
        .filter((token, i) => word(token) && determiners.has(tokens[i + 1] ?? '') && word(tokens[i + 2]))
        .map(termOf);
    },
    asides: (text) => {
      const tokens = read(text);
      const line = padded(tokens);
      // A reason opening the message ("porque", "why" in Portuguese) is its question.
      const at = reasons
        .map((reason) => line.indexOf(reason, padded(tokens.slice(0, 2)).length - 1))
        .filter((i) => i >= 0);
      const reason =
        at.length === 0
          ? []
          : termsOf(
              line
                .slice(Math.min(...at))
                .trim()
                .split(' '),
            );
      return [...reason, ...context(text)];
    },
    modifiers: (text) => {
      const tokens = read(text);
      const found: Array<{ modifier: string; head: string; kind?: boolean }> = [];
      // "a doctor's appointment": the word with "'s" says whose the next one is.
      if (data.possessive)
        // Not a time or an amount ("last month's bill").
        for (const [, owner, owned] of withoutAccents(text)
          .toLowerCase()
          .matchAll(/(\p{L}+)['’]s\s+(\p{L}+)/gu))
          if (word(owner) && word(owned) && !light.has(termOf(owner!)))
            found.push({ modifier: termOf(owner!), head: termOf(owned!) });
      for (const [i, token] of tokens.entries()) {
        const next = tokens[i + 1];
        // "my credit card bill": each word of the compound says which the next one is.
        if (before.has(token))
          for (let k = i + 1; k <= i + 2 && word(tokens[k]) && word(tokens[k + 1]); k++) {
            if (k > i + 1 && data.modifiers.verb?.test(tokens[k]!)) break;
            found.push({ modifier: termOf(tokens[k]!), head: termOf(tokens[k + 1]!), kind: true });
          }
        if (!word(token) || next === undefined || !after.has(next)) continue;
        let j = i + 2;
        while (j < tokens.length && stopwords.has(tokens[j]!)) j++;
        // The head may end a phrase read as one word ("me doy de **baja** del gimnasio" is cancelling).
        if (word(tokens[j]))
          // The last term said before it, even one said before too ("mudei de casa, como troco o
          // endereço do título": the address's).
          found.push({
            modifier: termOf(tokens[j]!),
            head: termsSaid(tokens.slice(0, i + 1)).at(-1) ?? termOf(token),
          });
      }
      return found;
    },

    form: (text) => formOf(words(unframed(text))),
    asksOnlyWhether: (text) => {
      const tokens = words(unframed(text));
      const form = formOf(tokens);
      const line = padded(tokens);
      return (
        WHETHER_FORMS.has(form) &&
        !tokens.some((token) => questionWords.has(irregular.get(token) ?? token)) &&
        !whatToDo.some((phrase) => line.includes(phrase))
      );
    },
    yourself: (text) => {
      const line = padded(words(text));
      return yourself.some((phrase) => line.includes(phrase));
    },
    choosing: (text) => {
      const line = words(text).join(' ');
      return data.choosing.some((pattern) => pattern.test(line));
    },
    // Only pieces that are not words of their own ("wi fi", not "how do").
    joins: (text, any) =>
      pairs(read(text), any)
        .filter(([a, b]) =>
          [a, b].every((piece) => !stopwords.has(piece) && !questionWords.has(piece) && !asking.has(piece)),
        )
        .map(([a, b]) => ({
          term: fold([stemOf(a + b)])[0] ?? a + b,
          parts: fold(content([a, b]).map(stemOf)),
        })),
  };
}

import MiniSearch from 'minisearch';
import type { Analyzer } from './analyzer.js';
import { remembered } from './text.js';

/**
 * A knowledge-base question the matcher can find, by its own text and its alternates (each with the
 * row it was written on: rows that give one answer are one question), and its answer.
 */
export interface MatchableQuestion {
  questionId: string;
  texts: Array<{ text: string; rowId: string }>;
  answer: string;
}

/** A ranked question with how sure the matcher is, from 0 to 1. */
export interface Candidate {
  questionId: string;
  /** The row whose question or alternate matched best. */
  rowId: string;
  confidence: number;
  /** How much of what was asked the question covers, weighted by how telling each word is. */
  coverage: number;
  /**
   * The share of its confidence the question keeps for what the words say against it (another
   * company named, the thing asked about swapped or missed): 1 when they say nothing against it.
   */
  kept: number;
}

interface Doc {
  id: number;
  questionId: string;
  /** The row this text (a question or an alternate) was written on. */
  rowId: string;
  text: string;
  /** The answer's terms that the question does not have. */
  answer: string;
  terms: string[];
  answerTerms: Set<string>;
  /** The price term, when only the answer's amount of money says it (see PRICED_IN_ANSWER). */
  pricedOnly: string | undefined;
  /** What the question is about: its last telling word ("bill" in "How do I pay my bill?"). */
  head: string | undefined;
  /** The terms of the things its answer lists ("Violão, guitarra, piano e bateria"): kinds of its head. */
  listed: ReadonlySet<string>;
  /** The kind its question names of a thing, by the thing ("hearing" in "Is the hearing test free?"). */
  kinds: ReadonlyMap<string, string>;
  /**
   * Its question's subject (see Analyzer.subject: "helados" in "¿Los helados llevan frutos
   * secos?", "sessions" in "Where do the sessions take place?"), or ITSELF ("Is it scary?").
   */
  subject: string | undefined;
  /** What its question says its thing is like ("azucar" in "¿Tenéis helados sin azúcar?"). */
  described: ReadonlySet<string>;
  /** Its thing, what it is like left aside ("helados" there). */
  bareHead: string | undefined;
  /** The services its question offers (see Analyzer.services). */
  services: readonly number[];
  /** What its question asks the business to do, after "do you" (see Analyzer.serviceAsked). */
  doing: string | undefined;
}

/** What a message asks the business for: the services of the lists it names, and the verb it asks with. */
interface Asking {
  services: readonly number[];
  /** The term of the verb after "do you" (see Analyzer.serviceAsked). */
  doing: string | undefined;
}

/** What a message says of its thing that another question's may not be (see LexicalMatcher.#others). */
interface Others {
  /** Its subject (see Analyzer.subject), when the knowledge base never says it. */
  opening: string | undefined;
  /** What it says its thing is like ("azucar" in "refrescos sin azúcar"). */
  described: readonly string[];
  /** Its thing but for that, when the knowledge base never says it. */
  bare: string | undefined;
  /** The kinds it names of things, where the knowledge base never says the kind. */
  kinds: ReadonlyArray<{ modifier: string; head: string }>;
}

/** A word found only by its spelling being close (a typo) or by its start counts this much. */
const APPROXIMATE = 0.8;
/** A word found in the answer rather than the question counts this much. */
const IN_ANSWER = 0.8;
/**
 * A question of what a thing costs, matched by an answer that states an amount of money and a
 * question that never asks the price ("quanto custa o frete" to "O frete é grátis?", answered
 * "Grátis acima de R$ 199; abaixo disso, R$ 19,90"): the price counts this much (tried 0.3–0.8 on
 * the eval: 0.5 gave the most right answers for the off-topic ones it answered).
 */
const PRICED_IN_ANSWER = 0.5;
/**
 * A question whose answer says all of a message though the question says none of it counts this
 * share of its own words as said.
 */
const ANSWER_ONLY = 0.05;
/** "All of a message" found in an answer: each word counts IN_ANSWER, so a coverage this high. */
const ANSWER_ONLY_COVERAGE = 0.75;
/** A word the knowledge base has nowhere, not even in an answer, says most about a question. */
const UNKNOWN = 1.5;
/**
 * A word never seen said as the action done to a thing the knowledge base knows ("**lodge** a
 * complaint", "**enviar** um pix") weighs less than a thing never seen: people name one action in
 * many ways, while another thing is another question.
 */
const UNKNOWN_ACTION = 1;
/**
 * A word never seen, in a message whose thing a question matches, weighs this share for that
 * question, unless it says whose or which thing it is ("my **netflix** plan"): it is more likely
 * another way of saying what is done or how ("do you **host** events").
 */
const UNKNOWN_BESIDE_THING = 0.6;
/** An everyday word ("make", "new") weighs this share of what its rarity says. */
const LIGHT = 0.4;
/**
 * A word the knowledge base has never seen that says whose or which thing is asked about ("my
 * netflix password", "a senha do banco") makes it another thing: it weighs this much more.
 */
const FOREIGN_MODIFIER = 3;
/**
 * A word the knowledge base knows that says which thing is asked about ("my **PUK** number"), when
 * a question does not match it, weighs this much more for that question: it is another thing's.
 */
const KNOWN_MODIFIER = 2;
/**
 * A question about a thing the knowledge base has never seen, matched to one whose own thing goes
 * unsaid, keeps this much less of its confidence.
 */
const HEAD_SWAP = 0.4;
/**
 * A question that does not match the thing asked about (the message's last telling word), when
 * another question of the knowledge base has that word, keeps this much less of its confidence:
 * "cuánto tarda el reembolso" is about the refund before it is about how long.
 */
const HEAD_MISSED = 0.1;
/**
 * A question that offers another service than the one asked (see Language.services), or asks the
 * business to do another thing than a message's, which the knowledge base never says, keeps this much less.
 */
const ANOTHER_SERVICE = 0.5;
/**
 * A message naming another company or public body the knowledge base never mentions ("cancel my
 * netflix", "contact the council") keeps this much less of its confidence: it asks them.
 */
const ELSEWHERE = 0.5;
/**
 * The share a match loses when the thing asked about is a word the knowledge base never says,
 * named after an article ("flowers for **a wedding**" to a funeral director's "Do you provide
 * flowers?"), when it is the message's last telling word: 0.1 on the eval took 14 off-topic answers
 * for 9 right ones (16 for 9 without "last", which took "a consulta pra medir o grau" from an
 * optician's eye test), 0.15 23 for 22.
 */
const UNKNOWN_THING = 0.1;
/** A word of the reason a message gives ("because I'm moving abroad") weighs this share. */
const ASIDE = 0.3;
/** No terms (a default that allocates nothing on the hot path). */
const NONE: ReadonlySet<string> = new Set();
/** How many terms put right a matcher remembers. */
const REMEMBERED_TERMS = 10_000;
/** How much of the answer a document keeps: its first words say what it is about. */
const ANSWER_TERMS = 40;
/** An answer lists things when it has this many pieces between commas and "and"s, each this short. */
const LIST_ITEMS = 4;
const LIST_ITEM_WORDS = 2;
/** The subject of a question about the business itself ("Is it scary?"): no term, so no message says it. */
const ITSELF = '(itself)';

/**
 * Ranks questions by meaning the lexical way: BM25 over content terms (stop words out, stems,
 * synonyms folded) with typo tolerance and prefixes (MiniSearch), then a confidence that asks
 * how much of the question was covered, each word weighted by how rare it is in the knowledge
 * base. A word the knowledge base has never seen weighs the most, so a question that only shares
 * its common words with a stored one ("how do I make pancakes" against "how do I make a
 * complaint") is not taken for it.
 */
export class LexicalMatcher {
  /** Terms already put right (the same words come back in message after message). */
  readonly #untangledTerms = new Map<string, string>();

  private constructor(
    private readonly analyzer: Analyzer,
    private readonly search: MiniSearch<Doc>,
    private readonly docs: ReadonlyMap<number, Doc>,
    private readonly documentFrequency: ReadonlyMap<string, number>,
    private readonly answerVocabulary: ReadonlySet<string>,
    private readonly questions: number,
    /** The kinds of business the knowledge base is, by its telltales ("bank"): see Analyzer.kindsOf. */
    private readonly selves: ReadonlySet<string>,
    /** The things its questions say which kind of ("clase" in "¿Cuánto cuesta una clase de surf?"). */
    private readonly qualified: ReadonlySet<string>,
  ) {}

  static build(questions: MatchableQuestion[], analyzer: Analyzer): LexicalMatcher {
    const search = new MiniSearch<Doc>({
      fields: ['text', 'answer'],
      storeFields: [],
      tokenize: (text) => (text === '' ? [] : text.split(' ')),
      processTerm: (term) => term,
    });
    const docs = new Map<number, Doc>();
    const documentFrequency = new Map<string, number>();
    const answerVocabulary = new Set<string>();
    const qualified = new Set<string>();
    for (const question of questions) {
      const seen = new Set<string>();
      const answerTerms = analyzer.terms(question.answer).slice(0, ANSWER_TERMS);
      // An answer that states an amount of money says what a thing costs ("R$ 19,90"), less than
      // its words do.
      const priced = analyzer.priced(question.answer);
      const pricedOnly = priced !== undefined && !answerTerms.includes(priced) ? priced : undefined;
      if (pricedOnly !== undefined) answerTerms.push(pricedOnly);
      const listed = LexicalMatcher.#listed(analyzer, question.answer);
      for (const term of answerTerms) answerVocabulary.add(term);
      for (const { text, rowId } of question.texts) {
        const content = analyzer.terms(text);
        const named = analyzer.named(text);
        const described = analyzer.described(text);
        const head = LexicalMatcher.#headOf(analyzer, content, named);
        const terms = LexicalMatcher.#orCourtesies(analyzer, text, [
          ...new Set([...content, ...analyzer.joins(text).map((j) => j.term)]),
        ]);
        if (terms.length === 0) continue;
        const own = new Set(terms);
        const extra = new Set(answerTerms.filter((t) => !own.has(t)));
        const doc = {
          id: docs.size,
          questionId: question.questionId,
          rowId,
          text: terms.join(' '),
          answer: [...extra].join(' '),
          terms,
          answerTerms: extra,
          pricedOnly,
          head,
          listed,
          kinds: new Map(analyzer.compounds(text).map(({ modifier, head }) => [head, modifier])),
          services: analyzer.services(text),
          doing: analyzer.serviceAsked(text),
          // A question about the business itself ("Is it scary?") has a subject no message says.
          subject: analyzer.subject(text) ?? (analyzer.aboutItself(text) ? ITSELF : undefined),
          described: new Set(described),
          bareHead:
            described.length === 0
              ? head
              : LexicalMatcher.#headOf(
                  analyzer,
                  content.filter((term) => !described.includes(term)),
                  named,
                ),
        };
        docs.set(doc.id, doc);
        for (const term of terms) seen.add(term);
        for (const { head } of analyzer.modifiers(text)) qualified.add(head);
        // Where a qualifier follows its noun, a word said before another is qualified by it
        // ("aula particular", "clases para niños"): a kind of it asked for is another kind.
        if (analyzer.qualifiersFollow) for (const term of content.slice(0, -1)) qualified.add(term);
      }
      for (const term of seen) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    search.addAll([...docs.values()]);
    const selves = new Set(analyzer.kindsOf(questions.flatMap((q) => [...q.texts.map((t) => t.text), q.answer])));
    return new LexicalMatcher(
      analyzer,
      search,
      docs,
      documentFrequency,
      answerVocabulary,
      questions.length,
      selves,
      qualified,
    );
  }

  /**
   * The terms of the things an answer lists, when a sentence of it is a list ("Violão, guitarra,
   * piano, teclado e canto.", "PlayStation, Xbox, Switch and Wii"): pieces between commas and
   * conjunctions, four at least, a word or two each (one longer piece may lead in: "Aceitamos Pix").
   */
  static #listed(analyzer: Analyzer, answer: string): Set<string> {
    const listed = new Set<string>();
    for (const sentence of answer.split(/[.!?:;\n]+/)) {
      const pieces = sentence
        .split(/,|\s(?:and|or|e|ou|y|o)\s/i)
        .map((piece) => piece.trim())
        .filter((piece) => piece !== '');
      const short = pieces.filter((piece) => piece.split(/\s+/).length <= LIST_ITEM_WORDS);
      if (short.length >= LIST_ITEMS && short.length >= pieces.length - 1)
        for (const piece of short) for (const term of analyzer.terms(piece)) listed.add(term);
    }
    return listed;
  }

  /**
   * The last telling word of a text's terms that does not say how a thing is, where English and
   * most questions put their thing ("bill" in "when is my bill due"); else the last telling word.
   */
  static #headOf(analyzer: Analyzer, terms: readonly string[], named: readonly string[] = []): string | undefined {
    return (
      terms.findLast((term) => !analyzer.isLight(term) && !LexicalMatcher.#saysHow(analyzer, term, named)) ??
      terms.findLast((term) => !analyzer.isLight(term))
    );
  }

  /** Whether a term says how a thing is ("due", "slow"), unless the text names a thing with it (`named`: "o seguro"). */
  static #saysHow(analyzer: Analyzer, term: string, named: readonly string[]): boolean {
    return analyzer.isState(term) && !named.includes(term);
  }

  /**
   * What a message asks about (see #headOf): not where, when it names a thing the knowledge base
   * does not know ("a flight to Spain" is about a flight; "use my data abroad" about being abroad);
   * never the business itself (`yours`: "your **university**"); in a question of how much, or one
   * asking for a service (see Language.services), a word never seen that the thing found qualifies
   * ("quanto custa uma **máquina** de lavar", "cuánto cuesta un **seguro** de coche", "vocês vendem
   * **bolo** de aniversário": what is before "de" is what is priced, sold, hired or mended).
   */
  #thingOf(
    text: string,
    said: readonly string[],
    yours: readonly string[],
    modifiers: ReadonlyArray<{ modifier: string; head: string }>,
    /** The services the message asks for (see Language.services). */
    services: readonly number[],
  ): string | undefined {
    const terms = yours.length === 0 ? said : said.filter((term) => !yours.includes(term));
    const named = this.analyzer.named(text);
    // A word that may be the thing itself: telling, and saying neither how it is nor where.
    const thingLike = (term: string) =>
      this.#telling(term) && !LexicalMatcher.#saysHow(this.analyzer, term, named) && !this.analyzer.isWhere(term);
    const unknownThing = terms.some(
      (term) => this.#telling(term) && !this.#known(term) && !this.analyzer.isWhere(term),
    );
    const thing =
      (unknownThing ? terms.findLast(thingLike) : undefined) ?? LexicalMatcher.#headOf(this.analyzer, terms, named);
    const amount = this.analyzer.form(text) === 'amount';
    if (!amount && services.length === 0) return thing;
    // What is priced is said first ("cuánto cuesta **vacunar** a un perro"), never an amount.
    const first =
      amount && terms.some((term) => this.analyzer.isPrice(term))
        ? terms.find((term) => thingLike(term) && !this.#known(term) && !/\d/.test(term))
        : undefined;
    if (first !== undefined && first !== thing) return first;
    const qualified = modifiers.find(
      (pair) =>
        pair.modifier === thing &&
        pair.head !== thing &&
        said.includes(pair.head) &&
        !this.#known(pair.head) &&
        !this.analyzer.isLight(pair.head),
    );
    return qualified?.head ?? thing;
  }

  /** Whether a term says something of what is asked: no everyday word, no question word. */
  #telling(term: string): boolean {
    return !this.analyzer.isLight(term) && !this.analyzer.isQuestionWord(term);
  }

  /** A text's terms; with no telling word among them, the greetings or thanks it says first ("good morning"). */
  static #orCourtesies(analyzer: Analyzer, text: string, terms: string[]): string[] {
    return terms.some((term) => !analyzer.isLight(term)) ? terms : [...analyzer.courtesies(text), ...terms];
  }

  /** How telling a term is: rare in the knowledge base's questions weighs more, unknown the most. */
  #weight(term: string, actions: ReadonlySet<string> = NONE, asides: ReadonlySet<string> = NONE): number {
    const df = this.documentFrequency.get(term) ?? 0;
    const idf = Math.log(1 + (this.questions + 1) / (df + 0.5)) * (asides.has(term) ? ASIDE : 1);
    // A question word no question uses tells no question apart ("onde" in a base that asks "como").
    if (this.analyzer.isLight(term) || (df === 0 && this.analyzer.isQuestionWord(term))) return idf * LIGHT;
    if (df === 0 && !this.answerVocabulary.has(term)) return idf * (actions.has(term) ? UNKNOWN_ACTION : UNKNOWN);
    return idf;
  }

  /**
   * The query's terms: a word written in two pieces counts as one when the knowledge base has it
   * whole, and a word the knowledge base does not know with two letters swapped ("unblcok"), the
   * commonest typo and two edits away for fuzzy matching, is the word it knows. A word never seen
   * that says which kind of a thing is asked about, where the knowledge base's questions name their
   * own kind of it ("una clase de **yoga**" to a surf school's "¿Cuánto cuesta una clase de surf?"),
   * stays itself, another kind (see #kindOf); alone or beside a thing the knowledge base never
   * qualifies it reads as that thing ("¿hacéis yoga?", "aula de spinning" to a gym's "Como agendo
   * uma aula?"). `modifiers` are the text's, as #modifiers reads them.
   */
  #queryTerms(text: string, modifiers: ReadonlyArray<{ modifier: string; head: string }>): string[] {
    const kinds = new Set(
      modifiers.filter(({ modifier, head }) => this.#kindOf(modifier, head)).map(({ modifier }) => modifier),
    );
    const said = this.analyzer.terms(text).map((term) => this.#untangled(term));
    let terms = said.map((term) => (kinds.has(term) ? term : this.#general(term, said)));
    // Any two words the knowledge base writes as one ("vale transporte", its "vale-transporte"), unless
    // its questions say them apart ("knowledge base" where an answer says "knowledge-base").
    for (const join of this.analyzer.joins(text, true)) {
      const apart = join.parts.length > 0 && join.parts.every((part) => this.documentFrequency.has(part));
      if (apart || !this.#known(join.term)) continue;
      terms = [...terms.filter((t) => !join.parts.includes(t)), join.term];
    }
    return [...new Set(LexicalMatcher.#orCourtesies(this.analyzer, text, terms))];
  }

  /**
   * Whether a question of the knowledge base has a term as a query's is read: itself, or the general
   * word it stands for where the knowledge base says that one (see #general: "perrit" is "perro").
   */
  asks(term: string): boolean {
    return this.documentFrequency.has(this.#general(term));
  }

  #known(term: string): boolean {
    return this.documentFrequency.has(term) || this.answerVocabulary.has(term);
  }

  /**
   * A thing named by its kind ("laptop") that the knowledge base never says, as its general word when
   * it says that one ("valuables"); a provider named (an insurer), as its service where a question
   * says that, though an answer names the provider. `said` are the message's terms.
   */
  #general(term: string, said: readonly string[] = []): string {
    if (this.documentFrequency.has(term)) return term;
    // An insurer named is insurance where a question says so, though the answer lists the insurer
    // (unless the message says insurance too: "my plan is Amil" then names it as the answer does).
    if (this.analyzer.isProvider(term)) {
      const asked = this.analyzer.broader(term).find((general) => this.documentFrequency.has(general));
      if (asked !== undefined && !said.includes(asked)) return asked;
    }
    // A word of the answers is its own; the broader words, which cost a look at every noun ending,
    // only for a word the knowledge base never says.
    if (this.answerVocabulary.has(term)) return term;
    return this.analyzer.broader(term).find((general) => this.#known(general)) ?? term;
  }

  #untangled(term: string): string {
    return remembered(this.#untangledTerms, REMEMBERED_TERMS, term, (t) => this.#untangle(t));
  }

  #untangle(term: string): string {
    if (term.length < 4 || this.#known(term)) return term;
    for (let i = 0; i < term.length - 1; i++) {
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      if (this.#known(swapped)) return swapped;
      // The term is the misspelt word itself, which the stemmer left alone ("famliy" for "famili").
      const stemmed = this.analyzer.terms(swapped)[0];
      if (stemmed !== undefined && this.#known(stemmed)) return stemmed;
    }
    return term;
  }

  /**
   * Words the knowledge base never says that a message names the business by: a kind of business
   * said after "your" ("your **university**"), or the kind the knowledge base is ("my **bank**
   * statement" to a bank's).
   */
  #yours(text: string, terms: readonly string[]): string[] {
    const named = [...this.analyzer.addressed(text), ...terms.filter((term) => this.selves.has(term))];
    return named.filter((term) => !this.#known(term));
  }

  /**
   * Whether a message names another company or public body that the knowledge base never mentions,
   * or asks about a thing at a place it never mentions ("at the golf club"); one it addresses as the
   * business ("your university") is this one.
   */
  #elsewhere(text: string, terms: readonly string[], yours: readonly string[]): boolean {
    const another = (term: string) => !this.#known(term) && !yours.includes(term);
    return (
      terms.some((term) => this.analyzer.isElsewhere(term) && another(term)) ||
      this.analyzer
        .places(text)
        .map((term) => this.#untangled(term))
        .some((term) => another(term) && !this.analyzer.isLight(term))
    );
  }

  /**
   * What a message is about, as `rank` and `caution` both read it: the words that say whose or which
   * thing another is, those that name the business itself, the thing asked about, and the words the
   * knowledge base never says that make it another's thing.
   */
  #subject(
    text: string,
    terms: readonly string[],
    modifiers: ReadonlyArray<{ modifier: string; head: string }>,
    services: readonly number[],
  ) {
    const yours = this.#yours(text, terms);
    const head = this.#thingOf(text, terms, yours, modifiers, services);
    return {
      yours,
      head,
      // A thing never seen named with a word the knowledge base knows before it ("a wedding cake",
      // "a wedding dj"): that word only says which kind of the other thing is asked about.
      kindOf:
        head === undefined || this.#known(head)
          ? undefined
          : this.analyzer.compounds(text).find((pair) => pair.head === head)?.modifier,
      foreign: this.#foreignModifiers(modifiers, terms, yours).map(({ modifier }) => modifier),
    };
  }

  /** The words of a message that say whose or which thing another is, typos put right. */
  #modifiers(text: string): Array<{ modifier: string; head: string; kind: boolean }> {
    return this.analyzer.modifiers(text).map(({ modifier, head, kind }) => {
      const thing = this.#general(this.#untangled(head));
      const which = this.#untangled(modifier);
      return { modifier: this.#kindOf(which, thing) ? which : this.#general(which), head: thing, kind: kind === true };
    });
  }

  /** Whether a word never seen is another kind of a `thing` the questions qualify (see #queryTerms). */
  #kindOf(term: string, thing: string): boolean {
    return this.qualified.has(thing) && !this.#known(term) && this.#general(term) === thing;
  }

  /**
   * The pairs whose modifier is a query term the knowledge base does not know, qualifying a term it
   * knows; never the business addressed as itself (`yours`: "una cita en **vuestra clínica**"), nor
   * where a thing is unless said as its kind (`kind`: "my **train** ticket").
   */
  #foreignModifiers<Pair extends { modifier: string; head: string; kind?: boolean }>(
    modifiers: readonly Pair[],
    terms: readonly string[],
    yours: readonly string[],
  ): Pair[] {
    return modifiers.filter(
      ({ modifier, head, kind }) =>
        terms.includes(modifier) &&
        !yours.includes(modifier) &&
        (kind || !this.analyzer.isWhere(modifier)) &&
        !this.#known(modifier) &&
        !this.analyzer.isLight(modifier) &&
        this.#known(head) &&
        !this.analyzer.isLight(head),
    );
  }

  /**
   * Whether the thing asked about (`head`) is a word no question has (an answer may mention it in
   * passing) that `doc` does not match, while `doc`'s own thing goes unsaid: the same question
   * about something else ("pay my rent" is not "pay my bill"), or said only as the kind of that
   * thing (`kindOf`: "a wedding cake" is not "a wedding").
   */
  #thingSwapped(
    head: string | undefined,
    kindOf: string | undefined,
    doc: Doc,
    docMatches: (queryTerm: string) => boolean,
    querySays: (docTerm: string) => boolean,
  ): boolean {
    return (
      head !== undefined &&
      !this.documentFrequency.has(head) &&
      !docMatches(head) &&
      doc.head !== undefined &&
      (!querySays(doc.head) || doc.head === kindOf)
    );
  }

  /**
   * A query term matched by a close spelling or a prefix: in the question, or only in the answer;
   * nothing when no word it matched starts as it does ("candles" is no "handle", "snoring" no "scoring").
   */
  #approximate(term: string, match: Record<string, string[]>, doc: Doc): number {
    const fields = Object.entries(match)
      .filter(([docTerm]) => docTerm.startsWith(term.slice(0, 3)) || term.startsWith(docTerm.slice(0, 3)))
      .flatMap(([, f]) => f);
    if (fields.length === 0) return 0;
    return fields.includes('text') || !doc.answerTerms.size ? APPROXIMATE : APPROXIMATE * IN_ANSWER;
  }

  /**
   * What a message says of its thing that another question's may not be: its subject when the
   * knowledge base never says it ("los cereales llevan…", "where does the marathon take place"),
   * what it says its thing is like and its thing but for that ("refrescos sin azúcar"), and the
   * kinds it names of things the knowledge base knows that it never says ("the **eye** test").
   */
  #others(text: string, terms: readonly string[], yours: readonly string[]): Others {
    const said = this.analyzer.subject(text);
    const opening =
      said !== undefined && !this.#known(this.#untangled(said)) && this.#telling(said) && !this.analyzer.isState(said)
        ? said
        : undefined;
    const described = this.analyzer.described(text);
    const bare =
      described.length === 0
        ? undefined
        : LexicalMatcher.#headOf(
            this.analyzer,
            terms.filter((term) => !described.includes(term)),
            this.analyzer.named(text),
          );
    const kinds = this.#foreignModifiers(
      this.analyzer.compounds(text).map(({ modifier, head: thing }) => ({
        modifier: this.#untangled(modifier),
        head: this.#untangled(thing),
        kind: true,
      })),
      terms,
      yours,
    ).filter(({ modifier }) => !this.analyzer.isState(modifier));
    return { opening, described, bare: bare !== undefined && !this.#known(bare) ? bare : undefined, kinds };
  }

  /**
   * Whether a question's own subject goes unsaid (`says`) where the message's is a thing never seen
   * ("los cereales llevan…" to "¿Los helados llevan frutos secos?", "is the beach accessible" to "Is
   * it accessible for wheelchairs?"), or its own thing where the message says the same of a
   * thing never seen ("refrescos sin azúcar" to "¿Tenéis helados sin azúcar?"): another thing, as a
   * swapped one is.
   */
  static #anotherThing(others: Others, doc: Doc, says: (docTerm: string) => boolean): boolean {
    return (
      (others.opening !== undefined && doc.subject !== undefined && !says(doc.subject)) ||
      (others.bare !== undefined &&
        others.described.some((term) => doc.described.has(term)) &&
        doc.bareHead !== undefined &&
        !says(doc.bareHead))
    );
  }

  /** What a message asks the business for (see Asking). */
  #asking(text: string): Asking {
    const doing = this.analyzer.serviceAsked(text);
    return { services: this.analyzer.services(text), doing: doing === undefined ? undefined : this.#untangled(doing) };
  }

  /**
   * Whether a message asks for a service that a question does not offer: where both name services of
   * the lists, another one ("do you **sell** sofas" to "Do you **clean** sofas?"); else, where the
   * message asks the business to do a thing the knowledge base never says, and the question another,
   * unsaid ("do you **vaccinate** horses" to "Do you **sedate** horses?"), unless both are one service
   * of the lists in other words ("do you clean log burners" to "Do you sweep wood burners?").
   */
  #anotherService({ services, doing }: Asking, doc: Doc, said: (term: string) => boolean): boolean {
    const offered = doc.services.some((service) => services.includes(service));
    if (services.length > 0 && doc.services.length > 0) return !offered;
    return (
      doing !== undefined &&
      !this.#known(doing) &&
      doc.doing !== undefined &&
      doc.doing !== doing &&
      !said(doc.doing) &&
      !offered
    );
  }

  /** The kinds a message names of a thing where a question names its own, unsaid ("eye" to "the hearing test"). */
  static #otherKinds(others: Others, doc: Doc, terms: readonly string[]): string[] {
    return others.kinds
      .filter(({ modifier, head: thing }) => {
        const own = doc.kinds.get(thing);
        return own !== undefined && own !== modifier && !terms.includes(own);
      })
      .map(({ modifier }) => modifier);
  }

  /**
   * How far to trust a match to `questionId` found by other means (embeddings), from what the
   * words say against it: a word never seen that says whose thing is asked about ("my facebook
   * password") or another kind of a thing than the question's ("the eye test"), or the thing asked
   * about being a word never seen where the question's own goes unsaid ("pay my rent", "los
   * cereales llevan…", "refrescos sin azúcar"), another service asked than the question offers
   * ("do you sell sofas"), or another company named ("my netflix plan"). 1 when the words say
   * nothing against it; the same reading of the message as `rank`'s.
   */
  caution(text: string, questionId: string): number {
    const modifiers = this.#modifiers(text);
    const terms = this.#queryTerms(text, modifiers);
    const docs = [...this.docs.values()].filter((doc) => doc.questionId === questionId);
    if (terms.length === 0 || docs.length === 0) return 1;
    const said = new Set(terms);
    const own = new Set(docs.flatMap((doc) => doc.terms));
    const asking = this.#asking(text);
    const { yours, head, kindOf, foreign: qualifying } = this.#subject(text, terms, modifiers, asking.services);
    const others = this.#others(text, terms, yours);
    const foreign =
      qualifying.some((term) => !own.has(term)) ||
      docs.every((doc) => LexicalMatcher.#otherKinds(others, doc, terms).length > 0);
    const swapped = docs.every(
      (doc) =>
        this.#thingSwapped(
          head,
          kindOf,
          doc,
          (term) => doc.terms.includes(term),
          (term) => said.has(term),
        ) || LexicalMatcher.#anotherThing(others, doc, (term) => said.has(term)),
    );
    const anotherService = docs.every((doc) => this.#anotherService(asking, doc, (term) => said.has(term)));
    return (
      (foreign ? 1 / FOREIGN_MODIFIER : 1) *
      (swapped ? 1 - HEAD_SWAP : 1) *
      (anotherService ? 1 - ANOTHER_SERVICE : 1) *
      (this.#elsewhere(text, terms, yours) ? 1 - ELSEWHERE : 1)
    );
  }

  /**
   * Questions ranked by confidence, best first; one entry per question. `asWritten`: the terms of
   * words spelt as the language spells them, which are no typo two letters from another word
   * ("passport" is not "password").
   */
  rank(text: string, limit = 5, asWritten: ReadonlySet<string> = NONE): Candidate[] {
    const modifiers = this.#modifiers(text);
    const terms = this.#queryTerms(text, modifiers);
    if (terms.length === 0 || this.docs.size === 0) return [];
    const asking = this.#asking(text);
    const { yours, head, kindOf, foreign } = this.#subject(text, terms, modifiers, asking.services);
    const qualifiers = modifiers.filter((pair) => pair.head === head).map((pair) => pair.modifier);
    const others = this.#others(text, terms, yours);
    const actions = new Set(this.analyzer.actions(text).map((term) => this.#untangled(term)));
    // A word never seen said as the business itself ("your **university**") weighs as an aside.
    const asides = new Set([...this.analyzer.asides(text).map((term) => this.#untangled(term)), ...yours]);
    const total = terms.reduce((sum, term) => sum + this.#weight(term, actions, asides), 0);
    const elsewhere = this.#elsewhere(text, terms, yours) ? 1 - ELSEWHERE : 1;
    // A thing named after an article, last, that the knowledge base never says ("where can I buy
    // flowers for **a wedding**", "qué horario tiene **el banco**") is a thing it does not know;
    // one that other words qualify ("a consulta pra medir o grau") may still be its own.
    const unknownThing =
      head !== undefined &&
      !this.#known(head) &&
      terms.findLast((t) => this.#telling(t) && !this.analyzer.isState(t)) === head &&
      this.analyzer.articled(text).some((t) => this.#untangled(t) === head)
        ? 1 - UNKNOWN_THING
        : 1;
    // The thing asked about is a word some question has.
    const headAsked = head !== undefined && this.documentFrequency.has(head);
    // Words never seen that neither are the thing asked about nor say which thing it is, and how
    // much less each weighs for a question that has that thing.
    const which = new Set(modifiers.map((pair) => pair.modifier));
    const besides = terms
      .filter((term) => term !== head && !which.has(term) && !this.#known(term) && this.#telling(term))
      .map((term) => ({ term, less: this.#weight(term, actions, asides) * (1 - UNKNOWN_BESIDE_THING) }));
    const results = this.search.search(terms.join(' '), {
      combineWith: 'OR',
      boost: { text: 1, answer: 0.3 },
      // Typos in longer words only: one edit from five letters, two from eight ("tire" is not "time"),
      // and one for a word spelt right.
      fuzzy: (term) => (term.length >= 8 && !asWritten.has(term) ? 2 : term.length >= 5 ? 1 : false),
      // No prefix for a word a question has: it is no word cut short ("intern", abroad, of an
      // "international roaming" question, is no "internet").
      prefix: (term) => term.length >= 5 && !this.documentFrequency.has(term),
      weights: { fuzzy: 0.6, prefix: 0.7 },
    });
    const said = new Set(terms);
    const best = new Map<string, Candidate>();
    for (const result of results.slice(0, 50)) {
      const doc = this.docs.get(result.id as number)!;
      const docTerms = new Set(doc.terms);
      // A word found only as a close spelling of another word the message says is not found
      // ("watch the match": "match" is no typo of "watch").
      const foundUnsaid = Object.keys(result.match).some((docTerm) => !said.has(docTerm));
      const queryTerms = result.queryTerms.filter((term) => Object.hasOwn(result.match, term) || foundUnsaid);
      let covered = 0;
      for (const term of queryTerms) {
        const where = docTerms.has(term)
          ? 1
          : doc.answerTerms.has(term)
            ? term === doc.pricedOnly
              ? PRICED_IN_ANSWER
              : IN_ANSWER
            : this.#approximate(term, result.match, doc);
        covered += this.#weight(term, actions, asides) * where;
      }
      // A foreign modifier the document does not match (a typo it matches is not foreign).
      const qualified = [
        ...foreign.filter((term) => !queryTerms.includes(term)),
        ...LexicalMatcher.#otherKinds(others, doc, terms),
      ];
      // A known word saying which thing is asked about ("my PUK number"), unmatched, weighs more.
      const unmatchedQualifiers = qualifiers.filter((term) => this.#known(term) && !queryTerms.includes(term));
      const extra =
        qualified.reduce((sum, term) => sum + this.#weight(term) * (FOREIGN_MODIFIER - 1), 0) +
        unmatchedQualifiers.reduce((sum, term) => sum + this.#weight(term) * (KNOWN_MODIFIER - 1), 0);
      // The thing asked about is this question's own: the words never seen beside it weigh less.
      const lighter =
        headAsked && docTerms.has(head)
          ? besides.filter(({ term }) => !queryTerms.includes(term)).reduce((sum, { less }) => sum + less, 0)
          : 0;
      const coverage = Math.min(1, covered / (total - lighter + extra));
      const matched = new Set(
        Object.entries(result.match)
          .filter(([, f]) => f.includes('text'))
          .map(([t]) => t),
      );
      const own = doc.terms.reduce((sum, t) => sum + this.#weight(t), 0);
      // A thing its answer lists names the question's own thing ("bateria" for "which instruments").
      const listedSaid =
        doc.head !== undefined &&
        !matched.has(doc.head) &&
        queryTerms.some((t) => doc.listed.has(t) && !this.documentFrequency.has(t));
      const ownCovered =
        doc.terms.filter((t) => matched.has(t)).reduce((sum, t) => sum + this.#weight(t), 0) +
        (listedSaid ? this.#weight(doc.head!) : 0);
      // A question none of whose words were said is still answered, with little confidence, when its
      // answer says every telling word of the message, two at least ("cambiáis cremalleras?" to
      // "¿Hacéis arreglos?", whose answer changes zips).
      const answerSaysAll =
        ownCovered === 0 && coverage >= ANSWER_ONLY_COVERAGE && queryTerms.filter((t) => this.#telling(t)).length >= 2;
      const ownCoverage = own === 0 ? 0 : answerSaysAll ? ANSWER_ONLY : ownCovered / own;
      const swapped = this.#thingSwapped(
        head,
        kindOf,
        doc,
        (term) => queryTerms.includes(term),
        (term) => matched.has(term),
      );
      // What was asked must be covered; the stored question's own words left unsaid count less.
      // The thing asked about, when a question has it, is the question's too ("cuánto tarda el reembolso").
      // A thing named with a word that says which ("my PUK number") is matched by that word.
      const headMissed =
        headAsked && !queryTerms.includes(head) && !qualifiers.some((term) => queryTerms.includes(term));
      const anotherThing = LexicalMatcher.#anotherThing(others, doc, (term) => matched.has(term));
      const anotherService = this.#anotherService(asking, doc, (term) => terms.includes(term));
      const kept =
        unknownThing *
        elsewhere *
        (swapped || anotherThing ? 1 - HEAD_SWAP : 1) *
        (anotherService ? 1 - ANOTHER_SERVICE : 1) *
        (headMissed ? 1 - HEAD_MISSED : 1);
      const confidence = kept * coverage ** 0.75 * ownCoverage ** 0.25;
      const known = best.get(doc.questionId);
      if (!known || known.confidence < confidence)
        best.set(doc.questionId, { questionId: doc.questionId, rowId: doc.rowId, confidence, coverage, kept });
    }
    return [...best.values()].sort((a, b) => b.confidence - a.confidence).slice(0, limit);
  }
}

/** A stemmer of @nlpjs/lang-*: brings a word to its stem ("cancelling" to "cancel"). */
export interface Stemmer {
  stem(words: string[]): string[];
}

/**
 * What the matcher knows of one language beyond its stemmer: which words carry no content, which
 * say little, which mean the same in support questions, and the idioms to read as one word. Words
 * are written as people type them; they are normalised (lower case, accents off) before use.
 */
export interface Language {
  stemmer(): Stemmer;
  /** Function words: articles, pronouns, auxiliaries, chat shorthand ("pra", "u", "q"). */
  stopwords: readonly string[];
  /** A question's verb of asking and politeness ("can you tell me", "please", "quero saber"). */
  asking: readonly string[];
  /**
   * Question words the stop lists drop but a knowledge base tells questions apart by ("when is my
   * bill due" is not "how do I pay my bill"); how telling each is comes from the knowledge base.
   */
  questionWords: readonly string[];
  /** Everyday verbs and adjectives that say little of what a question is about ("make", "new"). */
  light: readonly string[];
  /**
   * Words customers use for the same thing in most support knowledge bases; each group is searched
   * as its first word (a knowledge base adds its own in `synonyms.csv`).
   */
  synonyms: readonly (readonly string[])[];
  /**
   * Things named by a kind of them ("my **laptop**", "a **geladeira**") with the word for all of
   * their kind ("valuables", "aparelho"): a knowledge base that never says the kind's own word but
   * says the general one is asked about that. Single words; a general word and its kinds.
   */
  broader?: ReadonlyArray<readonly [general: string, kinds: readonly string[]]>;
  /**
   * Companies named for what they provide (a health insurer is insurance): read as that wherever a
   * question says it, though an answer names the company too (a clinic's answer lists the insurers
   * it takes, its question asks "do you take insurance?"). Single words; a service and its providers.
   */
  providers?: ReadonlyArray<readonly [service: string, names: readonly string[]]>;
  /**
   * Stem endings that make a thing or a doer of an action ("printer" of "print", "lavagem" of
   * "lavar"): a word a knowledge base never says is asked about as its action when it says that, and
   * an action as its noun ("vocês limpam" where it says "limpeza").
   */
  nounEndings?: readonly string[];
  /**
   * Stem endings of a diminutive ("cafezinho", "perrito") with the endings its word may take in
   * their place ("cachorrinho" is "cachorro", "casita" is "casa"): a word a knowledge base never
   * says is asked about as its word when it says that ("perdi o cartãozinho" is the "cartão").
   */
  diminutives?: ReadonlyArray<readonly [ending: string, words: readonly string[]]>;
  /** Irregular forms a stemmer does not bring to their word ("paid" is "pay", "sigo" is "seguir"). */
  irregular: Readonly<Record<string, string>>;
  /**
   * Rewrites of a word before it is stemmed, in order: nouns made from verbs that the stemmer does
   * not bring to their verb ("fechamento" is "fechar"), and accents the stemmer needs back.
   */
  derivations: ReadonlyArray<readonly [RegExp, string]>;
  /**
   * Idioms read as other words before stop words go, since their meaning is in their function
   * words: "don't remember" is "forget", "no me acuerdo" is "olvidar"; a meaning and its phrases.
   */
  idioms: ReadonlyArray<readonly [meaning: string, phrases: readonly string[]]>;
  /**
   * How a word names what another word's thing belongs to: `before`, possessives after which two
   * content words make a compound ("my netflix password"); `after`, the prepositions after which a
   * content word qualifies the one before ("senha do banco", "speed of my car") or says where it is
   * done ("pix no nubank", "block a number on whatsapp").
   */
  modifiers: {
    before: readonly string[];
    after: readonly string[];
    /** Words of this form are verbs, which end a compound after `before` ("my parcel **arrived** crushed"). */
    verb?: RegExp;
    /** Words of this form are adjectives: how a thing is, not which kind of it ("a **flexible** desk"). */
    adjective?: RegExp;
  };
  /**
   * Greetings, thanks and goodbyes, a group each: what a message says when it has no content word
   * ("thanks a lot" is a knowledge base's "Thank you").
   */
  courtesies: readonly (readonly string[])[];
  /**
   * How a letter or a formal message frames its question: `openings`, salutations that a name or
   * two may follow before a comma ("Dear support team,", "Prezados senhores,"); `closings`,
   * sign-offs that a signature follows ("Kind regards, John", "Atenciosamente, Maria Silva").
   * Neither is part of the question.
   */
  letter: { openings: readonly string[]; closings: readonly string[] };
  /** Articles and possessives: the word before one and a content word is an action ("lodge a complaint"). */
  determiners: readonly string[];
  /** The articles: a word that may say how a thing is names one after an article ("o **seguro**"). */
  articles: readonly string[];
  /** Prepositions fused with an article ("do", "na", "del", "al"): a word after one is a thing named, as after an article. */
  fusedArticles?: readonly string[];
  /** The word a question of what a thing costs is read as: its synonyms and idioms fold into it ("how much does it cost"). */
  price: string;
  /**
   * Words that open the reason a message gives ("because", "porque", "ya que"), or what it would
   * have instead ("instead of"): what follows is why the question is asked, or what the asker
   * does not want, not what it asks.
   */
  reasons: readonly string[];
  /**
   * A language that asks with the verb first ("**is** the beach accessible", "how much **does** a
   * wedding cost"): the verbs after which the subject is said, and the pronouns that, said there,
   * make the business or its service the subject ("is **it** scary").
   */
  inverted?: { verbs: readonly string[]; pronouns: readonly string[] };
  /** Words after which a word says what a thing is like, not what it is ("sin" azúcar, "sem" glúten). */
  without: readonly string[];
  /**
   * Other companies, services and public bodies people ask a bot about by mistake (a streaming
   * service, a social network, the council, the tax office), one word each: a message that names
   * one the knowledge base never mentions asks them, not this bot ("how do I cancel my netflix").
   */
  elsewhere: readonly string[];
  /**
   * Prepositions that say at which place a thing is asked about ("at"): a word the knowledge base
   * never says after one and a determiner names another place, whose question it is ("what time is
   * check-in **at the Premier Inn**", "how do I book a taster session **at the golf club**").
   */
  at?: readonly string[];
  /**
   * A thing lost or taken: `said`, the words that tell it ("lost", "stolen", "roubado"); `scene`,
   * the prepositions after which a message says where it happened ("on the bus", "no ônibus"); `of`,
   * those that join that place to the next word ("no balcão **da** farmácia"). The place is no
   * question of its own, and a message is read without it (after "at", it names no other place:
   * see `at`), unless the knowledge base's own questions say where ("I left something in a taxi");
   * the knowledge base's own texts are read as written.
   */
  mishaps?: { said: readonly string[]; scene: readonly string[]; of: readonly string[] };
  /**
   * Possessives that address the business itself ("your", "vuestro"): a kind of business said
   * after one ("how do I get into **your university**") is this one, never another.
   */
  yours?: readonly string[];
  /**
   * Kinds of business with the words only such a business's knowledge base says ("bank" with
   * "overdraft", "sort code", "cheque"): a knowledge base that says two of a kind's telltales is that
   * kind of business, and a message naming the kind ("my **bank** statement", "get into the
   * **university**") names it, though the knowledge base never says the word. Words and phrases.
   */
  businesses?: ReadonlyArray<readonly [kinds: readonly string[], telltales: readonly string[]]>;
  /**
   * The services a business does to a thing, each a group of the verbs that ask for it ("sell" and
   * "buy" are one sale, seen from each side): a message asking for one ("do you **sell** sofas") is
   * not answered by a question that offers another to the same thing ("Do you **clean** sofas?").
   * A service's word that says which kind of thing another is asks for none: made into an adjective
   * before a noun (`kindBefore`: "**cleaning** products"), or after a preposition (`kindAfter`:
   * "máquina **de lavar**").
   */
  services?: {
    groups: ReadonlyArray<readonly string[]>;
    /**
     * The words after which a question names the one thing it asks the business to do ("**do you**
     * vaccinate horses"), an opening verb of `inverted` and the business: such a verb the knowledge
     * base never says is another service than a question's own verb there ("Do you sedate
     * horses?"), unless it is one of `general`, verbs that offer anything ("do you **offer** …"), or
     * a phrasal verb ("can you **freshen up** the sofa").
     */
    askedAs?: readonly string[];
    general?: readonly string[];
    kindBefore?: RegExp;
    kindAfter?: readonly string[];
    /**
     * A sale read from the business's side: the verbs of buying and selling (any of their forms is
     * read as them: "bought", "vendo"), and how the business
     * is their subject, by a pronoun among the three words before (`business`: "do **you** buy",
     * "**vocês** compram") or by the verb's own form (`businessForms`: "compram", "vendéis"). Said
     * by anyone else ("where can I buy", "quero vender meu carro") a sale is the other side's, so
     * "I want to sell my car" asks "Do you buy cars?", not "Do you sell electric cars?". Only in a
     * knowledge base that says both. `nouns`: forms that name a purchase or a sale, no one's act
     * ("uma compra").
     */
    sale?: {
      buy: string;
      sell: string;
      business: readonly string[];
      businessForms: RegExp;
      nouns: RegExp;
    };
  };
  /**
   * Adjectives that say how a thing is ("slow", "due", "perdido", "roto"): the thing a question
   * is about is the last telling word that is not one of them.
   */
  states: readonly string[];
  /**
   * Words that say where a thing is (abroad, which every country is read as; on a bus, a train),
   * never whose it is ("stolen **on the bus**" is no bus's question): what a message asks
   * about is another word when it has one the knowledge base does not know ("a flight to Spain" is
   * about a flight), and the place otherwise ("use my data abroad" is roaming).
   */
  where: readonly string[];
  /**
   * Money, said after a number as how much ("5000 dollars", "200 reais"), which is then dropped:
   * said alone it is the thing asked about ("quanto está o dólar").
   */
  currencies: readonly string[];
  /**
   * Phrasal verbs whose particle ("up", "back") may follow the verb's object ("send **the phone**
   * back", "turn **it** off"): such a verb of the lists is read with its particle first ("send
   * back the phone"). `pronouns` are the objects said without a determiner.
   */
  phrasal?: { particles: readonly string[]; pronouns: readonly string[] };
  /** Whether a word written with "'s" before another says whose that one is ("a doctor's appointment"). */
  possessive?: boolean;
  /**
   * Question openings by kind, tried in order against the text's first four words: 'define'
   * (what a thing is), 'general' (what a thing in general is: "what is a…"), 'works' (how a thing
   * works, which asks what it is like, not a way to do it), 'manner' (how a thing is done to it or
   * by the business: "how are my tokens protected", not a way to do it oneself), 'how', 'amount',
   * 'measure' (how long, how far: a measure, not a way),
   * 'where', 'there' (whether a thing is there: "is there…", which asks only whether), 'yes-no'…
   */
  forms: ReadonlyArray<readonly [RegExp, string]>;
  /**
   * How a message asks which thing to choose ("what's the best phone", "qual operadora é melhor",
   * "qué móvil me compro"), tried against its words (lower case, no accents): a recommendation,
   * which a knowledge base gives only where a question of its own asks one.
   */
  choosing: readonly RegExp[];
  /**
   * Words saying a thing is done by the asker ("myself", "em casa", "yo mismo"): "how do I whiten
   * my teeth at home" asks how to do it, which a question whether the business does it does not answer.
   */
  yourself: readonly string[];
  /**
   * How a message asks what to do ("what do I do", "o que faço", "qué hago"): a question that
   * says one ("Perdi meu cartão, o que faço?") asks a way, not only whether.
   */
  whatToDo?: readonly string[];
}

/**
 * The ways a language says a child's age ("tem N anos", "de N años"), one phrase per age from 1 to
 * 17 for each pattern's N: the question is how old one must be, or what there is for children.
 */
export function childAges(patterns: readonly string[], names: readonly string[] = []): string[] {
  return agesOf(patterns, 1, 17, names);
}

/**
 * The ways a language says an older person's age ("tem N anos", "I'm N"), one phrase per age from
 * 60 to 99 for each pattern's N: the question is what there is for older people (a discount, free
 * travel).
 */
export function olderAges(patterns: readonly string[]): string[] {
  return agesOf(patterns, 60, 99);
}

/**
 * The ways a language says a grown-up's own age ("tenho N anos"), one phrase per age from 26 to 59
 * for each pattern's N: the question is what there is for adults. Younger ages are left alone:
 * at 18 to 25 one asks as often whether one is old enough, or young enough for a youth price.
 */
export function adultAges(patterns: readonly string[]): string[] {
  return agesOf(patterns, 26, 59);
}

/**
 * Each pattern with its N as every age from `first` to `last` ("turns N" from 1 to 99 for a
 * birthday), in figures and, where `names` has the age's word ("nine" at 9), in words.
 */
export function agesOf(
  patterns: readonly string[],
  first: number,
  last: number,
  names: readonly string[] = [],
): string[] {
  const ages = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const said = ages.flatMap((age) => [String(age), ...(names[age] ? [names[age]] : [])]);
  return patterns.flatMap((pattern) => said.map((age) => pattern.replace('N', age)));
}

/**
 * Irregular forms written a word a line: each word with its forms in one string ("abrir", "abro
 * abre abrem"), read as the map from each form to its word that `Language.irregular` is.
 */
export function formsOf(list: ReadonlyArray<readonly [word: string, forms: string]>): Record<string, string> {
  return Object.fromEntries(list.flatMap(([word, forms]) => forms.split(' ').map((form) => [form, word])));
}

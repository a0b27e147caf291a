import { StemmerEn, StopwordsEn } from '@nlpjs/lang-en';
import { StemmerEs, StopwordsEs } from '@nlpjs/lang-es';
import { StemmerPt, StopwordsPt } from '@nlpjs/lang-pt';

interface Stemmer {
  stem(words: string[]): string[];
}
interface Stopwords {
  isStopword(word: string): boolean;
}

const LANGUAGES: Record<string, () => { stemmer: Stemmer; stopwords: Stopwords }> = {
  en: () => ({ stemmer: new StemmerEn(), stopwords: new StopwordsEn() }),
  pt: () => ({ stemmer: new StemmerPt(), stopwords: new StopwordsPt() }),
  es: () => ({ stemmer: new StemmerEs(), stopwords: new StopwordsEs() }),
};

/**
 * Words that carry the question in every knowledge base and that the libraries' stop lists keep:
 * a question's verb of asking and politeness ("can you tell me", "please", "quero saber").
 */
const ASKING: Record<string, string[]> = {
  en: [
    'will',
    'shall',
    'should',
    'must',
    'please',
    'pls',
    'plz',
    'thanks',
    'thank',
    'hi',
    'hello',
    'hey',
    'tell',
    'know',
    'want',
    'like',
    'need',
    'can',
    'could',
    'would',
    'may',
    'might',
    'let',
    'get',
    'got',
    'anyone',
    'someone',
    'help',
    'question',
    'way',
    'ok',
    'okay',
  ],
  pt: [
    'por',
    'favor',
    'obrigado',
    'obrigada',
    'oi',
    'ola',
    'bom',
    'boa',
    'dia',
    'tarde',
    'noite',
    'gostaria',
    'quero',
    'queria',
    'saber',
    'preciso',
    'posso',
    'pode',
    'podem',
    'consigo',
    'alguem',
    'ajuda',
    'duvida',
    'tem',
    'ter',
    'fazer',
    'faco',
    'faz',
  ],
  es: [
    'por',
    'favor',
    'gracias',
    'hola',
    'buenos',
    'buenas',
    'dias',
    'tardes',
    'noches',
    'quiero',
    'quisiera',
    'saber',
    'necesito',
    'puedo',
    'puede',
    'pueden',
    'alguien',
    'ayuda',
    'duda',
    'hacer',
    'hago',
    'tengo',
    'tiene',
  ],
};

/** A word written in two pieces ("wi fi"), which may be one word of the knowledge base ("wifi"). */
export interface Join {
  term: string;
  /** The pieces' own terms (those that are content words). */
  parts: string[];
}

/**
 * Question words the stop lists drop but a knowledge base tells questions apart by ("when is my
 * bill due" is not "how do I pay my bill"); how telling each is comes from the knowledge base.
 */
const QUESTION_WORDS: Record<string, string[]> = {
  en: ['when', 'where', 'why', 'who', 'which', 'how', 'what'],
  pt: ['quando', 'onde', 'porque', 'quem', 'qual', 'quais', 'quanto', 'quantos', 'como'],
  es: ['cuando', 'donde', 'porque', 'quien', 'cual', 'cuales', 'cuanto', 'cuantos', 'como'],
};

/**
 * Everyday verbs and adjectives that say little of what a question is about ("make pancakes" is
 * not "make a complaint"): content words, weighed at a fraction of what their rarity says.
 */
const LIGHT: Record<string, string[]> = {
  en: [
    'make',
    'do',
    'does',
    'did',
    'get',
    'have',
    'has',
    'use',
    'find',
    'see',
    'look',
    'go',
    'give',
    'take',
    'put',
    'work',
    'show',
    'keep',
    'send',
    'come',
    'say',
    'try',
    'new',
    'good',
    'best',
    'one',
    'thing',
    'something',
    'much',
    'many',
    'some',
    'any',
    'time',
    'day',
    'today',
    'tomorrow',
    'near',
    'where',
    'what',
    'how',
    'who',
    'which',
    'why',
  ],
  pt: [
    'fazer',
    'faco',
    'ter',
    'usar',
    'ver',
    'ir',
    'dar',
    'pegar',
    'colocar',
    'mandar',
    'vir',
    'falar',
    'novo',
    'nova',
    'bom',
    'melhor',
    'coisa',
    'dia',
    'hoje',
    'amanha',
    'perto',
    'como',
    'onde',
    'qual',
    'quem',
  ],
  es: [
    'hacer',
    'hago',
    'tener',
    'usar',
    'ver',
    'ir',
    'dar',
    'poner',
    'mandar',
    'venir',
    'decir',
    'nuevo',
    'nueva',
    'bueno',
    'mejor',
    'cosa',
    'dia',
    'hoy',
    'manana',
    'cerca',
    'como',
    'donde',
    'cual',
    'quien',
  ],
};

/**
 * Words customers use for the same thing in most support knowledge bases, per language; a
 * knowledge base adds its own in `synonyms.csv`. Each group is searched as its first word.
 */
const COMMON_SYNONYMS: Record<string, string[][]> = {
  en: [
    ['bill', 'invoice', 'statement'],
    ['cancel', 'terminate', 'close', 'end'],
    ['buy', 'purchase', 'order'],
    ['price', 'cost', 'fee', 'charge'],
    ['refund', 'reimbursement', 'money back'],
    ['start', 'run', 'launch', 'begin'],
    ['fix', 'repair', 'solve'],
    ['phone', 'mobile', 'cellphone', 'cell', 'smartphone'],
    ['password', 'passcode', 'passphrase'],
    ['login', 'log in', 'sign in', 'signin', 'logon'],
    ['shipping', 'delivery', 'shipment'],
    ['change', 'update', 'modify', 'edit'],
    ['setup', 'set up', 'configure', 'install'],
    ['wifi', 'wireless', 'wlan'],
    ['account', 'profile'],
    ['help', 'support', 'assistance'],
    ['problem', 'issue', 'trouble', 'error'],
    ['email', 'mail'],
    ['pause', 'suspend', 'freeze'],
    ['renew', 'extend', 'prolong'],
    ['restart', 'reboot', 'power cycle'],
    ['unblock', 'unlock', 'unbar'],
    ['replace', 'exchange', 'swap'],
    ['return', 'send back'],
    ['activate', 'enable', 'turn on', 'switch on'],
    ['deactivate', 'disable', 'turn off', 'switch off'],
  ],
  pt: [
    ['fatura', 'conta mensal', 'boleto mensal'],
    ['cancelar', 'encerrar', 'fechar'],
    ['comprar', 'adquirir'],
    ['preco', 'custo', 'valor', 'tarifa', 'taxa'],
    ['reembolso', 'estorno', 'devolucao do dinheiro'],
    ['celular', 'telefone', 'smartphone'],
    ['senha', 'password'],
    ['entrar', 'login', 'logar', 'acessar'],
    ['entrega', 'envio', 'frete'],
    ['alterar', 'mudar', 'trocar', 'atualizar', 'modificar'],
    ['configurar', 'instalar'],
    ['wifi', 'rede sem fio'],
    ['ajuda', 'suporte', 'atendimento'],
    ['problema', 'erro', 'defeito'],
    ['aplicativo', 'app'],
    ['email', 'correio eletronico'],
    ['pausar', 'suspender', 'congelar'],
    ['renovar', 'prorrogar', 'estender'],
    ['reiniciar', 'reinicializar'],
    ['desbloquear', 'destravar', 'liberar'],
    ['substituir', 'repor'],
    ['devolver', 'retornar'],
    ['ativar', 'habilitar', 'ligar'],
    ['desativar', 'desabilitar', 'desligar'],
  ],
  es: [
    ['factura', 'recibo'],
    ['cancelar', 'anular', 'dar de baja'],
    ['comprar', 'adquirir'],
    ['precio', 'coste', 'costo', 'tarifa'],
    ['reembolso', 'devolucion del dinero'],
    ['movil', 'celular', 'telefono', 'smartphone'],
    ['contrasena', 'clave', 'password'],
    ['entrar', 'login', 'acceder', 'iniciar sesion'],
    ['envio', 'entrega'],
    ['cambiar', 'modificar', 'actualizar', 'editar'],
    ['configurar', 'instalar'],
    ['ayuda', 'soporte', 'atencion'],
    ['problema', 'error', 'fallo'],
    ['aplicacion', 'app'],
    ['correo', 'email', 'mail'],
    ['seguir', 'rastrear', 'localizar'],
    ['pausar', 'suspender', 'congelar'],
    ['renovar', 'prorrogar', 'extender'],
    ['reiniciar', 'reinicializar'],
    ['desbloquear', 'liberar'],
    ['reemplazar', 'sustituir', 'reponer'],
    ['devolver', 'retornar'],
    ['activar', 'habilitar', 'encender'],
    ['desactivar', 'deshabilitar', 'apagar'],
  ],
};

/**
 * Irregular forms a stemmer does not bring to their verb ("paid" is "pay", "sigo" is "seguir"):
 * the common ones of support questions.
 */
const IRREGULAR: Record<string, Record<string, string>> = {
  en: Object.fromEntries(
    [
      ['pay', 'paid'],
      ['find', 'found'],
      ['choose', 'chose chosen'],
      ['run', 'ran'],
      ['send', 'sent'],
      ['buy', 'bought'],
      ['get', 'got gotten'],
      ['make', 'made'],
      ['take', 'took taken'],
      ['give', 'gave given'],
      ['go', 'went gone'],
      ['forget', 'forgot forgotten'],
      ['lose', 'lost'],
      ['keep', 'kept'],
      ['leave', 'left'],
      ['begin', 'began begun'],
      ['break', 'broke broken'],
      ['bring', 'brought'],
      ['come', 'came'],
      ['do', 'did done'],
      ['know', 'knew known'],
      ['say', 'said'],
      ['see', 'saw seen'],
      ['steal', 'stole stolen'],
      ['tell', 'told'],
      ['write', 'wrote written'],
      ['spend', 'spent'],
      ['sell', 'sold'],
      ['hold', 'held'],
      ['understand', 'understood'],
      ['receive', 'received'],
      ['charge', 'charged'],
      ['block', 'blocked'],
      ['freeze', 'froze frozen'],
    ].flatMap(([base, forms]) => forms!.split(' ').map((form) => [form, base!])),
  ),
  pt: {
    fiz: 'fazer',
    fez: 'fazer',
    faco: 'fazer',
    pus: 'por',
    tive: 'ter',
    fui: 'ir',
    vou: 'ir',
    vi: 'ver',
    recebi: 'receber',
    paguei: 'pagar',
    perdi: 'perder',
    esqueci: 'esquecer',
  },
  es: {
    sigo: 'seguir',
    sigue: 'seguir',
    siguen: 'seguir',
    pido: 'pedir',
    pide: 'pedir',
    vuelvo: 'volver',
    devuelvo: 'devolver',
    devuelve: 'devolver',
    devuelven: 'devolver',
    puse: 'poner',
    hice: 'hacer',
    hizo: 'hacer',
    tuve: 'tener',
    fui: 'ir',
    perdi: 'perder',
    pague: 'pagar',
    recibi: 'recibir',
    olvide: 'olvidar',
    uso: 'usar',
    usa: 'usar',
    cambio: 'cambiar',
  },
};

/** How a knowledge base's text becomes the terms it is searched by. */
export interface Analyzer {
  readonly language: string;
  /** The content terms of a text: normalised, without stop words, stemmed, synonyms folded. */
  terms(text: string): string[];
  /** Adjacent short pieces that may be one word written apart. */
  joins(text: string): Join[];
  /** Whether a term is an everyday word that says little alone. */
  isLight(term: string): boolean;

  /**
   * What kind of question a text asks by its opening words ("what is" asks for a definition,
   * "how do I" for a way, "where" for a place), or undefined when it opens otherwise.
   */
  form(text: string): string | undefined;
}

/** Question openings by kind, tried in order against the text's first words (accents off, lower case). */
const FORMS: Record<string, Array<[RegExp, string]>> = {
  en: [
    [/^(whats|what (is|are|s))\b/, 'define'],
    [/^what\b/, 'what'],
    [/^how (much|many)\b/, 'amount'],
    [/^how\b/, 'how'],
    [/^where\b/, 'where'],
    [/^who\b/, 'who'],
    [/^when\b/, 'when'],
    [/^why\b/, 'why'],
    [/^which\b/, 'which'],
    [/^(can|could|may) (i|we|you)\b/, 'can'],
    [/^(do|does|did|is|are|will)\b/, 'yes-no'],
  ],
  pt: [
    [/^(o )?que (e|sao)\b/, 'define'],
    [/^(o )?que\b/, 'what'],
    [/^quant[oa]s?\b/, 'amount'],
    [/^como\b/, 'how'],
    [/^(onde|aonde)\b/, 'where'],
    [/^quem\b/, 'who'],
    [/^quando\b/, 'when'],
    [/^por ?que\b/, 'why'],
    [/^(qual|quais)\b/, 'which'],
    [/^(posso|pode|podem|consigo)\b/, 'can'],
  ],
  es: [
    [/^que (es|son)\b/, 'define'],
    [/^que\b/, 'what'],
    [/^cuant[oa]s?\b/, 'amount'],
    [/^como\b/, 'how'],
    [/^(donde|adonde)\b/, 'where'],
    [/^quien(es)?\b/, 'who'],
    [/^cuando\b/, 'when'],
    [/^por ?que\b/, 'why'],
    [/^cual(es)?\b/, 'which'],
    [/^(puedo|puede|pueden)\b/, 'can'],
  ],
};

/** Lower case, accents off, punctuation as spaces (a hyphen joins: "wi-fi" is "wifi"). */
function words(text: string): string[] {
  const plain = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/(\p{L})[-‐‑'’](?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain === '' ? [] : plain.split(' ');
}

/** Short pieces written apart ("wi fi", "e mail", "on line") may be one word. */
function pairs(tokens: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [i, token] of tokens.entries()) {
    const next = tokens[i + 1];
    if (next !== undefined && token.length <= 3 && next.length <= 4 && /^\p{L}+$/u.test(token + next))
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
): Analyzer {
  const lang = LANGUAGES[language] ? language : 'en';
  const { stemmer, stopwords } = LANGUAGES[lang]!();
  const asking = new Set(ASKING[lang]);
  const questionWords = new Set(QUESTION_WORDS[lang]);
  const irregular = IRREGULAR[lang] ?? {};
  const stemOf = (word: string) => {
    if (questionWords.has(word)) return word;
    const base = irregular[word] ?? word;
    return stemmer.stem([base])[0] ?? base;
  };
  const content = (tokens: string[]) =>
    tokens.filter(
      (t) => questionWords.has(t) || (!stopwords.isStopword(t) && !asking.has(t) && (t.length > 1 || /\d/.test(t))),
    );
  // Synonyms are folded after stemming, so "cancel", "cancelling" and "cancellation" fold alike.
  const stemsOf = (group: readonly string[]) =>
    group.map((phrase) => content(words(phrase)).map(stemOf).join(' ')).filter(Boolean);
  // A knowledge base that asks both "how do I change" and "how do I update" tells them apart: the
  // words of a common group it uses stay apart, and the others fold into the group's first word
  // when it uses that one ("anular" is "cancelar" though "dar de baja" is a question of its own).
  const vocabulary = ` ${questions.map((q) => content(words(q)).map(stemOf).join(' ')).join(' | ')} `;
  const used = (stem: string) => vocabulary.includes(` ${stem} `);
  const common = (COMMON_SYNONYMS[lang] ?? []).map(stemsOf).map((stems) => {
    const inUse = stems.filter(used);
    if (inUse.length <= 1) return stems;
    return used(stems[0]!) ? [stems[0]!, ...stems.slice(1).filter((stem) => !used(stem))] : [];
  });
  const synonyms = new Map<string, string>();
  // The knowledge base's own groups first: they win over the common ones for the same word.
  for (const stems of [...synonymGroups.map(stemsOf), ...common]) {
    for (const stem of stems.slice(1)) if (!synonyms.has(stem)) synonyms.set(stem, stems[0]!);
  }
  const multiWord = [...synonyms.keys()].filter((k) => k.includes(' '));
  const light = new Set((LIGHT[lang] ?? []).map((word) => stemOf(word)));
  const fold = (stems: string[]) => {
    let line = stems.join(' ');
    for (const phrase of multiWord) {
      if (` ${line} `.includes(` ${phrase} `))
        line = ` ${line} `.replace(` ${phrase} `, ` ${synonyms.get(phrase)} `).trim();
    }
    return line === '' ? [] : [...new Set(line.split(' ').map((stem) => synonyms.get(stem) ?? stem))];
  };
  return {
    language: lang,
    terms: (text) => fold(content(words(text)).map(stemOf)),
    isLight: (term) => light.has(term),

    form: (text) => {
      const opening = words(text).slice(0, 3).join(' ');
      return FORMS[lang]?.find(([pattern]) => pattern.test(opening))?.[1];
    },
    // Only pieces that are not words of their own ("wi fi", not "how do").
    joins: (text) =>
      pairs(words(text))
        .filter(([a, b]) =>
          [a, b].every((piece) => !stopwords.isStopword(piece) && !questionWords.has(piece) && !asking.has(piece)),
        )
        .map(([a, b]) => ({
          term: fold([stemOf(a + b)])[0] ?? a + b,
          parts: fold(content([a, b]).map(stemOf)),
        })),
  };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../test-fixtures/knowledge.js';
import { type Analyzer, createAnalyzer } from './analyzer.js';
import { KnowledgeIndex, parseSynonymsCsv } from './index.js';

const kb = knowledgeBase;

const TELECOM = kb([
  ['How do I change my password?', 'Open the app, Profile > Security, Change password.'],
  ['How do I change my Wi-Fi password?', 'Sign in to the router and edit the wireless key.'],
  ['How do I make a complaint?', 'Use Help > Complaints in the app.'],
  ['How do I cancel my plan?', 'Use Plan > Cancel; it ends with the billing cycle.'],
  ['How do I pay my bill?', 'Billing > Pay now, by card or direct debit.'],
  ['When is my bill due?', 'On the day you chose at signup.'],
  ['How do I reset my router?', 'Hold the reset button for 10 seconds.'],
  ['What is my PUK code?', 'It is printed on the SIM card holder.'],
]);

/** The questions and answers of one of the eval's knowledge bases (bench/answers), as `kb` rows. */
function rowsOf(file: string): Array<[question: string, answer: string]> {
  const set = JSON.parse(readFileSync(new URL(`../bench/answers/${file}`, import.meta.url), 'utf8')) as {
    questions: Array<{ q: string; a: string }>;
  };
  return set.questions.map(({ q, a }) => [q, a]);
}

/** The question a phrasing gets, at the default NLP Score (0.4), or undefined for none. */
async function asked(index: KnowledgeIndex, text: string, threshold = 0.4): Promise<string | undefined> {
  const match = await index.match(text);
  return match && match.score >= threshold ? match.question : undefined;
}

describe('the analyzer', () => {
  it('drops contractions and hedges, and brings a plural the stemmer keeps apart to its word', () => {
    const en = createAnalyzer('en');
    expect(en.terms("I think we've got mice, they've eaten the wires")).toEqual(en.terms('mouse eaten wire'));
    // Plurals in -ns are singulars in -m; a short word's are words of their own ("bens", goods).
    const pt = createAnalyzer('pt');
    expect(pt.terms('mensagens')).toEqual(pt.terms('mensagem'));
    expect(pt.terms('homens jovens')).toEqual(pt.terms('homem jovem'));
    expect(pt.terms('bens')).not.toEqual(pt.terms('bem'));
    // How much one has to pay asks the price, not whether it is free.
    expect(en.terms('how much do i have to pay')).toEqual(en.terms('how much does it cost'));
    // A weekday written whole is the weekday; a card's brand taken is a card taken.
    expect(pt.terms('abre segunda-feira')).toEqual(pt.terms('abre segunda'));
    expect(pt.terms('abrem nas segundas-feiras')).toEqual(pt.terms('abre segunda'));
    // A child's age in words is an age, as in figures; one (um ano) is as often a term.
    expect(pt.terms('meu filho tem quatro anos')).toEqual(pt.terms('meu filho tem 4 anos'));
    expect(en.terms('my daughter is seven')).toEqual(en.terms('my daughter is 7'));
    expect(pt.terms('depois de um ano')).not.toEqual(pt.terms('depois de 1 ano'));
    expect(pt.terms('aceitam elo?')).toEqual(pt.terms('aceitam cartão?'));
    // Photographing is taking photos, no photographer.
    expect(pt.terms('pode fotografar?')).toEqual(pt.terms('fotos'));
    expect(pt.terms('fotógrafo')).not.toEqual(pt.terms('fotos'));
    // Which one in order says when, not what ("her 3rd birthday", "on the 22nd").
    for (const nth of ['3rd', '22nd', '11th', 'seventh']) expect(en.isLight(en.terms(nth)[0]!)).toBe(true);
    // None (nenhum) says nothing of what is asked, as some (algum) does not.
    expect(pt.terms('nenhuma senha entra')).toEqual(pt.terms('senha entra'));
    // Anywhere says little of what is asked ("is there anywhere to park").
    expect(en.isLight(en.terms('anywhere')[0]!)).toBe(true);
    // To expect a thing is no pregnancy; an expectant mother is pregnant.
    expect(en.terms('we expect the volume to grow')).not.toContain(en.terms('pregnant')[0]);
    expect(en.terms('is it safe for expectant mothers')).toContain(en.terms('pregnant')[0]);
    // "Sai" is a form of sair (leave), as "saída" is its noun; "solo" (only) says nothing.
    expect(pt.terms('de onde sai a jangada')).toEqual(pt.terms('de onde é a saída da jangada'));
    expect(createAnalyzer('es').terms('o solo molido')).toEqual(createAnalyzer('es').terms('o molido'));
    // Chat's tava and em with a pronoun (nela) say nothing of what is asked.
    expect(pt.terms('o cartão tava nela')).toEqual(pt.terms('o cartão'));
    expect(pt.terms('móveis lençóis papéis fáceis')).toEqual(pt.terms('móvel lençol papel fácil'));
    // Words the stemmer makes those of a synonym group's word, which mean something else.
    expect(pt.terms('cana')).not.toEqual(pt.terms('canais'));
    // Minutes left are minutes remaining, no leaving (a carrier's PAC code "to leave").
    expect(en.terms('minutes and texts left')).not.toContain(en.terms('leave')[0]);
    // Words the stemmer makes those of a synonym group's word, which mean something else.
    const es = createAnalyzer('es');
    expect(es.terms('guardar')).not.toEqual(es.terms('guardería'));
    expect(es.terms('guardería')).toEqual(es.terms('escuela infantil'));
    // Spanish nails (uñas) written with the tilde are a word, not "unas" (some) once accents go.
    expect(es.terms('¿me hacéis las uñas?')).toEqual([...es.terms('hacéis'), ...es.terms('uña')]);
    expect(es.terms('uña')).not.toEqual([]);
    expect(es.terms('unas')).toEqual([]);
    const apart = {
      en: [
        ['engine', 'engineer'],
        ['activities', 'activate'],
        ['coworking', 'coworker'],
        ['provide', 'provider'],
        ['tripping', 'trip'],
        ['sunny', 'sunglasses'],
        ['packing', 'package'],
        ['closing time', 'closing my account'],
      ],
      pt: [
        ['lentes', 'lento'],
        ['gravar', 'grávida'],
        ['manter', 'manta'],
        ['coberto', 'cobertor'],
        ['motor', 'motorista'],
        ['recém', 'recado'],
        ['porte', 'portabilidade'],
        ['pessoais', 'pessoa'],
        ['operadora', 'operador'],
        ['medicamentos', 'médico'],
        ['marcas', 'marcar'],
        ['acompanhantes', 'acompanhar'],
        ['atividades', 'ativar'],
        ['táxi', 'taxa'],
        ['elevador', 'aumentar'],
        ['logo', 'login'],
        ['programas', 'programar'],
        ['clínica', 'clínico'],
        ['medo', 'medida'],
        ['copo', 'cópia'],
        ['botas', 'robô'],
        ['milho', 'milhas'],
        ['areia', 'área'],
        ['comando', 'comer'],
        ['solo', 'solar'],
      ],
      es: [
        ['policía', 'póliza'],
        ['correa', 'correo'],
        ['concertada', 'concierto'],
        ['ingresar', 'ingresado'],
        ['campo', 'autocaravana'],
        ['afilar', 'membresía'],
        ['visita', 'visitante'],
        ['IBAN', 'iba'],
        ['tela', 'tele'],
        ['taller', 'talla'],
        ['madre', 'Madrid'],
        ['movimientos', 'mover'],
        ['chica', 'chico'],
        ['tarde', 'tardar'],
        ['pasta', 'pasto'],
        ['barra', 'barrio'],
        ['muro', 'morir'],
        ['lentes', 'lento'],
        ['copa', 'copia'],
        ['elegante', 'elegir'],
        ['juntos', 'junta'],
        ['pensar', 'pienso'],
        ['correr', 'correo'],
        ['placa', 'plazo'],
        ['plano', 'plan'],
      ],
    };
    for (const [language, pairs] of Object.entries(apart)) {
      const analyzer = createAnalyzer(language);
      for (const [word, other] of pairs)
        expect(analyzer.terms(word!), `${word} (${language})`).not.toEqual(analyzer.terms(other!));
    }
    expect(es.terms('está ingresado')).toEqual(es.terms('hospitalizado'));
    // "Reparáis" written without its accent is no past subjunctive ("-arais") cut to "rep".
    for (const verb of ['reparáis', 'reparais', 'preparáis'])
      expect(es.terms(verb), verb).toEqual(es.terms(verb.startsWith('p') ? 'preparar' : 'reparar'));
    // A verb whose stem changes in the first person or the subjunctive is its verb.
    const changing: Array<[Analyzer, string[][]]> = [
      [
        createAnalyzer('pt'),
        [
          ['invisto', 'investir'],
          ['prefiro', 'preferir'],
          ['sirva', 'servir'],
          ['trouxe', 'trazer'],
          ['meço', 'medir'],
        ],
      ],
      [
        es,
        [
          ['prefiero', 'preferir'],
          ['duerme', 'dormir'],
          ['empieza', 'empezar'],
          ['mide', 'medir'],
        ],
      ],
    ];
    for (const [analyzer, forms] of changing)
      for (const [form, verb] of forms) expect(analyzer.terms(form!), form).toEqual(analyzer.terms(verb!));
    // The first person's past of -gar and -car verbs ("cheguei", "marquei") is their verb.
    for (const [past, verb] of [
      ['cheguei', 'chegar'],
      ['marquei', 'marcar'],
      ['apaguei', 'apagar'],
    ])
      expect(createAnalyzer('pt').terms(past!), past).toEqual(createAnalyzer('pt').terms(verb!));
    expect(en.terms('my teeth')).toEqual(en.terms('my tooth'));
    expect(en.terms('a payment I do not recognise')).toEqual(en.terms("a payment I don't recognise"));
    expect(createAnalyzer('pt').terms('acho que é a bateria')).toEqual(createAnalyzer('pt').terms('é a bateria'));
    // A table is no month ("mesa" stems as "mes"): a month is no piece of furniture, a table is one.
    for (const language of ['pt', 'es']) {
      const analyzer = createAnalyzer(language);
      expect(analyzer.terms('mesa')).not.toEqual(analyzer.terms('mes'));
      const furniture = analyzer.broader(analyzer.terms('mesa')[0]!);
      expect(furniture).not.toEqual([]);
      for (const general of furniture) expect(analyzer.broader(analyzer.terms('meses')[0]!)).not.toContain(general);
    }
    // "Cadê" asks where, as "onde está" does: a question word, no word of content.
    expect(createAnalyzer('pt').terms('cadê minha fatura')).toEqual(
      createAnalyzer('pt').terms('onde está minha fatura'),
    );
    expect(createAnalyzer('es').terms('creo que oigo mal')).toEqual(createAnalyzer('es').terms('oigo mal'));
  });

  it('reads a word that may say how a thing is as the thing it names after an article, as written', () => {
    const pt = createAnalyzer('pt');
    expect(pt.named('quanto custa o seguro do carro')).toEqual(pt.terms('seguro'));
    expect(pt.named('é seguro pagar pelo site?')).toEqual([]);
    // "está" is no article, though it is spelt as "esta" (this) without its accent.
    expect(pt.named('meu computador está lento')).toEqual([]);
    const en = createAnalyzer('en');
    expect(en.named('can I get a free quote')).toEqual([]);
    expect(en.named('is it safe')).toEqual([]);
    // A word whose stem a state shares is no state as written ("terminal", "rep" for support).
    expect(en.named('how far is it from the terminal')).toEqual([]);
    expect(createAnalyzer('es').named('cuánto cuesta un seguro de coche')).toEqual(
      createAnalyzer('es').terms('seguro'),
    );
  });

  it('reads bubbly as champagne and a bubble as a bubble', () => {
    // "Bubbly" and "bubble" stem alike: the synonym is read whole, before stemming.
    const en = createAnalyzer('en');
    expect(en.terms('do you serve bubbly')).toContain(en.terms('champagne')[0]);
    for (const text of ['what if it starts to bubble', 'the paint has bubbles in it', 'bubbling under the film'])
      expect(en.terms(text), text).not.toContain(en.terms('champagne')[0]);
  });

  it('reads two words after an article as a kind and a thing in English, never a verb second', () => {
    const en = createAnalyzer('en');
    expect(en.compounds('how much does a wedding cake cost')).toEqual([
      { modifier: en.terms('wedding')[0], head: en.terms('cake')[0] },
    ]);
    expect(en.compounds('the box arrived crushed')).toEqual([]);
    // An amount says how much, not which kind.
    expect(en.compounds('how much to send a 2kg box')).toEqual([]);
    expect(en.compounds('how much for my wedding')).toEqual([]);
    // What a text opens with, after an article, is its subject.
    expect(createAnalyzer('es').subject('¿Los helados llevan frutos secos?')).toBe(
      createAnalyzer('es').terms('helados')[0],
    );
    expect(createAnalyzer('es').subject('¿Tenéis helados sin azúcar?')).toBeUndefined();
    // Asked verb first, the subject is said after the verb; "it" is the business or its service.
    expect(en.subject('is the beach accessible for wheelchairs')).toBe(en.terms('beach')[0]);
    expect(en.subject('how much does a wedding cost')).toBe(en.terms('wedding')[0]);
    expect(en.subject('how do I book a table')).toBeUndefined();
    expect(en.aboutItself('How much does it cost?')).toBe(true);
    expect(en.aboutItself('Is the pool heated?')).toBe(false);
    // "Do you…?" asks only whether; "how do I…" a way to do it oneself, "how are…" what is done.
    expect(en.asksOnlyWhether('Do you treat fleas?')).toBe(true);
    expect(en.asksOnlyWhether('How do I treat fleas?')).toBe(false);
    expect(en.form('how are my tokens protected')).toBe('manner');
    expect(en.form('how do you protect my data')).toBe('manner');
    expect(en.form('how safe is my data')).toBe('measure');
    expect(en.form('how do I book a table')).toBe('how');
    // The service a text asks for: a verb made a kind of thing ("cleaning products", "máquina de lavar") asks none.
    expect(en.services('do you sell sofas')).toEqual(en.services('where can I buy a sofa'));
    expect(en.services('do you sell sofas')).not.toEqual(en.services('Do you clean sofas?'));
    expect(en.services('do you sell cleaning products')).toEqual(en.services('do you sell sofas'));
    // What a message asks the business to do after "do you": a verb that offers anything, a phrasal
    // verb or a state ("are you insured") asks none.
    expect(en.serviceAsked('do you vaccinate horses')).toBe(en.terms('vaccinate')[0]);
    expect(en.serviceAsked('what do you feed the animals')).toBe(en.terms('feed')[0]);
    expect(en.serviceAsked('can you frame a jersey')).toBe(en.terms('frame')[0]);
    expect(en.serviceAsked('do you offer lessons')).toBeUndefined();
    expect(en.serviceAsked('can you freshen up the sofa')).toBeUndefined();
    expect(en.serviceAsked('are you insured')).toBeUndefined();
    expect(en.serviceAsked('how do I vaccinate my horse')).toBeUndefined();
    expect(createAnalyzer('es').services('¿Vendéis máquinas de lavar?')).toEqual(
      createAnalyzer('es').services('¿Vendéis sofás?'),
    );
    // A sale from the business's side, where the knowledge base says both sides: the customer's
    // selling is its buying, and a purchase named (no one's act) keeps its word.
    const gold = createAnalyzer('pt', [], ['Vocês compram ouro?', 'Vocês vendem ouro?', 'Como contesto uma compra?']);
    expect(gold.terms('quero vender meu ouro')).toEqual(gold.terms('Vocês compram ouro?'));
    expect(gold.terms('onde compro ouro')).toContain(gold.terms('vendem')[0]);
    expect(gold.terms('uma compra estranha')).toContain(gold.terms('compra')[0]);
    const oneSide = createAnalyzer('pt', [], ['Como compro ingresso?']);
    expect(oneSide.terms('quero comprar ingresso')).toEqual(oneSide.terms('Como compro ingresso?').slice(1));
    // Where a thing was lost or taken is no question of its own ("no balcão da farmácia"), unless
    // the knowledge base's own questions say where ("in a taxi"), and its own texts are as written.
    const pt = createAnalyzer('pt');
    expect(pt.terms('perdi o cartão no balcão da farmácia')).toEqual(pt.terms('perdi o cartão'));
    expect(pt.terms('roubaram meu celular na saída do metrô')).toEqual(pt.terms('roubaram meu celular'));
    expect(pt.terms('paguei o cartão no balcão da farmácia')).toContain(pt.terms('farmácia')[0]);
    expect(en.terms('my phone was nicked at the pub')).toEqual(en.terms('my phone was nicked'));
    const taxi = createAnalyzer('en', [], ['I left something in a taxi'], ['Call us with the time of your ride.']);
    expect(taxi.terms('i left my phone on the train')).toContain(taxi.terms('train')[0]);
    const told = createAnalyzer(
      'en',
      [],
      ['How do I report a lost phone?'],
      ['Lost it at a festival? Report it online.'],
    );
    expect(told.terms('Lost it at a festival? Report it online.')).toContain(told.terms('festival')[0]);
    // A question word and "'s" is the question word and "is": "why's" asks why, and is no word of its own.
    expect(en.form("why's my bill so high")).toBe('why');
    expect(en.form("where's my nearest store")).toBe('where');
    expect(en.form("how's my order doing")).toBe('manner');
    expect(en.terms("why's my bill so high")).toEqual(en.terms('why is my bill so high'));
    // What a thing is like: the word after "sin", "sem", "without".
    expect(createAnalyzer('es').described('¿Tenéis helados sin azúcar?')).toEqual(createAnalyzer('es').terms('azúcar'));
    // An adjective says how the thing is, not which kind ("a flexible desk" may be a hot desk).
    expect(en.compounds('daily rate for a flexible desk')).toEqual([]);
    // An idiom's meaning is no word written: "won't start" is a breakdown, not a thing "won".
    expect(en.compounds("the engine won't start")).toEqual([]);
    // Portuguese and Spanish say the kind after the thing ("bolo de casamento"): no such pairs.
    expect(createAnalyzer('pt').compounds('a piscina climatizada')).toEqual([]);
  });

  it('reads "qué vale" as "cuánto cuesta", "who fixes" as "who is responsible for"', () => {
    const es = createAnalyzer('es');
    expect(es.terms('qué vale la consulta')).toEqual(es.terms('cuánto cuesta la consulta'));
    const en = createAnalyzer('en');
    expect(en.terms('who fixes the pipe')).toEqual(en.terms('who is responsible for the pipe'));
  });

  it('folds case, accents and punctuation, drops stop words and the words of asking, and stems', () => {
    const en = createAnalyzer('en');
    expect(en.terms('Could you please tell me how I can CANCEL my plans?')).toEqual(['how', 'cancel', 'plan']);
    const pt = createAnalyzer('pt');
    expect(pt.terms('Como desbloqueio meu cartão?')).toEqual(pt.terms('como desbloqueio meu cartao'));
  });

  it('tells a message asking which thing to choose from one asking the best way or day to do a thing', () => {
    const choosing = (language: string, text: string) => createAnalyzer(language).choosing(text);
    expect(choosing('en', "What's the best phone to buy this year?")).toBe(true);
    expect(choosing('en', 'what laptop should I buy')).toBe(true);
    expect(choosing('en', 'what messaging app is the most secure')).toBe(true);
    expect(choosing('en', "what's the best way to pay my bill")).toBe(false);
    expect(choosing('en', 'is there a cheaper plan')).toBe(false);
    expect(choosing('pt', 'Qual é a melhor operadora?')).toBe(true);
    expect(choosing('pt', 'qual celular eu compro')).toBe(true);
    expect(choosing('pt', 'qual o melhor dia para compra')).toBe(false);
    expect(choosing('pt', 'quero um plano melhor')).toBe(false);
    expect(choosing('es', '¿Qué móvil es mejor?')).toBe(true);
    expect(choosing('es', 'qué móvil me compro por 200 euros')).toBe(true);
    expect(choosing('es', 'cuál es el mejor día para comprar')).toBe(false);
    expect(choosing('es', 'quiero una tarifa más barata')).toBe(false);
  });

  it('reads a hyphenated word as one, and offers the pieces of one written apart', () => {
    const en = createAnalyzer('en');
    expect(en.terms('wi-fi')).toEqual(en.terms('wifi'));
    expect(en.joins('change the wi fi password')).toContainEqual({ term: en.terms('wifi')[0], parts: ['wi', 'fi'] });
  });

  it('brings irregular forms and common synonyms to one term, and the knowledge base can add its own', () => {
    const en = createAnalyzer('en');
    expect(en.terms('paid')).toEqual(en.terms('pay'));
    expect(en.terms('invoice')).toEqual(en.terms('bill'));
    const own = createAnalyzer('en', [['modem', 'router', 'hub']]);
    expect(own.terms('my hub is down')).toEqual(own.terms('my modem is down'));
  });

  it('drops accented stop words and chat shorthand typed without their accents', () => {
    const pt = createAnalyzer('pt');
    expect(pt.terms('como faço pra mandar um pix')).toEqual(pt.terms('como faco pra mandar um pix'));
    expect(pt.terms('vc não tá com a senha')).toEqual(pt.terms('senha'));
    expect(pt.terms('oi td bem? como faço pix')).toEqual(pt.terms('como faço pix'));
    // An age of 60 or more is an older person's, in each language.
    expect(pt.terms('minha avó tem 72 anos')).toContain(pt.terms('idosos')[0]);
    expect(createAnalyzer('en').terms("I'm 67")).toEqual(createAnalyzer('en').terms('over 60s'));
    // "Pq" asks why, as "porque" does.
    expect(pt.terms('pq meu cartão está bloqueado')).toEqual(pt.terms('porque meu cartão está bloqueado'));
    const es = createAnalyzer('es');
    expect(es.terms('dónde está mi paquete, ya lo pagué')).not.toContain('esta');
    expect(es.terms('ola buenas, oye, kiero abrir una cuenta')).toEqual(es.terms('abrir una cuenta'));
    const en = createAnalyzer('en');
    expect(en.terms("yo, I'm gonna leave, I need my PAC")).toEqual(en.terms('leave PAC'));
    expect(en.courtesies('yo')).toEqual(en.courtesies('hello'));
    // "How come" asks why, not how.
    expect(en.terms('how come my bill is higher')).toEqual(en.terms('why is my bill higher'));
  });

  it('keeps apart a word that only shares its stem with a word of a group ("baixa renda" is no download, "cano" no Canada)', () => {
    expect(createAnalyzer('pt').terms('baixa renda')).not.toContain(createAnalyzer('pt').terms('emitir')[0]);
    expect(createAnalyzer('pt').terms('cano')).not.toEqual(createAnalyzer('pt').terms('canadá'));
  });

  it('reads "peço" (I ask for) apart from "pedido" (an order), whose stem it shares', () => {
    const pt = createAnalyzer('pt');
    expect(pt.terms('Como peço um cartão')).not.toContain(pt.terms('pedido')[0]);
    expect(pt.terms('Como peço um cartão')).toEqual(pt.terms('Como solicito um cartão'));
  });

  it('reads "empresa" (a company) as no prefix of "empréstimo" (a loan)', async () => {
    const pt = createAnalyzer('pt');
    const [company] = pt.terms('empresa');
    expect(pt.terms('empréstimo')[0]!.startsWith(company!)).toBe(false);
    const bank = await KnowledgeIndex.train(
      kb([
        ['Como peço um empréstimo?', 'Em Empréstimos, simule e contrate.'],
        ['Como abro uma conta?', 'Baixe o app e envie uma selfie.'],
      ]),
      'pt',
    );
    expect(await asked(bank, 'como abro uma empresa')).toBeUndefined();
    expect(await asked(bank, 'quero um empréstimo')).toBe('Como peço um empréstimo?');
  });

  it('keeps a utility bill the utility\'s: "a conta de água" is paid as a boleto, but no phone company answers it', async () => {
    const phone = await KnowledgeIndex.train(
      kb([
        ['Como pago minha conta?', 'Pelo app, com Pix ou boleto.'],
        ['Como tiro a segunda via da conta?', 'No app, em Faturas.'],
      ]),
      'pt',
    );
    expect(await asked(phone, 'como pago a conta de água')).toBeUndefined();
    expect(await asked(phone, 'como pago a conta')).toBe('Como pago minha conta?');
  });

  it('reads a superlative as its adjective, in Spanish and Portuguese', () => {
    const es = createAnalyzer('es');
    expect(es.terms('lentísima')).toEqual(es.terms('lenta'));
    expect(es.terms('carísimos')).toEqual(es.terms('caros'));
    const pt = createAnalyzer('pt');
    expect(pt.terms('caríssima')).toEqual(pt.terms('cara'));
  });

  it('reads a message without words that only say how much or where the asker is ("really", "at home")', () => {
    const en = createAnalyzer('en');
    expect(en.terms('my bill is really expensive')).toEqual(en.terms('high bill'));
    expect(en.terms('no signal at home')).toEqual(en.terms('no signal'));
    expect(en.terms('the electricity is off in my house')).toEqual(en.terms('the electricity is off'));
    // A house asked about is still what is asked.
    expect(en.terms('how do I insure my house')).toContain(en.terms('house')[0]);
  });

  it('reads a word written with "\'s" as saying whose the next one is ("a doctor\'s appointment"), unless it is a time', async () => {
    const en = createAnalyzer('en');
    expect(en.modifiers("how do I book a doctor's appointment")).toContainEqual({
      modifier: en.terms('doctor')[0],
      head: en.terms('appointment')[0],
    });
    expect(en.modifiers("I need last month's invoice")).toEqual([]);
    const index = await KnowledgeIndex.train(
      kb([
        ['How do I book an engineer visit?', 'Book it in Appointments.'],
        ['How do I pay my bill?', 'By card.'],
      ]),
      'en',
    );
    expect(await asked(index, "how do I book a doctor's appointment")).toBeUndefined();
    expect(await asked(index, 'how do I book an appointment')).toBe('How do I book an engineer visit?');
  });

  it('reads what a complaint is about as whose thing it is: about a neighbour, it is no complaint to this business', async () => {
    const cases = [
      ['en', 'How do I make a complaint?', 'How do I pay my bill?', 'how do I make a complaint about my neighbour'],
      ['pt', 'Como faço uma reclamação?', 'Como pago a fatura?', 'como faço uma reclamação sobre meu vizinho'],
      ['es', '¿Cómo pongo una reclamación?', '¿Cómo pago la factura?', 'cómo pongo una reclamación sobre mi vecino'],
    ] as const;
    for (const [language, complaint, bill, aboutANeighbour] of cases) {
      const index = await KnowledgeIndex.train(
        kb([
          [complaint, 'Use the form.'],
          [bill, 'By card.'],
        ]),
        language,
      );
      expect(await asked(index, aboutANeighbour), language).toBeUndefined();
    }
  });

  it('reads where a thing is ("onde fica") as saying nothing of what a question is about', async () => {
    const index = await KnowledgeIndex.train(kb(rowsOf('psicologia.pt.json')), 'pt');
    expect(await asked(index, 'o que eu falar fica só entre nós?')).not.toBe('Onde fica o consultório?');
    expect(await asked(index, 'qual o endereço do consultorio')).toBe('Onde fica o consultório?');
  });

  it('reads signing out apart from signing in, though "out" and "in" are stop words', () => {
    const en = createAnalyzer('en');
    expect(en.terms('how do I sign out')).not.toEqual(en.terms('how do I sign in'));
    expect(en.terms('how do I log off')).toEqual(en.terms('how do I sign out'));
  });

  it('reads a phrasal verb whose object comes before its particle as that verb ("send the phone back")', () => {
    const en = createAnalyzer('en');
    expect(en.terms('I want to send the phone back')).toEqual(en.terms('return the phone'));
    expect(en.terms('send my old router back')).toEqual(en.terms('return old router'));
    expect(en.terms('can you turn it off')).toEqual(en.terms('deactivate'));
    // Not a phrasal verb of the lists: left as it is.
    expect(en.terms('pay the bill back')).toEqual(en.terms('pay bill back'));
  });

  it('brings a noun made from a verb, and a plural the stemmer misses, to the same term', () => {
    const pt = createAnalyzer('pt');
    expect(pt.terms('vencimento')).toEqual(pt.terms('vencer'));
    expect(pt.terms('solicitação')).toEqual(pt.terms('solicitacao'));
    expect(pt.terms('atualização do endereço')).toEqual(pt.terms('atualizar endereço'));
    expect(pt.terms('cartões')).toEqual(pt.terms('cartão'));
    const es = createAnalyzer('es');
    expect(es.terms('seguimiento')).toEqual(es.terms('seguir'));
    expect(es.terms('devolución')).toEqual(es.terms('devolver'));
    expect(es.terms('lectura del contador')).toEqual(es.terms('leer el contador'));
    expect(pt.terms('inclusão de dependente')).toEqual(pt.terms('incluir dependente'));
    const en = createAnalyzer('en');
    expect(en.terms('admission')).toEqual(en.terms('admitted'));
    expect(en.terms('verification')).toEqual(en.terms('verify'));
  });

  it('brings the forms of a short verb the stemmer leaves whole to one term', () => {
    const pt = createAnalyzer('pt');
    for (const form of ['abro', 'abre', 'abriu', 'aberta']) expect(pt.terms(form)).toEqual(pt.terms('abrir'));
    expect(pt.terms('caí')).toEqual(pt.terms('cair'));
    expect(pt.terms('quanto limite eu tenho')).toEqual(pt.terms('quanto limite'));
    const es = createAnalyzer('es');
    expect(es.terms('leo')).toEqual(es.terms('leer'));
    expect(es.terms('perdí')).toEqual(es.terms('perder'));
  });

  it('reads the everyday ways to name a state or a request as the word a knowledge base uses', () => {
    const en = createAnalyzer('en');
    expect(en.terms('is it free software')).toEqual(en.terms('is it open source'));
    expect(en.terms('my phone is locked')).toEqual(en.terms('my phone unlock'));
    expect(en.terms('I would like a callback')).toEqual(en.terms('call me'));
    expect(en.terms('the broker is unavailable')).toEqual(en.terms('the broker is down'));
    expect(en.terms('does it speak spanish')).toEqual(en.terms('does it speak other languages'));
    const pt = createAnalyzer('pt');
    expect(pt.terms('meu cartão está bloqueado')).toEqual(pt.terms('meu cartão desbloquear'));
    expect(pt.terms('limite do pix de madrugada')).toEqual(pt.terms('limite do pix à noite'));
    const es = createAnalyzer('es');
    expect(es.terms('francia')).not.toEqual(es.terms('idioma'));
    expect(es.terms('la tarjeta está bloqueada')).toEqual(es.terms('la tarjeta desbloquear'));
  });

  it('reads not getting in as a forgotten password, and "log into" as logging in', () => {
    const en = createAnalyzer('en');
    expect(en.terms("I can't log in")).toEqual(en.terms('I forgot my password'));
    expect(en.terms('log into my account')).toEqual(en.terms('login account'));
    expect(en.terms('two weeks ago and no refund')).toEqual(en.terms('two weeks refund'));
    const pt = createAnalyzer('pt');
    expect(pt.terms('não consigo entrar')).toEqual(pt.terms('esqueci a senha'));
    const es = createAnalyzer('es');
    expect(es.terms('no puedo entrar')).toEqual(es.terms('olvidé la contraseña'));
  });

  it('reads the story around a question lightly: feelings, time, who, and pronouns written onto verbs', () => {
    const es = createAnalyzer('es');
    expect(es.terms('quiero devolverlas')).toEqual(es.terms('quiero devolver'));
    expect(es.terms('cómo empiezo a usarla')).toEqual(es.terms('cómo empiezo a usar'));
    expect(es.terms('me acaban de robar la tarjeta')).toEqual(es.terms('me robar la tarjeta'));
    const en = createAnalyzer('en');
    expect(en.terms('at the end of the month')).not.toContain(en.terms('cancel')[0]);
    // "Settings" is no everyday "set": it is what one configures.
    expect(en.terms('apn settings')).toEqual(en.terms('apn configuration'));
    // Question words and asking typed in a hurry.
    expect(en.terms('hw do i pay, wen is it due')).toEqual(en.terms('how do i pay, when is it due'));
    expect(es.terms('kiero pedir un préstamo')).toEqual(es.terms('quiero pedir un préstamo'));
    // Not wanting a thing any more is ending it.
    expect(en.terms("I don't want my contract anymore")).toEqual(en.terms('cancel my contract'));
    expect(es.terms('ya no quiero la tarjeta')).toEqual(es.terms('cancelar la tarjeta'));
    expect(createAnalyzer('pt').terms('não quero mais o cartão')).toEqual(
      createAnalyzer('pt').terms('cancelar o cartão'),
    );
    expect(en.isLight(en.terms('settings')[0]!)).toBe(false);
    for (const [language, text] of [
      ['en', 'worried frustrating lately evening customer'],
      ['pt', 'preocupado ultimamente cliente antigo'],
      ['es', 'preocupado harto cliente antiguo'],
    ] as const) {
      const analyzer = createAnalyzer(language);
      expect(analyzer.terms(text).filter((term) => !analyzer.isLight(term))).toEqual([]);
    }
  });

  it("never folds a word into a group only because its stem is the same as a group word's", () => {
    const es = createAnalyzer('es');
    expect(es.terms('botas')).not.toEqual(es.terms('robot'));
    expect(es.terms('ordenador')).not.toEqual(es.terms('pedido'));
    expect(es.terms('carrera')).not.toEqual(es.terms('coche'));
    expect(es.terms('carro')).toEqual(es.terms('coche'));
    expect(es.terms('plaza')).not.toEqual(es.terms('plazo'));
    expect(es.terms('tabla de medidas')).not.toContain(es.terms('método')[0]);
    expect(es.terms('medios de pago')).toEqual(es.terms('formas de pago'));
    // A place whose stem is an everyday word's: "canais" (channels) and "parar" are not abroad.
    const places = createAnalyzer('pt');
    expect(places.terms('canais de tv')).not.toContain(places.terms('canadá')[0]);
    expect(places.terms('onde paro o carro')).not.toContain(places.terms('paris')[0]);
    expect(places.terms('canadá')).toEqual(places.terms('exterior'));
    const pt = createAnalyzer('pt');
    expect(pt.terms('funciona')).not.toEqual(pt.terms('horário'));
    expect(pt.terms('horário de funcionamento')).toEqual(pt.terms('horário'));
    expect(pt.terms('mal')).not.toEqual(pt.terms('mala'));
    const en = createAnalyzer('en');
    expect(en.terms('settings')).not.toEqual(en.terms('set'));
  });

  it('reads accepting as allowing, and the forms and plurals the stemmer misses as their word', () => {
    const en = createAnalyzer('en');
    expect(en.terms('are dogs accepted')).toEqual(en.terms('are dogs allowed'));
    const es = createAnalyzer('es');
    expect(es.terms('aceptan mascotas')).toEqual(es.terms('admiten mascotas'));
    const pt = createAnalyzer('pt');
    expect(pt.terms('cães')).toEqual(pt.terms('cachorro'));
    expect(pt.terms('denúncia')).toEqual(pt.terms('denuncio'));
    expect(pt.terms('consulta no postinho')).toEqual(pt.terms('consulta no posto de saúde'));
  });

  it('reads the last words of the telecom and bank sets as the words their questions use', () => {
    const en = createAnalyzer('en');
    expect(en.terms('turn off the answerphone')).toEqual(en.terms('turn off the voicemail'));
    expect(en.terms("I can't pay")).toEqual(en.terms('I struggle to pay'));
    expect(en.terms('my bill went up')).toEqual(en.terms('my bill is so high'));
    expect(en.terms('my bill is so big').sort()).toEqual(en.terms('my bill is so high').sort());
    const pt = createAnalyzer('pt');
    expect(pt.terms('troquei de celular')).toEqual(pt.terms('trocar de celular'));
    expect(pt.terms('adiantamento de salário')).toEqual(pt.terms('antecipação de salário'));
  });

  it('weighs whether a thing works little, in each language ("meu celular funciona lá?")', () => {
    for (const [language, word] of [
      ['en', 'works'],
      ['pt', 'funciona'],
      ['es', 'funciona'],
    ] as const) {
      const analyzer = createAnalyzer(language);
      expect(analyzer.isLight(analyzer.terms(word)[0]!), word).toBe(true);
    }
  });

  it('reads apart a word that shares a stem with a synonym but means something else', () => {
    for (const [language, pairs] of [
      [
        'en',
        [
          ['personal', 'person'],
          ['quite', 'quit'],
          ['mobility', 'mobile'],
        ],
      ],
      [
        'pt',
        [
          ['casa', 'casamento'],
          ['claro', 'clareamento'],
          ['porta', 'portar'],
          ['modo', 'modem'],
          ['aplicar', 'aplicativo'],
          ['neto', 'internet'],
          ['bateria', 'bater'],
          ['esgoto', 'esgotado'],
          ['botar', 'bot'],
          ['especial', 'especialista'],
          ['prazer', 'prazo'],
        ],
      ],
      [
        'es',
        [
          ['interesa', 'intereses'],
          ['medios', 'medidas'],
          ['pescado', 'pesca'],
          ['colonia', 'campamento'],
        ],
      ],
    ] as const) {
      const analyzer = createAnalyzer(language);
      for (const [word, other] of pairs)
        expect(analyzer.terms(word), `${word} / ${other}`).not.toEqual(analyzer.terms(other));
    }
  });

  it('weighs an amount little: a number alone, number words, money and time units', () => {
    for (const [language, text] of [
      ['en', '5000 two dollars minutes'],
      ['pt', '200 dois reais minutos'],
      ['es', '5000 dos euros meses'],
    ] as const) {
      const analyzer = createAnalyzer(language);
      expect(analyzer.terms(text).filter((term) => !analyzer.isLight(term))).toEqual([]);
    }
    const en = createAnalyzer('en');
    expect(en.isLight(en.terms('5g')[0]!)).toBe(false);
    // Money alone is the thing asked about: the price of the dollar is no question of a bank's fees.
    for (const [language, money] of [
      ['en', 'dollar'],
      ['pt', 'dólar'],
      ['es', 'euro'],
    ] as const) {
      const analyzer = createAnalyzer(language);
      expect(analyzer.isLight(analyzer.terms(money)[0]!), money).toBe(false);
    }
  });

  it('folds a common group whose words share a stem ("bag", "bags") in a knowledge base that uses one', () => {
    const airline = createAnalyzer('en', [], ['What can I bring in my carry-on bag?']);
    expect(airline.terms('suitcase')).toEqual(airline.terms('bag'));
  });

  it('reads a synonym written with a function word ("move up") whole, never as its other word', () => {
    const en = createAnalyzer('en');
    expect(en.terms('move up my plan')).toEqual(en.terms('upgrade my plan'));
    expect(en.terms('move my plan')).not.toEqual(en.terms('upgrade my plan'));
    expect(en.terms('I want my money back')).toEqual(en.terms('refund'));
    expect(en.terms('money')).not.toEqual(en.terms('refund'));
  });

  it('keeps apart the words of a common group only where two questions differ by them alone', () => {
    const apart = createAnalyzer('en', [], ['How do I change my password?', 'How do I update my password?']);
    expect(apart.terms('update')).not.toEqual(apart.terms('change'));
    // Saying "baggage" in one question and "luggage" in another does not tell them apart.
    const airline = createAnalyzer(
      'en',
      [],
      ['How much baggage can I check in?', 'What happens if my luggage is lost?'],
    );
    expect(airline.terms('luggage')).toEqual(airline.terms('baggage'));
  });

  it("folds a knowledge base's group and a common one that share words into one term", () => {
    const own = createAnalyzer('en', [['modem', 'router']]);
    // The common group (router, modem, hub) folds into the knowledge base's first word.
    expect(own.terms('hub')).toEqual(own.terms('modem'));
    expect(own.terms('router')).toEqual(own.terms('modem'));
  });

  it('reads an idiom by its meaning, function words and all', () => {
    const en = createAnalyzer('en');
    expect(en.terms("I don't remember my password")).toEqual(en.terms('forgot password'));
    expect(en.terms('where is my parcel')).toEqual(en.terms('track parcel'));
    const pt = createAnalyzer('pt');
    expect(pt.terms('não lembro a senha')).toEqual(pt.terms('esqueci a senha'));
    const es = createAnalyzer('es');
    expect(es.terms('no me acuerdo de la clave')).toEqual(es.terms('olvidé la contraseña'));
    // Regretting a purchase, or changing one's mind, is wanting to return it.
    expect(es.terms('me arrepentí de la pieza')).toEqual(es.terms('devolver la pieza'));
    expect(es.terms('cambié de opinión con la pieza')).toEqual(es.terms('devolver la pieza'));
  });

  it('reads the question out of a letter: salutation, politeness and signature are not what it asks', () => {
    const en = createAnalyzer('en');
    expect(en.terms('Dear support team, I am writing to ask how to pay my bill. Kind regards, John Smith.')).toEqual(
      en.terms('how to pay my bill'),
    );
    expect(en.terms('Hi John, how do I pay my bill? Thanks in advance')).toEqual(en.terms('how do I pay my bill'));
    // A word that only looks like a sign-off, inside the question, stays.
    expect(en.terms('what is the best plan')).toEqual(en.terms('what best plan'));
    const pt = createAnalyzer('pt');
    expect(
      pt.terms('Prezados, boa tarde. Por gentileza, como desbloqueio meu cartão? Atenciosamente, Maria Silva'),
    ).toEqual(pt.terms('como desbloqueio meu cartão'));
    const es = createAnalyzer('es');
    expect(es.terms('Estimados señores: quisiera saber cuánto tarda el envío. Un saludo, Pedro')).toEqual(
      es.terms('cuánto tarda el envío'),
    );
  });

  it('finds the word that says whose or which thing is asked about', () => {
    const en = createAnalyzer('en');
    // Said before the thing, after a possessive: a kind of it ("my train ticket"), never where it is.
    expect(en.modifiers('how do I change my netflix password')).toEqual([
      { modifier: en.terms('netflix')[0], head: en.terms('password')[0], kind: true },
    ]);
    expect(en.modifiers('check the speed of my car')).toEqual([
      { modifier: en.terms('car')[0], head: en.terms('speed')[0] },
    ]);
    expect(en.modifiers('factory reset the router')).toEqual([]);
    const es = createAnalyzer('es');
    expect(es.modifiers('cómo cambio la contraseña de mi correo')).toEqual([
      { modifier: es.terms('correo')[0], head: es.terms('contraseña')[0] },
    ]);
  });
});

describe('the knowledge index', () => {
  it('finds the question by meaning: word order, lower case, typos, synonyms, politeness', async () => {
    const index = await KnowledgeIndex.train(TELECOM, 'en');
    expect(await asked(index, 'password change')).toBe('How do I change my password?');
    expect(await asked(index, 'how to restet my routr')).toBe('How do I reset my router?');
    expect(await asked(index, 'please, where can I pay the invoice')).toBe('How do I pay my bill?');
    expect(await asked(index, 'what is the puk')).toBe('What is my PUK code?');
    // A misspelt word is not a word the knowledge base has never seen.
    expect(await asked(index, 'how do I change my pasword')).toBe('How do I change my password?');
    expect(await asked(index, 'how do I pay my monthly bill')).toBe('How do I pay my bill?');
    expect(await asked(index, "I don't remember my wifi password")).toBe('How do I change my Wi-Fi password?');
  });

  it('tells apart questions that share words, by the ones that differ', async () => {
    const index = await KnowledgeIndex.train(TELECOM, 'en');
    expect(await asked(index, 'change wifi password')).toBe('How do I change my Wi-Fi password?');
    expect(await asked(index, 'change the wi fi password')).toBe('How do I change my Wi-Fi password?');
    expect(await asked(index, 'change my password')).toBe('How do I change my password?');
    expect(await asked(index, 'when is the bill due')).toBe('When is my bill due?');
    // "PUK" says which number: not the one of "port my number".
    const withPort = await KnowledgeIndex.train(
      kb([
        ...TELECOM.map((e): [string, string] => [e.question, e.answer]),
        ['How do I port my number from another carrier?', 'Ask for a port-in code and give it to us.'],
      ]),
      'en',
    );
    expect(await asked(withPort, 'how do i get my PUK number')).toBe('What is my PUK code?');
  });

  it('stays silent when a question only shares common words with the knowledge base', async () => {
    const index = await KnowledgeIndex.train(TELECOM, 'en');
    for (const offTopic of [
      'Who won the Super Bowl last year?',
      'who painted the mona lisa',
      'How do I make pancakes?',
      'How do I cancel my gym membership?',
      'tell me a joke',
      // The same question about something the knowledge base does not know.
      'how do I change my netflix password',
      'how do I pay my electricity bill',
      'how do I reset my bank password',
      'how do I pay my rent',
      'how do I cancel my gym',
    ]) {
      expect(await asked(index, offTopic), offTopic).toBeUndefined();
    }
  });

  it("weighs a word never seen less when the thing asked about is a question's own, unless it says whose thing", async () => {
    const restaurant = await KnowledgeIndex.train(
      kb([
        ['Do you do private events?', 'Yes, for up to 40 guests; ask for the events menu.'],
        ['Do you cater for allergies?', 'Tell your waiter; every dish lists its allergens.'],
        ['What are your opening hours?', 'Noon to midnight, every day.'],
        ['Can I book a table?', 'Online or by phone, up to a month ahead.'],
        ['Do you have parking?', 'A car park behind the restaurant, free for guests.'],
      ]),
      'en',
    );
    expect(await asked(restaurant, 'do you host events')).toBe('Do you do private events?');
    // A word never seen that says whose thing it is weighs as much as ever (and see the test above).
    const before = (await restaurant.match('can I book my table'))!.score;
    expect((await restaurant.match('can I book my bowling table'))!.score).toBeLessThan(before / 2);
  });

  it('takes no word spelt right for another two letters away ("passport" is no "password"), and forgives a typo', async () => {
    const store = await KnowledgeIndex.train(
      kb([
        ['I forgot my password', 'Use Forgot password? on the sign-in page.'],
        ['How do I renew my subscription?', 'It renews by itself every year.'],
        ['How do I track my order?', 'Use the tracking link in your email.'],
      ]),
      'en',
    );
    expect(await asked(store, 'how do I renew my passport')).toBeUndefined();
    expect(await asked(store, 'I forgot my passwrod')).toBe('I forgot my password');
    expect(await asked(store, 'how do I renew my subscripton')).toBe('How do I renew my subscription?');
  });

  it('takes the closest question by meaning unless the words say it is about something else', async () => {
    const index = await KnowledgeIndex.train(TELECOM, 'en');
    // What an embeddings model says of each: very close to a stored question.
    const close = (question: string) => ({
      candidates: [
        { questionId: TELECOM.find((e) => e.question === question)!.questionId, similarity: 0.9 },
        { questionId: 'q7', similarity: 0.55 },
      ],
      floor: 0.5,
    });
    const words = await index.match('my router keeps dropping the connection');
    expect(words?.score ?? 0).toBeLessThan(0.4);
    const semantic = await index.match('my router keeps dropping the connection', close('How do I reset my router?'));
    expect(semantic?.question).toBe('How do I reset my router?');
    expect(semantic!.score).toBeGreaterThan(0.7);
    // A word never seen that says whose password: not answered however close the model says it is.
    const facebook = await index.match('how do I change my facebook password', close('How do I change my password?'));
    expect(facebook?.score ?? 0).toBeLessThan(0.4);
    // The thing asked about is a word never seen, the bill goes unsaid: trusted less (0.9 is 0.8).
    const rent = await index.match('how do I pay my rent', close('How do I pay my bill?'));
    expect(rent?.score ?? 0).toBeLessThan(0.65);
  });

  it('trusts a match by meaning less when the words say it is another thing, as it ranks by words', async () => {
    // What an embeddings model says: very close to the question asked for.
    const close = (rows: ReturnType<typeof kb>, question: string) => ({
      candidates: [{ questionId: rows.find((e) => e.question === question)!.questionId, similarity: 0.9 }],
      floor: 0.5,
    });
    const hearingRows = kb([
      ['Is the hearing test free?', 'Yes, a hearing test is free for everyone.'],
      ['How much is a bike service?', 'A full service is £60.'],
      ['When are you open?', 'Monday to Saturday, 9am to 5pm.'],
    ]);
    const hearing = await KnowledgeIndex.train(hearingRows, 'en');
    const test = close(hearingRows, 'Is the hearing test free?');
    expect((await hearing.match('is the hearing test free', test))!.score).toBe(1);
    // Another kind of test than the question's own: a foreign word, as the words weigh it.
    expect((await hearing.match('is the eye test free', test))?.score ?? 0).toBeLessThan(0.4);
    const iceCreamRows = kb([
      ['¿Los helados llevan frutos secos?', 'Algunos sí; lo indicamos en cada sabor.'],
      ['¿Tenéis helados sin azúcar?', 'Sí, tres sabores sin azúcar.'],
      ['¿Cuál es el horario?', 'De 12:00 a 22:00.'],
    ]);
    const iceCream = await KnowledgeIndex.train(iceCreamRows, 'es');
    // Opening with a thing never seen, or saying the same of one: the question's own thing unsaid.
    for (const [message, question] of [
      ['los cereales llevan frutos secos', '¿Los helados llevan frutos secos?'],
      ['tenéis refrescos sin azúcar', '¿Tenéis helados sin azúcar?'],
    ])
      expect((await iceCream.match(message!, close(iceCreamRows, question!)))?.score ?? 0, message).toBeLessThan(0.55);
    const own = close(iceCreamRows, '¿Tenéis helados sin azúcar?');
    expect((await iceCream.match('tenéis helados sin azúcar', own))!.score).toBe(1);
    expect((await iceCream.match('hay helados sin azucar', own))!.score).toBeGreaterThan(0.7);
  });

  it('reads a thing asked about at a place the knowledge base never mentions as asking that place', async () => {
    const index = await KnowledgeIndex.train(
      kb([
        ['How do I book a taster session?', 'Book a taster session in the app; it costs £15 and includes shoe hire.'],
        ["Do you run children's parties?", 'Yes, climbing parties for 6 to 10 children, with a host.'],
        ['Can I pay at reception?', 'Yes, by card or cash at reception.'],
        ['Is there parking?', 'Free parking for 2 hours behind the centre.'],
      ]),
      'en',
    );
    expect(await asked(index, 'how do I book a taster session')).toBe('How do I book a taster session?');
    expect(await asked(index, 'how do I book a taster session at the golf club')).toBeUndefined();
    expect(await asked(index, "do you run children's parties at the swimming pool")).toBeUndefined();
    expect(await asked(index, 'where can I park at the airport')).toBeUndefined();
    // A place the knowledge base says is its own.
    expect(await asked(index, 'can I pay at the reception')).toBe('Can I pay at reception?');
    expect(await asked(index, 'can I park at the centre')).toBe('Is there parking?');
  });

  it('stays silent when a message names another company or public body the knowledge base never mentions', async () => {
    const index = await KnowledgeIndex.train(
      kb([
        ...TELECOM.map((e) => [e.question, e.answer] as [string, string]),
        ['How do I contact you?', 'Chat in the app 24/7 or call 150.'],
        ['How do I update my address?', 'Profile > Address in the app.'],
      ]),
      'en',
    );
    expect(await asked(index, 'how do I cancel my plan')).toBe('How do I cancel my plan?');
    expect(await asked(index, 'how do I contact you')).toBe('How do I contact you?');
    expect(await asked(index, 'how do I contact the council')).toBeUndefined();
    expect(await asked(index, 'how do I change my address with the council')).toBeUndefined();
    expect(await asked(index, 'why is my netflix bill so high')).toBeUndefined();
    // Through the embeddings too: the model may say it is close, the name says it is theirs.
    const plan = TELECOM.find((e) => e.question === 'How do I cancel my plan?')!.questionId;
    const close = { candidates: [{ questionId: plan, similarity: 0.9 }], floor: 0.5 };
    expect((await index.match('how do I cancel my spotify', close))!.score).toBeLessThan(0.5);
    // A knowledge base that names it answers about it.
    const streaming = await KnowledgeIndex.train(
      kb([
        ['Which streaming services come with my plan?', 'Netflix and Spotify are included in the Max plan.'],
        ['How do I cancel my plan?', 'Use Plan > Cancel.'],
      ]),
      'en',
    );
    expect(await asked(streaming, 'does my plan come with netflix')).toBe(
      'Which streaming services come with my plan?',
    );
    for (const [language, question, answer, message] of [
      [
        'pt',
        'Como cancelo minha assinatura?',
        'Em Perfil > Assinatura > Cancelar.',
        'como cancelo a assinatura da netflix',
      ],
      ['es', '¿Cómo me doy de baja?', 'En Perfil > Baja.', 'cómo me doy de baja de spotify'],
    ]) {
      const other = await KnowledgeIndex.train(
        kb([
          [question!, answer!],
          ['Qual o horário?', 'Das 8h às 20h.'],
        ]),
        language!,
      );
      expect(await asked(other, message!), message).toBeUndefined();
    }
  });

  it('reads a country as where the thing asked about is, not the thing: a flight to Spain is no roaming question', async () => {
    const index = await KnowledgeIndex.train(
      kb([
        ['How do I make international calls?', 'Dial 00 and the country code.'],
        ['Can I use my phone abroad?', 'Roaming is on for every plan; Europe costs 2 a day.'],
        ['How do I pay my bill?', 'Billing > Pay now.'],
      ]),
      'en',
    );
    expect(await asked(index, 'can I use my phone in spain')).toBe('Can I use my phone abroad?');
    expect(await asked(index, 'how much is a flight to spain')).toBeUndefined();
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Puedo usar el móvil en el extranjero?', 'Sí, el roaming está activo.'],
        ['¿Cómo pago mi factura?', 'Con tarjeta en la app.'],
      ]),
      'es',
    );
    expect(await asked(es, 'puedo usar el móvil en méxico')).toBe('¿Puedo usar el móvil en el extranjero?');
    expect(await asked(es, 'cuánto cuesta un vuelo a méxico')).toBeUndefined();
  });

  it('takes a word spelt right for another only when their first letters agree', async () => {
    const demo = await KnowledgeIndex.train(
      kb([
        ['How do I handle more traffic?', 'Run more workers.'],
        ['How do I pay my bill?', 'In the app.'],
      ]),
      'en',
    );
    // "candles" is one letter from "handle", but no typo of it.
    expect(await asked(demo, 'how do i make my own candles')).toBeUndefined();
    expect(await asked(demo, 'how do i handle more trafic')).toBe('How do I handle more traffic?');
  });

  it('answers greetings and thanks said any way when the knowledge base has them', async () => {
    const entries = kb([
      ['Hello', 'Hi! Ask me anything.'],
      ['Thank you', "You're welcome!"],
      ['How do I pay my bill?', 'In the app.'],
    ]);
    const en = await KnowledgeIndex.train(entries, 'en');
    expect(await asked(en, 'hi there')).toBe('Hello');
    expect(await asked(en, 'good morning')).toBe('Hello');
    expect(await asked(en, 'thanks a lot!')).toBe('Thank you');
    expect(await asked(en, 'ok, thx')).toBe('Thank you');
    expect(await asked(en, 'cheers, that was really helpful')).toBe('Thank you');
    expect(await asked(en, 'hello, how do I pay my bill?')).toBe('How do I pay my bill?');
    expect(await asked(await KnowledgeIndex.train(TELECOM, 'en'), 'thanks a lot')).toBeUndefined();
    const pt = await KnowledgeIndex.train(kb([['Obrigado', 'De nada!']]), 'pt');
    expect(await asked(pt, 'valeu!')).toBe('Obrigado');
  });

  it('offers the close alternatives with a different answer, for "did you mean"', async () => {
    const index = await KnowledgeIndex.train(
      kb([
        ['How do I pay by card?', 'In the app, Billing > Card.'],
        ['How do I pay by bank slip?', 'In the app, Billing > Slip.'],
      ]),
      'en',
    );
    const match = await index.match('how do I pay');
    expect(match?.alternatives.map((a) => a.question)).toEqual(['How do I pay by bank slip?']);
  });

  it("uses the knowledge base's own synonyms", async () => {
    const entries = kb([
      ['How do I restart the modem?', 'Unplug it for ten seconds.'],
      ['Where is my invoice?', 'Under Billing.'],
      ['How do I change my password?', 'Under Profile.'],
      ['What are your opening hours?', 'From 9 to 18.'],
    ]);
    // Without them "box" is a word the knowledge base has never seen, and weighs the most.
    const without = await (await KnowledgeIndex.train(entries, 'en')).match('how do I restart the box');
    const index = await KnowledgeIndex.train(entries, 'en', [['modem', 'box']]);
    const withSynonyms = await index.match('how do I restart the box');
    expect(without?.score ?? 0).toBeLessThan(0.5);
    expect(withSynonyms?.question).toBe('How do I restart the modem?');
    expect(withSynonyms?.score).toBeGreaterThan(0.9);
  });

  it("reads a kind's general word by the language's groups, not the knowledge base's own", async () => {
    // The software's FAQ says its product is the gateway; a jacket is an item, a product of a shop,
    // and so no gateway: clothes care is none of its questions.
    const entries = kb([
      ['How do I know the gateway is up?', 'GET /health answers.'],
      ['How do I run the gateway?', 'Run npm start.'],
      ['What is this product?', 'An open-source gateway for bots.'],
    ]);
    const index = await KnowledgeIndex.train(entries, 'en', [['gateway', 'server', 'product', 'software']]);
    for (const text of ['how do i clean a suede jacket', 'how do i take up the hem on jeans']) {
      const match = await index.match(text);
      expect(match?.score ?? 0, text).toBeLessThan(0.4);
    }
    // Its own words still fold: the product is the gateway.
    expect(await asked(index, 'how do i run the product')).toBe('How do I run the gateway?');
  });

  it("reads the knowledge base's own phrases before the language's idioms", async () => {
    // English reads "to come out" as a technician's visit; a record shop's synonyms say it is a release.
    const index = await KnowledgeIndex.train(
      kb([
        ['When is the release date?', 'The album is out on 6 June.'],
        ['Do you do home visits?', 'No, only in the shop.'],
      ]),
      'en',
      [['release', 'come out']],
    );
    expect(await asked(index, 'is the album going to come out in june')).toBe('When is the release date?');
  });

  it('takes a word never seen as the action on a known thing for another way to say it', async () => {
    const pt = await KnowledgeIndex.train(
      kb([
        ['Como faço um Pix?', 'No app, em Pix > Transferir.'],
        ['Como pago um boleto?', 'Em Pagamentos > Boleto.'],
        ['Como encerro minha conta?', 'Na agência ou pelo app.'],
        ['Como emito o extrato da conta?', 'No app, em Conta > Extrato.'],
        ['Como desbloqueio meu cartão?', 'Em Cartões > Desbloquear.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'quero enviar um pix')).toBe('Como faço um Pix?');
    expect(await asked(pt, 'como vejo meu extrato')).toBe('Como emito o extrato da conta?');
    // A thing never seen is still another question.
    expect(await asked(pt, 'como pago o aluguel')).toBeUndefined();
    expect(await asked(pt, 'como lavo meu carro')).toBeUndefined();
  });

  it('takes the thing a question is about for its noun, not the adjective saying how it is', async () => {
    const index = await KnowledgeIndex.train(
      [...TELECOM, ...kb([['Why is my internet slow?', 'Restart the router and run a speed test.']])].map((e, i) => ({
        ...e,
        questionId: `q${i}`,
        answerId: `a${i}`,
      })),
      'en',
    );
    expect(await asked(index, 'when is the next bus due')).toBeUndefined();
    expect(await asked(index, 'why is my laptop so slow')).toBeUndefined();
    expect(await asked(index, 'why is my connection so slow')).toBe('Why is my internet slow?');
  });

  it('weighs the reason a message gives less than what it asks', async () => {
    const index = await KnowledgeIndex.train(TELECOM, 'en');
    expect(await asked(index, "I want to cancel my plan because I'm moving to my girlfriend's city")).toBe(
      'How do I cancel my plan?',
    );
  });

  it('reads the sentences told before a question as what it tells, not what it asks', async () => {
    const en = createAnalyzer('en');
    expect(en.asides("I've just started university. Is there any discount for students?")).toEqual(
      en.terms("I've just started university"),
    );
    // One sentence, or a question that says nothing of its own: the whole message asks.
    expect(en.asides('Is there any discount for students?')).toEqual([]);
    expect(en.asides('Ordered a new phone on Monday. It still has not arrived. Where is it?')).toEqual([]);
    // What follows the question may say more of it ("es urgente").
    expect(createAnalyzer('es').asides('¿podéis venir hoy mismo? es urgente')).toEqual([]);
    const carrier = await KnowledgeIndex.train(kb(rowsOf('carrier.en.json')), 'en');
    expect(await asked(carrier, "I've just started university. Is there any discount for students?")).toBe(
      'Do you have a student discount?',
    );
    expect(
      await asked(
        carrier,
        "I'm really unhappy with the service I've had. Nobody has called me back. How do I complain?",
      ),
    ).toBe('How do I make a complaint?');
    expect(
      await asked(
        carrier,
        "I'm going to Portugal next week for a wedding. Will my phone work there and what does it cost?",
      ),
    ).toBe('How much does roaming cost in Europe?');
    const es = await KnowledgeIndex.train(kb(rowsOf('banca.es.json')), 'es');
    expect(
      await asked(es, 'Buenos días. Me han cobrado un recibo del gimnasio que ya di de baja. ¿Cómo lo devuelvo?'),
    ).toBe('¿Cómo devuelvo un recibo?');
  });

  it('prefers the question about the thing asked about to one sharing the rest of the words', async () => {
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Cuánto tarda el envío?', 'De 2 a 5 días laborables.'],
        ['¿Cuándo recibo el reembolso?', 'En 14 días desde que recibimos la devolución.'],
        ['¿Cómo devuelvo un producto?', 'Desde Mis pedidos > Devolver.'],
      ]),
      'es',
    );
    expect(await asked(es, 'cuánto tarda el reembolso')).toBe('¿Cuándo recibo el reembolso?');
    expect(await asked(es, 'cuánto tarda el envío a canarias')).toBe('¿Cuánto tarda el envío?');
  });

  it('knows the words of banking and mobile service that customers use for the stored ones', async () => {
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Cómo abro una cuenta?', 'Descarga la app y haz una foto de tu DNI.'],
        ['¿Cómo hago una transferencia?', 'En Operar > Transferencias, con el IBAN.'],
        ['¿Cuáles son las comisiones?', 'No hay comisiones de mantenimiento.'],
        ['¿Cómo solicito un préstamo personal?', 'Simúlalo en la app y fírmalo online.'],
        ['¿Cómo cambio el PIN de la tarjeta?', 'En cualquier cajero de la red.'],
      ]),
      'es',
    );
    expect(await asked(es, 'necesito un crédito de 5000 euros')).toBe('¿Cómo solicito un préstamo personal?');
    expect(await asked(es, 'cómo envío dinero a otra cuenta')).toBe('¿Cómo hago una transferencia?');
    expect(await asked(es, 'quiero cambiar el número secreto')).toBe('¿Cómo cambio el PIN de la tarjeta?');
    expect(await asked(es, 'qué necesito para hacerme cliente')).toBe('¿Cómo abro una cuenta?');
    const pt = await KnowledgeIndex.train(
      kb([
        ['Como abro uma conta?', 'Baixe o aplicativo e envie uma foto do documento.'],
        ['Como peço um cartão adicional?', 'Em Cartão > Adicional.'],
        ['Como agendo um pagamento?', 'Escolha a data em Agendar.'],
        ['Como consulto meu limite disponível?', 'Na tela do Cartão.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'quero abrir uma conta corrente')).toBe('Como abro uma conta?');
    expect(await asked(pt, 'quero um cartão extra para minha filha')).toBe('Como peço um cartão adicional?');
    expect(await asked(pt, 'como programo um pagamento para outro dia')).toBe('Como agendo um pagamento?');
    const en = await KnowledgeIndex.train(
      kb([
        ['How do I top up my prepaid balance?', 'In the app or with a voucher.'],
        ['How do I dispute a charge on my bill?', 'Tap the charge and choose Query this charge.'],
        ['How do I set up autopay?', 'Add a direct debit under Billing.'],
        ['How do I stop spam calls?', 'Turn on Call Shield in the app.'],
      ]),
      'en',
    );
    expect(await asked(en, 'can I recharge my pay as you go credit')).toBe('How do I top up my prepaid balance?');
    expect(await asked(en, 'I want to contest a charge')).toBe('How do I dispute a charge on my bill?');
    expect(await asked(en, 'how do I pay automatically every month')).toBe('How do I set up autopay?');
    expect(await asked(en, 'I keep getting scam calls')).toBe('How do I stop spam calls?');
  });

  it('knows how customers of a bank or a mobile operator say what the stored questions ask, in each language', async () => {
    const bank = await KnowledgeIndex.train(
      kb([
        ['How do I open an account?', 'Apply in the app with your ID.'],
        ['How do I make a transfer?', 'Go to Payments > New payment.'],
        ['How do I apply for a loan?', 'Check your rate in the app under Borrow.'],
        ['How do I increase my overdraft?', 'Request a change under Borrow > Overdraft.'],
        ['How do I activate my debit card?', 'Make a chip and PIN purchase.'],
      ]),
      'en',
    );
    expect(await asked(bank, 'I want to become a customer')).toBe('How do I open an account?');
    expect(await asked(bank, 'how do I send money to someone')).toBe('How do I make a transfer?');
    expect(await asked(bank, "I'd like to borrow 5000 dollars")).toBe('How do I apply for a loan?');
    expect(await asked(bank, 'raise my overdraft')).toBe('How do I increase my overdraft?');
    expect(await asked(bank, 'my new card arrived, how do I start using it')).toBe('How do I activate my debit card?');
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Cómo recargo mi saldo?', 'En la app o en estancos.'],
        ['¿Cómo consulto mi consumo de datos?', 'En la app, en Mi consumo.'],
        ['¿Cómo activo el roaming?', 'En la app, Servicios > Roaming.'],
        ['¿Cómo configuro el buzón de voz?', 'Llama al 242.'],
        ['¿Dónde descargo mis facturas?', 'En la app, Facturas.'],
      ]),
      'es',
    );
    expect(await asked(es, 'cómo meto saldo, por favor')).toBe('¿Cómo recargo mi saldo?');
    expect(await asked(es, 'ver cuántos gigas he gastado')).toBe('¿Cómo consulto mi consumo de datos?');
    expect(await asked(es, 'usar datos en el extranjero')).toBe('¿Cómo activo el roaming?');
    expect(await asked(es, 'cómo escucho el contestador')).toBe('¿Cómo configuro el buzón de voz?');
    expect(await asked(es, 'necesito la factura de octubre')).toBe('¿Dónde descargo mis facturas?');
    const pt = await KnowledgeIndex.train(
      kb([
        ['Como faço uma recarga?', 'Pelo app, no site ou em lotéricas.'],
        ['Minha internet está lenta, o que faço?', 'Reinicie o celular.'],
        ['Como configuro o correio de voz?', 'Disque *100.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'quero colocar crédito no celular')).toBe('Como faço uma recarga?');
    expect(await asked(pt, '4g lento, o que fazer')).toBe('Minha internet está lenta, o que faço?');
    expect(await asked(pt, 'ativar caixa postal')).toBe('Como configuro o correio de voz?');
  });

  it('knows the words of shops, insurers and clinics, in each language', async () => {
    const shop = await KnowledgeIndex.train(
      kb([
        ['Can I change my order after placing it?', 'Within one hour, under My orders > Edit.'],
        ['How do I unsubscribe from your emails?', 'Click Unsubscribe at the bottom of any email.'],
        ['Where is your store?', 'At 10 High Street.'],
      ]),
      'en',
    );
    expect(await asked(shop, 'I made a mistake in my order')).toBe('Can I change my order after placing it?');
    expect(await asked(shop, 'please stop sending me emails')).toBe('How do I unsubscribe from your emails?');
    expect(await asked(shop, "what's your address")).toBe('Where is your store?');
    const clinic = await KnowledgeIndex.train(
      kb([
        ['¿Cómo pido cita?', 'En la app o llamando al 900 111 222.'],
        ['¿Qué horario tiene la clínica?', 'De lunes a viernes de 8:00 a 21:00.'],
        ['¿Hacéis videoconsulta?', 'Sí, desde la app.'],
        ['¿Cuánto cuesta una consulta privada?', '50 €.'],
      ]),
      'es',
    );
    expect(await asked(clinic, 'quiero reservar hora con el médico')).toBe('¿Cómo pido cita?');
    expect(await asked(clinic, '¿abrís los sábados?')).toBe('¿Qué horario tiene la clínica?');
    expect(await asked(clinic, 'consulta por videollamada')).toBe('¿Hacéis videoconsulta?');
    expect(await asked(clinic, 'cuánto me cobran por la consulta')).toBe('¿Cuánto cuesta una consulta privada?');
    const insurer = await KnowledgeIndex.train(
      kb([
        ['Como peço guincho?', 'Pelo app ou 0800.'],
        ['O que o seguro cobre?', 'Colisão, roubo, incêndio e terceiros.'],
        ['Como incluo outro motorista?', 'No app, em Apólice > Condutores.'],
        ['Como faço uma cotação?', 'Informe a placa e o CEP no site.'],
      ]),
      'pt',
    );
    expect(await asked(insurer, 'preciso de um reboque')).toBe('Como peço guincho?');
    expect(await asked(insurer, 'quais são as coberturas do seguro')).toBe('O que o seguro cobre?');
    expect(await asked(insurer, 'adicionar um condutor')).toBe('Como incluo outro motorista?');
    expect(await asked(insurer, 'quero fazer um orçamento')).toBe('Como faço uma cotação?');
  });

  it('knows the words of home internet, cards and flights, in each language', async () => {
    const broadband = await KnowledgeIndex.train(
      kb([
        ['Why is my Wi-Fi not working?', 'Restart the router.'],
        ['How do I change my Wi-Fi name?', 'Edit the network name on the router page.'],
        ['Is there an outage in my area?', 'See the service status page.'],
        ['How do I upgrade my speed?', 'Choose a faster plan.'],
        ['How do I set up parental controls?', 'Turn on Safe browsing in the app.'],
        ['Can I get a static IP address?', 'Yes, for 5 a month.'],
      ]),
      'en',
    );
    expect(await asked(broadband, 'my wifi keeps dropping')).toBe('Why is my Wi-Fi not working?');
    expect(await asked(broadband, 'rename my wireless network')).toBe('How do I change my Wi-Fi name?');
    expect(await asked(broadband, 'is the internet down in my area')).toBe('Is there an outage in my area?');
    expect(await asked(broadband, 'I want faster internet')).toBe('How do I upgrade my speed?');
    expect(await asked(broadband, 'how do I turn on the kids filter')).toBe('How do I set up parental controls?');
    expect(await asked(broadband, 'do you offer a fixed ip')).toBe('Can I get a static IP address?');
    const card = await KnowledgeIndex.train(
      kb([
        ['Como vejo minha fatura?', 'No app, em Faturas.'],
        ['Tem anuidade?', 'Não, o cartão não tem anuidade.'],
      ]),
      'pt',
    );
    expect(await asked(card, 'onde encontro minha fatura')).toBe('Como vejo minha fatura?');
    expect(await asked(card, 'o cartão tem taxa anual?')).toBe('Tem anuidade?');
    const airline = await KnowledgeIndex.train(
      kb([
        ['¿Cómo hago el check-in online?', 'Desde 48 horas antes, en la web o la app.'],
        ['¿Qué hago si pierden mi maleta?', 'Repórtalo en el mostrador de equipajes.'],
        ['¿Cómo elijo asiento?', 'En Mis reservas > Asientos.'],
      ]),
      'es',
    );
    expect(await asked(airline, 'cómo saco la tarjeta de embarque')).toBe('¿Cómo hago el check-in online?');
    expect(await asked(airline, 'se ha perdido mi maleta')).toBe('¿Qué hago si pierden mi maleta?');
  });

  it('knows the words of energy, fibre and shops, in each language', async () => {
    const energy = await KnowledgeIndex.train(
      kb([
        ['Why is my bill so high?', 'Usually higher usage or an estimated reading.'],
        ['What should I do in a power cut?', 'Check the outage map or call 105.'],
        ['How do I report a gas leak?', 'Leave the property and call 0800 111 999.'],
        ["Can I get help if I'm struggling to pay?", 'Yes, ask about a payment plan.'],
      ]),
      'en',
    );
    expect(await asked(energy, 'why am I paying so much')).toBe('Why is my bill so high?');
    expect(await asked(energy, "there's a blackout in my area")).toBe('What should I do in a power cut?');
    expect(await asked(energy, 'I can smell gas')).toBe('How do I report a gas leak?');
    expect(await asked(energy, "I can't afford to pay")).toBe("Can I get help if I'm struggling to pay?");
    const fibre = await KnowledgeIndex.train(
      kb([
        ['¿Hay una avería en mi zona?', 'Consulta el estado del servicio en la app.'],
        ['¿Cómo aumento la velocidad?', 'Cambia a una tarifa con más megas.'],
        ['¿Tenéis televisión?', 'Sí, con 80 canales.'],
        ['¿Por qué mi factura es tan alta?', 'Revisa el detalle en la app.'],
      ]),
      'es',
    );
    expect(await asked(fibre, 'se ha caído internet en mi zona')).toBe('¿Hay una avería en mi zona?');
    expect(await asked(fibre, 'quiero subir la velocidad')).toBe('¿Cómo aumento la velocidad?');
    expect(await asked(fibre, '¿ofrecéis tele?')).toBe('¿Tenéis televisión?');
    expect(await asked(fibre, 'por qué pago tanto')).toBe('¿Por qué mi factura es tan alta?');
    const shop = await KnowledgeIndex.train(
      kb([
        ['Qual o prazo de entrega?', 'De 3 a 7 dias úteis.'],
        ['Como rastreio meu pedido?', 'Use o código de rastreio.'],
        ['Como cancelo meu pedido?', 'Em Meus pedidos, antes do envio.'],
      ]),
      'pt',
    );
    expect(await asked(shop, 'em quantos dias vocês entregam')).toBe('Qual o prazo de entrega?');
    expect(await asked(shop, 'onde está minha encomenda')).toBe('Como rastreio meu pedido?');
    expect(await asked(shop, 'quero desistir do pedido')).toBe('Como cancelo meu pedido?');
  });

  it('knows more of how telco and bank customers put it, in each language', async () => {
    const telco = await KnowledgeIndex.train(
      kb([
        ['What happens if I go over my data allowance?', 'We slow your data until your next billing date.'],
        ['How do I report a network problem?', 'Use the network checker in the app.'],
        ["Why can't I send texts?", 'Check your message centre number.'],
        ['Do you offer a student discount?', 'Yes, 10% off with a student ID.'],
      ]),
      'en',
    );
    expect(await asked(telco, 'what if I run out of data')).toBe('What happens if I go over my data allowance?');
    expect(await asked(telco, 'I have no signal, is there a problem')).toBe('How do I report a network problem?');
    expect(await asked(telco, 'my sms are not going through')).toBe("Why can't I send texts?");
    expect(await asked(telco, 'is there a student deal')).toBe('Do you offer a student discount?');
    const bank = await KnowledgeIndex.train(
      kb([
        ['Como faço um DOC ou TED?', 'Em Transferências > TED.'],
        ['Como vejo meu saldo?', 'Na tela inicial do app.'],
        ['Como cadastro a biometria?', 'Em Perfil > Segurança > Biometria.'],
      ]),
      'pt',
    );
    expect(await asked(bank, 'como mando dinheiro para minha mãe')).toBe('Como faço um DOC ou TED?');
    expect(await asked(bank, 'quanto dinheiro tenho na conta')).toBe('Como vejo meu saldo?');
    expect(await asked(bank, 'quero usar o reconhecimento facial')).toBe('Como cadastro a biometria?');
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Qué pasa si gasto todos mis datos?', 'La velocidad baja hasta el próximo ciclo.'],
        ['¿Cómo reclamo una factura?', 'En la app, en Facturas > Reclamar.'],
        ['¿Tenéis descuento para estudiantes?', 'Sí, un 10%.'],
      ]),
      'es',
    );
    expect(await asked(es, 'me he quedado sin datos')).toBe('¿Qué pasa si gasto todos mis datos?');
    expect(await asked(es, 'no estoy de acuerdo con la factura')).toBe('¿Cómo reclamo una factura?');
    expect(await asked(es, '¿hay ofertas para estudiantes?')).toBe('¿Tenéis descuento para estudiantes?');
  });

  it('finds the question in a message that tells a story first', async () => {
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Cómo sigo mi pedido?', 'En Mi cuenta > Pedidos.'],
        ['¿Cómo activo mi tarjeta?', 'En la app, Tarjetas > Activar.'],
        ['¿Cómo cancelo un pedido?', 'Antes de que se envíe.'],
      ]),
      'es',
    );
    expect(
      await asked(es, 'Hola, hice un pedido hace una semana y todavía no ha llegado, ¿cómo puedo saber dónde está?'),
    ).toBe('¿Cómo sigo mi pedido?');
    expect(await asked(es, 'Me llegó la tarjeta nueva esta mañana, ¿qué tengo que hacer para empezar a usarla?')).toBe(
      '¿Cómo activo mi tarjeta?',
    );
    const pt = await KnowledgeIndex.train(
      kb([
        ['Como desbloqueio meu cartão?', 'No app, em Cartão > Desbloquear.'],
        ['Como pago a fatura do cartão?', 'No app ou com boleto.'],
      ]),
      'pt',
    );
    expect(
      await asked(pt, 'Bom dia, ontem tentei pagar o jantar e o cartão estava bloqueado. Como faço para desbloquear?'),
    ).toBe('Como desbloqueio meu cartão?');
  });

  it('knows the words of help desks and universities, and joins two words the knowledge base writes as one', async () => {
    const it = await KnowledgeIndex.train(
      kb([
        ['My laptop is slow, what can I do?', 'Restart it and close unused programs.'],
        ['How do I set up multi-factor authentication?', 'Install the authenticator app.'],
        ['What do I do if I get a phishing email?', 'Use the Report phishing button.'],
        ['My account is locked, what do I do?', 'Wait 15 minutes.'],
        ['How do I reset my password?', 'Use Forgot password.'],
      ]),
      'en',
    );
    expect(await asked(it, 'my computer is really sluggish')).toBe('My laptop is slow, what can I do?');
    expect(await asked(it, 'set up 2fa')).toBe('How do I set up multi-factor authentication?');
    expect(await asked(it, 'I got a suspicious email')).toBe('What do I do if I get a phishing email?');
    expect(await asked(it, "I'm locked out of my account")).toBe('My account is locked, what do I do?');
    const university = await KnowledgeIndex.train(
      kb([
        ['Is there student housing on campus?', 'Yes, halls of residence.'],
        ['Where can I see my grades?', 'In the student portal.'],
      ]),
      'en',
    );
    expect(await asked(university, 'do you have dorms for students?')).toBe('Is there student housing on campus?');
    expect(await asked(university, 'where do I check my exam results')).toBe('Where can I see my grades?');
    const hr = await KnowledgeIndex.train(
      kb([
        ['Como funciona o vale-transporte?', 'Peça no portal.'],
        ['Como peço férias?', 'No portal, em Férias.'],
      ]),
      'pt',
    );
    expect(await asked(hr, 'quero pedir vale transporte')).toBe('Como funciona o vale-transporte?');
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Dónde veo mis notas?', 'En la secretaría virtual.'],
        ['¿Hay residencia de estudiantes?', 'Sí, tres en el campus.'],
      ]),
      'es',
    );
    expect(await asked(es, 'consultar mis calificaciones')).toBe('¿Dónde veo mis notas?');
    expect(await asked(es, '¿hay alojamiento para estudiantes?')).toBe('¿Hay residencia de estudiantes?');
  });

  /** A knowledge base of a domain, in its language, and how its customers ask its questions. */
  interface Domain {
    name: string;
    language: string;
    rows: Array<[question: string, answer: string]>;
    asked: Array<[phrasing: string, question: string]>;
    /** Questions for someone else, which get no answer. */
    offTopic?: string[];
  }
  const domains: Domain[] = [
    {
      name: 'a telecom FAQ (en): the final day to pay is when the bill is due; a bigger plan is an upgrade',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [
        ["what's the final day to pay this month's bill", 'When is my bill due?'],
        ['could i have a bigger data plan please', 'How do I upgrade my plan?'],
      ],
    },
    {
      name: "a tenants' union (en): getting together is meeting; a landlord who lets himself in enters",
      language: 'en',
      rows: rowsOf('tenantsunion.en.json'),
      asked: [
        ['what day do you all get together', 'When are your meetings?'],
        ['can the landlord just let himself in', 'Can my landlord enter without asking?'],
      ],
    },
    {
      name: 'a Portuguese bank (pt): after midnight (meia-noite) is the night',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['qual o limite pra pix depois da meia-noite?', 'Qual o limite do Pix à noite?']],
    },
    {
      name: 'a dressmaking school (es): taking up a hem is an alteration',
      language: 'es',
      rows: rowsOf('corteconfeccion.es.json'),
      asked: [['me interesa aprender a cortar el bajo de una falda', '¿Enseñáis a hacer arreglos?']],
    },
    {
      name: 'a telecom FAQ (en): the router turned off and on is the router restarted',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['do i just switch the router off and on when it drops', 'How do I reset my router?']],
    },
    {
      name: 'an amateur radio club (en): what being a member costs is membership',
      language: 'en',
      rows: rowsOf('hamradio.en.json'),
      asked: [['what do i pay each year for being a member', 'How much is club membership?']],
    },
    {
      name: 'a flight school (es): paying all at once says nothing of what is asked',
      language: 'es',
      rows: rowsOf('escuelapilotos.es.json'),
      asked: [['no puedo pagarlo de golpe, ¿me lo financiáis?', '¿Hay financiación?']],
    },
    {
      name: 'a carrier (en): texts saying one has won a prize are spam',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['my dad gets texts telling him he won a prize every day', 'How do I stop spam calls and texts?']],
    },
    {
      name: 'the demo bot (en): where on disk asks for a file, and encrypted on disk asks about data at rest',
      language: 'en',
      rows: [
        ['Where is the database file?', 'In data/gateway.sqlite under the working folder.'],
        ['Is the data encrypted at rest?', 'Secrets are encrypted with AES-GCM; the rest is as safe as the disk.'],
        ['What tables does the database have?', 'The Guaribas tables: instances, questions, answers, conversations.'],
        ['How do I deploy a bot?', 'Upload its .gbai package.'],
      ],
      asked: [
        ['whereabouts on disk is the sqlite db', 'Where is the database file?'],
        ['is everything scrambled on disk', 'Is the data encrypted at rest?'],
      ],
    },
    {
      name: 'a telecom FAQ (en): a different password is changing it; working with a different SIM is unlocking',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [
        ['how can i choose a different password for my online account', 'How do I change my password?'],
        ['will this phone take a different sim if i go abroad', 'How do I unlock my phone?'],
      ],
    },
    {
      name: 'a model aircraft flying club (en): a DJI is a drone',
      language: 'en',
      rows: rowsOf('modelflying.en.json'),
      asked: [['can i bring my dji to the field', 'Can I fly a drone at the club?']],
    },
    {
      name: 'a Portuguese bank (pt): a card only for shopping on the internet is a virtual card',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['como consigo um cartão pra compras na internet', 'Como peço um cartão virtual?']],
    },
    {
      name: 'a land clearing company (es): clearing a plot of weeds is desbrozar it',
      language: 'es',
      rows: rowsOf('desbroce.es.json'),
      asked: [['¿qué cobráis por limpiar de maleza una parcela?', '¿Cuánto cuesta desbrozar una parcela?']],
    },
    {
      name: 'a lost pet search service (en): a dog that ran off is lost',
      language: 'en',
      rows: rowsOf('petsearch.en.json'),
      asked: [['my terrier ran off on the beach this morning, how do you find dogs', 'How do you find lost pets?']],
    },
    {
      name: 'a carrier (en): anything cheaper for students is a student discount',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['do you do anything cheaper for uni students', 'Do you have a student discount?']],
    },
    {
      name: 'the demo bot (en): a WordPress site is a website',
      language: 'en',
      rows: [
        ['Can I put the chat on my website?', 'Yes: the web chat is a script tag on any page.'],
        ['Which channels do you support?', 'WhatsApp, Teams, Telegram, SMS, email and web chat.'],
        ['What is Direct Line?', 'The protocol the web chat speaks.'],
        ['How do I deploy a bot?', 'Upload its .gbai package.'],
      ],
      asked: [['how would i add the chat box to our wordpress site', 'Can I put the chat on my website?']],
    },
    {
      name: "a Portuguese bank (pt): never having had an account is opening one; left without one's card is losing it",
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['nunca tive uma conta, o que preciso pra começar', 'Como abro uma conta?'],
        ['fiquei sem o cartão ontem no shopping', 'Perdi meu cartão, o que faço?'],
      ],
    },
    {
      name: 'a legionella control company (es): being left without water is its being cut',
      language: 'es',
      rows: rowsOf('legionela.es.json'),
      asked: [
        [
          '¿cuántas horas nos quedamos sin agua con la desinfección?',
          '¿Hay que cortar el agua durante el tratamiento?',
        ],
      ],
    },
    {
      name: 'the demo bot (en): forking it to do something with it asks whether it is open source',
      language: 'en',
      rows: [
        ['Is it open source?', 'Yes. The gateway, its bot package format and its data model are open source.'],
        ['How do I update a bot?', 'Deploy its package again.'],
        ['What is this product?', 'An omnichannel gateway for bots.'],
        ['Who is behind this project?', 'General Bots is an open-source project.'],
        ['How is a bot organised?', 'A bot is a .gbai folder.'],
      ],
      asked: [['could we fork it and rebrand it for a customer', 'Is it open source?']],
    },
    {
      name: 'a telecom FAQ (en): a pdf of a bill is a copy; a new password needed is changing it; his phone left somewhere is lost; an engineer to come out and look at a line is a visit',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [
        ['my accountant needs a pdf of the charges from june', 'How do I get a copy of my invoice?'],
        ['my details were in a data breach, i need a new password', 'How do I change my password?'],
        [
          'my husband left his phone in a taxi last night, please stop it being used',
          'How do I block a lost or stolen phone?',
        ],
        ['could an engineer come out and look at the socket', 'How do I schedule a technician visit?'],
      ],
    },
    {
      name: 'a community tool library (en): picking things up is collecting them',
      language: 'en',
      rows: rowsOf('toollibrary.en.json'),
      asked: [['what time can i pick stuff up on saturday', 'When can I collect and return tools?']],
    },
    {
      name: 'a Portuguese bank (pt): a purchase from a shop one never went into is not recognised',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [
        ['veio uma compra de uma loja que eu nunca entrei na fatura', 'Como contesto uma compra que não reconheço?'],
      ],
    },
    {
      name: 'a pigeon control company (es): the president of the stairwell speaks for the residents',
      language: 'es',
      rows: rowsOf('palomas.es.json'),
      asked: [
        ['soy la presidenta de la escalera, ¿nos pasáis presupuesto?', '¿Hacéis trabajos para comunidades de vecinos?'],
      ],
    },
    {
      name: 'a telecom FAQ (en): the high street is a street, no height',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['got a shop on the high street?', 'Where is the nearest store?']],
    },
    {
      name: 'a coffee machine repairer (es): how many days they keep it is how long',
      language: 'es',
      rows: rowsOf('reparacioncafeteras.es.json'),
      asked: [['¿cuántos días os la quedáis más o menos?', '¿Cuánto tarda la reparación?']],
    },
    {
      name: 'a litter picking group (en): a syringe is a needle, a meeting point is where one meets',
      language: 'en',
      rows: rowsOf('litterpick.en.json'),
      asked: [
        ['we found a syringe by the swings, what now?', 'What should I do if I find a needle?'],
        ['where is the meeting point?', 'Where do we meet?'],
      ],
    },
    {
      name: 'a Portuguese bank (pt): a pix to another person is no person to talk to; the caixa 24h is the ATM',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['como faço pix pra outra pessoa?', 'Como faço um Pix?'],
        ['como retiro dinheiro no caixa 24h', 'Como saco dinheiro?'],
      ],
    },
    {
      name: 'a packaging shop (pt): buying in quantity is buying wholesale',
      language: 'pt',
      rows: rowsOf('embalagens.pt.json'),
      asked: [['compro em grande quantidade, tem preço especial?', 'Vocês vendem no atacado?']],
    },
    {
      name: 'a vehicle wrapping workshop (es): a furgo is a furgoneta',
      language: 'es',
      rows: rowsOf('rotulacion.es.json'),
      asked: [['¿cuánto cuesta rotular mi furgo?', '¿Cuánto cuesta rotular una furgoneta?']],
    },
    {
      name: 'a used cooking oil collector (es): being charged anything asks the price',
      language: 'es',
      rows: rowsOf('aceiteusado.es.json'),
      asked: [['¿nos cobran algo por la recogida?', '¿Cuánto cuesta el servicio de recogida?']],
    },
    {
      name: 'a rope access company (es): what a job takes one is how long it takes',
      language: 'es',
      rows: rowsOf('trabajosverticales.es.json'),
      asked: [['¿cuántos días os lleva?', '¿Cuánto tarda la obra?']],
    },
    {
      name: 'a lift company (es): a subvención is one of the ayudas',
      language: 'es',
      rows: rowsOf('ascensores.es.json'),
      asked: [['¿dan subvenciones?', '¿Hay ayudas para instalar un ascensor?']],
    },
    {
      name: 'a sash window restorer (en): a refurb is a restoration',
      language: 'en',
      rows: rowsOf('sashwindows.en.json'),
      asked: [['what does a refurb cost per window?', 'How much does it cost to restore a sash window?']],
    },
    {
      name: 'a billboard company (pt): the tamanho is the medidas',
      language: 'pt',
      rows: rowsOf('outdoor.pt.json'),
      asked: [['qual o tamanho do painel?', 'Quais são as medidas do outdoor?']],
    },
    {
      name: 'a terrace enclosure installer (es): measuring without charging is a free medición',
      language: 'es',
      rows: rowsOf('cerramientos.es.json'),
      asked: [['¿venís a medirlo sin coste?', '¿Hacéis la medición gratis?']],
    },
    {
      name: 'the demo bot (en): whose a project is asks who is behind it',
      language: 'en',
      rows: [
        ['Who is behind this project?', 'General Bots is an open-source project.'],
        ['What is this project?', 'An omnichannel gateway for bots.'],
        ['Is it open source?', 'Yes, under the AGPL.'],
        ['How is a bot organised?', 'A bot is a .gbai folder.'],
        ['What is Guaribas?', 'The General Bots data model.'],
      ],
      asked: [['whose project is this?', 'Who is behind this project?']],
    },
    {
      name: 'a CV writing service (en): a resume is a CV',
      language: 'en',
      rows: rowsOf('cvwriting.en.json'),
      asked: [['what do you charge for resumes', 'How much does a CV rewrite cost?']],
    },
    {
      name: 'a coffee machine repairer (es): looking at it is the diagnosis, not hot is cold, refurbished is second-hand',
      language: 'es',
      rows: rowsOf('reparacioncafeteras.es.json'),
      asked: [
        ['¿me cobráis algo por echarle un vistazo?', '¿Cuánto cuesta el diagnóstico?'],
        ['el café ya no sale caliente', 'El café sale frío, ¿qué le pasa?'],
        ['¿vendéis cafeteras de segunda mano?', '¿Vendéis cafeteras reacondicionadas?'],
      ],
    },
    {
      name: 'a door supervisor training centre (en): paying it off over weeks is paying in instalments',
      language: 'en',
      rows: rowsOf('siatraining.en.json'),
      asked: [['could i pay it off over a couple of months?', 'Can I pay in instalments?']],
    },
    {
      name: 'a customs broker (pt): a tributo is a tax; working somewhere is serving there',
      language: 'pt',
      rows: rowsOf('despachanteaduaneiro.pt.json'),
      asked: [
        ['quanto pago de tributo pra importar?', 'Quais impostos pago na importação?'],
        ['vocês trabalham em Paranaguá?', 'Vocês atendem em quais portos e aeroportos?'],
      ],
    },
    {
      name: 'an inheritance advisory (es): until when one has is the plazo',
      language: 'es',
      rows: rowsOf('herencias.es.json'),
      asked: [
        ['¿hasta cuándo tenemos para liquidar el impuesto?', '¿Qué plazo hay para pagar el impuesto de sucesiones?'],
      ],
    },
    {
      name: 'a telecom FAQ (en): transferring my mobile number is porting it',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['transferring my mobile number over from three', 'How do I port my number from another carrier?']],
    },
    {
      name: 'a virtual reality arcade (en): the largest group size is how many people can play',
      language: 'en',
      rows: rowsOf('vrarcade.en.json'),
      asked: [["what's your largest group size?", 'How many people can play together?']],
    },
    {
      name: 'a loft conversion company (en): a price with no obligation is a free quote',
      language: 'en',
      rows: rowsOf('loftconversion.en.json'),
      asked: [['can we get a no obligation quote?', 'Do you offer a free quote?']],
    },
    {
      name: 'a telecom FAQ (en): a bill out of my bank account every month is a direct debit',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['can the bill come from my bank account every month?', 'How do I set up direct debit?']],
    },
    {
      name: 'a Portuguese bank (pt): an apertado limit is to be raised; money left rendendo is invested',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['o limite do cartão tá apertado, tem como?', 'Como aumento o limite do cartão?'],
        ['onde posso deixar o dinheiro rendendo?', 'Como invisto meu dinheiro?'],
      ],
    },
    {
      name: 'an eyebrow studio (pt): how many years it lasts is how long',
      language: 'pt',
      rows: rowsOf('sobrancelhas.pt.json'),
      asked: [['micro dura quantos anos?', 'Quanto tempo dura a micropigmentação?']],
    },
    {
      name: 'a grants consultancy (es): justifying a grant is its justificación, lending a hand asks',
      language: 'es',
      rows: rowsOf('subvenciones.es.json'),
      asked: [['tenemos que justificar la ayuda, ¿nos echáis una mano?', '¿Os encargáis de la justificación?']],
    },
    {
      name: 'a vehicle paperwork service (pt): a recurso is recorrer',
      language: 'pt',
      rows: rowsOf('despachante.pt.json'),
      asked: [['essa multa foi injusta, posso recorrer?', 'Vocês fazem recurso de multa?']],
    },
    {
      name: 'a karate club (en): a tournament is a competition',
      language: 'en',
      rows: rowsOf('karate.en.json'),
      asked: [['can my kids go in for tournaments?', 'Do you enter competitions?']],
    },
    {
      name: 'an art gallery (pt): what is exposto is the exposição',
      language: 'pt',
      rows: rowsOf('galeriaarte.pt.json'),
      asked: [['o que vocês têm exposto este mês?', 'Qual é a exposição em cartaz?']],
    },
    {
      name: 'a nuclear medicine clinic (pt): what faz mal is perigoso',
      language: 'pt',
      rows: rowsOf('medicinanuclear.pt.json'),
      asked: [['esse exame faz mal?', 'O exame é perigoso?']],
    },
    {
      name: 'a neurophysiology clinic (es): the doctor sending one is the volante',
      language: 'es',
      rows: rowsOf('neurofisiologia.es.json'),
      asked: [['¿es necesario que me mande el médico de cabecera?', '¿Necesito volante?']],
    },
    {
      name: 'a genetic testing service (en): hearing back is the results',
      language: 'en',
      rows: rowsOf('genetics.en.json'),
      asked: [['when will i hear back?', 'How long do results take?']],
    },
    {
      name: 'a trichology clinic (pt): going bald is calvície',
      language: 'pt',
      rows: rowsOf('tricologia.pt.json'),
      asked: [['meu marido tá ficando careca, vocês tratam?', 'Vocês tratam calvície masculina?']],
    },
    {
      name: 'a cord blood bank (es): mellizos are gemelos',
      language: 'es',
      rows: rowsOf('cordon.es.json'),
      asked: [['¿y si son mellizos?', '¿Y si nacen gemelos?']],
    },
    {
      name: 'a lymphoedema clinic (en): seeing the GP first asks whether a referral is needed',
      language: 'en',
      rows: rowsOf('lymphoedema.en.json'),
      asked: [['do i have to see my gp first?', 'Do I need a referral?']],
    },
    {
      name: "a men's health clinic (en): a sexual health check asks about STIs, losing one's hair is hair loss",
      language: 'en',
      rows: rowsOf('menshealth.en.json'),
      asked: [
        ['can i get a sexual health check?', 'Do you test for STIs?'],
        ["i'm losing my hair, can you help?", 'Do you offer hair loss treatment?'],
      ],
    },
    {
      name: 'a spine clinic (pt): a crooked spine is scoliosis, the operation is the surgery',
      language: 'pt',
      rows: rowsOf('coluna.pt.json'),
      asked: [
        ['meu filho tem a coluna torta', 'Vocês tratam escoliose?'],
        ['quanto tempo parado depois da operação?', 'Quanto tempo de repouso depois da cirurgia?'],
      ],
    },
    {
      name: 'a party clothes rental (pt): a niece is a relative like the others',
      language: 'pt',
      rows: rowsOf('aluguelroupa.pt.json'),
      asked: [['vocês têm roupa de daminha pra minha sobrinha?', 'Tem roupa infantil?']],
    },
    {
      name: 'a menopause clinic (en): hormone replacement is HRT',
      language: 'en',
      rows: rowsOf('menopause.en.json'),
      asked: [['thinking about hormone replacement', 'Do you prescribe HRT?']],
    },
    {
      name: 'a sexual health centre (es): the ITS spelt out, the PrEP spelt out, the emergency pill',
      language: 'es',
      rows: rowsOf('saludsexual.es.json'),
      asked: [
        ['¿me miráis si tengo alguna enfermedad de transmisión sexual?', '¿Hacéis pruebas de ITS?'],
        ['¿ofrecéis profilaxis pre exposición?', '¿Dais la PrEP?'],
        ['¿me dais la pastilla del día después?', '¿Dais la píldora del día después?'],
      ],
    },
    {
      name: 'a private GP (en): which street asks where, a sick note is a fit note',
      language: 'en',
      rows: rowsOf('privategp.en.json'),
      asked: [
        ['which street is the surgery on', 'Where are you?'],
        ['i need a sick note for work', 'Can I get a fit note?'],
      ],
    },
    {
      name: 'a stop-smoking clinic (pt): a comprimido is a remédio, ganhar peso is engordar',
      language: 'pt',
      rows: rowsOf('tabagismo.pt.json'),
      asked: [
        ['vocês passam comprimido?', 'Vocês usam remédio para parar de fumar?'],
        ['vou ganhar peso?', 'Vou engordar se parar de fumar?'],
      ],
    },
    {
      name: 'a bank (pt): wanting an account is opening one',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['queria uma conta com vocês', 'Como abro uma conta?']],
    },
    {
      name: "a telecom (en): someone's is someone is, no word of what is asked",
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [["someone's been using my login so i want to set a fresh password", 'How do I change my password?']],
    },
    {
      name: 'an obstetrician (pt): after the birth is the pós-parto, the water breaking the bolsa',
      language: 'pt',
      rows: rowsOf('obstetricia.pt.json'),
      asked: [
        ['tem consulta depois do parto?', 'Vocês fazem consulta pós-parto?'],
        ['a bolsa rompeu, e agora?', 'O que faço se a bolsa estourar?'],
      ],
    },
    {
      name: 'a home nursing service (es): pincharse is an injection, a terminal illness palliative care, how far they go their area',
      language: 'es',
      rows: rowsOf('enfermeriadomicilio.es.json'),
      asked: [
        ['tengo que pincharme la insulina y me da miedo', '¿Ponéis inyecciones en casa?'],
        ['mi padre es un enfermo terminal', '¿Hacéis cuidados paliativos?'],
        ['¿vais hasta Pozuelo?', '¿En qué zonas trabajáis?'],
      ],
    },
    {
      name: 'a bank (pt): a brother-in-law is no word of what is asked',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['manda um pix pro meu cunhado', 'Como faço um Pix?']],
    },
    {
      name: 'a hyperbaric oxygen centre (en): its risks ask whether it is safe',
      language: 'en',
      rows: rowsOf('hyperbaric.en.json'),
      asked: [['is it risky?', 'Is it safe?']],
    },
    {
      name: "a telecom (en): calls sent to one's own other phone are forwarded",
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['can i have my calls sent to my landline', 'How do I set up call forwarding?']],
    },
    {
      name: 'a skateboarding school (pt): an adult age said with whether one still can asks what there is for adults',
      language: 'pt',
      rows: rowsOf('escolaskate.pt.json'),
      asked: [['tenho 52 anos, ainda dá pra aprender?', 'Adultos podem fazer aula?']],
    },
    {
      name: 'an orthodontist (pt): dividing the payment is paying in instalments',
      language: 'pt',
      rows: rowsOf('ortodontia.pt.json'),
      asked: [['posso dividir o pagamento?', 'Vocês parcelam o tratamento?']],
    },
    {
      name: 'a travel clinic (es): being N months along, said in words, is being pregnant; paludismo is malaria',
      language: 'es',
      rows: rowsOf('viajero.es.json'),
      asked: [
        ['estoy de siete meses, ¿puedo ponerme la vacuna?', '¿Puedo vacunarme si estoy embarazada?'],
        ['¿qué hay que tomar para prevenir el paludismo?', '¿Recetáis pastillas contra la malaria?'],
      ],
    },
    {
      name: 'an IV drip clinic (en): which station is the closest asks where',
      language: 'en',
      rows: rowsOf('ivclinic.en.json'),
      asked: [['which station is the closest?', 'Where are you?']],
    },
    {
      name: "a bank (pt): a value's teto is its limit",
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['de madrugada tem teto?', 'Qual o limite do Pix à noite?']],
    },
    {
      name: 'a telecom (en): a phone that takes no SIM from another network is to be unlocked',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['it rejects a sim from a different network', 'How do I unlock my phone?']],
    },
    {
      name: 'a proctology clinic (pt): the procto is the proctologist, days without going to the bathroom constipation',
      language: 'pt',
      rows: rowsOf('proctologia.pt.json'),
      asked: [
        ['quanto custa passar com o procto?', 'Quanto custa a consulta com o proctologista?'],
        ['passo dias sem ir ao banheiro', 'Vocês tratam intestino preso?'],
      ],
    },
    {
      name: 'a breast clinic (pt): an ecografia is an ultrasound, the seios the breasts',
      language: 'pt',
      rows: rowsOf('mastologia.pt.json'),
      asked: [['fazem ecografia dos seios?', 'Vocês fazem ultrassom de mama?']],
    },
    {
      name: 'a nephrology practice (es): renal colic is kidney stones, the address asked for is where, whether it is covered asks no more than the insurer named',
      language: 'es',
      rows: rowsOf('nefrologia.es.json'),
      asked: [
        ['me dio un cólico nefrítico', '¿Tratáis las piedras en el riñón?'],
        ['¿me podéis decir la dirección?', '¿Dónde está la consulta?'],
        ['soy de asisa, ¿me lo cubren?', '¿Trabajáis con seguros?'],
      ],
    },
    {
      name: 'a carrier (en): running out of data is buying more, an eight-digit code asked for is the PUK',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ["i'm out of data again", 'How do I buy more data?'],
        ['it wants an eight digit code', 'My SIM is blocked, what is my PUK code?'],
      ],
    },
    {
      name: 'an infectious diseases practice (pt): cystitis is a urinary infection',
      language: 'pt',
      rows: rowsOf('infectologia.pt.json'),
      asked: [['vivo tendo cistite', 'Vocês tratam infecção urinária de repetição?']],
    },
    {
      name: 'a trauma practice (es): lumbago is back pain, Fiatc an insurer',
      language: 'es',
      rows: rowsOf('traumatologia.es.json'),
      asked: [
        ['me ha dado un lumbago', '¿Tratáis el dolor de espalda?'],
        ['¿aceptáis fiatc?', '¿Trabajáis con mutuas?'],
      ],
    },
    {
      name: 'a chess club (en): the annual sub is what membership costs',
      language: 'en',
      rows: rowsOf('chessclub.en.json'),
      asked: [['how much are the annual subs', 'How much is membership?']],
    },
    {
      name: 'a bank (pt): a first account is opening one',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['fiz 18 anos, quero minha primeira conta', 'Como abro uma conta?']],
    },
    {
      name: 'a haematology clinic (pt): cancer of the blood is leukaemia',
      language: 'pt',
      rows: rowsOf('hematologia.pt.json'),
      asked: [['minha avó tem câncer no sangue', 'Vocês tratam leucemia e linfoma?']],
    },
    {
      name: 'a pulmonology practice (es): an insurer named is the mutua a question asks about, though the answer lists it',
      language: 'es',
      rows: rowsOf('neumologia.es.json'),
      asked: [['¿aceptáis asisa?', '¿Trabajáis con mutuas?']],
    },
    {
      name: 'a urology clinic (pt): an insurer named is the convênio, also beside the plan it is',
      language: 'pt',
      rows: rowsOf('urologia.pt.json'),
      asked: [
        ['vocês aceitam amil', 'Vocês atendem convênio?'],
        ['meu plano é sulamérica, aceitam?', 'Vocês atendem convênio?'],
      ],
    },
    {
      name: 'a cancer centre (en): a health insurer by name is insurance',
      language: 'en',
      rows: rowsOf('oncology.en.json'),
      asked: [['is aviva accepted', 'Is my treatment covered by insurance?']],
    },
    {
      name: 'a neurology clinic (pt): the neuro is the neurologist',
      language: 'pt',
      rows: rowsOf('neurologia.pt.json'),
      asked: [['quanto custa a consulta com o neuro?', 'Quanto custa a consulta com o neurologista?']],
    },
    {
      name: 'a varicose vein clinic (en): the address, or the nearest station, asks where',
      language: 'en',
      rows: rowsOf('veinclinic.en.json'),
      asked: [
        ['can you send me the address please', 'Where is the clinic?'],
        ["what's your nearest station", 'Where is the clinic?'],
      ],
    },
    {
      name: 'the demo bot (en): step one is getting started',
      language: 'en',
      rows: [
        ['How do I get started with General Bots?', 'Run npm ci && npm start, then open the web chat.'],
        ['How do I install the gateway?', 'Clone it and run npm ci.'],
        ['Is there a health check?', 'GET /health.'],
        ['Is it open source?', 'Yes, under the AGPL.'],
      ],
      asked: [["ok, what's step one", 'How do I get started with General Bots?']],
    },
    {
      name: 'a bank (pt): conversar com is falar com',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['tem como conversar com gente de verdade?', 'Como falo com um atendente?']],
    },
    {
      name: 'an endocrinology clinic (pt): passing on the address, or the nearest metro, asks where',
      language: 'pt',
      rows: rowsOf('endocrinologia.pt.json'),
      asked: [
        ['pode me passar o endereço?', 'Onde fica a clínica?'],
        ['tem metrô mais próximo?', 'Onde fica a clínica?'],
      ],
    },
    {
      name: 'a rheumatology practice (es): blood tests (pruebas de sangre) are an análisis',
      language: 'es',
      rows: rowsOf('reumatologia.es.json'),
      asked: [['me hago pruebas de sangre antes de la visita', '¿Qué análisis tengo que traer?']],
    },
    {
      name: 'a pulmonology practice (es): giving up tobacco is quitting smoking, the disease spelt out is the EPOC',
      language: 'es',
      rows: rowsOf('neumologia.es.json'),
      asked: [
        ['necesito quitarme del tabaco ya', '¿Me ayudáis a dejar de fumar?'],
        ['tengo una enfermedad pulmonar obstructiva crónica', '¿Tratáis la EPOC?'],
      ],
    },
    {
      name: 'a reflexologist (en): the street one is on asks where',
      language: 'en',
      rows: rowsOf('reflexology.en.json'),
      asked: [['what street are you in', 'Where is the practice?']],
    },
    {
      name: 'a cardiology clinic (pt): a tightness in the chest is chest pain, a scan of the heart its echo, running on a treadmill its stress test',
      language: 'pt',
      rows: rowsOf('cardiologia.pt.json'),
      asked: [
        ['sinto um aperto no peito', 'O que fazer em caso de dor no peito?'],
        ['preciso fazer um eco do coração', 'Vocês fazem ecocardiograma?'],
        ['o médico mandou eu correr na esteira', 'Vocês fazem teste ergométrico?'],
      ],
    },
    {
      name: 'an egg farm (es): whether a thing bought a while ago is still good asks how long it lasts',
      language: 'es',
      rows: rowsOf('granjahuevos.es.json'),
      asked: [['los huevos que compré el mes pasado, ¿siguen buenos?', '¿Cuánto duran los huevos?']],
    },
    {
      name: "a carrier (en): a bill's date is when it is due",
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [["when's the bill date", 'When is my bill due?']],
    },
    {
      name: "a hospice (en): giving some of one's time is volunteering",
      language: 'en',
      rows: rowsOf('hospice.en.json'),
      asked: [['i could give some of my time on weekends', 'How can I volunteer?']],
    },
    {
      name: 'a triathlon club (es): a mountain bike (btt) is a bicicleta de montaña',
      language: 'es',
      rows: rowsOf('triatlon.es.json'),
      asked: [['¿puedo ir con una btt?', '¿Qué bicicleta necesito para empezar?']],
    },
    {
      name: 'a field hockey club (en): a mouth guard is the gum shield its kit names',
      language: 'en',
      rows: rowsOf('hockeyclub.en.json'),
      asked: [
        ['do i need a mouthguard', 'What kit do I need?'],
        ['do we need mouth guards', 'What kit do I need?'],
      ],
    },
    {
      name: 'a carrier (en): the bars disappearing is no signal; posting the bills out is a paper bill',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ['the bars keep disappearing upstairs', 'Why do I have no signal?'],
        ['can you post the bills out to me', 'How do I get a paper bill?'],
      ],
    },
    {
      name: "a telecom (en): a thing on one's road is in one's area",
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['is fibre available on our road?', 'Do you have fiber in my area?']],
    },
    {
      name: 'a singing teacher (en): the part of town a place is in asks where',
      language: 'en',
      rows: rowsOf('singingteacher.en.json'),
      asked: [['what part of town is that', 'Where are the lessons held?']],
    },
    {
      name: 'a dermatology clinic (pt): hair falling out (cabelo tá caindo) is hair loss; a time for a day (tem horário pra) is booking',
      language: 'pt',
      rows: rowsOf('dermatologia.pt.json'),
      asked: [
        ['meu cabelo tá caindo depois do parto', 'Vocês tratam queda de cabelo?'],
        ['tem horário pra amanhã?', 'Como agendo uma consulta?'],
      ],
    },
    {
      name: 'a car breaker (es): a spare (recambio, repuesto) is a part',
      language: 'es',
      rows: rowsOf('desguace.es.json'),
      asked: [['¿dónde busco un recambio?', '¿Cómo busco una pieza?']],
    },
    {
      name: "a diagnostic imaging clinic (pt): being N months along is pregnant; eating or drinking before asks about fasting; the doctor's guia is his order",
      language: 'pt',
      rows: rowsOf('diagnosticoimagem.pt.json'),
      asked: [
        ['to de 5 meses, posso fazer raio-x?', 'Grávida pode fazer raio-X?'],
        ['posso comer antes do ultrassom?', 'Preciso de jejum para o ultrassom?'],
        ['posso ir só com a guia médica?', 'Preciso de pedido médico para fazer o exame?'],
      ],
    },
    {
      name: 'a damp proofing specialist (en): how many days a job takes asks how long',
      language: 'en',
      rows: rowsOf('dampproofing.en.json'),
      asked: [['how many days will you be working at mine', 'How long does the treatment take?']],
    },
    {
      name: 'a carrier (en): an amount in words (sixteen pounds) says how much, not what',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['my bill went up by sixteen pounds, why', 'Why is my bill higher than usual?']],
    },
    {
      name: 'a bank (pt): talking with someone (conversar com alguém) is talking to an agent',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['queria conversar com alguém', 'Como falo com um atendente?']],
    },
    {
      name: 'a mortgage broker (es): fees (honorarios) ask the price; being told the address (indicarme la dirección) asks where',
      language: 'es',
      rows: rowsOf('brokerhipotecario.es.json'),
      asked: [
        ['¿cuánto son los honorarios?', '¿Cuánto cobráis por buscar la hipoteca?'],
        ['¿podrías indicarme la dirección, por favor?', '¿Dónde tenéis la oficina?'],
      ],
    },
    {
      name: "a children's gymnastics school (pt): competing (competir) is competitions",
      language: 'pt',
      rows: rowsOf('ginasticainfantil.pt.json'),
      asked: [['meu filho pode competir?', 'Vocês participam de competições?']],
    },
    {
      name: 'an oven cleaning service (en): coming out to a place, or as far as it, asks the areas covered',
      language: 'en',
      rows: rowsOf('ovencleaning.en.json'),
      asked: [['would you come out to our village?', 'Which areas do you cover?']],
    },
    {
      name: 'a personal shopper (es): nails (uñas) asked of a business that does none are no question of its own',
      language: 'es',
      rows: rowsOf('personalshopper.es.json'),
      asked: [],
      offTopic: ['¿me hacéis las uñas?'],
    },
    {
      name: 'a custom cake shop (es): whether one is still in time (estamos a tiempo, voy bien de tiempo) asks how far ahead',
      language: 'es',
      rows: rowsOf('pasteleriacreativa.es.json'),
      asked: [['¿todavía estamos a tiempo?', '¿Con cuánta antelación hay que encargarla?']],
    },
    {
      name: 'a bank (pt): the last days or months a statement covers (dos últimos 90 dias) say no more than a month',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [
        ['me manda o extrato dos últimos seis meses', 'Como emito o extrato da conta?'],
        ['como pego o extrato dos últimos 90 dias', 'Como emito o extrato da conta?'],
      ],
    },
    {
      name: "a bank (pt): going to do a thing (vou mandar) says when, not what; going to another bank ('mudar pra outro banco') is closing the account",
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['vou mudar pra outro banco, como faço?', 'Como encerro minha conta?']],
    },
    {
      name: 'a campsite (es): going somewhere (vamos con) says nothing of what is asked',
      language: 'es',
      rows: rowsOf('camping.es.json'),
      asked: [['vamos con una caravana, ¿hay sitio?', '¿Admitís autocaravanas?']],
    },
    {
      name: 'a fencing club (es): going to (van a) a competition is competing',
      language: 'es',
      rows: rowsOf('esgrima.es.json'),
      asked: [['¿los chicos van a competiciones?', '¿Competís en torneos?']],
    },
    {
      name: 'an ice cream parlour (en): how late one serves asks the hours; one who is diabetic asks about sugar',
      language: 'en',
      rows: rowsOf('icecreamparlour.en.json'),
      asked: [
        ['how late do you serve on a friday', 'What are your opening hours?'],
        ['my husband is diabetic, anything for him?', 'Do you have sugar-free options?'],
      ],
    },
    {
      name: 'a shooting range (es): whether a thing is dangerous (peligroso) asks whether it is safe',
      language: 'es',
      rows: rowsOf('campotiro.es.json'),
      asked: [['¿no es peligroso para alguien que empieza?', '¿Es seguro?']],
    },
    {
      name: 'a left-luggage store (pt): whether it is dangerous (perigoso) asks whether it is safe',
      language: 'pt',
      rows: rowsOf('guardavolumes.pt.json'),
      asked: [['mas não é perigoso?', 'É seguro?']],
    },
    {
      name: 'a fountain pen shop (en): coming in on a day asks the opening hours',
      language: 'en',
      rows: rowsOf('penshop.en.json'),
      asked: [['could i pop in on a friday', 'What are your opening hours?']],
    },
    {
      name: 'a bowling alley (pt): just turning up (só aparecer, chegar direto) asks whether one must book',
      language: 'pt',
      rows: rowsOf('boliche.pt.json'),
      asked: [['posso só aparecer com os amigos?', 'Precisa reservar a pista?']],
    },
    {
      name: 'an acupuncture clinic (pt): marking a time (marcar um horário) is booking, no question of the hours',
      language: 'pt',
      rows: rowsOf('acupuntura.pt.json'),
      asked: [['queria marcar um horário, por favor', 'Como agendo uma sessão?']],
    },
    {
      name: 'a hearing centre (es): aids for hearing (aparatos para oír, aparatos auditivos) are hearing aids',
      language: 'es',
      rows: rowsOf('audifonos.es.json'),
      asked: [['¿cuánto valen los aparatos auditivos?', '¿Cuánto cuesta un audífono?']],
    },
    {
      name: 'a knife sharpener (es): which days one opens asks the hours; having a thing done for today (tener para hoy) asks how long it takes',
      language: 'es',
      rows: rowsOf('afilador.es.json'),
      asked: [
        ['¿qué día abre el taller esta semana?', '¿Cuál es vuestro horario?'],
        ['¿me lo podéis tener para hoy?', '¿Cuánto tardáis?'],
      ],
    },
    {
      name: 'the demo bot (en): putting our bot in production is deploying it',
      language: 'en',
      rows: [
        ['How do I deploy a bot?', 'Copy its .gbai folder and run npm run deploy.'],
        ['What does this gateway do?', 'It receives messages from every channel and answers them.'],
        ['Is there a health check?', 'GET /health.'],
      ],
      asked: [['what do i need to do to put our bot in production', 'How do I deploy a bot?']],
    },
    {
      name: 'a circus school (es): being out of shape (en baja forma, fuera de forma) is physical condition, no way of doing a thing',
      language: 'es',
      rows: rowsOf('escuelacirco.es.json'),
      asked: [
        ['estoy en baja forma, ¿es para mí?', '¿Hay que estar en forma?'],
        ['llevo años fuera de forma', '¿Hay que estar en forma?'],
      ],
    },
    {
      name: 'a falconry centre (es): a rainy day (lluvioso) is bad weather',
      language: 'es',
      rows: rowsOf('cetreria.es.json'),
      asked: [['si la mañana está lluviosa, ¿se hace igual?', '¿Qué pasa si llueve?']],
    },
    {
      name: 'a bathroom renovation company (es): one who goes in a wheelchair (va en silla de ruedas) needs it adapted, no wheels left over',
      language: 'es',
      rows: rowsOf('reformasbano.es.json'),
      asked: [['mi padre va en silla de ruedas, ¿le podéis hacer el baño?', '¿Hacéis baños adaptados?']],
    },
    {
      name: 'a piano tuner (pt): the technician coming to the flat (vem até o apartamento) is a home visit',
      language: 'pt',
      rows: rowsOf('afinacaopiano.pt.json'),
      asked: [['vocês vem até o apartamento pra afinar?', 'Vocês atendem em casa?']],
    },
    {
      name: 'a tobacco and hookah shop (pt): sending a thing here at home (mandar aqui em casa) is delivering it',
      language: 'pt',
      rows: rowsOf('tabacaria.pt.json'),
      asked: [['vocês conseguem mandar aqui em casa?', 'Vocês fazem entrega?']],
    },
    {
      name: 'a bank (pt): leaving this bank (sair desse banco) is closing the account',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['quero sair desse banco, o que preciso fazer?', 'Como encerro minha conta?']],
    },
    {
      name: 'a tree house builder (en): twins said to be four are children',
      language: 'en',
      rows: rowsOf('treehousebuilder.en.json'),
      asked: [['my twins are four, will it be safe for them', 'Is it safe for children?']],
    },
    {
      name: 'a permaculture course (pt): never having planted anything (nunca plantei) is a beginner',
      language: 'pt',
      rows: rowsOf('permacultura.pt.json'),
      asked: [['nunca plantei nada, posso fazer?', 'Precisa ter experiência?']],
    },
    {
      name: 'a donkey sanctuary (en): giving some money is donating',
      language: 'en',
      rows: rowsOf('donkeysanctuary.en.json'),
      asked: [['i want to give some money to help', 'How can I donate?']],
    },
    {
      name: 'a perfume workshop (en): knowing nothing about a thing is being a beginner',
      language: 'en',
      rows: rowsOf('perfumeworkshop.en.json'),
      asked: [['i know nothing about perfume, is that ok', 'Do I need any experience?']],
    },
    {
      name: 'an outrigger canoe (pt): the weather turning (o tempo virar) is rain',
      language: 'pt',
      rows: rowsOf('canoahavaiana.pt.json'),
      asked: [['e se o tempo virar?', 'O que acontece se chover?']],
    },
    {
      name: 'baby equipment hire (es): when one should book asks how far ahead; meeting the rules (cumplir la normativa) is approved',
      language: 'es',
      rows: rowsOf('alquilerbebe.es.json'),
      asked: [
        ['venimos en agosto, ¿cuándo debo reservar?', '¿Con cuánta antelación hay que reservar?'],
        ['¿las sillitas del coche cumplen la normativa?', '¿Las sillas de coche están homologadas?'],
      ],
    },
    {
      name: 'music therapy (es): TEA is autism; sessions with more children are in a group',
      language: 'es',
      rows: rowsOf('musicoterapia.es.json'),
      asked: [
        ['mi hijo tiene TEA, ¿le puede ayudar?', '¿Trabajáis con niños con autismo?'],
        ['¿hay sesiones con más niños?', '¿Hacéis sesiones en grupo?'],
      ],
    },
    {
      name: 'a DNA testing laboratory (pt): going without eating (sem comer) is fasting',
      language: 'pt',
      rows: rowsOf('examedna.pt.json'),
      asked: [['preciso ir sem comer?', 'Precisa estar em jejum?']],
    },
    {
      name: 'a lavender farm (en): room for cars is parking',
      language: 'en',
      rows: rowsOf('lavenderfarm.en.json'),
      asked: [['is there room for cars', 'Is there parking?']],
    },
    {
      name: 'storytelling for parties (pt): a party for an age (festinha de 5 anos) is a birthday, no age asked; securing a weekday (garantir o sábado) books it',
      language: 'pt',
      rows: rowsOf('contacaohistorias.pt.json'),
      asked: [
        ['queria na festinha de 5 anos da minha filha', 'Vocês vão em festas de aniversário?'],
        ['quero garantir o sábado dia 20', 'Como faço para reservar?'],
      ],
    },
    {
      name: 'a tractor driving experience (en): somewhere to put the van is parking',
      language: 'en',
      rows: rowsOf('tractorexperience.en.json'),
      asked: [['is there anywhere to put our van', 'Where do I park?']],
    },
    {
      name: 'a fresh pasta shop (pt): neither eggs nor milk (nem ovo nem leite) is vegan; sending to my house (mandam pra minha casa) is delivery',
      language: 'pt',
      rows: rowsOf('massasfrescas.pt.json'),
      asked: [
        ['não como ovo nem leite, tem alguma massa?', 'Tem opção vegana?'],
        ['mandam pra minha casa?', 'Fazem entrega?'],
      ],
    },
    {
      name: 'a bubble tea shop (en): without a thing, or being coeliac or lactose intolerant, asks what is free of it; being on a delivery app is delivering',
      language: 'en',
      rows: rowsOf('bubbletea.en.json'),
      asked: [
        ['im coeliac, are the tapioca balls safe', 'Are the pearls gluten-free?'],
        ['im lactose intolerant, can i still have a milk tea', 'Do you have dairy-free options?'],
        ['anything without caffeine for my kid', 'Do you have caffeine-free drinks?'],
        ['can i get it on deliveroo', 'Do you deliver?'],
      ],
    },
    {
      name: 'a popcorn cart for parties (pt): securing the day (garantir o dia) books it; whether there is still time asks how far ahead; the firma is the company',
      language: 'pt',
      rows: rowsOf('pipocafestas.pt.json'),
      asked: [
        ['quero garantir o dia 14', 'Como reservo a data?'],
        ['a festa é mês que vem, ainda dá tempo de reservar?', 'Com quanta antecedência devo reservar?'],
        ['é pra confraternização da firma', 'Fazem festa de empresa?'],
      ],
    },
    {
      name: 'a street food market (en): a pooch is a dog; never carrying cash asks to pay by card',
      language: 'en',
      rows: rowsOf('streetfood.en.json'),
      asked: [
        ['are pooches allowed in the hall', 'Are dogs allowed?'],
        ['i never carry cash, is that a problem', 'Can I pay by card?'],
      ],
    },
    {
      name: 'a casino (es): the office dinner (la cena de Navidad de la oficina) is a company event',
      language: 'es',
      rows: rowsOf('casino.es.json'),
      asked: [['queremos hacer la cena de navidad de la oficina en el casino', '¿Hacéis eventos de empresa?']],
    },
    {
      name: 'canyoning (es): never having done anything like it is a beginner, as needing experience is; sí o sí is without fail; what to put on (qué me pongo) is what to wear',
      language: 'es',
      rows: rowsOf('barranquismo.es.json'),
      asked: [
        ['nunca he hecho nada parecido, ¿puedo ir?', '¿Hace falta experiencia?'],
        ['me dan miedo las alturas, ¿tengo que saltar sí o sí?', '¿Hay saltos obligatorios?'],
        ['¿qué me pongo para ir al barranco?', '¿Qué tengo que llevar?'],
      ],
    },
    {
      name: 'a crêpe house (pt): telling them before (avisar antes) is booking; open on weekdays in the plural (nas segundas-feiras) asks the hours; ordering through a delivery app (pelo ifood) is delivery',
      language: 'pt',
      rows: rowsOf('creperia.pt.json'),
      asked: [
        ['somos em doze, tem que avisar antes?', 'Precisa reservar mesa?'],
        ['vocês abrem nas segundas-feiras?', 'Qual o horário de funcionamento?'],
        ['dá pra pedir pelo ifood?', 'Fazem entrega?'],
      ],
    },
    {
      name: 'an empanada shop (es): nothing of animal origin (nada de origen animal) is vegan',
      language: 'es',
      rows: rowsOf('empanadas.es.json'),
      asked: [['no como nada de origen animal, ¿hay algo para mí?', '¿Tenéis empanadas veganas?']],
    },
    {
      name: "a dry ski slope (en): a child's age in words (my daughter is seven) is an age",
      language: 'en',
      rows: rowsOf('skislope.en.json'),
      asked: [['my daughter is seven, can she have lessons', 'How old do children need to be for lessons?']],
    },
    {
      name: 'sound bath sessions (en): nodding off is falling asleep',
      language: 'en',
      rows: rowsOf('soundbath.en.json'),
      asked: [['worried ill nod off and embarrass myself', 'What if I fall asleep?']],
    },
    {
      name: 'an esfiha house (pt): quibe is kibe; eating all one wants (comer à vontade) is the rodízio',
      language: 'pt',
      rows: rowsOf('esfiharia.pt.json'),
      asked: [
        ['tem quibe assado?', 'Vocês fazem kibe?'],
        ['queria comer à vontade, vocês tem isso', 'Tem rodízio?'],
      ],
    },
    {
      name: 'a badminton club (es): taking a court (coger pista) is booking it',
      language: 'es',
      rows: rowsOf('badminton.es.json'),
      asked: [['quiero coger pista para el viernes', '¿Cómo reservo pista?']],
    },
    {
      name: 'a trophy shop (es): only one of a thing (solo un trofeo) asks the least one may take',
      language: 'es',
      rows: rowsOf('trofeos.es.json'),
      asked: [['¿puedo comprar solo un trofeo?', '¿Hay pedido mínimo?']],
    },
    {
      name: 'a swimming school (es): alone with the teacher (yo solo con un monitor) is a private class',
      language: 'es',
      rows: rowsOf('natacion.es.json'),
      asked: [['quiero clases yo solo con un monitor', '¿Dais clases particulares?']],
    },
    {
      name: 'a bus station (es): how long before (cuánto tiempo antes) asks how far ahead (antelación)',
      language: 'es',
      rows: rowsOf('estacionautobuses.es.json'),
      asked: [['con cuánta antelación conviene estar aquí', '¿Cuánto tiempo antes tengo que llegar?']],
    },
    {
      name: 'an observation wheel (en): how tall or how high asks the height, no increase',
      language: 'en',
      rows: rowsOf('bigwheel.en.json'),
      asked: [['how tall is it', 'How high does the wheel go?']],
    },
    {
      name: 'a botanical garden (pt): a lanchonete is a place to eat (restaurante)',
      language: 'pt',
      rows: rowsOf('jardimbotanico.pt.json'),
      asked: [['Com licença, há algum lugar para comer dentro do jardim?', 'Tem lanchonete?']],
    },
    {
      name: 'wallpaper hanging (pt): taking the dirt off (tirar a sujeira) is cleaning',
      language: 'pt',
      rows: rowsOf('papeldeparede.pt.json'),
      asked: [['meu filho rabiscou o papel, como tiro a sujeira?', 'Como limpo o papel de parede?']],
    },
    {
      name: 'a DJ school (pt): a child\'s age said without "anos" (meu filho tem 13) is an age',
      language: 'pt',
      rows: rowsOf('escoladj.pt.json'),
      asked: [['meu filho tem 13, ele pode fazer?', 'Tem idade mínima?']],
    },
    {
      name: 'a dog bakery (en): which birthday (her 3rd) says when; staying fresh is keeping; selling in bulk is wholesale',
      language: 'en',
      rows: rowsOf('dogbakery.en.json'),
      asked: [
        ["it's my spaniel's 3rd birthday next week, can you do a cake for her", 'Do you make birthday cakes for dogs?'],
        ['how long will a bag of treats stay fresh', 'How long do the treats keep?'],
        ['I own a grooming salon and would like to stock your treats, do you sell in bulk?', 'Do you do wholesale?'],
      ],
    },
    {
      name: 'a butterfly house (es): taking photos (sacar fotos) is photos',
      language: 'es',
      rows: rowsOf('mariposario.es.json'),
      asked: [['¿puedo sacar fotos con el móvil?', '¿Se pueden hacer fotos?']],
    },
    {
      name: 'a matchmaking agency (es): the process (cómo es el proceso) asks how it works',
      language: 'es',
      rows: rowsOf('agenciacitas.es.json'),
      asked: [['¿cómo es el proceso con vosotros?', '¿Cómo funciona la agencia?']],
    },
    {
      name: "a rage room (en): getting hurt asks whether it is safe; a teenager's age asks how old one must be",
      language: 'en',
      rows: rowsOf('rageroom.en.json'),
      asked: [
        ['can i get hurt in there', 'Is it safe?'],
        ["i'm 16, can i come", 'How old do you have to be?'],
      ],
    },
    {
      name: 'bungee jumping (es): what occurs (qué ocurre) is what happens; how one goes dressed asks what to wear',
      language: 'es',
      rows: rowsOf('puenting.es.json'),
      asked: [
        ['¿Qué ocurre si hace mal tiempo el día de la reserva, por favor?', '¿Qué pasa si llueve?'],
        ['¿cómo voy vestido?', '¿Qué ropa hay que llevar?'],
      ],
    },
    {
      name: 'tarot readings (pt): how long a thing takes (quanto tempo leva) is how long it lasts',
      language: 'pt',
      rows: rowsOf('taro.pt.json'),
      asked: [['quanto tempo leva a consulta com as cartas', 'Quanto tempo dura a consulta?']],
    },
    {
      name: 'draught beer for parties (pt): a credit card taken (aceitam cartão de crédito) is a way to pay; how many days before asks how far ahead',
      language: 'pt',
      rows: rowsOf('choppfestas.pt.json'),
      asked: [
        ['Boa tarde, por gentileza, vocês aceitam cartão de crédito?', 'Quais as formas de pagamento?'],
        ['quantos dias antes tenho que encomendar', 'Com quanta antecedência devo pedir?'],
      ],
    },
    {
      name: 'dog sledding (es): in which months asks when',
      language: 'es',
      rows: rowsOf('mushing.es.json'),
      asked: [['¿en qué meses se puede ir?', '¿Cuándo es la temporada?']],
    },
    {
      name: 'carriage rides (pt): a ride (dar uma volta) is a passeio; after it gets dark is the night; drizzle (chuviscando) is rain; everyone (todo mundo) says nothing of what is asked',
      language: 'pt',
      rows: rowsOf('charrete.pt.json'),
      asked: [
        ['qual o valor pra dar uma volta', 'Quanto custa o passeio de charrete?'],
        ['tem passeio depois que escurece?', 'Dá para fazer o passeio à noite?'],
        ['e se estiver chuviscando?', 'Funciona com chuva?'],
        ['somos um casal com três filhos, cabe todo mundo?', 'Quantas pessoas cabem na charrete?'],
      ],
    },
    {
      name: 'a maize maze (en): after dark is at night',
      language: 'en',
      rows: rowsOf('maizemaze.en.json'),
      asked: [['do you do anything after dark', 'Do you do night maze events?']],
    },
    {
      name: 'a turrón shop (es): "solo" is only ("o solo en efectivo")',
      language: 'es',
      rows: rowsOf('turroneria.es.json'),
      asked: [['¿se puede pagar con el móvil o solo en efectivo?', '¿Puedo pagar con tarjeta?']],
    },
    {
      name: 'jangada rides (pt): how necessary booking is asks whether to book; "sai" is leaving (sair)',
      language: 'pt',
      rows: rowsOf('jangada.pt.json'),
      asked: [
        ['Gostaria de saber se é necessário agendar com antecedência, por favor.', 'Precisa reservar?'],
        ['de onde a jangada sai', 'Onde é o ponto de saída?'],
      ],
    },
    {
      name: 'a juice bar (pt): a thing brought here (levam aqui) is delivered',
      language: 'pt',
      rows: rowsOf('casadesucos.pt.json'),
      asked: [['moro no centro, vocês levam aqui?', 'Vocês entregam?']],
    },
    {
      name: 'a tea shop (es): a tasting (degustación) is a cata',
      language: 'es',
      rows: rowsOf('teteria.es.json'),
      asked: [['¿hacéis degustaciones de té?', '¿Hacéis catas de té?']],
    },
    {
      name: 'crochet classes (pt): a course (curso) is a class',
      language: 'pt',
      rows: rowsOf('aulacroche.pt.json'),
      asked: [['qual a mensalidade do curso', 'Quanto custa a aula?']],
    },
    {
      name: 'a pumpkin patch (en): just turning up (rock up) is coming without booking',
      language: 'en',
      rows: rowsOf('pumpkinpatch.en.json'),
      asked: [['can we just rock up on a saturday', 'Do I need to book?']],
    },
    {
      name: 'septic tank emptying (pt): working on a day (trabalham sábado) is being open then',
      language: 'pt',
      rows: rowsOf('limpafossa.pt.json'),
      asked: [['vocês trabalham sábado?', 'Atendem fim de semana?']],
    },
    {
      name: 'a retro arcade (pt): a weekday written whole (segunda feira) is the weekday',
      language: 'pt',
      rows: rowsOf('fliperama.pt.json'),
      asked: [['vcs abrem segunda feira?', 'Qual o horário de funcionamento?']],
    },
    {
      name: 'a caseta de feria (es): a card brand taken (visa) is a card',
      language: 'es',
      rows: rowsOf('casetaferia.es.json'),
      asked: [['aceptan visa?', '¿Se puede pagar con tarjeta?']],
    },
    {
      name: 'a cooperage (en): a cask is a barrel',
      language: 'en',
      rows: rowsOf('cooperage.en.json'),
      asked: [['could you build me a 50 litre oak cask', 'Do you make barrels to order?']],
    },
    {
      name: 'a curling club (en): freezing in there is cold, no screen freezing',
      language: 'en',
      rows: rowsOf('curling.en.json'),
      asked: [['is it freezing in there', 'How cold is the rink?']],
    },
    {
      name: 'party snacks (pt): coming by to fetch the order is picking it up',
      language: 'pt',
      rows: rowsOf('salgados.pt.json'),
      asked: [['posso passar aí e buscar?', 'Posso retirar no local?']],
    },
    {
      name: 'a sea swimming club (en): what to turn up with asks what to bring',
      language: 'en',
      rows: rowsOf('seaswimming.en.json'),
      asked: [['what kit should i turn up with', 'What should I bring?']],
    },
    {
      name: 'a croquet club (en): tennis is no golf, though both are sports',
      language: 'en',
      rows: rowsOf('croquet.en.json'),
      asked: [['what is golf croquet', 'What is golf croquet?']],
      offTopic: ['can i play tennis there'],
    },
    {
      name: 'a mobile operator (en): being away for a while is travelling',
      language: 'en',
      rows: rowsOf('mobile.en.json'),
      asked: [["I'm away for 3 months, can I freeze my contract", 'Can I pause my service while travelling?']],
    },
    {
      name: 'a meditation retreat (pt): how to go there asks how to get there',
      language: 'pt',
      rows: rowsOf('retiro.pt.json'),
      asked: [['não tenho carro, como faço pra ir?', 'Como chego ao local?']],
    },
    {
      name: 'helicopter flights (es): fog is bad weather; surprising someone with a flight gives it',
      language: 'es',
      rows: rowsOf('helicoptero.es.json'),
      asked: [
        ['¿y si ese día hay niebla?', '¿Qué pasa si hace mal tiempo?'],
        ['es el cumpleaños de mi padre y quiero darle una sorpresa con un vuelo', '¿Se puede regalar un vuelo?'],
      ],
    },
    {
      name: 'a street-market pastel stall (pt): garapa is sugar cane juice, and sugar cane (cana) no television channel',
      language: 'pt',
      rows: rowsOf('pasteldefeira.pt.json'),
      asked: [['vende garapa também?', 'Tem caldo de cana?']],
    },
    {
      name: 'an ice sculptor (en): a wedding called off asks the cancellation policy',
      language: 'en',
      rows: rowsOf('icesculpture.en.json'),
      asked: [['if the wedding gets called off do we get our money back', 'What is your cancellation policy?']],
    },
    {
      name: 'a beauty salon (pt): a husband is one of the men it asks about ("homens", a plural in -ns)',
      language: 'pt',
      rows: rowsOf('salao.pt.json'),
      asked: [['meu marido pode cortar o cabelo aí?', 'Atendem homens?']],
    },
    {
      name: 'a luggage shop (es): what does not convince one (no me convence) is to be returned',
      language: 'es',
      rows: rowsOf('maletas.es.json'),
      asked: [['la compré ayer y no me convence', '¿Puedo devolver una maleta?']],
    },
    {
      name: 'a portable toilet hire firm (en): what a thing would set one back is its price',
      language: 'en',
      rows: rowsOf('toilethire.en.json'),
      asked: [['what would a loo for the week set me back', 'How much does it cost to hire a portable toilet?']],
    },
    {
      name: 'an automatic gate installer (pt): an apartment building (um prédio) is a condomínio where a knowledge base says condomínios',
      language: 'pt',
      rows: rowsOf('portaoeletronico.pt.json'),
      asked: [['sou síndico de um prédio com 3 portões', 'Vocês atendem condomínios?']],
    },
    {
      name: 'an autism therapy clinic (pt): a laudo is the report a professional writes, however it is called',
      language: 'pt',
      rows: rowsOf('autismo.pt.json'),
      asked: [['a escola pediu um laudo da terapia', 'Vocês emitem relatório para a escola?']],
    },
    {
      name: 'un asador de pollos (es): what goes with a dish (el acompañamiento) is its garnish',
      language: 'es',
      rows: rowsOf('asador.es.json'),
      asked: [['¿qué ponéis de acompañamiento?', '¿Qué guarniciones tenéis?']],
    },
    {
      name: 'a leisure centre (en): a Saturday is the weekend where a knowledge base says the weekend',
      language: 'en',
      rows: rowsOf('leisurecentre.en.json'),
      asked: [['when can I go swimming on a saturday', 'What are the pool opening times?']],
    },
    {
      name: 'a forklift training centre (en): not passing a test is failing it',
      language: 'en',
      rows: rowsOf('forklift.en.json'),
      asked: [["what if i don't pass first time", 'What happens if I fail the test?']],
    },
    {
      name: 'a pond care service (en): the time of year asks when',
      language: 'en',
      rows: rowsOf('pondcare.en.json'),
      asked: [['what time of year should it be done', 'When is the best time to clean a pond?']],
    },
    {
      name: 'un taller de restauración de muebles (es): leaving a thing as good as new (dejar como nueva) is restoring it',
      language: 'es',
      rows: rowsOf('restauracionmuebles.es.json'),
      asked: [['¿qué me costaría dejar como nueva una cómoda vieja?', '¿Cuánto cuesta restaurar un mueble?']],
    },
    {
      name: 'a homebrew supply shop (en): posting a thing to someone is delivering it',
      language: 'en',
      rows: rowsOf('homebrew.en.json'),
      asked: [['can you post it to me in wales', 'Do you deliver?']],
    },
    {
      name: 'una tienda de filatelia (es): a bid (puja) is an auction; what a thing could be worth asks its valuation',
      language: 'es',
      rows: rowsOf('filatelia.es.json'),
      asked: [
        ['¿cuándo es la próxima puja?', '¿Organizáis subastas?'],
        ['¿cuánto puede valer mi colección?', '¿Tasáis sellos?'],
      ],
    },
    {
      name: 'a vintage clothes shop (en): a boyfriend is a man where a knowledge base says men',
      language: 'en',
      rows: rowsOf('vintageshop.en.json'),
      asked: [['is there anything for my boyfriend', "Do you have men's clothes?"]],
    },
    {
      name: 'a soap maker (en): learning to make a thing is a workshop in it',
      language: 'en',
      rows: rowsOf('soapmaker.en.json'),
      asked: [["i'd like to learn to make my own soap", 'Do you run soap making workshops?']],
    },
    {
      name: 'uma academia de muay thai (pt): a girlfriend is a woman where a knowledge base says women',
      language: 'pt',
      rows: rowsOf('muaythai.pt.json'),
      asked: [['minha namorada quer treinar também, tem menina?', 'Mulheres podem treinar?']],
    },
    {
      name: 'uma clínica de terapia ocupacional (pt): someone who does not leave home (não sai de casa) asks for a home visit',
      language: 'pt',
      rows: rowsOf('terapiaocupacional.pt.json'),
      asked: [['meu pai não sai de casa, vocês vão até ele?', 'Vocês fazem atendimento domiciliar?']],
    },
    {
      name: 'una tienda de abanicos (es): a husband is a man where a knowledge base says men',
      language: 'es',
      rows: rowsOf('abanicos.es.json'),
      asked: [['¿hay alguno sobrio para mi marido?', '¿Tenéis abanicos para hombre?']],
    },
    {
      name: 'a hot tub hire (en): a winter month is winter',
      language: 'en',
      rows: rowsOf('hottubhire.en.json'),
      asked: [['can we have it in december', 'Do you hire in winter?']],
    },
    {
      name: 'a dry stone waller (en): a ballpark figure is a price',
      language: 'en',
      rows: rowsOf('drystone.en.json'),
      asked: [['ballpark figure per metre for a new wall?', 'How much does a dry stone wall cost per metre?']],
    },
    {
      name: 'una tienda de cometas (es): a nephew (sobrino) is a child',
      language: 'es',
      rows: rowsOf('cometas.es.json'),
      asked: [['quiero regalarle una cometa a mi sobrino de seis años', '¿Vendéis cometas para niños?']],
    },
    {
      name: 'a taxi firm (en): where its own questions say a thing was left (in a taxi), the place tells them apart',
      language: 'en',
      rows: rowsOf('taxi.en.json'),
      asked: [['i left my wallet in one of your taxis', 'I left something in a taxi']],
      offTopic: ['i left my phone on the train'],
    },
    {
      name: 'a lawn bowls club (en): a play area is a playground, no playing',
      language: 'en',
      rows: rowsOf('lawnbowls.en.json'),
      asked: [['can you get a pint at the club', 'Is there a bar?']],
      offTopic: ["do you have a kids' play area"],
    },
    {
      name: 'um ateliê de bonecas reborn (pt): a payment split on the card is paying in instalments',
      language: 'pt',
      rows: rowsOf('reborn.pt.json'),
      asked: [['aceitam pagamento dividido no cartão?', 'Posso parcelar?']],
    },
    {
      name: 'una tienda de belenes (es): Christmas Eve (nochebuena) is Christmas',
      language: 'es',
      rows: rowsOf('belenes.es.json'),
      asked: [['¿abrís el día de nochebuena?', '¿Qué horario tenéis en Navidad?']],
    },
    {
      name: 'a thatcher (en): a lifespan is how long a thing lasts',
      language: 'en',
      rows: rowsOf('thatcher.en.json'),
      asked: [["what's the lifespan of thatch", 'How long does a thatched roof last?']],
    },
    {
      name: 'um alambique (pt): a passeio is a visit; somewhere to have lunch is a restaurant',
      language: 'pt',
      rows: rowsOf('alambique.pt.json'),
      asked: [
        ['qual o valor do passeio?', 'Quanto custa a visita?'],
        ['tem onde almoçar aí?', 'Tem restaurante no alambique?'],
      ],
    },
    {
      name: 'una cestería (es): which part of town asks where; what one looks for (busco) is what one wants',
      language: 'es',
      rows: rowsOf('cesteria.es.json'),
      asked: [
        ['¿por qué zona del pueblo queda la tienda?', '¿Dónde está la tienda?'],
        ['busco un cesto de mimbre para la leña', '¿Vendéis cestas de mimbre?'],
      ],
    },
    {
      name: 'uma escola de circo (pt): learning a thing is a class in it',
      language: 'pt',
      rows: rowsOf('circo.pt.json'),
      asked: [['quero aprender trapézio, vocês têm', 'Quais aulas vocês oferecem?']],
    },
    {
      name: 'an umbrella shop (es): where one lives (vivo en Bilbao) tells, it does not ask',
      language: 'es',
      rows: rowsOf('paragueria.es.json'),
      asked: [['vivo en bilbao, ¿me lo podéis mandar?', '¿Hacéis envíos?']],
    },
    {
      name: 'a candle maker (es): how many hours it holds out (cuántas horas aguanta) asks how long it lasts',
      language: 'es',
      rows: rowsOf('cereria.es.json'),
      asked: [['¿cuántas horas aguanta encendida?', '¿Cuánto dura una vela?']],
    },
    {
      name: 'a car armouring shop (pt): how many weeks asks how long',
      language: 'pt',
      rows: rowsOf('blindagem.pt.json'),
      asked: [['quantas semanas meu carro fica com vocês', 'Quanto tempo demora a blindagem?']],
    },
    {
      name: 'a craft brewery bar (es): how many people are said in words ("somos ocho") is no thing asked about',
      language: 'es',
      rows: rowsOf('cerveceria.es.json'),
      asked: [['somos ocho, nos guardáis una mesa', '¿Se puede reservar mesa?']],
    },
    {
      name: "a car dealership (en): a sale is read from the business's side, so selling one's car asks whether it buys cars, not whether it sells them",
      language: 'en',
      rows: rowsOf('cardealer.en.json'),
      asked: [['I want to sell my car', 'Do you buy cars?']],
    },
    {
      name: "a pawnbroker (en): selling one's gold asks whether it buys gold",
      language: 'en',
      rows: rowsOf('pawnbroker.en.json'),
      asked: [['i want to sell my gold chain', 'Do you buy gold?']],
    },
    {
      name: 'a gold buyer (pt): wanting to buy gold asks whether it sells gold; a ring is a jewel',
      language: 'pt',
      rows: rowsOf('compraouro.pt.json'),
      asked: [
        ['quero comprar uma barrinha de ouro pra guardar', 'Vocês vendem ouro?'],
        ['meu anel tem um brilhante, vocês descontam?', 'Joia com pedra tem desconto?'],
      ],
    },
    {
      name: 'a removals company (pt): somewhere (em algum lugar) is no place named',
      language: 'pt',
      rows: rowsOf('mudancas.pt.json'),
      asked: [['preciso deixar meus móveis em algum lugar por dois meses', 'Vocês guardam móveis?']],
    },
    {
      name: "an orthopaedic shop (es): bringing it to one's home (acercar a casa) is delivery",
      language: 'es',
      rows: rowsOf('ortopedia.es.json'),
      asked: [['¿me lo podéis acercar a casa?', '¿Hacéis entregas a domicilio?']],
    },
    {
      name: 'a greengrocer (es): bringing it home (traer a casa) is delivery',
      language: 'es',
      rows: rowsOf('fruteria.es.json'),
      asked: [['me lo traéis a casa', '¿Hacéis pedidos a domicilio?']],
    },
    {
      name: 'a sofa cleaner (pt): paying by debit asks how one may pay',
      language: 'pt',
      rows: rowsOf('limpezasofa.pt.json'),
      asked: [['dá pra pagar no débito', 'Quais as formas de pagamento?']],
    },
    {
      name: 'a sheep shearing contractor (en): a ewe is a sheep',
      language: 'en',
      rows: rowsOf('shearing.en.json'),
      asked: [["what's your rate for a flock of 120 ewes", 'How much do you charge per sheep?']],
    },
    {
      name: 'a capoeira school (pt): what one pays a month is the monthly fee; weight training is no school of its',
      language: 'pt',
      rows: rowsOf('capoeira.pt.json'),
      asked: [['quanto pago por mês pra treinar?', 'Quanto custa a mensalidade?']],
      offTopic: ['tem musculação aí também?'],
    },
    {
      name: 'a picture framer (en): money off is a discount',
      language: 'en',
      rows: rowsOf('framer.en.json'),
      asked: [["i'm an illustrator, any money off", 'Do you offer a discount for artists?']],
    },
    {
      name: 'a basketball club (es): what comes out cheaper (sale más barato) is a discount',
      language: 'es',
      rows: rowsOf('baloncesto.es.json'),
      asked: [['somos dos hermanos, ¿nos sale más barato?', '¿Hay descuento para hermanos?']],
    },
    {
      name: 'a jet ski hire (pt): a special price for a group is its discount',
      language: 'pt',
      rows: rowsOf('jetski.pt.json'),
      asked: [['somos 6 pessoas, fazem um preço especial?', 'Tem desconto para grupos?']],
    },
    {
      name: 'a generator hire (pt): a depósito de garantia is the caução',
      language: 'pt',
      rows: rowsOf('geradores.pt.json'),
      asked: [['preciso deixar um depósito de garantia?', 'Precisa pagar caução?']],
    },
    {
      name: 'an ink cartridge refiller (pt): filling a cartridge again (encher de novo) is refilling it',
      language: 'pt',
      rows: rowsOf('cartuchos.pt.json'),
      asked: [['vocês enchem de novo cartucho colorido?', 'Vocês recarregam cartucho de tinta?']],
    },
    {
      name: 'an equine dentist (en): a service the knowledge base never says, asked of it with "do you", is another than its question\'s own ("do you deworm horses" to "Do you sedate horses?")',
      language: 'en',
      rows: rowsOf('equinedentist.en.json'),
      asked: [['could you sedate my horse for the visit', 'Do you sedate horses?']],
      offTopic: ['do you deworm horses', 'can you clip my horse'],
    },
    {
      name: 'a fencing contractor and an ironing service (en): a general or phrasal verb ("put in") asks no service of its own; linen pressed is ironed',
      language: 'en',
      rows: [...rowsOf('fencing.en.json'), ...rowsOf('ironing.en.json')],
      asked: [
        ['can you put a deck in for us', 'Do you build decking?'],
        ['could you press my bed sheets', 'Do you iron bed linen?'],
      ],
    },
    {
      name: 'a mototáxi (pt): one to four in the morning (3 da manhã, 4h da manhã) is the small hours (madrugada)',
      language: 'pt',
      rows: rowsOf('mototaxi.pt.json'),
      asked: [
        ['vocês rodam às 3 da manhã?', 'Funciona de madrugada?'],
        ['tem moto às 4h da manhã?', 'Funciona de madrugada?'],
      ],
    },
    {
      name: 'a food handler course (es): the título given at the end of a course is its certificate',
      language: 'es',
      rows: rowsOf('manipulador.es.json'),
      asked: [['¿cuándo me dan el título?', '¿Cuándo recibo el certificado?']],
    },
    {
      name: 'a telecom FAQ (en): settling the bill or clearing what is owed (arrears) pays it; a mobile number brought is ported; data chewed through is used; when the payment is taken is when the bill is due; a call centre is customer service; a message for when one does not pick up, voicemail; an idiom with its object inside ("switch it off and on") is read particle first, as a message is; a phone taken at a place ("at the station") was taken there, it asks about no other place; a second number on a plan is a new line; a phone someone swiped was stolen; a SIM of another network asks to unlock the phone; the date money is taken asks when the bill is due; a modem that has to go back is returned; being badly treated is a complaint; an answering service is voicemail; the gigs one has burnt are the data used; escalating is complaining; a plan with more is an upgrade; a card brand taken (visa) is paying by card; a thing sent again (resend) or reprinted is a copy; a grievance lodged is a complaint; an engineer sent out is a technician visit; a number brought across is ported; a phone lifted from a bag was stolen; how late one can ring asks the hours; moving flats changes the address',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [
        ['my mobile was lifted from my bag at the market', 'How do I block a lost or stolen phone?'],
        ['your engineer never turned up and i want to lodge a formal grievance', 'How do I make a complaint?'],
        [
          'Could you please let me know how to get an engineer sent out to my flat?',
          'How do I schedule a technician visit?',
        ],
        ["i'm bringing my number across from my old network", 'How do I port my number from another carrier?'],
        ['reprint of my invoice', 'How do I get a copy of my invoice?'],
        ['resend me my invoice please', 'How do I get a copy of my invoice?'],
        ['the service has been terrible and i want to escalate', 'How do I make a complaint?'],
        ['i want a plan with more data', 'How do I upgrade my plan?'],
        ['do you accept visa for the monthly bill', 'How do I pay my bill?'],
        ["is there a way to see how many gb i've burnt this month", 'How do I check my data usage?'],
        ['who do i write to about how badly i was treated in store', 'How do I make a complaint?'],
        ['set up the answering service on my new mobile', 'How do I set up voicemail?'],
        ['the old modem has to go back to you?', 'How do I return my modem?'],
        ['what time does the call centre close', 'What are your customer service hours?'],
        ['how late can i ring you on a friday', 'What are your customer service hours?'],
        ['we moved flats last month, where do i change it', 'How do I update my address?'],
        ['when do you take my payment', 'When is my bill due?'],
        ['i want to clear my outstanding balance', 'How do I pay my bill?'],
        ['how can i pay off my arrears', 'How do I pay my bill?'],
        ['can i bring my mobile number to you', 'How do I port my number from another carrier?'],
        ['how many gigs have i chewed through', 'How do I check my data usage?'],
        ["i'd like my own message for when i don't pick up", 'How do I set up voicemail?'],
        ['where do i record a greeting for if i miss a call', 'How do I set up voicemail?'],
        ['the router froze, how do i switch it off and on', 'How do I reset my router?'],
        ['someone nicked my mobile at the station', 'How do I block a lost or stolen phone?'],
        ['someone swiped my mobile at the gym', 'How do I block a lost or stolen phone?'],
        ['what date do you take the money for the bill', 'When is my bill due?'],
        ["can i use another network's sim in this phone", 'How do I unlock my phone?'],
        ["i'd like a second number on my plan for my son", 'How do I add a new line to my account?'],
      ],
      // What day it is asks no business anything.
      offTopic: ['what day is it today'],
    },
    {
      name: 'a bank (pt): a compra estranha is one not recognised; the PIN is the password; acertar a fatura pays it; someone "de carne e osso" is an attendant; a scam over WhatsApp (the zap) or Pix is a scam; what is not found any more is lost; 22h is the night; quebrar em parcelas splits a bill; the entries (os lançamentos) are the statement; where a card was lost is no question of its own, and a password lost is forgotten; the way (qual o jeito) asks how; making money grow (fazer o dinheiro render) is investing; como procedo asks how; which bill a purchase falls into asks when the bill closes; in some five times (em umas 5 vezes) is in instalments; a limit that does not reach (o limite não dá) is to be raised; dar baixa na conta closes it; where the card was (tava nela) is no question of its own; the four digits of a card are its password; a password gone from memory (sumiu da minha memória) is forgotten; a wallet pickpocketed (bateram minha carteira) is a card lost; one\'s savings (minhas economias) are money to invest; a purchase one never made (nunca comprei) is not recognised; money sent by Pix (dinheiro pelo pix) is a Pix; a new password (senha nova) is one changed',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['a senha do app sumiu da minha memória', 'Esqueci minha senha do app, o que faço?'],
        ['quero mudar os quatro dígitos do cartão', 'Como troco a senha do cartão?'],
        ['levaram minha bolsa no onibus e o cartao tava nela', 'Perdi meu cartão, o que faço?'],
        ['preciso trocar o pin do cartão de débito', 'Como troco a senha do cartão?'],
        ['quero acertar minha fatura', 'Como pago a fatura do cartão?'],
        ['tem alguém de carne e osso aí?', 'Como falo com um atendente?'],
        ['levei um golpe pelo zap, e agora', 'Caí num golpe, o que faço?'],
        ['caiu meu cartão na rua e não acho mais', 'Perdi meu cartão, o que faço?'],
        ['qual o limite do pix às 22h', 'Qual o limite do Pix à noite?'],
        ['vi uma compra estranha no cartão', 'Como contesto uma compra?'],
        ['a fatura veio alta, tem como quebrar em umas parcelas?', 'Como parcelo a fatura?'],
        ['onde vejo o saldo e os lançamentos', 'Como vejo meu extrato?'],
        ['esqueci o cartão no balcão da farmácia e sumiu', 'Perdi meu cartão, o que faço?'],
        ['travei na tela de login, perdi a senha', 'Esqueci minha senha do app, o que faço?'],
        ['qual o jeito de enviar um pix pra alguém', 'Como faço um Pix?'],
        ['quero fazer meu dinheiro render, o que vocês têm', 'Como invisto meu dinheiro?'],
        ['resolvi fechar a conta de vez, como procedo?', 'Como encerro minha conta?'],
        ['comprando hoje, cai em qual fatura?', 'Quando fecha a fatura?'],
        ['dá pra pagar a fatura em umas 5 vezes?', 'Como parcelo a fatura?'],
        ['vou comprar uma tv e o limite não dá', 'Como aumento o limite do cartão?'],
        ['o limite não deu pra compra que eu queria fazer', 'Como aumento o limite do cartão?'],
        ['quero dar baixa definitiva na minha conta corrente', 'Como encerro minha conta?'],
        ['bateram minha carteira no ônibus, o cartão tava junto', 'Perdi meu cartão, o que faço?'],
        ['como envio dinheiro pelo pix', 'Como faço um Pix?'],
        ['como coloco uma senha nova no cartão de débito', 'Como troco a senha do cartão?'],
        ['quero aplicar minhas economias', 'Como invisto meu dinheiro?'],
        ['tem um débito de uma loja que nunca comprei no meu cartão', 'Como contesto uma compra?'],
      ],
    },
    {
      name: "a bank (pt): going to another bank closes the account; a password gone from one's head is forgotten; a purchase one never made is not recognised; where a card was lost or taken (no ônibus) is no question of its own; what they took (levaram o cartão) was stolen; the most one may send (qual o máximo) is the limit; money put away (guardar dinheiro) or in renda fixa is invested; the day of a thing (qual o dia) asks when; a new card activated is unblocked; the corte of the bill is its closing, as is what falls into next month's; some (uns), was (fui) and where a thing was (dentro) say nothing of what is asked; needing (precisando) and how soon (urgente) neither; a bag left somewhere (esqueci a bolsa) or stolen (roubaram minha mochila) is a card lost; a card left somewhere (deixei o cartão na…) is a card lost",
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [
        ['to precisando de um dinheiro emprestado urgente', 'Como peço um empréstimo?'],
        ['queria um crédito pessoal de uns 3 mil', 'Como peço um empréstimo?'],
        ['sumiram com minha bolsa e o cartão tava dentro', 'Como bloqueio meu cartão perdido ou roubado?'],
        ['fui assaltado e levaram tudo, inclusive o cartão', 'Como bloqueio meu cartão perdido ou roubado?'],
        ['até que dia posso comprar pra cair no mês que vem', 'Quando fecha a fatura do cartão?'],
        ['o corte da fatura cai em que dia do mes', 'Quando fecha a fatura do cartão?'],
        ['a senha fugiu da cabeça', 'Esqueci minha senha, o que faço?'],
        ['meu cartão novo não funciona, precisa ativar?', 'Como desbloqueio meu cartão?'],
        ['vou trocar de banco, como faço?', 'Como encerro minha conta?'],
        ['tem uma compra no cartão que nunca fiz', 'Como contesto uma compra que não reconheço?'],
        ['perdi meu cartão no ônibus', 'Como bloqueio meu cartão perdido ou roubado?'],
        ['me furtaram no ônibus, levaram o cartão de crédito', 'Como bloqueio meu cartão perdido ou roubado?'],
        ['à noite o pix só deixa mandar pouco, qual o máximo?', 'Qual o limite do Pix à noite?'],
        ['quero guardar dinheiro num cdb', 'Como faço um investimento no CDB?'],
        ['quero aplicar em renda fixa', 'Como faço um investimento no CDB?'],
        ['qual o dia do corte da fatura', 'Quando fecha a fatura do cartão?'],
        ['esqueci a bolsa no táxi com o cartão dentro', 'Como bloqueio meu cartão perdido ou roubado?'],
        ['roubaram minha mochila com tudo dentro', 'Como bloqueio meu cartão perdido ou roubado?'],
        ['deixei meu cartão na lanchonete ontem', 'Como bloqueio meu cartão perdido ou roubado?'],
      ],
      // What day it is asks no business anything.
      offTopic: ['que dia é hoje'],
    },
    {
      name: 'Arab baths (es): how many degrees asks the temperature',
      language: 'es',
      rows: rowsOf('banosarabes.es.json'),
      asked: [['cuántos grados tiene el baño templado', '¿Qué temperatura tiene el agua?']],
    },
    {
      name: "a mobile network (en): a printed statement is a paper bill; a smaller bundle, a downgrade; anything switched on is switched on ('switch anything on'); calls sent to another phone are forwarded; someone ringing or texting one is a number to block; locked out of one's login is a password forgotten; an old phone swapped for credit is traded in; the day money is taken, the due date; a bigger allowance is an upgrade; unknown numbers are spam; a flashing light, a fault; the last day one can pay is when the bill is due; where a phone was taken (at the pub) is no other place; a bill one has posted is on paper; a payment from one's bank each month is a direct debit; being put through to someone is talking to them; a different provider's SIM asks to unlock the phone; a phone snatched was stolen; switching to another provider is leaving; being eligible for a new handset asks when one can upgrade; paying more this month is a bill gone up; an exit fee is the fee for leaving early, as is a penalty for walking away; a ceiling on spending is a cap; being allowed a new phone asks when one can upgrade; a password gone out of one's head is forgotten; what is left of one's data is its usage; clearing what one owes pays the bill; for no reason says nothing more; a deal of 24 months is a contract; a reduced price is a discount; what is dead does not work; switching provider is leaving; going down a plan is a downgrade; a technician got round is a visit; no network, or the bars gone, is no signal; a bill sent in the post is on paper; setting a new password changes it",
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ['Could you please tell me how to get the code to switch provider?', 'How do I get my PAC code to leave?'],
        ["i'm paying too much, can i go down a plan", 'How do I downgrade my plan?'],
        ['can i get a technician round to check the socket', 'How do I book an engineer visit?'],
        ['my bars have disappeared, no network at all', 'Why do I have no signal?'],
        ['no mobile signal at all in my flat', 'Why do I have no signal?'],
        ['my internet is dead since this morning', 'My broadband is not working'],
        ['my bill doubled this month for no reason', 'Why is my bill higher than usual?'],
        ['how do i end my 24 month deal', 'How do I cancel my contract?'],
        [
          "I'm a student at university this year, do you offer any kind of reduced price plan for students like me?",
          'Do you have a student discount?',
        ],
        ['how do i clear what i owe on my account', 'How do I pay my bill?'],
        ['the password for my account online has gone out of my head', 'I forgot my account password'],
        ["what's left of my monthly data", 'How do I check my data usage?'],
        ['whats the penalty for walking away before the contract is up', 'Is there an early termination fee?'],
        ['put a ceiling on what i can spend each month', 'How do I set a spending cap?'],
        ['am i allowed a new handset yet', 'When can I upgrade my phone?'],
        ['why am i paying more this month', 'Why is my bill higher than usual?'],
        ["i want to leave, what's the exit fee", 'Is there an early termination fee?'],
        ['switching to another provider, what code do i need', 'How do I get my PAC code to leave?'],
        ["how long till i'm eligible for a new handset", 'When can I upgrade my phone?'],
        ['someone snatched my phone on the bus', 'How do I report a lost or stolen phone?'],
        ['put me through to an actual human', 'How do I talk to an agent?'],
        ["will my handset take a different provider's sim", 'How do I unlock my phone for other networks?'],
        ['how can i stop someone texting me', 'How do I block a number?'],
        ['stop this person ringing me', 'How do I block a number?'],
        ["help, i've locked myself out of my login", 'I forgot my account password'],
        ['can i swap my old phone for credit', 'How do I trade in my old phone?'],
        ["when's the money taken each month", 'When is my bill due?'],
        ['can i have a bigger allowance', 'How do I upgrade my plan?'],
        ["what's the last day i can settle the bill without a late fee", 'When is my bill due?'],
        ['my handset got pinched at the pub last night', 'How do I report a lost or stolen phone?'],
        ['i want to stop getting the bill by email and have it posted', 'How do I get a paper bill?'],
        ['can you take the payment from my bank each month', 'How do I set up direct debit?'],
        ['i get loads of calls from unknown numbers', 'How do I stop spam calls and texts?'],
        ['the hub is flashing orange and nothing will load', 'My broadband is not working'],
        ['can i get a printed statement every month', 'How do I get a paper bill?'],
        ['could you have my bill sent in the post instead', 'How do I get a paper bill?'],
        ["i'd like to set a new password for my online account", 'How do I change my account password?'],
        ['i want a smaller bundle', 'How do I downgrade my plan?'],
        ['off to spain soon, do i have to switch anything on', 'How do I turn on roaming?'],
        ['can i send my calls to my landline', 'How do I set up call forwarding?'],
      ],
    },
    {
      name: 'a bird shop (es): a yaco or a cacatúa is asked about as a loro',
      language: 'es',
      rows: rowsOf('pajareria.es.json'),
      asked: [
        ['¿tenéis cacatúas?', '¿Vendéis loros?'],
        ['busco un yaco', '¿Vendéis loros?'],
      ],
    },
    {
      name: 'a snow clearing service (en): 4am is the night',
      language: 'en',
      rows: rowsOf('snowclearing.en.json'),
      asked: [['do you grit at 4am', 'Do you work through the night?']],
    },
    {
      name: 'a family mediation centre (es): by Skype or Zoom is online',
      language: 'es',
      rows: rowsOf('mediacion.es.json'),
      asked: [['podemos hacer las sesiones por skype', '¿Se puede hacer la mediación online?']],
    },
    {
      name: 'a solicitor (en): whereabouts asks where',
      language: 'en',
      rows: rowsOf('solicitor.en.json'),
      asked: [['so whereabouts are you', 'Where is your office?']],
    },
    {
      name: 'a five-a-side pitch (pt): a churrasco is had at the churrasqueira',
      language: 'pt',
      rows: rowsOf('quadrasociety.pt.json'),
      asked: [['depois do futebol dá pra fazer um churrasco?', 'Tem churrasqueira para depois do jogo?']],
    },
    {
      name: 'a tenancy deposit scheme (en): a renter is a tenant',
      language: 'en',
      rows: rowsOf('depositscheme.en.json'),
      asked: [['do renters get charged', 'Do you charge tenants for your service?']],
    },
    {
      name: 'a flooring fitter (en): a staircase is the stairs',
      language: 'en',
      rows: rowsOf('flooring.en.json'),
      asked: [['can you carpet our staircase', 'Can you lay carpet on stairs?']],
    },
    {
      name: 'a water company (pt): to connect the water asks for its ligação',
      language: 'pt',
      rows: rowsOf('agua.pt.json'),
      asked: [
        ['quero ligar a água na casa que aluguei', 'Como peço a ligação de água?'],
        ['preciso ligar a água do apartamento novo', 'Como peço a ligação de água?'],
      ],
    },
    {
      name: 'a band of bell ringers (en): needing earplugs asks how loud it is',
      language: 'en',
      rows: rowsOf('bellringers.en.json'),
      asked: [['do i need earplugs', 'Is it loud in the ringing room?']],
    },
    {
      name: 'a vehicle inspection centre (pt): a day said before "abrem" asks the opening hours',
      language: 'pt',
      rows: rowsOf('vistoriaveicular.pt.json'),
      asked: [['domingo vocês abrem?', 'Qual o horário de funcionamento?']],
    },
    {
      name: 'a telecom (en): a phone made to take other SIMs is unlocked; a flat moved is an address changed',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [
        ['can my phone take other sims', 'How do I unlock my phone?'],
        ['we moved flat last week, how do i change my details', 'How do I update my address?'],
      ],
    },
    {
      name: 'a social security office (pt): proving one is alive is the prova de vida; a death, morte',
      language: 'pt',
      rows: rowsOf('inss.pt.json'),
      asked: [
        ['preciso provar que to vivo', 'Como faço prova de vida?'],
        ['meu pai faleceu, tenho direito a alguma coisa?', 'Como peço pensão por morte?'],
      ],
    },
    {
      name: 'a bank (pt): dar um branco is forgetting',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['deu branco na hora de entrar no app', 'Esqueci minha senha do app, o que faço?']],
    },
    {
      name: 'a land registry (es): without going to the office is online; the loan of the house, the mortgage',
      language: 'es',
      rows: rowsOf('registropropiedad.es.json'),
      asked: [
        ['puedo presentarlo sin desplazarme', '¿Puedo presentar los documentos por internet?'],
        [
          'he acabado de pagar el préstamo de la casa, cómo lo cancelo en el registro',
          '¿Cómo cancelo la hipoteca en el registro?',
        ],
      ],
    },
    {
      name: 'the demo bot (en): thanks said to someone is thanks',
      language: 'en',
      rows: [
        ['Hello', 'Hello! Ask me anything.'],
        ['Thank you', "You're welcome!"],
        ['How do I run the gateway?', 'Run npm start.'],
      ],
      asked: [['ta mate', 'Thank you']],
    },
    {
      name: 'a mobile network (en): no bars or SOS only is no signal; a cheaper plan is a downgrade; going to another network asks for the PAC code; walking away from a contract ends it early; an amount said in words ("twenty quid") is no thing asked about',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ["i don't get any bars upstairs", 'Why do I have no signal?'],
        ['phone shows sos only all day', 'Why do I have no signal?'],
        ['i want to go to another network, which code do i need', 'How do I get my PAC code to leave?'],
        ["if i walk away from my contract now what's the charge", 'Is there an early termination fee?'],
        ['can i go to a cheaper one next month', 'How do I downgrade my plan?'],
        ['the bill jumped by twenty quid this month, why', 'Why is my bill higher than usual?'],
      ],
    },
    {
      name: 'a wheelie bin cleaner (en): a wheelie bin is a bin, and one washed out is cleaned',
      language: 'en',
      rows: rowsOf('bincleaning.en.json'),
      asked: [['what would you charge to wash out our wheelie bin', 'How much does a bin clean cost?']],
    },
    {
      name: 'a bank (pt): a call from someone passing as the bank is a scam; um cara is someone',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['alguém ligou se passando pelo banco e pediu meu cpf', 'Caí num golpe, o que faço?'],
        ['um cara me ligou pedindo minha senha', 'Caí num golpe, o que faço?'],
      ],
    },
    {
      name: 'a citizens advice bureau (en): the gas and electric are the energy',
      language: 'en',
      rows: rowsOf('citizensadvice.en.json'),
      asked: [["we're struggling to pay the gas and electric", "Can you help with an energy bill I can't pay?"]],
    },
    {
      name: 'an energy supplier (en): moving the gas and electric to a supplier is switching to it',
      language: 'en',
      rows: rowsOf('energy.en.json'),
      asked: [['can i move my gas and electric to you', 'How do I switch to you?']],
    },
    {
      name: 'a lift company (es): whoever is shut in a lift is trapped',
      language: 'es',
      rows: rowsOf('ascensores.es.json'),
      asked: [
        ['llevo diez minutos encerrado en el ascensor', '¿Qué hago si alguien se queda atrapado en el ascensor?'],
      ],
    },
    {
      name: 'a stairlift installer (en): what was reconditioned is sold second-hand',
      language: 'en',
      rows: rowsOf('stairlift.en.json'),
      asked: [['have you got any second hand ones', 'Do you offer reconditioned stairlifts?']],
    },
    {
      name: 'a consumer office (pt): dar um retorno is answering; the andamento, following',
      language: 'pt',
      rows: rowsOf('procon.pt.json'),
      asked: [
        ['a empresa tem quantos dias pra me dar uma resposta?', 'Quanto tempo a empresa tem para responder?'],
        ['qual o andamento da minha reclamação', 'Como acompanho minha reclamação?'],
      ],
    },
    {
      name: 'a consumer office (pt): danos morais are an indenização; an appliance is a product',
      language: 'pt',
      rows: rowsOf('procon.pt.json'),
      asked: [
        ['a empresa tem que me pagar danos morais?', 'O Procon pode obrigar a empresa a pagar indenização?'],
        ['minha geladeira nova parou de funcionar', 'O produto veio com defeito, quais são meus direitos?'],
      ],
    },
    {
      name: 'a beach hut hire (en): down to the beach is a way there, not an outage',
      language: 'en',
      rows: rowsOf('beachhut.en.json'),
      asked: [['can we bring the terrier down to the beach', 'Are dogs allowed?']],
    },
    {
      name: 'a zoonosis control centre (pt): adoção is adopting',
      language: 'pt',
      rows: rowsOf('zoonoses.pt.json'),
      asked: [['tem gatinhos para adoção?', 'Como adoto um animal?']],
    },
    {
      name: 'a hunting estate (es): a dog named by its breed is a dog',
      language: 'es',
      rows: rowsOf('cotocaza.es.json'),
      asked: [['¿puedo venir con mis galgos?', '¿Se puede ir con perros?']],
    },
    {
      name: 'a citizen service centre (pt): a certidão criminal is the atestado de antecedentes',
      language: 'pt',
      rows: rowsOf('poupatempo.pt.json'),
      asked: [['onde consigo a ficha criminal', 'Como tiro o atestado de antecedentes criminais?']],
    },
    {
      name: 'a firewood supplier (en): dropping some round is delivering',
      language: 'en',
      rows: rowsOf('firewood.en.json'),
      asked: [['could you drop some round on friday', 'Do you deliver?']],
    },
    {
      name: 'a civil registry (es): the partida de nacimiento is the birth certificate',
      language: 'es',
      rows: rowsOf('registrocivil.es.json'),
      asked: [['¿cómo saco una partida de nacimiento?', '¿Cómo pido un certificado de nacimiento?']],
    },
    {
      name: 'a scout group (en): sleeping in tents is camping',
      language: 'en',
      rows: rowsOf('scouts.en.json'),
      asked: [['will my son sleep in a tent at all', 'Do you go camping?']],
    },
    {
      name: 'a telecom FAQ (en): megabytes are data',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['how many megabytes do i have left', 'How do I check my data usage?']],
    },
    {
      name: 'a bank (pt): paying by QR code is a Pix',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['dá pra pagar alguém pelo qr code?', 'Como faço um Pix?']],
    },
    {
      name: 'a consulate (es): needing an hour (una hora) is asking for an appointment',
      language: 'es',
      rows: rowsOf('consulado.es.json'),
      asked: [['necesito una hora en el consulado', '¿Cómo pido cita previa?']],
    },
    {
      name: 'a food market (es): a little dog is a dog (no typo of another word), the baño is the aseo',
      language: 'es',
      rows: rowsOf('mercadoabastos.es.json'),
      asked: [
        ['¿puedo pasar con mi perrita?', '¿Se puede entrar con perro?'],
        ['¿dónde están los baños?', '¿Hay aseos?'],
      ],
    },
    {
      name: 'a bank (pt): having gone negative asks about the overdraft, up to how much (até quanto) the limit; a card that fell somewhere is lost',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['estou negativa na conta, e agora', 'Como funciona o cheque especial?'],
        ['como funciona aquele limite que entra quando a conta fica negativa?', 'Como funciona o cheque especial?'],
        ['posso fazer pix de madrugada? até quanto?', 'Qual o limite do Pix à noite?'],
        ['meu cartão caiu em algum lugar', 'Perdi meu cartão, o que faço?'],
      ],
    },
    {
      name: 'an addiction clinic (pt): in which town asks where',
      language: 'pt',
      rows: rowsOf('reabilitacao.pt.json'),
      asked: [['em qual cidade vocês estão', 'Onde fica a clínica?']],
    },
    {
      name: 'a telecare service (es): what may get wet, or be worn in the shower, is waterproof',
      language: 'es',
      rows: rowsOf('teleasistencia.es.json'),
      asked: [['¿mi padre puede ducharse con el colgante?', '¿Es resistente al agua?']],
    },
    {
      name: 'an outdoor lido (en): water warmed up is heated',
      language: 'en',
      rows: rowsOf('lido.en.json'),
      asked: [['is the water warmed up at all', 'Is the water heated?']],
    },
    {
      name: 'a bank workers union (pt): a pay rise is the reajuste, being let go is dismissal, profit sharing the PLR',
      language: 'pt',
      rows: rowsOf('sindicato.pt.json'),
      asked: [
        ['quanto foi o aumento salarial', 'Qual foi o reajuste deste ano?'],
        ['fui mandado embora, o que eu faço', 'Fui demitido, o que faço?'],
        ['quando pagam a participação nos lucros e resultados', 'Como funciona a PLR?'],
      ],
    },
    {
      name: 'a carrier (en): breaking a contract ends it, going down to a smaller one downgrades',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ['can i go down to a cheaper bundle', 'How do I downgrade my plan?'],
        ["what's the charge if i break my contract", 'Is there an early termination fee?'],
      ],
    },
    {
      name: 'a hairdressing school (es): studying or taking classes from home is online',
      language: 'es',
      rows: rowsOf('escuelapeluqueria.es.json'),
      asked: [
        ['¿se puede estudiar desde casa?', '¿Hay clases online?'],
        ['¿puedo seguir las clases desde casa?', '¿Hay clases online?'],
      ],
    },
    {
      name: 'a bank (pt): an instant transfer is a Pix',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['como mando uma transferência instantânea', 'Como faço um Pix?']],
    },
    {
      name: 'a village pub (en): not eating meat is vegetarian; the day a thing happens asks when',
      language: 'en',
      rows: rowsOf('pub.en.json'),
      asked: [
        ["my wife doesn't eat meat, is there anything for her", 'Do you cater for vegetarians?'],
        ['what day do you do the pub quiz', 'When is the quiz night?'],
      ],
    },
    {
      name: 'a restaurant (en): not eating meat nor dairy is vegan',
      language: 'en',
      rows: rowsOf('restaurant.en.json'),
      asked: [["my son doesn't eat meat or dairy", 'Do you have vegan options?']],
    },
    {
      name: 'a cable car (es): tickets are entradas, a windy day is viento',
      language: 'es',
      rows: rowsOf('teleferico.es.json'),
      asked: [
        ['¿hace falta sacar los tickets antes por internet?', '¿Hay que comprar las entradas con antelación?'],
        ['¿abrís si hace mucho aire?', '¿Funciona con viento?'],
      ],
    },
    {
      name: 'a dog breeder (es): pasar a ver is visiting',
      language: 'es',
      rows: rowsOf('criadero.es.json'),
      asked: [['¿podemos pasar a ver los cachorros?', '¿Se puede visitar el criadero?']],
    },
    {
      name: 'a public health clinic (pt): an exam that came out is its result',
      language: 'pt',
      rows: rowsOf('ubs.pt.json'),
      asked: [['meu exame já saiu?', 'Como pego o resultado dos exames?']],
    },
    {
      name: 'a restaurant (en): taking it home is a takeaway',
      language: 'en',
      rows: rowsOf('restaurant.en.json'),
      asked: [['can i collect my food and take it home', 'Can I order takeaway?']],
    },
    {
      name: 'a farm supply store (pt): food for a cat is its ração, and an ox or a cow is cattle',
      language: 'pt',
      rows: rowsOf('agropecuaria.pt.json'),
      asked: [
        ['vocês têm comida de gato', 'Vocês vendem ração para cachorro e gato?'],
        ['tem sal pras vacas', 'Vocês vendem ração para gado?'],
      ],
    },
    {
      name: 'a flamenco show (es): not eating meat is vegetarian',
      language: 'es',
      rows: rowsOf('tablao.es.json'),
      asked: [['no como carne, ¿hay algo para mí?', '¿Tenéis menú vegetariano?']],
    },
    {
      name: 'a repair café (en): a coat or an anorak is clothes',
      language: 'en',
      rows: rowsOf('repaircafe.en.json'),
      asked: [['my anorak is torn', 'Do you mend clothes?']],
    },
    {
      name: 'a community radio (pt): propaganda is advertising',
      language: 'pt',
      rows: rowsOf('radio.pt.json'),
      asked: [['vocês fazem propaganda', 'Como anuncio na rádio?']],
    },
    {
      name: 'a lost property office (es): en qué sitio asks where',
      language: 'es',
      rows: rowsOf('objetosperdidos.es.json'),
      asked: [['¿en qué sitio está la oficina?', '¿Dónde está la oficina de objetos perdidos?']],
    },
    {
      name: 'a carrier (en): a reduction is a discount',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['any reduction for people at uni', 'Do you have a student discount?']],
    },
    {
      name: 'a comedy club (en): eating there asks about food',
      language: 'en',
      rows: rowsOf('comedyclub.en.json'),
      asked: [['can we eat at the club', 'Do you serve food?']],
    },
    {
      name: 'the banks (pt): paying in four goes is paying in instalments, borrowing a sum a loan',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['posso pagar a fatura em quatro vezes', 'Como parcelo a fatura?'],
        ['quero pegar 20 mil emprestado', 'Como peço um empréstimo?'],
      ],
    },
    {
      name: 'an amusement park (pt): celebrating is a party',
      language: 'pt',
      rows: rowsOf('parquediversoes.pt.json'),
      asked: [['quero comemorar o aniversário da minha filha aí', 'Fazem festa de aniversário no parque?']],
    },
    {
      name: 'a board game café (en): per head is per person',
      language: 'en',
      rows: rowsOf('boardgamecafe.en.json'),
      asked: [['how much do you charge per head', 'How much is the cover charge?']],
    },
    {
      name: 'a cider house (es): por cabeza is por persona, and calling ahead is booking',
      language: 'es',
      rows: rowsOf('sidreria.es.json'),
      asked: [
        ['cuánto es por cabeza', '¿Cuánto cuesta el menú?'],
        ['tenemos que llamar antes o vamos directamente', '¿Hay que reservar?'],
      ],
    },
    {
      name: 'a pamonharia (pt): open in the afternoon asks the hours, the freezer freezing, a diabetic the sugar-free',
      language: 'pt',
      rows: rowsOf('pamonharia.pt.json'),
      asked: [
        ['vocês atendem de tarde', 'Qual o horário de funcionamento?'],
        ['dá pra pôr no freezer', 'Dá para congelar a pamonha?'],
        ['sou diabética, posso comer pamonha', 'Tem opção sem açúcar?'],
      ],
    },
    {
      name: 'an ice cream parlour (es): a diabetic asks for the sugar-free',
      language: 'es',
      rows: rowsOf('heladeria.es.json'),
      asked: [['soy diabética, ¿qué helado me puedo comer?', '¿Tenéis helados sin azúcar?']],
    },
    {
      name: 'a yarn shop (en): a starter pack is a kit for beginners; learning to knit is a knitting class',
      language: 'en',
      rows: rowsOf('yarnshop.en.json'),
      asked: [
        ['have you got a starter pack for knitting', 'Do you sell kits for beginners?'],
        ['i want to learn to knit from scratch', 'Do you run knitting classes?'],
      ],
    },
    {
      name: 'a parish church (en): a christening is a baptism, giving to the church a donation, a gran who uses a wheelchair asks access',
      language: 'en',
      rows: rowsOf('church.en.json'),
      asked: [
        ['can we have our son christened there', 'How do I arrange a baptism?'],
        ["i'd like to make a donation, how", 'How can I give to the church?'],
        ['my gran uses a wheelchair, can she still get in', 'Is the church accessible?'],
      ],
    },
    {
      name: 'a betting shop (es): a match put off is one suspended',
      language: 'es',
      rows: rowsOf('apuestas.es.json'),
      asked: [['si aplazan el partido por lluvia qué pasa con mi apuesta', '¿Qué pasa si se suspende un partido?']],
    },
    {
      name: 'a Christmas tree farm (en): chopping a tree down cuts it; bringing it round delivers it',
      language: 'en',
      rows: rowsOf('christmastrees.en.json'),
      asked: [
        ['can i chop down the tree myself', 'Can I cut my own tree?'],
        ['could you bring them round to my house', 'Do you deliver trees?'],
      ],
    },
    {
      name: 'a bonsai shop (es): giving a plant water is watering it',
      language: 'es',
      rows: rowsOf('bonsai.es.json'),
      asked: [['cada cuánto hay que echarle agua', '¿Cada cuánto se riega un bonsái?']],
    },
    {
      name: 'a concert venue (pt): paying half is the half-price ticket; a máquina fotográfica is a camera, no bed',
      language: 'pt',
      rows: rowsOf('casadeshows.pt.json'),
      asked: [
        ['pago metade sendo professor?', 'Tem meia-entrada?'],
        ['dá pra entrar com máquina fotográfica', 'Pode entrar com câmera?'],
      ],
    },
    {
      name: 'a student house (pt): what enters the price is included; walking to the faculty is being near the university',
      language: 'pt',
      rows: rowsOf('republica.pt.json'),
      asked: [
        ['a água e o gás entram no valor', 'O que está incluído no aluguel?'],
        ['consigo ir a pé até a facul', 'A casa fica perto da universidade?'],
      ],
    },
    {
      name: 'a milliner (en): blokes and gentlemen are men; made to measure is bespoke',
      language: 'en',
      rows: rowsOf('milliner.en.json'),
      asked: [
        ['have you got any hats for gentlemen', "Do you make men's hats?"],
        ['how much is a made to measure fascinator', 'How much does a bespoke hat cost?'],
      ],
    },
    {
      name: 'a bank (pt): "demais" only says how much',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['acho o limite baixo demais, como subo', 'Como aumento o limite do cartão de crédito?']],
    },
    {
      name: 'a carrier (en): an engineer sent out is a visit, statements through the letterbox a paper bill',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ['can you send an engineer out to look at my line', 'How do I book an engineer visit?'],
        ['can i get my statements through the letterbox', 'How do I get a paper bill?'],
      ],
    },
    {
      name: "a carrier (en): what one ordered and hasn't arrived is an order to track; a smaller one, a downgrade",
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ["the sim i ordered hasn't arrived", 'How do I track my order?'],
        ['this tariff is too dear, can i move to a smaller one', 'How do I downgrade my plan?'],
      ],
    },
    {
      name: 'a vape shop (es): use and throw away is disposable; giving up tobacco is quitting smoking',
      language: 'es',
      rows: rowsOf('vapeo.es.json'),
      asked: [
        ['¿vendéis vapeadores de usar y tirar?', '¿Vendéis vapers desechables?'],
        ['quiero dejar el cigarro', '¿Me ayudáis a dejar de fumar?'],
      ],
    },
    {
      name: 'a wine shop (es): tasting wine is trying it',
      language: 'es',
      rows: rowsOf('vinos2.es.json'),
      asked: [['¿hacéis sesiones para probar vinos?', '¿Hacéis catas de vino?']],
    },
    {
      name: 'a bank (pt): grana is money',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['onde saco grana', 'Como saco dinheiro?']],
    },
    {
      name: 'a bank (pt): when one may call the call centre asks its hours',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['até que horas dá pra ligar pra central', 'Qual o horário de atendimento?']],
    },
    {
      name: 'a carrier (en): wanting out of a contract is cancelling it',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['i want out, how do i do it', 'How do I cancel my contract?']],
    },
    {
      name: 'a tanning salon (en): a tanning bed is a sunbed',
      language: 'en',
      rows: rowsOf('tanning.en.json'),
      asked: [['have you got tanning beds', 'Do you have sunbeds?']],
    },
    {
      name: 'a mountain hut (es): pitching a tent is camping',
      language: 'es',
      rows: rowsOf('refugio.es.json'),
      asked: [['¿dejáis montar la tienda al lado?', '¿Podemos acampar al lado?']],
    },
    {
      name: "a bank (pt): a fake link, or one's password typed where it should not be, is a scam",
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['cliquei num link falso e digitei minha senha', 'Caí num golpe, o que faço?']],
    },
    {
      name: 'a gun shop (es): a telescopic sight is a scope',
      language: 'es',
      rows: rowsOf('armeria.es.json'),
      asked: [['¿tenéis miras telescópicas?', '¿Vendéis visores?']],
    },
    {
      name: 'a telecom (en): the top tier of plans is an upgrade',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['how do i get on the top tier', 'How do I upgrade my plan?']],
    },
    {
      name: 'a cat café (en): kitties are cats',
      language: 'en',
      rows: rowsOf('catcafe.en.json'),
      asked: [['how many kitties have you got', 'How many cats do you have?']],
    },
    {
      name: "an ice supplier (pt): bringing a thing as far as one's house is delivering it",
      language: 'pt',
      rows: rowsOf('gelo.pt.json'),
      asked: [['dá pra trazer até a minha casa?', 'Vocês entregam?']],
    },
    {
      name: 'a gluten-free shop (es): a birra is a beer, how to get to the shop asks where it is',
      language: 'es',
      rows: rowsOf('singluten.es.json'),
      asked: [
        ['¿tenéis birras sin gluten?', '¿Tenéis cerveza sin gluten?'],
        ['¿cómo llego al local?', '¿Dónde estáis?'],
      ],
    },
    {
      name: 'a telecom (en): the process of leaving asks how to leave, being locked out of the online account the password',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [
        ['what is the process to leave you', 'How do I cancel my plan?'],
        ['i got locked out of my online account', 'How do I change my password?'],
      ],
    },
    {
      name: 'a carrier (en): a SIM that has arrived is a new one to activate, every call and text the itemised bill',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ['the sim has arrived, what do i do now', 'How do I activate my new SIM?'],
        ['show me every call and text on my bill', 'How do I see my itemised bill?'],
      ],
    },
    {
      name: 'a hiking club (es): what to put in the rucksack is what to bring',
      language: 'es',
      rows: rowsOf('senderismo.es.json'),
      asked: [['¿qué meto en la mochila para la ruta?', '¿Qué tengo que llevar?']],
    },
    {
      name: 'a shop of religious articles (pt): a rosary is a terço, the first eucharist the first communion',
      language: 'pt',
      rows: rowsOf('artigosreligiosos.pt.json'),
      asked: [
        ['vocês têm rosário de prata?', 'Tem terço de prata?'],
        ['vendem vestido de primeira eucaristia', 'Vendem roupa para primeira comunhão?'],
      ],
    },
    {
      name: "a dubbing school (es): one's own age under 18 asks the minimum age",
      language: 'es',
      rows: rowsOf('doblaje.es.json'),
      asked: [['tengo 16 años, ¿puedo hacer el curso?', '¿Qué edad mínima hay?']],
    },
    {
      name: 'a beach tennis arena (pt): a pool is no class',
      language: 'pt',
      rows: rowsOf('beachtennis.pt.json'),
      asked: [],
      offTopic: ['vocês têm piscina?'],
    },
    {
      name: 'a bank (pt): a card not found anywhere is lost',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['meu cartão sumiu, procurei em todo canto e não achei em lugar nenhum', 'Perdi meu cartão, o que faço?'],
      ],
    },
    {
      name: 'a telecom (en): whether anyone answers the phones asks the hours of customer service',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['is anybody answering the phones at the weekend', 'What are your customer service hours?']],
    },
    {
      name: 'a clay pigeon shooting ground (en): ammo is cartridges',
      language: 'en',
      rows: rowsOf('clayshooting.en.json'),
      asked: [['do you sell ammo', 'Do you sell cartridges?']],
    },
    {
      name: 'a bank (pt): a new card that has arrived is one to unblock',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['meu cartão novo chegou hoje', 'Como desbloqueio meu cartão?']],
    },
    {
      name: 'a churrería (es): when one starts is the opening hours, the day of the Three Kings a holiday',
      language: 'es',
      rows: rowsOf('churreria.es.json'),
      asked: [
        ['¿a qué hora empezáis?', '¿A qué hora abrís?'],
        ['¿abrís el día de reyes?', '¿Abrís en festivos?'],
      ],
    },
    {
      name: 'a car key locksmith (pt): whether a card can be put through asks how to pay',
      language: 'pt',
      rows: rowsOf('chaveirocarro.pt.json'),
      asked: [['posso passar no débito?', 'Quais as formas de pagamento?']],
    },
    {
      name: 'a wig shop (es): cleaning a thing is washing it',
      language: 'es',
      rows: rowsOf('pelucas.es.json'),
      asked: [['¿cómo limpio una peluca sintética?', '¿Cómo se lava una peluca?']],
    },
    {
      name: 'a pest controller (pt): washing a thing is cleaning it',
      language: 'pt',
      rows: rowsOf('dedetizadora.pt.json'),
      asked: [["preciso lavar a caixa d'água do prédio", "Vocês limpam caixa d'água?"]],
    },
    {
      name: "a bank (pt): being in the red is the overdraft, dividing the bill's total paying it in instalments",
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['fiquei no vermelho, e agora?', 'Como funciona o cheque especial?'],
        ['quero dividir o total da fatura', 'Como parcelo a fatura?'],
      ],
    },
    {
      name: 'a sea fishing charter (en): never having fished is being a beginner, wine is alcohol',
      language: 'en',
      rows: rowsOf('fishingcharter.en.json'),
      asked: [
        ["i've never fished, can i still come", 'Do I need any experience?'],
        ['can we have a glass of wine on board', 'Can I bring alcohol on board?'],
      ],
    },
    {
      name: 'a watch repairer (en): what the damage is asks the price',
      language: 'en',
      rows: rowsOf('clockrepair.en.json'),
      asked: [["what's the damage for servicing my omega", 'How much does a watch service cost?']],
    },
    {
      name: 'an olive oil mill (es): seeing how a thing is made is visiting',
      language: 'es',
      rows: rowsOf('almazara.es.json'),
      asked: [['¿puedo ver cómo se hace el aceite?', '¿Hacéis visitas a la almazara?']],
    },
    {
      name: "a telecom (en): taking one's mobile number over is porting it",
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['can i take my mobile number over to you', 'How do I port my number from another carrier?']],
    },
    {
      name: 'a running club (es): no longer being a member is cancelling',
      language: 'es',
      rows: rowsOf('running.es.json'),
      asked: [['quiero dejar de ser socia', '¿Cómo me doy de baja?']],
    },
    {
      name: 'a bank (pt): a limit said to be too little asks for more, a card that disappeared is lost',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [
        ['meu limite de crédito tá pouco', 'Como aumento o limite do cartão de crédito?'],
        ['meu cartão desapareceu', 'Como bloqueio meu cartão perdido ou roubado?'],
      ],
    },
    {
      name: 'a facial aesthetics clinic (pt): grátis and gratuito are one word, paying anything asks whether it is free',
      language: 'pt',
      rows: rowsOf('harmonizacao.pt.json'),
      asked: [
        ['a consulta é grátis?', 'A avaliação é gratuita?'],
        ['paga alguma coisa pela avaliação?', 'A avaliação é gratuita?'],
      ],
    },
    {
      name: 'a bank (pt): whether one pays anything for a thing asks whether it is free',
      language: 'pt',
      rows: rowsOf('banco7.pt.json'),
      asked: [['paga alguma coisa pra mandar um pix?', 'O Pix tem taxa?']],
    },
    {
      name: 'a bank (pt): moving flat is changing the address',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['mudei de apartamento, e agora?', 'Como atualizo meu endereço?']],
    },
    {
      name: 'a mobile cocktail bar (en): locking in the date is booking it',
      language: 'en',
      rows: rowsOf('cocktailbar.en.json'),
      asked: [['can we lock in the date now', 'How do we book?']],
    },
    {
      name: 'a carrier (en): how much extra asks the price, a bill straight out of the account is a direct debit, a broadband completely stopped is not working',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ['how much extra to use my phone in portugal', 'How much does roaming cost in Europe?'],
        ['can it come straight out of my account', 'How do I set up direct debit?'],
        ['my broadband has completely stopped', 'My broadband is not working'],
      ],
    },
    {
      name: 'a vinyl record shop (pt): a vitrola is a record player, a k7 a tape',
      language: 'pt',
      rows: rowsOf('vinil.pt.json'),
      asked: [
        ['vocês vendem vitrola?', 'Vocês vendem toca-discos?'],
        ['ainda vendem k7?', 'Vocês vendem CDs e fitas?'],
      ],
    },
    {
      name: 'a bank (pt): settling a bill (quitar) is paying it',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['quero quitar a conta de luz', 'Como pago um boleto?']],
    },
    {
      name: 'a carrier (en): switching to another network is leaving, every call made the itemised bill, a bill twice the usual higher',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ['switching to another network, which code is it', 'How do I get my PAC code to leave?'],
        ['where can i see every call i made', 'How do I see my itemised bill?'],
        ['my bill is twice what i usually pay', 'Why is my bill higher than usual?'],
      ],
    },
    {
      name: 'a rug cleaner (pt): whether a card is taken asks how to pay',
      language: 'pt',
      rows: rowsOf('tapetes.pt.json'),
      asked: [['vocês passam no crédito?', 'Quais as formas de pagamento?']],
    },
    {
      name: 'a bookbinding workshop (es): a final-year dissertation is a thesis, when it will be ready how long it takes',
      language: 'es',
      rows: rowsOf('encuadernacion.es.json'),
      asked: [
        ['¿me encuadernáis el tfm?', '¿Encuadernáis trabajos de fin de grado?'],
        ['¿para cuándo estará listo?', '¿Cuánto tardáis?'],
      ],
    },
    {
      name: 'a party bus hire (en): a fest is a festival',
      language: 'en',
      rows: rowsOf('partybus.en.json'),
      asked: [['can the bus take us to a music fest', 'Can we take the bus to a festival?']],
    },
    {
      name: 'a telecom (en): the data burnt through is its usage',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['how many gigs have i burnt through this week', 'How do I check my data usage?']],
    },
    {
      name: 'a wedding invitation stationer (pt): a cardápio is a menu, what gets here is delivered',
      language: 'pt',
      rows: rowsOf('convites.pt.json'),
      asked: [
        ['vocês fazem cardápio para o casamento?', 'Fazem também o menu e as tags da festa?'],
        ['sou de recife, chega até aqui?', 'Vocês entregam em todo o Brasil?'],
      ],
    },
    {
      name: 'a paragliding school (es): the meeting point asks where to meet, giving a flight a gift voucher',
      language: 'es',
      rows: rowsOf('parapente.es.json'),
      asked: [
        ['¿cuál es el punto de reunión?', '¿Dónde quedamos?'],
        ['quiero regalar un vuelo a mi padre', '¿Vendéis bonos regalo?'],
      ],
    },
    {
      name: 'a tattoo removal clinic (en): looking after it afterwards is the aftercare, breastfeeding is asked with pregnancy',
      language: 'en',
      rows: rowsOf('tattooremoval.en.json'),
      asked: [
        ['how do i look after it afterwards', 'What is the aftercare?'],
        ["i'm breastfeeding, can i still come", "Can I have it done if I'm pregnant?"],
      ],
    },
    {
      name: "a fishing tackle shop (pt): protecting from the sun is UV protection, a fisherman's card the licence",
      language: 'pt',
      rows: rowsOf('pesca.pt.json'),
      asked: [
        ['tem camisa que protege do sol?', 'Vendem roupa com proteção UV?'],
        ['preciso de carteira de pescador, vocês tiram?', 'Vendem licença de pesca?'],
      ],
    },
    {
      name: 'a telecom (en): doing a thing properly asks how to do it',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['how do i restart the router properly', 'How do I reset my router?']],
    },
    {
      name: 'an animal shelter (es): a money contribution is a donation',
      language: 'es',
      rows: rowsOf('protectora.es.json'),
      asked: [['quiero hacer una aportación económica', '¿Cómo puedo donar?']],
    },
    {
      name: 'an events DJ (es): lighting is lights, a photo booth a fotomatón, closing the date booking it',
      language: 'es',
      rows: rowsOf('dj.es.json'),
      asked: [
        ['¿lleváis iluminación para la pista?', '¿Ponéis luces?'],
        ['¿alquiláis una cabina de fotos?', '¿Tenéis fotomatón?'],
        ['¿cómo cerramos la fecha con vosotros?', '¿Cómo se reserva?'],
      ],
    },
    {
      name: 'a security camera installer (pt): the building manager asks for condominiums',
      language: 'pt',
      rows: rowsOf('cftv.pt.json'),
      asked: [['sou síndico, fazem o prédio todo?', 'Vocês atendem condomínios?']],
    },
    {
      name: 'a marquee hire company (en): warming it up is heating',
      language: 'en',
      rows: rowsOf('marquee.en.json'),
      asked: [['will it be cold in october, can you warm it up', 'Do you provide heating?']],
    },
    {
      name: 'a telecom (en): a service said to be awful is a complaint',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['your service is awful, who do i complain to', 'How do I make a complaint?']],
    },
    {
      name: 'a plant nursery (pt): a fern is a plant, a garden design landscaping, a lemon tree a fruit tree',
      language: 'pt',
      rows: rowsOf('viveiro.pt.json'),
      asked: [
        ['minha samambaia tá com as folhas amarelas', 'Como cuido de uma planta que está amarelando?'],
        ['quero um projeto pro meu jardim', 'Vocês fazem paisagismo?'],
        ['tem muda de pé de limão?', 'Vendem mudas de árvores frutíferas?'],
      ],
    },
    {
      name: 'a bank (pt): whether the chat works at night asks the opening hours',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['o chat funciona de madrugada?', 'Qual o horário de atendimento?']],
    },
    {
      name: 'a summer camp (es): what the children will do there asks the activities',
      language: 'es',
      rows: rowsOf('campamento.es.json'),
      asked: [['¿qué harán los niños allí?', '¿Qué actividades hacéis?']],
    },
    {
      name: "a sauna (en): ladies only asks whether it is mixed, an ice bath is the plunge pool, a towel of one's own what to bring",
      language: 'en',
      rows: rowsOf('sauna.en.json'),
      asked: [
        ['are there any ladies only times', 'Is it mixed?'],
        ['just how freezing is the ice bath', 'How cold is the plunge pool?'],
        ['do i need my own towel', 'What should I bring?'],
        ['can we book it out just for our group', 'Can I hire the whole place privately?'],
        ["i've got high blood pressure, is the sauna ok for me", 'Is it safe if I have a heart condition?'],
      ],
    },
    {
      name: 'a carrier (en): a bill that jumped is higher',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['my bill jumped by 20 quid', 'Why is my bill higher than usual?']],
    },
    {
      name: 'a rowing club (es): not having rowed is being a beginner, a regatta a competition',
      language: 'es',
      rows: rowsOf('remo.es.json'),
      asked: [
        ['no he remado nunca, ¿tenéis curso para empezar?', '¿Hay cursos de iniciación?'],
        ['¿participáis en regatas?', '¿Competís?'],
      ],
    },
    {
      name: 'a sign language school (pt): being at university is being a student, paying less a discount',
      language: 'pt',
      rows: rowsOf('libras.pt.json'),
      asked: [['faço faculdade, pago menos?', 'Tem desconto para estudantes?']],
    },
    {
      name: 'a chess school (pt): how long a meeting lasts asks its duration',
      language: 'pt',
      rows: rowsOf('xadrez.pt.json'),
      asked: [['quanto tempo dura cada encontro', 'Qual a duração da aula?']],
    },
    {
      name: 'a pick-your-own farm (en): a cup of tea is the café, tubs are containers',
      language: 'en',
      rows: rowsOf('pickyourown.en.json'),
      asked: [
        ['is there somewhere for a cup of tea', 'Do you have a café?'],
        ['should i bring my own tubs', 'Do you provide containers?'],
      ],
    },
    {
      name: 'an osteopath (es): a fisio is a physiotherapist, undressing asks what to wear',
      language: 'es',
      rows: rowsOf('osteopatia.es.json'),
      asked: [
        ['¿en qué se diferencia de la fisio?', '¿Cuál es la diferencia con un fisioterapeuta?'],
        ['¿me tengo que desvestir?', '¿Qué ropa tengo que llevar?'],
      ],
    },
    {
      name: 'a scaffolding rental (pt): taking it to the building site is delivering',
      language: 'pt',
      rows: rowsOf('andaimes.pt.json'),
      asked: [['vocês levam até a obra?', 'Vocês entregam e montam?']],
    },
    {
      name: 'a bank (pt): moving house asks how to change the address',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['troquei de casa, como faço?', 'Como atualizo meu endereço?']],
    },
    {
      name: 'a coding club (en): never having coded asks whether experience is needed',
      language: 'en',
      rows: rowsOf('codingclub.en.json'),
      asked: [['my son has never coded before, is that ok', 'Does my child need any experience?']],
    },
    {
      name: 'a yoga studio (en): never having done it asks whether experience is needed',
      language: 'en',
      rows: rowsOf('yoga.en.json'),
      asked: [["I've never done yoga before, is that ok", 'Do I need experience to join a class?']],
    },
    {
      name: 'a golf course (es): being federated is the licence, jeans the dress code, eating there the restaurant',
      language: 'es',
      rows: rowsOf('golf.es.json'),
      asked: [
        ['¿puedo jugar sin estar federado?', '¿Hace falta tener licencia?'],
        ['¿puedo ir en vaqueros?', '¿Cuál es el código de vestimenta?'],
        ['¿se puede comer allí?', '¿Hay restaurante?'],
      ],
    },
    {
      name: 'a riding school (es): never having ridden is being a beginner',
      language: 'es',
      rows: rowsOf('equitacion.es.json'),
      asked: [['nunca he montado a caballo, puedo empezar?', '¿Dais clases para principiantes?']],
    },
    {
      name: 'a skateboarding school (pt): getting hurt asks whether it is dangerous',
      language: 'pt',
      rows: rowsOf('escolaskate.pt.json'),
      asked: [['minha filha pode se machucar?', 'É perigoso?']],
    },
    {
      name: 'a digital bank (pt): the extra limit is the overdraft, paying to keep the account its fee',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['o que é esse limite extra que aparece na conta?', 'Como funciona o cheque especial?'],
        ['quanto cobram pra manter a conta', 'Quais são as tarifas?'],
      ],
    },
    {
      name: 'a uniform maker (pt): a company logo is its logomarca, plus size a large size',
      language: 'pt',
      rows: rowsOf('uniformes.pt.json'),
      asked: [
        ['dá pra colocar o logo da empresa bordado?', 'Vocês bordam a logomarca?'],
        ['tem tamanho plus size?', 'Vocês fazem tamanhos grandes?'],
      ],
    },
    {
      name: 'a second-hand bookshop (pt): sending to another state is delivering',
      language: 'pt',
      rows: rowsOf('sebo.pt.json'),
      asked: [['mandam pra outro estado', 'Vocês fazem entrega?']],
    },
    {
      name: 'an archery club (es): the risk of getting hurt asks whether it is dangerous, the office team is a company',
      language: 'es',
      rows: rowsOf('tiroconarco.es.json'),
      asked: [
        ['¿hay riesgo de hacerse daño?', '¿Es peligroso?'],
        ['buscamos una actividad para el equipo de la oficina', '¿Organizáis actividades para empresas?'],
      ],
    },
    {
      name: 'an axe throwing venue (en): throwing in sandals asks what to wear, anyone hurt asks whether it is safe',
      language: 'en',
      rows: rowsOf('axethrowing.en.json'),
      asked: [
        ['can i throw in sandals', 'What should I wear?'],
        ['has anyone ever got hurt', 'Is it safe?'],
      ],
    },
    {
      name: 'a skydiving school (pt): never having jumped is a beginner, a jump given as a present a voucher',
      language: 'pt',
      rows: rowsOf('paraquedismo.pt.json'),
      asked: [
        ['nunca saltei, tem problema?', 'Preciso de experiência?'],
        ['quero dar um salto de presente pro meu namorado', 'Vocês vendem vale-presente?'],
      ],
    },
    {
      name: 'a clinical analysis laboratory (es): taking blood is an extraction, breakfast before asks about fasting',
      language: 'es',
      rows: rowsOf('analisisclinicos.es.json'),
      asked: [
        ['¿a qué hora sacáis sangre?', '¿Cuál es el horario de extracciones?'],
        ['mi padre no puede salir de casa, ¿podéis venir a sacarle sangre?', '¿Hacéis extracciones a domicilio?'],
        ['¿puedo desayunar antes de la analítica?', '¿Tengo que ir en ayunas?'],
      ],
    },
    {
      name: 'a piano teacher (en): lessons over video are online, never having touched a piano is a beginner',
      language: 'en',
      rows: rowsOf('pianolessons.en.json'),
      asked: [
        ['could we have the lessons over video', 'Can I have lessons online?'],
        ["i've never touched a piano, can i still learn", 'Do you teach complete beginners?'],
      ],
    },
    {
      name: 'a self-service laundromat (pt): detergent is soap',
      language: 'pt',
      rows: rowsOf('lavanderiaautoatendimento.pt.json'),
      asked: [['preciso trazer detergente?', 'Preciso levar sabão?']],
    },
    {
      name: 'a driveway cleaning company (en): how many hours is how long',
      language: 'en',
      rows: rowsOf('driveway2.en.json'),
      asked: [['how many hours does a driveway take', 'How long does the job take?']],
    },
    {
      name: 'an online language school (pt): the monthly fee, where no question says one, is the price',
      language: 'pt',
      rows: rowsOf('idiomasonline.pt.json'),
      asked: [['e a mensalidade do inglês?', 'Quanto custa o curso de inglês?']],
    },
    {
      name: 'a car key shop (es): a scooter is a motorbike',
      language: 'es',
      rows: rowsOf('cerrajeria2.es.json'),
      asked: [['hacéis llaves de scooter?', '¿Hacéis llaves de moto?']],
    },
    {
      name: 'holiday cottages (en): getting the keys is checking in',
      language: 'en',
      rows: rowsOf('holidaycottages.en.json'),
      asked: [['what time can we get the keys', 'What time is check-in?']],
    },
    {
      name: 'an elderly home care agency (pt): qualified is trained, the day rate (diária) a price, Saturday and Sunday the weekend',
      language: 'pt',
      rows: rowsOf('cuidadoresidosos.pt.json'),
      asked: [
        ['os cuidadores são qualificados?', 'Os cuidadores têm formação?'],
        ['qual o valor da diária da cuidadora', 'Quanto custa um cuidador?'],
        ['preciso de alguém sábado e domingo', 'Posso contratar só para fim de semana?'],
      ],
    },
    {
      name: 'a barber shop (es): a pack of several is a bono, covering grey hair a dye',
      language: 'es',
      rows: rowsOf('barberia.es.json'),
      asked: [
        ['tenéis algún pack de varios cortes?', '¿Tenéis bonos?'],
        ['quiero tapar canas', '¿Hacéis tintes?'],
      ],
    },
    {
      name: 'a laser tag arena (en): a little girl is a child, grown-ups adults',
      language: 'en',
      rows: rowsOf('lasertag.en.json'),
      asked: [
        ['my little girl is 4, is that too young', 'What is the minimum age?'],
        ['can grown ups have a go too', 'Can adults play?'],
      ],
    },
    {
      name: 'the 54-question carrier (en): a lost SIM asks for a replacement, not to report a lost phone',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['i lost my sim, what now', 'How do I get a replacement SIM?']],
    },
    {
      name: 'a board game café (es): what one pays is the price, telling them before is booking, a bite (picar algo) food',
      language: 'es',
      rows: rowsOf('juegosmesa.es.json'),
      asked: [
        ['qué se paga por entrar', '¿Cuánto cuesta jugar en el local?'],
        ['hay que avisar antes de ir un sábado?', '¿Hay que reservar mesa?'],
        ['se puede picar algo allí?', '¿Tenéis comida?'],
      ],
    },
    {
      name: 'a bike fitting studio (en): paying monthly is paying in instalments',
      language: 'en',
      rows: rowsOf('bikefitting.en.json'),
      asked: [['can i pay monthly for a bike fit', 'Can I pay in instalments?']],
    },
    {
      name: 'a bathroom renovation company (es): without paying anything is free',
      language: 'es',
      rows: rowsOf('reformasbano.es.json'),
      asked: [['venís a verlo y me decís el precio sin pagar nada?', '¿Hacéis presupuesto gratis?']],
    },
    {
      name: 'a tennis club (en): a racquet is a racket',
      language: 'en',
      rows: rowsOf('tennisclub.en.json'),
      asked: [['can i borrow a racquet', 'Can I hire a racket?']],
    },
    {
      name: 'the 54-question carrier (en): gb are data, a number that stays the same is kept',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ['how many gb do i have left this month', 'How do I check my data usage?'],
        ['will my number stay the same if i move to you', 'Can I keep my number when I join?'],
      ],
    },
    {
      name: 'a scuba diving school (pt): the doctor’s clearance is a medical certificate',
      language: 'pt',
      rows: rowsOf('mergulho.pt.json'),
      asked: [['preciso de liberação médica pra mergulhar?', 'Preciso de atestado médico?']],
    },
    {
      name: 'the 25-question telecom FAQ (en): a SIM for one of the family on my plan is a line added',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['i need a sim for my husband on my plan', 'How do I add a new line to my account?']],
    },
    {
      name: 'a canine hydrotherapy centre (en): a dog that hates getting wet is scared of water',
      language: 'en',
      rows: rowsOf('doghydro.en.json'),
      asked: [['she hates getting wet, is that a problem', 'My dog is scared of water, can you still help?']],
    },
    {
      name: 'a muay thai gym (pt): never having fought asks whether experience is needed, a class to see if one likes it is a trial, a shower after training the changing room’s',
      language: 'pt',
      rows: rowsOf('muaythai.pt.json'),
      asked: [
        ['nunca lutei, tem problema?', 'Preciso ter experiência?'],
        ['dá pra fazer uma aula pra ver se eu gosto?', 'Tem aula experimental?'],
        ['posso tomar banho depois da aula?', 'Tem vestiário com chuveiro?'],
      ],
    },
    {
      name: 'a drawing academy (es): how many people there are is how many students',
      language: 'es',
      rows: rowsOf('academiadibujo.es.json'),
      asked: [['cuánta gente hay por clase?', '¿Cuántos alumnos hay por grupo?']],
    },
    {
      name: 'the 54-question carrier (en): the voicemail code is its PIN',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['i need to reset my voicemail code', 'How do I change my voicemail PIN?']],
    },
    {
      name: 'the 26-question bank (pt): the account’s upkeep is a fee',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['vocês cobram manutenção da conta?', 'Quais são as tarifas?']],
    },
    {
      name: 'a home medical equipment rental (pt): a deposit is the caução; a thing taken to a house is delivered',
      language: 'pt',
      rows: rowsOf('equipamentoshospitalares.pt.json'),
      asked: [
        ['precisa deixar depósito?', 'Tem caução?'],
        ['vocês levam até a casa e deixam instalado?', 'Vocês entregam e montam?'],
      ],
    },
    {
      name: 'a nail salon (es): how long it holds is how long it lasts, a pack of sessions a bono, partido broken',
      language: 'es',
      rows: rowsOf('unas.es.json'),
      asked: [
        ['cuánto aguanta el semipermanente', '¿Cuánto dura el esmaltado semipermanente?'],
        ['tenéis pack de sesiones?', '¿Tenéis bonos?'],
        ['se me ha partido la uña, qué hago', '¿Qué pasa si se me rompe una uña?'],
      ],
    },
    {
      name: 'an alpaca trekking farm (en): shoes are what to wear, a walk given as a birthday present a gift voucher, a wheelchair user asks about access',
      language: 'en',
      rows: rowsOf('alpacawalks.en.json'),
      asked: [
        ['are trainers okay for the walk', 'What should I wear?'],
        ['can i give a walk as a christmas present', 'Can I buy a gift voucher?'],
        ['my dad is a wheelchair user, can he come', 'Is the trail suitable for wheelchairs?'],
      ],
    },
    {
      name: 'a ski school (es): the lift pass is the forfait, a blizzard bad weather, in a group collective, covered insured, añitos an age',
      language: 'es',
      rows: rowsOf('escuelaesqui.es.json'),
      asked: [
        ['va incluido el pase de esquí?', '¿El forfait está incluido?'],
        ['qué pasa si hay ventisca', '¿Qué pasa si cierran las pistas por mal tiempo?'],
        ['se puede ir en grupo a clase?', '¿Tenéis cursillos colectivos?'],
        ['si me hago daño en clase, estoy cubierto?', '¿Hay seguro de accidentes?'],
        ['mi peque tiene 4 añitos, se puede apuntar?', '¿Desde qué edad pueden aprender los niños?'],
      ],
    },
    {
      name: 'a pet taxi (pt): a climatised car has air conditioning',
      language: 'pt',
      rows: rowsOf('taxipet.pt.json'),
      asked: [['o carro é climatizado?', 'O carro tem ar-condicionado?']],
    },
    {
      name: 'a treetop adventure park (en): drizzle is rain, an admission fee a price, a class trip a school group',
      language: 'en',
      rows: rowsOf('treeclimbing.en.json'),
      asked: [
        ["what if it's drizzling", 'What happens if it rains?'],
        ["what's the admission fee", 'How much does it cost?'],
        ["we're planning a school trip", 'Can we book for a school group?'],
      ],
    },
    {
      name: 'the 54-question carrier (en): when a bill needs to be paid is when it is due',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['when does the bill need to be paid', 'When is my bill due?']],
    },
    {
      name: 'the 26-question bank (pt): quitar a bill is paying it',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['onde eu quito a fatura', 'Como pago a fatura do cartão?']],
    },
    {
      name: 'a wine shop (es): biológico is organic',
      language: 'es',
      rows: rowsOf('vinos2.es.json'),
      asked: [['tenéis vino biológico', '¿Tenéis vinos ecológicos?']],
    },
    {
      name: 'the 25-question telecom FAQ (en): the helpline is customer service',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['when does the helpline close', 'What are your customer service hours?']],
    },
    {
      name: 'a chiropractic clinic (pt): a migraine is a headache, a referral the doctor’s request',
      language: 'pt',
      rows: rowsOf('quiropraxia.pt.json'),
      asked: [
        ['sofro de enxaqueca, vocês tratam', 'Vocês tratam dor de cabeça?'],
        ['precisa de encaminhamento?', 'Preciso de pedido médico?'],
      ],
    },
    {
      name: 'a music school (es): reading sheet music is solfeo, what one pays a month the monthly fee',
      language: 'es',
      rows: rowsOf('escuelamusica2.es.json'),
      asked: [
        ['hay que saber leer partituras', '¿Hay que saber solfeo?'],
        ['qué pago al mes por las clases', '¿Cuánto cuesta la mensualidad?'],
      ],
    },
    {
      name: 'a garden room builder (en): the council approving a build is planning permission, measuring up a survey, a concrete base the foundations',
      language: 'en',
      rows: rowsOf('gardenrooms.en.json'),
      asked: [
        ['does the council need to approve a garden room', 'Do I need planning permission?'],
        ['can you come and measure up', 'Can you visit to survey my garden?'],
        ['does it sit on a concrete base', 'What foundations do you use?'],
      ],
    },
    {
      name: 'the 26-question bank (pt): a higher limit is raising it, asking for credit a loan, making money yield more investing',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['quero um limite mais alto no cartão', 'Como aumento o limite do cartão?'],
        ['quero pedir um crédito', 'Como peço um empréstimo?'],
        ['onde aplico pra render mais', 'Como invisto meu dinheiro?'],
      ],
    },
    {
      name: 'an embroidery workshop (pt): a colour said by its name is a colour',
      language: 'pt',
      rows: rowsOf('bordados.pt.json'),
      asked: [['bordam com linha dourada', 'Quais cores de linha vocês têm?']],
    },
    {
      name: 'a child psychology centre (es): hyperactivity is ADHD',
      language: 'es',
      rows: rowsOf('psicologiainfantil.es.json'),
      asked: [['mi hijo es muy hiperactivo', '¿Tratáis el TDAH?']],
    },
    {
      name: 'a student letting agent (en): looking round a house is a viewing',
      language: 'en',
      rows: rowsOf('lettings2.en.json'),
      asked: [['can we look round the house first', 'Can I view a house before signing?']],
    },
    {
      name: 'the 25-question telecom FAQ (en): the day a bill must be paid by is when it is due',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['when does my bill have to be paid by', 'When is my bill due?']],
    },
    {
      name: 'the 20-question bank (pt): a step by step asks how, a limit that grows is raised',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [
        ['qual o passo a passo para fazer um pix', 'Como faço um Pix?'],
        ['como faço o limite crescer', 'Como aumento o limite do cartão de crédito?'],
      ],
    },
    {
      name: 'a car upholstery workshop (es): forrar is tapizar, how long the work is covered its guarantee',
      language: 'es',
      rows: rowsOf('tapiceriacoches.es.json'),
      asked: [
        ['me forráis los asientos en cuero, qué precio', '¿Cuánto cuesta tapizar los asientos?'],
        ['cuánto tiempo me cubre la reparación', '¿Dais garantía?'],
      ],
    },
    {
      name: 'a sailing school (en): an instructor just for us is private, a qualification a certificate, a gale bad weather',
      language: 'en',
      rows: rowsOf('sailingschool.en.json'),
      asked: [
        ['can we have an instructor just for us', 'Do you offer private lessons?'],
        ['do i get a qualification at the end', 'Do you give a certificate?'],
        ["what if there's a gale", 'What happens if the weather is bad?'],
      ],
    },
    {
      name: 'the 54-question carrier (en): an order status is tracking it',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['where can i find my order status', 'How do I track my order?']],
    },
    {
      name: 'a chess school (pt): a teacher just for me is a private class',
      language: 'pt',
      rows: rowsOf('xadrez.pt.json'),
      asked: [['quero um professor só para mim', 'Tem aula particular?']],
    },
    {
      name: 'a pet cremation service (en): a way asked is not answered by how long a thing takes',
      language: 'en',
      rows: rowsOf('petcremation.en.json'),
      asked: [['how long until the ashes come back', 'How long until I get the ashes back?']],
      offTopic: ['how do i scatter the ashes'],
    },
    {
      name: 'a used iPhone shop (pt): the fonte de tomada is the charger, regretting a purchase returning it; where one lives (moro no Recife) tells, it does not ask',
      language: 'pt',
      rows: rowsOf('seminovos.pt.json'),
      asked: [
        ['vem com a fonte de tomada?', 'Os aparelhos vêm com carregador?'],
        ['e se eu me arrepender depois', 'Posso devolver se não gostar?'],
        ['moro no recife, vocês mandam pra cá', 'Vocês entregam?'],
      ],
    },
    {
      name: 'the 20-question bank (pt): calling the central is its support, ending the relationship closing the account',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [
        ['que horas posso ligar na central', 'Qual o horário de atendimento?'],
        ['quero encerrar meu relacionamento com vocês', 'Como encerro minha conta?'],
      ],
    },
    {
      name: 'a drone filming company (es): a resolution is its quality, from above aerial',
      language: 'es',
      rows: rowsOf('drones.es.json'),
      asked: [
        ['grabáis en alta resolución', '¿En qué calidad grabáis?'],
        ['vendo un piso, hacéis fotos desde el aire', '¿Hacéis fotos aéreas de inmuebles?'],
      ],
    },
    {
      name: 'a crazy golf course (en): turning an age is a birthday, under cover indoors, a bite to eat food',
      language: 'en',
      rows: rowsOf('minigolf.en.json'),
      asked: [
        ['my son turns 7, can we have his party with you', 'Can we have a birthday party here?'],
        ['is the course undercover', 'Is the course indoors?'],
        ['can we grab a bite to eat', 'Do you serve food and drinks?'],
      ],
    },
    {
      name: 'the 54-question carrier (en): a bill bigger than usual is higher, money out of the bank by itself a direct debit',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ['my bill is bigger than usual', 'Why is my bill higher than usual?'],
        ['can my bill come out of my account automatically', 'How do I set up direct debit?'],
      ],
    },
    {
      name: 'a wedding planner (pt): a debutante is a 15th birthday party, who confirmed is on the guest list',
      language: 'pt',
      rows: rowsOf('cerimonial.pt.json'),
      asked: [
        ['vocês fazem festa de debutante', 'Vocês organizam festas de 15 anos?'],
        ['vocês controlam quem confirmou presença?', 'Vocês cuidam da lista de convidados?'],
      ],
    },
    {
      name: 'the 26-question bank (pt): a strange call and data given away is a scam',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['atendi uma ligação estranha e passei meus dados', 'Caí num golpe, o que faço?']],
    },
    {
      name: 'a hair transplant clinic (es): ponerse pelo is a transplant, a method a technique, días de baja going back to work',
      language: 'es',
      rows: rowsOf('injertocapilar.es.json'),
      asked: [
        ['cuánto cuesta ponerse pelo', '¿Cuánto cuesta un injerto capilar?'],
        ['qué método usáis', '¿Qué técnica usáis?'],
        ['cuántos días de baja hacen falta', '¿Cuándo puedo volver a trabajar?'],
      ],
    },
    {
      name: 'a fancy dress hire (en): an outfit is a costume, money left as security a deposit',
      language: 'en',
      rows: rowsOf('costumehire.en.json'),
      asked: [
        ['how much to hire an outfit', 'How much does it cost to hire a costume?'],
        ['do you take money as security', 'Is there a deposit?'],
      ],
    },
    {
      name: 'a sneaker cleaning shop (pt): à prova d’água is waterproofing, changing a colour painting, cheaper a discount',
      language: 'pt',
      rows: rowsOf('lavagemtenis.pt.json'),
      asked: [
        ["o tênis fica à prova d'água?", 'Vocês colocam impermeabilizante?'],
        ['dá pra mudar a cor do tênis', 'Vocês fazem pintura de tênis?'],
        ['levando dois pares sai mais barato', 'Tem desconto para mais de um par?'],
      ],
    },
    {
      name: 'an allotment hire (es): how many metres a thing has is its size',
      language: 'es',
      rows: rowsOf('huertos.es.json'),
      asked: [['cuántos metros tiene cada parcela', '¿Qué tamaño tienen las parcelas?']],
    },
    {
      name: 'the 25-question telecom FAQ (en): a number that comes along is ported, a repair person a technician',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [
        ['switching to you, can my number come with me', 'How do I port my number from another carrier?'],
        ['can a repair person come out to me', 'How do I schedule a technician visit?'],
      ],
    },
    {
      name: 'a ghost walk (en): heavy rain said as it is said is rain',
      language: 'en',
      rows: rowsOf('ghosttours.en.json'),
      asked: [['do you still go out if it is tipping down', 'Does the tour go ahead in the rain?']],
    },
    {
      name: 'a meal-prep kitchen (pt): requentar is esquentar, a quentinha a marmita, a pote the packaging, pouco carboidrato low carb',
      language: 'pt',
      rows: rowsOf('marmitaria.pt.json'),
      asked: [
        ['como requento a quentinha', 'Como esquento a marmita?'],
        ['o pote vai no forno?', 'As embalagens podem ir ao forno?'],
        ['tem prato com baixo carboidrato', 'Vocês têm cardápio para dieta low carb?'],
      ],
    },
    {
      name: 'the 26-question bank (pt): becoming a correntista opens an account',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['como eu me torno cliente de vocês', 'Como abro uma conta?']],
    },
    {
      name: 'a boat hire (es): a lancha is a boat, a temporal bad weather, a titulación the licence, críos children, beer a drink',
      language: 'es',
      rows: rowsOf('alquilerbarcos.es.json'),
      asked: [
        ['una lancha cuánto cuesta', '¿Cuánto cuesta alquilar un barco?'],
        ['y si ese día hay un temporal', '¿Qué pasa si hace mal tiempo?'],
        ['qué titulación necesito', '¿Necesito licencia para alquilar un barco?'],
        ['tenéis chalecos para los peques', '¿Hay chalecos salvavidas?'],
        ['podemos llevar cervezas a bordo', '¿Se puede llevar comida y bebida?'],
      ],
    },
    {
      name: 'a pole dance studio (pt): where its questions qualify a class by what follows ("aula particular"), a class of another kind asked for is not one of them',
      language: 'pt',
      rows: rowsOf('poledance.pt.json'),
      asked: [['vocês dão aula particular de pole', 'Vocês dão aula particular?']],
      offTopic: ['vocês dão aula de pilates', 'tem aula de spinning'],
    },
    {
      name: 'a boxing gym (es): "clases para niños" qualifies its classes, so yoga classes are another kind',
      language: 'es',
      rows: rowsOf('boxeo.es.json'),
      asked: [['mi hija de 9 años puede dar clases', '¿Hay clases para niños?']],
      offTopic: ['¿tenéis clases de pilates?', 'hacéis clases de spinning'],
    },
    {
      name: 'a pay-to-fish lake (pt): a dog named by its breed is a dog',
      language: 'pt',
      rows: rowsOf('pesquepague.pt.json'),
      asked: [['posso levar meu shih tzu', 'Pode levar cachorro?']],
    },
    {
      name: 'the 26-question bank (pt): the fake-employee scam is a scam',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['fui vítima do golpe do falso funcionário', 'Caí num golpe, o que faço?']],
    },
    {
      name: 'a fishing lake (en): a child said by age after who it is ("my lad is 8")',
      language: 'en',
      rows: rowsOf('fishinglake.en.json'),
      asked: [['my lad is 8, can he have a go', 'Can children fish?']],
    },
    {
      name: 'una instaladora de placas solares (es): government help is a subsidy; clouds are a cloudy day',
      language: 'es',
      rows: rowsOf('placassolares.es.json'),
      asked: [
        ['hay alguna ayuda del gobierno para las placas', '¿Hay subvenciones?'],
        ['si hay nubes funcionan igual', '¿Funcionan los días nublados?'],
      ],
    },
    {
      name: 'uma escola de surfe (pt): which street asks where; a trip (viagem) is the surf trip its answer calls viagens',
      language: 'pt',
      rows: rowsOf('escolasurfe.pt.json'),
      asked: [
        ['em que rua vocês ficam', 'Onde fica a escola?'],
        ['em que rua fica', 'Onde fica a escola?'],
        ['vcs organizam viagem pra surfar', 'Vocês fazem surf trip?'],
      ],
    },
    {
      name: "a cricket club (en): women's is women, so ladies and women find the women's teams",
      language: 'en',
      rows: rowsOf('cricketclub.en.json'),
      asked: [
        ['are there teams for women', "Do you have women's teams?"],
        ['do you have a ladies team', "Do you have women's teams?"],
      ],
    },
    {
      name: 'uma manutenção de piscinas (pt): esverdeada is green',
      language: 'pt',
      rows: rowsOf('piscinas.pt.json'),
      asked: [['a água tá toda esverdeada', 'A água da piscina ficou verde, o que faço?']],
    },
    {
      name: 'una tienda de patinetes (es): keeping it plugged in is charging it',
      language: 'es',
      rows: rowsOf('patinetes.es.json'),
      asked: [
        ['cuántas horas hay que tenerlo enchufado', '¿Cuánto tarda en cargarse?'],
        ['cuánto rato hay que dejarlo enchufado', '¿Cuánto tarda en cargarse?'],
      ],
    },
    {
      name: 'a scuba diving centre (en): asthma and diabetes are medical conditions',
      language: 'en',
      rows: rowsOf('scuba.en.json'),
      asked: [
        ["i'm diabetic, can i still learn to dive", 'Can I dive with a medical condition?'],
        ['my son has asthma, can he dive', 'Can I dive with a medical condition?'],
      ],
    },
    {
      name: 'a wedding car hire (en): something paid upfront is a deposit; fizz is champagne',
      language: 'en',
      rows: rowsOf('weddingcars.en.json'),
      asked: [
        ['do we have to pay something upfront', 'Is a deposit required?'],
        ['will there be fizz for the two of us', 'Can we have champagne in the car?'],
      ],
    },
    {
      name: 'um estúdio de sobrancelhas (pt): rena is henna, a bigode the buço',
      language: 'pt',
      rows: rowsOf('sobrancelhas.pt.json'),
      asked: [
        ['quantos dias fica a rena na pele', 'Quanto tempo dura a henna?'],
        ['fazem sobrancelha com rena', 'Quanto custa o design de sobrancelhas?'],
        ['fazem bigode com linha', 'Vocês fazem depilação de buço?'],
      ],
    },
    {
      name: 'the 26-question bank (pt): becoming a customer opens an account; not knowing where the card was left is losing it',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['como viro correntista', 'Como abro uma conta?'],
        ['não sei onde deixei meu cartão, e agora', 'Perdi meu cartão, o que faço?'],
      ],
    },
    {
      name: 'the 25-question telecom FAQ (en): moving an existing number over is porting it',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['can i move my existing number to your network', 'How do I port my number from another carrier?']],
    },
    {
      name: 'the 20-question bank (pt): getting a password back is forgetting it, and "o que faço" asks a way',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['como recupero a senha', 'Esqueci minha senha, o que faço?']],
    },
    {
      name: 'the 26-question bank (pt): a question ending "o que faço?" answers how to do it',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['como faço se perdi meu cartão', 'Perdi meu cartão, o que faço?'],
        ['como bloqueio o cartão que sumiu', 'Perdi meu cartão, o que faço?'],
      ],
    },
    {
      name: 'a digital bank (pt): a currency is money asked about, not what the account earns',
      language: 'pt',
      rows: rowsOf('banco8.pt.json'),
      asked: [],
      offTopic: ['quanto está o euro agora', 'quanto tá o euro hoje'],
    },
    {
      name: 'una academia de programación (es): how many months it is asks how long it lasts',
      language: 'es',
      rows: rowsOf('programacion.es.json'),
      asked: [
        ['y cuántos meses son más o menos', '¿Cuánto dura el bootcamp?'],
        ['cuántos meses son de clase', '¿Cuánto dura el bootcamp?'],
      ],
    },
    {
      name: 'a barber (en): shut on a day asks the opening hours; a skin fade is a haircut',
      language: 'en',
      rows: rowsOf('barber.en.json'),
      asked: [
        ['are you shut on bank holidays', 'What are your opening hours?'],
        ['how much for a skin fade', 'How much is a haircut?'],
      ],
    },
    {
      name: 'a launderette (en): Google Pay is paying contactless; shirts pressed are ironed',
      language: 'en',
      rows: rowsOf('laundrette.en.json'),
      asked: [
        ['can i pay the machines with google pay', 'Do the machines take cards?'],
        ['could you press my shirts', 'Do you do ironing?'],
      ],
    },
    {
      name: 'a mobile carrier (en): an old phone swapped for credit is a trade-in',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [['can my old handset be swapped for credit', 'How do I trade in my old phone?']],
    },
    {
      name: 'uma empresa de motoboy (pt): a motoqueiro is a motoboy; seeing where he is is tracking',
      language: 'pt',
      rows: rowsOf('motoboy.pt.json'),
      asked: [
        ['preciso chamar um motoqueiro agora', 'Como solicito um motoboy?'],
        ['dá pra ver onde está o motoboy', 'Posso acompanhar a entrega?'],
      ],
    },
    {
      name: 'una dietista (es): eating no meat nor fish is vegan; coeliac is an allergy where the knowledge base says allergies',
      language: 'es',
      rows: rowsOf('dietista.es.json'),
      asked: [
        ['no como carne ni pescado, tenéis algo para mí', '¿Hacéis planes veganos?'],
        ['soy celíaca, qué me ofrecéis', '¿Hacéis dietas para alergias e intolerancias?'],
      ],
    },
    {
      name: 'hot air balloon flights (en): having the basket to ourselves is a private flight',
      language: 'en',
      rows: rowsOf('balloonrides.en.json'),
      asked: [['could the two of us have the basket to ourselves', 'Can I book a private balloon?']],
    },
    {
      name: 'a telecom FAQ (en): which day one has to pay asks when the bill is due',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['which day do i have to pay each month', 'When is my bill due?']],
    },
    {
      name: 'uma estética automotiva (pt): insulfilm is the window film; a fedor is a smell',
      language: 'pt',
      rows: rowsOf('esteticaautomotiva.pt.json'),
      asked: [
        ['vocês colocam insulfilm', 'Vocês aplicam película nos vidros?'],
        ['o carro ficou com um fedor horrível', 'Vocês tiram cheiro de cigarro do carro?'],
      ],
    },
    {
      name: 'uma clínica de acupuntura (pt): a smoker and a cigarette are smoking',
      language: 'pt',
      rows: rowsOf('acupuntura.pt.json'),
      asked: [
        ['sou fumante há 20 anos, acupuntura ajuda?', 'Acupuntura ajuda a parar de fumar?'],
        ['quero deixar o cigarro', 'Acupuntura ajuda a parar de fumar?'],
      ],
    },
    {
      name: 'un club de tenis (es): a grown-up saying their age asks for adults',
      language: 'es',
      rows: rowsOf('clubtenis.es.json'),
      asked: [['tengo 35 años, hay clases para mí', '¿Dais clases para adultos?']],
    },
    {
      name: 'a laptop repair shop (en): a drink spilt on it got it wet; spyware and malware are viruses',
      language: 'en',
      rows: rowsOf('laptoprepair.en.json'),
      asked: [
        ['i spilt tea on my laptop, can you fix it', 'Can you fix a laptop that got wet?'],
        ['can you get rid of spyware', 'Can you remove a virus?'],
      ],
    },
    {
      name: 'una peluquería canina (es): las orejas son los oídos; cuánto rato es cuánto tarda',
      language: 'es',
      rows: rowsOf('peluqueriacanina2.es.json'),
      asked: [
        ['le podéis limpiar las orejas a mi perro', '¿Limpiáis los oídos y las glándulas anales?'],
        ['cuánto rato tengo que dejarlo', '¿Cuánto tiempo tarda?'],
      ],
    },
    {
      name: 'una limpieza a domicilio (es): windows are the glass where the knowledge base says glass',
      language: 'es',
      rows: rowsOf('limpiezahogar.es.json'),
      asked: [['limpiáis ventanas por dentro y por fuera', '¿Limpiáis cristales?']],
    },
    {
      name: 'um banco (pt): sem lembrar is forgetting',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['fiquei sem lembrar minha senha', 'Esqueci minha senha, o que faço?']],
    },
    {
      name: 'uma oficina de ar-condicionado automotivo (pt): carregar o gás is a recharge',
      language: 'pt',
      rows: rowsOf('arcondicionadoauto.pt.json'),
      asked: [['quanto fica carregar o gás do ar condicionado', 'Quanto custa a recarga do ar-condicionado?']],
    },
    {
      name: "a telecom and a bike courier (en): a download or upload speed is the internet's; where the rider is asks to track",
      language: 'en',
      rows: [...rowsOf('telecom.en.json'), ...rowsOf('bikecourier.en.json')],
      asked: [
        ['my upload speed is awful', 'Why is my internet slow?'],
        ['wheres my rider', 'Can I track my delivery?'],
      ],
    },
    {
      name: 'a carrier (en): asking where a parcel is asks to track it',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [["i'd like to know where my parcel is", 'How do I track my order?']],
    },
    {
      name: 'una escuela náutica (es): not passing is failing; which dates asks when',
      language: 'es',
      rows: rowsOf('escuelanautica.es.json'),
      asked: [
        ['qué pasa si no apruebo el examen teórico', '¿Qué pasa si suspendo el examen?'],
        ['en qué fechas es el examen', '¿Cuándo son los exámenes?'],
      ],
    },
    {
      name: 'um gesseiro (pt): m2 is the square metre',
      language: 'pt',
      rows: rowsOf('gesso.pt.json'),
      asked: [['quanto sai o m2 do forro', 'Quanto custa o metro do forro de gesso?']],
    },
    {
      name: 'una grúa (es): what it takes you to do a thing is how long you take',
      language: 'es',
      rows: rowsOf('grua.es.json'),
      asked: [['cuánto te lleva venir', '¿Cuánto tardáis en llegar?']],
    },
    {
      name: 'whale-watching trips (en): on the boat is on board; a buggy is a pushchair',
      language: 'en',
      rows: rowsOf('whalewatching.en.json'),
      asked: [
        ['is there a loo on the ferry', 'Is there a toilet on board?'],
        ["can we bring the baby's buggy", 'Can I bring a pushchair?'],
      ],
    },
    {
      name: 'una bodega con visitas (es): how long a thing lasts is how long it takes; a tour is a visit',
      language: 'es',
      rows: rowsOf('enoturismo.es.json'),
      asked: [
        ['cuánto tiempo dura el tour', '¿Cuánto dura la visita?'],
        ['cuánto tiempo dura la visita guiada', '¿Cuánto dura la visita?'],
      ],
    },
    {
      name: "um banco (pt): a card still travado asks to unblock it; changing one's mind; the card's conta is its fatura",
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['meu cartão novo continua travado', 'Como desbloqueio meu cartão novo?'],
        ['mudei de ideia, quero encerrar tudo e fechar a conta', 'Como encerro minha conta?'],
        ['como pago a conta do cartão de crédito pelo app', 'Como pago a fatura do cartão?'],
      ],
    },
    {
      name: 'a cattery (en): picking her up is collecting her; unwell is ill; what to pack is what to bring',
      language: 'en',
      rows: rowsOf('cattery.en.json'),
      asked: [
        ['when can we pick him up', 'What are your drop-off and collection times?'],
        ['what do you do if he becomes unwell', 'What happens if my cat gets ill?'],
        ['what should we pack for her stay', 'Do I need to bring anything?'],
      ],
    },
    {
      name: 'um aluguel de brinquedos para festas (pt): installing is setting up; a trampoline; watching the children',
      language: 'pt',
      rows: rowsOf('brinquedosfesta.pt.json'),
      asked: [
        ['vocês que instalam o pula-pula?', 'Vocês montam os brinquedos?'],
        ['quanto é o trampolim', 'Vocês têm cama elástica?'],
        ['tem alguém pra olhar as crianças no brinquedo', 'Tem monitor para cuidar das crianças?'],
        ['e se o tempo estiver chuvoso no sábado', 'E se chover no dia?'],
      ],
    },
    {
      name: 'una tienda de regalos (es): a form of estar is no content word',
      language: 'es',
      rows: rowsOf('regalos.es.json'),
      asked: [['para cuándo estaría listo si lo encargo hoy', '¿Cuánto tardáis?']],
    },
    {
      name: 'una tienda de reparación de móviles (es): dropped in water is wet; an iPad is a tablet',
      language: 'es',
      rows: rowsOf('reparacionmoviles.es.json'),
      asked: [
        ['se me ha caído el teléfono al agua', '¿Reparáis móviles mojados?'],
        ['tengo el ipad con la pantalla rota', '¿Arregláis tablets y portátiles?'],
      ],
    },
    {
      name: 'uma assistência de celulares e um banco (pt): dropped in the pool is wet; em espécie is money',
      language: 'pt',
      rows: [...rowsOf('assistenciacelular.pt.json'), ...rowsOf('banco5.pt.json')],
      asked: [
        ['meu celular caiu na piscina', 'Meu celular caiu na água, tem conserto?'],
        ['como retiro dinheiro em espécie', 'Como saco dinheiro?'],
      ],
    },
    {
      name: 'an indoor karting track (en): dangerous asks whether it is safe; expecting is pregnant',
      language: 'en',
      rows: rowsOf('karting.en.json'),
      asked: [
        ['is it dangerous for kids', 'Is it safe?'],
        ["i'm expecting a baby, can i drive a kart", 'Can I drive if I am pregnant?'],
      ],
    },
    {
      name: 'una academia de inglés (es): French is another language where the academy says languages',
      language: 'es',
      rows: rowsOf('academiaingles.es.json'),
      asked: [['dais clases de alemán', '¿Dais clases de otros idiomas?']],
    },
    {
      name: 'um banco (pt): the password to get in is the app password; after ten is at night',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [
        ['preciso alterar minha senha de login', 'Como altero minha senha do aplicativo?'],
        ['qual o limite do pix depois das onze', 'Qual o limite do Pix à noite?'],
      ],
    },
    {
      name: 'um churrasco em domicílio (pt): por cabeça is por pessoa, how many hours asks how long',
      language: 'pt',
      rows: rowsOf('churrasco.pt.json'),
      asked: [
        ['qual o preço por cabeça', 'Quanto custa o churrasco por pessoa?'],
        ['vocês ficam quantas horas', 'Quanto tempo dura o serviço?'],
      ],
    },
    {
      name: 'um banco (pt): after 21h is at night',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [['quanto dá pra mandar no pix depois das 21h', 'Qual o limite do Pix à noite?']],
    },
    {
      name: "uma limpeza de caixa d'água (pt): an empty tank is emptied, not leaking",
      language: 'pt',
      rows: rowsOf('caixadagua.pt.json'),
      asked: [['preciso deixar a caixa vazia', 'Preciso esvaziar a caixa antes?']],
    },
    {
      name: 'a telecom FAQ (en): removing the network lock is unlocking',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [['how do i get the network lock taken off my phone', 'How do I unlock my phone?']],
    },
    {
      name: 'a music festival (en): pitching a tent is camping, which bands asks who is playing, a storm is bad weather',
      language: 'en',
      rows: rowsOf('festival.en.json'),
      asked: [
        ['can we put up a tent at the festival', 'Is there camping?'],
        ['what bands are on this year', 'Who is playing?'],
        ['does it go ahead in a thunderstorm', 'What happens if it rains?'],
      ],
    },
    {
      name: 'um banco digital (pt): "invisto" is "investir"; in the red is the overdraft; a card dropped is lost',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['quero investir, como eu invisto', 'Como invisto meu dinheiro?'],
        ['fiquei no negativo, o que acontece', 'Como funciona o cheque especial?'],
        ['deixei cair o cartão na rua', 'Perdi meu cartão, o que faço?'],
      ],
    },
    {
      name: 'a day spa (en): my wife and I are a couple; buying someone a voucher is a gift voucher',
      language: 'en',
      rows: rowsOf('dayspa.en.json'),
      asked: [
        ['can my wife and i be massaged at the same time', 'Can I book a couples massage?'],
        ['i want to buy my husband a voucher for his birthday', 'Do you sell gift vouchers?'],
      ],
    },
    {
      name: 'um aluguel de caçambas (pt): coming to fetch it is a retirada',
      language: 'pt',
      rows: rowsOf('cacamba.pt.json'),
      asked: [['já tá cheia, vocês podem vir buscar?', 'Como faço para pedir a retirada?']],
    },
    {
      name: 'an archery club (en): a dress code asks what to wear',
      language: 'en',
      rows: rowsOf('archery.en.json'),
      asked: [['do you have a dress code for beginners?', 'What should I wear?']],
    },
    {
      name: 'a mobile carrier (en): by what date asks when a bill is due; switching down a plan is a downgrade',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ['by which date do I need to pay the bill?', 'When is my bill due?'],
        ['can I switch down to a smaller plan?', 'How do I downgrade my plan?'],
      ],
    },
    {
      name: 'um banco digital (pt): wanting to have an account opens one',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [['eu queria ter uma conta com vocês', 'Como abro uma conta?']],
    },
    {
      name: 'una escuela de kitesurf (es): how many jornadas asks how long',
      language: 'es',
      rows: rowsOf('kitesurf.es.json'),
      asked: [['¿en cuántas jornadas se termina el curso?', '¿Cuántos días dura el curso?']],
    },
    {
      name: 'un operador móvil (es): on the metro, the bus or the train says where a phone was stolen, not whose it is',
      language: 'es',
      rows: rowsOf('movil.es.json'),
      asked: [['me han robado el móvil en el metro', 'Me han robado el móvil, ¿qué hago?']],
    },
    {
      name: 'un club de ajedrez (es): a competición is a torneo; which street you are in asks where you are; learning chess is a class',
      language: 'es',
      rows: rowsOf('ajedrez.es.json'),
      asked: [
        ['¿hacéis alguna competición este mes?', '¿Organizáis torneos?'],
        ['¿en qué calle estáis?', '¿Dónde está el club?'],
        ['mi hija de ocho años quiere aprender ajedrez', '¿Dais clases para niños?'],
      ],
    },
    {
      name: 'um centro hípico (pt): hipismo is equitação; never having ridden (nunca montei) is a beginner',
      language: 'pt',
      rows: rowsOf('hipica.pt.json'),
      asked: [
        ['quanto sai uma aula de hipismo', 'Quanto custa a aula de equitação?'],
        ['nunca montei na vida, tem problema', 'Preciso ter experiência?'],
      ],
    },
    {
      name: 'un administrador de fincas (es): the neighbours meeting is the junta',
      language: 'es',
      rows: rowsOf('adminfincas.es.json'),
      asked: [['¿cuándo es la próxima reunión de vecinos?', '¿Cuándo es la junta de propietarios?']],
    },
    {
      name: 'um hemocentro (pt): "doei" is what I did of "doar", a donor (doador, doadora) donates',
      language: 'pt',
      rows: rowsOf('hemocentro.pt.json'),
      asked: [
        ['doei faz um mês, quando posso de novo', 'De quanto em quanto tempo posso doar?'],
        ['com 18 anos posso ser doadora', 'Quem pode doar sangue?'],
      ],
    },
    {
      name: 'un alquiler de kayaks (es): a canoe is a kayak, a strong wind is bad weather, changing clothes wants a changing room, getting to you asks where',
      language: 'es',
      rows: rowsOf('kayak.es.json'),
      asked: [
        ['cuánto vale la piragua doble', '¿Cuánto cuesta alquilar un kayak?'],
        ['¿y si ese día hay tormenta?', '¿Qué pasa si hace mal tiempo?'],
        ['¿dónde puedo cambiarme de ropa?', '¿Hay vestuarios y duchas?'],
        ['¿cómo se llega hasta vosotros?', '¿Dónde estáis?'],
      ],
    },
    {
      name: 'a tile shop: heated floors are underfloor heating, dropping a thing round is delivering',
      language: 'en',
      rows: rowsOf('tileshop.en.json'),
      asked: [
        ['do you sell heated floors', 'Do you have underfloor heating?'],
        ['can you drop it round tomorrow', 'Do you deliver?'],
      ],
    },
    {
      name: 'uma escola de teatro (pt): an abatimento is a discount',
      language: 'pt',
      rows: rowsOf('escolateatro.pt.json'),
      asked: [['tem algum abatimento pra estudante', 'Tem desconto?']],
    },
    {
      name: 'un alquiler de autocaravanas (es): taking a dog along is no appointment at the vet',
      language: 'es',
      rows: rowsOf('autocaravanas.es.json'),
      asked: [['¿se permiten mascotas?', '¿Puedo llevar a mi perro?']],
    },
    {
      name: 'una compraventa (es): "en metálico" is cash',
      language: 'es',
      rows: rowsOf('compraventa.es.json'),
      asked: [['¿pagáis en metálico?', '¿Pagáis en efectivo?']],
    },
    {
      name: 'a podiatry clinic (pt): a fungus is a micose',
      language: 'pt',
      rows: rowsOf('podologia.pt.json'),
      asked: [['tenho fungo na unha do pé', 'Fazem tratamento de micose de unha?']],
    },
    {
      name: 'una granja escuela (es): summer colonias are camps',
      language: 'es',
      rows: rowsOf('granjaescuela.es.json'),
      asked: [['¿hacéis colonias para niños?', '¿Hacéis campamentos de verano?']],
    },
    {
      name: 'an aerial installer: security cameras are CCTV',
      language: 'en',
      rows: rowsOf('aerialinstaller.en.json'),
      asked: [['do you fit security cameras', 'Do you do CCTV?']],
    },
    {
      name: 'an escape room (pt): a form the word lists lack of a word the questions use is meant as written ("agendo"), fear is terror',
      language: 'pt',
      rows: rowsOf('escaperoom.pt.json'),
      asked: [
        ['como agendo pra sábado?', 'Como faço a reserva?'],
        ['tem sala que dá medo?', 'Tem sala de terror?'],
      ],
    },
    {
      name: 'una tienda de pesca (es): fish to eat is no fishing',
      language: 'es',
      rows: rowsOf('tiendapesca.es.json'),
      asked: [['¿vendéis ropa para pescar?', '¿Vendéis ropa de pesca?']],
      offTopic: ['¿vendéis pescado fresco?'],
    },
    {
      name: 'an açaí shop (pt): nothing of animal origin is vegan; a birthday cake asked for is a thing it never sells',
      language: 'pt',
      rows: rowsOf('acaiteria.pt.json'),
      asked: [['tem algum sem nada de origem animal?', 'Tem opção vegana?']],
      offTopic: ['vocês vendem torta de aniversário?'],
    },
    {
      name: 'una tienda de electrodomésticos (es): what uses little electricity is low-consumption',
      language: 'es',
      rows: rowsOf('electrodomesticos.es.json'),
      asked: [['busco un horno que gaste poca luz', '¿Tenéis aparatos de bajo consumo?']],
    },
    {
      name: 'a piano tuner: how much time is how long, a used piano a second-hand one',
      language: 'en',
      rows: rowsOf('pianotuner.en.json'),
      asked: [
        ['how much time does it need', 'How long does a tuning take?'],
        ['is a used piano worth buying', 'Can you tell me if a second-hand piano is worth buying?'],
      ],
    },
    {
      name: 'un estanco (es): habanos son puros, golosinas chuches, cigarrillos electrónicos vapeadores',
      language: 'es',
      rows: rowsOf('estanco.es.json'),
      asked: [
        ['¿vendéis habanos?', '¿Tenéis puros?'],
        ['¿hay golosinas?', '¿Vendéis chuches?'],
        ['¿hay cigarrillos electrónicos?', '¿Vendéis vapeadores?'],
      ],
      // What is sold is what is before "de": phone cases are no phone charging.
      offTopic: ['¿vendéis fundas de móvil?'],
    },
    {
      name: 'um hortifrúti (pt): the plural of a short word is its singular ("ovos", "ovo")',
      language: 'pt',
      rows: rowsOf('hortifruti.pt.json'),
      asked: [['tem ovo?', 'Vocês vendem ovos?']],
    },
    {
      name: 'an upholsterer: a settee is a sofa, a swatch a sample, popping in a visit; varnishing furniture is another service than collecting it',
      language: 'en',
      rows: rowsOf('upholsterer.en.json'),
      asked: [
        ['can you reupholster an old settee', 'Can you reupholster my sofa?'],
        ['can you post me a few swatches', 'Do you have fabric samples?'],
        ['can i pop round to the workshop', 'Can I visit the workshop?'],
        ['do you pick up and drop off furniture', 'Do you collect and deliver furniture?'],
      ],
      offTopic: ['do you varnish furniture'],
    },
    {
      name: 'a handyman (pt): painting is what a painting is made by',
      language: 'pt',
      rows: rowsOf('maridodealuguel.pt.json'),
      asked: [['vocês pintam portas?', 'Fazem pintura?']],
    },
    {
      name: 'a pottery studio: not making a day is cancelling',
      language: 'en',
      rows: rowsOf('pottery.en.json'),
      asked: [["i can't make tomorrow any more", 'What is your cancellation policy?']],
    },
    {
      name: 'a shoe repairer: a zipper is a zip',
      language: 'en',
      rows: rowsOf('cobbler.en.json'),
      asked: [['can you fix a zipper', 'Do you repair zips?']],
    },
    {
      name: 'uma loja de tecidos (pt): a tarde é quando, não o que se pergunta',
      language: 'pt',
      rows: rowsOf('tecidos.pt.json'),
      asked: [['abrem no sábado à tarde?', 'Qual o horário da loja?']],
    },
    {
      name: 'un tostador de café (es): sin cafeína es descafeinado',
      language: 'es',
      rows: rowsOf('cafeteria.es.json'),
      asked: [['quiero café sin cafeína', '¿Tenéis café descafeinado?']],
    },
    {
      name: 'una tienda de cosmética (es): el cutis es lo facial, "cruelty free" es no testado en animales',
      language: 'es',
      rows: rowsOf('cosmetica.es.json'),
      asked: [
        ['quiero una limpieza de cutis', '¿Hacéis tratamientos faciales?'],
        ['¿vuestras marcas son cruelty free?', '¿Los productos están testados en animales?'],
      ],
    },
    {
      name: 'uma loja de suplementos (pt): mandar em casa é entregar',
      language: 'pt',
      rows: rowsOf('suplementos.pt.json'),
      asked: [['vocês mandam em casa?', 'Vocês entregam?']],
    },
    {
      name: 'a sign maker: the turnaround is how long an order takes, what a thing is made from its material',
      language: 'en',
      rows: rowsOf('signmaker.en.json'),
      asked: [
        ["what's your usual turnaround for signs", 'How long does a sign take?'],
        ['what are the letters made from', 'What materials do you use?'],
      ],
    },
    {
      name: 'an escape room: "you", said after the opening verb, is the business itself; a wedding is another subject; moving one\'s slot changes the booking',
      language: 'en',
      rows: rowsOf('escaperoom.en.json'),
      asked: [
        ['can you do a team building day for my company', 'Do you do corporate team building?'],
        ["we can't make it saturday, can we move our slot", 'Can I cancel my booking?'],
      ],
      offTopic: ['how much does a wedding cost'],
    },
    {
      name: 'a charity shop: books given are no bookings; goods are products, and new cars none of them',
      language: 'en',
      rows: rowsOf('charityshop.en.json'),
      asked: [
        ['can i donate my old books', 'What donations do you accept?'],
        ['do you sell any new products', 'Do you sell new goods?'],
      ],
      offTopic: ['do you take bookings', 'do you sell new cars'],
    },
    {
      name: 'uma escola de culinária: um casamento é um evento, mas não o evento de empresa',
      language: 'pt',
      rows: rowsOf('escolaculinaria.pt.json'),
      asked: [['vocês fazem evento pra empresa?', 'Vocês fazem eventos de empresa?']],
      offTopic: ['vocês fazem festa de casamento?'],
    },
    {
      name: 'uma confeitaria: um bolo de aniversário encomendado não é o bolo de casamento',
      language: 'pt',
      rows: rowsOf('confeitaria.pt.json'),
      asked: [['queria encomendar um bolo pro aniversário da minha filha', 'Vocês fazem bolo sob encomenda?']],
    },
    {
      name: 'um sebo: usado e raro dizem como é uma coisa; um carro usado, um selo raro são outras coisas',
      language: 'pt',
      rows: rowsOf('sebo.pt.json'),
      asked: [
        ['vocês compram livro usado?', 'Vocês compram livros usados?'],
        ['tem algum livro raro?', 'Vocês têm livros raros?'],
      ],
      offTopic: ['vocês compram carros usados?', 'vocês têm selos raros?'],
    },
    {
      name: 'una tienda de bicis eléctricas: lo eléctrico dice cómo es una cosa; un coche eléctrico es otra',
      language: 'es',
      rows: rowsOf('bicielectrica.es.json'),
      asked: [
        ['qué precio tiene una bici eléctrica', '¿Cuánto cuesta una bici eléctrica?'],
        ['cuánta autonomía tiene una bici eléctrica', '¿Cuánta autonomía tienen las bicis eléctricas?'],
      ],
      offTopic: ['¿cuánto cuesta una moto eléctrica?', '¿cuánta autonomía tiene un coche eléctrico?'],
    },
    {
      name: 'un restaurante: ser vegano no es una opción del menú',
      language: 'es',
      rows: rowsOf('restaurante.es.json'),
      asked: [['hay platos veganos', '¿Tenéis opciones veganas?']],
      offTopic: ['es sano ser vegano'],
    },
    {
      name: 'a carpet cleaner: selling a sofa is another service than cleaning one',
      language: 'en',
      rows: rowsOf('carpetcleaning.en.json'),
      asked: [['can you clean my sofa', 'Do you clean sofas?']],
      offTopic: ['do you sell sofas'],
    },
    {
      name: 'a boat hire: buying a boat is no hire',
      language: 'en',
      rows: rowsOf('boathire.en.json'),
      asked: [['how much to rent a boat', 'How much does it cost to hire a boat?']],
      offTopic: ['how much does it cost to buy a boat'],
    },
    {
      name: 'una tintorería: vender trajes no es limpiarlos',
      language: 'es',
      rows: rowsOf('tintoreria.es.json'),
      asked: [['cuánto me cobráis por lavar un traje', '¿Cuánto cuesta limpiar un traje?']],
      offTopic: ['vendéis trajes?'],
    },
    {
      name: 'uma auto elétrica: instalar o ar em casa não é consertar o do carro',
      language: 'pt',
      rows: rowsOf('autoeletrica.pt.json'),
      asked: [['vocês arrumam o ar-condicionado do carro', 'Consertam ar-condicionado do carro?']],
      offTopic: ['instalam ar-condicionado em casa'],
    },
    {
      name: 'a dog groomer: how to treat fleas oneself is no "Do you treat fleas?"',
      language: 'en',
      rows: rowsOf('groomer.en.json'),
      asked: [['do you get rid of fleas', 'Do you treat fleas?']],
      offTopic: ['how do i treat fleas in my rug'],
    },
    {
      name: 'a plant nursery (es): a tiesto is a maceta',
      language: 'es',
      rows: rowsOf('vivero.es.json'),
      asked: [['tenéis tiestos grandes', '¿Vendéis macetas?']],
    },
    {
      name: 'a campervan hire: sheets are bedding, berths are who sleeps, how far one drives is the mileage',
      language: 'en',
      rows: rowsOf('campervan.en.json'),
      asked: [
        ['will we have to pack sheets', 'Is bedding included?'],
        ['how many berths has the big van got', 'How many people can sleep in a van?'],
        ['how far can i drive each day', 'Is there a mileage limit?'],
      ],
    },
    {
      name: 'a campsite (pt): a price by the night is the diária, a place to eat the restaurant, a fire made the fogueira',
      language: 'pt',
      rows: rowsOf('campingbr.pt.json'),
      asked: [
        ['quanto fica por noite com barraca própria', 'Quanto custa a diária?'],
        ['tem lugar pra comer aí dentro', 'Tem restaurante?'],
        ['posso fazer fogo?', 'Pode fazer fogueira?'],
      ],
    },
    {
      name: 'a swimming school (pt): a class "de noite" is at night, no kind of class',
      language: 'pt',
      rows: rowsOf('natacao.pt.json'),
      asked: [['que horas tem aula de noite', 'Quais são os horários das aulas?']],
    },
    {
      name: 'a costume shop (es): face paint is make-up',
      language: 'es',
      rows: rowsOf('disfraces.es.json'),
      asked: [['vendéis pintacaras', '¿Vendéis maquillaje?']],
    },
    {
      name: 'a swimming school: the match one watches is no close spelling of "watch"',
      language: 'en',
      rows: rowsOf('swimschool.en.json'),
      asked: [['can parents stay and watch', "Can I watch my child's lesson?"]],
      offTopic: ['can i watch the match here'],
    },
    {
      name: "a brewery: a birthday is a party; a shop's candles are not its beers",
      language: 'en',
      rows: rowsOf('brewery.en.json'),
      asked: [['could we rent the bar for a 40th birthday', 'Can I hire the taproom for a party?']],
      offTopic: ['are your candles vegan'],
    },
    {
      name: 'a wine shop (pt): what goes with a dish pairs with it',
      language: 'pt',
      rows: rowsOf('adega.pt.json'),
      asked: [['que vinho combina com bacalhau', 'Vocês indicam vinho para harmonizar?']],
    },
    {
      name: 'a bookshop (pt): a gift card is a vale-presente, a digital book an e-book; what a customer wants to sell the business buys',
      language: 'pt',
      rows: rowsOf('livraria.pt.json'),
      asked: [
        ['tem cartão presente', 'Vocês têm vale-presente?'],
        ['vocês vendem livro digital', 'Vendem e-books?'],
        ['quero vender meus livros velhos', 'Compram livros usados?'],
      ],
    },
    {
      name: "a recording studio: a hotel's cancellation policy is the hotel's",
      language: 'en',
      rows: rowsOf('recordingstudio.en.json'),
      asked: [['what happens to my deposit if we cancel', 'What is your cancellation policy?']],
      offTopic: ['what is the cancellation policy for my hotel'],
    },
    {
      name: 'a job agency (es): a cookery course is not its training courses; a CV is a currículum',
      language: 'es',
      rows: rowsOf('empleo.es.json'),
      asked: [
        ['hacéis cursos de formación', '¿Hacéis cursos de formación?'],
        ['quiero cambiar mi cv', '¿Cómo actualizo mi currículum?'],
      ],
      offTopic: ['hacéis cursos de cocina'],
    },
    {
      name: 'a cookery school: teenagers are kids',
      language: 'en',
      rows: rowsOf('cookingschool.en.json'),
      asked: [['is there anything for teenagers', 'Do you run classes for kids?']],
    },
    {
      name: 'a water park (es): sandwiches are food, a tumbona a hamaca; the station and the zoo are other places',
      language: 'es',
      rows: rowsOf('parqueacuatico.es.json'),
      asked: [
        ['podemos llevar bocadillos', '¿Se puede llevar comida?'],
        ['se alquilan tumbonas', '¿Se puede alquilar una hamaca?'],
        ['dónde dejamos el coche', '¿Hay aparcamiento?'],
      ],
      offTopic: ['hay taquillas en la estación', 'cuánto cuesta la entrada del zoo'],
    },
    {
      name: 'a bookshop (es): second-hand says how a book is, as used does; a story is a book, a child what is for children; clothes for children are no book for children',
      language: 'es',
      rows: rowsOf('libreria.es.json'),
      asked: [
        ['compráis libros usados', '¿Tenéis libros de segunda mano?'],
        ['tenéis cheques regalo', '¿Vendéis tarjetas regalo?'],
        ['qué cuentos tenéis para un niño de tres años', '¿Tenéis libros infantiles?'],
        ['tenéis cuentos para niños', '¿Tenéis libros infantiles?'],
      ],
      offTopic: ['tenéis coches de segunda mano', 'tenéis ropa infantil'],
    },
    {
      name: 'a burger bar (pt): placing an order is ordering',
      language: 'pt',
      rows: rowsOf('hamburgueria.pt.json'),
      asked: [['como eu peço', 'Como faço um pedido?']],
    },
    {
      name: "a florist: a grandad's funeral is a funeral; the post office's hours are another's",
      language: 'en',
      rows: rowsOf('florist.en.json'),
      asked: [["I need a wreath for my grandad's funeral next week", 'Can I order flowers for a funeral?']],
      offTopic: ['what are the opening hours of the post office'],
    },
    {
      name: 'an aquarium: photography is taking photos, a packed lunch is food brought along',
      language: 'en',
      rows: rowsOf('aquarium.en.json'),
      asked: [
        ['is photography allowed', 'Can I take photos?'],
        ['are we allowed to bring a packed lunch', 'Can I bring food?'],
      ],
    },
    {
      name: 'an ice-cream parlour (pt): a kg is a quilo',
      language: 'pt',
      rows: rowsOf('sorveteria.pt.json'),
      asked: [['qual o preço por kg', 'Quanto custa o quilo?']],
    },
    {
      name: 'a bike shop (es): a bici is a bicycle',
      language: 'es',
      rows: rowsOf('bicicletas.es.json'),
      asked: [['busco una bici usada', '¿Vendéis bicicletas de segunda mano?']],
    },
    {
      name: 'a yoga studio (es): "después" says when, not what',
      language: 'es',
      rows: rowsOf('yoga.es.json'),
      asked: [['hay donde ducharse despues', '¿Hay vestuarios y duchas?']],
    },
    {
      name: 'a dental clinic (pt): dentures are a prosthesis, pulling a tooth out an extraction; invisível is the singular of its invisíveis',
      language: 'pt',
      rows: rowsOf('clinicadentaria.pt.json'),
      asked: [
        ['minha avó precisa de dentadura', 'Fazem prótese?'],
        ['preciso arrancar o dente do siso', 'Fazem extração de siso?'],
        ['quero usar aparelho invisível', 'Colocam aparelho?'],
      ],
    },
    {
      name: "a second-hand bike shop (es): used says how a thing is, so used cars are cars; a tune-up is a service; selling one's bike asks whether it buys bikes",
      language: 'es',
      rows: rowsOf('bicisusadas.es.json'),
      asked: [
        ['compráis bicis usadas', '¿Compráis bicicletas usadas?'],
        ['cuánto cuesta poner a punto la bici', '¿Hacéis revisiones?'],
        ['quiero vender mi bici vieja', '¿Compráis bicicletas usadas?'],
      ],
      offTopic: ['compráis coches usados'],
    },
    {
      name: 'an optician: specs are glasses, sunnies sunglasses, a housebound father a home visit',
      language: 'en',
      rows: rowsOf('optician2.en.json'),
      asked: [
        ['can you fix my specs', 'Can you repair my glasses?'],
        ['i need prescription sunnies', 'Do you sell sunglasses with prescription lenses?'],
        ['my dad is housebound, can you come to him', 'Do you do home visits?'],
      ],
    },
    {
      name: 'a dance school: never having danced is being a beginner; the days a thing happens asks when',
      language: 'en',
      rows: rowsOf('danceschool.en.json'),
      asked: [
        ["i've never danced before, is that ok", 'Do you have classes for complete beginners?'],
        ['what days do you run classes', 'When are the classes?'],
      ],
    },
    {
      name: 'a bakery (pt): a coxinha is a salgado, VR the meal voucher, levain sourdough',
      language: 'pt',
      rows: rowsOf('padaria.pt.json'),
      asked: [
        ['quanto sai o cento de coxinha', 'Fazem salgados para festa?'],
        ['posso pagar com vr', 'Aceitam vale-refeição?'],
        ['vocês têm pão de levain', 'Vocês vendem pão de fermentação natural?'],
      ],
    },
    {
      name: 'a holiday cottage (es): sheets are bed linen',
      language: 'es',
      rows: rowsOf('casarural.es.json'),
      asked: [['hay que llevar sábanas y toallas', '¿Incluye ropa de cama y toallas?']],
    },
    {
      name: 'a theatre: running late is being late, the running time how long, snacks are food, dressing smart the dress code',
      language: 'en',
      rows: rowsOf('theatre.en.json'),
      asked: [
        ["what if we're running late", 'What happens if I arrive late?'],
        ["what's the running time", 'How long is the show?'],
        ['do i need to dress smart', 'Is there a dress code?'],
        ['can i take snacks in', 'Can I bring food and drink in?'],
      ],
      // "My train ticket" is a kind of ticket, not a ticket on a train.
      offTopic: ['can i get a refund on my train ticket'],
    },
    {
      name: 'a print shop (es): company cards are business cards, a TFG a thesis, "para cuándo lo tendríais" how long',
      language: 'es',
      rows: rowsOf('imprenta.es.json'),
      asked: [
        ['qué precio tienen 500 tarjetas de empresa', '¿Cuánto cuestan las tarjetas de visita?'],
        ['tengo que encuadernar el tfg', '¿Encuadernáis trabajos y tesis?'],
        ['para cuando lo tendríais', '¿Cuánto tardáis en imprimir?'],
      ],
    },
    {
      name: 'a hearing aid centre: "the eye test" is another kind of test than its hearing test',
      language: 'en',
      rows: rowsOf('hearing.en.json'),
      asked: [
        ['do you charge for a hearing test', 'Is the hearing test free?'],
        // How long asks a measure, not a way to do a thing.
        ['how long is the guarantee', 'Is there a warranty?'],
        ['do the aids need charging', 'Are your hearing aids rechargeable?'],
        ["my mum can't get to the shop, can someone come to her house", 'Do you do home visits?'],
      ],
      offTopic: ['is the eye test free'],
    },
    {
      name: 'a butcher (pt): "que horas vocês abrem" asks the opening hours, "de onde vem" the origin, carneiro is cordeiro',
      language: 'pt',
      rows: rowsOf('acougue.pt.json'),
      asked: [
        ['que horas vocês abrem', 'Qual o horário de funcionamento?'],
        ['de onde vem a carne de vocês', 'A carne tem procedência?'],
        ['quero um carneiro inteiro pro fim de semana', 'Posso encomendar um cordeiro inteiro?'],
      ],
    },
    {
      name: 'a jeweller (es): wedding rings are "alianzas", a proposal ring an engagement ring, a necklace a jewel; mobiles are no jewels',
      language: 'es',
      rows: rowsOf('joyeria.es.json'),
      asked: [
        ['podéis poner nuestros nombres dentro de los anillos de boda', '¿Grabáis las alianzas?'],
        ['quiero un anillo de pedida diseñado por mí', '¿Hacéis anillos de compromiso a medida?'],
        // A ring is a thing the knowledge base says: the same question about it is its own.
        ['los anillos tienen garantía', '¿Las joyas tienen garantía?'],
        ['necesito saber cuanto vale un collar de mi abuela', '¿Hacéis tasaciones de joyas?'],
      ],
      // The message opens with a thing it never says, where the question opens with its jewels.
      offTopic: ['los móviles tienen garantía'],
    },
    {
      name: 'an ice-cream parlour (es): cereals and soft drinks are no ice cream, sorbets are',
      language: 'es',
      rows: rowsOf('heladeria.es.json'),
      asked: [
        ['los sorbetes llevan frutos secos', '¿Los helados llevan frutos secos?'],
        ['tenéis sorbetes sin azúcar', '¿Tenéis helados sin azúcar?'],
        ['soy intolerante a la leche, qué puedo pedir', '¿Tenéis helados sin lactosa?'],
      ],
      // Sugar-free says what a thing is like: sugar-free soft drinks are soft drinks.
      offTopic: ['los cereales llevan frutos secos', 'los muebles son artesanos', 'tenéis refrescos sin azúcar'],
    },
    {
      name: 'a wine shop (es): "bio" is organic',
      language: 'es',
      rows: rowsOf('vinoteca.es.json'),
      asked: [['¿tenéis vinos bio?', '¿Tenéis vinos ecológicos?']],
    },
    {
      name: 'a tree surgeon: felling an oak is cutting down a tree',
      language: 'en',
      rows: rowsOf('treesurgeon.en.json'),
      asked: [['what would you charge to fell a big oak', 'How much does it cost to cut down a tree?']],
    },
    {
      name: 'a mattress shop (pt): taking it to my home is delivering it, no taking the old one away; a curtain made to measure is no mattress',
      language: 'pt',
      rows: rowsOf('colchoes.pt.json'),
      asked: [
        ['vcs levam até em casa?', 'Vocês entregam?'],
        ['fazem colchão do meu tamanho?', 'Fazem colchão sob medida?'],
      ],
      // Made to measure says how a thing is made: the thing asked about is the curtain.
      offTopic: ['fazem cortina sob medida?'],
    },
    {
      name: 'a heating engineer: an annual boiler check is its service',
      language: 'en',
      rows: rowsOf('heating.en.json'),
      asked: [['what do you charge for an annual boiler check', 'How much is a boiler service?']],
    },
    {
      name: 'a laser hair removal clinic (pt): expecting a baby is being pregnant',
      language: 'pt',
      rows: rowsOf('depilacao.pt.json'),
      asked: [['estou esperando bebê, posso continuar o tratamento?', 'Grávida pode fazer?']],
    },
    {
      name: 'a van hire firm (es): a full tank ("depósito") is fuel, no deposit; a van that stopped has broken down',
      language: 'es',
      rows: rowsOf('furgonetas.es.json'),
      asked: [
        ['¿la tengo que devolver con el depósito lleno?', '¿Con cuánta gasolina hay que devolverla?'],
        ['se me ha parado la furgoneta en la autopista', '¿Qué hago si tengo una avería?'],
      ],
    },
    {
      name: "a personal trainer: what to eat asks for nutrition, shedding weight is losing it, a bad knee an injury, never having worked out being a beginner; a marathon's place is not its sessions'",
      language: 'en',
      rows: rowsOf('personaltrainer.en.json'),
      asked: [
        ['will you tell me what to eat', 'Do you give nutrition plans?'],
        ['i want to shed two stone before my wedding', 'Can you help me lose weight?'],
        ["i've got a bad knee, can i still train", 'Do you work with people with injuries?'],
        ["i've never worked out in my life", "I'm a complete beginner, is that OK?"],
      ],
      offTopic: ['where does the marathon take place'],
    },
    {
      name: 'a photographer (pt): a photo for a document is a passport photo (3x4)',
      language: 'pt',
      rows: rowsOf('fotografo.pt.json'),
      asked: [['preciso de foto pra documento', 'Fazem foto 3x4?']],
    },
    {
      name: 'a physiotherapy clinic: coming to me is a home visit, what clothes asks what to wear',
      language: 'en',
      rows: rowsOf('physio.en.json'),
      asked: [
        ["i can't get out of the house, can you come to me", 'Do you offer home visits?'],
        ['what clothes should i bring', 'What should I wear?'],
      ],
    },
    {
      name: 'an air-conditioning service (pt): not cooling ("não esfria") is not chilling ("não gela")',
      language: 'pt',
      rows: rowsOf('arcondicionado.pt.json'),
      asked: [['meu ar liga mas não esfria', 'O ar não está gelando, o que pode ser?']],
    },
    {
      name: 'a drain unblocking service (pt): how long they take to get here is how long they take to arrive',
      language: 'pt',
      rows: rowsOf('desentupidora.pt.json'),
      asked: [['em quanto tempo vocês chegam aqui', 'Quanto tempo demora para chegar?']],
    },
    {
      name: 'a phone repair shop: what they charge is a price, a phone that will not charge is no price',
      language: 'en',
      rows: rowsOf('phonerepair.en.json'),
      asked: [['what do you charge to replace an iphone screen', 'How much is a screen repair?']],
    },
    {
      name: 'a car body shop (pt): a courtesy car ("carro reserva") is no booking',
      language: 'pt',
      rows: rowsOf('funilaria.pt.json'),
      asked: [['vcs emprestam um carro enquanto o meu fica ai?', 'Tem carro reserva?']],
    },
    {
      name: 'a pest control company (es): leaving home is going out of it',
      language: 'es',
      rows: rowsOf('plagas.es.json'),
      asked: [['¿tengo que irme de casa mientras fumigáis?', '¿Hay que salir de casa?']],
    },
    {
      name: 'a bridal shop: walking in asks whether an appointment is needed, a gown is a dress, the big day the wedding, taking in an alteration',
      language: 'en',
      rows: rowsOf('bridal.en.json'),
      asked: [
        ['can i just walk in to try on dresses', 'Do I need an appointment?'],
        ["what's the price range for a gown", 'How much are your wedding dresses?'],
        ['can you store my dress till the big day', 'Can you store my dress until the wedding?'],
        ['the dress needs taking in, can you do that', 'Do you do alterations?'],
      ],
    },
    {
      name: 'a stone worktop maker (pt): a measuring is measuring (no "médica"), what they "mexem com" is what they work with',
      language: 'pt',
      rows: rowsOf('marmoraria.pt.json'),
      asked: [
        ['alguém vem tirar as medidas?', 'Vocês fazem medição no local?'],
        ['vcs mexem com pedra de quartzo?', 'Vocês trabalham com granito e mármore?'],
      ],
    },
    {
      name: 'an awning company (es): "reparáis", its accent gone, is repairing',
      language: 'es',
      rows: rowsOf('toldos.es.json'),
      asked: [['el toldo no se recoge, ¿lo arregláis?', '¿Reparáis toldos?']],
    },
    {
      name: 'a chimney sweep: a log burner is a wood burner',
      language: 'en',
      rows: rowsOf('chimneysweep.en.json'),
      asked: [['do you clean log burners', 'Do you sweep wood burners?']],
    },
    {
      name: 'a dressmaker (pt): shortening trousers is a hem, made to my size is made to measure',
      language: 'pt',
      rows: rowsOf('costura.pt.json'),
      asked: [
        ['minha calça ficou comprida, vcs encurtam?', 'Vocês fazem barra de calça?'],
        ['queria mandar fazer um terno do meu tamanho', 'Fazem roupa sob medida?'],
      ],
    },
    {
      name: 'a photographer (es): a photo for the DNI is a passport photo ("carnet", as "carné" is often written)',
      language: 'es',
      rows: rowsOf('fotografo.es.json'),
      asked: [
        ['necesito una foto para el dni', '¿Hacéis fotos de carnet?'],
        ['hacéis fotos tamaño carné', '¿Hacéis fotos de carnet?'],
      ],
    },
    {
      name: 'a driving school (es): an ID photo is no driving licence',
      language: 'es',
      rows: rowsOf('autoescuela2.es.json'),
      asked: [['quiero sacarme el de moto', '¿Sacáis el carné de moto?']],
      offTopic: ['sacáis fotos de carné'],
    },
    {
      name: 'a skip hire firm: the biggest skip asks the sizes',
      language: 'en',
      rows: rowsOf('skiphire.en.json'),
      asked: [['whats the biggest skip you can drop off', 'What sizes of skip do you have?']],
    },
    {
      name: 'a glazier (pt): mending a shower screen is its maintenance',
      language: 'pt',
      rows: rowsOf('vidracaria.pt.json'),
      asked: [['a porta do box tá emperrando, fazem reparo?', 'Fazem manutenção de box?']],
    },
    {
      name: 'an upholsterer (es): the workshop is no size, cushions are cojines, a van is a vehicle, fetching is collecting',
      language: 'es',
      rows: rowsOf('tapiceria.es.json'),
      asked: [
        ['¿a qué hora abre el taller?', '¿Dónde está el taller?'],
        ['necesito fundas para unos almohadones', '¿Hacéis cojines a medida?'],
        ['quiero tapizar los asientos de mi furgoneta', '¿Tapizáis asientos de coche?'],
        ['¿venís a buscar el sofá a casa?', '¿Recogéis los muebles a domicilio?'],
        ['me hacéis unos cojines a mi medida', '¿Hacéis cojines a medida?'],
      ],
      // Made to measure says how a thing is made: the thing asked about is the curtain.
      offTopic: ['¿hacéis cortinas a medida?'],
    },
    {
      name: 'a tyre shop (pt): the wheel pulling to one side wants an alignment, the "step" is the spare',
      language: 'pt',
      rows: rowsOf('borracharia.pt.json'),
      asked: [
        ['o volante ta puxando pra direita', 'Fazem alinhamento e balanceamento?'],
        ['preciso colocar o step', 'Vocês trocam o estepe?'],
      ],
    },
    {
      name: 'a coach hire firm: a loo is a toilet; a trip called off is cancelled',
      language: 'en',
      rows: rowsOf('coachhire.en.json'),
      asked: [
        ['is there a loo on the coach', 'Do the coaches have toilets?'],
        ['what if the trip gets called off', 'What is your cancellation policy?'],
      ],
    },
    {
      name: 'a computer repair shop: a MacBook is a laptop',
      language: 'en',
      rows: rowsOf('computerrepair.en.json'),
      asked: [["my macbook won't turn on, can you fix it", 'Do you repair laptops?']],
    },
    {
      name: 'a university entrance course (pt): tests to practise on are mock exams',
      language: 'pt',
      rows: rowsOf('cursinho.pt.json'),
      asked: [['vocês fazem provas pra treinar?', 'Tem simulados?']],
    },
    {
      name: "a motorbike workshop (es): breaking again asks the guarantee; a car's MOT is not a motorbike's",
      language: 'es',
      rows: rowsOf('tallermotos.es.json'),
      asked: [
        ['si se vuelve a romper lo cubris', '¿Dais garantía de las reparaciones?'],
        ['pasáis la itv a la moto', '¿Pasáis la ITV de la moto?'],
      ],
      offTopic: ['donde paso la itv del coche mas barata'],
    },
    {
      name: 'a compounding pharmacy (pt): bringing it home is delivering',
      language: 'pt',
      rows: rowsOf('manipulacao.pt.json'),
      asked: [['vocês levam em casa?', 'Vocês entregam?']],
    },
    {
      name: 'an alarm company (es): the power gone is a blackout',
      language: 'es',
      rows: rowsOf('alarmas.es.json'),
      asked: [['y si hay un apagon, sigue funcionando', '¿Funciona si se va la luz?']],
    },
    {
      name: 'a nutritionist (pt): not eating meat is being vegetarian',
      language: 'pt',
      rows: rowsOf('nutricionista.pt.json'),
      asked: [['não como carne, vocês fazem cardapio sem carne?', 'Fazem dieta vegetariana?']],
    },
    {
      name: 'a nail salon: toes done are a pedicure',
      language: 'en',
      rows: rowsOf('nailsalon.en.json'),
      asked: [['can i get my toes done too', 'Do you do pedicures?']],
    },
    {
      name: 'a fitted furniture maker (pt): old is old, "velho" or "antigo"',
      language: 'pt',
      rows: rowsOf('moveisplanejados.pt.json'),
      asked: [['vocês tiram o guarda-roupa velho?', 'Vocês desmontam os móveis antigos?']],
    },
    {
      name: 'a mattress shop (es): old is old, "viejo" or "antiguo"; the IBI is a tax of the council',
      language: 'es',
      rows: rowsOf('colchones.es.json'),
      asked: [['que hago con el colchon antiguo', '¿Os lleváis el colchón viejo?']],
      offTopic: ['puedo pagar el ibi en cuotas'],
    },
    {
      name: 'a Spanish mobile operator: a flight abroad is no call abroad',
      language: 'es',
      rows: rowsOf('movil.es.json'),
      asked: [['cuanto me cuesta llamar a marruecos', '¿Cuánto cuesta llamar al extranjero?']],
      offTopic: ['cuanto cuesta un vuelo a marruecos'],
    },
    {
      name: 'a roofer: a leak again after a repair asks the guarantee',
      language: 'en',
      rows: rowsOf('roofer.en.json'),
      asked: [['what if it leaks again after you fix it', 'Is your work guaranteed?']],
    },
    {
      name: 'a blood donation service: giving blood is donating, a blood type its group, dizzy is faint',
      language: 'en',
      rows: rowsOf('blooddonation.en.json'),
      asked: [
        ['how will i know what blood type i am', 'How do I find out my blood group?'],
        ['i just got back from brazil, can i give blood', 'Can I donate after travelling abroad?'],
        ['what do i do if i feel dizzy after giving blood', 'What if I feel faint afterwards?'],
      ],
    },
    {
      name: 'an eye clinic (pt): a clinic is no doctor, so a dermatologist is asked of another',
      language: 'pt',
      rows: rowsOf('oftalmo.pt.json'),
      asked: [['qual o endereço de vocês', 'Onde fica a clínica?']],
      offTopic: ['queria agendar com o dermatologista'],
    },
    {
      name: 'a tool hire shop: a cement mixer or a sander is a tool where the shop only says tool',
      language: 'en',
      rows: rowsOf('toolhire.en.json'),
      asked: [
        ["what's the daily rate for a cement mixer", 'How much does it cost to hire a tool?'],
        ["i've never used a floor sander, will someone show me", 'Do you give training on how to use the tools?'],
      ],
    },
    {
      name: 'a gardening company (es): mowing the grass is cutting the lawn, a plastic lawn is artificial',
      language: 'es',
      rows: rowsOf('jardineria.es.json'),
      asked: [
        ['cuanto cobrais por segar la hierba', '¿Cortáis el césped?'],
        ['cuanto cuesta poner cesped de plastico', '¿Ponéis césped artificial?'],
      ],
    },
    {
      name: 'a dentist (pt): a tooth "doendo" is a pain',
      language: 'pt',
      rows: rowsOf('dentista.pt.json'),
      asked: [['meu dente tá doendo muito, tem horário hoje?', 'Estou com dor de dente, vocês atendem urgência?']],
    },
    {
      name: 'a music school: too young is an age; trying a lesson is a trial lesson, lessons over Zoom are online',
      language: 'en',
      rows: rowsOf('musicschool.en.json'),
      asked: [
        ['is 4 too young for piano', 'What age can children start?'],
        ['can i try a lesson first before committing', 'Can I have a trial lesson?'],
        ['can we do the lessons over zoom', 'Are lessons online or in person?'],
      ],
    },
    {
      name: 'a locksmith (pt): "tranquei" is "trancar"',
      language: 'pt',
      rows: rowsOf('chaveiro.pt.json'),
      asked: [['tranquei a porta com a chave dentro', 'Vocês abrem porta trancada?']],
    },
    {
      name: 'a computer repair shop (pt): a fault again asks the guarantee',
      language: 'pt',
      rows: rowsOf('informatica.pt.json'),
      asked: [['se der problema depois, tem garantia?', 'Qual a garantia do serviço?']],
    },
    {
      name: 'an optician: needing an appointment is needing to book one; a hearing test is another kind of test',
      language: 'en',
      rows: rowsOf('opticians.en.json'),
      asked: [['I need an appointment to check my eyes', 'How do I book an eye test?']],
      offTopic: ['how much is a hearing test'],
    },
    {
      name: 'a bike shop: a car service is another kind of service',
      language: 'en',
      rows: rowsOf('bikeshop.en.json'),
      asked: [['what do you charge to service a bike', 'How much is a bike service?']],
      offTopic: ['how much is a car service'],
    },
    {
      name: 'an appliance repair service (pt): "reparo" is fixing',
      language: 'pt',
      rows: rowsOf('assistenciatecnica.pt.json'),
      asked: [['se der problema de novo depois do reparo, tem garantia?', 'Qual a garantia do conserto?']],
    },
    {
      name: 'an optician (pt): "arrumar" is fixing',
      language: 'pt',
      rows: rowsOf('otica.pt.json'),
      asked: [['meu óculos entortou, vocês arrumam?', 'Vocês consertam óculos?']],
    },
    {
      name: 'a car park (pt): washing the car asks for its "lavagem"',
      language: 'pt',
      rows: rowsOf('estacionamento.pt.json'),
      asked: [['dá pra lavar o carro enquanto fica aí?', 'Vocês fazem lavagem?']],
    },
    {
      name: 'a clothes alterations shop (es): a "traje de novia" is a wedding dress, "ropa" a "prenda"; the bus is another business',
      language: 'es',
      rows: rowsOf('arreglos.es.json'),
      asked: [
        ['tengo que ajustar el traje de novia', '¿Arregláis vestidos de novia?'],
        ['cuanto tiempo me guardais la ropa', '¿Qué pasa si no recojo la prenda?'],
      ],
      offTopic: ['puedo pagar el autobus con tarjeta'],
    },
    {
      name: "a hairdresser: an appointment one can't make is cancelled; a flight, a doctor and a pharmacy are other businesses",
      language: 'en',
      rows: rowsOf('hairdresser.en.json'),
      asked: [
        ["what if i can't make my appointment", 'What is your cancellation policy?'],
        ['can i make an appointment on the website', 'Can I book online?'],
      ],
      offTopic: [
        'what is the cancellation policy for my flight',
        'how do I book a doctor online',
        'is the pharmacy open late',
      ],
    },
    {
      name: 'a vehicle paperwork agent (pt): "zap" is WhatsApp',
      language: 'pt',
      rows: rowsOf('despachante.pt.json'),
      asked: [['dá pra resolver tudo pelo zap?', 'Vocês atendem por WhatsApp?']],
    },
    {
      name: 'the 20-row bank (pt): where a card was lost (on the street) says little, putting an end to the account closes it; taking the block off a card unblocks it; a card to buy online is the virtual card; a bag stolen with the card in it is the card stolen; paying the card is paying its bill, leaving the bank is closing the account, activating the card unblocks it, the CEP is the address, a bill turning over closes, a payroll loan is a loan; the pharmacy, the market, a night bus are other places (their hours, their prices); the address of a passport is another thing (the address said twice); "de jeito nenhum" says how much, not what',
      language: 'pt',
      rows: rowsOf('bank.pt.json'),
      asked: [
        ['não consigo lembrar a senha de jeito nenhum', 'Esqueci minha senha, o que faço?'],
        ['me assaltaram na rua e levaram o cartão', 'Como bloqueio meu cartão perdido ou roubado?'],
        ['quero dar um fim na conta', 'Como encerro minha conta?'],
        ['como tiro o bloqueio do cartão', 'Como desbloqueio meu cartão?'],
        ['preciso de um cartão pra comprar na internet', 'Como peço um cartão virtual?'],
        ['roubaram minha bolsa com o cartão dentro', 'Como bloqueio meu cartão perdido ou roubado?'],
        ['onde pago o cartão de credito', 'Como pago a fatura do cartão?'],
        ['como saio do banco de vocês', 'Como encerro minha conta?'],
        ['como ativo meu cartão', 'Como desbloqueio meu cartão?'],
        ['como atualizo meu cep', 'Como atualizo meu endereço?'],
        ['qual o dia que a fatura vira', 'Quando fecha a fatura do cartão?'],
        ['vocês fazem empréstimo consignado?', 'Como peço um empréstimo?'],
        ['a agência abre que horas', 'Qual o horário de atendimento?'],
        ['qual o limite do pix de madrugada', 'Qual o limite do Pix à noite?'],
      ],
      offTopic: [
        'a farmácia abre que horas',
        'o mercado abre aos sábados?',
        'tem ônibus de madrugada',
        'mudei de casa, como troco o endereço do passaporte',
      ],
    },
    {
      name: 'a car wash (es): the afternoon is a time, not taking long; a camper van; coming without notice',
      language: 'es',
      rows: rowsOf('autolavado.es.json'),
      asked: [
        ['abrís el domingo por la tarde?', '¿Cuál es el horario?'],
        ['tengo una camper, la podéis lavar', '¿Laváis furgonetas y autocaravanas?'],
        ['puedo ir sin avisar?', '¿Hay que pedir cita?'],
      ],
      offTopic: ['hay que pedir cita para el dni'],
    },
    {
      name: 'the 54-question carrier: cancelling halfway through a contract asks the early termination fee; switching networks wants a PAC, calls sent to another number are forwarded; a gym is another business; dd, how long to pay, a limit on the bill, a forgotten login; a digital SIM is an eSIM; running up a bill is spending; a bill so expensive is higher than usual; 4G is mobile data, zero bars no signal, a login password the account password; dropping down is downgrading, bills sent by post are paper bills, a SIM built into the phone an eSIM, internet that has stopped is not working, a pickpocket steals; the broadband box is the router; ringing the US calls abroad; a smaller tariff is a downgrade, a larger package an upgrade; a bill that has doubled is higher, zero reception no signal; getting someone out is an engineer visit, raising a complaint making one; the last day to pay is when a bill is due; money taken straight from the bank is a direct debit, calls over home wifi wifi calling; calls made to go to another number are forwarded, a password that slipped my mind is forgotten; the gas is another supplier; an agreement is the contract',
      language: 'en',
      rows: rowsOf('carrier.en.json'),
      asked: [
        ['what happens if i cancel halfway through my contract', 'Is there an early termination fee?'],
        ['I want to switch to another network, what do I need', 'How do I get my PAC code to leave?'],
        ["how do I send my calls to another number when I'm busy", 'How do I set up call forwarding?'],
        ['can I set up a dd', 'How do I set up direct debit?'],
        ['how long do i have to pay my bill', 'When is my bill due?'],
        ['how do i put a limit on my bill so it doesnt go over', 'How do I set a spending cap?'],
        ['forgot my login for the app', 'I forgot my account password'],
        ['how do i get a digital sim instead of a physical one', 'How do I get an eSIM?'],
        ['can i stop my kid running up a huge bill', 'How do I set a spending cap?'],
        ['my 4g is painfully slow', 'Why is my mobile data slow?'],
        ['i need to change my login password', 'How do I change my account password?'],
        ['zero bars on my phone all day', 'Why do I have no signal?'],
        ["how come this month's bill is so expensive", 'Why is my bill higher than usual?'],
        ['can i drop down to a cheaper plan', 'How do I downgrade my plan?'],
        ['i want my bills sent by post', 'How do I get a paper bill?'],
        ['does my phone take a sim built into it', 'How do I get an eSIM?'],
        ['my broadband has stopped', 'My broadband is not working'],
        ['i was pickpocketed and my phone is gone', 'How do I report a lost or stolen phone?'],
        ['how do i restart the broadband box', 'How do I reset my router?'],
        ['how do i ring the us', 'How do I make international calls?'],
        ['can i move to a smaller tariff', 'How do I downgrade my plan?'],
        ['i want a larger package', 'How do I upgrade my plan?'],
        ['my phone bill has doubled', 'Why is my bill higher than usual?'],
        ['zero reception on my phone', 'Why do I have no signal?'],
        ['can you get someone out to check the wiring', 'How do I book an engineer visit?'],
        ["i'd like to raise a complaint about my bill", 'How do I make a complaint?'],
        ["what's the last day to pay my bill", 'When is my bill due?'],
        ['can you take the money straight from my bank', 'How do I set up direct debit?'],
        ['how do i make calls over my home wifi', 'How do I use Wi-Fi calling?'],
        ['can i have my calls go to my work number', 'How do I set up call forwarding?'],
        ['my password has completely slipped my mind', 'I forgot my account password'],
        ['i want to end my agreement', 'How do I cancel my contract?'],
      ],
      offTopic: [
        'how do I set up direct debit for my gym',
        'how much does it cost to leave a gym early',
        'how do i set up a direct debit for my gas',
      ],
    },
    {
      name: "a children's nursery: toilet training is potty training",
      language: 'en',
      rows: rowsOf('nursery.en.json'),
      asked: [["we're starting toilet training, can you help", 'Do you help with potty training?']],
    },
    {
      name: 'the 26-row bank (pt): money sent by Pix however said is a Pix; a card that came blocked, an account in the red, a purchase that is not mine; what came in and went out is the statement; what you charge, someone real; a credit limit is the card limit; the victim of a fraud fell for a scam; the water company is another business; a card not found is lost, the day of the cut is when the bill closes, going negative is the overdraft, a purchase charged twice is disputed; becoming a current-account holder opens an account, no longer being a customer closes it, the card closing is the bill closing; an electronic gate is a thing never seen, said last but for how it is; not knowing the password any more is forgetting it, giving an account "baixa" closing it',
      language: 'pt',
      rows: rowsOf('banco5.pt.json'),
      asked: [
        ['meu cartão novo veio bloqueado', 'Como desbloqueio meu cartão novo?'],
        ['como transfiro pelo pix pro meu filho', 'Como faço um Pix?'],
        ['tô com a conta negativa, como funciona', 'Como funciona o cheque especial?'],
        ['a compra na fatura não é minha', 'Como contesto uma compra?'],
        ['quero ver o que entrou e saiu da conta', 'Como vejo meu extrato?'],
        ['quanto vocês cobram de tarifa', 'Quais são as tarifas?'],
        ['quero falar com alguém de verdade', 'Como falo com um atendente?'],
        ['como aumentar meu limite de credito', 'Como aumento o limite do cartão?'],
        ['preciso de mais limite no credito', 'Como aumento o limite do cartão?'],
        ['fui vítima de fraude, me ajudem', 'Caí num golpe, o que faço?'],
        ['não encontro meu cartão', 'Perdi meu cartão, o que faço?'],
        ['qual a data de corte da fatura', 'Quando fecha a fatura?'],
        ['e se eu ficar negativo na conta', 'Como funciona o cheque especial?'],
        ['me cobraram duas vezes no cartão', 'Como contesto uma compra?'],
        ['quero me tornar correntista', 'Como abro uma conta?'],
        ['quero deixar de ser cliente', 'Como encerro minha conta?'],
        ['quando é o fechamento do meu cartão', 'Quando fecha a fatura?'],
        ['mudei de celular e não sei mais a senha do aplicativo', 'Esqueci minha senha do app, o que faço?'],
        ['quero dar baixa na conta', 'Como encerro minha conta?'],
      ],
      offTopic: [
        'quanto cobra um advogado',
        'quais tarifas a sabesp cobra',
        'quero trocar a senha do portão eletrônico',
      ],
    },
    {
      name: 'a tattoo studio (pt): a tattoo, a nose to pierce',
      language: 'pt',
      rows: rowsOf('tatuagem.pt.json'),
      asked: [
        ['qto custa uma tattoo pequena no pulso', 'Quanto custa uma tatuagem?'],
        ['quero furar o nariz', 'Vocês fazem piercing?'],
      ],
    },
    {
      name: 'a caterer (es): the "cubierto" is per person, the "servicio de sala" waiters, no meat nor anything animal vegan',
      language: 'es',
      rows: rowsOf('catering.es.json'),
      asked: [
        ['qué precio tiene el cubierto', '¿Cuánto cuesta el menú por persona?'],
        ['el servicio de sala va incluido?', '¿Incluye camareros?'],
        ['tengo invitados que no comen carne ni nada animal', '¿Hacéis menús para celíacos y veganos?'],
      ],
    },
    {
      name: 'a law firm: getting a job in law is a career, no employment law',
      language: 'en',
      rows: rowsOf('solicitor.en.json'),
      asked: [],
      offTopic: ['how do I get a job in law'],
    },
    {
      name: 'a grocery delivery (pt): a purchase is an order where the knowledge base says order',
      language: 'pt',
      rows: rowsOf('mercado.pt.json'),
      asked: [
        ['desisti da compra, como cancelo', 'Como cancelo um pedido?'],
        ['tem valor mínimo pra comprar?', 'Qual o valor mínimo do pedido?'],
      ],
    },
    {
      name: 'a podiatry clinic (es): a mother who cannot leave home asks a home visit; what a health insurer includes is what it covers',
      language: 'es',
      rows: rowsOf('podologia.es.json'),
      asked: [
        ['mi madre no puede salir de casa, podéis venir?', '¿Vais a domicilio?'],
        ['tengo adeslas, me lo cubre?', '¿Trabajáis con mutuas?'],
      ],
    },
    {
      name: 'a print shop: cards with my name are business cards',
      language: 'en',
      rows: rowsOf('printshop.en.json'),
      asked: [['i need some cards with my name and number for work', 'Do you print business cards?']],
    },
    {
      name: 'a dog hotel (pt): being unwell is being ill',
      language: 'pt',
      rows: rowsOf('hotelcaes.pt.json'),
      asked: [['e se ele passar mal aí?', 'E se meu cachorro ficar doente?']],
    },
    {
      name: 'a Spanish online bank: paying to have the account, a bill charged to it, the account number is the IBAN',
      language: 'es',
      rows: rowsOf('banca.es.json'),
      asked: [
        ['hay que pagar algo por tener la cuenta?', '¿Qué comisiones tiene la cuenta?'],
        ['quiero que la luz me la cobren en esta cuenta', '¿Cómo domicilio un recibo?'],
        ['donde encuentro el numero de cuenta completo', '¿Dónde veo mi IBAN?'],
      ],
    },
    {
      name: 'a self-storage company (es): a unit grown too small; recycling boxes is not buying them',
      language: 'es',
      rows: rowsOf('guardamuebles.es.json'),
      asked: [
        ['se me ha quedado pequeño el trastero', '¿Puedo cambiar a un trastero más grande?'],
        ['tenéis cajas de cartón para la mudanza', '¿Vendéis cajas de cartón?'],
      ],
      offTopic: ['dónde reciclo cajas de cartón'],
    },
    {
      name: 'a locksmith: a spare key is cut, someone broke in is a burglary, a lock breaking again asks the guarantee',
      language: 'en',
      rows: rowsOf('locksmith.en.json'),
      asked: [
        ['i need a spare key made', 'Do you cut keys?'],
        ['someone broke in last night', 'Can you help after a burglary?'],
        ['what if the lock breaks again', 'Do you offer a guarantee?'],
      ],
    },
    {
      name: 'a dog walker: not needed tomorrow is a walk cancelled',
      language: 'en',
      rows: rowsOf('dogwalker.en.json'),
      asked: [["we don't need you tomorrow", 'How do I cancel a walk?']],
    },
    {
      name: "an accountant's office (pt): the employees' wages are the payroll",
      language: 'pt',
      rows: rowsOf('contabilidade.pt.json'),
      asked: [['tenho 5 funcionários, vocês cuidam dos salários?', 'Vocês fazem folha de pagamento?']],
    },
    {
      name: 'a home cleaning service (es): the same "chica", a "despacho", a clean no longer needed',
      language: 'es',
      rows: rowsOf('limpieza.es.json'),
      asked: [
        ['me gustaría que viniera siempre la misma chica', '¿Puedo tener siempre a la misma persona?'],
        ['tengo un despacho pequeño, venís?', '¿Limpiáis oficinas?'],
        ['al final no necesito la limpieza del viernes', '¿Puedo cancelar un servicio?'],
      ],
    },
    {
      name: 'a physiotherapy clinic (pt): the lower back, what to wear, a visit at home',
      language: 'pt',
      rows: rowsOf('fisioterapia.pt.json'),
      asked: [
        ['to com uma dor na lombar que não passa', 'Vocês tratam dor nas costas?'],
        ['o que eu levo pra vestir', 'Que roupa devo usar?'],
        ['minha mãe não consegue sair de casa, vocês vão até lá?', 'Vocês atendem em domicílio?'],
      ],
    },
    {
      name: 'a laboratory (pt): an exam without a health plan is private, no question of health plans; a health plan named is the convênio',
      language: 'pt',
      rows: rowsOf('laboratorio.pt.json'),
      asked: [['atendem unimed?', 'Vocês aceitam meu convênio?']],
      offTopic: ['quanto custa um plano de saúde'],
    },
    {
      name: 'a Spanish telco: another number, calls that reach the landline',
      language: 'es',
      rows: rowsOf('telco.es.json'),
      asked: [
        ['quiero otro número distinto', '¿Cómo cambio mi número de teléfono?'],
        ['quiero que las llamadas me lleguen al fijo', '¿Cómo desvío las llamadas?'],
      ],
    },
    {
      name: 'a funeral home (es): to die is to pass away, a cremation an incineration, no mass a civil ceremony',
      language: 'es',
      rows: rowsOf('funeraria.es.json'),
      asked: [
        ['acaba de morir mi padre en casa, qué tengo que hacer', '¿Qué hago cuando fallece un familiar?'],
        ['cuánto sale una cremación', '¿Cuánto cuesta una incineración?'],
        ['no era creyente, se puede hacer algo sin misa', '¿Organizáis ceremonias civiles?'],
      ],
    },
    {
      name: 'a tutoring agency: hiring is a career, revising prepares an exam, a session missed is cancelled',
      language: 'en',
      rows: rowsOf('tutoring.en.json'),
      asked: [
        ['are you hiring tutors', 'Can I become a tutor with you?'],
        ['she has her gcses in may and needs help revising', 'Do you help with exam preparation?'],
        ['what if we need to miss a session', 'What is your cancellation policy?'],
      ],
    },
    {
      name: 'a car wash (pt): a dull paint wants a polish, upholstery is cleaned',
      language: 'pt',
      rows: rowsOf('lavarapido.pt.json'),
      asked: [
        ['meu carro tá com a pintura fosca, vcs dão brilho?', 'Vocês fazem polimento?'],
        ['derramei café no banco, vocês limpam estofado?', 'Vocês fazem higienização dos bancos?'],
      ],
    },
    {
      name: 'an escape room (es): another day is a new date, colleagues are a company, "va en silla" a wheelchair',
      language: 'es',
      rows: rowsOf('escaperoom.es.json'),
      asked: [
        ['nos ha surgido algo, podemos ir otro día', '¿Puedo cambiar la fecha de la reserva?'],
        ['queremos venir con los compañeros del trabajo', '¿Hacéis actividades para empresas?'],
        ['mi amigo va en silla, puede jugar', '¿Es accesible en silla de ruedas?'],
      ],
    },
    {
      name: 'a museum: a camera takes photos, someone shows you around, lunch is at the café',
      language: 'en',
      rows: rowsOf('museum.en.json'),
      asked: [
        ['am i allowed to use my camera', 'Can I take photos?'],
        ['is there someone who shows you around', 'Do you run guided tours?'],
        ['where can we get lunch', 'Is there a café?'],
      ],
    },
    {
      name: 'a zoo: a yearly membership is its annual pass; when the penguins are fed',
      language: 'en',
      rows: rowsOf('zoo.en.json'),
      asked: [
        ['is there a yearly membership', 'Do you have an annual pass?'],
        ['when do the penguins get fed', 'What time are the feeding talks?'],
      ],
    },
    {
      name: 'a florist (pt): what makes flowers last longer is how to care for them',
      language: 'pt',
      rows: rowsOf('floricultura.pt.json'),
      asked: [['o que faço pra flor durar mais', 'Como cuido das minhas flores?']],
    },
    {
      name: 'a hardware shop (es): "me hacéis precio" asks a discount',
      language: 'es',
      rows: rowsOf('ferreteria.es.json'),
      asked: [['soy fontanero, me hacéis precio?', '¿Hay descuento para profesionales?']],
    },
    {
      name: 'a window cleaner: whether it will rain asks a forecast, not what happens when it does; once a month asks how often',
      language: 'en',
      rows: rowsOf('windowcleaner.en.json'),
      asked: [
        ['what happens if it rains on the day', 'What if it rains?'],
        ['can you come once a month', 'How often do you come?'],
      ],
      offTopic: ['will it rain tomorrow in bristol'],
    },
    {
      name: 'a cinema (es): 70 years old is one of the "mayores", tickets are "sacadas"',
      language: 'es',
      rows: rowsOf('cine.es.json'),
      asked: [
        ['mi abuelo tiene 70 años, paga menos?', '¿Hay descuento para niños y mayores?'],
        ['dónde saco las entradas para el sábado', '¿Cómo compro entradas?'],
      ],
    },
    {
      name: 'a pet shop (es): a "pecera" is an aquarium',
      language: 'es',
      rows: rowsOf('tiendamascotas.es.json'),
      asked: [['necesito un filtro para la pecera', '¿Tenéis productos para acuarios?']],
    },
    {
      name: 'a gateway: an order on its way is a purchase tracked, no order of messages',
      language: 'en',
      rows: [
        ['Can messages arrive out of order?', 'No: each conversation is handled in order.'],
        ['How do I deploy a bot?', 'Run gb deploy.'],
      ],
      asked: [['are messages handled in order', 'Can messages arrive out of order?']],
      offTopic: ['is my order on its way'],
    },
    {
      name: 'an aesthetic clinic (es): whether it will hurt',
      language: 'es',
      rows: rowsOf('esteticaclinica.es.json'),
      asked: [['me da miedo que me haga daño el láser', '¿Duele el láser?']],
    },
    {
      name: 'an electrician: plug sockets are sockets',
      language: 'en',
      rows: rowsOf('electrician.en.json'),
      asked: [['I need more plug sockets in the kitchen', 'Can you add extra sockets?']],
    },
    {
      name: 'a padel club (es): a championship is a tournament; a course (curso) is a class',
      language: 'es',
      rows: rowsOf('padel.es.json'),
      asked: [
        ['hacéis campeonatos?', '¿Organizáis torneos?'],
        ['nunca he jugado al pádel, dais cursos?', '¿Dais clases para principiantes?'],
      ],
    },
    {
      name: 'a second carrier: cold calls, a dodgy text, ringing someone abroad, not happy, a new bank account, calls that keep failing, a new phone',
      language: 'en',
      rows: rowsOf('carrier2.en.json'),
      asked: [
        ['so many cold calls lately', 'How do I stop spam calls?'],
        ['how do I ring my mum in nigeria', 'How do I call abroad from the UK?'],
        ["I'm not happy", 'How do I make a complaint?'],
        ['I opened a new bank account', 'How do I change my bank details?'],
        ['calls keep failing', "Why can't I make or receive calls?"],
        ['when can I get a new phone', 'How do I upgrade my phone?'],
      ],
    },
    {
      name: 'a letting agent: coming to see a property, co-signing, damp, wallpaper, staying longer',
      language: 'en',
      rows: rowsOf('letting.en.json'),
      asked: [
        ['can we come to see the property on saturday', 'How do I book a viewing?'],
        ['can my mum co sign', 'Do I need a guarantor?'],
        ['there is damp in the bedroom', 'What should I do if there is mould?'],
        ['can we put up wallpaper', 'Can I decorate the flat?'],
        ['we would like to stay longer', 'How do I renew my tenancy?'],
      ],
    },
    {
      name: 'a college (pt): FIES, dropping out, the most absences, renewing an enrolment, a certificate of it, borrowing books, owing fees',
      language: 'pt',
      rows: rowsOf('faculdade.pt.json'),
      asked: [
        ['tem fies?', 'Vocês têm bolsa de estudos?'],
        ['quero largar o curso', 'Como cancelo minha matrícula?'],
        ['qual o máximo de faltas', 'Quantas faltas posso ter?'],
        ['quero renovar a matrícula', 'Como faço a rematrícula?'],
        ['preciso de um atestado de matrícula', 'Como peço uma declaração de matrícula?'],
        ['quero pegar livros', 'Como uso a biblioteca?'],
        ['to devendo duas mensalidades', 'Como negocio mensalidades atrasadas?'],
      ],
    },
    {
      name: 'a city hall (es): permits for works, old furniture, a nursery, noise, an unfair fine',
      language: 'es',
      rows: rowsOf('ayuntamiento.es.json'),
      asked: [
        ['necesito permiso para una reforma', '¿Cómo pido una licencia de obras?'],
        ['quiero tirar un armario', '¿Cómo solicito la recogida de muebles viejos?'],
        ['hay plazas en la guardería', '¿Cómo matriculo a mi hijo en la escuela infantil?'],
        ['el de arriba hace mucho ruido', '¿Cómo denuncio ruidos de un vecino?'],
        ['esa multa es injusta', '¿Cómo recurro una multa?'],
      ],
    },
    {
      name: 'a hotel: the keys to a room, leaving it, working out, lunch, food to the room, a crib, a wheelchair, an airport transfer, a conference room, dry cleaning, the phone number for reception',
      language: 'en',
      rows: rowsOf('hotel.en.json'),
      asked: [
        ['can we get the keys to our room early', 'What time is check-in?'],
        ['what time should we leave the room', 'What time is check-out?'],
        ['I want to work out', 'Is there a gym?'],
        ['where can I have lunch', 'Do you have a restaurant?'],
        ['can we get food to the room', 'Is there room service?'],
        ['do you have a crib', 'Can I get an extra bed or a cot?'],
        ['my mother is in a wheelchair', 'Do you have accessible rooms?'],
        ['do you have an airport transfer', 'Do you offer an airport shuttle?'],
        ['do you have a conference room', 'Can I book a meeting room?'],
        ['do you do dry cleaning', 'Is there a laundry service?'],
        ['what is the phone number for reception', 'How do I contact the hotel?'],
      ],
    },
    {
      name: 'a mobile operator (es), asked in a hurry: wanting to leave it, being charged so much',
      language: 'es',
      rows: [
        ['¿Cómo me doy de baja?', 'Llama al 1004.'],
        ['¿Cómo hago la portabilidad?', 'Pide el cambio en la web.'],
        ['¿Por qué mi factura es más alta este mes?', 'Revisa los extras.'],
        ['¿Cómo cambio de tarifa?', 'En la app.'],
        ['¿Cómo pago mi factura?', 'Con tarjeta.'],
      ],
      asked: [
        ['quiero irme de vuestra compañía', '¿Cómo me doy de baja?'],
        ['me cobrais tanto', '¿Por qué mi factura es más alta este mes?'],
      ],
    },
    {
      name: 'a mobile operator (pt), asked in a hurry: "qto" is "quanto", "cel" a phone',
      language: 'pt',
      rows: [
        ['Como faço uma recarga?', 'No app.'],
        ['Como consulto meu saldo?', 'Disque *222#.'],
        ['Como cancelo minha linha?', 'Ligue *144.'],
        ['Como bloqueio a linha se o celular for roubado?', 'Ligue *144 na hora e registre o B.O.'],
        ['Como desbloqueio o PUK?', 'Veja no app.'],
      ],
      asked: [
        ['qto de credito tenho', 'Como consulto meu saldo?'],
        ['roubaram meu cel', 'Como bloqueio a linha se o celular for roubado?'],
      ],
    },
    {
      name: 'a shop (es), asked tersely: a way to pay named, when an order comes (not a refund), no more e-mails',
      language: 'es',
      rows: [
        ['¿Cuánto tarda el envío?', 'De 24 a 48 horas.'],
        ['¿Cuándo recibo el reembolso?', 'En 5 días hábiles.'],
        ['¿Qué métodos de pago aceptan?', 'Tarjeta y transferencia.'],
        ['¿Cómo me doy de baja del boletín?', 'Con el enlace del correo.'],
        ['¿Cómo cambio mi contraseña?', 'En Mi cuenta.'],
      ],
      asked: [
        ['puedo pagar con bizum', '¿Qué métodos de pago aceptan?'],
        ['cuándo llega mi pedido', '¿Cuánto tarda el envío?'],
        ['cuándo llega el reembolso', '¿Cuándo recibo el reembolso?'],
        ['no quiero más emails', '¿Cómo me doy de baja del boletín?'],
      ],
    },
    {
      name: 'a bank (pt), asked tersely: a card said blocked, a limit said low, the best day to buy',
      language: 'pt',
      rows: [
        ['Como desbloqueio meu cartão?', 'No app, em Cartões.'],
        ['Como bloqueio meu cartão perdido ou roubado?', 'Em Cartões > Bloquear.'],
        ['Como aumento o limite do cartão de crédito?', 'Em Cartões > Limite.'],
        ['Qual o limite do Pix à noite?', 'R$ 1.000.'],
        ['Quando fecha a fatura do cartão?', 'Sete dias antes do vencimento.'],
        ['Como contesto uma compra que não reconheço?', 'Toque na compra.'],
      ],
      asked: [
        ['cartao bloqueado', 'Como desbloqueio meu cartão?'],
        ['meu limite ta mt baixo', 'Como aumento o limite do cartão de crédito?'],
        ['qual o melhor dia pra comprar', 'Quando fecha a fatura do cartão?'],
      ],
    },
    {
      name: 'a power distributor (pt): low income, the day of payment, the printed bill, the "relógio de luz"',
      language: 'pt',
      rows: [
        ['Estou sem luz, o que faço?', 'Confira o disjuntor.'],
        ['Tem falta de energia programada no meu bairro?', 'Consulte pelo CEP.'],
        ['Por que minha conta de luz veio alta?', 'Confira a leitura.'],
        ['Como peço a tarifa social?', 'Peça no app.'],
        ['Como instalo energia solar?', 'Pelo nosso portal.'],
        ['Como mudo a data de vencimento?', 'No app.'],
        ['Como recebo a conta por e-mail?', 'Ative a conta digital.'],
        ['Como faço a leitura do medidor?', 'Envie a foto pelo app.'],
      ],
      asked: [
        ['sou de baixa renda', 'Como peço a tarifa social?'],
        ['quero mudar o dia de pagamento', 'Como mudo a data de vencimento?'],
        ['não quero mais a conta impressa', 'Como recebo a conta por e-mail?'],
        ['como envio a foto do relógio de luz', 'Como faço a leitura do medidor?'],
      ],
    },
    {
      name: 'a parcel carrier (es): sending a box, not being in, a parcel for someone else, as soon as possible, the weight limit',
      language: 'es',
      rows: [
        ['¿Cómo envío un paquete?', 'Crea el envío en la web.'],
        ['Mi paquete ha llegado dañado', 'Haz fotos y reclama.'],
        ['¿Qué pasa si no estoy en casa?', 'Lo intentamos otra vez.'],
        ['¿Cómo pido que recojan un paquete en mi casa?', 'Solicita la recogida en la web.'],
        ['Me ha llegado un paquete que no es mío', 'Avísanos.'],
        ['¿Tenéis servicio de entrega urgente?', 'Sí, el Express.'],
        ['¿Trabajáis los sábados?', 'Por la mañana.'],
        ['¿Cuánto puede pesar un paquete?', 'Hasta 30 kg.'],
      ],
      asked: [
        ['cómo mando un paquete a valencia', '¿Cómo envío un paquete?'],
        ['mañana no voy a estar', '¿Qué pasa si no estoy en casa?'],
        ['tengo un paquete de otra persona', 'Me ha llegado un paquete que no es mío'],
        ['lo quiero cuanto antes', '¿Tenéis servicio de entrega urgente?'],
        ['cuál es el límite de peso', '¿Cuánto puede pesar un paquete?'],
      ],
    },
    {
      name: 'an insurer: an update on a claim, the deductible, the NCD, a cracked windshield, a certificate, their phone number',
      language: 'en',
      rows: [
        ['How do I make a car insurance claim?', 'Report it in the app.'],
        ['How do I check the status of my claim?', 'Track it under Claims.'],
        ['What is my excess?', 'See your schedule.'],
        ['What is a no claims bonus?', 'A discount for years without a claim.'],
        ['Do you offer breakdown cover?', 'Yes, from 5 a month.'],
        ['Is my windscreen covered?', 'With comprehensive cover.'],
        ['What should I do if my home is flooded?', 'Call our claims line.'],
        ['What should I do after a break-in?', 'Call the police first.'],
        ['How do I get a copy of my policy documents?', 'Download them in the app.'],
        ['How do I contact you?', 'Chat in the app.'],
      ],
      asked: [
        ['any update on my claim', 'How do I check the status of my claim?'],
        ['what is my deductible', 'What is my excess?'],
        ['explain the ncd', 'What is a no claims bonus?'],
        ['my windshield has a crack', 'Is my windscreen covered?'],
        ['I need a copy of my certificate', 'How do I get a copy of my policy documents?'],
        ['what is your phone number', 'How do I contact you?'],
      ],
    },
    {
      name: 'a mobile operator (pt): leaving it, a fine for cancelling, the phone\'s "conta", paying straight from the bank, no signal, the network down, a suspicious text',
      language: 'pt',
      rows: [
        ['Como consulto meu consumo de internet?', 'No app, em Consumo.'],
        ['Como pago minha fatura?', 'Pelo app.'],
        ['Como cadastro o débito automático?', 'Em Faturas.'],
        ['Como cancelo minha linha?', 'Ligue *144.'],
        ['Tenho fidelidade?', 'Veja em Meu plano.'],
        ['Por que estou sem sinal?', 'Reinicie o celular.'],
        ['Tem problema na rede da minha região?', 'Consulte pelo CEP.'],
        ['Como denuncio um SMS de golpe?', 'Encaminhe para 7726.'],
        ['Como consulto o saldo do pré-pago?', 'Disque *222#.'],
        ['Como abro uma conta no app?', 'Baixe o app.'],
      ],
      asked: [
        ['quero deixar a operadora', 'Como cancelo minha linha?'],
        ['vou pagar multa se eu cancelar?', 'Tenho fidelidade?'],
        ['quero pagar a conta da internet', 'Como pago minha fatura?'],
        ['quero pagar direto na conta', 'Como cadastro o débito automático?'],
        ['meu celular não está pegando', 'Por que estou sem sinal?'],
        ['a rede caiu de novo', 'Tem problema na rede da minha região?'],
        ['chegou uma mensagem suspeita', 'Como denuncio um SMS de golpe?'],
      ],
    },
    {
      name: 'broadband and TV: getting rid of a pack, the rugby, a missed payment, not happy, no dial tone, adult sites, someone to come round, Wi-Fi that does not reach',
      language: 'en',
      rows: [
        ['Why is my broadband slow?', 'Restart the router.'],
        ['How do I remove a TV pack?', 'Remove packs in My TV.'],
        ['How do I add sports channels?', 'Add the Sports pack.'],
        ['What happens if I miss a payment?', 'We remind you.'],
        ['How do I pay my bill?', 'By card.'],
        ['How do I make a complaint?', 'Use the form.'],
        ['How do I report a phone line fault?', 'Run the line test.'],
        ['How do I set up parental controls?', 'Under Security.'],
        ['How do I book an engineer visit?', 'Book it in Appointments.'],
        ['How do I improve my Wi-Fi signal?', 'Add a booster.'],
        ['How do I contact you?', 'Chat or call.'],
      ],
      asked: [
        ['get rid of the kids pack', 'How do I remove a TV pack?'],
        ['I want to watch the rugby', 'How do I add sports channels?'],
        ['I cannot pay this month', 'What happens if I miss a payment?'],
        ['I am not happy with your service', 'How do I make a complaint?'],
        ['there is no dial tone', 'How do I report a phone line fault?'],
        ['block adult content', 'How do I set up parental controls?'],
        ['can someone come round to fix it', 'How do I book an engineer visit?'],
        ['the wifi does not reach my bedroom', 'How do I improve my Wi-Fi signal?'],
      ],
    },
    {
      name: 'a bank (es): your phone number, maintenance fees, investing savings, "vuestra" as a possessive',
      language: 'es',
      rows: [
        ['¿Cómo hablo con un gestor?', 'Por el chat.'],
        ['¿Cómo cambio mi número de teléfono?', 'En Perfil.'],
        ['¿Qué comisiones tiene la cuenta?', 'Ninguna con nómina.'],
        ['¿Cómo invierto en fondos?', 'En Inversiones.'],
        ['¿Dónde hay una oficina?', 'En el buscador de la web.'],
        ['¿Cómo abro una cuenta?', 'En la app.'],
      ],
      asked: [
        ['cuál es vuestro número de teléfono', '¿Cómo hablo con un gestor?'],
        ['cuánto cobran de mantenimiento', '¿Qué comisiones tiene la cuenta?'],
        ['me gustaría invertir mi dinero', '¿Cómo invierto en fondos?'],
        ['dónde está vuestra oficina más cercana', '¿Dónde hay una oficina?'],
      ],
    },
    {
      name: 'a software product: a message that disappears, whether one pays for it, paying for it',
      language: 'en',
      rows: [
        ['Can messages get lost?', 'No, they are stored first.'],
        ['How do I install it?', 'Run npm ci.'],
        ['Is it free?', 'Yes, it is open source.'],
        ['How much is the pro plan?', '20 a month.'],
        ['How do I pay for the pro plan?', 'By card.'],
        ['How do I update it?', 'Run npm update.'],
      ],
      asked: [
        ['can a message disappear', 'Can messages get lost?'],
        ['do I have to pay for it', 'Is it free?'],
        ['does it cost anything', 'Is it free?'],
        // Asking how to pay is not asking whether one must.
        ['how do I pay for the pro plan', 'How do I pay for the pro plan?'],
      ],
    },
    {
      name: 'a mobile operator (es): what is left, no network, premium numbers, a strange text, someone posing as the bank, the phone\'s "recibo"',
      language: 'es',
      rows: [
        ['¿Cómo consulto mis minutos?', 'En la app, en Consumo.'],
        ['¿Qué pasa si me quedo sin datos?', 'Navegas más lento.'],
        ['¿Cómo pido la portabilidad?', 'En la web, en Pásate.'],
        ['¿Por qué no tengo cobertura?', 'Reinicia el móvil.'],
        ['¿Cómo bloqueo los números de tarificación especial?', 'En la app, en Seguridad.'],
        ['¿Cómo denuncio un SMS fraudulento?', 'Reenvíalo al 7726.'],
        ['¿Cómo pago mi factura?', 'Con tarjeta en la app.'],
        ['¿Cómo compro un móvil a plazos?', 'En la tienda online.'],
      ],
      asked: [
        ['cuántos minutos me quedan', '¿Cómo consulto mis minutos?'],
        ['no hay red en mi casa', '¿Por qué no tengo cobertura?'],
        ['quiero bloquear los números premium', '¿Cómo bloqueo los números de tarificación especial?'],
        ['me llegó un sms raro', '¿Cómo denuncio un SMS fraudulento?'],
        ['un sms se hace pasar por el banco', '¿Cómo denuncio un SMS fraudulento?'],
        ['dónde pago el recibo de la fibra', '¿Cómo pago mi factura?'],
      ],
    },
    {
      name: 'a bank (pt): a transfer by Pix, how much one may send, another bank, a call received, someone posing as the bank, a password asked for, their number',
      language: 'pt',
      rows: [
        ['Como faço um Pix?', 'Em Pix > Pagar.'],
        ['Como faço uma TED?', 'Em Transferir > Outros bancos.'],
        ['Qual o limite do Pix?', 'R$ 5.000 de dia.'],
        ['Recebi uma ligação suspeita, o que faço?', 'Desligue e nos avise.'],
        ['Como denuncio uma fraude?', 'No app, em Segurança.'],
        ['Como falo com o atendimento?', 'Pelo chat ou pelo 0800.'],
        ['Como troco o número de celular cadastrado?', 'Em Perfil > Celular.'],
        ['Esqueci minha senha', 'Toque em Esqueci minha senha.'],
      ],
      asked: [
        ['quero transferir via pix', 'Como faço um Pix?'],
        ['quanto consigo mandar por dia', 'Qual o limite do Pix?'],
        ['quero mandar para outro banco', 'Como faço uma TED?'],
        ['me ligaram agora, o que faço', 'Recebi uma ligação suspeita, o que faço?'],
        ['tem alguém se passando pelo banco', 'Como denuncio uma fraude?'],
        ['uma moça pediu minha senha', 'Como denuncio uma fraude?'],
        ['qual o número de vocês', 'Como falo com o atendimento?'],
      ],
    },
    {
      name: 'a mobile network: someone added to a plan, nicked phones, iPhones, sharing data, credit, switching plans, a really expensive bill',
      language: 'en',
      rows: [
        ['My phone was stolen, what do I do?', 'Call us so we can bar your SIM.'],
        ['How do I trade in my old phone?', 'Get a quote in the app.'],
        ['How do I use my phone as a hotspot?', 'Turn on Personal Hotspot in settings.'],
        ['How do I top up?', 'In the app or in any shop.'],
        ['How do I change my plan?', 'Pick a new plan in the app.'],
        ['Why is my bill higher than usual?', 'Check for calls abroad.'],
        ['Why do I have no signal?', 'Restart your phone.'],
        ['How do I pay my bill?', 'By card or direct debit.'],
        ['How do I add a new line to my account?', 'In the app under Lines.'],
      ],
      asked: [
        ['can I add my wife to my plan', 'How do I add a new line to my account?'],
        ['my phone got nicked', 'My phone was stolen, what do I do?'],
        ['can I trade in my iphone', 'How do I trade in my old phone?'],
        ['how can I share data from my phone', 'How do I use my phone as a hotspot?'],
        ['put credit on my sim', 'How do I top up?'],
        ['my bill is really expensive', 'Why is my bill higher than usual?'],
        ['switch to the unlimited plan', 'How do I change my plan?'],
      ],
    },
    {
      name: 'a carrier: no service, scam texts, bringing a number over, bills by post',
      language: 'en',
      rows: [
        ['Why do I have no signal?', 'Restart your phone and check the network status page.'],
        ['How do I stop spam calls and texts?', 'Forward spam texts to 7726.'],
        ['Can I keep my number when I join?', 'Yes, give us the PAC from your old provider.'],
        ['How do I get a paper bill?', 'Turn paper bills on in Billing > Preferences.'],
        ['How do I pay my bill?', 'In the app, by card or direct debit.'],
        ['How do I block a number?', "Use your phone's block list."],
      ],
      asked: [
        ['no service on my phone', 'Why do I have no signal?'],
        ['I keep getting scam texts', 'How do I stop spam calls and texts?'],
        ['can i bring my current number over', 'Can I keep my number when I join?'],
        ['can I get my bills by post', 'How do I get a paper bill?'],
      ],
    },
    {
      name: 'broadband: faster internet, a higher price, leaving, nuisance calls, benefits, their number, moving',
      language: 'en',
      rows: [
        ['How do I upgrade my broadband?', 'See the faster packages in My Account > Upgrade.'],
        ['Why has my bill gone up?', 'Prices rise each April.'],
        ['How do I cancel my broadband?', 'Call our cancellations team.'],
        ['How do I report a nuisance call?', 'Report it in the app.'],
        ['Do you offer social tariffs?', 'Yes, if you get Universal Credit.'],
        ['How do I contact customer service?', 'Chat in the app or call 150.'],
        ['How do I move home with you?', 'Tell us your moving date a month before.'],
        ['How do I change my email address?', 'In My Account > Contact details.'],
        ['How can I pay my bill?', 'By direct debit or card.'],
      ],
      asked: [
        ['I want faster internet', 'How do I upgrade my broadband?'],
        ['my bill is more expensive than last month', 'Why has my bill gone up?'],
        ['I want to leave your broadband', 'How do I cancel my broadband?'],
        ['someone keeps calling me and hanging up', 'How do I report a nuisance call?'],
        ['cheaper broadband for people on benefits', 'Do you offer social tariffs?'],
        ["what's your phone number", 'How do I contact customer service?'],
        ["I'm moving house next month", 'How do I move home with you?'],
      ],
    },
    {
      name: 'a shop: too small is a size, sending it back, instalments (no installing), a shop to visit, when it arrives',
      language: 'en',
      rows: [
        ['Can I exchange an item for a different size?', 'Yes, choose Exchange when you start the return.'],
        ['How do I return an item?', 'Start a return in Orders within 30 days.'],
        ['Can I pay in instalments?', 'Yes, in 3 interest-free instalments.'],
        ['How do I install the app?', 'From the App Store or Google Play.'],
        ['Do you have physical stores?', 'We are online only.'],
        ['How long does delivery take?', 'Three to five working days.'],
        ['How do I track my order?', 'Use the link in your dispatch email.'],
      ],
      asked: [
        ['the shoes are too small, can I swap them', 'Can I exchange an item for a different size?'],
        ['I want to send something back', 'How do I return an item?'],
        ['buy now pay later', 'Can I pay in instalments?'],
        ['do you have a shop I can visit', 'Do you have physical stores?'],
        ['when will my order arrive', 'How long does delivery take?'],
      ],
    },
    {
      name: "a bank: a card one can't find, a temporary block, a caller pretending to be the bank",
      language: 'en',
      rows: [
        ['My card has been lost or stolen', 'Freeze it in the app and order a replacement.'],
        ['How do I freeze my card?', 'In the app, tap your card and choose Freeze.'],
        ["I think I've been scammed", 'Call us now on 159.'],
        ['How do I change my PIN?', 'At any of our cash machines.'],
        ['How do I close my account?', 'Ask us in chat.'],
      ],
      asked: [
        ["I can't find my card anywhere", 'My card has been lost or stolen'],
        ['temporarily block my card', 'How do I freeze my card?'],
        ['I got a call from someone pretending to be the bank', "I think I've been scammed"],
      ],
    },
    {
      name: 'a US carrier: more time to pay, an upgrade due, a phone someone took, dropping calls, veterans',
      language: 'en',
      rows: [
        ['Can I get a payment extension?', 'Yes, set up a payment arrangement before your due date.'],
        ['How do I pay my bill?', 'In the app, online or at 611.'],
        ['How do I upgrade my phone?', 'See your options under Devices > Upgrade.'],
        ['How do I activate my new phone?', 'Insert the SIM and follow the steps.'],
        ['My phone was lost or stolen', 'Suspend your line in the app.'],
        ['Can I bring my own phone?', 'Yes, check compatibility with your IMEI.'],
        ['Why are my calls dropping?', 'Update your software and turn on Wi-Fi Calling.'],
        ['Do you offer military or senior discounts?', 'Yes, military and 55+ customers save.'],
      ],
      asked: [
        ['I need more time to pay my bill', 'Can I get a payment extension?'],
        ['am I eligible for a new phone', 'How do I upgrade my phone?'],
        ['someone took my phone', 'My phone was lost or stolen'],
        ['my calls keep dropping', 'Why are my calls dropping?'],
        ['discount for veterans', 'Do you offer military or senior discounts?'],
      ],
    },
    {
      name: 'a bank: becoming a customer opens an account, a false call is a scam, a fee',
      language: 'pt',
      rows: [
        ['Como abro uma conta?', 'Baixe o app e envie um documento.'],
        ['Caí num golpe, o que faço?', 'Ligue para o 0800 e registre um boletim de ocorrência.'],
        ['Quais são as tarifas?', 'A conta é gratuita.'],
        ['Como encerro minha conta?', 'No app, em Perfil > Encerrar conta.'],
      ],
      asked: [
        ['como faço pra ser cliente', 'Como abro uma conta?'],
        ['caí numa ligação falsa', 'Caí num golpe, o que faço?'],
        ['tem taxa de manutenção?', 'Quais são as tarifas?'],
      ],
    },
    {
      name: 'a bank: access back, a house bought on credit, a salary brought over ("para cá" is here), the FGTS, negotiating',
      language: 'pt',
      rows: [
        ['Como recupero o acesso ao internet banking?', 'Toque em Esqueci minha senha.'],
        ['Como faço um financiamento de imóvel?', 'Simule em Crédito > Imobiliário.'],
        ['Como recebo meu salário neste banco?', 'Peça a portabilidade de salário no app.'],
        ['Como saco o FGTS?', 'Pelo app do FGTS.'],
        ['Como renegocio uma dívida?', 'Em Crédito > Renegociar.'],
        ['Como cadastro débito automático de contas?', 'Em Pagamentos > Débito automático.'],
      ],
      asked: [
        ['perdi o acesso ao internet banking', 'Como recupero o acesso ao internet banking?'],
        ['quero comprar uma casa financiada', 'Como faço um financiamento de imóvel?'],
        ['transferir meu salário para cá', 'Como recebo meu salário neste banco?'],
        ['sacar fundo de garantia', 'Como saco o FGTS?'],
        ['quero negociar minha dívida', 'Como renegocio uma dívida?'],
      ],
    },
    {
      name: 'a bank: closing an account, the account number, paying cash in, moving house, a certificate',
      language: 'es',
      rows: [
        ['¿Cómo cierro mi cuenta?', 'Desde la app, en Perfil > Cerrar cuenta.'],
        ['¿Dónde veo mi IBAN?', 'En la pantalla de tu cuenta, pulsa Detalles.'],
        ['¿Cómo ingreso efectivo?', 'En los cajeros con ingreso.'],
        ['¿Cómo cambio mi dirección?', 'En Perfil > Datos personales.'],
        ['¿Cómo descargo un certificado de titularidad?', 'En Cuenta > Documentos.'],
        ['¿A qué hora abre la oficina?', 'De 8:30 a 14:00.'],
      ],
      asked: [
        ['quiero cancelar la cuenta', '¿Cómo cierro mi cuenta?'],
        ['dónde encuentro el número de cuenta', '¿Dónde veo mi IBAN?'],
        ['quiero meter billetes en la cuenta', '¿Cómo ingreso efectivo?'],
        ['me he mudado', '¿Cómo cambio mi dirección?'],
        ['necesito un justificante de titularidad', '¿Cómo descargo un certificado de titularidad?'],
        ['a qué hora cierra la oficina', '¿A qué hora abre la oficina?'],
      ],
    },
    {
      name: 'a card: a password typed wrong locks the access, a refused card, what a Pix costs',
      language: 'pt',
      rows: [
        ['Meu acesso está bloqueado, o que faço?', 'Redefina a senha em Esqueci minha senha.'],
        ['Por que meu pedido de cartão foi negado?', 'A análise considera renda e histórico.'],
        ['O Pix tem taxa?', 'Não, o Pix é grátis.'],
        ['Como faço um Pix agendado?', 'Em Pix > Agendar.'],
        ['Como altero minha senha de acesso?', 'Em Perfil > Segurança.'],
      ],
      asked: [
        ['errei a senha e bloqueou', 'Meu acesso está bloqueado, o que faço?'],
        ['meu cartao foi recusado na analise', 'Por que meu pedido de cartão foi negado?'],
        ['cobra alguma coisa pra fazer pix?', 'O Pix tem taxa?'],
      ],
    },
    {
      name: 'a shop: how many days it takes, broken on arrival, the wrong product, it fits small, sold out, picking up',
      language: 'pt',
      rows: [
        ['Qual o prazo de entrega?', 'De 2 a 10 dias úteis.'],
        ['Recebi o produto com defeito', 'Abra uma solicitação em Meus pedidos.'],
        ['Recebi um produto diferente do que comprei', 'Avise em Meus pedidos.'],
        ['Posso trocar por outro tamanho?', 'Sim, em até 30 dias.'],
        ['Quando o produto volta ao estoque?', 'Clique em Avise-me.'],
        ['Posso retirar na loja?', 'Sim, escolha Retirar no carrinho.'],
        ['Como acompanho meu pedido?', 'Em Meus pedidos.'],
      ],
      asked: [
        ['em quantos dias chega', 'Qual o prazo de entrega?'],
        ['o produto veio quebrado', 'Recebi o produto com defeito'],
        ['mandaram o produto errado', 'Recebi um produto diferente do que comprei'],
        ['ficou pequeno, quero trocar', 'Posso trocar por outro tamanho?'],
        ['está esgotado?', 'Quando o produto volta ao estoque?'],
        ['posso buscar pessoalmente', 'Posso retirar na loja?'],
      ],
    },
    {
      name: 'an operator: a dear bill, a bill to pay, direct debit, a virtual SIM, no area, a technician',
      language: 'pt',
      rows: [
        ['Por que minha conta veio mais alta?', 'Veja o detalhamento no app.'],
        ['Como tiro a segunda via da conta?', 'No app, em Faturas.'],
        ['Como cadastro o débito automático?', 'Em Pagamentos > Débito automático.'],
        ['Vocês têm eSIM?', 'Sim, peça no app.'],
        ['Estou sem sinal, o que faço?', 'Reinicie o celular.'],
        ['Como agendo uma visita técnica?', 'No app, em Suporte.'],
        ['Como pago minha conta?', 'Pelo app, com Pix ou boleto.'],
        ['Meu celular foi roubado, o que faço?', 'Ligue para 1058.'],
      ],
      asked: [
        ['minha fatura veio muito cara', 'Por que minha conta veio mais alta?'],
        ['preciso do boleto da conta', 'Como tiro a segunda via da conta?'],
        ['quero pagar no débito em conta', 'Como cadastro o débito automático?'],
        ['dá pra usar chip virtual?', 'Vocês têm eSIM?'],
        ['celular sem área', 'Estou sem sinal, o que faço?'],
        ['preciso que um técnico venha aqui', 'Como agendo uma visita técnica?'],
      ],
    },
    {
      name: 'a shop: it fits small, back in stock, a gift voucher, a shop to visit, the wrong thing sent',
      language: 'es',
      rows: [
        ['¿Puedo cambiar un producto por otra talla?', 'Sí, elige Cambio al solicitar la devolución.'],
        ['¿Cuándo vuelve a haber stock?', 'Pulsa Avísame en la ficha del producto.'],
        ['¿Tenéis tarjetas regalo?', 'Sí, de 20 a 200 euros.'],
        ['¿Tenéis tienda física?', 'Solo vendemos online.'],
        ['Me ha llegado un producto equivocado', 'Avísanos desde Mis pedidos.'],
        ['¿Cómo hago una devolución?', 'Solicítala en Mis pedidos.'],
      ],
      asked: [
        ['me queda pequeño, lo puedo cambiar', '¿Puedo cambiar un producto por otra talla?'],
        ['está agotado, cuándo lo reponéis', '¿Cuándo vuelve a haber stock?'],
        ['quiero regalar un cheque regalo', '¿Tenéis tarjetas regalo?'],
        ['puedo ir a una tienda a verlo', '¿Tenéis tienda física?'],
        ['me habéis mandado otra cosa', 'Me ha llegado un producto equivocado'],
      ],
    },
    {
      name: 'fibre: charged too much, more megas, fibre in my street, "lentísima", dropping, no connection, off and on',
      language: 'es',
      rows: [
        ['¿Por qué me ha llegado una factura más alta?', 'Revisa el detalle de la factura.'],
        ['¿Cómo subo la velocidad de mi fibra?', 'En Mi tarifa > Mejorar velocidad.'],
        ['¿Cómo sé si tengo cobertura de fibra en mi casa?', 'Usa el comprobador de la web.'],
        ['Internet va muy lento', 'Reinicia el router.'],
        ['Se me corta el wifi', 'Coloca el router en un sitio alto.'],
        ['No tengo conexión a internet', 'Comprueba las luces del router.'],
        ['¿Cómo reinicio el router?', 'Desenchúfalo 30 segundos.'],
        ['¿Cómo comparto mis gigas con otra línea?', 'En Mis datos > Compartir.'],
      ],
      asked: [
        ['este mes me habéis cobrado de más', '¿Por qué me ha llegado una factura más alta?'],
        ['quiero más megas', '¿Cómo subo la velocidad de mi fibra?'],
        ['llega la fibra a mi calle', '¿Cómo sé si tengo cobertura de fibra en mi casa?'],
        ['la conexión está lentísima', 'Internet va muy lento'],
        ['el wifi se desconecta cada rato', 'Se me corta el wifi'],
        ['me he quedado sin internet', 'No tengo conexión a internet'],
        ['cómo apago y enciendo el router', '¿Cómo reinicio el router?'],
      ],
    },
    {
      name: 'a bank: a salary is a nómina, retirement is a pension, what was spent, paying a mortgage early',
      language: 'es',
      rows: [
        ['¿Cómo recibo mi nómina en este banco?', 'Da tu IBAN a tu empresa.'],
        ['¿Cómo abro un plan de pensiones?', 'En Ahorro > Planes de pensiones.'],
        ['¿Cómo consulto los movimientos de mi cuenta?', 'En la pantalla principal de la app.'],
        ['¿Cómo amortizo parte de mi hipoteca?', 'En Hipoteca > Amortizar.'],
        ['¿Cómo pido un préstamo?', 'En Préstamos, simula la cuota.'],
      ],
      asked: [
        ['quiero domiciliar mi sueldo', '¿Cómo recibo mi nómina en este banco?'],
        ['quiero ahorrar para la jubilación', '¿Cómo abro un plan de pensiones?'],
        ['dónde veo lo que he gastado', '¿Cómo consulto los movimientos de mi cuenta?'],
        ['quiero adelantar dinero de la hipoteca', '¿Cómo amortizo parte de mi hipoteca?'],
      ],
    },
    {
      name: 'an operator: a signal is coverage, a complaint about the service is a complaint',
      language: 'es',
      rows: [
        ['No tengo cobertura, ¿qué hago?', 'Reinicia el móvil y consulta el estado de la red.'],
        ['¿Cómo pongo una reclamación?', 'En la web, en Atención al cliente > Reclamaciones.'],
        ['¿Cómo cambio de tarifa?', 'En Mi tarifa > Cambiar.'],
        ['¿Cómo hablo con un agente?', 'Por chat en la app o en el 1004.'],
      ],
      asked: [
        ['no tengo señal en casa', 'No tengo cobertura, ¿qué hago?'],
        ['quiero quejarme del servicio', '¿Cómo pongo una reclamación?'],
      ],
    },
    {
      name: 'a car rental',
      language: 'en',
      rows: [
        ['How old do I have to be to rent?', '21, with a young driver fee under 25.'],
        ['What is your fuel policy?', 'Full to full.'],
        ['What do I do if the car breaks down?', 'Call our 24-hour roadside assistance.'],
        ['How do I cancel my reservation?', 'In Manage booking.'],
        ['What do I need to rent a car?', 'A driving licence and a credit card.'],
      ],
      asked: [
        ['minimum age to rent', 'How old do I have to be to rent?'],
        ['petrol policy', 'What is your fuel policy?'],
        ["the car won't start", 'What do I do if the car breaks down?'],
        ["I don't need my reservation anymore", 'How do I cancel my reservation?'],
      ],
    },
    {
      name: 'a school',
      language: 'pt',
      rows: [
        ['Onde compro o uniforme?', 'Na loja da escola.'],
        ['Como baixo o boletim?', 'No app da escola.'],
      ],
      asked: [['onde vende a farda', 'Onde compro o uniforme?']],
    },
    {
      name: 'an insurer',
      language: 'es',
      rows: [
        ['¿Cómo doy un parte de accidente?', 'En la app o en el 900 000 000.'],
        ['¿Qué hago si tengo una fuga de agua en casa?', 'Llama a asistencia.'],
        ['¿Cuánto cuesta el seguro?', 'Desde 20 € al mes.'],
      ],
      asked: [
        ['cómo declaro un siniestro', '¿Cómo doy un parte de accidente?'],
        ['tengo una gotera en casa', '¿Qué hago si tengo una fuga de agua en casa?'],
        ['cuánto cuesta asegurar mi coche', '¿Cuánto cuesta el seguro?'],
      ],
    },
    {
      name: 'a gym',
      language: 'en',
      rows: [
        ['Do you have personal trainers?', 'Yes, from 35 an hour.'],
        ['Is there a pool?', 'Yes, a 25-metre pool.'],
        ['How do I change my payment details?', 'In the app under Payments.'],
      ],
      asked: [
        ['can I get a PT', 'Do you have personal trainers?'],
        ['do you have a swimming pool', 'Is there a pool?'],
        ['change my bank details', 'How do I change my payment details?'],
      ],
    },
    {
      name: 'a travel agency',
      language: 'pt',
      rows: [
        ['Posso parcelar a viagem?', 'Em até 12 vezes sem juros.'],
        ['Como altero a data da viagem?', 'Em Minhas viagens.'],
        ['Vocês vendem passagens aéreas avulsas?', 'Sim, no site.'],
      ],
      asked: [
        ['dá pra pagar a viagem em vezes?', 'Posso parcelar a viagem?'],
        ['quero remarcar a data', 'Como altero a data da viagem?'],
        ['vocês vendem voo avulso?', 'Vocês vendem passagens aéreas avulsas?'],
      ],
    },
    {
      name: 'a fashion shop',
      language: 'es',
      rows: [
        ['¿Puedo recoger en tienda?', 'Sí, en 48 horas.'],
        ['¿Cómo sé mi talla?', 'Mira la guía de tallas.'],
      ],
      asked: [['¿hacéis click and collect?', '¿Puedo recoger en tienda?']],
    },
    {
      name: 'a software product',
      language: 'en',
      rows: [
        ['How do I enable single sign-on?', 'SSO with SAML on the Business plan.'],
        ['Is my data secure?', 'Encrypted in transit and at rest.'],
        ['How do I invite a teammate?', 'Settings > Team > Invite.'],
      ],
      asked: [
        ['set up sso', 'How do I enable single sign-on?'],
        ['is my data safe', 'Is my data secure?'],
        ['how do I invite a colleague', 'How do I invite a teammate?'],
      ],
    },
    {
      name: 'an internet provider',
      language: 'pt',
      rows: [
        ['Tem cobertura no meu endereço?', 'Consulte o site com o seu CEP.'],
        ['Como aumento a velocidade?', 'Contrate um plano com mais megas.'],
        ['Minha internet caiu, o que faço?', 'Reinicie o roteador.'],
      ],
      asked: [
        ['a fibra chega na minha rua?', 'Tem cobertura no meu endereço?'],
        ['quero mais megas', 'Como aumento a velocidade?'],
        ['a net caiu', 'Minha internet caiu, o que faço?'],
      ],
    },
    {
      name: 'an electronics shop',
      language: 'es',
      rows: [
        ['¿Puedo financiar mi compra?', 'Sí, sin intereses desde 90 €.'],
        ['¿Hacéis instalación?', 'Instalamos televisores por 49 €.'],
      ],
      asked: [
        ['¿puedo pagar la compra a plazos?', '¿Puedo financiar mi compra?'],
        ['¿hacéis el montaje?', '¿Hacéis instalación?'],
      ],
    },
    {
      name: 'a parcel courier',
      language: 'en',
      rows: [
        ['My parcel is damaged, what do I do?', 'Take photos and report it in the app.'],
        ['How do I track my parcel?', 'Enter your tracking number on our website.'],
      ],
      asked: [['my parcel arrived crushed', 'My parcel is damaged, what do I do?']],
    },
    {
      name: 'a water company',
      language: 'pt',
      rows: [
        ['Estou sem água, o que faço?', 'Veja no app se há manutenção na sua região.'],
        ['Como troco o titular da conta?', 'Envie o documento do novo titular.'],
        ['Como informo um vazamento na rua?', 'Ligue 195.'],
      ],
      asked: [
        ['acabou a água aqui em casa', 'Estou sem água, o que faço?'],
        ['como passo a conta para o meu nome', 'Como troco o titular da conta?'],
      ],
    },
    {
      name: 'bank cards',
      language: 'es',
      rows: [
        ['¿Qué hago si no reconozco un cargo?', 'Bloquea la tarjeta y abre una reclamación.'],
        ['¿Cómo bloqueo la tarjeta temporalmente?', 'Apágala en la app.'],
        ['¿Cómo cancelo la tarjeta?', 'Llama al 900 000 000.'],
      ],
      asked: [
        ['hay un cobro que no he hecho', '¿Qué hago si no reconozco un cargo?'],
        ['quiero congelar la tarjeta un tiempo', '¿Cómo bloqueo la tarjeta temporalmente?'],
      ],
    },
    {
      name: 'a pharmacy',
      language: 'en',
      rows: [
        ['Do you deliver medicines?', 'Yes, free home delivery for prescriptions.'],
        ['Can I get a flu vaccine?', 'Yes, walk in or book online.'],
        ['Can I speak to a pharmacist?', 'Yes, at the counter or by phone.'],
      ],
      asked: [
        ['do you deliver my medication', 'Do you deliver medicines?'],
        ['where can I get a flu jab', 'Can I get a flu vaccine?'],
        ['can I speak to the chemist', 'Can I speak to a pharmacist?'],
      ],
    },
    {
      name: 'a gym (pt)',
      language: 'pt',
      rows: [
        ['Posso trancar a matrícula?', 'Sim, por até 60 dias por ano.'],
        ['Tem piscina?', 'Sim, semiolímpica.'],
      ],
      asked: [
        ['posso congelar a matrícula?', 'Posso trancar a matrícula?'],
        ['tem aula de natação?', 'Tem piscina?'],
      ],
    },
    {
      name: 'flat rentals',
      language: 'es',
      rows: [
        ['¿Cuánto es la fianza?', 'Un mes de fianza.'],
        ['¿Cómo dejo el piso?', 'Avísanos con 30 días de antelación.'],
      ],
      asked: [['cuánto depósito tengo que dejar', '¿Cuánto es la fianza?']],
    },
    {
      name: 'a carrier: settling a bill, its breakdown, more than normal, phoning abroad, a stolen phone, an eSIM instead',
      language: 'en',
      rows: [
        ['How do I pay my bill?', 'Pay by card in the app or set up Direct Debit.'],
        ['How do I see my itemised bill?', 'Every call and text is listed in the app under Bills.'],
        ['Why is my bill higher than usual?', 'Roaming, premium numbers and extras show on the itemised bill.'],
        ['How do I get a paper bill?', 'Ask for paper bills in the app; they cost 1.50 a month.'],
        ['How do I make international calls?', 'Dial 00 and the country code; add an International bolt-on.'],
        ['How do I set up my phone for mobile internet?', 'Text SETTINGS to 2020 and we will send them.'],
        ['How do I report a lost phone?', 'Call 150 to bar your SIM and phone straight away.'],
        ['How do I unlock my phone?', 'Request an unlock code in the app.'],
        ['How do I get an eSIM?', 'Choose eSIM in the app and scan the QR code.'],
        ['How do I get a replacement SIM?', 'Order one in the app; it keeps your number.'],
      ],
      asked: [
        ['can I have an esim instead of a physical sim', 'How do I get an eSIM?'],
        ['where can I settle my bill', 'How do I pay my bill?'],
        ['breakdown of my bill', 'How do I see my itemised bill?'],
        ["this month's bill is way more than normal, why?", 'Why is my bill higher than usual?'],
        ['how can I phone someone abroad', 'How do I make international calls?'],
        ['my phone was stolen last night', 'How do I report a lost phone?'],
      ],
    },
    {
      name: 'a hosted service: a process killed',
      language: 'en',
      rows: [
        ['What if the process dies?', 'The supervisor starts it again within seconds.'],
        ['How do I restart the service?', 'Run the restart command from the admin console.'],
        ['What happens when the database is down?', 'Requests wait and retry until it is back.'],
      ],
      asked: [['what if the process is killed', 'What if the process dies?']],
    },
    {
      name: 'un operador: más de lo normal, el móvil me pide el PUK, algún problema en la red',
      language: 'es',
      rows: [
        ['¿Por qué mi factura es más alta este mes?', 'Revisa los cargos de roaming y números especiales.'],
        ['¿Cómo pago mi factura?', 'Con tarjeta en la app o por domiciliación.'],
        ['¿Dónde encuentro el PUK?', 'En la tarjeta de plástico de la SIM o en la app.'],
        ['¿Cómo compro un móvil a plazos?', 'Elige el móvil en la web y paga en 24 meses.'],
        ['¿Cómo libero mi móvil?', 'Pide el código de liberación en la app.'],
        ['¿Hay una avería en mi zona?', 'Consulta el estado de la red con tu código postal.'],
        ['¿Cómo configuro el buzón de voz?', 'Llama al 242 y sigue los pasos.'],
      ],
      asked: [
        ['este mes me habéis cobrado más de lo normal', '¿Por qué mi factura es más alta este mes?'],
        ['la factura de este mes es más cara de lo normal', '¿Por qué mi factura es más alta este mes?'],
        ['el móvil me pide el puk', '¿Dónde encuentro el PUK?'],
        ['hay algún problema en la red en mi zona?', '¿Hay una avería en mi zona?'],
      ],
    },
    {
      name: 'uma operadora: o celular pedindo o PUK, a rede fora do ar',
      language: 'pt',
      rows: [
        ['Onde encontro o código PUK?', 'No cartão do chip ou no app.'],
        ['Meu celular foi roubado, o que faço?', 'Ligue 1052 para bloquear a linha.'],
        ['Como compro um celular parcelado?', 'Na loja online, em até 21 vezes.'],
        ['Tem problema na rede da minha região?', 'Veja o status da rede no app com seu CEP.'],
        ['Por que a internet do celular está lenta?', 'Veja se sua franquia acabou.'],
      ],
      asked: [
        ['celular pedindo puk', 'Onde encontro o código PUK?'],
        ['a rede está fora do ar na minha cidade?', 'Tem problema na rede da minha região?'],
      ],
    },
    {
      name: 'a mobile network: a bolt-on, the minimum term',
      language: 'en',
      rows: [
        ['How do I buy a data add-on?', 'Add one in the app; it lasts until your next bill.'],
        ['Why is my mobile data slow?', 'Check 4G is on and restart your phone.'],
        ['When does my contract end?', 'Your end date is in the app under Plan.'],
        ['How do I cancel my contract?', 'Call us 30 days before your end date.'],
      ],
      asked: [
        ['can I get a data bolt on', 'How do I buy a data add-on?'],
        ['when does my minimum term finish', 'When does my contract end?'],
      ],
    },
    {
      name: 'um banco: quitar o empréstimo, falar com alguém, receber o salário aqui',
      language: 'pt',
      rows: [
        ['Como peço um empréstimo?', 'Em Empréstimos, simule e contrate.'],
        ['Como antecipo as parcelas do empréstimo?', 'Em Empréstimos > Antecipar, com desconto nos juros.'],
        ['Como falo com o atendimento?', 'Pelo chat do app, 24 horas.'],
        ['Recebi uma ligação suspeita em nome do banco, o que faço?', 'Desligue; o banco nunca pede sua senha.'],
        ['Como faço a portabilidade de salário?', 'Em Conta > Portabilidade, informe o CNPJ da empresa.'],
      ],
      asked: [
        ['quero quitar o empréstimo antes', 'Como antecipo as parcelas do empréstimo?'],
        ['quero falar com alguém do banco', 'Como falo com o atendimento?'],
        ['quero receber meu salário nesse banco', 'Como faço a portabilidade de salário?'],
      ],
    },
    {
      name: 'un proveedor de fibra: entrar en la cuenta de cliente, cambiarse de casa, una factura que viene más cara',
      language: 'es',
      rows: [
        ['¿Cómo accedo a mi área privada?', 'Desde la web, con tu DNI y tu contraseña.'],
        ['¿Cómo cambio la cuenta bancaria de domiciliación?', 'En el área privada, en Facturación.'],
        ['¿Cómo traslado la fibra a mi nueva casa?', 'Pide el traslado con 15 días de antelación.'],
        ['¿Cómo sé si tengo cobertura de fibra en mi casa?', 'Consulta la cobertura con tu dirección.'],
        ['¿Por qué me ha llegado una factura más alta?', 'Revisa los consumos fuera de tarifa.'],
        ['¿Dónde veo mis facturas?', 'En el área privada, en Facturas.'],
      ],
      asked: [
        ['cómo entro en mi cuenta de cliente', '¿Cómo accedo a mi área privada?'],
        ['me cambio de casa, me llevo la fibra?', '¿Cómo traslado la fibra a mi nueva casa?'],
        ['la factura de este mes viene más cara', '¿Por qué me ha llegado una factura más alta?'],
      ],
    },
    {
      name: 'a streaming service: captions, the television',
      language: 'en',
      rows: [
        ['How do I turn on subtitles?', 'While playing, tap the speech bubble.'],
        ['How do I watch on my TV?', 'Install our app on your smart TV or cast from your phone.'],
        ['How do I download shows to watch offline?', 'Tap the download icon on a title.'],
        ['How do I change my plan?', 'Account > Plan > Change plan.'],
      ],
      asked: [
        ['how do I get captions', 'How do I turn on subtitles?'],
        ['can I watch it on my television', 'How do I watch on my TV?'],
      ],
    },
    {
      name: 'um hotel: o cachorro, malhar, uma festa, um cadeirante, desmarcar',
      language: 'pt',
      rows: [
        ['Aceitam animais de estimação?', 'Cães de até 10 kg, com taxa por diária.'],
        ['Tem academia?', 'Academia no térreo, aberta 24 horas.'],
        ['Vocês fazem eventos?', 'Temos salões para até 200 pessoas.'],
        ['O hotel tem acessibilidade?', 'Sim, quartos adaptados e elevadores.'],
        ['Como cancelo minha reserva?', 'Cancelamento grátis até 48 horas antes.'],
        ['Como peço a nota fiscal da hospedagem?', 'Peça na recepção no check-out.'],
        ['Tem quarto para família?', 'Sim, para até 4 pessoas.'],
      ],
      asked: [
        ['posso levar meu cachorro?', 'Aceitam animais de estimação?'],
        ['tem lugar para malhar?', 'Tem academia?'],
        ['vocês alugam salão para festa?', 'Vocês fazem eventos?'],
        ['tem quarto para cadeirante?', 'O hotel tem acessibilidade?'],
        ['preciso desmarcar minha hospedagem', 'Como cancelo minha reserva?'],
      ],
    },
    {
      name: 'una autoescuela: los papeles que hacen falta, la teoría, los test por internet',
      language: 'es',
      rows: [
        ['¿Qué documentos necesito?', 'DNI, una foto y el certificado médico.'],
        ['¿Cuál es el horario de las clases teóricas?', 'De lunes a viernes de 10 a 13.'],
        ['¿Cómo accedo a los test online?', 'Con tu usuario de la app.'],
        ['¿Hacéis cursos para recuperar puntos?', 'Sí, una vez al mes.'],
        ['¿Qué pasa si llego tarde a una clase?', 'La clase acaba a su hora.'],
      ],
      asked: [
        ['qué papeles hacen falta', '¿Qué documentos necesito?'],
        ['a qué hora son las clases de teoría', '¿Cuál es el horario de las clases teóricas?'],
        ['dónde hago los test por internet', '¿Cómo accedo a los test online?'],
      ],
    },
    {
      name: 'a water company: selling the house, yellow water',
      language: 'en',
      rows: [
        ["I'm moving home, what do I do?", 'Tell us your moving date and a meter reading.'],
        ['How do I register for an online account?', 'Register with the reference on your bill.'],
        ['My water is brown or discoloured', 'Run the cold kitchen tap for 20 minutes.'],
        ['I have no water', 'Check our live incidents map.'],
        ['Is there a hosepipe ban?', 'There is no hosepipe ban at the moment.'],
      ],
      asked: [
        ["I'm selling my house, how do I close my account", "I'm moving home, what do I do?"],
        ['the water coming out of the tap is yellow', 'My water is brown or discoloured'],
      ],
    },
    {
      name: 'um streaming: parar de pagar',
      language: 'pt',
      rows: [
        ['Como cancelo a assinatura?', 'Em Conta > Assinatura > Cancelar.'],
        ['Como troco o cartão de pagamento?', 'Em Conta > Pagamento > Alterar.'],
        ['Como mudo de plano?', 'Em Conta > Plano > Alterar.'],
      ],
      asked: [['quero parar de pagar', 'Como cancelo a assinatura?']],
    },
    {
      name: 'una tienda de muebles: faltan tornillos ("en la caja", an unknown place, would read as another business)',
      language: 'es',
      rows: [
        ['Me falta una pieza', 'Pide la pieza en la web con la referencia del manual.'],
        ['¿Cómo devuelvo un mueble?', 'Pide la recogida en Mis pedidos.'],
        ['¿Hacéis el montaje?', 'Sí, resérvalo al comprar.'],
      ],
      asked: [['faltan tornillos', 'Me falta una pieza']],
    },
    {
      name: 'a dental practice: spreading the cost, straightening teeth, a tooth that hurts, not turning up',
      language: 'en',
      rows: [
        ['Can I pay in instalments?', 'Treatment over 500 can be spread over 12 months.'],
        ['How much does a filling cost?', 'White fillings start at 120.'],
        ['Do you offer braces or Invisalign?', 'Yes, book a free orthodontic consultation.'],
        ['Do you do teeth whitening?', 'Yes, home whitening kits from 300.'],
        ['I have toothache, can I get an emergency appointment?', 'Call us from 8am.'],
        ['What happens if I miss my appointment?', 'Missed appointments are charged 30.'],
      ],
      asked: [
        ['can I spread the cost', 'Can I pay in instalments?'],
        ['can you straighten my teeth', 'Do you offer braces or Invisalign?'],
        ['my tooth really hurts, can you see me today', 'I have toothache, can I get an emergency appointment?'],
        ["do you charge if I don't turn up", 'What happens if I miss my appointment?'],
      ],
    },
    {
      name: 'um consultório odontológico: dentes mais brancos, alinhar os dentes',
      language: 'pt',
      rows: [
        ['Vocês fazem clareamento?', 'Sim, clareamento caseiro a partir de R$ 600.'],
        ['Vocês colocam aparelho?', 'Sim, aparelho fixo e alinhadores.'],
        ['Estou com dor de dente, vocês atendem urgência?', 'Sim, todos os dias.'],
      ],
      asked: [
        ['quero deixar os dentes mais brancos', 'Vocês fazem clareamento?'],
        ['quero alinhar os dentes', 'Vocês colocam aparelho?'],
      ],
    },
    {
      name: 'una clínica dental: pánico, brackets',
      language: 'es',
      rows: [
        ['Tengo miedo al dentista', 'Dínoslo al pedir cita.'],
        ['¿Ponéis ortodoncia invisible?', 'Sí, la primera consulta es gratis.'],
        ['¿Cuánto cuesta una limpieza?', 'La limpieza con revisión cuesta 50 €.'],
      ],
      asked: [
        ['me da pánico ir al dentista', 'Tengo miedo al dentista'],
        ['quiero ponerme brackets', '¿Ponéis ortodoncia invisible?'],
      ],
    },
    {
      name: 'a US carrier: bills paid automatically, the phone one already has',
      language: 'en',
      rows: [
        ['How do I pay my bill?', 'Pay online or in the app.'],
        ['How do I set up AutoPay?', 'Turn on AutoPay in the app under Billing.'],
        ['Can I bring my own phone?', 'Yes, check it is compatible on our website.'],
        ['How do I use my phone as a hotspot?', 'Turn on Personal Hotspot in your settings.'],
      ],
      asked: [
        ['I want my bill paid automatically every month', 'How do I set up AutoPay?'],
        ['can I use the phone I already have', 'Can I bring my own phone?'],
      ],
    },
    {
      name: 'uma operadora: uma pessoa de verdade, quanto já usei',
      language: 'pt',
      rows: [
        ['Como falo com um atendente?', 'Pelo chat do app ou no *144.'],
        ['Como vejo meu consumo de internet?', 'No app, em Consumo.'],
        ['Minha internet móvel está lenta', 'Reinicie o celular e veja se a franquia acabou.'],
        ['Como pago minha conta?', 'Pelo app, com Pix ou boleto.'],
      ],
      asked: [
        ['quero falar com uma pessoa de verdade', 'Como falo com um atendente?'],
        ['quanto de internet eu já usei', 'Como vejo meu consumo de internet?'],
      ],
    },
    {
      name: 'a broadband provider: blocking websites for the children',
      language: 'en',
      rows: [
        ['How do I set up parental controls?', 'Turn on Safe Browsing in the app.'],
        ['How do I change my Wi-Fi name?', 'Sign in to the router and edit the network name.'],
        ['Can I get a static IP address?', 'Yes, for 5 a month.'],
      ],
      asked: [['block websites for my kids', 'How do I set up parental controls?']],
    },
    {
      name: 'un operador: universitarios',
      language: 'es',
      rows: [
        ['¿Tenéis descuento para estudiantes?', 'Sí, un 20% con carné de estudiante.'],
        ['¿Cómo añado una línea adicional?', 'En la app, en Líneas.'],
      ],
      asked: [['hay descuento para universitarios?', '¿Tenéis descuento para estudiantes?']],
    },
    {
      name: 'a car dealership: EVs',
      language: 'en',
      rows: [
        ['Do you sell electric cars?', 'Yes, new and used electric and hybrid models.'],
        ['How do I book a test drive?', 'Book online or call the showroom.'],
      ],
      asked: [['do you have any EVs', 'Do you sell electric cars?']],
    },
    {
      name: 'uma escola de idiomas: inscrever-se',
      language: 'pt',
      rows: [
        ['Como faço a matrícula?', 'Pelo site ou na recepção.'],
        ['Quanto custa o curso?', 'A mensalidade é R$ 350.'],
      ],
      asked: [['quero me inscrever', 'Como faço a matrícula?']],
    },
    {
      name: 'una farmacia online: el cupón (a discount is no coupon: the group no longer says "descuento")',
      language: 'es',
      rows: [
        ['¿Cómo uso un código de descuento?', 'Escríbelo en el carrito antes de pagar.'],
        ['¿Cuánto cuesta el envío?', 'Gratis a partir de 49 €.'],
      ],
      asked: [['dónde pongo el cupón', '¿Cómo uso un código de descuento?']],
    },
    {
      name: 'a telecom: more than last month, marketing emails',
      language: 'en',
      rows: [
        ['Why has my bill gone up?', 'Check the itemised bill for extras.'],
        ["I can't pay my bill this month, what can I do?", 'Call us to set up a payment plan.'],
        ['How do I update my marketing preferences?', 'Account > Preferences > Marketing.'],
        ['How do I change my email address?', 'Account > Email.'],
      ],
      asked: [
        ['my bill is more than last month', 'Why has my bill gone up?'],
        ['stop sending me marketing emails', 'How do I update my marketing preferences?'],
      ],
    },
    {
      name: 'un banco online: hacerse cliente',
      language: 'es',
      rows: [
        ['¿Cómo me hago cliente?', 'Descarga la app y haz una foto de tu DNI.'],
        ['¿Qué comisiones tiene la cuenta?', 'Ninguna.'],
        ['¿Cómo aplazo una compra con la tarjeta?', 'En la app, en Tarjetas > Aplazar.'],
        ['¿Cómo envío dinero con Bizum?', 'En la app, en Bizum.'],
      ],
      asked: [['quiero abrir una cuenta', '¿Cómo me hago cliente?']],
    },
    {
      name: 'a vet practice: spaying',
      language: 'en',
      rows: [
        ['When should I neuter my cat?', 'From four months old.'],
        ['Do you microchip pets?', 'Yes, microchipping is 25.'],
        ['How do I book an appointment for my pet?', 'Book online.'],
      ],
      asked: [['how old should my cat be to be spayed', 'When should I neuter my cat?']],
    },
    {
      name: 'uma clínica veterinária: chipar, faleceu',
      language: 'pt',
      rows: [
        ['Vocês colocam microchip?', 'Sim, por R$ 90.'],
        ['Meu pet morreu, o que faço?', 'Ligue para nós e cuidamos da cremação.'],
        ['Vocês têm plano de saúde para pets?', 'Sim, a partir de R$ 60 por mês.'],
      ],
      asked: [
        ['quero chipar meu cachorro', 'Vocês colocam microchip?'],
        ['meu cachorro faleceu', 'Meu pet morreu, o que faço?'],
      ],
    },
    {
      name: 'una clínica veterinaria: el chip, comida para gatos',
      language: 'es',
      rows: [
        ['¿Ponéis microchip?', 'Sí, por 40 €.'],
        ['¿Vendéis pienso?', 'Sí, de las principales marcas.'],
        ['¿Tenéis plan de salud para mascotas?', 'Sí, desde 15 € al mes.'],
        ['Mi mascota ha muerto, ¿qué hago?', 'Llámanos.'],
      ],
      asked: [
        ['quiero ponerle el chip a mi perro', '¿Ponéis microchip?'],
        ['tenéis comida para gatos?', '¿Vendéis pienso?'],
      ],
    },
    {
      name: 'um banco: um cartão roubado, a mensalidade da conta',
      language: 'pt',
      rows: [
        ['Perdi meu cartão, o que faço?', 'Bloqueie no app em Cartões > Bloquear.'],
        ['Como desbloqueio meu cartão novo?', 'Em Cartões > Desbloquear.'],
        ['Quais são as tarifas?', 'A conta é gratuita; saques custam R$ 6,50.'],
        ['Como parcelo a fatura?', 'Em Fatura > Parcelar.'],
        ['Como pago a fatura do cartão?', 'Pelo app ou por boleto.'],
      ],
      asked: [
        ['fui roubado e levaram meu cartão', 'Perdi meu cartão, o que faço?'],
        ['a conta tem mensalidade?', 'Quais são as tarifas?'],
      ],
    },
    {
      name: 'un banco: una tarjeta robada, o quitada',
      language: 'es',
      rows: [
        ['He perdido mi tarjeta', 'Bloquéala en la app, en Tarjetas > Bloquear.'],
        ['¿Cómo cambio el PIN de la tarjeta?', 'En la app, en Tarjetas > PIN.'],
        ['¿Cómo activo mi tarjeta nueva?', 'En la app, en Tarjetas > Activar.'],
      ],
      asked: [
        ['me han robado la cartera con la tarjeta', 'He perdido mi tarjeta'],
        ['me han quitado el bolso con la tarjeta', 'He perdido mi tarjeta'],
      ],
    },
    {
      name: 'a carrier: a bill that went up, a cheaper tariff, a bill by post, diverting calls, a spending limit, a reason after "so I can"',
      language: 'en',
      rows: [
        ['Why is my bill higher than usual?', 'Roaming and bolt-ons show on the itemised bill.'],
        ['How do I get a paper bill?', 'Ask in the app; paper bills cost 1.50 a month.'],
        ['How do I pay my bill?', 'By Direct Debit or card in the app.'],
        ['How do I upgrade my plan?', 'Pick a bigger plan in the app.'],
        ['How do I downgrade my plan?', 'Pick a smaller plan when your minimum term ends.'],
        ['How do I set up call forwarding?', 'Dial **21* then the phone to ring.'],
        ['How do I block a number?', 'Settings > Blocked numbers.'],
        ['How do I turn off premium rate numbers?', 'Bar them in the app.'],
        ['How do I set a spending cap?', 'Set a monthly cap in the app.'],
        ['How do I get my PAC code to leave?', 'Text PAC to 65075.'],
        ['How do I check my data usage?', 'The app shows it.'],
      ],
      asked: [
        ['why did my bill go up so much this month', 'Why is my bill higher than usual?'],
        ['I want to switch to a cheaper tariff', 'How do I downgrade my plan?'],
        ['can I have my bill sent by post', 'How do I get a paper bill?'],
        ['how can I divert my calls to another number', 'How do I set up call forwarding?'],
        ['I want a limit on my bill', 'How do I set a spending cap?'],
        ['how do I get my pac code so I can take my number to another network', 'How do I get my PAC code to leave?'],
      ],
    },
    {
      name: 'a bank (es): paying a bill from the account ("domiciliar"), the password to get in',
      language: 'es',
      rows: [
        ['¿Cómo domicilio un recibo?', 'En la app, en Recibos > Domiciliar.'],
        ['¿Cómo cambio mi dirección?', 'En la app, en Perfil > Datos.'],
        ['He olvidado mi contraseña de acceso', 'Pulsa "He olvidado mi contraseña" en la app.'],
        ['¿Cómo cambio el PIN de mi tarjeta?', 'En un cajero o en la app.'],
      ],
      asked: [
        ['quiero domiciliar el recibo del gimnasio', '¿Cómo domicilio un recibo?'],
        ['mi domicilio', '¿Cómo cambio mi dirección?'],
        ['no me acuerdo de la clave para entrar', 'He olvidado mi contraseña de acceso'],
      ],
    },
    {
      name: "a bot's own questions: who is on the other end, which is no request for a person",
      language: 'en',
      rows: [
        ['Are you a human or a bot?', "I'm a bot."],
        ['Who are you?', "I'm the gateway's assistant."],
        ['I want to talk to a person', 'An agent will join shortly.'],
        ['Is there a health check?', 'GET /health.'],
      ],
      asked: [
        ['who am I talking to', 'Who are you?'],
        ['am I talking to a human', 'Are you a human or a bot?'],
        ['is this a real person', 'Are you a human or a bot?'],
        ['are you a real person', 'Are you a human or a bot?'],
        ['are you human', 'Are you a human or a bot?'],
        ['can I talk to a human', 'I want to talk to a person'],
      ],
    },
    {
      name: 'as perguntas de um bot: quem está do outro lado, que não pede uma pessoa',
      language: 'pt',
      rows: [
        ['Você é um robô?', 'Sou um assistente virtual.'],
        ['Quero falar com um atendente', 'Um atendente vai entrar na conversa.'],
      ],
      asked: [
        ['estou falando com uma pessoa?', 'Você é um robô?'],
        ['quero falar com uma pessoa', 'Quero falar com um atendente'],
      ],
    },
    {
      name: 'las preguntas de un bot: quién está al otro lado, que no pide una persona',
      language: 'es',
      rows: [
        ['¿Eres un robot?', 'Soy un asistente virtual.'],
        ['Quiero hablar con una persona', 'Un agente se une enseguida.'],
      ],
      asked: [
        ['¿estoy hablando con una persona?', '¿Eres un robot?'],
        ['quiero hablar con un agente', 'Quiero hablar con una persona'],
      ],
    },
    {
      name: 'a telecom: paying what one owes',
      language: 'en',
      rows: [
        ['How do I pay my bill?', 'By card in the app.'],
        ['How do I change my password?', 'Settings > Password.'],
        ['How do I pay off my phone early?', 'Pay the balance in the app.'],
      ],
      asked: [['Could you tell me how I can pay what I owe?', 'How do I pay my bill?']],
    },
    {
      name: 'a bank (es): a transfer every month, a change of house',
      language: 'es',
      rows: [
        ['¿Puedo anular una transferencia?', 'Solo si no ha salido.'],
        ['¿Cómo programo una transferencia periódica?', 'En Transferencias > Periódicas.'],
        ['¿Cómo cambio mi dirección postal?', 'En Perfil > Datos.'],
        ['¿Cómo pido una tarjeta nueva?', 'En la app.'],
      ],
      asked: [
        ['quiero hacer una transferencia todos los meses', '¿Cómo programo una transferencia periódica?'],
        ['he cambiado de casa, cómo actualizo la dirección', '¿Cómo cambio mi dirección postal?'],
      ],
    },
    {
      name: 'a mobile network: using more data than one has',
      language: 'en',
      rows: [
        ['What happens if I go over my data?', 'You pay 1p a MB.'],
        ['How do I buy a data add-on?', 'In the app.'],
        ['How do I check my data allowance?', 'In the app.'],
      ],
      asked: [['what if I use more data than I have', 'What happens if I go over my data?']],
    },
    {
      name: 'uma operadora: a caixa de mensagens, a internet de casa que parou',
      language: 'pt',
      rows: [
        ['Como configuro a caixa postal?', 'Ligue *100.'],
        ['Como ativo meu chip?', 'Ligue para 1058.'],
        ['Minha internet fibra caiu', 'Reinicie o roteador.'],
        ['Minha internet móvel está lenta', 'Veja o sinal.'],
        ['Como mudo meu endereço de instalação?', 'No app.'],
      ],
      asked: [
        ['como ativo a caixa de mensagens', 'Como configuro a caixa postal?'],
        ['minha internet de casa parou', 'Minha internet fibra caiu'],
      ],
    },
    {
      name: 'una operadora: la factura más cara',
      language: 'es',
      rows: [
        ['¿Por qué me ha llegado una factura más alta?', 'Mira el detalle.'],
        ['¿Dónde veo mis facturas?', 'En el área privada.'],
        ['¿Qué pasa si no pago una factura?', 'Se suspende el servicio.'],
      ],
      asked: [['este mes me ha venido la factura más cara', '¿Por qué me ha llegado una factura más alta?']],
    },
    {
      name: 'una operadora: en casa dice dónde está quien pregunta, no qué pregunta',
      language: 'es',
      rows: [
        ['¿Por qué no funciona mi wifi?', 'Reinicia el router.'],
        ['¿Cómo traslado la fibra a otra casa?', 'Llámanos con la nueva dirección.'],
        ['¿Cómo pido una visita del técnico?', 'En el área privada.'],
      ],
      asked: [
        ['no tengo internet en casa', '¿Por qué no funciona mi wifi?'],
        ['necesito un técnico en casa', '¿Cómo pido una visita del técnico?'],
      ],
    },
    {
      name: 'a food delivery app: a voucher where the questions say "promo code"',
      language: 'en',
      rows: [
        ['How do I use a promo code?', 'Enter it in the basket.'],
        ['How do I tip my rider?', 'Add a tip at checkout.'],
        ['Where is my order?', 'Track it in the app.'],
      ],
      asked: [['how do I use my voucher', 'How do I use a promo code?']],
    },
    {
      name: 'uma companhia aérea: milhas são pontos',
      language: 'pt',
      rows: [
        ['Como uso meus pontos para comprar passagem?', 'Em Fidelidade > Resgatar.'],
        ['Como cancelo minha passagem?', 'Em Minhas Viagens.'],
        ['Como remarco meu voo?', 'Em Minhas Viagens > Alterar.'],
      ],
      asked: [['como troco milhas por passagem', 'Como uso meus pontos para comprar passagem?']],
    },
    {
      name: 'a carrier: stopping someone from calling (blocking, not spam), by when a bill must be paid',
      language: 'en',
      rows: [
        ['How do I block a number?', 'Settings > Blocked numbers.'],
        ['How do I stop spam calls and texts?', 'Turn on Call Guard in the app.'],
        ['When is my bill due?', 'On the 1st of each month.'],
        ['How do I pay my bill?', 'By card in the app.'],
      ],
      asked: [
        ['how do I stop someone from calling me', 'How do I block a number?'],
        ['what date do I have to pay by', 'When is my bill due?'],
        ['someone keeps calling me', 'How do I stop spam calls and texts?'],
      ],
    },
    {
      name: 'a mobile network: what is left of a thing, which is no leaving',
      language: 'en',
      rows: [
        ['How do I check my remaining balance?', 'Dial *100#.'],
        ['When is my contract ending?', 'See My Account > Contract.'],
        ['How do I top up?', 'In the app.'],
        ['How do I leave?', 'Text STAC to 75075.'],
      ],
      asked: [
        ['how much credit do I have left', 'How do I check my remaining balance?'],
        ['how long is left on my contract', 'When is my contract ending?'],
      ],
    },
    {
      name: 'a carrier: more of what was just named',
      language: 'en',
      rows: [
        ['How do I buy more data?', 'Buy a bolt-on in the app.'],
        ['What happens if I go over my data?', 'You are charged 1p a MB.'],
        ['How do I check my data usage?', 'In the app.'],
        ['Why is my mobile data slow?', 'Check your signal.'],
      ],
      asked: [['I ran out of data, can I get more', 'How do I buy more data?']],
    },
    {
      name: 'um banco: pelo app diz como, não o quê',
      language: 'pt',
      rows: [
        ['Como pago a fatura do cartão?', 'Pelo app, em Cartões > Fatura, com Pix ou boleto.'],
        ['Como pago um boleto?', 'Em Pagamentos > Boleto.'],
        ['Como faço um Pix?', 'Em Pix.'],
      ],
      asked: [['quero pagar um boleto pelo app', 'Como pago um boleto?']],
    },
    {
      name: 'a bank: through the app says how, not what',
      language: 'en',
      rows: [
        ['How do I pay my card bill?', 'In the app, by card or bank transfer.'],
        ['How do I pay a bill?', 'Under Payments > Bills.'],
        ['How do I send money?', 'Under Payments > Transfer.'],
      ],
      asked: [['can I pay a bill through the app', 'How do I pay a bill?']],
    },
    {
      name: 'un banco: desde la app dice cómo, no qué',
      language: 'es',
      rows: [
        ['¿Cómo pago la tarjeta?', 'Desde la app, con transferencia o recibo.'],
        ['¿Cómo pago un recibo?', 'En Pagos > Recibos.'],
        ['¿Cómo hago un Bizum?', 'En Bizum.'],
      ],
      asked: [['quiero pagar un recibo desde la app', '¿Cómo pago un recibo?']],
    },
    {
      name: 'a bank: a PIN reset is a PIN changed, leaving the bank is closing the account',
      language: 'en',
      rows: [
        ['How do I change my PIN?', 'At any cash machine.'],
        ['How do I activate my debit card?', 'Make a chip and PIN purchase.'],
        ['How do I close my account?', 'Call us.'],
        ['How do I restart my router?', 'Hold the button.'],
      ],
      asked: [
        ['reset my card pin', 'How do I change my PIN?'],
        ['how do I leave the bank', 'How do I close my account?'],
        ['reset my router', 'How do I restart my router?'],
      ],
    },
    {
      name: 'a bank: the same amount every month, a different PIN, tricked into paying',
      language: 'en',
      rows: [
        ['How do I make a payment to someone new?', 'Add a payee in the app.'],
        ['How do I send money abroad?', 'Use International Payments.'],
        ['How do I set up a standing order?', 'Payments > Standing orders.'],
        ['How do I change my PIN?', 'At a cash machine.'],
        ['How do I activate my new debit card?', 'Make a chip and PIN purchase.'],
        ['I think I have been scammed', 'Call us now on 0800 123.'],
      ],
      asked: [
        ['I want to pay my landlord the same amount every month', 'How do I set up a standing order?'],
        ['I want a different pin for my card', 'How do I change my PIN?'],
        ['I think someone has tricked me into sending money', 'I think I have been scammed'],
      ],
    },
    {
      name: 'un banco: dinero a otra persona, un mensaje que parece falso',
      language: 'es',
      rows: [
        ['¿Cómo hago una transferencia?', 'En Pagos > Transferir.'],
        ['¿Cómo hablo con un gestor?', 'Llama al 900 100 100.'],
        ['He recibido un SMS sospechoso del banco', 'No pulses el enlace y llámanos.'],
        ['¿Cómo cambio mi número de teléfono?', 'En Perfil.'],
      ],
      asked: [
        ['cómo mando dinero a otra persona', '¿Cómo hago una transferencia?'],
        ['me ha llegado un mensaje del banco que parece falso', 'He recibido un SMS sospechoso del banco'],
      ],
    },
    {
      name: 'un banco: la luz pagada desde la cuenta, la nómina cobrada en ella, dinero a otra cuenta',
      language: 'es',
      rows: [
        ['¿Cómo hago una transferencia?', 'En Pagos > Transferir.'],
        ['¿Qué comisiones tiene la cuenta?', 'Ninguna.'],
        ['¿Cómo domicilio un recibo?', 'En Recibos > Domiciliar.'],
        ['¿Cómo domicilio mi nómina?', 'Dale a tu empresa tu IBAN.'],
        ['¿Cómo cambio mi dirección?', 'En Perfil.'],
      ],
      asked: [
        ['quiero pagar la luz desde la cuenta', '¿Cómo domicilio un recibo?'],
        ['quiero cobrar la nómina en esta cuenta', '¿Cómo domicilio mi nómina?'],
        ['cómo mando dinero a otra cuenta', '¿Cómo hago una transferencia?'],
      ],
    },
    {
      name: 'broadband: whether one can get fibre, the Wi-Fi key, a bill posted',
      language: 'en',
      rows: [
        ['How do I check if broadband is available at my address?', 'Enter your postcode on our site.'],
        ['How do I cancel my broadband?', 'Call us 30 days before.'],
        ['How do I change my Wi-Fi password?', 'Log in to the router at 192.168.1.1.'],
        ['How do I change my password?', 'My Account > Security.'],
        ['How do I get a paper bill?', 'Ask in the app.'],
        ['How do I pay my bill?', 'By card.'],
      ],
      asked: [
        ['can I get fibre at my house', 'How do I check if broadband is available at my address?'],
        ['how do i change the wifi key', 'How do I change my Wi-Fi password?'],
        ['can you post me my bill', 'How do I get a paper bill?'],
      ],
    },
    {
      name: 'um banco: mudei de número',
      language: 'pt',
      rows: [
        ['Como altero meu telefone cadastrado?', 'Em Perfil > Dados.'],
        ['Como faço a portabilidade?', 'Traga seu número.'],
        ['Como peço um chip novo?', 'Na loja.'],
      ],
      asked: [['mudei de número, como atualizo', 'Como altero meu telefone cadastrado?']],
    },
    {
      name: 'una operadora cuya pregunta dice "fibra óptica": internet sigue siendo fibra',
      language: 'es',
      rows: [
        ['¿Tenéis fibra óptica en mi zona?', 'Consulta la cobertura en la web.'],
        ['¿Cómo pago la factura?', 'Con tarjeta.'],
        ['¿Cómo doy de baja la línea?', 'Llámanos.'],
      ],
      asked: [['tenéis internet en mi zona', '¿Tenéis fibra óptica en mi zona?']],
    },
    {
      name: 'an insurer: a thing named by its kind, roadside help, another driver, a price that goes up, what one pays towards a claim',
      language: 'en',
      rows: [
        ['How do I make a car insurance claim?', 'In the app.'],
        ['What is my excess?', 'See your schedule.'],
        ['Will my premium go up if I claim?', 'It may.'],
        ['How do I add a driver to my policy?', 'In the app.'],
        ['Do you offer breakdown cover?', 'Yes, from 5 a month.'],
        ['Are my valuables covered outside the home?', 'With Personal Possessions cover.'],
        ['Is my laptop covered at work?', 'Only with Business cover.'],
        ['Can I get a breakdown of my bill?', 'Under Billing.'],
      ],
      asked: [
        ['is my jewellery covered away from home', 'Are my valuables covered outside the home?'],
        // A word the knowledge base has is read as written, not as its kind's word.
        ['is my laptop insured', 'Is my laptop covered at work?'],
        ['do you do roadside assistance', 'Do you offer breakdown cover?'],
        ['I need a tow truck', 'Do you offer breakdown cover?'],
        ['can my husband drive my car', 'How do I add a driver to my policy?'],
        ['will claiming make my insurance get more expensive', 'Will my premium go up if I claim?'],
        ['how much do I have to pay towards each claim', 'What is my excess?'],
        ['I want an itemised bill', 'Can I get a breakdown of my bill?'],
      ],
    },
    {
      name: 'an energy supplier: a power cut said as the power going off, bills one cannot afford, a huge bill, joining, a cheaper tariff',
      language: 'en',
      rows: [
        ['What should I do in a power cut?', 'Check the outage map.'],
        ['Can I get help if I am struggling to pay?', 'Talk to us about a payment plan.'],
        ['Why is my bill so high?', 'Usually an estimated reading.'],
        ['How do I switch to you?', 'Online in 5 minutes.'],
        ['How do I change my tariff?', 'Under My account.'],
        ['How do I move home?', 'Tell us your moving date.'],
        ['How do I book a class?', 'In the app.'],
      ],
      asked: [
        ['the lights have gone out in the whole street', 'What should I do in a power cut?'],
        ["I can't afford my bills at the moment", 'Can I get help if I am struggling to pay?'],
        ['my bill is massive this month', 'Why is my bill so high?'],
        ['can I join you', 'How do I switch to you?'],
        ['I want to downgrade to a cheaper tariff', 'How do I change my tariff?'],
        ['I want to sign up for yoga', 'How do I book a class?'],
      ],
    },
    {
      name: 'um provedor e uma distribuidora: atender o bairro, as formas de pagamento, a luz que volta, o para-brisa, quanto custa o seguro',
      language: 'pt',
      rows: [
        ['Tem cobertura no meu endereço?', 'Consulte pelo CEP.'],
        ['Como pago a fatura?', 'Por boleto ou Pix.'],
        ['Minha luz foi cortada, como religo?', 'Pague e peça a religação.'],
        ['O seguro cobre vidros?', 'Sim, para-brisa e faróis.'],
        ['Como agendo uma aula?', 'No app.'],
        ['Como faço uma cotação?', 'No site.'],
      ],
      asked: [
        ['vocês atendem na minha região?', 'Tem cobertura no meu endereço?'],
        ['quais os meios de pagamento', 'Como pago a fatura?'],
        ['quando volto a ter luz depois de pagar', 'Minha luz foi cortada, como religo?'],
        ['trincou o para-brisa, o seguro paga?', 'O seguro cobre vidros?'],
        ['quero fazer pilates', 'Como agendo uma aula?'],
        ['quanto custaria o seguro', 'Como faço uma cotação?'],
      ],
    },
    {
      name: 'una aseguradora y una operadora: el coche averiado, bajar la póliza, una fuga, el contrato a mi nombre, poner en marcha la SIM, los mensajes de texto',
      language: 'es',
      rows: [
        ['¿Cómo pido asistencia en carretera?', 'Llama al 900 111 111.'],
        ['¿Cómo descargo mi póliza?', 'En la app.'],
        ['¿Qué hago si tengo una fuga de agua en casa?', 'Llama a asistencia.'],
        ['¿Cómo cambio el titular del contrato?', 'Envía el DNI.'],
        ['¿Cómo activo mi nueva SIM?', 'Reinicia el móvil.'],
        ['¿Por qué no puedo enviar SMS?', 'Revisa el centro de mensajes.'],
        ['¿Qué cubre mi seguro de hogar?', 'Incendio, agua y robo.'],
        ['¿Cómo pido un móvil nuevo?', 'En la tienda.'],
        ['¿Cómo cambio mi número de teléfono?', 'En una tienda.'],
        ['¿Cómo pido presupuesto?', 'En la web.'],
      ],
      asked: [
        ['el coche no arranca, necesito ayuda', '¿Cómo pido asistencia en carretera?'],
        ['quiero bajar la póliza', '¿Cómo descargo mi póliza?'],
        ['se sale el agua del lavabo', '¿Qué hago si tengo una fuga de agua en casa?'],
        ['quiero pasar la luz a mi nombre', '¿Cómo cambio el titular del contrato?'],
        ['cómo pongo en marcha la tarjeta sim', '¿Cómo activo mi nueva SIM?'],
        ['no se envían mis mensajes de texto', '¿Por qué no puedo enviar SMS?'],
        ['qué incluye el seguro de casa', '¿Qué cubre mi seguro de hogar?'],
        ['quiero cambiar de móvil', '¿Cómo pido un móvil nuevo?'],
        ['cuánto me cuesta el seguro', '¿Cómo pido presupuesto?'],
      ],
    },
    {
      name: 'a hotel: how late one may stay, bags dropped off, somewhere to park, a stay moved, paying on arrival, clothes washed',
      language: 'en',
      rows: [
        ['What time is check-out?', 'Until 11am.'],
        ['Can I leave my luggage before check-in?', 'At reception.'],
        ['Do you have parking?', 'Yes, 15 a night.'],
        ['How do I change my booking dates?', 'In the app.'],
        ['Can I pay at the hotel?', 'Yes, by card.'],
        ['Is there a laundry service?', 'Yes, same day.'],
        ['Can I return a product?', 'Within 30 days.'],
        ['Can I get an extra bed or a cot?', 'On request.'],
      ],
      asked: [
        ['how late can I stay on Sunday', 'What time is check-out?'],
        ['can I drop my bags off in the morning', 'Can I leave my luggage before check-in?'],
        ['where can I park', 'Do you have parking?'],
        ['I want to move my booking to May', 'How do I change my booking dates?'],
        ['can we pay on arrival', 'Can I pay at the hotel?'],
        ['I need my clothes cleaned', 'Is there a laundry service?'],
        ['can I bring it back', 'Can I return a product?'],
        ['is there a cot for a toddler', 'Can I get an extra bed or a cot?'],
      ],
    },
    {
      name: 'um plano de saúde e uma loja: aceitar pix, médicos do plano, esperar para usar, sair do plano, o dinheiro de volta, o SUS',
      language: 'pt',
      rows: [
        ['Quais as formas de pagamento?', 'Pix, cartão e boleto.'],
        ['Como encontro um médico credenciado?', 'No app, em Rede.'],
        ['Qual o prazo de carência?', '30 dias para consultas.'],
        ['Como cancelo o plano?', 'Pelo app.'],
        ['Como peço o reembolso de uma consulta?', 'Envie o recibo no app.'],
        ['Como agendo uma consulta?', 'No app.'],
      ],
      asked: [
        ['vocês aceitam cartão?', 'Quais as formas de pagamento?'],
        ['que médicos aceitam o plano', 'Como encontro um médico credenciado?'],
        ['quanto tempo tenho que esperar pra usar', 'Qual o prazo de carência?'],
        ['quero sair do plano', 'Como cancelo o plano?'],
        ['como recebo meu dinheiro de volta da consulta', 'Como peço o reembolso de uma consulta?'],
      ],
      offTopic: ['como marco consulta no SUS'],
    },
    {
      name: 'un hotel y un gimnasio: entrar en la habitación, dejar el coche, un amigo conmigo, mis cosas, una cama extra, las actividades',
      language: 'es',
      rows: [
        ['¿A qué hora es el check-in?', 'Desde las 14:00.'],
        ['¿Tenéis parking?', 'Sí, 12 € al día.'],
        ['¿Puedo llevar un invitado?', 'Sí, con pase de invitado.'],
        ['¿Hay taquillas o lockers?', 'Sí, con candado propio.'],
        ['¿Puedo pedir una cama supletoria?', 'Sí, 20 € la noche.'],
        ['¿Qué clases colectivas ofrecen?', 'Spinning, yoga y pilates.'],
        ['¿Cómo activo mi tarjeta de socio?', 'En recepción.'],
        ['¿Tienen entrenador personal?', 'Sí, 30 € la sesión.'],
      ],
      asked: [
        ['cuándo podemos entrar en la habitación', '¿A qué hora es el check-in?'],
        ['dónde puedo dejar el coche', '¿Tenéis parking?'],
        ['puede venir una amiga conmigo', '¿Puedo llevar un invitado?'],
        ['dónde puedo guardar mis cosas', '¿Hay taquillas o lockers?'],
        ['necesito otra cama', '¿Puedo pedir una cama supletoria?'],
        ['qué actividades hay', '¿Qué clases colectivas ofrecen?'],
      ],
    },
    {
      name: 'a courier and a restaurant: a package on its way, not being in, next door, food brought home, allergens, a party',
      language: 'en',
      rows: [
        ['How do I track my parcel?', 'With the tracking number.'],
        ['How do I send a parcel?', 'Book online.'],
        ['What if I miss my delivery?', 'We try again tomorrow.'],
        ['Can I leave my parcel with a neighbour?', 'Choose it when you book.'],
        ['Do you deliver?', 'Within 3 miles.'],
        ['Do you cater for allergies?', 'Tell your server.'],
        ['Do you do private events?', 'For up to 40 guests.'],
        ['Can I order takeaway?', 'Call us.'],
        ['Can I upgrade my TV package?', 'In the app.'],
      ],
      asked: [
        ["where's my package", 'How do I track my parcel?'],
        ['I want to post a parcel to Spain', 'How do I send a parcel?'],
        ["I wasn't home when the courier came", 'What if I miss my delivery?'],
        ['can you leave it next door', 'Can I leave my parcel with a neighbour?'],
        ['can you bring food to me', 'Do you deliver?'],
        ['is everything gluten free', 'Do you cater for allergies?'],
        ['can we have a birthday party there', 'Do you do private events?'],
        ['can I get food to take home', 'Can I order takeaway?'],
      ],
    },
    {
      name: 'um RH: o contracheque, bater o ponto, o marido como dependente, parte do salário antes',
      language: 'pt',
      rows: [
        ['Como consulto meu holerite?', 'No portal.'],
        ['Como registro meu ponto?', 'No app.'],
        ['Como incluo um dependente no plano de saúde?', 'Envie a certidão.'],
        ['Como peço um adiantamento salarial?', 'Até o dia 15.'],
      ],
      asked: [
        ['cadê meu contracheque', 'Como consulto meu holerite?'],
        ['esqueci de bater o ponto ontem', 'Como registro meu ponto?'],
        ['quero incluir meu marido no plano de saúde', 'Como incluo um dependente no plano de saúde?'],
        ['posso receber parte do salário antes?', 'Como peço um adiantamento salarial?'],
      ],
    },
    {
      name: 'uma agência de viagens: a filha como criança, pagar em várias vezes',
      language: 'pt',
      rows: [
        ['Posso levar crianças?', 'Sim, com documento.'],
        ['Posso parcelar a viagem?', 'Em até 10 vezes.'],
        ['Preciso de visto?', 'Depende do destino.'],
      ],
      asked: [
        ['minha filha de 4 anos pode ir?', 'Posso levar crianças?'],
        ['dá pra pagar em 6 vezes?', 'Posso parcelar a viagem?'],
      ],
    },
    {
      name: 'una farmacia online: un medicamento o un producto por su nombre, ir a buscarlo',
      language: 'es',
      rows: [
        ['¿Vendéis medicamentos con receta?', 'Sí, con receta electrónica.'],
        ['¿Cómo devuelvo un producto?', 'En 14 días.'],
        ['¿Puedo recoger el pedido en la farmacia?', 'Sí, en 2 horas.'],
        ['¿Cuánto cuesta el envío?', '3,95 €.'],
      ],
      asked: [
        ['tenéis paracetamol', '¿Vendéis medicamentos con receta?'],
        ['quiero devolver un champú', '¿Cómo devuelvo un producto?'],
        ['puedo ir a buscarlo a la farmacia', '¿Puedo recoger el pedido en la farmacia?'],
      ],
    },
    {
      name: 'shops and a vet: clothes as the items a shop sells, when a thing happened said aside',
      language: 'en',
      rows: [
        ['How do I return an item?', 'Within 30 days.'],
        ['How long does shipping take?', '3 days.'],
        ['My pet has died, what do I do?', 'We are sorry; call us.'],
        ['When should I neuter my cat?', 'At six months.'],
      ],
      asked: [
        ['I want to send back a jacket', 'How do I return an item?'],
        ['our cat died this morning', 'My pet has died, what do I do?'],
      ],
    },
    {
      name: 'una tienda: la ropa como los artículos que vende',
      language: 'es',
      rows: [
        ['¿Cómo devuelvo un artículo?', 'En 30 días.'],
        ['¿Cuánto tarda el envío?', '3 días.'],
      ],
      asked: [['quiero devolver unos pantalones', '¿Cómo devuelvo un artículo?']],
    },
    {
      name: 'a gym, a car hire and a dentist: closing time, joining, ending a membership, a friend along, a full tank, more days, miles, teeth',
      language: 'en',
      rows: [
        ['What are your opening hours?', '6am to 10pm.'],
        ['How much is membership?', '30 a month.'],
        ['How do I cancel my membership?', 'In the app.'],
        ['Can I bring a guest?', 'Twice a month.'],
        ['Can I use other branches?', 'With Premium.'],
        ['What is your fuel policy?', 'Full to full.'],
        ['How do I extend my rental?', 'In the app.'],
        ['Is there a mileage limit?', '200 miles a day.'],
        ['I have toothache, can I get an emergency appointment?', 'Call us at 8am.'],
        ['Do you offer braces or Invisalign?', 'Both.'],
        ['Do you do dental implants?', 'Yes.'],
      ],
      asked: [
        ['what time do you shut on fridays', 'What are your opening hours?'],
        ['how much does it cost to join', 'How much is membership?'],
        ['I want to end my membership', 'How do I cancel my membership?'],
        ['can my friend come with me', 'Can I bring a guest?'],
        ['can I train at your other gyms', 'Can I use other branches?'],
        ['do I need to return it with a full tank', 'What is your fuel policy?'],
        ['I need it for two more days', 'How do I extend my rental?'],
        ['do I get unlimited miles', 'Is there a mileage limit?'],
        ['my tooth is killing me', 'I have toothache, can I get an emergency appointment?'],
        ['can you straighten my teeth', 'Do you offer braces or Invisalign?'],
        ['I have a missing tooth', 'Do you do dental implants?'],
      ],
    },
    {
      name: 'a shop, a courier, a letting agent, an insurer and a carrier: a box that came broken, a login forgotten, marketing emails, charges stopped, moving out, a car accident, calls made',
      language: 'en',
      rows: [
        ['My item arrived damaged, what do I do?', 'Send us a photo.'],
        ['How do I reset my password?', 'Use Forgot password.'],
        ['How do I unsubscribe from your emails?', 'Use the link at the bottom.'],
        ['How do I cancel my subscription?', 'In Settings.'],
        ['How do I end my tenancy?', 'Give two months notice.'],
        ['How do I make a car insurance claim?', 'Call us 24/7.'],
        ['What is a no claims bonus?', 'A discount.'],
        ['How do I see my call history?', 'In the app.'],
        ["What can't I send?", 'Batteries and liquids.'],
        ['How much does it cost to send a parcel?', 'From 3.'],
        ['How do I send a parcel?', 'Book online.'],
      ],
      asked: [
        ['the parcel came smashed', 'My item arrived damaged, what do I do?'],
        ["I can't remember my login", 'How do I reset my password?'],
        ['stop sending me your newsletter', 'How do I unsubscribe from your emails?'],
        ["I don't want to be charged again", 'How do I cancel my subscription?'],
        ['I want to move out', 'How do I end my tenancy?'],
        ['I had a car accident', 'How do I make a car insurance claim?'],
        ['show me the calls I made', 'How do I see my call history?'],
        ['prohibited items', "What can't I send?"],
        ['how much to send a box to Spain', 'How much does it cost to send a parcel?'],
      ],
    },
    {
      name: 'a university and a streaming service: getting in, financial help, modules, a copy of the grades, working while studying, an expired card, charged twice, freezing, the watch history',
      language: 'en',
      rows: [
        ['How do I apply for admission?', 'Online.'],
        ['Are there scholarships available?', 'Yes.'],
        ['How do I register for classes?', 'In the portal.'],
        ['How do I request a transcript?', 'From Registry.'],
        ['Can I study part-time?', 'Yes.'],
        ['How do I update my payment method?', 'In Account.'],
        ['Why was I charged twice?', 'One is a hold.'],
        ['Why does the video keep buffering?', 'Check your connection.'],
        ['How do I delete my viewing history?', 'In Profile.'],
      ],
      asked: [
        ['how do I get into your university', 'How do I apply for admission?'],
        ['is there any financial help', 'Are there scholarships available?'],
        ['how do I sign up for modules', 'How do I register for classes?'],
        ['I need an official copy of my grades', 'How do I request a transcript?'],
        ['can I study while working full time', 'Can I study part-time?'],
        ['my card expired', 'How do I update my payment method?'],
        ['you took money twice', 'Why was I charged twice?'],
        ['the video keeps freezing', 'Why does the video keep buffering?'],
        ['clear my watch history', 'How do I delete my viewing history?'],
      ],
      offTopic: ['how do I apply for a job at the hospital'],
    },
    {
      name: 'a dentist: the same action for the council or a taxi is asked of them',
      language: 'en',
      rows: [
        ['Can I pay in instalments?', 'Over 12 months.'],
        ['How do I book an appointment?', 'Online.'],
        ['How do I cancel my appointment?', 'Call us.'],
      ],
      asked: [['can I spread the cost', 'Can I pay in instalments?']],
      offTopic: ['can I pay in instalments at the council', 'how do I book a taxi'],
    },
    {
      name: 'a gym and a car dealer: becoming a trainer is a career, a driving test is no test drive, charging a car is no price',
      language: 'en',
      rows: [
        ['Do you have personal trainers?', 'Yes, book one in the app.'],
        ['How do I join?', 'Online or at reception.'],
        ['How do I book a test drive?', 'Online.'],
        ['Do you sell electric cars?', 'Yes, new and used.'],
        ['How much is membership?', '30 a month.'],
      ],
      asked: [['how do I become a member', 'How do I join?']],
      offTopic: [
        'how do I become a personal trainer',
        'how do I book my driving test',
        'where can I charge my electric car',
      ],
    },
    {
      name: 'a software product and a car dealer: adding the team, downloading the data, stopping paying, trying first, driving before buying, an old car in the deal, a dashboard light',
      language: 'en',
      rows: [
        ['How do I invite a teammate?', 'Settings > Team.'],
        ['How do I export my data?', 'Settings > Export.'],
        ['How do I cancel my subscription?', 'Billing > Cancel.'],
        ['Do you offer a free trial?', '14 days.'],
        ['How do I book a test drive?', 'Online.'],
        ['Can I part exchange my car?', 'Yes.'],
        ['My warning light is on, what should I do?', 'Book a check.'],
        ['Can I return a car I bought?', 'Within 14 days.'],
      ],
      asked: [
        ['how do I add my team', 'How do I invite a teammate?'],
        ['can I download all my data', 'How do I export my data?'],
        ['how do I stop paying for this', 'How do I cancel my subscription?'],
        ['can I try it before paying', 'Do you offer a free trial?'],
        ['can I drive the car before I buy it', 'How do I book a test drive?'],
        ['will you take my old car', 'Can I part exchange my car?'],
        ["there's an orange light on my dashboard", 'My warning light is on, what should I do?'],
      ],
    },
    {
      name: 'uma escola e uma veterinária: a van, o dia todo, o gato que passou mal, comida de gato, um papagaio',
      language: 'pt',
      rows: [
        ['A escola tem transporte escolar?', 'Sim.'],
        ['Como funciona o período integral?', 'Das 7h às 18h.'],
        ['Vocês atendem emergência?', '24 horas.'],
        ['Vocês vendem ração?', 'Sim.'],
        ['Atendem animais silvestres e exóticos?', 'Sim.'],
      ],
      asked: [
        ['tem van para levar as crianças', 'A escola tem transporte escolar?'],
        ['meu filho pode ficar o dia todo', 'Como funciona o período integral?'],
        ['meu gato passou mal', 'Vocês atendem emergência?'],
        ['vendem comida de gato', 'Vocês vendem ração?'],
        ['vocês atendem papagaio', 'Atendem animais silvestres e exóticos?'],
      ],
    },
    {
      name: 'una veterinaria y una tienda de muebles: traer al perro, bañar perros, una tortuga, una mesa rayada',
      language: 'es',
      rows: [
        ['¿Cómo pido cita para mi mascota?', 'En la app.'],
        ['¿Hacéis peluquería canina?', 'Sí.'],
        ['¿Atendéis animales exóticos?', 'Sí.'],
        ['Mi mueble ha llegado dañado', 'Envíanos una foto.'],
        ['¿Cuánto cuesta el envío?', '30 €.'],
      ],
      asked: [
        ['quiero traer a mi perro', '¿Cómo pido cita para mi mascota?'],
        ['bañáis perros', '¿Hacéis peluquería canina?'],
        ['atendéis tortugas', '¿Atendéis animales exóticos?'],
        ['la mesa ha llegado rayada', 'Mi mueble ha llegado dañado'],
      ],
    },
    {
      name: 'uma faculdade e um hotel: renovar a matrícula, o comprovante de aluno, entrar no quarto, deixar o carro, de graça, uma família, uma festa',
      language: 'pt',
      rows: [
        ['Como faço a rematrícula?', 'No portal.'],
        ['Como peço uma declaração de matrícula?', 'Na secretaria.'],
        ['Qual o horário de check-in?', 'A partir das 14h.'],
        ['Vocês têm estacionamento?', 'Sim.'],
        ['Tem Wi-Fi grátis?', 'Sim.'],
        ['Tem quarto para família?', 'Sim, para quatro.'],
        ['Vocês fazem eventos?', 'Sim, até 100 pessoas.'],
      ],
      asked: [
        ['como renovo a matrícula', 'Como faço a rematrícula?'],
        ['preciso de um comprovante de que sou aluno', 'Como peço uma declaração de matrícula?'],
        ['que horas posso entrar no quarto', 'Qual o horário de check-in?'],
        ['tem onde deixar o carro', 'Vocês têm estacionamento?'],
        ['o wifi é de graça?', 'Tem Wi-Fi grátis?'],
        ['somos dois adultos e duas crianças', 'Tem quarto para família?'],
        ['posso fazer uma festa de aniversário aí', 'Vocês fazem eventos?'],
      ],
    },
    {
      name: 'una universidad y una autoescuela: ayudas para estudiar, trabajar a la vez, una clase de conducir, pagar en varios meses, los test por internet, un precio especial',
      language: 'es',
      rows: [
        ['¿Hay becas?', 'Sí.'],
        ['¿Puedo estudiar a tiempo parcial?', 'Sí.'],
        ['¿Cómo reservo una clase práctica?', 'En la app.'],
        ['¿Puedo pagar a plazos?', 'Sí.'],
        ['¿Cómo accedo a los test online?', 'Con tu usuario.'],
        ['¿Hay descuento para estudiantes?', 'Sí, un 10%.'],
      ],
      asked: [
        ['dan ayudas para estudiar', '¿Hay becas?'],
        ['puedo estudiar y trabajar a la vez', '¿Puedo estudiar a tiempo parcial?'],
        ['quiero una clase de conducir', '¿Cómo reservo una clase práctica?'],
        ['se puede pagar en varios meses', '¿Puedo pagar a plazos?'],
        ['dónde hago los test por internet', '¿Cómo accedo a los test online?'],
        ['tenéis precio especial para estudiantes', '¿Hay descuento para estudiantes?'],
      ],
    },
    {
      name: 'uma academia e um dentista: até quando fica aberta, a namorada como amiga, a cárie',
      language: 'pt',
      rows: [
        ['Qual o horário de funcionamento?', 'Das 6h às 23h.'],
        ['Posso levar um amigo?', 'Uma vez por mês.'],
        ['Quanto custa uma restauração?', 'A partir de R$ 150.'],
        ['Quanto custa a mensalidade?', 'R$ 99.'],
      ],
      asked: [
        ['até que horas vocês ficam abertos', 'Qual o horário de funcionamento?'],
        ['posso trazer minha namorada', 'Posso levar um amigo?'],
        ['quanto custa tratar uma cárie', 'Quanto custa uma restauração?'],
      ],
    },
    {
      name: 'um cartão: o cartão que chegou, usar no exterior',
      language: 'pt',
      rows: [
        ['Como desbloqueio meu cartão novo?', 'No app, em Cartões.'],
        ['Como cancelo o cartão?', 'Pelo 0800.'],
        ['Como faço compras internacionais?', 'Ative no app.'],
        ['Como uso os pontos do cartão?', 'No app, em Pontos.'],
      ],
      asked: [
        ['chegou o cartão, como ativo?', 'Como desbloqueio meu cartão novo?'],
        ['posso usar o cartão no exterior?', 'Como faço compras internacionais?'],
      ],
    },
    {
      name: 'uma loja: o tamanho errado, o dinheiro de volta nas compras',
      language: 'pt',
      rows: [
        ['Como cancelo meu pedido?', 'Em Meus pedidos.'],
        ['Como troco um produto?', 'Em até 30 dias.'],
        ['Como funciona o cashback?', '1% de volta.'],
        ['Qual o prazo de entrega?', '5 dias úteis.'],
      ],
      asked: [
        ['comprei o tamanho errado', 'Como troco um produto?'],
        ['ganho dinheiro de volta nas compras?', 'Como funciona o cashback?'],
      ],
    },
    {
      name: 'uma operadora: o celular na viagem, colocar crédito, quanto crédito, o chip que não funciona ou estragou, a multa se cancelar antes, o telemarketing',
      language: 'pt',
      rows: [
        ['Como ativo o roaming internacional?', 'No app.'],
        ['Como faço recarga no pré-pago?', 'No app ou na lotérica.'],
        ['Como consulto o saldo do pré-pago?', 'Disque *222#.'],
        ['Como ativo meu chip?', 'Ligue para *144.'],
        ['Como peço um chip novo com o mesmo número?', 'Na loja.'],
        ['Tem multa de fidelidade?', 'Sim, proporcional.'],
        ['Como bloqueio chamadas de telemarketing?', 'Cadastre-se no Não Me Perturbe.'],
      ],
      asked: [
        ['vou pra europa, vai funcionar meu celular?', 'Como ativo o roaming internacional?'],
        ['como coloco crédito', 'Como faço recarga no pré-pago?'],
        ['quanto de crédito eu ainda tenho', 'Como consulto o saldo do pré-pago?'],
        ['o chip novo não funciona', 'Como ativo meu chip?'],
        ['meu chip estragou', 'Como peço um chip novo com o mesmo número?'],
        ['pago alguma coisa se cancelar antes?', 'Tem multa de fidelidade?'],
        ['não aguento mais ligação de telemarketing', 'Como bloqueio chamadas de telemarketing?'],
      ],
    },
    {
      name: 'um RH, uma prefeitura e uma seguradora: o convênio como plano, um vale do salário, o carnê perdido, o caminhão do lixo, os documentos do seguro',
      language: 'pt',
      rows: [
        ['Como incluo um dependente no plano de saúde?', 'Envie a certidão.'],
        ['Como peço um adiantamento salarial?', 'Até o dia 15.'],
        ['Como emito a segunda via do IPTU?', 'No site.'],
        ['Qual o horário da coleta de lixo?', 'Depende do bairro.'],
        ['Como baixo a apólice?', 'No app.'],
        ['Como pago o IPTU?', 'Com o boleto.'],
      ],
      asked: [
        ['quero colocar minha esposa no convênio', 'Como incluo um dependente no plano de saúde?'],
        ['quero um vale do salário', 'Como peço um adiantamento salarial?'],
        ['perdi o carnê do iptu', 'Como emito a segunda via do IPTU?'],
        ['que dia passa o caminhão do lixo', 'Qual o horário da coleta de lixo?'],
        ['onde vejo os documentos do seguro', 'Como baixo a apólice?'],
      ],
    },
    {
      name: 'um banco que diz "ativar" o cartão que chegou',
      language: 'pt',
      rows: [
        ['Como ativo o cartão que chegou?', 'No app.'],
        ['Meu acesso está bloqueado, o que faço?', 'Redefina a senha.'],
        ['Como cancelo o cartão?', 'Pelo 0800.'],
      ],
      asked: [['chegou meu cartão, como desbloqueio', 'Como ativo o cartão que chegou?']],
    },
    {
      name: 'un alquiler, una clínica y una tienda: otro año, irse del piso, otra copia, sin llaves, encontrarse mal, no poder ir, la mutua, las ofertas por email',
      language: 'es',
      rows: [
        ['¿Cómo renuevo el contrato?', 'Avísanos con dos meses.'],
        ['¿Cómo dejo el piso?', 'Con un mes de preaviso.'],
        ['¿Cómo pido una copia del contrato?', 'Por email.'],
        ['¿Qué hago si pierdo las llaves?', 'Llama al cerrajero.'],
        ['¿Tenéis urgencias?', 'Sí, 24 horas.'],
        ['¿Cómo cancelo una cita?', 'En la app.'],
        ['¿Trabajáis con mi seguro médico?', 'Con los principales.'],
        ['¿Cómo me doy de alta en la newsletter?', 'En la web.'],
        ['¿Cómo pago el alquiler?', 'Por transferencia.'],
      ],
      asked: [
        ['quiero seguir un año más', '¿Cómo renuevo el contrato?'],
        ['me voy del piso en junio', '¿Cómo dejo el piso?'],
        ['he perdido el contrato, me mandáis otro', '¿Cómo pido una copia del contrato?'],
        ['me he quedado sin llaves', '¿Qué hago si pierdo las llaves?'],
        ['me encuentro muy mal', '¿Tenéis urgencias?'],
        ['no puedo ir a la cita de mañana', '¿Cómo cancelo una cita?'],
        ['aceptáis mi mutua', '¿Trabajáis con mi seguro médico?'],
        ['quiero recibir ofertas por email', '¿Cómo me doy de alta en la newsletter?'],
      ],
    },
    {
      name: 'una operadora: el móvil en un viaje, la SIM rota, otra compañía, el router entregado, pasarse a otra tarifa, poner crédito',
      language: 'es',
      rows: [
        ['¿Cómo activo el roaming?', 'En la app.'],
        ['¿Cómo pido un duplicado de la SIM?', 'En tienda.'],
        ['¿Cómo libero mi móvil?', 'Pídelo en la app.'],
        ['¿Cómo devuelvo el router?', 'En una oficina de correos.'],
        ['¿Cómo cambio de tarifa?', 'En Mi cuenta.'],
        ['¿Cómo recargo mi saldo?', 'En la app o en un cajero.'],
        ['¿Cómo doy de baja la fibra?', 'Llámanos.'],
      ],
      asked: [
        ['voy a viajar a francia, funciona mi móvil allí', '¿Cómo activo el roaming?'],
        ['se me ha roto la tarjeta sim', '¿Cómo pido un duplicado de la SIM?'],
        ['quiero usar mi móvil con otra compañía', '¿Cómo libero mi móvil?'],
        ['dónde entrego el router', '¿Cómo devuelvo el router?'],
        ['quiero pasarme a una tarifa más barata', '¿Cómo cambio de tarifa?'],
        ['quiero poner crédito', '¿Cómo recargo mi saldo?'],
      ],
    },
    {
      name: 'un banco, un casero y una aseguradora: un recibo que no es mío, lo que me cobráis, domiciliar una factura, cuándo vence, algo roto en casa',
      language: 'es',
      rows: [
        ['¿Cómo devuelvo un recibo?', 'En la app, hasta 8 semanas.'],
        ['¿Qué comisiones tiene la cuenta?', 'Ninguna.'],
        ['¿Cómo domicilio un recibo?', 'Da tu IBAN a la empresa.'],
        ['¿Tengo que pagar aduanas?', 'Fuera de la UE, sí.'],
        ['¿Cuándo se renueva mi póliza?', 'Cada año.'],
        ['¿Cómo comunico una avería en el piso?', 'En la app.'],
      ],
      asked: [
        ['me han cobrado un recibo que no es mío', '¿Cómo devuelvo un recibo?'],
        ['qué me cobráis por tener la cuenta', '¿Qué comisiones tiene la cuenta?'],
        ['quiero domiciliar la factura de la luz', '¿Cómo domicilio un recibo?'],
        ['cuándo vence mi póliza', '¿Cuándo se renueva mi póliza?'],
        ['se ha roto algo en el piso', '¿Cómo comunico una avería en el piso?'],
      ],
    },
    {
      name: 'city transit: buses are a bus, a fine is a penalty, a tap is contactless, an age is a child',
      language: 'en',
      rows: [
        ['How much is a single fare?', 'A single bus or tram fare is 1.75 with contactless.'],
        ['How do I buy a weekly pass?', 'In the app.'],
        ['Can I pay with contactless?', 'Yes, tap on and off.'],
        ['Are there night buses?', 'Every 30 minutes from midnight.'],
        ['I left something on a bus, how do I find it?', 'Report lost property online.'],
        ['Can I take my bike on the train?', 'Outside rush hours.'],
        ['I got a penalty fare, how do I appeal?', 'Online within 21 days.'],
        ['Do children travel free?', 'Under 11 free with an adult; 11-17 year olds pay half fare.'],
      ],
      asked: [
        ['do buses run after midnight', 'Are there night buses?'],
        ['where do i get a 7 day pass', 'How do I buy a weekly pass?'],
        ['can i just tap my bank card', 'Can I pay with contactless?'],
        ['bicycles allowed on trains?', 'Can I take my bike on the train?'],
        ['how do i challenge a fine i got', 'I got a penalty fare, how do I appeal?'],
        ['how much for my 8 year old', 'Do children travel free?'],
        ['left my umbrella on the bus', 'I left something on a bus, how do I find it?'],
      ],
    },
    {
      name: 'a carrier: due a new phone, months left on a contract, when payment is taken, listening to messages, a son on the plan',
      language: 'en',
      rows: [
        ['How do I upgrade my phone?', 'From 30 days before your contract ends.'],
        ['When does my contract end?', 'See My account.'],
        ['How do I cancel my contract?', 'Call us.'],
        ['When is my bill due?', 'On the 1st.'],
        ['How do I set up voicemail?', 'Dial 121.'],
        ['How do I add a line to my plan?', 'In My account.'],
        ['How do I pay my bill?', 'In the app.'],
      ],
      asked: [
        ['am i due a new phone', 'How do I upgrade my phone?'],
        ['how long is left on my contract', 'When does my contract end?'],
        ['what date do you take payment', 'When is my bill due?'],
        ['how do i listen to my messages', 'How do I set up voicemail?'],
        ['can i put my son on my plan', 'How do I add a line to my plan?'],
      ],
    },
    {
      name: 'um Detran: a habilitação é a CNH, infrações são multas, recorrer é contestar, passar pro nome é transferir',
      language: 'pt',
      rows: [
        ['Como renovo minha CNH?', 'Agende no portal.'],
        ['Como tiro a primeira habilitação?', 'Numa autoescola credenciada.'],
        ['Como consulto minhas multas?', 'Pela placa e o Renavam.'],
        ['Como recorro de uma multa?', 'Em até 30 dias.'],
        ['Quantos pontos tenho na carteira?', 'No portal.'],
        ['Como transfiro um veículo?', 'Comprador e vendedor assinam o recibo; o comprador pede a transferência.'],
      ],
      asked: [
        ['minha carteira de motorista venceu, como faço pra renovar', 'Como renovo minha CNH?'],
        ['como vejo minhas infrações', 'Como consulto minhas multas?'],
        ['levei uma multa injusta, como contesto', 'Como recorro de uma multa?'],
        ['quero entrar com recurso contra uma autuação', 'Como recorro de uma multa?'],
        ['como sei minha pontuação', 'Quantos pontos tenho na carteira?'],
        ['vendi meu carro, como passo pro nome do comprador', 'Como transfiro um veículo?'],
      ],
    },
    {
      name: 'um banco: o limite da conta é o cheque especial, mais limite é aumentar, quem foi enganado caiu num golpe',
      language: 'pt',
      rows: [
        ['Como aumento o limite do cartão?', 'Pelo app.'],
        ['Como funciona o cheque especial?', 'É um limite pré-aprovado.'],
        ['Como encerro minha conta?', 'Pelo app.'],
        ['Caí num golpe, o que faço?', 'Ligue para a central.'],
        ['Como faço um Pix?', 'Pelo app.'],
      ],
      asked: [
        ['quero mais limite no cartão de crédito', 'Como aumento o limite do cartão?'],
        ['o que é o limite da conta', 'Como funciona o cheque especial?'],
        ['fui enganado por um golpista', 'Caí num golpe, o que faço?'],
      ],
    },
    {
      name: 'un supermercado: celíacos es sin gluten, lo que no queda no está disponible, la tarjeta de socio es la de cliente',
      language: 'es',
      rows: [
        ['¿Cuál es el pedido mínimo?', '50 €.'],
        ['¿Cómo elijo la hora de entrega?', 'Al pagar.'],
        ['¿Llegáis a mi código postal?', 'Introduce tu código postal para ver si repartimos en tu zona.'],
        ['¿Qué pasa si un producto no está disponible?', 'Lo sustituimos.'],
        ['¿Cómo funciona la tarjeta de cliente?', 'Acumulas el 1%.'],
        ['¿Vendéis productos sin gluten?', 'Más de 400.'],
        ['¿Cómo cancelo un pedido?', 'Desde Mis pedidos.'],
      ],
      asked: [
        ['cuánto tengo que gastar como mínimo', '¿Cuál es el pedido mínimo?'],
        ['puedo escoger a qué hora me lo traen', '¿Cómo elijo la hora de entrega?'],
        ['repartís en mi zona?', '¿Llegáis a mi código postal?'],
        ['si no queda un producto qué hacéis', '¿Qué pasa si un producto no está disponible?'],
        ['qué ventajas tiene la tarjeta de socio', '¿Cómo funciona la tarjeta de cliente?'],
        ['tenéis cosas para celíacos', '¿Vendéis productos sin gluten?'],
      ],
    },
    {
      name: 'un banco: las transferencias instantáneas son inmediatas, retirar efectivo es sacar dinero, meter dinero es ingresarlo',
      language: 'es',
      rows: [
        ['¿Las transferencias inmediatas tienen coste?', 'No.'],
        ['¿Cómo saco dinero del cajero?', 'Con la tarjeta.'],
        ['¿Cómo ingreso dinero en efectivo?', 'En el cajero.'],
        ['¿Cómo hago una transferencia?', 'En la app.'],
      ],
      asked: [
        ['cobráis por las transferencias instantáneas', '¿Las transferencias inmediatas tienen coste?'],
        ['cómo retiro efectivo', '¿Cómo saco dinero del cajero?'],
        ['cómo meto dinero', '¿Cómo ingreso dinero en efectivo?'],
      ],
    },
    {
      name: 'a streaming service: the best of something is a recommendation, asked elsewhere unless a question says best',
      language: 'en',
      rows: [
        ['How do I watch on my TV?', 'Install our app on your smart TV, or cast from your phone.'],
        ['How do I change my plan?', 'Account > Plan > Change plan.'],
        ['How do I turn on subtitles?', 'While playing, tap the speech bubble.'],
        ['Can I watch abroad?', 'Yes, though the catalogue changes by country.'],
      ],
      asked: [['can i watch it on my smart tv', 'How do I watch on my TV?']],
      offTopic: ["what's the best smart tv to buy"],
    },
    {
      name: 'a post office and a bank: post is mail, proving is proof, overdrawn is an overdraft, a fraudster a scam, how quickly how long',
      language: 'en',
      rows: [
        ['How do I redirect my mail when I move?', 'Set up a redirection online.'],
        ['How do I get proof of postage?', 'Ask for a certificate of posting at the counter.'],
        ['How do I track my parcel?', 'Enter the tracking number.'],
        ['How do I apply for an overdraft?', 'In the app.'],
        ['I think I have been scammed', 'Call us now.'],
        ['How long does a bank transfer take?', 'Faster Payments usually arrive within 2 hours.'],
        ['How do I make a payment to someone new?', 'Add them as a payee.'],
      ],
      asked: [
        ["i'm moving house, can you forward my post", 'How do I redirect my mail when I move?'],
        ['can i get a receipt proving i posted it', 'How do I get proof of postage?'],
        ['can i go overdrawn', 'How do I apply for an overdraft?'],
        ['i sent money to a fraudster', 'I think I have been scammed'],
        ['how quickly does a transfer go through', 'How long does a bank transfer take?'],
      ],
    },
    {
      name: 'um condomínio: o espaço gourmet é o salão de festas, reformar é obra, a reunião de condomínio a assembleia',
      language: 'pt',
      rows: [
        ['Como reservo o salão de festas?', 'Pelo app.'],
        ['Posso fazer obra no apartamento?', 'Sim, com aviso à administração.'],
        ['Quando é a próxima assembleia?', 'O edital vai por e-mail.'],
        ['Como reclamo de barulho do vizinho?', 'Registre a ocorrência no app.'],
        ['Como cadastro um visitante?', 'No app.'],
      ],
      asked: [
        ['como agendo o espaço gourmet', 'Como reservo o salão de festas?'],
        ['quero reformar o banheiro, preciso avisar alguém', 'Posso fazer obra no apartamento?'],
        ['quando vai ter reunião de condomínio', 'Quando é a próxima assembleia?'],
        ['o vizinho de cima faz muito barulho', 'Como reclamo de barulho do vizinho?'],
      ],
    },
    {
      name: 'un taller: el mantenimiento es la revisión, las ruedas y un pinchazo son neumáticos',
      language: 'es',
      rows: [
        ['¿Cuánto cuesta una revisión?', 'Desde 119 €.'],
        ['¿Cambiáis neumáticos?', 'Sí, desde 15 € por rueda.'],
        ['¿Cómo pido cita en el taller?', 'En la web.'],
        ['¿Qué horario tenéis?', 'De 8:00 a 19:00.'],
      ],
      asked: [
        ['precio del mantenimiento', '¿Cuánto cuesta una revisión?'],
        ['necesito ruedas nuevas', '¿Cambiáis neumáticos?'],
        ['tengo un pinchazo', '¿Cambiáis neumáticos?'],
      ],
    },
    {
      name: 'una clínica y um banco: lo que se hace en otro sitio ("en el veterinario", "no nubank") es de ese sitio',
      language: 'es',
      rows: [
        ['¿Cómo pido cita?', 'Pide cita en la app, en la web o llamando al 900 111 222.'],
        ['¿Cómo cancelo una cita?', 'Cancélala en la app hasta 24 horas antes.'],
        ['¿Hacéis videoconsulta?', 'Sí, desde la app con tu médico.'],
        ['¿Hay aparcamiento?', 'Sí, parking gratuito para pacientes.'],
      ],
      asked: [['quiero pedir cita en vuestra clínica', '¿Cómo pido cita?']],
      offTopic: ['cómo pido cita en el veterinario', 'cómo cancelo una cita en la peluquería'],
    },
    {
      name: 'um banco: um pix no nubank é do nubank',
      language: 'pt',
      rows: [
        ['Como faço um Pix?', 'No app, em Pix > Transferir.'],
        ['Como cadastro minha chave Pix?', 'No app, em Pix > Minhas chaves.'],
        ['Como pago um boleto?', 'No app, em Pagar.'],
      ],
      asked: [['como faço pix no app', 'Como faço um Pix?']],
      offTopic: ['como faço um pix no nubank'],
    },
    {
      name: 'a council: a hole in the road is a pothole, dumped rubbish fly-tipping, the electoral roll registering to vote, rubbish a bin',
      language: 'en',
      rows: [
        ['When is my bin collected?', 'Enter your postcode in the bin day finder.'],
        ['How do I report a pothole?', 'Report potholes and road damage on the map.'],
        ['How do I report fly-tipping?', 'Report fly-tipping online with a photo.'],
        ['How do I register to vote?', 'Register online; it takes 5 minutes.'],
        ['How do I pay my council tax?', 'Online or by Direct Debit.'],
      ],
      asked: [
        ['how do i get on the electoral roll', 'How do I register to vote?'],
        ['rubbish collection day', 'When is my bin collected?'],
        ['there is a hole in the road', 'How do I report a pothole?'],
        ['who do i tell about dumped rubbish', 'How do I report fly-tipping?'],
      ],
    },
    {
      name: 'a wireless carrier: payments taken automatically, calls cutting off, porting out, what an old phone is worth, a tablet is no medicine',
      language: 'en',
      rows: [
        ['How do I set up AutoPay?', 'In the app, under Billing.'],
        ['Why are my calls dropping?', 'Restart your phone and check for updates.'],
        ['How do I get a number transfer PIN to leave?', 'Dial 611 or use the app.'],
        ['How do I trade in my old phone?', 'Get a quote in the app.'],
        ['How do I use my phone as a hotspot?', 'Turn on Personal Hotspot in Settings.'],
        ['Do you sell tablets?', 'Yes, with or without a data plan.'],
      ],
      asked: [
        ['can you take payments automatically every month', 'How do I set up AutoPay?'],
        ['my calls keep cutting off', 'Why are my calls dropping?'],
        ['i need a pin to port out', 'How do I get a number transfer PIN to leave?'],
        ["what's my old phone worth", 'How do I trade in my old phone?'],
        ['do you have tablets', 'Do you sell tablets?'],
      ],
    },
    {
      name: 'uma imobiliária: um apartamento é o imóvel, quanto ganhar é a renda, o aluguel que aumenta é reajustado, por minha conta é quem paga',
      language: 'pt',
      rows: [
        ['Quais documentos preciso para alugar?', 'RG, CPF e comprovante de renda de 3 vezes o aluguel.'],
        ['Como agendo uma visita ao imóvel?', 'Pelo site.'],
        ['Quando o aluguel é reajustado?', 'Uma vez por ano.'],
        ['Quem paga o IPTU e o condomínio?', 'Em geral o inquilino.'],
        ['Como tiro a segunda via do boleto do aluguel?', 'Na área do inquilino.'],
      ],
      asked: [
        ['quanto eu tenho que ganhar pra alugar', 'Quais documentos preciso para alugar?'],
        ['posso ver o apartamento', 'Como agendo uma visita ao imóvel?'],
        ['o aluguel vai aumentar quando', 'Quando o aluguel é reajustado?'],
        ['o iptu é por minha conta?', 'Quem paga o IPTU e o condomínio?'],
      ],
    },
    {
      name: 'un operador y una agencia: los chollos son ofertas, los mensajes premium tarificación especial, a meses a plazos, cobrar más una factura alta',
      language: 'es',
      rows: [
        ['¿Tenéis ofertas de última hora?', 'Sí, en la web.'],
        ['¿Cómo bloqueo los números de tarificación especial?', 'En Mi cuenta.'],
        ['¿Cómo compro un móvil a plazos?', 'En 12 o 24 meses.'],
        ['¿Por qué mi factura es más alta este mes?', 'Revisa el detalle en la app.'],
        ['¿Cómo cambio de tarifa?', 'En la app.'],
      ],
      asked: [
        ['hay chollos para este fin de semana', '¿Tenéis ofertas de última hora?'],
        ['cómo bloqueo los sms premium', '¿Cómo bloqueo los números de tarificación especial?'],
        ['puedo comprar un móvil y pagarlo a meses', '¿Cómo compro un móvil a plazos?'],
        ['por qué me cobráis más este mes', '¿Por qué mi factura es más alta este mes?'],
      ],
    },
    {
      name: 'a bank: talking or speaking to someone is contacting customer support',
      language: 'en',
      rows: [
        ['How do I contact customer support?', 'Chat in the app 24/7 or call 0800 000 000.'],
        ['How do I make a transfer?', 'In the app, under Payments.'],
        ['How do I open an account?', 'Online in 10 minutes.'],
      ],
      asked: [
        ['how do I talk to someone', 'How do I contact customer support?'],
        ['how can I speak to someone', 'How do I contact customer support?'],
      ],
    },
    {
      name: 'a bank that never says "bank": its telltales (an overdraft, a mortgage) make "my bank statement" its own',
      language: 'en',
      rows: [
        ['How do I download a statement?', 'In the app, under Statements, as a PDF.'],
        ['How do I increase my overdraft?', 'Request a new limit in the app.'],
        ['How do I apply for a mortgage?', 'Book a call with an adviser.'],
        ['How do I change my PIN?', 'At any cash machine.'],
      ],
      asked: [['where are my bank statements', 'How do I download a statement?']],
    },
    {
      name: 'un banco que no dice "banco": darse de baja del banco es cancelar la cuenta',
      language: 'es',
      rows: [
        ['¿Cómo cancelo mi cuenta?', 'Pide la cancelación en una oficina o en la app, con saldo cero.'],
        ['¿Cómo saco dinero sin tarjeta?', 'En la app genera un código para el cajero.'],
        ['¿Cómo amortizo parte de mi hipoteca?', 'En Hipoteca > Amortizar.'],
        ['¿Cómo abro una cuenta?', 'Desde la app.'],
      ],
      asked: [['quiero darme de baja del banco', '¿Cómo cancelo mi cuenta?']],
    },
    {
      name: 'a carrier with no bank telltales: a bank named is another business',
      language: 'en',
      rows: [
        ['How do I reset my account PIN?', 'In the app, under Security.'],
        ['How do I pay my bill?', 'In the app.'],
        ['How do I check my data?', 'Dial *123#.'],
      ],
      asked: [['i forgot my account pin', 'How do I reset my account PIN?']],
      offTopic: ['how do I reset my bank pin'],
    },
    {
      name: 'an insurer and a cinema: what is paid on a claim is the excess, a new car a change of car, a policy ending its renewal, a voucher a gift card',
      language: 'en',
      rows: [
        ['What is my excess?', 'Your excess is on your policy schedule.'],
        ['How do I change my car on my policy?', 'In My policy, under Vehicle.'],
        ['How do I renew my policy?', 'We send your renewal 21 days before.'],
        ['How do I cancel my policy?', 'Call us.'],
        ['Do you sell gift cards?', 'From 10, online and at the box office.'],
      ],
      asked: [
        ['how much do i have to pay if i claim', 'What is my excess?'],
        ["i've bought a new car", 'How do I change my car on my policy?'],
        ['my policy ends next week', 'How do I renew my policy?'],
        ['i want to buy a voucher for my friend', 'Do you sell gift cards?'],
      ],
    },
    {
      name: 'um pet shop e uma distribuidora: abrir no domingo é o horário, antipulgas é pulga, mais carga é potência, ninguém veio ler é o leiturista',
      language: 'pt',
      rows: [
        ['Qual o horário de funcionamento?', 'De segunda a sábado das 8h às 20h.'],
        ['Vocês vendem remédio para pulga?', 'Sim, de todas as marcas.'],
        ['Vocês têm hotel para cães?', 'Sim, hospedagem com monitoramento 24 horas.'],
        ['Como aumento a potência da minha instalação?', 'Peça pelo app.'],
        ['O leiturista não veio, e agora?', 'A conta vem pela média.'],
        ['Como faço a leitura do medidor?', 'Envie a foto pelo app.'],
        ['Como peço a poda de árvore perto da rede?', 'Pelo app.'],
      ],
      asked: [
        ['vocês abrem domingo?', 'Qual o horário de funcionamento?'],
        ['tem antipulgas?', 'Vocês vendem remédio para pulga?'],
        ['vocês cuidam do meu cachorro', 'Vocês têm hotel para cães?'],
        ['preciso de mais carga na minha casa', 'Como aumento a potência da minha instalação?'],
        ['ninguém veio ler o medidor esse mês', 'O leiturista não veio, e agora?'],
        ['a árvore tá encostando no fio', 'Como peço a poda de árvore perto da rede?'],
      ],
    },
    {
      name: 'un banco y una academia: meter billetes es ingresar, comprarse una casa una hipoteca, cambiar de casa la dirección, el profe el profesor',
      language: 'es',
      rows: [
        ['¿Cómo ingreso efectivo?', 'En cualquier cajero.'],
        ['¿Cómo solicito una hipoteca?', 'Pide cita con un gestor.'],
        ['¿Cómo cambio mi dirección?', 'En Perfil.'],
        ['¿Cómo contacto con el profesor?', 'En la sección Preguntas.'],
        ['¿Dan certificado al terminar?', 'Sí, en PDF.'],
      ],
      asked: [
        ['cómo meto billetes', '¿Cómo ingreso efectivo?'],
        ['quiero comprarme una casa', '¿Cómo solicito una hipoteca?'],
        ['he cambiado de casa', '¿Cómo cambio mi dirección?'],
        ['tengo una duda para el profe', '¿Cómo contacto con el profesor?'],
        ['me dais un diploma al terminar', '¿Dan certificado al terminar?'],
      ],
    },
    {
      name: 'a carrier: a thing done on something the knowledge base never names is that thing\'s ("on whatsapp"), a bus or a train only where it happens',
      language: 'en',
      rows: [
        ['How do I block premium rate numbers?', 'Turn on the premium block in My account.'],
        ['My phone was stolen, what do I do?', 'Call us to block your SIM and phone.'],
        ['How do I change my PIN?', 'In the app, under Security.'],
        ['How do I set up voicemail?', 'Dial 123.'],
      ],
      asked: [
        ['someone stole my phone on the bus', 'My phone was stolen, what do I do?'],
        ['how do I change my pin', 'How do I change my PIN?'],
      ],
      offTopic: ['how do I block a number on whatsapp', 'how do I set up voicemail on my whatsapp'],
    },
    {
      name: 'a salon: how much things are is their price, a trim a haircut, paying upfront a deposit, getting married a wedding',
      language: 'en',
      rows: [
        ['How much is a haircut?', "Women's cut and finish from 45, men's cuts from 25."],
        ['Do you take a deposit?', 'New clients pay a 10 deposit.'],
        ['Do you do wedding hair?', 'Yes, bridal trials and wedding-day styling.'],
        ['How do I book an appointment?', 'Online or in the app.'],
        ['Do I need a patch test before colouring?', 'Yes, 48 hours before any colour service.'],
      ],
      asked: [
        ['how much are trims', 'How much is a haircut?'],
        ['do i have to pay anything upfront', 'Do you take a deposit?'],
        ["i'm getting married, can you do my hair", 'Do you do wedding hair?'],
      ],
    },
    {
      name: 'uma autoescola: a prova de legislação é a teórica, o exame de direção a prova prática',
      language: 'pt',
      rows: [
        ['Quando é a prova teórica?', 'Depois das aulas teóricas.'],
        ['O que acontece se eu reprovar na prova prática?', 'Você pode remarcar depois de 15 dias.'],
        ['Quantas aulas práticas preciso fazer?', 'O mínimo é de 20.'],
        ['Posso parcelar o curso?', 'Em até 10 vezes.'],
      ],
      asked: [
        ['quando faço a prova de legislação', 'Quando é a prova teórica?'],
        ['reprovei no exame de direção, e agora', 'O que acontece se eu reprovar na prova prática?'],
        ['quantas aulas de direção são obrigatórias', 'Quantas aulas práticas preciso fazer?'],
      ],
    },
    {
      name: 'un concesionario: cuánto me dais por el coche es tasarlo, a largo plazo el renting, una señal una reserva, el cambio de nombre la transferencia',
      language: 'es',
      rows: [
        ['¿Aceptáis mi coche como parte del pago?', 'Sí, tasamos tu coche gratis.'],
        ['¿Hacéis renting?', 'Sí, desde 36 meses.'],
        ['¿Puedo reservar un coche?', 'Sí, con una señal de 500 €.'],
        ['¿Hacéis la transferencia del vehículo?', 'Sí, incluida en el precio.'],
        ['¿Puedo probar un coche antes de comprarlo?', 'Sí, reserva una prueba de conducción.'],
        ['¿Cuánto tarda en llegar un coche nuevo?', 'Entre 2 y 4 meses.'],
      ],
      asked: [
        ['cuánto me dais por mi coche', '¿Aceptáis mi coche como parte del pago?'],
        ['alquiler a largo plazo', '¿Hacéis renting?'],
        ['puedo dejar una señal', '¿Puedo reservar un coche?'],
        ['quién hace el cambio de nombre del coche', '¿Hacéis la transferencia del vehículo?'],
      ],
    },
    {
      name: 'student halls: staying over is an overnight guest, neighbours that are loud noise, money owed a refund',
      language: 'en',
      rows: [
        ['Can I have overnight guests?', 'Up to 3 nights a week.'],
        ['Can I end my tenancy early?', 'If you find a replacement tenant.'],
        ['How do I complain about noise?', 'Call the night team.'],
        ['How do I get a refund?', 'We pay the money back to your card in 5 days.'],
        ['Are bills included in the rent?', 'Yes, electricity, water and wifi.'],
      ],
      asked: [
        ['can my boyfriend stay over', 'Can I have overnight guests?'],
        ['my flatmates are really loud', 'How do I complain about noise?'],
        ['you owe me money', 'How do I get a refund?'],
        ['do i have to pay for electricity separately', 'Are bills included in the rent?'],
      ],
    },
    {
      name: 'un banco y una biblioteca: la web del banco es la banca online, gastar más el límite, un kindle libros electrónicos, coger es llevarse',
      language: 'es',
      rows: [
        ['No puedo acceder a la banca online', 'Restablece la contraseña en la app.'],
        ['¿Cómo aumento el límite de la tarjeta?', 'En la app, en Tarjetas.'],
        ['¿Tenéis libros electrónicos?', 'Sí, en eBiblio.'],
        ['¿Cuántos libros puedo llevarme?', 'Hasta 6.'],
        ['¿Cómo renuevo un préstamo?', 'En la web.'],
      ],
      asked: [
        ['no consigo entrar en la web del banco', 'No puedo acceder a la banca online'],
        ['quiero gastar más con la tarjeta', '¿Cómo aumento el límite de la tarjeta?'],
        ['puedo leer en el kindle', '¿Tenéis libros electrónicos?'],
        ['cuántos libros se pueden coger', '¿Cuántos libros puedo llevarme?'],
      ],
    },
    {
      name: 'um cartório: alguém que assina por mim é uma procuração',
      language: 'pt',
      rows: [
        ['Como faço uma procuração?', 'Agende com os documentos.'],
        ['Como autentico uma cópia?', 'Traga o original.'],
        ['Como faço um testamento?', 'Agende com o tabelião.'],
      ],
      asked: [['preciso dar poderes pra minha filha assinar por mim', 'Como faço uma procuração?']],
    },
    {
      name: 'un hotel: dónde dejar el coche es el parking, a nombre de quién va una factura no es otra empresa',
      language: 'es',
      rows: [
        ['¿Tenéis parking?', 'Sí, 20 € al día.'],
        ['¿Cómo pido la factura de mi estancia?', 'En recepción o por e-mail.'],
        ['¿Cómo cancelo mi reserva?', 'En Mis reservas.'],
        ['¿Hay wifi gratis?', 'Sí, en todo el hotel.'],
      ],
      asked: [
        ['dónde dejo el coche', '¿Tenéis parking?'],
        ['quiero la factura a nombre de la empresa', '¿Cómo pido la factura de mi estancia?'],
      ],
    },
    {
      name: 'a streaming service: the card on file expired is a payment method to update, continue watching the viewing history',
      language: 'en',
      rows: [
        ['How do I update my payment method?', 'Account > Payment > Edit.'],
        ['How do I delete my viewing history?', 'Account > Profile > Viewing activity.'],
        ['How do I cancel my subscription?', 'Account > Membership > Cancel.'],
        ['How do I add a profile?', 'Choose Add profile.'],
      ],
      asked: [
        ['my card on file has expired', 'How do I update my payment method?'],
        ['remove shows from continue watching', 'How do I delete my viewing history?'],
      ],
    },
    {
      name: 'a coworking space: a printer is printing, trying it out is the trial',
      language: 'en',
      rows: [
        ['How much is a hot desk?', 'A hot desk is £180 a month.'],
        ['Can I book a meeting room?', 'Book it in the app.'],
        ['Can I print documents?', 'Up to 100 pages a month.'],
        ['Is there a free trial day?', 'Your first day is free.'],
        ['How do I cancel my membership?', 'Give one month of notice.'],
      ],
      asked: [
        ['is there a printer', 'Can I print documents?'],
        ["I'd like to try it out", 'Is there a free trial day?'],
      ],
    },
    {
      name: 'an insurer: not renewing is cancelling, in each language',
      language: 'en',
      rows: [
        ['How do I renew my policy?', 'We write 21 days before it ends.'],
        ['How do I cancel my policy?', 'Call us; a refund is pro rata.'],
        ['How do I make a claim?', 'Online, any time.'],
      ],
      asked: [["I don't want to renew", 'How do I cancel my policy?']],
    },
    {
      name: 'uma lavanderia: delivery é a entrega, uma blusa rasgada é roupa estragada, o cobertor é o edredom, a lavagem do que nunca se diz é lavar',
      language: 'pt',
      rows: [
        ['Quanto custa lavar um edredom?', 'De R$ 45 a R$ 75.'],
        ['Vocês buscam e entregam em casa?', 'Sim, acima de R$ 80 sem custo.'],
        ['Vocês lavam tênis?', 'Sim, R$ 35 o par.'],
        ['E se minha roupa estragar?', 'Reembolsamos até 10 vezes o serviço.'],
        ['Vocês passam roupa?', 'Sim, R$ 4 a peça.'],
      ],
      asked: [
        ['tem delivery?', 'Vocês buscam e entregam em casa?'],
        ['minha roupa voltou rasgada', 'E se minha roupa estragar?'],
        ['preço pra lavar o cobertor', 'Quanto custa lavar um edredom?'],
        ['como funciona a lavagem de tênis', 'Vocês lavam tênis?'],
      ],
    },
    {
      name: 'uma seguradora: não renovar é cancelar',
      language: 'pt',
      rows: [
        ['Como renovo o seguro?', 'Avisamos 30 dias antes.'],
        ['Como cancelo minha apólice?', 'Pelo aplicativo.'],
        ['Como pago o seguro?', 'Em até 10 vezes.'],
      ],
      asked: [['não quero renovar o seguro', 'Como cancelo minha apólice?']],
    },
    {
      name: 'un gimnasio: no renovar es cancelar',
      language: 'es',
      rows: [
        ['¿Cómo renuevo mi cuota?', 'Se renueva sola cada mes.'],
        ['¿Cómo cancelo mi cuota?', 'En recepción, con 15 días de aviso.'],
        ['¿Cuál es el horario?', 'De 7:00 a 23:00.'],
      ],
      asked: [['no quiero renovar la cuota', '¿Cómo cancelo mi cuota?']],
    },
    {
      name: 'a removals company: relocating is moving, stuff is belongings, what got snapped is damaged',
      language: 'en',
      rows: [
        ['How much does a move cost?', 'A one-bedroom flat starts at £450.'],
        ['Are my belongings insured?', 'Goods in transit are insured up to £50,000.'],
        ['What if something gets broken?', 'Report damage within 7 days with photos.'],
        ['Do you do international moves?', 'Anywhere in Europe.'],
        ['Can you pack for me?', 'Our packing service is £200 a room.'],
      ],
      asked: [
        ["we're relocating to spain", 'Do you do international moves?'],
        ['is my stuff insured', 'Are my belongings insured?'],
        ['it got snapped in the move', 'What if something gets broken?'],
      ],
    },
    {
      name: 'an internet provider: login details are the password, what takes ages is slow, the phone lines are customer service',
      language: 'en',
      rows: [
        ['How do I change my password?', 'My Account > Security.'],
        ['Why is my internet slow?', 'Restart your router and run a speed test.'],
        ['What are your customer service hours?', '8am to 10pm every day.'],
        ['How do I pay my bill?', 'Billing > Pay now.'],
      ],
      asked: [
        ['I want to change my login details', 'How do I change my password?'],
        ['the internet takes ages', 'Why is my internet slow?'],
        ['what time do your phone lines close', 'What are your customer service hours?'],
      ],
    },
    {
      name: 'uma ótica: em 10x é parcelar, progressiva é multifocal, medir o grau é o exame de vista; um banco: a tarifa de manutenção é uma tarifa',
      language: 'pt',
      rows: [
        ['Vocês fazem exame de vista?', 'Sim, gratuito na compra de óculos.'],
        ['Quanto custa uma lente multifocal?', 'A partir de R$ 690 o par.'],
        ['Posso parcelar?', 'Em até 10 vezes sem juros.'],
        ['Quais são as tarifas?', 'A conta não tem tarifa mensal.'],
        ['Tem garantia?', 'Armações têm 1 ano de garantia.'],
      ],
      asked: [
        ['dá pra pagar em 10x?', 'Posso parcelar?'],
        ['preço de lente progressiva', 'Quanto custa uma lente multifocal?'],
        ['quanto custa a consulta pra medir o grau', 'Vocês fazem exame de vista?'],
        ['tem tarifa de manutenção?', 'Quais são as tarifas?'],
      ],
    },
    {
      name: 'una clínica de fisioterapia: venir a casa es a domicilio, el traumatólogo es un médico',
      language: 'es',
      rows: [
        ['¿Hacéis fisioterapia a domicilio?', 'Sí, 55 € la sesión.'],
        ['¿Necesito un informe del médico?', 'No es obligatorio.'],
        ['¿Cuánto cuesta una sesión?', '40 €.'],
        ['¿Cómo pido cita?', 'Por teléfono o en la web.'],
      ],
      asked: [
        ['podéis venir a casa', '¿Hacéis fisioterapia a domicilio?'],
        ['tengo que traer algún informe del traumatólogo', '¿Necesito un informe del médico?'],
      ],
    },
    {
      name: 'a bike shop: a flat tyre is a puncture, an ebike an electric bike, a tune-up a service',
      language: 'en',
      rows: [
        ['How much is a bike service?', 'A standard service is £65.'],
        ['Do you fix punctures?', 'While you wait, £12.'],
        ['Do you sell electric bikes?', 'From £1,400.'],
        ['What are your opening hours?', '9am to 6pm.'],
      ],
      asked: [
        ["I've got a flat tyre", 'Do you fix punctures?'],
        ['do you have ebikes', 'Do you sell electric bikes?'],
        ['price for a tune up', 'How much is a bike service?'],
      ],
    },
    {
      name: 'a campsite: barbecues are fire, a camper a motorhome, far is near',
      language: 'en',
      rows: [
        ['Is there wifi?', 'Free in reception.'],
        ['Can we light a fire?', 'No open fires; there are shared grills.'],
        ['Do you take motorhomes?', 'Yes, £22 a night.'],
        ['Is the beach close?', 'It is 300 metres away.'],
      ],
      asked: [
        ['can we have a barbecue', 'Can we light a fire?'],
        ["we're coming in a campervan", 'Do you take motorhomes?'],
        ['is the beach far', 'Is the beach close?'],
      ],
    },
    {
      name: 'un camping: internet donde solo dice wifi, una barbacoa es fuego, una camper una autocaravana, lejos es cerca',
      language: 'es',
      rows: [
        ['¿Hay wifi?', 'Gratis en recepción.'],
        ['¿Se puede hacer fuego?', 'No; hay parrillas comunes.'],
        ['¿Admitís autocaravanas?', 'Sí, 22 € la noche.'],
        ['¿Está cerca de la playa?', 'A 300 metros.'],
      ],
      asked: [
        ['hay internet', '¿Hay wifi?'],
        ['se pueden hacer barbacoas', '¿Se puede hacer fuego?'],
        ['vamos en furgoneta camper', '¿Admitís autocaravanas?'],
        ['la playa queda lejos', '¿Está cerca de la playa?'],
      ],
    },
    {
      name: 'um buffet infantil: fechar uma data é reservar, conhecer o espaço é visitar, onde param o carro é o estacionamento; uma operadora: trazer meu número é a portabilidade',
      language: 'pt',
      rows: [
        ['Como faço para reservar uma data?', 'Com um sinal de 30%.'],
        ['Posso cancelar a festa?', 'Até 60 dias antes, o sinal é devolvido.'],
        ['Posso visitar o buffet?', 'De terça a sexta, com hora marcada.'],
        ['Vocês têm estacionamento?', 'Sim, com manobrista.'],
        ['Como faço a portabilidade para a operadora?', 'Peça na loja com seu CPF.'],
      ],
      asked: [
        ['quero fechar a data da festa', 'Como faço para reservar uma data?'],
        ['queria conhecer o espaço', 'Posso visitar o buffet?'],
        ['onde os convidados param o carro', 'Vocês têm estacionamento?'],
        ['quero trazer o número pra vocês', 'Como faço a portabilidade para a operadora?'],
      ],
    },
    {
      name: 'a plumber: coming out is the call-out, a dripping tap a leak, taking card paying by card',
      language: 'en',
      rows: [
        ['How much is a call-out?', 'Our call-out fee is £75.'],
        ['Do you fix leaks?', 'Pipes, taps, toilets and radiators.'],
        ['How can I pay?', 'By card or bank transfer when the job is done.'],
        ['Do you service boilers?', 'An annual service is £90.'],
      ],
      asked: [
        ['what do you charge to come out', 'How much is a call-out?'],
        ["my tap won't stop dripping", 'Do you fix leaks?'],
        ['do you take card', 'How can I pay?'],
      ],
    },
    {
      name: 'una empresa de mudanzas y una eléctrica: empaquetar es embalar, los números del contador su lectura, me ha venido muchísimo una factura alta',
      language: 'es',
      rows: [
        ['¿Embaláis vosotros?', '150 € por habitación.'],
        ['¿Cómo envío la lectura del contador?', 'En la app, en Lecturas.'],
        ['¿Por qué mi factura es tan alta?', 'Revisa tu consumo en la app.'],
      ],
      asked: [
        ['no tengo tiempo de empaquetar', '¿Embaláis vosotros?'],
        ['cómo os paso los números del contador', '¿Cómo envío la lectura del contador?'],
        ['este mes me ha venido muchísimo', '¿Por qué mi factura es tan alta?'],
      ],
    },
    {
      name: 'uma escola de música e um plano de saúde: uma aula pra testar é a experimental, pela internet é online, parar as aulas é cancelar, o número pra ligar é o telefone',
      language: 'pt',
      rows: [
        ['Tem aula experimental?', 'A primeira aula é gratuita.'],
        ['Vocês têm aulas online?', 'Sim, por videochamada.'],
        ['Como cancelo a matrícula?', 'Avise com 30 dias.'],
        ['Quais os horários das aulas?', 'Das 8h às 21h.'],
        ['Qual o telefone da central de atendimento?', '0800 000 0000.'],
      ],
      asked: [
        ['posso fazer uma aula pra testar?', 'Tem aula experimental?'],
        ['tem aula pela internet?', 'Vocês têm aulas online?'],
        ['quero parar as aulas', 'Como cancelo a matrícula?'],
        ['qual o número pra ligar pra vocês', 'Qual o telefone da central de atendimento?'],
      ],
    },
    {
      name: 'airport parking: a blue badge is disabled parking',
      language: 'en',
      rows: [
        ['Is there disabled parking?', 'Blue badge holders park next to the shuttle stop.'],
        ['How much does parking cost?', 'From £45 a week.'],
      ],
      asked: [['I have a blue badge', 'Is there disabled parking?']],
    },
    {
      name: 'uma clínica de estética: toxina botulínica é botox, machucar é doer, grávida é gestante',
      language: 'pt',
      rows: [
        ['Fazem botox?', 'Sim, com a dermatologista.'],
        ['O laser dói?', 'Sente-se um leve incômodo.'],
        ['Gestante pode fazer os tratamentos?', 'Drenagem e limpeza de pele, sim.'],
        ['Quanto custa a depilação a laser?', 'Axila R$ 90.'],
        ['Vocês fazem drenagem linfática?', 'Sessões de 50 minutos.'],
      ],
      asked: [
        ['aplicam toxina botulínica?', 'Fazem botox?'],
        ['a depilação a laser machuca?', 'O laser dói?'],
        ['estou grávida, posso fazer drenagem?', 'Gestante pode fazer os tratamentos?'],
      ],
    },
    {
      name: 'uma distribuidora de energia e um banco: veio o dobro é conta alta, colocar a conta no meu nome é transferir, esquisito é estranho; o Nubank é outro banco',
      language: 'pt',
      rows: [
        ['Por que minha conta de luz veio alta?', 'Veja o histórico de consumo.'],
        ['Como transfiro a conta de luz para o meu nome?', 'Envie o documento do imóvel.'],
        ['Recebi um boleto estranho em nome da empresa, é golpe?', 'Confira o código de barras no app.'],
        ['Como aumento o limite do cartão?', 'No app, em Cartão > Limite.'],
      ],
      asked: [
        ['minha conta veio o dobro', 'Por que minha conta de luz veio alta?'],
        ['quero colocar a conta no meu nome', 'Como transfiro a conta de luz para o meu nome?'],
        ['recebi um boleto esquisito', 'Recebi um boleto estranho em nome da empresa, é golpe?'],
      ],
      offTopic: ['como aumento o limite do cartão do nubank'],
    },
    {
      name: 'una floristería: un entierro es un funeral, me caso es una boda, llevar a casa es el envío a domicilio, una orquídea es una planta; Zara es otra tienda',
      language: 'es',
      rows: [
        ['¿Hacéis coronas para funerales?', 'Desde 90 €.'],
        ['¿Hacéis flores para bodas?', 'Pide cita para un presupuesto.'],
        ['¿Hacéis envíos a domicilio?', 'El mismo día antes de las 14:00.'],
        ['¿Vendéis plantas?', 'De interior y de exterior.'],
        ['¿Cómo uso un código de descuento?', 'Escríbelo al pagar.'],
      ],
      asked: [
        ['necesito algo para un entierro', '¿Hacéis coronas para funerales?'],
        ['nos casamos, hacéis las flores', '¿Hacéis flores para bodas?'],
        ['me lo podéis llevar a casa hoy', '¿Hacéis envíos a domicilio?'],
        ['tenéis orquídeas', '¿Vendéis plantas?'],
      ],
      offTopic: ['cómo uso un código de descuento en zara'],
    },
    {
      name: 'dog kennels and a bank: getting ill is getting sick, coming to have a look a visit, pictures photos, in pdf a download',
      language: 'en',
      rows: [
        ['What happens if my dog gets ill?', 'Our vet is 5 minutes away.'],
        ['Can I visit before I book?', 'Any weekday afternoon.'],
        ['Do you send photos?', 'Every day, on our app.'],
        ['How do I download a statement?', 'App > Account > Statements.'],
        ['How much does boarding cost?', '£28 a night.'],
      ],
      asked: [
        ['what if he gets sick', 'What happens if my dog gets ill?'],
        ['can we come and have a look first', 'Can I visit before I book?'],
        ['will you send me pictures', 'Do you send photos?'],
        ['can I have my statement in pdf', 'How do I download a statement?'],
      ],
    },
    {
      name: 'uma oficina e um banco: pneus é pneu, puxando pro lado é o alinhamento, o ar do carro é o ar-condicionado, levaram meu cartão é roubo',
      language: 'pt',
      rows: [
        ['Vocês trocam pneus?', 'A montagem está incluída.'],
        ['Vocês fazem alinhamento e balanceamento?', 'R$ 120 as quatro rodas.'],
        ['Vocês consertam ar-condicionado?', 'Carga de gás e higienização.'],
        ['Meu cartão foi roubado, o que faço?', 'Bloqueie no app.'],
        ['Quanto custa a troca de óleo?', 'A partir de R$ 180.'],
      ],
      asked: [
        ['preciso de pneu novo', 'Vocês trocam pneus?'],
        ['o volante está puxando pro lado', 'Vocês fazem alinhamento e balanceamento?'],
        ['o ar do carro não gela', 'Vocês consertam ar-condicionado?'],
        ['levaram minha carteira com os cartões', 'Meu cartão foi roubado, o que faço?'],
      ],
    },
    {
      name: 'una aseguradora: en pdf es descargar, una tubería rota una fuga',
      language: 'es',
      rows: [
        ['¿Cómo descargo mi póliza?', 'En el área de clientes.'],
        ['¿Qué hago si tengo una fuga de agua en casa?', 'Cierra la llave de paso y llámanos.'],
        ['¿Cómo cancelo mi seguro?', 'Con un mes de aviso.'],
      ],
      asked: [
        ['necesito la póliza en pdf', '¿Cómo descargo mi póliza?'],
        ['se me ha roto una tubería en el baño', '¿Qué hago si tengo una fuga de agua en casa?'],
      ],
    },
    {
      name: "a hospital's outpatients desk: not speaking English asks for an interpreter, stuck in traffic is running late; a prison is another body",
      language: 'en',
      rows: [
        ['Is there an interpreter?', 'Ask for a free interpreter when you book.'],
        ["I'm running late for my appointment", 'Call the clinic on the number in your letter.'],
        ['Where do I park?', 'Car park B.'],
        ['What are the visiting hours?', '11am to 8pm.'],
      ],
      asked: [
        ["my mum doesn't speak english", 'Is there an interpreter?'],
        ['stuck in traffic, going to be late', "I'm running late for my appointment"],
      ],
      offTopic: ['visiting hours at the prison'],
    },
    {
      name: 'uma loja de autopeças: originais é original',
      language: 'pt',
      rows: [
        ['As peças são originais?', 'Originais e paralelas de primeira linha.'],
        ['Quanto é o frete?', 'Grátis acima de R$ 299.'],
        ['As peças têm garantia?', '90 dias.'],
      ],
      asked: [['essa peça é original?', 'As peças são originais?']],
    },
    {
      name: 'un hospital veterinario: ingresado es hospitalizado, dormir a mi perro es la eutanasia',
      language: 'es',
      rows: [
        ['¿Tenéis hospitalización?', 'Con vigilancia las 24 horas; visitas de 17:00 a 19:00.'],
        ['¿Hacéis eutanasia?', 'Con sedación previa, en la clínica o a domicilio.'],
        ['¿Cuánto cuesta una consulta?', '40 €.'],
        ['¿Atendéis urgencias?', 'Las 24 horas.'],
      ],
      asked: [
        ['se quedan ingresados?', '¿Tenéis hospitalización?'],
        ['queremos dormir a mi perro', '¿Hacéis eutanasia?'],
      ],
    },
    {
      name: 'pest control: mice are a mouse, the attic is the loft, a restaurant is a business, and a hedge says nothing',
      language: 'en',
      rows: [
        ['Do you deal with mice and rats?', 'Three visits over three weeks, with bait boxes.'],
        ['Do you remove squirrels from the loft?', 'We trap them and proof the entry points.'],
        ['Do you offer contracts for businesses?', 'Eight routine inspections a year and call-outs.'],
        ['Do you treat bed bugs?', 'With heat or two spray visits.'],
        ['How can I pay?', 'By card on the day.'],
      ],
      asked: [
        ['there is a mouse in the kitchen', 'Do you deal with mice and rats?'],
        ['I think there are squirrels in the attic', 'Do you remove squirrels from the loft?'],
        ['I run a restaurant, can we get a contract', 'Do you offer contracts for businesses?'],
      ],
    },
    {
      name: 'home broadband: the home network is the wifi, terrible speeds are slow, bad service is a complaint',
      language: 'en',
      rows: [
        ['How do I change my password?', 'Account > Security.'],
        ['How do I change my Wi-Fi password?', "On the router's page."],
        ['Why is my internet slow?', 'Restart the router.'],
        ['How do I make a complaint?', 'Use the complaints form.'],
        ['What are your customer service hours?', '8am to 8pm.'],
      ],
      asked: [
        ['how do i change the password of my home network', 'How do I change my Wi-Fi password?'],
        ['speeds are terrible every evening', 'Why is my internet slow?'],
        ['who do I talk to about bad service', 'How do I make a complaint?'],
      ],
    },
    {
      name: 'uma barbearia: abrir num dia é o horário, pintar a barba é pigmentação',
      language: 'pt',
      rows: [
        ['Qual o horário de funcionamento?', 'De terça a sábado, das 9h às 20h.'],
        ['Vocês fazem barba?', 'Sim, com toalha quente.'],
        ['Vocês fazem luzes ou pigmentação?', 'Pigmentação de barba e cabelo.'],
        ['Quanto custa o corte?', 'R$ 50.'],
      ],
      asked: [
        ['abre segunda?', 'Qual o horário de funcionamento?'],
        ['vocês atendem no feriado?', 'Qual o horário de funcionamento?'],
        ['vocês pintam a barba?', 'Vocês fazem luzes ou pigmentação?'],
      ],
    },
    {
      name: 'una óptica: lentes de contacto son lentillas, la presión del ojo es la tensión ocular, Adeslas es un seguro médico',
      language: 'es',
      rows: [
        ['¿Vendéis lentillas?', 'Diarias y mensuales.'],
        ['¿Hacéis la prueba de la tensión ocular?', 'Sí, sin coste.'],
        ['¿Qué garantía tienen las gafas?', 'Dos años; si no te adaptas a los cristales, los cambiamos.'],
        ['¿Hacéis audiometrías?', 'Sí, gratis.'],
        ['¿Trabajáis con seguros médicos?', 'Con los principales.'],
        ['¿Cuál es el horario?', 'De 10 a 21 h.'],
      ],
      asked: [
        ['tenéis lentes de contacto?', '¿Vendéis lentillas?'],
        ['me medís la presión del ojo?', '¿Hacéis la prueba de la tensión ocular?'],
        ['creo que necesito una prueba de oído', '¿Hacéis audiometrías?'],
        ['¿aceptáis Adeslas?', '¿Trabajáis con seguros médicos?'],
        ['tengo adeslas', '¿Trabajáis con seguros médicos?'],
        ['abren el domingo?', '¿Cuál es el horario?'],
      ],
    },
    {
      name: 'a driving school: a crash course is an intensive one, a woman is a female instructor, learning is being taught',
      language: 'en',
      rows: [
        ['How much are driving lessons?', '£38 an hour.'],
        ['Do you teach in automatic cars?', 'Yes, half of our instructors.'],
        ['Do you offer intensive courses?', '30 hours over two weeks.'],
        ['Can I choose a female instructor?', 'Yes, we have five.'],
        ['Can I cancel a lesson?', '48 hours before.'],
      ],
      asked: [
        ['do you have a crash course', 'Do you offer intensive courses?'],
        ["I'd prefer a woman", 'Can I choose a female instructor?'],
        ['where can I learn to drive an automatic', 'Do you teach in automatic cars?'],
      ],
    },
    {
      name: 'a hotel: a fitness room is the gym, shirts washed is laundry, a conference needs a meeting room',
      language: 'en',
      rows: [
        ['Is there a gym?', 'On the first floor, 6am to 10pm.'],
        ['Is there a laundry service?', 'Same day if handed in by 9am.'],
        ['Can I book a meeting room?', 'Rooms for 10 to 80 people.'],
        ['Do you have a restaurant?', 'Open for dinner.'],
        ['What time is check-out?', '11am.'],
      ],
      asked: [
        ['is there a fitness room', 'Is there a gym?'],
        ['can I get my shirts washed', 'Is there a laundry service?'],
        ['we need a room for a conference', 'Can I book a meeting room?'],
      ],
    },
    {
      name: 'uma funerária: enterro é funeral, cremar é cremação, um plano funeral é o plano funerário',
      language: 'pt',
      rows: [
        ['Quanto custa um funeral?', 'A partir de R$ 3.500.'],
        ['Vocês fazem cremação?', 'Sim, a partir de R$ 4.800.'],
        ['Tem plano funerário?', 'R$ 49 por mês.'],
        ['Onde é o velório?', 'Na nossa sede.'],
      ],
      asked: [
        ['qual o valor de um enterro', 'Quanto custa um funeral?'],
        ['vocês cremam?', 'Vocês fazem cremação?'],
        ['vocês têm plano funeral?', 'Tem plano funerário?'],
      ],
    },
    {
      name: 'una tintorería: cuero es piel, y una respuesta que dice todo lo preguntado responde aunque su pregunta no lo diga',
      language: 'es',
      rows: [
        ['¿Cuánto cuesta limpiar un traje?', '14 €.'],
        ['¿Hacéis arreglos de costura?', 'Bajos de pantalón desde 8 € y cambio de cremallera desde 12 €.'],
        ['¿Limpiáis ropa de piel y ante?', 'En un taller especializado, desde 35 €.'],
        ['¿Cuál es vuestro horario?', 'De 9 a 20:30 h.'],
      ],
      asked: [
        ['cambiáis cremalleras?', '¿Hacéis arreglos de costura?'],
        ['limpiáis chaquetas de cuero?', '¿Limpiáis ropa de piel y ante?'],
      ],
    },
    {
      name: 'a library: a kindle reads e-books, a hold on a book reserves it',
      language: 'en',
      rows: [
        ['Can I reserve a book?', 'Yes, for free.'],
        ['Do you have e-books and audiobooks?', 'In the Libby app.'],
        ['How do I renew my books?', 'Online or by phone.'],
        ['What are the opening hours?', '9am to 8pm.'],
      ],
      asked: [
        ['anything for my kindle?', 'Do you have e-books and audiobooks?'],
        ['can I put a hold on a book', 'Can I reserve a book?'],
      ],
    },
    {
      name: 'energia solar: fotovoltaico é solar, telha é telhado, chuva é dia nublado, sítio é fazenda, produção é geração, recuperar o investimento é o retorno',
      language: 'pt',
      rows: [
        ['Quanto custa instalar energia solar?', 'De R$ 15 mil a R$ 20 mil.'],
        ['Meu telhado serve para placas solares?', 'Cerâmica, fibrocimento e laje.'],
        ['Funciona em dias nublados ou à noite?', 'A geração cai, mas não para.'],
        ['Vocês atendem empresas e fazendas?', 'Comércio, indústria e propriedades rurais.'],
        ['Como acompanho quanto o sistema está gerando?', 'Pelo aplicativo do inversor.'],
        ['Em quanto tempo o sistema se paga?', 'De 3 a 5 anos.'],
      ],
      asked: [
        ['quanto fica um sistema fotovoltaico', 'Quanto custa instalar energia solar?'],
        ['minha casa tem telha de barro, serve?', 'Meu telhado serve para placas solares?'],
        ['e quando chove, funciona?', 'Funciona em dias nublados ou à noite?'],
        ['como vejo a produção do sistema', 'Como acompanho quanto o sistema está gerando?'],
        ['em quantos anos eu recupero o investimento', 'Em quanto tempo o sistema se paga?'],
        ['vocês instalam em sítio?', 'Vocês atendem empresas e fazendas?'],
      ],
    },
    {
      name: 'una peluquería: hombre es caballero, reflejos son mechas; darse de baja del gimnasio es de otro',
      language: 'es',
      rows: [
        ['¿Cuánto cuesta un corte de caballero?', '15 €.'],
        ['¿Cuánto cuesta un corte de señora?', 'Desde 25 €.'],
        ['¿Hacéis mechas o balayage?', 'Mechas desde 50 €.'],
        ['¿Hacéis tratamientos para la caída del pelo?', 'Tratamiento anticaída de 6 sesiones.'],
        ['¿Cómo me doy de baja?', 'Desde tu perfil.'],
      ],
      asked: [
        ['cuánto cobráis por un corte de hombre', '¿Cuánto cuesta un corte de caballero?'],
        ['me quiero hacer reflejos', '¿Hacéis mechas o balayage?'],
      ],
      offTopic: ['cómo me doy de baja del gimnasio'],
    },
    {
      name: "a bank: a paypal account is another company's even where the classifier agrees; a sim card is no bank card; the exchange rate is no fee",
      language: 'en',
      rows: [
        ['How do I open an account?', 'Apply in the app with a photo ID.'],
        ['How do I activate my debit card?', 'Make a chip and PIN purchase.'],
        ['How do I report a lost card?', 'Freeze it in the app.'],
        ['What are your fees?', 'No monthly fee.'],
        ['How do I make a transfer?', 'Payments > New.'],
      ],
      asked: [
        ['I want to open an account', 'How do I open an account?'],
        ['how much do you charge', 'What are your fees?'],
      ],
      offTopic: [
        'how do I open a paypal account',
        'how do I activate my new sim card',
        "what's the exchange rate today",
        "what's the pound to euro rate today",
      ],
    },
    {
      name: 'a shop: Royal Mail and the couriers are others, while delivery is its own shipping',
      language: 'en',
      rows: [
        ['How long does shipping take?', '2 to 4 working days.'],
        ['How do I track my order?', 'Use the link in your email.'],
        ['How do I unsubscribe from your emails?', 'Use the link at the bottom of any email.'],
        ['What payment methods do you accept?', 'Cards and PayPal.'],
      ],
      asked: [['how long does delivery take', 'How long does shipping take?']],
      offTopic: ['how long does royal mail take'],
    },
    {
      name: 'una tienda: pagar con PayPal pregunta las formas de pago; SEUR es otra empresa',
      language: 'es',
      rows: [
        ['¿Cuánto tarda el envío?', 'De 2 a 4 días.'],
        ['¿Dónde está mi pedido?', 'En Mi cuenta > Pedidos.'],
        ['¿Qué formas de pago aceptáis?', 'Tarjeta, PayPal y Bizum.'],
        ['¿Puedo pagar a plazos?', 'Sí, en 3 meses sin intereses.'],
        ['¿Cómo me doy de baja de la newsletter?', 'Desde el enlace de cualquier correo.'],
      ],
      asked: [['¿puedo pagar con paypal?', '¿Qué formas de pago aceptáis?']],
      offTopic: ['cuánto tarda un envío de seur'],
    },
    {
      name: 'una residencia de mayores: demencia es alzheimer, enfermeros es enfermería, ver las instalaciones es visitarla',
      language: 'es',
      rows: [
        ['¿Atendéis a personas con alzheimer?', 'Sí, en la unidad de memoria.'],
        ['¿Hay médico y enfermería?', 'Enfermería las 24 horas.'],
        ['¿Puedo visitar la residencia antes?', 'Pide una visita guiada.'],
        ['¿Cuánto cuesta una plaza?', 'Desde 1.950 € al mes.'],
      ],
      asked: [
        ['¿atendéis a personas con demencia?', '¿Atendéis a personas con alzheimer?'],
        ['¿tenéis enfermeros?', '¿Hay médico y enfermería?'],
        ['quiero ver las instalaciones', '¿Puedo visitar la residencia antes?'],
      ],
    },
    {
      name: 'um chaveiro: fechadura eletrônica é a digital',
      language: 'pt',
      rows: [
        ['Vocês abrem porta trancada?', 'Sim, a partir de R$ 150.'],
        ['Instalam fechadura digital?', 'A partir de R$ 690.'],
        ['Quanto custa fazer uma cópia de chave?', 'R$ 10.'],
      ],
      asked: [['vocês colocam fechadura eletrônica?', 'Instalam fechadura digital?']],
    },
    {
      name: 'internet em casa: a net tá uma carroça é lenta',
      language: 'pt',
      rows: [
        ['Minha internet está lenta, o que faço?', 'Reinicie o roteador.'],
        ['Como cancelo minha internet?', 'Pelo app.'],
        ['Como pago a fatura?', 'Pelo app ou boleto.'],
      ],
      asked: [['a net tá uma carroça', 'Minha internet está lenta, o que faço?']],
    },
    {
      name: 'a pharmacy: a lateral flow test is a COVID test',
      language: 'en',
      rows: [
        ['Do you sell COVID tests?', 'Yes, packs of 5 and 20.'],
        ['Can I get a flu vaccine?', 'Book online.'],
        ['Can I return a product?', 'Within 14 days with a receipt.'],
      ],
      asked: [['do you have lateral flow tests', 'Do you sell COVID tests?']],
    },
    {
      name: 'una farmacia: pasar a buscarlo es recogerlo; un paquete de Correos es de otra empresa, no unos correos',
      language: 'es',
      rows: [
        ['¿Cuánto cuesta el envío?', 'Gratis desde 49 €.'],
        ['¿Dónde está mi pedido?', 'En Mi cuenta > Pedidos.'],
        ['¿Puedo recoger el pedido en la farmacia?', 'Sí, en 2 horas.'],
        ['¿Cómo me doy de alta en la newsletter?', 'En el pie de la web.'],
      ],
      asked: [['¿puedo pasar a buscarlo a la farmacia?', '¿Puedo recoger el pedido en la farmacia?']],
      offTopic: ['cómo sigo un paquete de correos', 'cuánto cuesta el envío a méxico con correos'],
    },
    {
      name: 'una eléctrica: la factura en papel pregunta por la electrónica, muy cara es una factura alta, cobrar en el banco es domiciliar',
      language: 'es',
      rows: [
        ['¿Cómo consigo la factura electrónica?', 'Actívala en el área de clientes.'],
        ['¿Por qué mi factura es tan alta?', 'Revisa tu consumo.'],
        ['¿Puedo domiciliar el pago?', 'Sí, con tu IBAN.'],
        ['¿Cómo cambio de tarifa?', 'En el área de clientes.'],
      ],
      asked: [
        ['quiero dejar de recibir la factura en papel', '¿Cómo consigo la factura electrónica?'],
        ['este mes me ha venido muy cara', '¿Por qué mi factura es tan alta?'],
        ['quiero que me lo cobréis en el banco', '¿Puedo domiciliar el pago?'],
      ],
    },
    {
      name: 'a wedding venue: rain is wet weather, a viewing is a visit, paying up front is the deposit, the maximum capacity is how many guests',
      language: 'en',
      rows: [
        ['How many guests can you hold?', '140 seated.'],
        ['Do you have wet weather options?', 'The ceremony moves into the barn.'],
        ['Can we come and look around?', 'Book online.'],
        ['How much is the deposit?', '£1,500.'],
        ['How much does it cost to hire the venue?', '£6,500 on a Saturday.'],
      ],
      asked: [
        ['what if it rains on the day', 'Do you have wet weather options?'],
        ['can we have a viewing', 'Can we come and look around?'],
        ['how much do we pay up front', 'How much is the deposit?'],
        ["what's your maximum capacity", 'How many guests can you hold?'],
      ],
    },
    {
      name: 'uma creche: por conta de vocês é incluído, um antibiótico é remédio, professoras são educadoras',
      language: 'pt',
      rows: [
        ['As refeições estão incluídas?', 'Café da manhã, almoço e lanches.'],
        ['Vocês dão remédio para as crianças?', 'Só com receita e autorização.'],
        ['Qual o valor da mensalidade?', 'R$ 1.450.'],
        ['Qual o horário de funcionamento?', 'Das 7h às 19h.'],
        ['Quantas educadoras tem por sala?', 'Duas educadoras para oito bebês.'],
      ],
      asked: [
        ['a alimentação é por conta de vocês?', 'As refeições estão incluídas?'],
        ['vocês dão antibiótico?', 'Vocês dão remédio para as crianças?'],
        ['quantas professoras?', 'Quantas educadoras tem por sala?'],
      ],
    },
    {
      name: 'una clínica: abrir por la tarde es el horario',
      language: 'es',
      rows: [
        ['¿Qué horario tiene la clínica?', 'De 8 a 21 h.'],
        ['¿Cómo pido cita?', 'En la web.'],
        ['¿Dónde está la clínica?', 'En la calle Mayor.'],
      ],
      asked: [['¿abrís por la tarde?', '¿Qué horario tiene la clínica?']],
    },
    {
      name: "an energy supplier: meter numbers are a meter reading, moving one's energy over is switching, an energy account is the account (the knowledge base is an energy supplier)",
      language: 'en',
      rows: [
        ['How do I submit a meter reading?', 'In the app under Meter readings.'],
        ['How do I switch to you?', 'Get a quote online; we handle the switch.'],
        ['How do I close my account?', 'Give us a final meter reading.'],
        ['What should I do in a power cut?', 'Call 105.'],
        ['How do I get a smart meter?', 'Book an installation.'],
        ['How do I change my tariff?', 'In your account.'],
      ],
      asked: [
        ['where do I enter my meter numbers', 'How do I submit a meter reading?'],
        ['I want to move my energy over to you', 'How do I switch to you?'],
        ['I want to close my energy account', 'How do I close my account?'],
      ],
    },
    {
      name: 'a council: an extension needs planning permission, a mattress dumped is fly-tipping',
      language: 'en',
      rows: [
        ['How do I apply for planning permission?', 'Apply on the Planning Portal.'],
        ['How do I report fly-tipping?', 'Report it online with a photo.'],
        ['How do I report a pothole?', 'Report it online.'],
        ['How do I register to vote?', 'On gov.uk.'],
      ],
      asked: [
        ['I want to build an extension', 'How do I apply for planning permission?'],
        ['someone dumped a mattress in my street', 'How do I report fly-tipping?'],
      ],
    },
    {
      name: 'o Detran: tirar a carta é a habilitação, e o Detran nomeado é ele mesmo',
      language: 'pt',
      rows: [
        ['Como tiro a primeira habilitação?', 'Faça o cadastro no site e a autoescola.'],
        ['Como agendo um atendimento?', 'Pelo site, em Agendamento.'],
        ['Como renovo minha CNH?', 'Faça o exame médico.'],
        ['Como faço o licenciamento anual?', 'Pague a taxa e o IPVA.'],
        ['Como consulto minhas multas?', 'No site, com a placa.'],
      ],
      asked: [
        ['quero tirar a carta', 'Como tiro a primeira habilitação?'],
        ['quero marcar atendimento no detran', 'Como agendo um atendimento?'],
      ],
    },
    {
      name: 'a university: the last day to apply is the deadline, funding is a scholarship',
      language: 'en',
      rows: [
        ['When is the application deadline?', '15 January.'],
        ['How do I apply for admission?', 'Apply online.'],
        ['Are there scholarships available?', 'Yes, merit scholarships.'],
        ['How much is tuition?', '£9,250 a year.'],
      ],
      asked: [
        ['last day to submit my application?', 'When is the application deadline?'],
        ['is there any funding I can get', 'Are there scholarships available?'],
      ],
    },
    {
      name: 'uma dedetizadora: um rato é desratização, um restaurante é uma empresa',
      language: 'pt',
      rows: [
        ['Vocês fazem desratização?', 'Sim, com iscas lacradas.'],
        ['Vocês atendem empresas e condomínios?', 'Sim, com contrato mensal.'],
        ['Quanto custa uma dedetização?', 'R$ 250.'],
      ],
      asked: [
        ['vi um rato', 'Vocês fazem desratização?'],
        ['vocês fazem contrato para restaurante?', 'Vocês atendem empresas e condomínios?'],
      ],
    },
    {
      name: 'una escuela de baile: aprender es lo que se enseña, nivel básico es para principiantes, solo para mí es particular, zapatos es calzado, dejar las clases es darse de baja, los finales son los exámenes, media jornada es tiempo parcial',
      language: 'es',
      rows: [
        ['¿Qué estilos de baile enseñáis?', 'Salsa, bachata y tango.'],
        ['¿Tenéis clases para principiantes?', 'Grupos de iniciación cada mes.'],
        ['¿Dais clases particulares?', '35 € la hora.'],
        ['¿Qué ropa y calzado necesito?', 'Ropa cómoda.'],
        ['¿Cómo me doy de baja?', 'Avisa antes del día 25.'],
        ['¿Cuándo son los exámenes?', 'En junio.'],
        ['¿Puedo estudiar a tiempo parcial?', 'Sí.'],
      ],
      asked: [
        ['qué bailes se pueden aprender', '¿Qué estilos de baile enseñáis?'],
        ['hay nivel básico?', '¿Tenéis clases para principiantes?'],
        ['quiero clases solo para mí', '¿Dais clases particulares?'],
        ['qué zapatos necesito', '¿Qué ropa y calzado necesito?'],
        ['quiero dejar las clases', '¿Cómo me doy de baja?'],
        ['fechas de los finales', '¿Cuándo son los exámenes?'],
        ['puedo estudiar a media jornada?', '¿Puedo estudiar a tiempo parcial?'],
      ],
    },
    {
      name: 'um app de delivery: quanto cobram pra entregar é a taxa de entrega, demorando muito é atrasado',
      language: 'pt',
      rows: [
        ['Qual a taxa de entrega?', 'Depende da distância.'],
        ['Meu pedido está atrasado, o que faço?', 'Acompanhe pelo app.'],
        ['Como cancelo um pedido?', 'Antes do restaurante aceitar.'],
        ['Como uso um cupom de desconto?', 'No carrinho.'],
      ],
      asked: [
        ['quanto vocês cobram pra entregar', 'Qual a taxa de entrega?'],
        ['o pedido tá demorando muito', 'Meu pedido está atrasado, o que faço?'],
      ],
    },
    {
      name: 'un gimnasio: borrarse es darse de baja',
      language: 'es',
      rows: [
        ['¿Cómo me doy de baja?', 'En recepción.'],
        ['¿Cuál es el horario del gimnasio?', 'De 6 a 23 h.'],
        ['¿Cuánto cuesta la cuota mensual?', '35 €.'],
      ],
      asked: [['quiero borrarme del gimnasio', '¿Cómo me doy de baja?']],
    },
    {
      name: "a streaming service: BBC iPlayer abroad is another service's, while watching abroad is its own",
      language: 'en',
      rows: [
        ['Can I watch abroad?', 'Yes, in most countries.'],
        ['How much does a subscription cost?', '£5.99 a month.'],
        ['How do I cancel my subscription?', 'Account > Cancel.'],
      ],
      asked: [["can I watch when I'm abroad", 'Can I watch abroad?']],
      offTopic: ['can I watch bbc iplayer abroad'],
    },
    {
      name: 'an airline: sitting next to someone is choosing a seat',
      language: 'en',
      rows: [
        ['How do I choose my seat?', 'In Manage booking.'],
        ['How much baggage can I check in?', '23 kg.'],
        ['Can I change my flight date?', 'For a fee.'],
      ],
      asked: [['I want to sit next to my wife', 'How do I choose my seat?']],
    },
    {
      name: 'uma academia: sair da academia é cancelar o plano, bioimpedância é a avaliação física',
      language: 'pt',
      rows: [
        ['Como cancelo o plano?', 'Na recepção, com 30 dias de aviso.'],
        ['Como faço a avaliação física?', 'Agende no app.'],
        ['Qual o horário de funcionamento?', 'Das 6h às 23h.'],
      ],
      asked: [
        ['quero sair da academia', 'Como cancelo o plano?'],
        ['quero fazer bioimpedância', 'Como faço a avaliação física?'],
      ],
    },
    {
      name: 'un hotel: una cuna es una cama supletoria, necesitamos es pedir',
      language: 'es',
      rows: [
        ['¿Puedo pedir una cama supletoria?', 'Sí, 20 € por noche.'],
        ['¿Tenéis piscina?', 'Sí, exterior.'],
        ['¿El desayuno está incluido?', 'Sí.'],
      ],
      asked: [['necesitamos una cuna para el bebé', '¿Puedo pedir una cama supletoria?']],
    },
    {
      name: 'uma loja de autopeças e uma seguradora: "o seguro" é a coisa perguntada, e o preço do seguro é a cotação',
      language: 'pt',
      rows: [
        ['Quanto é o frete?', 'Grátis acima de R$ 199.'],
        ['Vocês vendem para oficinas?', 'Sim, com desconto para CNPJ.'],
        ['Como sei se a peça serve no meu carro?', 'Busque pela placa do carro.'],
      ],
      asked: [['quanto custa a entrega', 'Quanto é o frete?']],
      offTopic: ['quanto custa o seguro'],
    },
    {
      name: 'uma seguradora: quanto custa o seguro pede a cotação',
      language: 'pt',
      rows: [
        ['Como faço uma cotação?', 'No site, em dois minutos.'],
        ['Como aciono o seguro?', 'Ligue 0800 100 100.'],
        ['Como renovo o seguro?', 'A renovação é automática.'],
      ],
      asked: [['quanto custaria o seguro', 'Como faço uma cotação?']],
      offTopic: ['como renovo minha cnh'],
    },
    {
      name: 'una autoescuela: el seguro del coche es de otros',
      language: 'es',
      rows: [
        ['¿Cuánto cuesta sacarse el carné?', 'Desde 600 €.'],
        ['¿Tenéis coche automático?', 'Sí, dos.'],
        ['¿Cuántas clases necesito?', 'Unas 20.'],
      ],
      asked: [['cuánto vale el carnet', '¿Cuánto cuesta sacarse el carné?']],
      offTopic: ['cuánto cuesta un seguro de coche'],
    },
    {
      name: "a plumber: a toilet that won't flush is blocked, the heating that packed in is broken, the earliest availability is how soon",
      language: 'en',
      rows: [
        ['Can you unblock a drain?', 'Blocked sinks, toilets and drains are cleared from £95.'],
        ['Do you do emergency call-outs?', 'Yes, 24/7 for leaks and no heating.'],
        ['How soon can you come?', 'Usually within 2 working days.'],
        ['My heating is not working', 'Check the boiler pressure first, then call us.'],
        ['Do you fix leaks?', 'Yes, from pipes, taps and radiators.'],
      ],
      asked: [
        ["the toilet won't flush", 'Can you unblock a drain?'],
        ["the heating's packed in", 'My heating is not working'],
        ['whats your earliest availability', 'How soon can you come?'],
      ],
    },
    {
      name: 'una empresa de mudanzas: darme un precio es un presupuesto, dejar los muebles el guardamuebles, algo rayado algo roto, os (you) no word; un piso en Madrid, otra cosa',
      language: 'es',
      rows: rowsOf('mudanzas.es.json'),
      asked: [
        ['podéis venir y darme un precio', '¿Cómo pido presupuesto?'],
        ['me mudo a Francia, os encargáis?', '¿Hacéis mudanzas internacionales?'],
        ['necesito dejar los muebles unos meses', '¿Tenéis guardamuebles?'],
        ['me habéis rayado la mesa', '¿Qué pasa si se rompe algo?'],
      ],
      offTopic: ['cuánto cuesta un piso en Madrid'],
    },
    {
      name: 'una operadora de fibra: va a pedales es lento, que venga alguien a mirar es un técnico, pasarle gigas es compartirlos',
      language: 'es',
      rows: [
        ['Internet va muy lento', 'Reinicia el router.'],
        ['¿Cómo pido que venga un técnico?', 'Abre una incidencia en la app.'],
        ['¿Cómo reinicio el router?', 'Desenchúfalo 30 segundos.'],
        ['¿Cómo comparto mis gigas con otra línea?', 'En Mis datos > Compartir.'],
        ['¿Cómo consulto el consumo de datos?', 'En la app.'],
        ['¿Cómo contrato internet?', 'En la web.'],
        ['¿Cómo compro más gigas?', 'Con un bono de datos.'],
      ],
      asked: [
        ['esto va a pedales', 'Internet va muy lento'],
        ['necesito que venga alguien a mirar el router', '¿Cómo pido que venga un técnico?'],
        ['quiero pasarle gigas a mi hijo', '¿Cómo comparto mis gigas con otra línea?'],
      ],
    },
    {
      name: 'a tattoo studio: putting money down is a deposit, painful is hurting, a drawing of my own is a design',
      language: 'en',
      rows: [
        ['How much does a tattoo cost?', 'Our minimum charge is £60.'],
        ['Do I need to pay a deposit?', 'Yes, £50 secures your appointment.'],
        ['How do I book a consultation?', 'Book online.'],
        ['Does it hurt?', 'Most people feel a scratching sensation.'],
        ['Can I bring my own design?', 'Yes, bring a reference.'],
      ],
      asked: [
        ['do I have to put money down', 'Do I need to pay a deposit?'],
        ['is it painful', 'Does it hurt?'],
        ['I drew something myself, can you do it', 'Can I bring my own design?'],
      ],
    },
    {
      name: 'a restaurant and a software product: picking up my food is takeaway, hiring the place a private event, adding someone from my team inviting them',
      language: 'en',
      rows: [
        ['Can I order takeaway?', 'Order for collection in the app.'],
        ['Do you do private events?', 'Our upstairs room seats 40.'],
        ['How do I book a table?', 'Online or by phone.'],
        ['How do I invite a teammate?', 'Settings > Team > Invite.'],
        ['How do I export my data?', 'Settings > Data > Export.'],
      ],
      asked: [
        ['can I pick up my food instead of eating in', 'Can I order takeaway?'],
        ['we want to hire the place for a birthday party', 'Do you do private events?'],
        ['how do I add someone from my team', 'How do I invite a teammate?'],
      ],
    },
    {
      name: 'um cartório e um estacionamento: reconhecer a assinatura é a firma, quando eu morrer o testamento, uma casa é um imóvel, procuração não é procurar, fechar à noite é o horário',
      language: 'pt',
      rows: [
        ['Como faço o reconhecimento de firma?', 'Traga o documento assinado e seu RG.'],
        ['Como faço um testamento?', 'Agende com o tabelião.'],
        ['Como faço a escritura de um imóvel?', 'Envie a matrícula do imóvel.'],
        ['Como faço uma procuração?', 'Agende com os documentos.'],
        ['Qual o horário de funcionamento?', 'Funcionamos 24 horas.'],
        ['Como encontro o cartório?', 'Rua Direita, 100.'],
      ],
      asked: [
        ['preciso reconhecer a assinatura', 'Como faço o reconhecimento de firma?'],
        ['quero deixar meus bens pros meus filhos quando eu morrer', 'Como faço um testamento?'],
        ['comprei uma casa, como faço a escritura', 'Como faço a escritura de um imóvel?'],
        ['quero dar poderes pra minha filha', 'Como faço uma procuração?'],
        ['vocês fecham à noite?', 'Qual o horário de funcionamento?'],
      ],
    },
    {
      name: 'a photographer: a wedding cake and a wedding dj are no wedding, while the wedding itself is',
      language: 'en',
      rows: [
        ['How much do you charge for a wedding?', 'Full-day wedding coverage is £1,450.'],
        ['Do you do family portraits?', 'Yes, £180 for an hour.'],
        ['How do I book a session?', 'Book online with a £100 deposit.'],
        ['Can I get the raw files?', 'Every image you receive is edited.'],
      ],
      asked: [['what do you charge to photograph a wedding', 'How much do you charge for a wedding?']],
      offTopic: ['how much does a wedding cake cost', 'how much does a wedding dj cost'],
    },
    {
      name: 'a photographer: a professional photo for linkedin is a headshot, unedited pictures the raw files, pictures of the family portraits, bad weather rain; Lightroom is another company',
      language: 'en',
      rows: [
        ['How much do you charge for a wedding?', 'Full-day coverage is £1,450.'],
        ['Do you do family portraits?', 'Yes, £180 for an hour.'],
        ['When will I get my photos?', 'Within 2 weeks.'],
        ['Do you do headshots?', '£95 for 30 minutes.'],
        ['Can I get the raw files?', 'Every image you receive is edited.'],
        ['What happens if it rains?', 'We move your session to another date.'],
      ],
      asked: [
        ['I need a professional photo for linkedin', 'Do you do headshots?'],
        ['can you send us all the unedited pictures', 'Can I get the raw files?'],
        ["we'd like some nice pictures of the whole family", 'Do you do family portraits?'],
        ['what if the weather is bad on the day', 'What happens if it rains?'],
      ],
      offTopic: ['how do I edit raw files in lightroom'],
    },
    {
      name: 'a letting agent: to reserve the flat is the holding deposit, not having my deposit is getting it back',
      language: 'en',
      rows: [
        ['How much is the holding deposit?', "One week's rent."],
        ['When do I get my deposit back?', 'Within 10 days of the check-out.'],
        ["What if I can't pay my rent this month?", 'Tell us before the due date.'],
        ['How do I pay my rent?', 'By standing order.'],
        ['Can someone move in with me?', 'Ask us to add them.'],
        ['How do I book a viewing?', 'On the property page.'],
      ],
      asked: [
        ['how much do I pay to reserve the flat', 'How much is the holding deposit?'],
        ["I moved out two weeks ago and still don't have my deposit", 'When do I get my deposit back?'],
      ],
    },
    {
      name: 'uma companhia aérea: mais uma mala é bagagem extra, mudar a data da viagem é remarcar, a mala que não chegou foi extraviada, sentar na janela é escolher o assento',
      language: 'pt',
      rows: [
        ['Quanta bagagem posso levar?', 'Uma mala de mão de até 10 kg.'],
        ['Como compro bagagem extra?', 'Em Minhas Viagens.'],
        ['Como remarco meu voo?', 'Em Minhas Viagens > Alterar.'],
        ['Minha mala foi extraviada', 'Registre o RIB no aeroporto.'],
        ['Posso escolher meu assento?', 'Sim, na compra ou no check-in.'],
        ['Criança precisa de documento para viajar?', 'Sim, RG ou certidão.'],
      ],
      asked: [
        ['quero despachar mais uma mala', 'Como compro bagagem extra?'],
        ['preciso mudar a data da viagem', 'Como remarco meu voo?'],
        ['minha bagagem não chegou', 'Minha mala foi extraviada'],
        ['quero sentar na janela', 'Posso escolher meu assento?'],
      ],
    },
    {
      name: 'un taller de bicis y un veterinario: una bici usada es de segunda mano, dormirla es la eutanasia',
      language: 'es',
      rows: [
        ['¿Vendéis bicicletas de segunda mano?', 'Sí, revisadas.'],
        ['¿Alquiláis bicicletas?', '15 € al día.'],
        ['¿Cuánto cuesta una consulta?', '40 €.'],
        ['¿Hacéis visitas a domicilio?', 'Sí, por 30 € más.'],
        ['¿Hacéis eutanasia?', 'Sí, con sedación previa.'],
        ['¿Castráis gatos?', 'Sí, 90 €.'],
      ],
      asked: [
        ['busco una bici usada', '¿Vendéis bicicletas de segunda mano?'],
        ['creo que hay que dormirla', '¿Hacéis eutanasia?'],
      ],
    },
    {
      name: 'a bike shop: changing my mind is returning',
      language: 'en',
      rows: [
        ['How much is a bike service?', 'A standard service is £65.'],
        ['Can I return a bike?', 'Unused bikes within 30 days.'],
        ['Do you buy used bikes?', 'In part exchange.'],
        ['Do you hire bikes?', '£25 a day.'],
      ],
      asked: [['I bought a bike last week and changed my mind', 'Can I return a bike?']],
    },
    {
      name: 'a water company and a coworking space: nothing out of the taps is no water, a trickle low pressure, selling up moving home; a friend is a guest',
      language: 'en',
      rows: [
        ['I have no water', 'Check our live incidents map.'],
        ['My water pressure is low', 'Check the stop tap.'],
        ['Is my tap water safe to drink?', 'Yes, it is tested.'],
        ['Who is responsible for the pipes on my property?', 'You own the supply pipe.'],
        ["I'm moving home, what do I do?", 'Tell us your moving date.'],
        ['Can I bring a guest?', 'Up to 2 hours a day.'],
      ],
      asked: [
        ['nothing is coming out of the taps', 'I have no water'],
        ['the shower is just a trickle', 'My water pressure is low'],
        ["we're selling up and moving out next month", "I'm moving home, what do I do?"],
        ['can a friend come in with me for the afternoon', 'Can I bring a guest?'],
      ],
    },
    {
      name: 'uma escola de idiomas: faltar na aula é perdê-la',
      language: 'pt',
      rows: [
        ['Como reponho uma aula que perdi?', 'Agende a reposição no portal.'],
        ['Quais os horários das turmas?', 'Manhã, tarde e noite.'],
        ['Vocês têm aulas online?', 'Sim, pelo Zoom.'],
      ],
      asked: [['faltei na aula, como recupero', 'Como reponho uma aula que perdi?']],
    },
    {
      name: 'una academia de idiomas: estudiar a distancia es online, solo con un profesor son clases particulares',
      language: 'es',
      rows: [
        ['¿Tenéis clases online?', 'Sí, todas.'],
        ['¿Dais clases particulares?', 'Sí, desde 30 € la hora.'],
        ['¿Cuál es el horario de las clases?', 'De 9:00 a 21:30.'],
        ['¿Cómo me inscribo en un curso?', 'En la web.'],
      ],
      asked: [
        ['se puede estudiar a distancia?', '¿Tenéis clases online?'],
        ['quiero clases yo solo con un profesor', '¿Dais clases particulares?'],
      ],
    },
    {
      name: 'a vet and a gym: getting my cat seen is an appointment, hit by a car an emergency, chipping a microchip, more of his tablets a repeat prescription; a workout plan a personal trainer, another town another branch',
      language: 'en',
      rows: [
        ['How do I book an appointment for my pet?', 'Book online.'],
        ['Do you see emergencies?', 'Yes, 24 hours a day.'],
        ['When should my puppy have its vaccinations?', 'At 8 and 12 weeks.'],
        ['Do you microchip pets?', 'Yes, for 25.'],
        ['How do I order a repeat prescription?', 'Order online.'],
        ['Do you have personal trainers?', 'Yes, from 35 an hour.'],
        ['How much is membership?', '29.99 a month.'],
        ['Can I use other branches?', 'With the All Clubs membership.'],
        ['Do you have showers and lockers?', 'Yes, bring a padlock.'],
      ],
      asked: [
        ['I need to get my cat seen this week', 'How do I book an appointment for my pet?'],
        ['my cat has been hit by a car', 'Do you see emergencies?'],
        ['I want to get her chipped', 'Do you microchip pets?'],
        ['my dog needs more of his tablets', 'How do I order a repeat prescription?'],
        ["I'd like someone to make me a workout plan", 'Do you have personal trainers?'],
        ['can I go to the gym in another town', 'Can I use other branches?'],
      ],
    },
    {
      name: 'um banco e um dentista: tirar o dinheiro do CDB é resgatar o investimento, trazer meu empréstimo a portabilidade, não conseguir ir é faltar',
      language: 'pt',
      rows: [
        ['Como resgato meu investimento?', 'Em Investimentos > Resgatar.'],
        ['Como solicito a portabilidade de crédito?', 'Em Crédito > Portabilidade.'],
        ['Como consulto meu extrato?', 'No app.'],
        ['O que acontece se eu faltar à consulta?', 'Faltas sem aviso são cobradas.'],
        ['Quanto custa uma limpeza?', 'R$ 180.'],
      ],
      asked: [
        ['quero tirar o dinheiro do cdb', 'Como resgato meu investimento?'],
        ['quero trazer meu empréstimo', 'Como solicito a portabilidade de crédito?'],
        ['e se eu não conseguir ir?', 'O que acontece se eu faltar à consulta?'],
      ],
    },
    {
      name: 'una tarjeta: más crédito es subir el límite, una tarjeta para mi mujer una adicional',
      language: 'es',
      rows: [
        ['¿Cómo activo mi tarjeta de crédito?', 'En la app.'],
        ['¿Cómo aumento el límite de la tarjeta?', 'En Tarjetas > Límite.'],
        ['¿Cómo pido una tarjeta adicional?', 'En Tarjetas > Adicional.'],
        ['¿Cómo cancelo la tarjeta?', 'Llama al 900 000 000.'],
      ],
      asked: [
        ['necesito más crédito en la tarjeta', '¿Cómo aumento el límite de la tarjeta?'],
        ['quiero una tarjeta para mi mujer', '¿Cómo pido una tarjeta adicional?'],
      ],
    },
    {
      name: 'un banco: la tarjeta sanitaria es de la sanidad pública',
      language: 'es',
      rows: [
        ['¿Cómo activo mi tarjeta?', 'En la app, en Tarjetas > Activar.'],
        ['¿Cómo bloqueo mi tarjeta?', 'En la app o llamando al 900 000 000.'],
        ['¿Cómo hago una transferencia?', 'En la app, en Transferencias.'],
      ],
      asked: [['cómo activo la tarjeta nueva', '¿Cómo activo mi tarjeta?']],
      offTopic: ['cómo activo mi tarjeta sanitaria'],
    },
    {
      name: 'a cleaning service and city transit: a rug is a carpet, cleaning stuff the products, background checked vetted; at college a student, cheaper travel a discount',
      language: 'en',
      rows: [
        ['Do you do carpet cleaning?', '£30 a room.'],
        ['Do you bring your own cleaning products?', 'Yes, all products and equipment.'],
        ['Are your cleaners insured and vetted?', 'Every cleaner is DBS checked.'],
        ['How much does a regular clean cost?', '£18 an hour.'],
        ['Do students get a discount?', '30% off passes.'],
        ['Do children travel free?', 'Under 11s travel free.'],
      ],
      asked: [
        ['can you clean my rug', 'Do you do carpet cleaning?'],
        ['do I need to buy the cleaning stuff', 'Do you bring your own cleaning products?'],
        ['are your staff background checked', 'Are your cleaners insured and vetted?'],
        ["I'm at college, do I get cheaper travel", 'Do students get a discount?'],
      ],
    },
    {
      name: 'uma pizzaria e uma agência: celíaco é sem glúten, adiar é alterar a data',
      language: 'pt',
      rows: [
        ['Vocês têm pizza sem glúten?', 'Sim, a massa sem glúten custa R$ 8 a mais.'],
        ['Tem opção vegana?', 'Sim, três pizzas.'],
        ['Como altero a data da viagem?', 'Em Minhas viagens.'],
        ['Posso parcelar a viagem?', 'Em até 12 vezes.'],
      ],
      asked: [
        ['tenho doença celíaca, tem pizza pra mim?', 'Vocês têm pizza sem glúten?'],
        ['quero adiar minha viagem', 'Como altero a data da viagem?'],
      ],
    },
    {
      name: 'una tienda de electrónica: más unidades es el stock, una nevera un aparato',
      language: 'es',
      rows: [
        ['¿Cuándo vuelve a haber stock?', 'Activa el aviso de disponibilidad.'],
        ['¿Recogéis mi aparato viejo?', 'Sí, gratis.'],
        ['¿Cuánto tarda el envío?', '24 a 48 horas.'],
        ['¿Hacéis instalación?', 'Por 49 €.'],
      ],
      asked: [
        ['cuándo tendréis más unidades', '¿Cuándo vuelve a haber stock?'],
        ['os lleváis la nevera vieja?', '¿Recogéis mi aparato viejo?'],
      ],
    },
    {
      name: "a cinema and an insurer: what's on this weekend is what is showing, tickets as a present a gift card, a house under water a flooded one",
      language: 'en',
      rows: [
        ['What films are showing?', "See today's films on the Now Showing page."],
        ['Do you sell gift cards?', 'From £10, online and at the box office.'],
        ['How much are tickets?', 'Adult tickets are £12.50.'],
        ['Can I get a refund on my tickets?', 'Up to 2 hours before.'],
        ['What should I do if my home is flooded?', 'Call our 24/7 claims line.'],
      ],
      asked: [
        ["what's on this weekend", 'What films are showing?'],
        ['I want to give cinema tickets as a present', 'Do you sell gift cards?'],
        ['my kitchen is under water', 'What should I do if my home is flooded?'],
      ],
    },
    {
      name: 'um banco: passaram a perna é golpe, não pagar a fatura inteira é parcelar',
      language: 'pt',
      rows: [
        ['Caí num golpe, o que faço?', 'Ligue já para o 0800 123 4567.'],
        ['Como parcelo a fatura?', 'Em Fatura > Parcelar.'],
        ['Como pago a fatura do cartão?', 'Pelo app.'],
        ['Como pago um boleto?', 'Em Pagar > Boleto.'],
      ],
      asked: [
        ['me passaram a perna num boleto falso', 'Caí num golpe, o que faço?'],
        ['não consigo pagar a fatura inteira', 'Como parcelo a fatura?'],
      ],
    },
    {
      name: 'una operadora: penalizar si me voy antes es la permanencia, va fatal es lento',
      language: 'es',
      rows: [
        ['¿Tengo permanencia?', 'Consulta en la app.'],
        ['¿Por qué va lento internet en el móvil?', 'Comprueba tus datos.'],
        ['¿Cómo me doy de baja?', 'Llama al 1004.'],
        ['¿Cómo cambio de tarifa?', 'En la app.'],
      ],
      asked: [
        ['me penalizáis si me voy antes?', '¿Tengo permanencia?'],
        ['el 4g va fatal', '¿Por qué va lento internet en el móvil?'],
      ],
    },
    {
      name: 'energia solar: o preço de trocar o telhado é de outro negócio (o que se cobra vem primeiro)',
      language: 'pt',
      rows: [
        ['Quanto custa instalar energia solar?', 'Entre R$ 15 mil e R$ 20 mil para uma casa.'],
        ['Meu telhado serve para placas solares?', 'Instalamos em telhados de cerâmica e metálicos.'],
        ['Quanto tempo leva a instalação?', 'De 1 a 3 dias.'],
        ['Vocês financiam?', 'Em até 96 meses.'],
      ],
      asked: [['qual o valor para instalar placas solares', 'Quanto custa instalar energia solar?']],
      offTopic: ['quanto custa trocar o telhado'],
    },
    {
      name: 'kennels: the price of neutering a dog is no boarding price',
      language: 'en',
      rows: [
        ['How much does boarding cost?', '£28 a night for one dog.'],
        ['Do you offer day care?', '£25 a day.'],
        ['How often are the dogs walked?', 'Three walks a day.'],
      ],
      asked: [['how much does it cost to board my dog', 'How much does boarding cost?']],
      offTopic: ['how much does it cost to neuter a dog'],
    },
    {
      name: 'a garden centre and an IT desk: a bank holiday is a holiday, a rose a plant, a rabbit a pet, hedge cuttings garden waste; the network from home the VPN, logging a problem raising a ticket, a shared drive a shared folder',
      language: 'en',
      rows: [
        ['What are your opening hours?', 'Monday to Saturday 9am to 6pm.'],
        ['Can I return a plant that died?', 'Hardy plants have a 12-month guarantee.'],
        ['Do you sell pet food?', 'Food for dogs, cats, birds and fish.'],
        ['Do you take away garden waste?', 'No, your council runs a garden waste service.'],
        ['How do I connect to the VPN?', 'Open the VPN client.'],
        ['How do I raise a ticket?', 'Open the service desk portal.'],
        ['How do I get access to a shared folder?', 'Ask the folder owner.'],
      ],
      asked: [
        ['are you open on bank holiday monday', 'What are your opening hours?'],
        ['the rose I bought last month has died', 'Can I return a plant that died?'],
        ['do you have food for my rabbit', 'Do you sell pet food?'],
        ['can you get rid of my hedge cuttings', 'Do you take away garden waste?'],
        ['how do I get on the company network from home', 'How do I connect to the VPN?'],
        ['how do I log a problem with IT', 'How do I raise a ticket?'],
        ['I need access to the finance drive', 'How do I get access to a shared folder?'],
      ],
    },
    {
      name: 'una aerolínea y un camping: la maleta que no sale en la cinta se ha perdido, ir en ventanilla es elegir asiento, una botella de agua son líquidos; una cabaña es un bungalow, comprar pan el supermercado, el mar la playa',
      language: 'es',
      rows: [
        ['¿Qué hago si pierden mi maleta?', 'Repórtalo en el mostrador.'],
        ['¿Cómo elijo asiento?', 'En Mis reservas.'],
        ['¿Puedo llevar líquidos en cabina?', 'En envases de 100 ml.'],
        ['¿Cuánto equipaje puedo llevar?', 'Una maleta de cabina de 10 kg.'],
        ['¿Tenéis bungalows?', 'Desde 85 € la noche.'],
        ['¿Hay supermercado?', 'De 8:00 a 21:00.'],
        ['¿Está cerca de la playa?', 'A 300 metros.'],
      ],
      asked: [
        ['mi maleta no ha salido en la cinta', '¿Qué hago si pierden mi maleta?'],
        ['quiero ir en ventanilla', '¿Cómo elijo asiento?'],
        ['puedo subir una botella de agua?', '¿Puedo llevar líquidos en cabina?'],
        ['alquiláis cabañas?', '¿Tenéis bungalows?'],
        ['hay alguna tienda para comprar pan?', '¿Hay supermercado?'],
        ['a qué distancia está el mar', '¿Está cerca de la playa?'],
      ],
    },
    {
      name: 'how to do a thing oneself is no question whether the business does it: a removals firm, an optician, a phone repairer',
      language: 'es',
      rows: [
        ['¿Desmontáis los muebles?', 'Sí, desmontamos y montamos sin coste.'],
        ['¿Cuánto cuesta una mudanza?', 'Desde 450 €.'],
        ['¿Tenéis guardamuebles?', 'Sí, 60 € al mes.'],
      ],
      asked: [['me desmontáis el armario?', '¿Desmontáis los muebles?']],
      offTopic: ['cómo desmonto una cama'],
    },
    {
      name: 'uma ótica: como limpo a lente não pergunta se a ótica tem lentes',
      language: 'pt',
      rows: [
        ['Vocês têm óculos de sol com grau?', 'Sim, qualquer armação de sol recebe lentes com grau.'],
        ['Vocês consertam óculos?', 'Fazemos ajustes na hora.'],
        ['Qual o horário de funcionamento?', 'Das 9h às 19h.'],
      ],
      asked: [['tem óculos escuro com grau?', 'Vocês têm óculos de sol com grau?']],
      offTopic: ['como limpo a lente do óculos'],
    },
    {
      name: 'a phone repairer: how to fix a cracked windscreen is no broken phone screen',
      language: 'en',
      rows: [
        ['My screen is broken, can you repair it?', 'Yes, screen repairs from £79.'],
        ['How do I top up?', 'In the app.'],
        ['What are your opening hours?', '9 to 6.'],
      ],
      asked: [['my screen is cracked', 'My screen is broken, can you repair it?']],
      offTopic: ['how do I fix a cracked windscreen'],
    },
    {
      name: 'another kind of a thing the questions name their own kind of: a yoga class is no surf lesson, a spinning class a gym class',
      language: 'es',
      rows: [
        ['¿Cuánto cuesta una clase de surf?', 'Una clase de 2 horas cuesta 35 €.'],
        ['¿Alquiláis tablas?', 'Sí, 15 € la hora.'],
        ['¿Dónde está la escuela?', 'En la playa de Somo.'],
      ],
      asked: [['precio de una clase de surf', '¿Cuánto cuesta una clase de surf?']],
      offTopic: ['cuánto cuesta una clase de yoga'],
    },
    {
      name: 'uma academia: a aula de spinning é uma aula, quando as perguntas não dizem de quê',
      language: 'pt',
      rows: [
        ['Como agendo uma aula?', 'Pelo app, até 24 horas antes.'],
        ['Qual o horário da academia?', 'Das 6h às 23h.'],
        ['Como cancelo o plano?', 'Na recepção.'],
      ],
      asked: [['como reservo vaga na aula de spinning', 'Como agendo uma aula?']],
    },
    {
      name: 'una escuela de surf: la edad de un niño pregunta desde qué edad, o qué hay para niños',
      language: 'es',
      rows: [
        ['¿Desde qué edad se puede hacer surf?', 'Desde los 6 años.'],
        ['¿Cuánto cuesta una clase de surf?', '35 € la clase.'],
        ['¿Dónde está la escuela?', 'En la playa de Somo.'],
      ],
      asked: [['mi hijo tiene 7 años, puede venir?', '¿Desde qué edad se puede hacer surf?']],
    },
    {
      name: 'una peluquería: un bebé de dos años es un niño',
      language: 'es',
      rows: [
        ['¿Cortáis el pelo a niños?', 'Sí, corte infantil por 12 €.'],
        ['¿Hacéis mechas?', 'Sí, desde 45 €.'],
        ['¿Cuál es el horario?', 'De 10 a 20 h.'],
      ],
      asked: [['le cortáis el pelo a un bebé de 2 años?', '¿Cortáis el pelo a niños?']],
    },
    {
      name: 'uma escola: a idade de um filho pergunta a partir de que idade',
      language: 'pt',
      rows: [
        ['A partir de que idade aceitam alunos?', 'A partir dos 2 anos.'],
        ['Qual o valor da mensalidade?', 'R$ 1.200.'],
        ['Tem período integral?', 'Sim, das 7h às 19h.'],
      ],
      asked: [['meu filho tem 4 anos, pode fazer?', 'A partir de que idade aceitam alunos?']],
    },
    {
      name: 'a boat hire and a hotel: a buoyancy aid is a life jacket, how much for a week a price, a labrador a pet',
      language: 'en',
      rows: [
        ['Are life jackets provided?', 'Yes, adult and child sizes on every boat.'],
        ['How much does it cost to hire a boat?', 'Day boats are £180 a day.'],
        ['Can I go fishing from the boat?', 'Yes, with a rod licence.'],
        ['Do you allow pets?', 'Dogs up to 15 kg are welcome.'],
        ['Is breakfast included?', 'In Bed & Breakfast rates.'],
      ],
      asked: [
        ['do you supply buoyancy aids for kids', 'Are life jackets provided?'],
        ['how much for a week on a boat', 'How much does it cost to hire a boat?'],
        ['can we bring our labrador', 'Do you allow pets?'],
      ],
    },
    {
      name: 'um condomínio e uma escola de natação: um pacote que chegou é uma encomenda, a portaria não é portar, gente grande são adultos, sair da natação é cancelar',
      language: 'pt',
      rows: [
        ['Minhas encomendas ficam na portaria?', 'Sim, e você recebe um aviso no app.'],
        ['Como pego o controle da garagem?', 'Peça na administração.'],
        ['Como reservo o salão de festas?', 'Pelo app.'],
        ['Vocês têm natação para adultos?', 'Sim, do iniciante ao avançado.'],
        ['Como cancelo a matrícula?', 'Na recepção, com 30 dias de aviso.'],
        ['Como repor uma aula que faltei?', 'Agende a reposição na recepção.'],
        ['Quais são os horários das aulas?', 'De segunda a sábado, das 7h às 21h.'],
      ],
      asked: [
        ['chegou um pacote pra mim?', 'Minhas encomendas ficam na portaria?'],
        ['tem aula pra gente grande?', 'Vocês têm natação para adultos?'],
        ['quero sair da natação, como faço', 'Como cancelo a matrícula?'],
        ['faltei na aula de ontem, posso recuperar?', 'Como repor uma aula que faltei?'],
        ['o porteiro recebe pacotes?', 'Minhas encomendas ficam na portaria?'],
      ],
    },
    {
      name: 'una escuela de surf: un sitio para cambiarse son los vestuarios',
      language: 'es',
      rows: [
        ['¿Tenéis duchas y vestuarios?', 'Sí, con agua caliente.'],
        ['¿Alquiláis tablas?', 'Sí, 15 € la hora.'],
        ['¿Dónde está la escuela?', 'En la playa de Somo.'],
      ],
      asked: [['hay sitio para cambiarse?', '¿Tenéis duchas y vestuarios?']],
    },
    {
      name: "a dry cleaner's: taking trousers up is an alteration, ruined damaged",
      language: 'en',
      rows: rowsOf('drycleaner.en.json'),
      asked: [
        ['my trousers are too long, can you take them up', 'Do you do alterations?'],
        ['you ruined my coat, what now', 'What happens if you damage my clothes?'],
      ],
    },
    {
      name: 'un cerrajero: una puerta de seguridad es una puerta blindada',
      language: 'es',
      rows: [
        ['¿Instaláis puertas blindadas?', 'Sí, pide presupuesto sin compromiso.'],
        ['¿Abrís puertas cerradas?', 'Sí, desde 70 €.'],
        ['¿Hacéis copias de llaves?', 'Sí, desde 3 €.'],
      ],
      asked: [['quiero poner una puerta de seguridad en casa', '¿Instaláis puertas blindadas?']],
    },
    {
      name: 'uma operadora: a banca de jornal onde se faz recarga não é um banco',
      language: 'pt',
      rows: [
        ['Como faço uma recarga?', 'Recarregue pelo app, no site ou em lotéricas e bancas, com c'],
        ['Como consulto meu saldo?', 'Disque *222# ou veja no app, na tela inicial.'],
        ['Como mudo de plano?', 'No app, em Meu plano > Trocar plano; vale a partir do próxim'],
        ['Como cancelo minha linha?', 'Ligue 1058 ou peça no app em Meu plano > Cancelar; sem multa'],
        ['Minha internet está lenta, o que faço?', 'Reinicie o celular e confira se a franquia não acabou; veja '],
        ['Como ativo o roaming internacional?', 'Ative em Serviços > Roaming no app antes de viajar.'],
        ['Como faço a portabilidade para a operadora?', 'Peça a portabilidade na loja ou no site com seu CPF; leva at'],
        ['Como pego a segunda via da conta?', 'Baixe a fatura no app em Faturas ou receba por e-mail.'],
        ['Como troco meu chip?', 'Vá a uma loja com documento; o novo chip é entregue na hora.'],
        ['Como desbloqueio o PUK?', 'O PUK está no cartão do chip ou no app em Meu chip > PUK.'],
        ['Como contrato mais internet?', 'Compre um pacote adicional de dados no app em Pacotes.'],
        ['Como falo com um atendente?', 'Ligue *144 ou chame no WhatsApp; atendimento 24 horas.'],
        [
          'Como bloqueio a linha se o celular for roubado?',
          'Ligue *144 e peça o bloqueio; depois registre o boletim de o',
        ],
        ['Como configuro o correio de voz?', 'Disque *100 e siga as instruções para gravar sua saudação.'],
      ],
      asked: [['onde posso recarregar', 'Como faço uma recarga?']],
      offTopic: ['como cancelo minha conta no banco', 'atendente do banco'],
    },
    {
      name: 'a dentist: kids are children',
      language: 'en',
      rows: [
        ['Do you see children?', 'Yes, children under 18 are seen free on the NHS.'],
        ['How do I book an appointment?', 'Online or by phone.'],
        ['Do you do teeth whitening?', 'Yes, from £350.'],
      ],
      asked: [['can my kids come to you', 'Do you see children?']],
    },
    {
      name: 'uma empresa de mudanças: um guarda-roupa é um móvel, parcelar uma forma de pagamento',
      language: 'pt',
      rows: [
        ['Vocês desmontam e montam os móveis?', 'Sim, sem custo adicional.'],
        ['Quais as formas de pagamento?', 'Pix ou à vista.'],
        ['Vocês embalam as coisas?', 'Sim, a partir de R$ 600.'],
        ['A mudança tem seguro?', 'Sim, incluído no preço.'],
      ],
      asked: [
        ['vocês desmontam o guarda-roupa?', 'Vocês desmontam e montam os móveis?'],
        ['dá pra parcelar?', 'Quais as formas de pagamento?'],
      ],
    },
    {
      name: 'a bakery: a cappuccino is coffee',
      language: 'en',
      rows: [
        ['Do you sell coffee?', 'Yes, to take away or to drink in.'],
        ['Do you make birthday cakes to order?', 'Yes, from £35.'],
        ['Can I pay by card?', 'Yes, cards and contactless.'],
      ],
      asked: [['can I get a cappuccino', 'Do you sell coffee?']],
    },
    {
      name: 'um cartão e um laboratório: uma taxa por ano é a anuidade, xixi é urina',
      language: 'pt',
      rows: [
        ['Tem anuidade?', 'Não, o cartão não tem anuidade.'],
        ['Como aumento meu limite?', 'Peça em Cartão > Limite.'],
        ['Como coleto o exame de urina?', 'Use o frasco do laboratório.'],
        ['Preciso de jejum para o exame de sangue?', 'Para glicose, 8 horas.'],
      ],
      asked: [
        ['pago alguma taxa por ano?', 'Tem anuidade?'],
        ['como faço pra colher o xixi', 'Como coleto o exame de urina?'],
      ],
    },
    {
      name: 'un balneario y una fibra: estar de cinco meses es estar embarazada, dormir allí el alojamiento, lo que queda de contrato la permanencia',
      language: 'es',
      rows: [
        ['¿Puedo ir si estoy embarazada?', 'Sí, con tratamientos adaptados.'],
        ['¿Tenéis alojamiento?', 'Sí, un hotel de 40 habitaciones.'],
        ['¿Cuánto cuesta la entrada al circuito termal?', '35 € por persona.'],
        ['¿Cuándo termina mi permanencia?', 'La fecha está en Mi cuenta > Contrato.'],
        ['¿Cómo me doy de baja?', 'Llama al 1004.'],
      ],
      asked: [
        ['estoy de 5 meses, puedo bañarme?', '¿Puedo ir si estoy embarazada?'],
        ['se puede dormir allí', '¿Tenéis alojamiento?'],
        ['cuánto me queda de contrato', '¿Cuándo termina mi permanencia?'],
      ],
    },
    {
      name: 'um plano de saúde: começar a usar é a carência, entrar com a digital a biometria, o plano paga o que cobre',
      language: 'pt',
      rows: [
        ['Qual o prazo de carência?', '24 horas para urgência, 30 dias para consultas.'],
        ['O plano cobre atendimento de urgência?', 'Sim, em qualquer pronto-socorro.'],
        ['Como cadastro a biometria?', 'Em Perfil > Segurança > Biometria.'],
        ['Como cancelo o plano?', 'Pelo app ou pela central.'],
        ['Como agendo uma consulta?', 'Pelo app.'],
      ],
      asked: [
        ['quando posso começar a usar o plano', 'Qual o prazo de carência?'],
        ['entrar com a digital', 'Como cadastro a biometria?'],
        ['se eu for no pronto socorro o plano paga?', 'O plano cobre atendimento de urgência?'],
      ],
    },
    {
      name: 'a restaurant and a university: Nandos and UCAS are others, a railcard is the railway’s',
      language: 'en',
      rows: [
        ['How do I book a table?', 'Book online or call us.'],
        ['Do you offer a student discount?', 'Yes, 10% off with a student card.'],
        ['When is the application deadline?', 'Apply by 15 January.'],
        ['What are your opening hours?', '12 to 11 every day.'],
      ],
      asked: [['can I book a table for tonight', 'How do I book a table?']],
      offTopic: ['how do I book a table at nandos', 'when is the ucas deadline', 'student railcard discount'],
    },
    {
      name: 'una residencia canina y una agencia de coches: una mesa no es un mes',
      language: 'es',
      rows: [
        ['¿Cómo reservo una estancia?', 'En la web o por teléfono.'],
        ['¿Cuánto cuesta la noche?', '22 € para perros pequeños.'],
        ['¿Puedo reservar un coche?', 'Sí, con una señal de 500 €.'],
        ['¿Hacéis guardería de día?', 'Sí, de 8:00 a 19:00.'],
      ],
      asked: [['quiero reservar una estancia en agosto', '¿Cómo reservo una estancia?']],
      offTopic: ['cómo reservo una mesa', 'puedo reservar mesa'],
    },
    {
      name: 'um laboratório e uma pousada: quando fica pronto é o prazo, perto do mar a distância da praia',
      language: 'pt',
      rows: [
        ['Quanto tempo demora o resultado?', 'Hemograma em 24 horas.'],
        ['Preciso de jejum para o exame de sangue?', 'Para glicose, 8 horas.'],
        ['Qual o horário de check-in?', 'O check-in é a partir das 14h e o check-out até as 12h.'],
        ['O café da manhã está incluído?', 'Sim, o café da manhã está incluído na diária, das 7h30 às 10h.'],
        ['Aceitam animais?', 'Aceitamos cães de pequeno porte com taxa de R$ 50 por diária.'],
        ['Tem estacionamento?', 'Sim, estacionamento gratuito e coberto para hóspedes.'],
        [
          'Qual a política de cancelamento?',
          'Cancelamento grátis até 7 dias antes; depois, cobramos a primeira diária.',
        ],
        ['A pousada tem piscina?', 'Sim, piscina aquecida aberta das 8h às 20h.'],
        ['Criança paga?', 'Crianças até 5 anos não pagam; de 6 a 12 anos pagam 50% da diária.'],
        ['Qual a distância até a praia?', 'A pousada fica a 300 metros da praia, cerca de 5 minutos a pé.'],
        ['Tem wi-fi?', 'Sim, wi-fi gratuito em toda a pousada.'],
        ['Como faço uma reserva?', 'Reserve pelo site ou pelo WhatsApp; pedimos 30% de sinal por Pix.'],
        [
          'Vocês fazem transfer do aeroporto?',
          'Sim, transfer do aeroporto por R$ 120 o trecho, agendado com 48 horas.',
        ],
        ['Os quartos têm ar-condicionado?', 'Sim, todos os quartos têm ar-condicionado e ventilador de teto.'],
      ],
      asked: [
        ['em quantos dias fica pronto o hemograma', 'Quanto tempo demora o resultado?'],
        ['fica perto do mar?', 'Qual a distância até a praia?'],
      ],
    },
    {
      name: 'a gym and a climbing centre: how to clean a pool is no question whether there is one, a zoo is another place',
      language: 'en',
      rows: [
        ['Is there a pool?', 'Yes, a 25-metre pool open all day.'],
        ['Is there parking?', 'Free parking for members.'],
        ['How much is a day pass?', '£14 for adults.'],
        ['How do I book a class?', 'In the app.'],
      ],
      asked: [
        ['do you have a swimming pool', 'Is there a pool?'],
        ['how much for a day pass', 'How much is a day pass?'],
      ],
      offTopic: ['how do I clean a pool', 'how much is a day pass for the zoo'],
    },
    {
      name: "a ferry: a port's terminal is no cancelling, a van is a vehicle, a spaniel a dog",
      language: 'en',
      rows: rowsOf('ferry.en.json'),
      asked: [
        ['can my cocker spaniel come with us', 'Can I bring my dog?'],
        ["how many suitcases can I take if I'm walking on", 'How much luggage can foot passengers bring?'],
        ['my dad uses a wheelchair, can he get around the boat', 'Is the ferry accessible for wheelchair users?'],
      ],
      // Not the refund question: the terminal is no termination.
      offTopic: ['what time do I need to be at the terminal'],
    },
    {
      name: 'a telecom: turning a router off and on again restarts it, a sim on my account is a line',
      language: 'en',
      rows: [
        ['How do I change my password?', 'Open the app, go to Profile > Security and choose Change password.'],
        [
          'How do I reset my router?',
          'Hold the reset button on the back of the router for 10 seconds until the lights blink.',
        ],
        [
          'How do I cancel my plan?',
          'Call 0800 123 456 or use Plan > Cancel in the app; cancellation takes effect at the end of the billing cycle.',
        ],
        [
          'How do I add a new line to my account?',
          'Add a line under Mobile > Add line; each extra line gets a 20% discount.',
        ],
      ],
      asked: [
        ['how do I turn my router off and on again', 'How do I reset my router?'],
        ['can my daughter get a sim on my account', 'How do I add a new line to my account?'],
      ],
    },
    {
      name: 'a cinema and a bank: what is showing, a half price ticket, a wallet lost with the card in it',
      language: 'pt',
      rows: [
        [
          'Como compro ingresso pela internet?',
          'Compre no site ou no aplicativo, escolha a sessão e o assento e pague com cartão ou Pix.',
        ],
        [
          'Estudante paga meia-entrada?',
          'Sim, estudantes, professores e maiores de 60 anos pagam meia apresentando documento na entrada.',
        ],
        [
          'Quais filmes estão em cartaz?',
          'A programação da semana está no site e no aplicativo, atualizada toda quinta-feira.',
        ],
        [
          'Posso levar comida de fora?',
          'Não é permitido entrar com alimentos comprados fora, exceto para dietas especiais.',
        ],
        ['Tem estacionamento?', 'Sim, o estacionamento do shopping tem 3 horas com desconto apresentando o ingresso.'],
        [
          'Como cancelo meu ingresso?',
          'Ingressos comprados online podem ser cancelados até 2 horas antes da sessão, pelo aplicativo.',
        ],
        [
          'Tem sessão legendada ou só dublada?',
          'A maioria dos filmes tem sessões legendadas e dubladas; veja o tipo em cada horário.',
        ],
        ['Qual o preço do ingresso?', 'A inteira custa R$ 36 de segunda a quarta e R$ 44 de quinta a domingo.'],
        ['Tem sala 3D ou IMAX?', 'Temos duas salas 3D e uma sala IMAX.'],
        ['Criança de colo paga?', 'Crianças de até 2 anos no colo não pagam, em filmes de classificação livre.'],
        [
          'Vocês alugam sala para eventos?',
          'Sim, alugamos salas para aniversários, empresas e escolas; peça um orçamento por e-mail.',
        ],
        [
          'A sala é acessível para cadeirantes?',
          'Todas as salas têm espaços para cadeira de rodas e assentos para acompanhantes.',
        ],
        [
          'Como bloqueio meu cartão perdido ou roubado?',
          'Bloqueie na hora em Cartões > Bloquear, ou ligue 0800 700 1234, 24 horas.',
        ],
        ['Como encerro minha conta?', 'Zere o saldo e peça o encerramento em Perfil > Encerrar conta.'],
        ['Qual o horário de atendimento?', 'O chat atende 24 horas; o telefone, de segunda a sábado das 8h às 20h.'],
      ],
      asked: [
        ['o que está passando essa semana', 'Quais filmes estão em cartaz?'],
        ['idoso tem meia?', 'Estudante paga meia-entrada?'],
        ['quero comprar entrada pelo celular', 'Como compro ingresso pela internet?'],
        ['perdi minha carteira com o cartao dentro', 'Como bloqueio meu cartão perdido ou roubado?'],
        ['quero fechar minha conta de vez', 'Como encerro minha conta?'],
      ],
    },
    {
      name: 'a car park: what a day costs, a receipt of payment, a ticket, a disability card, where to leave the bike',
      language: 'es',
      rows: rowsOf('aparcamiento.es.json'),
      asked: [
        ['cuánto se paga por un día entero', '¿Cuánto cuesta la hora?'],
        ['necesito un justificante de pago', '¿Cómo pido la factura?'],
        ['tengo tarjeta de discapacidad, hay plaza para mí', '¿Hay plazas para personas con movilidad reducida?'],
        ['dónde dejo la moto', '¿Aparcan motos?'],
        ['quiero dejar apartado un sitio para el sábado', '¿Puedo reservar una plaza?'],
      ],
    },
    {
      name: "a bowling alley and a broadband provider: claw machines are an arcade's, alcohol a bar's, round here my area",
      language: 'en',
      rows: [
        [
          'How much is a game of bowling?',
          'A game costs £7.50 per person before 5pm and £9 after; shoe hire is included.',
        ],
        [
          'Do I need to book a lane?',
          'Walk-ins are welcome, but book online for evenings and weekends to be sure of a lane.',
        ],
        [
          'What are your opening hours?',
          "We're open 10am to 11pm Sunday to Thursday and until midnight on Fridays and Saturdays.",
        ],
        [
          "Do you do kids' birthday parties?",
          'Yes, party packages include two games, food and a party host, from £15 per child.',
        ],
        ['Can I bring my own shoes?', "Yes, clean bowling shoes only; outdoor shoes aren't allowed on the lanes."],
        ['Do you have bumpers for children?', 'Yes, bumpers and ramps are free on every lane; ask at the desk.'],
        ['Is there food and a bar?', 'Our diner serves burgers and pizza, and the bar is open to over 18s.'],
        ['How many people can play on one lane?', 'Up to six players per lane.'],
        ['Do you have arcade games?', 'Yes, an arcade with over 40 machines and prizes.'],
        ['Can I book for a work event?', 'Yes, corporate packages for 10 to 200 guests; email events@bowl.co.uk.'],
        ['Is there parking?', 'Free parking for 3 hours in the retail park car park.'],
        ['Can I cancel my booking?', 'Cancel up to 24 hours before for a full refund.'],
        ['Is there an outage in my area?', 'The service status page shows outages by postcode.'],
        ['How do I cancel my broadband?', "Call us or use the cancellation form; 30 days' notice applies."],
        ['How do I pay my bill?', 'By direct debit, card or bank transfer.'],
      ],
      asked: [
        ['have you got any slot machines or claw machines for the kids', 'Do you have arcade games?'],
        ['Do you serve alcohol?', 'Is there food and a bar?'],
        ["we can't make it tomorrow, can I get my money back", 'Can I cancel my booking?'],
        ['is the internet down round here or is it just me', 'Is there an outage in my area?'],
      ],
    },
    {
      name: 'uma escola de dança e uma operadora: sozinha é sem par, nunca dancei na vida é iniciante, o número da vivo é de outra operadora',
      language: 'pt',
      rows: [...rowsOf('danca.pt.json'), ...rowsOf('operadora.pt.json')],
      asked: [
        ['não tenho parceiro, posso ir sozinha?', 'Preciso ter par para fazer aula?'],
        ['queria aulas só eu e o professor', 'Vocês dão aula particular?'],
        ['vou casar em março e quero aprender a dançar a valsa', 'Fazem coreografia para casamento?'],
        ['nunca dancei na vida, tem problema?', 'Tem turma para iniciantes?'],
        ['quero trazer meu numero da vivo pra voces', 'Como faço a portabilidade para a operadora?'],
      ],
    },
    {
      name: 'una gasolinera y una operadora: el diésel es combustible, hinchar las ruedas es el aire, ponerla a funcionar es activarla',
      language: 'es',
      rows: [...rowsOf('gasolinera.es.json'), ...rowsOf('telco.es.json')],
      asked: [
        ['estáis abiertos por la noche', '¿Qué horario tiene la gasolinera?'],
        ['cuánto cuesta hoy el diésel', '¿A cuánto está el litro de gasolina?'],
        ['tenéis algo de puntos para clientes habituales', '¿Tenéis tarjeta de fidelización?'],
        ['necesito inflar las ruedas, tenéis máquina', '¿Hay aire para las ruedas?'],
        ['me ha llegado la tarjeta sim, cómo la pongo a funcionar', '¿Cómo activo mi nueva SIM?'],
      ],
    },
    {
      name: 'a dog groomer and a bank: a labrador washed and trimmed is groomed, a persian a cat, shutting an account down closes it',
      language: 'en',
      rows: [
        [
          'How much is a full groom?',
          'A full groom (bath, cut, nails and ears) costs from £40 for small dogs to £75 for large breeds.',
        ],
        ['How do I book an appointment?', 'Book online or call us; Saturdays fill up two weeks ahead.'],
        ['How long does a groom take?', 'Most grooms take 2 to 3 hours; we text you when your dog is ready.'],
        ['Do you groom cats?', 'Sorry, we only groom dogs.'],
        ['Do you do nail clipping on its own?', 'Yes, walk-in nail trims are £10, no appointment needed.'],
        [
          'My dog is nervous, can you still groom him?',
          'Yes, we offer quiet sessions with one groomer and extra breaks for anxious dogs.',
        ],
        [
          'Does my dog need to be vaccinated?',
          'Yes, dogs must be up to date with vaccinations; bring the vaccination card on the first visit.',
        ],
        ['Do you treat fleas?', 'We offer a flea bath for £15 extra; tell us when you book if your dog has fleas.'],
        [
          'What age can puppies start grooming?',
          'Puppies can have their first groom once they have had all their vaccinations, usually from 16 weeks.',
        ],
        [
          'Do you offer a mobile grooming service?',
          'Yes, our grooming van comes to your home within 10 miles for an extra £15.',
        ],
        [
          'Can I stay with my dog during the groom?',
          "Owners usually wait outside, as dogs settle better alone, but you can stay for a puppy's first visit.",
        ],
        ['What is your cancellation policy?', "Please give 24 hours' notice; late cancellations are charged 50%."],
        ['How do I close my account?', 'Move your money out, then ask us to close it in chat.'],
        ['How do I freeze my card?', 'In the app, tap your card and choose Freeze; unfreeze any time.'],
        ['How do I cancel a direct debit?', 'In Payments > Direct debits, choose it and tap Cancel.'],
      ],
      asked: [
        ['what does it cost to get my labrador washed and trimmed', 'How much is a full groom?'],
        ['can you do my persian cat', 'Do you groom cats?'],
        ['I want to shut my account down', 'How do I close my account?'],
      ],
    },
    {
      name: 'um banco digital e uma agência de empregos: pôr dinheiro é depositar, o primeiro emprego é o de aprendiz, contratar é anunciar a vaga',
      language: 'pt',
      rows: [...rowsOf('banco-digital.pt.json'), ...rowsOf('empregos.pt.json')],
      asked: [
        ['como coloco dinheiro na minha conta', 'Como faço um depósito?'],
        ['como crio um qr code pra alguém me pagar', 'Como gero um QR Code Pix para receber?'],
        ['quanto ainda posso gastar no cartão', 'Como consulto meu limite disponível?'],
        ['tenho 16 anos e quero meu primeiro emprego', 'Vocês têm vagas de jovem aprendiz?'],
        ['quero um trabalho só pro natal', 'Vocês têm vagas temporárias?'],
        ['tenho uma loja e preciso contratar um funcionário', 'Sou empresa, como anuncio uma vaga?'],
      ],
    },
    {
      name: 'una aseguradora y una escuela de música: quedarse tirado en la autopista es la grúa, pagar cada mes es a plazos, una actuación un concierto',
      language: 'es',
      rows: [...rowsOf('seguros.es.json'), ...rowsOf('musica.es.json')],
      asked: [
        ['me he quedado tirado en la autopista', '¿Cómo pido asistencia en carretera?'],
        ['puedo pagar cada mes en vez de todo de golpe', '¿Puedo pagar el seguro a plazos?'],
        ['mi hijo se ha sacado el carné y quiero que conduzca mi coche', '¿Cómo añado un conductor?'],
        ['cuándo es la actuación de fin de curso', '¿Hacéis conciertos de alumnos?'],
      ],
    },
    {
      name: 'una academia de idiomas y una tienda: cómo se dice una palabra es traducirla, qué tiempo hace el clima',
      language: 'es',
      rows: [...rowsOf('idiomas.es.json'), ...rowsOf('paqueteria.es.json')],
      asked: [
        ['dais clases de chino?', '¿Qué idiomas enseñáis?'],
        ['enviáis a méxico', '¿Hacéis envíos internacionales?'],
      ],
      offTopic: ['cómo se dice hola en chino', 'qué tiempo hace en méxico'],
    },
    {
      name: 'a yoga studio: one-to-one lessons are private sessions',
      language: 'en',
      rows: rowsOf('yoga.en.json'),
      asked: [['can I have one to one lessons', 'Do you offer private sessions?']],
    },
    {
      name: 'um cartão de crédito: quanto gastei é a fatura, um cartão quebrado pede segunda via, pagar por ano é a anuidade',
      language: 'pt',
      rows: rowsOf('cartao.pt.json'),
      asked: [
        ['onde vejo quanto gastei esse mês', 'Como vejo minha fatura?'],
        ['meu cartão quebrou, preciso de outro', 'Como peço a segunda via do cartão?'],
        ['quanto pago por ano pra ter o cartão', 'Tem anuidade?'],
      ],
    },
    {
      name: 'una panadería: sin huevo ni leche es vegano, lo que lleva un producto sus alérgenos, el mercado es otro sitio',
      language: 'es',
      rows: rowsOf('panaderia.es.json'),
      asked: [
        ['hay algo sin huevo ni leche', '¿Tenéis productos veganos?'],
        ['el croissant lleva frutos secos', '¿Qué alérgenos tienen vuestros productos?'],
        ['a qué hora abrís mañana', '¿A qué hora abrís?'],
      ],
      offTopic: ['a qué hora abre el mercado'],
    },
    {
      name: "an insurer and a campsite: my wife to be able to drive is a driver added, a mate's car another car, a wash a shower",
      language: 'en',
      rows: [
        [
          'How do I get a car insurance quote?',
          'Get a quote online in 5 minutes with your registration number and licence details.',
        ],
        [
          'How do I get a home insurance quote?',
          'Get a quote online with your postcode, the rebuild cost and the value of your contents.',
        ],
        [
          'How do I make a car insurance claim?',
          "Report the claim in the app or call 0800 111 222, 24/7; have the other driver's details ready.",
        ],
        [
          'How do I make a home insurance claim?',
          'Report it in the app with photos of the damage; for emergencies call 0800 111 333.',
        ],
        ['How do I check the status of my claim?', 'Track your claim in the app under Claims.'],
        [
          'What is my excess?',
          "Your excess is shown on your policy schedule; it's the amount you pay towards each claim.",
        ],
        [
          'Will my premium go up if I claim?',
          'A claim may affect your renewal price, especially if you were at fault.',
        ],
        ['What is a no claims bonus?', 'A discount for each year without a claim, up to 70% after 9 years.'],
        ['Can I protect my no claims bonus?', 'Yes, add No Claims Protection when you buy or renew.'],
        ['How do I change my car on my policy?', 'Update your vehicle in the app before you drive the new car.'],
        ['Am I covered abroad?', 'Your car cover includes up to 90 days in the EU per year.'],
        [
          'Do you offer breakdown cover?',
          'Yes, add roadside, at home and onward travel breakdown cover from 5 a month.',
        ],
        [
          'Is my windscreen covered?',
          'Comprehensive policies include windscreen repair and replacement with a 75 excess.',
        ],
        ['Do I get a courtesy car?', 'Yes, while your car is repaired at one of our approved garages.'],
        [
          'What does home contents insurance cover?',
          'Your belongings against fire, theft, water damage and more, up to your contents limit.',
        ],
        [
          'Are my valuables covered outside the home?',
          'Add Personal Possessions cover to insure items you carry, like phones and jewellery.',
        ],
        ['Is accidental damage covered?', "Only if you've added Accidental Damage cover; check your schedule."],
        [
          'What should I do if my home is flooded?',
          "Make sure you're safe, call our 24/7 claims line and take photos before cleaning up.",
        ],
        [
          'What should I do after a break-in?',
          'Call the police for a crime reference number, then report the claim to us.',
        ],
        [
          'How do I renew my policy?',
          'We send your renewal price 21 days before; it renews automatically unless you tell us.',
        ],
        ['How do I pay monthly?', 'Choose monthly Direct Debit when you buy; there is a small interest charge.'],
        [
          'How do I get a copy of my policy documents?',
          'Download your documents and certificate in the app under Policy.',
        ],
        ['How do I update my address?', 'Change your address in the app; your price may change.'],
        ['How do I contact you?', 'Chat in the app or call 0800 111 000, Monday to Saturday 8am to 8pm.'],
        [
          'How do I make a complaint?',
          "Use the complaint form in the app; if we can't resolve it in 8 weeks, contact the Financial Ombudsman.",
        ],
        ['How do I add a driver to my policy?', 'Add a named driver in the app; the price may change.'],
        [
          'Am I covered to drive other cars?',
          "Only if your schedule says 'Driving other cars'; it's third party cover only.",
        ],
        [
          'How do I cancel my policy?',
          "Cancel in the app; within 14 days you get a full refund if you haven't claimed.",
        ],
        ['How do I book a pitch?', 'Book online or by phone; choose a tent, caravan or motorhome pitch.'],
        ['Do you allow dogs?', 'Yes, up to two dogs per pitch for £3 a night each; keep them on a lead.'],
        ['Do your pitches have electric hook-up?', 'Most pitches have 16A electric hook-up for £5 a night.'],
        ['What time is check-in?', 'Arrive from 1pm; pitches must be left by 11am on the day you leave.'],
        [
          'Do you have showers and toilets?',
          'Two heated shower blocks with toilets, open 24 hours, and a disabled wet room.',
        ],
        ['Can we have a campfire?', 'Campfires are allowed in hired fire pits only; barbecues must be off the grass.'],
        ['Is there a shop on site?', 'Our shop sells basics, gas and firewood from 8am to 6pm.'],
        ['Do you rent glamping pods?', 'Yes, six heated pods sleeping four; bring your own bedding.'],
        ['Are there quiet hours?', 'Quiet hours are 10pm to 8am; no music or generators.'],
        ['Do you have wifi?', 'Free wifi near the reception and shop; the signal is weak on the lower field.'],
        ['Is there a play area for children?', 'Yes, a playground and a games field next to the shower block.'],
        [
          'What is your cancellation policy?',
          'Full refund up to 14 days before arrival; after that the deposit is kept.',
        ],
      ],
      asked: [
        ['I want my wife to be able to drive my car', 'How do I add a driver to my policy?'],
        ["can I drive my mate's car", 'Am I covered to drive other cars?'],
        ['where can I have a wash', 'Do you have showers and toilets?'],
      ],
    },
    {
      name: 'um salão e um seguro: fazer as unhas é a manicure, cera a depilação, o que se paga no sinistro a franquia',
      language: 'pt',
      rows: [...rowsOf('salao.pt.json'), ...rowsOf('seguro.pt.json')],
      asked: [
        ['quero fazer as unhas', 'Tem manicure e pedicure?'],
        ['fazem cera nas pernas?', 'Fazem depilação?'],
        ['quanto eu pago se der sinistro', 'Qual o valor da franquia?'],
        ['meu seguro vence mês que vem', 'Como renovo o seguro?'],
      ],
    },
    {
      name: 'una academia de oposiciones: exámenes de práctica son simulacros, dejar la academia es darse de baja, un grupo de tarde es un horario',
      language: 'es',
      rows: rowsOf('oposiciones.es.json'),
      asked: [
        ['hacéis exámenes de práctica', '¿Hacéis simulacros de examen?'],
        ['quiero dejar la academia', '¿Cómo me doy de baja?'],
        ['estudio por la mañana, hay grupo de tarde', '¿Qué horarios tenéis?'],
      ],
    },
    {
      name: "a campsite: if we can't come, it is cancelling",
      language: 'en',
      rows: rowsOf('campsite.en.json'),
      asked: [["if we can't come will I get my money back", 'What is your cancellation policy?']],
    },
    {
      name: 'a broadband and mobile provider: when my bill comes out is its payment date, ringing and hanging up a nuisance call',
      language: 'en',
      rows: rowsOf('telecom5.en.json'),
      asked: [
        ['can I move the date my bill comes out', 'How do I change my payment date?'],
        ['someone keeps ringing me and hanging up', 'How do I report a nuisance call?'],
      ],
    },
    {
      name: 'um banco: por uns dias é temporariamente, tirar o dinheiro da aplicação é resgatar, ligar para o banco pede o telefone',
      language: 'pt',
      rows: rowsOf('banco3.pt.json'),
      asked: [
        ['quero bloquear o cartao so por uns dias', 'Como bloqueio meu cartão temporariamente?'],
        ['quero tirar o dinheiro da aplicação', 'Como resgato meu investimento?'],
        ['preciso ligar para o banco, qual o número', 'Qual o telefone da central?'],
      ],
    },
    {
      name: 'a golf club: a golf cart is a buggy',
      language: 'en',
      rows: rowsOf('golf.en.json'),
      asked: [['can I get a golf cart', 'Can I hire a buggy?']],
    },
    {
      name: 'a restaurant: what there is for children to eat is the kids menu',
      language: 'en',
      rows: rowsOf('restaurant.en.json'),
      asked: [['what is there for children to eat', 'Do you have a kids menu?']],
    },
    {
      name: 'uma escolinha de futebol: um torneio é um campeonato, a camisa do time o uniforme',
      language: 'pt',
      rows: rowsOf('futebol.pt.json'),
      asked: [
        ['eles jogam torneio?', 'Vocês participam de campeonatos?'],
        ['precisa comprar a camisa do time?', 'O uniforme está incluído?'],
      ],
    },
    {
      name: 'uma pizzaria: buscar a pizza é retirar, uma oferta uma promoção',
      language: 'pt',
      rows: rowsOf('pizzaria.pt.json'),
      asked: [
        ['posso buscar a pizza aí?', 'Posso retirar no balcão?'],
        ['tem alguma oferta na terça?', 'Tem promoção durante a semana?'],
      ],
    },
    {
      name: 'una lavandería: el jabón es el detergente, la tintorería es otro sitio',
      language: 'es',
      rows: rowsOf('lavanderia.es.json'),
      asked: [
        ['hay que llevar jabón', '¿Tengo que traer detergente?'],
        ['qué horario tenéis el domingo', '¿Qué horario tenéis?'],
      ],
      offTopic: ['a qué hora abre la tintorería'],
    },
    {
      name: 'a telecom: moving a number over ports it, paying off the balance pays the bill, what has been used so far is the usage; an accountant is no account, the states are abroad, when to call asks the hours; when the money is taken is when the bill is due; giving back is returning, what a bill needs paying by is its due date; abroad (a word of its roaming question) is no start of "internet"; holiday left is time off work; being off to a country is travelling; a tax return goes to the tax office; more gigs is extra data, clearing the balance pays the bill; posting a thing back is returning it, a phone taken from a pocket is stolen',
      language: 'en',
      rows: rowsOf('telecom.en.json'),
      asked: [
        ['will my phone work in the states', 'How do I activate international roaming?'],
        ['when can I call you', 'What are your customer service hours?'],
        ['when do u take the money', 'When is my bill due?'],
        ["i'm cancelling, do i need to give back the router", 'How do I return my modem?'],
        ['what day does my bill need paying by', 'When is my bill due?'],
        ["i'm off to spain next week, how do i get my phone working there", 'How do I activate international roaming?'],
        ['i want more gigs', 'How do I buy extra data?'],
        ['can i clear the balance in the app', 'How do I pay my bill?'],
        ['can i post the modem back to you', 'How do I return my modem?'],
        ['my phone was taken from my pocket on the bus', 'How do I block a lost or stolen phone?'],
        ['moving my number over from three', 'How do I port my number from another carrier?'],
        ["i'd like to pay off the balance", 'How do I pay my bill?'],
        ['how much have i used so far', 'How do I check my data usage?'],
      ],
      offTopic: [
        'I need an accountant',
        "i'm moving to spain from the uk",
        'how many days of holiday have i got left',
        'how do i lodge a tax return',
      ],
    },
  ];
  it.each(domains.map((domain) => [domain.name, domain] as const))('knows how customers ask %s', async (_, domain) => {
    const index = await KnowledgeIndex.train(kb(domain.rows), domain.language);
    for (const [phrasing, question] of domain.asked) expect(await asked(index, phrasing), phrasing).toBe(question);
    for (const phrasing of domain.offTopic ?? []) expect(await asked(index, phrasing), phrasing).toBeUndefined();
  });

  it.each([
    [
      "not wanting the business's service any more as cancelling it",
      'telecom.en.json',
      'en',
      "i don't want your plan anymore",
      'How do I cancel my plan?',
    ],
    [
      'not managing to remember the password as forgetting it (pt)',
      'bank.pt.json',
      'pt',
      'não consigo lembrar a senha',
      'Esqueci minha senha, o que faço?',
    ],
  ])('reads %s: answered outright, not a choice', async (_, file, language, phrasing, question) => {
    const index = await KnowledgeIndex.train(kb(rowsOf(file)), language);
    const match = await index.match(phrasing);
    expect(match?.question).toBe(question);
    expect(match?.alternatives).toEqual([]);
  });

  it('reads each word of a compound after "my" as saying which the next one is: a credit card bill is no phone bill', async () => {
    const index = await KnowledgeIndex.train(
      kb([
        ['When is my bill due?', 'On the 5th of each month.'],
        ['How do I unlock my phone?', 'Request an unlock code in the app.'],
        ['How do I update my address?', 'My Account > Details.'],
      ]),
      'en',
    );
    expect(await asked(index, 'when is my credit card bill due')).toBeUndefined();
    expect(await asked(index, 'how do I change my car insurance address')).toBeUndefined();
    expect(await asked(index, 'when is my phone bill due')).toBe('When is my bill due?');
  });

  it('reads what a thing in general is as no question of the business, in each language', async () => {
    const en = await KnowledgeIndex.train(
      kb([
        ['Do you cater for allergies?', 'Tell your server about any allergy.'],
        ['What is a loyalty card?', 'A card that earns a free main course every ten visits.'],
        ['How do I book a table?', 'Online or by phone.'],
      ]),
      'en',
    );
    expect(await asked(en, 'what is a nut allergy')).toBeUndefined();
    expect(await asked(en, 'my son has a nut allergy')).toBe('Do you cater for allergies?');
    expect(await asked(en, 'what is a loyalty card')).toBe('What is a loyalty card?');
    const pt = await KnowledgeIndex.train(
      kb([
        ['Vocês atendem emergência?', 'Sim, 24 horas.'],
        ['Qual o horário?', 'Das 8h às 20h.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'o que é uma emergência')).toBeUndefined();
    expect(await asked(pt, 'atendem emergência?')).toBe('Vocês atendem emergência?');
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Hacéis renting?', 'Sí, desde 36 meses.'],
        ['¿Qué horario tenéis?', 'De 9 a 20 h.'],
      ]),
      'es',
    );
    expect(await asked(es, 'qué es un renting')).toBeUndefined();
    expect(await asked(es, 'hacéis renting?')).toBe('¿Hacéis renting?');
  });

  it('offers a plumber\'s "termo" for a "calentador" (es)', async () => {
    const index = await KnowledgeIndex.train(kb(rowsOf('fontaneria.es.json')), 'es');
    const match = await index.match('el calentador de agua no calienta');
    expect([match?.question, ...(match?.alternatives ?? []).map((a) => a.question)]).toContain(
      '¿Reparáis el termo eléctrico?',
    );
  });

  it('trusts less a match whose thing, named after an article, the knowledge base never says', async () => {
    const en = await KnowledgeIndex.train(kb(rowsOf('funeral.en.json')), 'en');
    expect(await asked(en, 'where can I buy flowers for a wedding')).toBeUndefined();
    expect(await asked(en, 'can you do the flowers for the funeral')).toBe('Do you provide flowers?');
    const es = await KnowledgeIndex.train(kb(rowsOf('padel.es.json')), 'es');
    expect(await asked(es, 'cuánto cuesta alquilar un coche')).toBeUndefined();
    expect(await asked(es, 'cuánto cuesta alquilar la pista')).toBe('¿Cuánto cuesta alquilar una pista?');
    // After a preposition fused with an article ("do", "na") as after the article.
    const pt = await KnowledgeIndex.train(kb(rowsOf('banco5.pt.json')), 'pt');
    expect(await asked(pt, 'como pago a conta de luz da minha mãe na lotérica')).toBeUndefined();
    expect(await asked(pt, 'como pago um boleto no app')).toBe('Como pago um boleto?');
  });

  it('reads an idiom of a group the knowledge base tells apart as the words of it that it says', async () => {
    // One question says both "quanto tempo" and "demora": the group stays apart, and "fica pronto"
    // (read as the group's "prazo", which no question says) is its "demora".
    const pt = await KnowledgeIndex.train(
      kb([
        ['Quanto tempo demora o conserto?', 'Troca de tela e bateria no mesmo dia.'],
        ['Vocês dão garantia?', '90 dias em todo conserto.'],
        ['Qual o endereço da loja?', 'Rua Augusta, 1500.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'fica pronto hoje?')).toBe('Quanto tempo demora o conserto?');
    expect(await asked(pt, 'fica pronto no mesmo dia?')).toBe('Quanto tempo demora o conserto?');
  });

  it('reads an order or reference code as saying which one, not what is asked', async () => {
    const index = await KnowledgeIndex.train(
      kb([
        ['Where is my order?', 'Track it in the app under Orders.'],
        ['How do I return an item?', 'Start a return in the app within 30 days.'],
        ['Do you sell PS5 games?', 'Yes, new and pre-owned.'],
      ]),
      'en',
    );
    expect(await asked(index, 'where is order AB1234567')).toBe('Where is my order?');
    expect(await asked(index, 'I want to return item 5567-2231 from order X99881')).toBe('How do I return an item?');
    // Few digits with letters name a thing: "ps5" is no code.
    expect(await asked(index, 'do you have ps5 games')).toBe('Do you sell PS5 games?');
  });

  it('reads a message without the links and e-mail addresses it quotes', async () => {
    const index = await KnowledgeIndex.train(
      kb([
        ['How do I reset my password?', 'Use "Forgot password" on the login page.'],
        ['How do I change my email address?', 'Settings > Account > Email.'],
      ]),
      'en',
    );
    expect(await asked(index, 'how do I reset my password on https://app.example.com/login?next=%2Fhome')).toBe(
      'How do I reset my password?',
    );
    expect(await asked(index, 'I want to change my email, it is ana.souza@example.com.br')).toBe(
      'How do I change my email address?',
    );
    expect(await asked(index, 'www.example.com/reset-password')).toBeUndefined();
  });

  it('reads an answer that states an amount of money as saying what its thing costs', async () => {
    const pt = await KnowledgeIndex.train(
      kb([
        ['O frete é grátis?', 'Grátis acima de R$ 199; abaixo disso, R$ 19,90 para todo o Brasil.'],
        ['Qual o prazo de entrega?', 'De 3 a 7 dias úteis.'],
        ['Como troco um produto?', 'Em até 30 dias, pelo app.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'quanto custa o frete')).toBe('O frete é grátis?');
    const en = await KnowledgeIndex.train(
      kb([
        ['How much is a day pass?', 'A day pass is £15.'],
        ['How much is a hot desk?', 'Hot desks are £25 a day or £180 a month.'],
        ['Do you have meeting rooms?', 'Yes, for 4 to 12 people, bookable in the app.'],
      ]),
      'en',
    );
    expect(await asked(en, 'what does a desk cost')).toBe('How much is a hot desk?');
  });

  it('reads a diminutive as its word where the knowledge base says that one (Portuguese, Spanish)', async () => {
    const pt = await KnowledgeIndex.train(
      kb([
        ['Perdi meu cartão, o que faço?', 'Bloqueie no app e peça outro.'],
        ['Posso levar meu cachorro?', 'Sim, cães de até 10 kg.'],
        ['Qual o horário da loja?', 'Das 9h às 18h.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'perdi meu cartãozinho')).toBe('Perdi meu cartão, o que faço?');
    expect(await asked(pt, 'posso levar meu cachorrinho?')).toBe('Posso levar meu cachorro?');
    expect(await asked(pt, 'a lojinha abre que horas')).toBe('Qual o horário da loja?');
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Se admiten perros?', 'Sí, en la terraza.'],
        ['¿Puedo reservar un coche?', 'Sí, con una señal de 500 €.'],
        ['¿Cuánto es la cuota al mes?', 'Desde 199 € al mes.'],
      ]),
      'es',
    );
    expect(await asked(es, 'puedo ir con mi perrito?')).toBe('¿Se admiten perros?');
    // "Mesa" is read apart from "mes" (a month): no diminutive brings it back.
    expect(await asked(es, 'puedo reservar mesa')).toBeUndefined();
  });

  it('reads what a thing is as no question that asks only whether the business has it, in each language', async () => {
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Tenéis pan sin gluten?', 'Sí, los martes y viernes.'],
        ['¿Hacéis el IVA trimestral?', 'Sí, el modelo 303 cada trimestre.'],
        ['¿Qué es la cuota de autónomo?', 'Lo que paga cada mes un autónomo a la Seguridad Social.'],
      ]),
      'es',
    );
    expect(await asked(es, 'qué es el gluten')).toBeUndefined();
    expect(await asked(es, 'qué es el iva')).toBeUndefined();
    expect(await asked(es, 'tenéis pan sin gluten?')).toBe('¿Tenéis pan sin gluten?');
    expect(await asked(es, 'qué es la cuota de autónomos')).toBe('¿Qué es la cuota de autónomo?');
    const pt = await KnowledgeIndex.train(
      kb([
        ['Vocês têm pão sem glúten?', 'Sim, às terças.'],
        ['Qual o horário?', 'Das 7h às 20h.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'o que é glúten')).toBeUndefined();
    // "What's the wifi password" asks a value of the business's, which a question whether it has wifi answers.
    const en = await KnowledgeIndex.train(
      kb([
        ['Is there free Wi-Fi?', 'Yes: the network is Guest, the password is on your key card.'],
        ['Do you have gluten-free bread?', 'On Tuesdays.'],
      ]),
      'en',
    );
    expect(await asked(en, "what's the wifi password")).toBe('Is there free Wi-Fi?');
    expect(await asked(en, 'what is gluten')).toBeUndefined();
  });

  it('reads how to do a thing oneself as no question whether the business does it, in each language', async () => {
    const en = await KnowledgeIndex.train(
      kb([
        ['Do you do teeth whitening?', 'Yes, in-chair whitening is £350.'],
        ['How do I book an appointment?', 'Online or by phone.'],
      ]),
      'en',
    );
    expect(await asked(en, 'how do I whiten my teeth at home')).toBeUndefined();
    expect(await asked(en, 'do you whiten teeth')).toBe('Do you do teeth whitening?');
    const pt = await KnowledgeIndex.train(
      kb([
        ['Vocês fazem clareamento?', 'Sim, clareamento a laser por R$ 900.'],
        ['Como leio o relógio de luz?', 'Anote os números do visor.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'como faço clareamento em casa')).toBeUndefined();
    expect(await asked(pt, 'como eu mesmo leio o relógio de luz')).toBe('Como leio o relógio de luz?');
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Cambiáis neumáticos?', 'Sí, con cita previa.'],
        ['¿Cuánto cuesta la revisión?', 'Desde 89 €.'],
      ]),
      'es',
    );
    expect(await asked(es, 'cómo cambio una rueda yo mismo')).toBeUndefined();
  });

  it('reads a thing its answer lists as asking that question ("which instruments" for the drums)', async () => {
    const pt = await KnowledgeIndex.train(
      kb([
        ['Quais instrumentos vocês ensinam?', 'Violão, guitarra, piano, teclado, violino e ukulele.'],
        ['Quanto custa a mensalidade?', 'R$ 320 por mês.'],
        ['Tem aula experimental?', 'A primeira aula é gratuita.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'vocês têm aula de violino?')).toBe('Quais instrumentos vocês ensinam?');
    const en = await KnowledgeIndex.train(
      kb([
        ['Which games consoles do you repair?', 'PlayStation, Xbox, Switch, Steam Deck and Wii.'],
        ['How long does a repair take?', 'Three working days.'],
        ['Is there a warranty?', 'Six months on every repair.'],
      ]),
      'en',
    );
    expect(await asked(en, 'do you do xbox')).toBe('Which games consoles do you repair?');
  });

  it('answers from an answer that says every telling word of a message, two at least, though its question says none', async () => {
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Hacéis arreglos de costura?', 'Bajos de pantalón desde 8 € y cambio de cremallera desde 12 €.'],
        ['¿Cuál es vuestro horario?', 'De lunes a viernes de 9 a 20:30 h.'],
        ['¿Cuánto cuesta limpiar un traje?', '14 €.'],
      ]),
      'es',
    );
    expect(await asked(es, '¿cambiáis cremalleras?')).toBe('¿Hacéis arreglos de costura?');
    // One word of an answer alone is not enough: answers say many things in passing.
    expect(await asked(es, 'cremalleras')).toBeUndefined();
    expect(await asked(es, '¿vendéis cremalleras?')).toBeUndefined();
  });

  it('reads the thing a price is asked of before "de" when it is a word never seen: a photographer for a party is no party', async () => {
    const venue = await KnowledgeIndex.train(
      kb([
        ['Quanto custa uma festa?', 'A partir de R$ 3.900 para 50 convidados.'],
        ['Quantos convidados cabem?', 'Até 150.'],
        ['Posso levar meu próprio bolo?', 'Sim, com taxa de R$ 150.'],
      ]),
      'pt',
    );
    expect(await asked(venue, 'quanto cobra um fotógrafo de festa')).toBeUndefined();
    expect(await asked(venue, 'quanto custa a festa de aniversário')).toBe('Quanto custa uma festa?');
  });

  it('gives no recommendation a question of the knowledge base does not give, in each language', async () => {
    const en = await KnowledgeIndex.train(
      kb([
        ['How do I buy a new phone?', 'Choose one in the shop and pay monthly.'],
        ['How do I pay my bill?', 'Billing > Pay now.'],
      ]),
      'en',
    );
    expect(await asked(en, "what's the best phone to buy")).toBeUndefined();
    expect(await asked(en, 'how do I buy a phone')).toBe('How do I buy a new phone?');
    const advises = await KnowledgeIndex.train(
      kb([
        ['Which plan is best for me?', 'Take the 20 GB plan if you stream on the go.'],
        ['How do I pay my bill?', 'Billing > Pay now.'],
      ]),
      'en',
    );
    expect(await asked(advises, 'what plan is the best')).toBe('Which plan is best for me?');
    const pt = await KnowledgeIndex.train(
      kb([
        ['Como compro um celular novo?', 'Na loja ou no app, em até 12 vezes.'],
        ['Qual o melhor dia para compra?', 'O dia 5, logo depois do fechamento da fatura.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'qual o melhor celular')).toBeUndefined();
    expect(await asked(pt, 'como compro um celular')).toBe('Como compro um celular novo?');
    expect(await asked(pt, 'qual o melhor dia pra comprar')).toBe('Qual o melhor dia para compra?');
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Qué hago si me roban el móvil?', 'Llama al 1004 para bloquear la SIM.'],
        ['¿Cómo pago mi factura?', 'Con tarjeta en la app.'],
      ]),
      'es',
    );
    expect(await asked(es, 'qué móvil es mejor')).toBeUndefined();
  });

  it('answers nothing when money is the thing asked about, and reads an amount as how much', async () => {
    const pt = await KnowledgeIndex.train(
      kb([
        ['Quanto rende o dinheiro na conta?', 'O saldo rende 100% do CDI.'],
        ['Quais são as tarifas?', 'A conta não tem tarifa mensal.'],
        ['Como faço um Pix?', 'No app, em Pix > Transferir.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'quanto está o dólar')).toBeUndefined();
    expect(await asked(pt, 'qual a cotação do dólar hoje')).toBeUndefined();
    expect(await asked(pt, 'quero mandar 200 dólares por pix')).toBe('Como faço um Pix?');
  });

  it('gives a question word no question uses little weight, and reads a greeting as one', async () => {
    const pt = await KnowledgeIndex.train(
      kb([
        ['Como faço um Pix?', 'No app, em Pix > Transferir.'],
        ['Qual o limite do Pix à noite?', 'R$ 1.000 das 20h às 6h.'],
        ['Como pago um boleto?', 'Em Pagamentos > Boleto.'],
        ['Qual o horário de atendimento?', 'Das 8h às 20h.'],
      ]),
      'pt',
    );
    // No question asks "quanto": it does not count against the night limit's question; and "à
    // noite" is no greeting.
    expect(await asked(pt, 'quanto posso mandar de pix à noite')).toBe('Qual o limite do Pix à noite?');
    expect(await asked(pt, 'boa noite, qual o limite do pix à noite')).toBe('Qual o limite do Pix à noite?');
  });

  it('reads words that name an object\'s own properties ("constructor", "__proto__") like any other', async () => {
    for (const language of ['en', 'pt', 'es']) {
      const index = await KnowledgeIndex.train(
        kb([
          ['How do I pay my bill?', 'Billing > Pay now.'],
          ['What is a constructor?', 'A function that makes objects.'],
        ]),
        language,
      );
      expect(await asked(index, 'what is the constructor')).toBe('What is a constructor?');
      expect(await asked(index, '__proto__ hasOwnProperty toString')).toBeUndefined();
    }
  });

  it('answers in Portuguese and Spanish, with or without accents', async () => {
    const pt = await KnowledgeIndex.train(
      kb([
        ['Como desbloqueio meu cartão?', 'Em Cartões > Desbloquear.'],
        ['Como pago um boleto?', 'Em Pagamentos > Boleto.'],
      ]),
      'pt',
    );
    expect(await asked(pt, 'desbloquear cartao')).toBe('Como desbloqueio meu cartão?');
    expect(await asked(pt, 'quem ganhou a copa do mundo')).toBeUndefined();
    const es = await KnowledgeIndex.train(
      kb([
        ['¿Cómo sigo mi pedido?', 'En Mi cuenta > Pedidos.'],
        ['¿Cómo devuelvo un producto?', 'En Mi cuenta > Devoluciones.'],
      ]),
      'es',
    );
    expect(await asked(es, 'seguir mi pedido')).toBe('¿Cómo sigo mi pedido?');
    expect(await asked(es, 'como devolver un producto')).toBe('¿Cómo devuelvo un producto?');
  });
});

describe('synonyms.csv', () => {
  it('reads a group a row, skips comments, and refuses a word alone', () => {
    expect(parseSynonymsCsv('# ours\nmodem,router,hub\n\nbill,invoice\n', 'kb/synonyms.csv')).toEqual([
      ['modem', 'router', 'hub'],
      ['bill', 'invoice'],
    ]);
    expect(() => parseSynonymsCsv('modem\n', 'kb/synonyms.csv')).toThrow(
      'kb/synonyms.csv:1: "modem" has no synonym on its row',
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionWithAnswer } from '../store/index.js';
import { KnowledgeIndex, normalizeQuestion, parseKnowledgeCsv, parseSynonymsCsv } from './index.js';

function entry(question: string, answer: string, alternates: string[] = []): QuestionWithAnswer {
  return {
    questionId: `q:${question}`,
    question,
    alternates,
    answerId: `a:${question}`,
    answer,
    format: 'text',
    subjects: [],
  };
}

describe('knowledge index', () => {
  it("answers a first-time visitor from the demo bot's own knowledge base and synonyms", async () => {
    const folder = new URL('../bots/demo.gbai/demo.gbkb/', import.meta.url);
    const rows = parseKnowledgeCsv(readFileSync(new URL('questions.csv', folder), 'utf8'), 'questions.csv');
    const synonyms = parseSynonymsCsv(readFileSync(new URL('synonyms.csv', folder), 'utf8'), 'synonyms.csv');
    const index = await KnowledgeIndex.train(
      rows.map((row, i) => ({ ...entry(row.question, row.answer), questionId: `q${i}`, answerId: `a${i}` })),
      'en',
      synonyms,
    );
    // The answer given, told by the question it answers (rows with one answer are one question).
    const answerOf = (question: string) => rows.find((row) => row.question === question)?.answer;
    const asked = async (text: string) => {
      const match = await index.match(text);
      return match && match.score >= 0.4 ? rows.find((row) => row.answer === match.answer)!.question : undefined;
    };
    for (const [text, question] of [
      ['new here, how do i get going', 'How do I get started with General Bots?'],
      ['legend, cheers for that', 'Thank you'],
      ['thanks a million, that sorted it', 'Thank you'],
      ['is the matching threshold adjustable', 'How do I change the confidence threshold?'],
      ['in plain english, what is this', 'What is this product?'],
      ['is it proprietary', 'Is it open source?'],
      ['is the source public', 'Is it open source?'],
      ['do you charge for it', 'Is General Bots free?'],
      ['is there a paid tier', 'Is General Bots free?'],
      ['give me the big picture', 'Give me an overview of the gateway'],
      ['how to kick off the gateway', 'How do I start the gateway?'],
      ['mit or gpl?', 'What is the license?'],
      ["in one sentence, what's the point of this gateway", 'What does this gateway do?'],
      ['is redis compulsory or optional', 'Do I need Redis?'],
      ['the reply keeps erroring out, where did it end up', 'Where do failed messages go?'],
      ['which readiness probe should kubernetes call', 'Is there a health endpoint?'],
      ['hello bot', 'Hello'],
      ['evening folks', 'Hello'],
      ['ta very much', 'Thank you'],
      ["thanks, that's perfect", 'Thank you'],
      ['someone pulled the plug on the server, what now', 'What happens if the gateway crashes?'],
      ['is it ok to use without paying', 'Is General Bots free?'],
      ['can the chat go on my homepage', 'Can I put the chat on my website?'],
      ['can i add the chat to a landing page', 'Can I put the chat on my website?'],
      ['who maintains this', 'Who develops the gateway?'],
      ['will using it cost money', 'Is General Bots free?'],
      ['is the gateway gratis', 'Is General Bots free?'],
      ['how do i push my bot to production', 'How do I publish my bot?'],
      ['can i spread the load over more servers', 'How do I scale out?'],
      ['what if the machine lost power suddenly', 'What happens if the gateway crashes?'],
      ['how do I create a bot', 'How do I deploy a bot?'],
      ["what's inside a gbai directory", 'What is a .gbai folder?'],
      ['how do i get my bot live', 'How do I deploy a bot?'],
      ['how do i get it live', 'How do I deploy a bot?'],
      ['walk me through bringing my bot live', 'How do I publish my bot?'],
      ['what do they call you', 'What is the name of this bot?'],
      ['much obliged', 'Thank you'],
      ['alright bot, hiya', 'Hi'],
      ['sum up the gateway in a few lines', 'Give me an overview of the gateway'],
      ['many thanks, that cleared it up', 'Thanks'],
      ['top of the morning to the team', 'Good morning'],
      ['who created general bots', 'Who created General Bots?'],
      ['link to the repo', 'Where is the source code?'],
      ['can I run more than one instance', 'Can I run several gateways?'],
      ['how can I tell if the gateway is running', 'How do I check the gateway is healthy?'],
      ['how do I teach the bot new answers', 'How do I add questions and answers?'],
      ['are passwords stored in plain text', 'Are secrets encrypted?'],
      ['how does it decide which answer to give', 'How does the bot find answers?'],
      ['how do I put my bot on the server', 'How do I deploy a bot?'],
      ['how do I lower the score so it answers more', 'What is the NLP Score?'],
      ['how do i push a new version of my bot', 'How do I deploy a bot?'],
      ['can 2 gateways share the load', 'How do I scale out?'],
      ["what does the bot do when it doesn't know", 'Why does the bot say it does not know?'],
      ['how do I fire it up', 'How do I start the gateway?'],
      ["who's the author", 'Who created General Bots?'],
      ['how do i make the bot more confident', 'What is the NLP Score?'],
      ['what kind of software is this', 'What is this product?'],
      ['is there an uptime check url', 'Is there a health endpoint?'],
      ['how does the bot work out which answer to use', 'How does the bot choose an answer?'],
      ['how do i roll out a new bot', 'How do I deploy a bot?'],
      ['how can i see if the service is alive', 'How do I check the gateway is healthy?'],
      ['can it run on several machines', 'Can I run several gateways?'],
      ['give me the elevator pitch for this gateway', 'Give me an overview of the gateway'],
      ['is general bots open source', 'Is it open source?'],
      ["what's the licence", 'What is the license?'],
      ['can anyone spoof a webhook call', 'Can someone fake a webhook?'],
      ['how would i wire up a rabbitmq server', 'How do I use RabbitMQ?'],
      ['can i browse the code', 'Can I see the code?'],
      ['put me through to a real person', 'I want to talk to a person'],
      ['hey there, could you put me through to a real human please', 'I want to talk to a person'],
      ["i'd rather speak to one of your staff", 'I want to talk to a person'],
      ['much obliged to you, that sorted it', 'Thank you'],
      ["evening! how's it going", 'Hello'],
      ['nice one', 'Thank you'],
      ['so who started general bots originally', 'Who created General Bots?'],
      ['where do the sqlite and uploaded files end up', 'Where is the database file?'],
      ["i'd like one of your people to ring me back please", 'Can someone call me?'],
    ])
      expect(answerOf((await asked(text!)) ?? ''), text).toBe(answerOf(question!));
    expect(await asked('how do I make pancakes')).toBeUndefined();
    // The same words about another company's thing, or asking which thing to choose.
    expect(await asked('how do I create a postgres database on aws')).toBeUndefined();
    expect(await asked('what messaging app is the most secure')).toBeUndefined();
    expect(await asked('whats a good redis gui')).toBeUndefined();
    expect(await asked('how are passwords protected in chrome')).toBeUndefined();
    // Free or licensed things of other kinds: the open-source answer says nothing of them.
    expect(await asked('is windows free')).toBeUndefined();
    expect(await asked('what license do i need to drive a van')).toBeUndefined();
    // A flight is not the messages "in flight" a crash answer used to speak of.
    expect(await asked('what is the cancellation policy for my flight')).toBeUndefined();
    expect(await asked("what's the score in the football")).toBeUndefined();
    // Another company's cloud, and a match that is football's.
    expect(await asked('how do i set up icloud')).toBeUndefined();
    expect(await asked('where can I watch the world cup')).toBeUndefined();
    expect(await asked('what data does google keep about me')).toBeUndefined();
    // A thing never seen, last but for how it is ("the sun goes down"): RabbitMQ is not the sun.
    expect(await asked('what happens when the moon goes down')).toBeUndefined();
  });

  it('answers nothing to a question word alone ("what?"), and still to a question that says little more', async () => {
    const index = await KnowledgeIndex.train(
      [entry('What is this thing?', 'A gateway.'), entry('Who are you?', 'A bot.')],
      'en',
    );
    for (const bare of ['what', 'what?', 'Why??', 'who']) expect(await index.match(bare), bare).toBeUndefined();
    expect((await index.match('what is this'))?.answer).toBe('A gateway.');
  });

  it('answers an exact question regardless of case, accents and punctuation', async () => {
    const index = await KnowledgeIndex.train([entry('Qual é o horário?', 'Das 9 às 18')], 'pt');
    expect(await index.match('qual e o HORARIO')).toMatchObject({ answer: 'Das 9 às 18', score: 1, via: 'exact' });
    expect(normalizeQuestion('  Olá, tudo bem?! ')).toBe('ola tudo bem');
  });

  it.each([
    [
      'en',
      [
        entry('What are your opening hours?', 'We open at 9'),
        entry('How do I reset my password?', 'Use the forgot link'),
        entry('Where is your office?', 'In Rio'),
      ],
      'I forgot my password, how can I reset it',
      'Use the forgot link',
    ],
    [
      'pt',
      [
        entry('Qual o horário de funcionamento?', 'Das 9 às 18'),
        entry('Como troco minha senha?', 'Clique em esqueci a senha'),
        entry('Onde fica o escritório?', 'No Rio'),
      ],
      'esqueci minha senha, como troco',
      'Clique em esqueci a senha',
    ],
    [
      'es',
      [
        entry('¿Cuál es el horario de atención?', 'De 9 a 18'),
        entry('¿Cómo cambio mi contraseña?', 'Pulse olvidé mi contraseña'),
        entry('¿Dónde está la oficina?', 'En Río'),
      ],
      'olvidé mi contraseña, cómo la cambio',
      'Pulse olvidé mi contraseña',
    ],
  ])('classifies a paraphrase in %s', async (language, entries, question, expected) => {
    const index = await KnowledgeIndex.train(entries, language);
    const match = await index.match(question);
    expect(match?.answer).toBe(expected);
    expect(match?.via).toBe('nlp');
    expect(match!.score).toBeGreaterThan(0.5);
  });

  it('uses question alternates for training and exact matches', async () => {
    const index = await KnowledgeIndex.train(
      [entry('How much does it cost?', 'It is free', ['pricing', 'what is the price'])],
      'en',
    );
    expect(await index.match('Pricing')).toMatchObject({ answer: 'It is free', via: 'exact' });
  });

  it('takes rows that give the same answer for one question asked several ways', async () => {
    const cancel = 'Plan > Cancel; it ends with the billing cycle.';
    const entries = [
      entry('How do I cancel my plan?', cancel),
      entry('Cancel my plan', `${cancel}\n`),
      entry('I want to end my plan', cancel),
      entry('How do I change my plan?', 'Plan > Change, any time.'),
      entry('How do I pay my bill?', 'Billing > Pay now.'),
    ];
    for (const index of [
      await KnowledgeIndex.train(entries, 'en'),
      // A model trained before, whose classifier knows every row apart.
      KnowledgeIndex.fromModel(entries, 'en', (await KnowledgeIndex.train(entries.slice(1, 2), 'en')).model()!),
    ]) {
      // No "did you mean" between two ways of asking for the same answer; the row whose question
      // matched best names the match (its own answer, the same but for a line end).
      const match = await index.match('please cancel the plan');
      expect(match).toMatchObject({ question: 'Cancel my plan', alternatives: [] });
      expect(match!.answer.trim()).toBe(cancel);
      expect(match!.score).toBeGreaterThanOrEqual(0.4);
      // Three rows of one answer say "plan" once: it is as telling as in any other question.
      expect((await index.match('i want to end it'))?.question).toBe('I want to end my plan');
      expect((await index.match('how do I cancel the plan'))?.question).toBe('How do I cancel my plan?');
      expect((await index.match('I want to end my plan'))?.question).toBe('I want to end my plan');
    }
  });

  it('reads a message of any size a channel allows without running out of memory: a flood is read by its ends', async () => {
    const index = await KnowledgeIndex.train(
      [entry('How do I cancel my plan?', 'Use Plan > Cancel.'), entry('How do I pay my bill?', 'Billing > Pay now.')],
      'en',
    );
    // One "word" of 64 KiB: a speller trying every edit of it would need hundreds of gigabytes.
    expect(await index.match('a'.repeat(65_536))).toBeUndefined();
    // The question at the end of a long message is still the one found (the filler weighs against it).
    const filler = 'lorem ipsum dolor sit amet '.repeat(2_500);
    expect((await index.match(`${filler} how do I cancel my plan?`))?.question).toBe('How do I cancel my plan?');
  });

  it('has no answer for an unrelated question or an empty knowledge base', async () => {
    const index = await KnowledgeIndex.train(
      [entry('What are your opening hours?', 'We open at 9'), entry('Where is your office?', 'In Rio')],
      'en',
    );
    expect(await index.match('pizza recipe with pineapple')).toBeUndefined();
    expect(await (await KnowledgeIndex.train([], 'en')).match('anything')).toBeUndefined();
  });
});

describe('.gbkb tabular import', () => {
  it('reads subjects split on dots, from, to, question and answer', () => {
    const entries = parseKnowledgeCsv(
      'subjects,from,to,question,answer\nBilling.Invoices,ana,,Where is my invoice?,"In the portal, under Billing."\n',
      'faq.csv',
    );
    expect(entries).toEqual([
      {
        subjects: ['Billing', 'Invoices'],
        from: 'ana',
        to: null,
        question: 'Where is my invoice?',
        answer: 'In the portal, under Billing.',
        format: 'text',
      },
    ]);
  });

  it('reports a bad row with its file and line', () => {
    expect(() => parseKnowledgeCsv('subjects,question,answer\nA,Q1,A1\nB,Q2,\n', 'bot.gbkb/faq.csv')).toThrow(
      'bot.gbkb/faq.csv:3: the answer to "Q2" is empty',
    );
    expect(() => parseKnowledgeCsv('subjects,question\nA,Q1\n', 'faq.csv')).toThrow(
      'faq.csv:1: the header has no "answer" column',
    );
    expect(() => parseKnowledgeCsv('subjects,question,answer\na.b.c.d.e,Q,A\n', 'faq.csv')).toThrow(
      'faq.csv:2: subjects has 5 levels; at most 4',
    );
    expect(() => parseKnowledgeCsv('question,answer\n"unclosed,A\n', 'faq.csv')).toThrow(/^faq.csv: /);
  });
});

describe('subjects.json', () => {
  it('flattens the General Bots subject tree, with descriptions', async () => {
    const { parseSubjectsJson } = await import('./index.js');
    expect(
      parseSubjectsJson(
        '[{"title":"Billing","description":"Money","children":[{"title":"Invoices"}]},{"title":"Hours"}]',
        's.json',
      ),
    ).toEqual([
      { path: ['Billing'], description: 'Money' },
      { path: ['Billing', 'Invoices'], description: undefined },
      { path: ['Hours'], description: undefined },
    ]);
    expect(() => parseSubjectsJson('{"title":"x"}', 'kb/subjects.json')).toThrow(
      'kb/subjects.json: the top level must be a list of subjects',
    );
    expect(() => parseSubjectsJson('[{"description":"no title"}]', 'kb/subjects.json')).toThrow(
      'kb/subjects.json: the top level[0] has no title',
    );
    expect(() =>
      parseSubjectsJson(
        '[{"title":"a","children":[{"title":"b","children":[{"title":"c","children":[{"title":"d","children":[{"title":"e"}]}]}]}]}]',
        's.json',
      ),
    ).toThrow(/deeper than four levels/);
    expect(() => parseSubjectsJson('[', 's.json')).toThrow(/not valid JSON/);
  });
});

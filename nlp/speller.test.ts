import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../test-fixtures/knowledge.js';
import { createAnalyzer } from './analyzer.js';
import { KnowledgeIndex } from './index.js';
import { Speller } from './speller.js';

const speller = (language: string, texts: string[]) =>
  new Speller(language, texts, [], createAnalyzer(language).lexicon);

describe('the speller', () => {
  const en = speller('en', ['How do I pause my family plan?', 'How do I change my password?', 'Reset the router.']);

  it('puts right a letter left out, doubled, changed or swapped, by the words the knowledge base uses', () => {
    expect(en.correct('how do I pause my faimly plan')).toBe('how do I pause my family plan');
    expect(en.correct('change my pasword')).toBe('change my password');
    expect(en.correct('chnage my passsword')).toBe('change my password');
    expect(en.correct('resey the ruoter')).toBe('reset the router');
  });

  it('reads a word drawn out for emphasis as the word, in each language', () => {
    expect(en.correct('hiiii, how do I chaaange my password pleaseeee')).toBe('hi, how do I change my password please');
    expect(en.correct('my plan is soooo expensive')).toBe('my plan is so expensive');
    const pt = speller('pt', ['Como troco minha senha?', 'Obrigado']);
    expect(pt.correct('oiii, como trocooo minha senhaaa')).toBe('oi, como troco minha senha');
    expect(pt.correct('obrigadooo')).toBe('obrigado');
    const es = speller('es', ['¿Cómo cambio mi contraseña?', 'Gracias']);
    expect(es.correct('holaaa, graciasss')).toBe('hola, gracias');
    // A key held down: "passsssword" is "password"; "psssword", no word either way, is a typo of it.
    expect(en.correct('change my passsssword')).toBe('change my password');
    expect(en.correct('change my psssword')).toBe('change my password');
  });

  it('leaves the names of other companies alone: PayPal is no "papal"', () => {
    const bank = speller('en', ['How do I open an account?', 'How do I close my account?']);
    expect(bank.correct('how do I open a paypal account')).toBe('how do I open a paypal account');
  });

  it('leaves real words alone, even one letter from a word it knows', () => {
    // "passport" is two letters from "password", "bake" one from "make": words of their own.
    expect(en.correct('renew my passport')).toBe('renew my passport');
    expect(en.correct('how do I bake a cake')).toBe('how do I bake a cake');
    // Words it cannot place are left as they are: too far, too short, or another first letter.
    expect(en.correct('pause my xyzzy plan')).toBe('pause my xyzzy plan');
    expect(en.correct('my famly rtr')).toBe('my family rtr');
    expect(en.correct('pause my gamily plan')).toBe('pause my gamily plan');
  });

  it('leaves a verb with a pronoun written onto it alone, a word the lists lack: "mandarme" is no "mándame"', () => {
    const analyzer = createAnalyzer('es');
    const texts = ['Mándame la factura', '¿Cómo pido presupuesto?'];
    // No lexicon: the lists' own phrases may say the word ("mandarme otra").
    const none = new Set<string>();
    const es = new Speller('es', texts, [], none, undefined, (word) => analyzer.base(word));
    expect(es.correct('podéis mandarme la factura')).toBe('podéis mandarme la factura');
    // A typo is still put right.
    expect(es.correct('pido presupusto')).toBe('pido presupuesto');
    // Without the language's derivations it would be taken for a typo.
    expect(new Speller('es', texts, [], none).correct('mandarme la factura')).toBe('mandame la factura');
  });

  it('takes a word of the language one edit away for the typo when a question says what it means', async () => {
    const index = await KnowledgeIndex.train(
      knowledgeBase([
        ['How do I activate my debit card?', 'Make a chip and PIN purchase.'],
        ['How do I close my account?', 'Under Profile > Close account.'],
      ]),
      'en',
    );
    // "activation" is no word of the questions, but it means what "activate" does.
    const activation = await index.match('card actiation');
    expect(activation?.question).toBe('How do I activate my debit card?');
    expect(activation?.score).toBeGreaterThanOrEqual(0.4);
    const pt = await KnowledgeIndex.train(
      knowledgeBase([
        ['Qual a data de vencimento da fatura?', 'Escolha o dia no app.'],
        ['Como pago a fatura?', 'Pelo app ou boleto.'],
      ]),
      'pt',
    );
    const due = await pt.match('que dia vrnce minha fatura');
    expect(due?.question).toBe('Qual a data de vencimento da fatura?');
    expect(due?.score).toBeGreaterThanOrEqual(0.4);
    // A word one edit away that means nothing the questions say is taken when people commonly write it.
    const plain = speller('en', ['How do I close my debit card?']);
    expect(plain.correct('card actiation')).toBe('card activation');
    expect(plain.correct('can I have an esim insyead')).toBe('can I have an esim instead');
  });

  it('takes a word of the language people rarely write for a typo of a word the knowledge base uses', () => {
    // "thans", "pone" and "souce" are in the language's lists (an old spelling, a cornbread, a
    // dialect word), but nobody means them here; "bake" and "moth" are words people write.
    const shop = speller('en', [
      'Thanks',
      'How do I return a phone?',
      'Is it open source?',
      'How do I make a complaint?',
      'Why is my bill higher this month?',
    ]);
    expect(shop.correct('thans a lot')).toBe('thanks a lot');
    expect(shop.correct('I want to send my pone back')).toBe('I want to send my phone back');
    expect(shop.correct('can I see the souce code')).toBe('can I see the source code');
    expect(shop.correct('how do I bake a cake')).toBe('how do I bake a cake');
    expect(shop.correct('a moth in my bill')).toBe('a moth in my bill');
    const bank = speller('pt', ['Como pago a conta?', 'Como vejo meu saldo?']);
    expect(bank.correct('esqueci a senha da minha cinta')).toBe('esqueci a senha da minha conta');
    expect(bank.correct('ver sado')).toBe('ver saldo');
    // Nor is a word of the language a longer one with a letter added ("toyo" is not "too").
    expect(speller('en', ['Is it too late?']).correct('the time in toyo')).toBe('the time in toyo');
  });

  it('takes the likeliest slip when a typo is one edit from two words: a letter left out before one added', () => {
    const both = speller('en', [
      'What if the server restarts?',
      'What do you serve?',
      'Can I book?',
      'How do I block a number?',
    ]);
    expect(both.correct('what if the servr restarts')).toBe('what if the server restarts');
    // A key next to the right one ("o" above "l") before a letter added.
    expect(both.correct('boock a number')).toBe('block a number');
    const pt = speller('pt', ['Como pagar?', 'Para quem?', 'Perdi meu cartão', 'Pedi um cartão']);
    // Two letters swapped before a letter added; a key next to the right one before a letter doubled.
    expect(pt.correct('pagra a fatura')).toBe('pagar a fatura');
    expect(pt.correct('peedi meu cartão')).toBe('perdi meu cartão');
  });

  it('takes a three-letter word that is none for the likeliest slips only, and reads a contraction whole', () => {
    const telecom = speller('en', ['How do I pay my bill?', 'How do I reset the bot?', 'Can I get a PIN?']);
    expect(telecom.correct('hiw do I pay my bill')).toBe('how do I pay my bill');
    expect(telecom.correct('reset the bto')).toBe('reset the bot');
    // A word of the language ("god"), or an abbreviation in capitals, is meant as written.
    expect(telecom.correct('god bill')).toBe('god bill');
    expect(telecom.correct('pay the IRS')).toBe('pay the IRS');
    // "isn't" is one word ("isnt"), as the analyzer reads it: not "isn" and "t".
    expect(telecom.correct("my bill isn't paid")).toBe("my bill isn't paid");
    const works = speller('en', ['How does it work?', 'My phone does not work']);
    expect(works.correct("it doesn't work")).toBe("it doesn't work");
    const pix = speller('pt', ['Como mando um pix?', 'Como faço um pagamento?']);
    expect(pix.correct('como fco um pagamento')).toBe('como faco um pagamento');
  });

  it("knows the knowledge base's synonyms, and a typo of a word it writes in two is the two words", () => {
    const analyzer = createAnalyzer('en', [['source code', 'repo', 'repository']]);
    const demo = new Speller('en', ['Where is the source code?', 'What is Direct Line?'], [], analyzer.lexicon);
    expect(demo.correct('link to the repo')).toBe('link to the repo');
    expect(demo.correct("what's directtline")).toBe("what's direct line");
  });

  it('reads a word written as one where the knowledge base writes it in two', () => {
    const airline = new Speller(
      'en',
      ['How do I check in online?', 'How do I choose my seat?'],
      ['Pick a seat during online check-in.'],
      createAnalyzer('en').lexicon,
    );
    expect(airline.correct('can I checkin online')).toBe('can I check in online');
    expect(airline.correct('web check-in')).toBe('web check in');
    // A one-letter word and the next are no word written in two: "ipad" is no typo of "I pay".
    const telecom = new Speller('en', ['How do I pay my bill?'], [], createAnalyzer('en').lexicon);
    expect(telecom.correct('can you fix my ipad')).toBe('can you fix my ipad');
  });

  it('allows two edits from eight letters, and reads words without their accents', () => {
    expect(en.correct('change my pasword')).toBe('change my password');
    expect(en.correct('change my paswrd')).toBe('change my paswrd');
    expect(en.correct('change my passwrod')).toBe('change my password');
    const pt = speller('pt', ['Como desbloqueio meu cartão?']);
    expect(pt.correct('como desbloqueio meu crtão')).toBe('como desbloqueio meu cartao');
    expect(pt.correct('como desbloqueio meu cartao')).toBe('como desbloqueio meu cartao');
    const es = speller('es', ['¿Cuánto tarda el envío?']);
    expect(es.correct('cuanto tarda el enviio')).toBe('cuanto tarda el envio');
  });

  it('has the knowledge index answer a question with a typo in the word that tells it apart', async () => {
    const rows: Array<[string, string]> = [
      ['How do I pause my family plan?', 'Plan > Pause.'],
      ['How do I pause my mobile plan?', 'Mobile > Pause.'],
      ['Como bloqueio meu cartão perdido?', 'App > Cartões > Bloquear.'],
    ];
    const entries = knowledgeBase(rows);
    const index = await KnowledgeIndex.train(entries.slice(0, 2), 'en');
    expect((await index.match('How do I pause my faimly plan?'))?.question).toBe('How do I pause my family plan?');
    expect((await index.match('how do i pause my moblie plan'))?.question).toBe('How do I pause my mobile plan?');
    const pt = await KnowledgeIndex.train(entries.slice(2), 'pt');
    const match = await pt.match('perdi meu carto');
    expect(match?.question).toBe('Como bloqueio meu cartão perdido?');
    expect(match!.score).toBeGreaterThanOrEqual(0.4);
  });
});

/**
 * A 1,000-question knowledge base for eval:answers, made here rather than written out: a telecom
 * shop's self-service catalogue, every action on every product ("How do I pause my fibre
 * internet?"), so most questions have near-duplicates that differ by one word (the same action on
 * another product, another action on the same product). Each of a deterministic sample of
 * questions is asked once, in a way people do (a paraphrase, a synonym of the action or of the
 * product, a typo, terse words, lower case without punctuation), with its kind; off-topic questions
 * include ones that share the catalogue's verbs or nouns. Every third phrasing is held out.
 */

import { random } from './typos.js';

interface CatalogSet {
  name: string;
  language: string;
  questions: Array<{ q: string; a: string }>;
  asked: Array<[string, number, string, string]>;
  offTopic: Array<[string, string]>;
}

const PRODUCTS: Array<[string, string[]]> = [
  ['mobile plan', ['phone plan', 'cell plan']],
  ['fibre internet', ['fiber broadband', 'home internet']],
  ['TV package', ['television bundle', 'tv subscription']],
  ['landline', ['home phone line', 'fixed line']],
  ['smartwatch plan', ['watch plan', 'wearable plan']],
  ['router', ['wifi box', 'modem']],
  ['SIM card', ['sim', 'sim chip']],
  ['eSIM', ['e-sim', 'digital sim']],
  ['prepaid balance', ['pay as you go credit', 'prepaid credit']],
  ['roaming pack', ['travel pack', 'roaming bundle']],
  ['family plan', ['shared plan', 'family bundle']],
  ['business line', ['company line', 'work line']],
  ['tablet plan', ['ipad plan', 'tablet data plan']],
  ['streaming add-on', ['streaming extra', 'video add-on']],
  ['data booster', ['extra data', 'data top-up']],
  ['international calls pack', ['overseas calls bundle', 'international minutes']],
  ['device insurance', ['phone insurance', 'handset cover']],
  ['voicemail', ['voice mail', 'answering service']],
  ['parental controls', ['child lock', 'kids filter']],
  ['email account', ['mailbox', 'webmail account']],
];

const ACTIONS: Array<[string, string[]]> = [
  ['cancel', ['terminate', 'end']],
  ['upgrade', ['improve', 'move up']],
  ['downgrade', ['lower', 'move down']],
  ['pause', ['suspend', 'freeze']],
  ['renew', ['extend', 'prolong']],
  ['activate', ['turn on', 'enable']],
  ['deactivate', ['turn off', 'disable']],
  ['transfer', ['move', 'hand over']],
  ['pay for', ['pay', 'settle the bill for']],
  ['get a refund for', ['get my money back for', 'be reimbursed for']],
  ['report a fault with', ['report a problem with', 'complain about a fault in']],
  ['return', ['send back', 'give back']],
  ['replace', ['swap', 'exchange']],
  ['check the usage of', ['see the consumption of', 'look at the usage of']],
  ['change the PIN of', ['reset the PIN of', 'update the PIN of']],
  ['set up', ['configure', 'install']],
  ['share', ['split', 'give access to']],
  ['add a second user to', ['add another person to', 'add someone to']],
  ['see the contract of', ['read the terms of', 'view the agreement of']],
  ['change the billing date of', ['move the payment day of', 'change the due date of']],
  ['restart', ['reboot', 'power cycle']],
  ['block', ['lock', 'bar']],
  ['unblock', ['unlock', 'unbar']],
  ['buy', ['purchase', 'order']],
  ['find the price of', ['see how much costs', 'know the cost of']],
  ['move to my new address', ['take to my new home', 'relocate to my new house']],
  ['change the name on', ['rename', 'update the holder of']],
  ['get an invoice for', ['download a receipt for', 'get a bill copy for']],
  ['track the delivery of', ['follow the shipment of', 'see where is']],
  ['check the speed of', ['test the speed of', 'measure the speed of']],
  ['set a spending limit on', ['cap spending on', 'limit the cost of']],
  ['see the history of', ['view past activity of', 'look at the records of']],
  ['update the payment card for', ['change the card for', 'replace the credit card for']],
  ['turn on auto-renewal for', ['enable automatic renewal for', 'switch on autorenew for']],
  ['turn off auto-renewal for', ['disable automatic renewal for', 'switch off autorenew for']],
  ['transfer my number to', ['port my number to', 'keep my number with']],
  ['get support for', ['get help with', 'speak to someone about']],
  ['check the coverage of', ['see the signal map of', 'look at the network coverage of']],
  ['compare plans for', ['compare offers for', 'see the options for']],
  ['get a discount on', ['get a deal on', 'get cheaper']],
  ['recover the password of', ['reset the password of', 'get back into']],
  ['check the warranty of', ['see the guarantee of', 'look at the warranty for']],
  ['schedule a technician for', ['book an engineer for', 'arrange a technician visit for']],
  ['cancel a technician visit for', ['call off the engineer for', 'cancel the appointment for']],
  ['add insurance to', ['insure', 'add cover to']],
  ['change the plan of', ['switch the plan of', 'swap the plan of']],
  ['see the bill of', ['view the statement of', 'look at the charges of']],
  ['dispute a charge on', ['contest a charge on', 'challenge a charge on']],
  ['get a loyalty reward for', ['claim loyalty points for', 'get a loyalty bonus for']],
  ['close the account of', ['shut the account of', 'delete the account of']],
];

const OFF_TOPIC = [
  'How do I cook rice?',
  'Who won the football world cup in 2022?',
  'What is the capital of Australia?',
  'How do I cancel my gym membership?',
  'How do I renew my passport?',
  'How do I upgrade my car engine?',
  'Can you recommend a good book?',
  'How do I pay my property tax?',
  'What time does the bakery open?',
  'How do I reset my bank password?',
  'How do I return shoes I bought online?',
  'How do I block someone on Instagram?',
  'How do I change my hair colour?',
  'Tell me a joke',
  'How tall is Mount Everest?',
  'How do I track a parcel from the post office?',
  'How do I book a flight to Lisbon?',
  'What is the weather tomorrow?',
  'How do I transfer money to my sister?',
  'How do I install a washing machine?',
  'How do I get a refund for my concert ticket?',
  'How do I set up a vegetable garden?',
  'How do I pause a Netflix download?',
  'Who painted the Mona Lisa?',
  'How do I learn to play guitar?',
  'How do I find the price of gold today?',
  'How do I change the PIN of my bank card?',
  'How do I check the speed of my car?',
  'How do I buy a house?',
  'What is the meaning of life?',
];

/** Two letters swapped in a word of six letters or more (the catalogue keeps its own draws, so its set stays the same). */
function typo(text: string, next: () => number): string {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 6);
  if (long.length === 0) return text;
  const [word, at] = long[Math.floor(next() * long.length)]!;
  const i = 1 + Math.floor(next() * (word.length - 3));
  words[at] = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return words.join(' ');
}

export function catalogSet(): CatalogSet {
  const questions: CatalogSet['questions'] = [];
  for (const [action] of ACTIONS)
    for (const [product] of PRODUCTS)
      questions.push({
        q: `How do I ${action} my ${product}?`,
        a: `To ${action} your ${product}, open My Account > ${product} and choose "${action}".`,
      });
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const asked: CatalogSet['asked'] = [];
  const kinds = ['paraphrase', 'action synonym', 'product synonym', 'typo', 'terse', 'lower case'] as const;
  for (let n = 0; n < 300; n++) {
    const index = Math.floor(next() * questions.length);
    const [action, actionSynonyms] = ACTIONS[Math.floor(index / PRODUCTS.length)]!;
    const [product, productSynonyms] = PRODUCTS[index % PRODUCTS.length]!;
    const kind = kinds[n % kinds.length]!;
    const text =
      kind === 'paraphrase'
        ? pick([
            `I want to ${action} my ${product}`,
            `can you help me ${action} my ${product}`,
            `how can I ${action} the ${product}`,
          ])
        : kind === 'action synonym'
          ? `How do I ${pick(actionSynonyms)} my ${product}?`
          : kind === 'product synonym'
            ? `How do I ${action} my ${pick(productSynonyms)}?`
            : kind === 'typo'
              ? typo(`How do I ${action} my ${product}?`, next)
              : kind === 'terse'
                ? `${action} ${product}`
                : `how do i ${action} my ${product.toLowerCase()}`;
    asked.push([text, index, kind, n % 3 === 2 ? 'held-out' : 'tune']);
  }
  return {
    name: 'catalogue (en)',
    language: 'en',
    questions,
    asked,
    offTopic: OFF_TOPIC.map((q, i) => [q, i % 3 === 2 ? 'held-out' : 'tune']),
  };
}

import { StemmerEn, StopwordsEn } from '@nlpjs/lang-en';
import { agesOf, childAges, formsOf, olderAges, type Language } from './language.js';

/** Nouns made from verbs that the stemmer does not bring to their verb ("admission" is "admit"). */
const NOUNS_OF_VERBS = [
  ['admit', 'admission admissions'],
  // "Settings" would stem as "set", an everyday verb.
  ['configure', 'settings setting configuration'],
  ['submit', 'submission'],
  ['permit', 'permission'],
  ['recover', 'recovery'],
  ['verify', 'verification'],
  ['notify', 'notification notifications'],
  ['identify', 'identification'],
  ['describe', 'description'],
  ['sign', 'signature'],
  ['enter', 'entry'],
  ['maintain', 'maintenance'],
  ['depart', 'departure departures'],
  ['register', 'registration'],
  ['modify', 'modification'],
  ['suspend', 'suspension'],
] as const;

/**
 * Words that share a stem with a word of a synonym group but mean something else, read as another
 * word: "personal" is no "person" (support), "quite" no "quit" (cancel).
 */
/** Plurals the stemmer does not bring to their word ("mice" is "mouse"). */
const IRREGULAR_PLURALS = [
  ['mouse', 'mice'],
  ['louse', 'lice'],
  ['tooth', 'teeth'],
  ['foot', 'feet'],
  ['goose', 'geese'],
  ['man', 'men'],
  ['woman', 'women'],
  ['knife', 'knives'],
  ['shelf', 'shelves'],
  ['leaf', 'leaves'],
  ['wolf', 'wolves'],
  ['thief', 'thieves'],
] as const;

const STEM_TWINS = [
  ['individual', 'personal personally'],
  ['rather', 'quite'],
  // A port's or an airport's terminal is no termination (which the stemmer makes it), nor is an
  // accountant an account.
  ['terminus', 'terminal terminals'],
  ['bookkeeper', 'accountant accountants accountancy'],
  // Words the stemmer makes those of a synonym group's word that mean something else: an engine
  // is no engineer, an activity no activating, a coworking space no coworker, to provide no
  // provider, a fuse tripping no trip abroad.
  ['motor', 'engine engines'],
  ['pastime', 'activity activities'],
  ['workspace', 'coworking'],
  ['supply', 'provide provides provided providing'],
  ['fuse', 'tripping tripped'],
  // Mobility (a mobility scooter, mobility needs) is getting about, not a mobile phone.
  ['accessible', 'mobility'],
  // Sunny weather is no sunglasses ("sunnies"), packing no package.
  ['sunshine', 'sunny'],
  ['wrapping', 'packing'],
] as const;

/** Question words as people type them in a hurry. */
const CHAT_SPELLINGS = [
  ['how', 'hw hows'],
  ['when', 'wen'],
  ['what', 'wat wut whats'],
  ['where', 'wer wheres whereabouts'],
] as const;

const IRREGULAR_VERBS = [
  ['pay', 'paid'],
  ['bus', 'buses busses'],
  ['overdraft', 'overdrawn'],
  ['proof', 'prove proves proving proved'],
  ['find', 'found'],
  ['choose', 'chose chosen'],
  ['run', 'ran'],
  ['feed', 'fed'],
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
  ['sweep', 'swept'],
  // Contractions of question words ("what's", "where's") lose their apostrophe.
  ['what', 'whats'],
  ['where', 'wheres'],
  ['how', 'hows'],
  ['who', 'whos'],
  ['when', 'whens'],
  ['why', 'whys'],
  // Whose a thing is asks who ("whose project is this?").
  ['who', 'whose'],
  // Goods are merchandise, no "good" (an everyday word).
  ['merchandise', 'goods'],
] as const;

/** Ordinals written with figures ("1st", "22nd"), as a date or a birthday says them. */
const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINALS = Array.from({ length: 31 }, (_, i) => `${i + 1}${ORDINAL_SUFFIXES[ordinalRules.select(i + 1)]}`);

/** The ways of saying one does not do a thing ("doesn't eat meat"). */
const DO_NOT = ['dont', 'doesnt', 'do not', 'does not'];

/** Who a greeting or thanks may be said to ("hi guys", "cheers mate"). */
const ADDRESSED = ['mate', 'guys', 'folks', 'all', 'everyone', 'there'];

/** What has not come yet, said of a thing ordered ("my parcel hasn't turned up"). */
const NOT_COME = [
  'has not arrived',
  'hasnt arrived',
  'never arrived',
  'never came',
  'has not turned up',
  'hasnt turned up',
];

/** The days of the week. */
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * The numbers two to seventeen in words, by value, as a child's age is said ("my son is nine"); one
 * is left out ("a year" is as often a term as an age).
 */
const NUMBER_NAMES = [
  ...['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ...['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen'],
];

export const english: Language = {
  stemmer: () => new StemmerEn(),
  stopwords: [
    ...Object.keys(new StopwordsEn().dictionary),
    // Contractions and chat shorthand, as they are typed.
    ...['im', 'ive', 'id', 'ill', 'youre', 'theyre', 'its', 'thats', 'theres', 'heres', 'lets'],
    ...['she', 'shes', 'hes'],
    ...['weve', 'youve', 'theyve', 'wed', 'youd', 'theyd', 'itll', 'youll', 'theyll', 'yall', 'wheres'],
    ...['dont', 'doesnt', 'didnt', 'cant', 'cannot', 'wont', 'isnt', 'arent', 'wasnt', 'werent'],
    ...['havent', 'hasnt', 'couldnt', 'wouldnt', 'shouldnt', 'u', 'ur', 'r', 'ya', 'yet', 'also'],
    ...['still', 'just', 'really', 'already', 'even', 'ever', 'there', 'here', 'us', 'mine', 'yours'],
    // A preposition the library's list lacks ("bring my number across").
    'across',
    ...['anything', 'everything', 'nothing', 'somehow', 'maybe', 'actually', 'currently', 'right'],
    ...[
      'now',
      'asap',
      'urgently',
      'urgent',
      'quickly',
      'exactly',
      'possible',
      'lot',
      'lots',
      'every',
      'per',
      'no',
      'ago',
      'anymore',
    ],
  ],
  asking: [
    ...['will', 'shall', 'should', 'must', 'please', 'pls', 'plz', 'thanks', 'thank', 'hi', 'hello'],
    ...['gonna', 'gotta'],
    ...['hey', 'tell', 'know', 'want', 'wanna', 'like', 'need', 'can', 'could', 'would', 'may', 'needs', 'wants'],
    ...['might', 'let', 'get', 'got', 'anyone', 'someone', 'somebody', 'help', 'question', 'way'],
    // "Someone's" or "anyone's" is someone is ("someone's been using my login"), no word of what is asked.
    ...['anyones', 'someones', 'anybodys', 'somebodys'],
    ...['mandatory', 'compulsory', 'obligatory'],
    ...['ok', 'okay', 'trying', 'tried', 'looking', 'wondering', 'wonder', 'hoping', 'explain', 'sure'],
    // Greetings and forms of address around a question.
    ...['guys', 'team', 'sir', 'madam', 'dear', 'sorry', 'excuse'],
    ...['quick', 'question', 'questions', 'hope', 'well', 'anybody', 'everyone', 'folks'],
    ...['possibly', 'kindly', 'kind', 'writing', 'ask', 'asking', 'inquire', 'enquire', 'inquiring', 'enquiring'],
    ...[
      'reaching',
      'advise',
      'assist',
      'appreciate',
      'appreciated',
      'advance',
      'regards',
      'sincerely',
      'greetings',
      'hopefully',
      ...['idk', 'asap', 'pleaseee', 'plse', 'thnx', 'tnx'],
    ],
  ],
  questionWords: ['when', 'where', 'why', 'who', 'which', 'how', 'what'],
  light: [
    // The story around a question: feelings, when, who.
    ...['worried', 'worry', 'frustrating', 'frustrated', 'annoying', 'annoyed', 'upset', 'angry', 'lately'],
    ...['recently', 'almost', 'evening', 'morning', 'afternoon', 'customer', 'properly', 'correctly'],
    ...['make', 'do', 'does', 'did', 'get', 'have', 'has', 'use', 'find', 'see', 'look', 'go', 'browse'],
    ...['give', 'take', 'put', 'work', 'show', 'keep', 'send', 'come', 'say', 'try', 'new', 'good'],
    ...['one', 'thing', 'something', 'much', 'many', 'some', 'any', 'time', 'day', 'today'],
    ...['tomorrow', 'near', 'far', 'where', 'what', 'how', 'who', 'which', 'why', 'set', 'able'],
    ...['other', 'another', 'different', 'more', 'less', 'big', 'small', 'long', 'whole', 'again', 'instead'],
    // Adjectives of time and order that qualify without changing what is asked about.
    ...['monthly', 'yearly', 'annual', 'weekly', 'daily', 'current', 'old', 'last', 'next', 'previous'],
    ...['first', 'own', 'main', 'yesterday', 'week', 'month', 'year', 'recent', 'latest'],
    // Which one in order ("her 3rd birthday", "on the 12th") says when, not what.
    ...['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', ...ORDINALS],
    // Amounts say how much of a thing, not which thing.
    ...['two', 'three', 'four', 'five', 'six', 'ten', 'hundred', 'thousand'],
    ...['seven', 'eight', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty'],
    // Not "nine": the speller brings unknown words to a known one, and "nile" would become an amount.
    ...['thirteen', 'fourteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
    ...['sixty', 'seventy', 'eighty', 'ninety'],
    ...['pound', 'pounds', 'cent', 'cents', 'minute', 'minutes', 'days', 'weeks', 'months'],
    ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october'],
    ...['november', 'december', ...WEEKDAYS, 'saturdays', 'sundays', 'weekend', 'weekends'],
    // Where the asker is says little of what is asked ("a power cut in my area", "anywhere to park").
    'area',
    'anywhere',
    'code',
    // "at the moment": when, not what.
    'moment',
    // Where in a street or a home a thing happens ("in my street", "in the kitchen").
    ...['street', 'neighbourhood', 'neighborhood', 'kitchen', 'bathroom', 'bedroom'],
    // The people a message is about, not what it asks.
    ...['son', 'daughter', 'wife', 'husband', 'mother', 'father', 'mom', 'mum', 'dad', 'kid', 'kids'],
    ...['child', 'children', 'friend', 'brother', 'sister', 'partner', 'boss', 'family member'],
    ...['girlfriend', 'boyfriend', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'colleague'],
    ...['baby', 'babies', 'toddler', 'infant'],
    ...[
      'gran',
      'grandad',
      'granddad',
      'grandson',
      'granddaughter',
      'granny',
      'nan',
      'nana',
      'grandparents',
      'grandchildren',
    ],
    ...['aunt', 'auntie', 'uncle', 'niece', 'nephew', 'cousin', 'stepson', 'stepdaughter', 'fiance', 'fiancee'],
    ...['flatmate', 'flatmates', 'housemate', 'housemates', 'roommate', 'roommates'],
    // A request for information says nothing of what it is about, nor asking for the steps of it.
    ...['info', 'information', 'details', 'detail', 'step', 'steps', 'procedure'],
  ],
  synonyms: [
    // A staircase is the stairs.
    ['stairs', 'staircase', 'staircases', 'stairway'],
    // A renter is a tenant.
    ['tenant', 'tenants', 'renter', 'renters'],
    // Fizz is champagne (bubbly too: an idiom, see there).
    ['champagne', 'fizz'],
    // Malicious software however named.
    ['virus', 'viruses', 'malware', 'spyware', 'ransomware', 'trojan'],
    // Faking a thing however said: forged, spoofed, counterfeit.
    ['fake', 'fakes', 'faked', 'forge', 'forges', 'forged', 'spoof', 'spoofs', 'spoofed', 'counterfeit'],
    // A zip said the American way.
    ['zip', 'zips', 'zipper', 'zippers'],
    // A unit written short is the unit ("price per kg").
    ['kilo', 'kg', 'kilos', 'kgs', 'kilogram', 'kilograms'],
    // Glasses said the British way.
    ['glasses', 'specs', 'spectacles'],
    ['sunglasses', 'sunnies'],
    ['racket', 'rackets', 'racquet', 'racquets'],
    ['children', 'kid', 'kids', 'kiddies', 'teenager', 'teenagers', 'teen', 'teens'],
    ['bill', 'invoice', 'statement', 'receipt'],
    ['cancel', 'terminate', 'close', 'end', 'quit', 'discontinue', 'disconnect', 'stop', 'shut down'],
    ['buy', 'purchase', 'order'],
    // Sheets and duvets are the bedding; a berth is a place to sleep (a van's, a boat's).
    ['bedding', 'bed linen', 'sheets', 'bedsheets', 'duvet', 'duvets', 'pillowcases'],
    ['sleep', 'berth', 'berths'],
    // What was refurbished or reconditioned is sold second-hand.
    ['secondhand', 'refurbished', 'reconditioned'],
    ['price', 'cost', 'fee', 'charge', 'rate', 'pricing', 'quote', 'quotation', 'fare'],
    ['refund', 'reimbursement', 'reimburse', 'money back', 'repayment', 'compensation'],
    ['start', 'run', 'launch', 'begin', 'execute', 'boot'],
    ['fix', 'repair', 'solve'],
    ['phone', 'mobile', 'cellphone', 'cell', 'smartphone', 'handset', 'iphone', 'android phone'],
    ['password', 'passcode', 'passphrase', 'pwd', 'pw', 'login details', 'log in details', 'sign in details'],
    ['ebike', 'e bike', 'ebikes', 'e bikes', 'electric bike', 'electric bikes'],
    ['puncture', 'flat tyre', 'flat tire'],
    ['leak', 'leaking', 'drip', 'dripping', 'drips'],
    ['motorhome', 'campervan', 'camper van', 'camper', 'motor home'],
    // What a customer owns and has moved, stored or insured.
    ['belongings', 'stuff', 'possessions'],
    ['photo', 'photos', 'picture', 'pictures', 'pics', 'pic', 'portrait', 'portraits', 'photography'],
    ['esim', 'e sim', 'digital sim', 'virtual sim', 'embedded sim', 'built in sim', 'sim built into'],
    ['revision', 'revising', 'revise', 'exam preparation', 'exam prep'],
    // Relocating is moving house.
    ['move', 'relocate', 'relocating', 'relocation'],
    ['login', 'log in', 'log into', 'log on', 'logging in', 'sign in', 'signin', 'logon'],
    ['username', 'user name', 'user id'],
    ['shipping', 'delivery', 'shipment', 'deliver', 'dispatch'],
    ['change', 'update', 'modify', 'edit', 'alter', 'reschedule', 'rebook', 'switch', 'adjust', 'tweak', 'amend'],
    ['setup', 'set up', 'configure', 'install', 'connect', 'hook up'],
    ['wifi', 'wireless', 'wlan', 'home network', 'wireless network'],
    ['loft', 'attic'],
    ['needle', 'syringe', 'syringes', 'sharps'],
    ['restore', 'refurb', 'refurbish', 'refurbishment'],
    ['cv', 'resume', 'resumes', 'curriculum vitae'],
    ['barrel', 'cask'],
    ['sunbed', 'sunbeds', 'sun bed', 'sun beds', 'tanning bed', 'tanning beds'],
    ['cartridge', 'cartridges', 'ammunition', 'ammo'],
    ['account', 'profile', 'acct'],
    // A real or live person is someone to talk to.
    [
      ...['help', 'support', 'assistance', 'agent', 'human', 'person', 'representative', 'operator', 'advisor', 'rep'],
      ...['live agent', 'real person', 'live person', 'actual person'],
    ],
    ['military', 'veteran', 'veterans', 'armed forces', 'service members'],
    ['contact', 'get in touch', 'reach', 'talk', 'speak', 'chat with', 'put me through to'],
    [
      ...['customer service', 'customer support', 'customer care', 'helpdesk', 'help desk', 'helpline'],
      ...['call center', 'call centers', 'call centre', 'call centres'],
    ],
    ['problem', 'issue', 'trouble', 'error', 'not working', 'fault', 'faults'],
    ['email', 'mail', 'post'],
    ['pause', 'suspend', 'freeze'],
    ['renew', 'extend', 'prolong'],
    ['restart', 'reboot', 'power cycle', 'reset'],
    ['unblock', 'unlock', 'unbar'],
    ['replace', 'exchange', 'swap'],
    ['return', 'send back', 'give back', 'hand back', 'post back'],
    ['activate', 'enable', 'turn on', 'switch on'],
    ['deactivate', 'disable', 'turn off', 'switch off'],
    ['delete', 'remove', 'erase', 'get rid of', 'clear', 'wipe'],
    ['hurt', 'painful', 'pain', 'sore'],
    ['design', 'drawing', 'drew', 'sketch'],
    [
      'scholarship',
      'scholarships',
      'bursary',
      'bursaries',
      'financial help',
      'financial aid',
      'financial support',
      'funding',
    ],
    ['transcript', 'copy of my grades', 'record of my grades', 'academic record'],
    ['store', 'shop', 'branch', 'outlet', 'showroom'],
    ['nearest', 'closest', 'nearby'],
    [
      'damaged',
      'broken',
      'defective',
      'faulty',
      'cracked',
      'smashed',
      'crushed',
      'dented',
      'crack',
      'torn',
      'ripped',
      'snapped',
      'ruined',
    ],
    [
      'lost',
      'missing',
      'misplaced',
      'disappear',
      'disappeared',
      'vanish',
      'vanished',
      'stolen',
      'theft',
      'robbed',
      // Taken from a pocket.
      'pickpocketed',
      'robbery',
      'nicked',
      'pinched',
      'snatched',
      // Lifted from a bag or a pocket.
      'lifted from',
      'burgled',
      'burglary',
      'burglar',
      'broken into',
      'breakin',
      'break in',
      'broke in',
    ],
    // Insurance: the share of a claim the customer pays, the discount for years without one.
    ['excess', 'deductible'],
    ['no claims bonus', 'no claims discount', 'no claim bonus', 'no claim discount', 'ncb', 'ncd'],
    // Sexually transmitted infections said in other words are STIs; going bald is hair loss.
    ['sti', 'stis', 'std', 'stds', 'sexually transmitted', 'sexual health screen', 'sexual health check', 'venereal'],
    ['hair loss', 'going bald', 'balding', 'losing my hair', 'receding hairline'],
    // A sick note is a fit note; hormone replacement is HRT.
    ['hrt', 'hormone replacement', 'hormone replacement therapy', 'hormone therapy'],
    ['fit note', 'sick note', 'sicknote', 'doctors note'],
    ['windscreen', 'windshield'],
    ['flood', 'flooded', 'flooding', 'water damage', 'burst pipe'],
    ['document', 'documents', 'certificate', 'certificates', 'paperwork', 'qualification', 'qualifications'],

    [
      'slow',
      ...['sluggish', 'laggy', 'lagging', 'crawling', 'slowly', 'running slow', 'running slowly', 'buffering'],
      ...['freezing', 'keeps freezing', 'keeps stopping', 'stuttering'],
    ],
    ['subtitles', 'subtitle', 'captions', 'caption'],
    ['hosepipe', 'hose', 'sprinkler'],
    ['electric car', 'ev', 'evs', 'electric vehicle', 'electric vehicles', 'electric cars'],
    [
      'braces',
      'brace',
      'invisalign',
      'aligners',
      'orthodontics',
      'orthodontic',
      'straighten my teeth',
      'straighten teeth',
    ],
    ['toothache', 'tooth ache', 'tooth pain', 'tooth hurts', 'teeth hurt', 'sore tooth'],
    ['discoloured', 'discolored', 'yellow', 'cloudy', 'murky'],
    ['tv', 'television', 'telly'],
    ['laptop', 'computer', 'pc', 'notebook', 'desktop', 'macbook'],
    ['ticket', 'support request', 'support ticket', 'service request', 'incident'],
    ['multifactor authentication', 'mfa', '2fa', 'two factor', 'two factor authentication', 'two step verification'],
    ['grade', 'grades', 'marks', 'exam results', 'test results'],
    ['housing', 'accommodation', 'dorm', 'dorms', 'dormitory', 'residence hall', 'halls of residence'],
    // A mobile network's generation ("my 4g is slow") is its mobile data.
    ['data', 'gigabytes', 'gigs', 'gb', 'megabytes', 'mobile data', '4g', '5g', '3g'],
    ['internet', 'broadband', 'lte', 'fiber', 'fibre', 'ftth'],
    [
      ...['plan', 'subscription', 'membership', 'tariff', 'contract', 'minimum term', 'package', 'bundle', 'pack'],
      'agreement',
    ],
    ['sport', 'sports', 'football', 'soccer', 'rugby', 'cricket', 'premier league', 'nfl', 'nba'],
    ['sport', 'world cup', 'champions league', 'super bowl', 'olympics', 'formula 1', 'formula one'],
    ['film', 'films', 'movie', 'movies', 'cinema'],
    ['parcel', 'box'],
    ['complaint', 'complain', 'grievance', 'escalate'],
    ['sofa', 'couch', 'settee'],
    ['folder', 'directory'],
    ['cctv', 'security camera', 'security cameras'],
    ['sample', 'swatch'],
    ['dispute', 'contest', 'chargeback', 'charged twice', 'double charged', 'appeal', 'challenge'],
    ['spam', 'junk', 'nuisance', 'robocall', 'robocalls', 'unwanted', 'telemarketing', 'telemarketer', 'cold calls'],
    ['history', 'call log', 'call logs'],
    ['hotspot', 'tethering', 'tether', 'personal hotspot', 'mobile hotspot'],
    [
      'autopay',
      'auto pay',
      'automatic payment',
      'automatic payments',
      'autopayment',
      'auto payment',
      'direct debit',
      'dd',
      'recurring payment',
      'standing order',
      'paid automatically',
      'pay automatically',
      'payments automatically',
      'payment automatically',
    ],
    [
      'international',
      'abroad',
      'overseas',
      'foreign',
      'another country',
      'other countries',
      'travel',
      'trip',
      'holiday',
      'vacation',
      'roaming',
    ],
    // A country named is somewhere abroad (for roaming, shipping, calls).
    [
      'international',
      'spain',
      'france',
      'italy',
      'germany',
      'portugal',
      'brazil',
      'mexico',
      'argentina',
      'chile',
      'colombia',
      'peru',
      'canada',
      'usa',
      'united states',
      'the states',
      'the us',
      'america',
      'uk',
      'england',
      'ireland',
      'china',
      'japan',
      'india',
      'australia',
      'europe',
      'asia',
      'africa',
      'switzerland',
      'netherlands',
      'belgium',
      'pakistan',
      'nigeria',
      'poland',
      'romania',
      'turkey',
      'philippines',
      'bangladesh',
      'south africa',
      'greece',
      'sweden',
      'dubai',
    ],
    ['extra', 'additional', 'add on', 'addon', 'bolt on', 'bolton', 'top up', 'topup', 'recharge', 'reload'],
    ['prepaid', 'pay as you go', 'payg', 'pre paid'],
    ['upgrade', 'step up', 'move up'],
    ['downgrade', 'step down', 'drop down', 'switch down', 'move down'],
    ['forward', 'divert', 'redirect'],
    ['limit', 'cap'],
    ['carrier', 'provider', 'mobile operator', 'phone company'],
    ['technician', 'engineer', 'installer', 'repairman', 'repair man', 'repair person', 'repairer'],
    // What one dresses up in.
    ['costume', 'costumes', 'outfit', 'outfits', 'fancy dress'],
    ['schedule', 'book', 'arrange', 'reserve', 'booking', 'reservation'],
    ['visit', 'appointment', 'consultation', 'viewing', 'viewings', 'look round', 'look around'],
    [
      'wet weather',
      'rain',
      'rains',
      'raining',
      'rainy',
      'bad weather',
      'weather is bad',
      'storm',
      'stormy',
      'thunderstorm',
      'gale',
      'gales',
      'drizzle',
      'drizzling',
      'blowing a gale',
      // Heavy rain, as it is said.
      'pouring down',
      'pouring with rain',
      'its pouring',
      'chucking it down',
      'tipping down',
      'bucketing down',
      'lashing down',
      'downpour',
    ],
    ['hours', 'opening times', 'opening hours', 'business hours', 'timetable', 'closing time', 'closing times'],
    ['coverage', 'signal', 'reception', 'availability', 'available', 'network'],
    ['usage', 'consumption'],
    ['balance', 'funds', 'credit', 'airtime'],
    ['voicemail', 'voice mail', 'voice message', 'voicebox', 'answerphone', 'answering machine', 'answering service'],
    ['bike', 'bicycle', 'cycle'],
    ['carpet', 'carpets', 'rug', 'rugs'],
    ['colour', 'color', 'dye', 'tint'],
    ['bin', 'bins', 'trash', 'garbage', 'rubbish'],
    ['penalty', 'fine', 'penalty charge', 'penalty notice'],
    ['sim', 'sim card', 'simcard'],
    [
      'covid test',
      'covid tests',
      'lateral flow',
      'lateral flow test',
      'lateral flow tests',
      'antigen test',
      'antigen tests',
    ],
    // How much one money is in another is no fee ("the pound to euro rate").
    ['forex', 'exchange rate', 'exchange rates', 'conversion rate', 'currency exchange'],
    ['coupon', 'voucher', 'promo code', 'discount code', 'promotional code'],
    [
      'discount',
      'deal',
      'deals',
      'promotion',
      'promotions',
      'special offer',
      'special offers',
      'reduction',
      'reductions',
    ],
    ['text', 'texts', 'sms', 'text message', 'text messages'],
    ['newsletter', 'mailing list', 'marketing emails', 'promotional emails', 'marketing preferences'],
    ['unsubscribe', 'opt out'],
    ['warranty', 'guarantee'],
    ['pay', 'payment', 'settle'],
    ['itemised', 'itemisation'],
    ['track', 'trace', 'tracking'],
    [
      'website',
      'wordpress site',
      'wordpress website',
      'site',
      'webpage',
      'web page',
      'landing page',
      'portal',
      'online',
      'web',
      'homepage',
    ],
    ['faint', 'dizzy', 'lightheaded', 'light headed', 'woozy'],
    ['toilet', 'toilets', 'loo', 'loos', 'wc', 'restroom', 'restrooms', 'lavatory'],
    ['app', 'application'],
    ['address', 'home address', 'residence'],
    ['router', 'modem', 'hub', 'equipment', 'wifi box', 'wi fi box', 'broadband box', 'internet box'],
    ['wifi name', 'ssid', 'network name'],
    [
      'parental controls',
      ...['parental control', 'child lock', 'kids filter', 'content filter', 'safe browsing', 'adult sites'],
      ...['adult websites', 'adult content', 'block websites', 'block sites', 'filter websites'],
    ],
    ['checkin', 'boarding pass'],
    ['baptism', 'christening', 'christen', 'christened', 'baptise', 'baptised', 'baptize', 'baptized'],
    ['product', 'item', 'article', 'merchandise'],
    ['fiber', 'fibre', 'ftth'],
    ['landline', 'fixed line', 'home phone', 'land line', 'phone line'],
    [
      'problem',
      'crash',
      'failure',
      'outage',
      'down',
      'unavailable',
      'offline',
      'unreachable',
      'goes down',
      'went down',
    ],
    [
      'problem',
      'crash',
      'not responding',
      'power cut',
      'power outage',
      'blackout',
      'no power',
      'no electricity',
    ].concat(['loses power', 'lose power', 'lost power']),
    ['die', 'dies', 'died', 'killed', 'passed away', 'put to sleep'],
    ['microchip', 'microchipping', 'microchipped'],
    ['neuter', 'neutered', 'spay', 'spayed', 'castrate'],
    ['struggle', 'struggling', 'afford', 'arrears', 'debt', 'hardship'],
    ['bot', 'robot', 'chatbot', 'chat bot'],
    ['secret', 'secrets', 'credential', 'credentials', 'token', 'tokens', 'api key', 'api keys'],
    ['language', 'languages', 'english', 'spanish', 'portuguese', 'french', 'german', 'italian'],
    ['night', 'overnight', 'nighttime', 'late at night', 'middle of the night', '1am', '2am', '3am', '4am'],
    ['deploy', 'publish'],
    ['connect', 'hook up', 'integrate', 'link'],
    ['copy', 'duplicate', 'second copy'],
    [
      'fraud',
      'dodgy',
      'scam',
      'fraudster',
      'fraudsters',
      'scammer',
      'scammers',
      'tricked',
      'conned',
      'fraudulent',
      'unauthorized',
      'unauthorised',
      'unrecognized',
      'unrecognised',
      'phishing',
      'suspicious',
    ],
    ['loan', 'financing', 'credit line', 'borrow', 'borrowing'],
    ['transfer', 'send money', 'wire money', 'money transfer', 'pay someone', 'pay a friend'],
    // A price that is high has gone up: the same question ("my bill went up", "my bill is huge").
    ['increase', 'raise', 'bigger', 'larger', 'high', 'higher', 'huge', 'massive', 'enormous', 'extortionate'],
    ['withdraw', 'withdrawal', 'cash out'],
    // Other domains than support: travel, health, fitness, rentals.
    ['baggage', 'luggage', 'bag', 'bags', 'suitcase', 'suitcases'],
    ['choose', 'select', 'pick', 'choice'],
    ['flight', 'fly', 'flying', 'plane', 'airplane', 'aircraft'],
    ['pet', 'pets', 'dog', 'dogs', 'cat', 'cats', 'puppy', 'kitten', 'animal', 'kitty', 'kitties'],
    ['allowed', 'permitted', 'allow', 'permit', 'accept', 'accepted', 'welcome'],
    ['fuel', 'petrol', 'gasoline', 'diesel'],
    ['accident', 'collision', 'car crash'],
    ['insurance', 'cover', 'insure', 'insured'],
    ['competition', 'tournament', 'championship'],
    ['secure', 'security', 'safe', 'safety', 'protect', 'privacy', 'gdpr', 'dangerous', 'danger'],
    ['pregnant', 'pregnancy'],
    ['single sign on', 'single signon', 'sso', 'saml', 'okta', 'azure ad', 'company accounts'],
    ['teammate', 'colleague', 'coworker', 'team member'],
    ['bring', 'carry'],
    [
      'doctor',
      'physician',
      'gp',
      'specialist',
      'cardiologist',
      'dermatologist',
      'pediatrician',
      'paediatrician',
      'gynecologist',
    ],
    ['exam', 'scan', 'x ray', 'xray', 'mri', 'ultrasound', 'blood test'],
    ['emergency', 'urgent care', 'urgency', 'er'],
    [
      'gym',
      'fitness center',
      'fitness centre',
      'fitness room',
      'fitness suite',
      'health club',
      'work out',
      'workout',
      'exercise',
    ],
    // Hotels: eating, a baby's bed, getting around, rooms for meetings, washing.
    ['restaurant', 'dinner', 'lunch', 'dining', 'cafe', 'coffee shop', 'canteen'],
    ['cot', 'cots', 'crib', 'cribs', 'baby bed', 'travel cot'],
    [
      'accessible',
      'wheelchair user',
      'uses a wheelchair',
      'in a wheelchair',
      'accessibility',
      'wheelchair',
      'disabled',
      'disability',
      'step free',
      'reduced mobility',
      'blue badge',
    ],
    ['shuttle', 'airport transfer', 'airport pickup', 'airport pick up'],
    ['meeting room', 'conference room', 'meeting rooms', 'conference rooms', 'boardroom', 'event space'],
    ['laundry', 'washing', 'dry cleaning', 'ironing'],
    ['ebook', 'ebooks', 'e-book', 'e-books', 'kindle', 'ereader', 'e-reader', 'digital books'],
    ['teach', 'learn', 'learning', 'teaching', 'taught', 'learnt'],
    ['intensive', 'crash course', 'fast track', 'intensive course', 'crash courses', 'intensive courses'],
    ['female', 'woman', 'lady', 'ladies'],
    ['male', 'man', 'mens', 'bloke', 'blokes', 'gentleman', 'gentlemen'],
    ['meeting room', 'conference', 'conferences'],
    ['checkout', 'check out'],
    // "Out" is a stop word: logging out is read apart from logging in.
    ['logout', 'log out', 'sign out', 'signout', 'log off', 'logging out'],
    // Renting: mould, decorating.
    ['mould', 'mold', 'damp', 'condensation', 'black stuff', 'black spots', 'black patches'],
    ['decorate', 'decorating', 'redecorate', 'paint', 'painting', 'wallpaper'],
    ['parking', 'car park', 'parking lot', 'garage'],
    ['class', 'classes', 'lesson', 'lessons', 'course'],
    ['socket', 'sockets', 'plug socket', 'plug sockets', 'power socket', 'power sockets', 'outlet', 'outlets'],
    ['senior', 'seniors', 'over 60s', 'over 65s', 'over 60', 'over 65', 'oap', 'oaps', 'elderly', 'older people'],
    ['trainer', 'coach', 'instructor', 'personal trainer', 'pt'],
    ['pool', 'swimming pool', 'swimming', 'swim'],
    ['medicine', 'medicines', 'medication', 'medications', 'meds', 'pills'],
    ['vaccine', 'vaccination', 'vaccinations', 'jab', 'jabs', 'shot', 'immunisation', 'immunization'],
    ['pharmacist', 'chemist'],
    ['payment details', 'bank details', 'card details', 'billing details'],
    ['locker', 'lockers'],
    ['loyalty', 'frequent flyer', 'frequent flier', 'rewards', 'points', 'miles'],
    ['quote', 'estimate', 'quotation'],
    // A car's breakdown cover is its recovery (a bill's breakdown is itemised: see the idioms).
    ['breakdown', 'tow', 'tow truck', 'towing', 'roadside assistance', 'breakdown assistance', 'recovery'],
    ['home', 'house'],
    ['driver', 'drivers', 'drive', 'driving'],
    [
      'video consultation',
      'telehealth',
      'telemedicine',
      'online consultation',
      'video call',
      'video visit',
      'virtual visit',
    ],
    ['rent', 'rental', 'hire', 'lease'],
    ['car', 'vehicle', 'auto', 'motorbike', 'motorcycle'],
    ['ferry', 'boat', 'vessel'],
    ['buggy', 'buggies', 'golf cart', 'golf buggy'],
    ['pushchair', 'pushchairs', 'pram', 'prams', 'stroller', 'strollers'],
    ['enroll', 'enrol', 'register', 'sign up', 'signing up', 'signed up', 'signup', 'join'],
    [
      'area',
      'neighbourhood',
      'neighborhood',
      'region',
      'zone',
      'location',
      'where i live',
      'round here',
      'around here',
      'my street',
      'my town',
      'my city',
    ],
    ['make', 'build', 'built', 'create', 'develop', 'produce', 'maintains', 'maintained'],
    ['carryon', 'carry on', 'hand luggage', 'hand baggage', 'cabin bag', 'cabin baggage', 'cabin luggage'],
    ['festival', 'fest'],
  ],
  // "printer" is made of "print", "trainer" of "train".
  nounEndings: ['er'],
  broader: [
    // A husband or a father is a man, a wife or a mother a woman, where a knowledge base says men or women.
    ['man', ['husband', 'boyfriend', 'dad', 'father', 'grandad', 'grandpa']],
    ['woman', ['wife', 'girlfriend', 'mum', 'mom', 'mother', 'grandma', 'gran']],
    // A winter or a summer month is that season, where a knowledge base says the season.
    ['winter', ['december', 'january', 'february']],
    ['summer', ['june', 'july', 'august']],
    // A Saturday or a Sunday is the weekend, where a knowledge base says the weekend.
    ['weekend', ['saturday', 'saturdays', 'sunday', 'sundays']],
    // Learning a thing is taking a workshop or a class in it, where a knowledge base says one.
    ['workshop', ['learn']],
    ['class', ['learn']],
    // A coat or a jacket is clothes, where a knowledge base says clothes ("do you mend clothes?").
    ['clothes', ['coat', 'coats', 'anorak', 'jacket', 'jackets', 'trousers', 'shirt', 'shirts', 'skirt']],
    // An illness named is a medical condition where a knowledge base says that.
    ['medical', ['asthma', 'asthmatic', 'diabetes', 'diabetic', 'epilepsy', 'epileptic']],
    // One who is diabetic asks about sugar, where a knowledge base speaks of sugar and not of diabetes.
    ['sugar', ['diabetic', 'diabetes']],
    // Snacks are food, where a knowledge base says food ("can I bring food and drink in?").
    ['food', ['snack', 'snacks', 'sandwiches', 'sweets', 'crisps']],
    // A buggy is a pushchair where a knowledge base says pushchairs.
    ['pushchair', ['buggy', 'buggies']],
    // Tubs and punnets are containers, where a knowledge base says containers.
    ['container', ['tub', 'tubs', 'punnet', 'punnets', 'tupperware']],
    // A rose is a flower where a knowledge base says flowers, a plant where it says plants.
    ['flower', ['rose', 'roses', 'tulip', 'tulips', 'lily', 'lilies', 'orchid', 'orchids', 'sunflower', 'sunflowers']],
    ['flower', ['daisy', 'daisies', 'carnation', 'carnations', 'peony', 'peonies', 'chrysanthemum', 'chrysanthemums']],
    ['plant', ['rose', 'roses', 'shrub', 'shrubs', 'bush', 'bushes']],
    ['tree', ['oak', 'ash', 'sycamore', 'willow', 'birch', 'beech', 'conifer', 'conifers', 'leylandii']],
    [
      'pet',
      [
        ...['rabbit', 'rabbits', 'labrador', 'spaniel', 'poodle', 'terrier', 'retriever'],
        ...['pooch', 'pooches', 'doggy', 'doggie', 'doggies', 'doggo'],
        ...['cocker', 'beagle', 'collie', 'dachshund', 'chihuahua', 'pug', 'bulldog', 'greyhound', 'husky'],
      ],
    ],
    ['cat', ['persian', 'siamese', 'tabby', 'ragdoll', 'bengal']],
    // A ewe, a tup or a hogget is a sheep.
    ['sheep', ['ewe', 'ewes', 'tup', 'tups', 'hogget', 'hoggets']],
    // Alcohol is served at a bar, where a knowledge base has one.
    ['bar', ['alcohol', 'alcoholic', 'beer', 'beers', 'wine', 'cocktails', 'pint']],
    // Beer or wine is alcohol, where a knowledge base says alcohol ("can we take a few beers").
    ['alcohol', ['beer', 'beers', 'wine', 'wines', 'cocktails', 'pint', 'pints', 'prosecco', 'spirits', 'booze']],
    // A van or a camper is a vehicle where a knowledge base only says "car".
    ['car', ['van', 'campervan', 'motorhome', 'caravan', 'lorry', 'truck', 'minibus']],
    // A barbecue is a fire. (The internet is no wifi in English: a broadband provider's "outage"
    // question says neither, and "internet down" is no wifi fault.)
    ['fire', ['barbecue', 'barbecues', 'bbq', 'campfire']],
    // Tablets are medicine where a knowledge base says so, and a device elsewhere.
    ['medicine', ['tablet', 'tablets']],
    ['haircut', ['trim', 'blow dry']],
    // A business names itself by its kind ("I run a restaurant").
    ['business', ['restaurant', 'cafe', 'pub', 'bar', 'shop', 'warehouse', 'factory', 'salon']],
    ['furniture', ['sofa', 'couch', 'mattress', 'wardrobe', 'armchair', 'sofas', 'mattresses']],
    // Power tools and plant are tools where a hire shop only says "tool".
    [
      'tool',
      [
        ...['drill', 'sander', 'saw', 'chainsaw', 'mixer', 'ladder', 'scaffold', 'generator', 'grinder', 'cutter'],
        ...['strimmer', 'rotavator', 'dehumidifier', 'breaker'],
      ],
    ],
    // A plan made bigger or smaller is a plan changed, where a knowledge base only says "change".
    ['change', ['upgrade', 'downgrade']],
    ...['valuables', 'possessions', 'belongings'].map(
      (general) => [general, ['jewellery', 'jewelry', 'watch', 'camera', 'handbag', 'wallet', 'bike', 'ring']] as const,
    ),
    [
      'appliance',
      ['fridge', 'freezer', 'dishwasher', 'oven', 'microwave', 'tv', 'television', 'kettle', 'dryer', 'boiler'],
    ],
    // A newsletter is one of the emails a business sends.
    ['email', ['newsletter', 'newsletters']],
    // Animals other than cats and dogs are exotic to a vet.
    ['exotic', ['tortoise', 'parrot', 'ferret', 'snake', 'lizard', 'hamster', 'guinea pig', 'budgie']],
    // Clothes and shoes bought are items.
    [
      'item',
      [
        'dress',
        'shirt',
        'tshirt',
        'jumper',
        'sweater',
        'jacket',
        'coat',
        'trousers',
        'jeans',
        'skirt',
        'shoes',
        'trainers',
      ],
    ],
    // Allergens are allergies, a party an event, a birthday a party.
    [
      'allergy',
      ['nut', 'nuts', 'peanut', 'peanuts', 'gluten', 'dairy', 'lactose', 'shellfish', 'sesame', 'coeliac', 'celiac'],
    ],
    ['event', ['party', 'birthday', 'wedding', 'baptism', 'anniversary', 'celebration', 'hen', 'stag']],
    ['party', ['birthday', 'birthdays']],
    ['coffee', ['cappuccino', 'latte', 'espresso', 'americano', 'mocha', 'macchiato']],
    ['class', ['module', 'modules', 'spin', 'spinning', 'yoga', 'pilates', 'zumba', 'hiit', 'aerobics', 'bootcamp']],
  ],
  // A health insurer by name is insurance.
  providers: [['insurance', ['bupa', 'axa', 'aviva', 'vitality', 'simplyhealth', 'cigna', 'wpa']]],
  irregular: formsOf([...IRREGULAR_VERBS, ...IRREGULAR_PLURALS, ...NOUNS_OF_VERBS, ...CHAT_SPELLINGS, ...STEM_TWINS]),
  derivations: [],
  idioms: [
    // Pressing one's clothes or linen is ironing them.
    ['iron', ['press my', 'press your', 'press the shirts', 'press shirts']],
    // A school or class trip is a school group.
    ['school group', ['school trip', 'class trip', 'school visit']],
    // An order's status is where to track it.
    ['track order', ['order status', 'status of my order']],
    // Turning an age is a birthday ("my daughter turns 9").
    ['birthday', agesOf(['turns N', 'turning N'], 1, 99)],
    // Under cover is indoors.
    ['indoors', ['under cover', 'undercover']],
    // A bill taken straight from the bank, coming out of it by itself or from it each month, is a
    // direct debit (listed before an engineer who comes out).
    [
      'direct debit',
      [
        ...['straight', 'directly'].flatMap((how) => [`${how} from my bank`, `${how} from my account`]),
        ...['straight out of my bank', 'straight out of my account', 'straight from the bank'],
        ...['my bank', 'my account', 'my bank account'].map((bank) => `come out of ${bank} automatically`),
        'pay automatically',
        ...['my bank account', 'the bank', 'my bank', 'my account'].flatMap((bank) => [
          `from ${bank} each month`,
          `from ${bank} every month`,
        ]),
      ],
    ],
    // Locking in a date is booking it.
    ['book', ['lock in our date', 'lock in the date']],
    // The time of year asks when.
    ['when', ['what time of year', 'which time of year', 'what time of the year', 'what month']],
    // After dark is at night ("do you do anything after dark").
    ['night', ['after dark', 'once its dark', 'when its dark', 'once it gets dark', 'when it gets dark']],
    // Posting a thing to someone is delivering it (the post alone is mail).
    ['deliver', ['post it to me', 'post them to me', 'post it out to me', 'post it to', 'post them to']],
    // A ballpark figure is a rough price.
    ['price', ['ballpark figure', 'ballpark price', 'ballpark cost', 'rough figure']],
    // Summing a thing up is an overview of it.
    ['overview', ['sum up', 'summarise', 'summarize', 'in a nutshell', 'big picture']],
    // How short an answer should be says how to answer, not what is asked ("in one sentence, what is
    // it"): read as an overview, it took the question a "what is" asks.
    ['', ['in one sentence', 'in a sentence', 'in a few words']],
    // How much more a thing costs asks its price.
    ['how price', ['how much extra']],
    // Spreading the load over machines is scaling out.
    ['scale out', ['spread the load', 'spread load', 'load balancing', 'load balancer']],
    // Getting going, or the first steps, is getting started.
    ['get started', ['get going', 'first steps', 'first step', 'step one']],
    // Having a thing to ourselves is having it private.
    ['private', ['to ourselves', 'to myself', 'just the two of us', 'just for me', 'just for us']],
    // A drink spilled on a thing got it wet.
    [
      'wet',
      ['water', 'coffee', 'tea', 'wine', 'juice', 'a drink'].flatMap((drink) => [
        `spilled ${drink} on`,
        `spilt ${drink} on`,
      ]),
    ],
    // A download or upload speed is the internet's.
    ['internet speed', ['download speed', 'download speeds', 'upload speed', 'upload speeds']],
    // Wiring a thing up or into another is connecting it.
    ['setup', ['wire up', 'wire in', 'wire into', 'hook into']],
    // On the boat is on board.
    ['aboard', ['on board', 'onboard', 'on the boat', 'on the ship', 'on the ferry']],
    // A book read (a noun after an article or a possessive, or books) is no booking.
    ['volume', ['a book', 'the book', 'my book', 'your book', 'this book', 'that book', 'books']],
    // How far one may drive a hired vehicle is its mileage limit.
    [
      'mileage',
      ['how far we can drive', 'how far can i drive', 'how far can we drive', 'how far i can drive', 'how many miles'],
    ],
    // A fault again after a repair asks what its guarantee covers ("what if the lock breaks again").
    ['warranty', ['breaks again', 'goes wrong again', 'stops working again', 'breaks down again', 'leaks again']],
    // Never carrying cash asks to pay by card.
    ['pay card', ['never carry cash', 'dont carry cash', 'dont have any cash', 'no cash on me', 'never have cash']],
    // Being on a delivery app, or ordering through one, is delivering.
    ['deliver', ['deliveroo', 'just eat', 'uber eats'].flatMap((app) => [`on ${app}`, `through ${app}`, `via ${app}`])],
    // Nodding or dozing off is falling asleep.
    [
      'fall asleep',
      ['nod off', 'nodded off', 'nodding off', 'doze off', 'dozed off', 'dozing off', 'drift off', 'drop off to sleep'],
    ],
    // Toes done are a pedicure.
    ['pedicure', ['toes done', 'feet done', 'toenails done']],
    // Giving blood, or giving to the church or to charity, is donating; a blood type is its group.
    [
      'donate',
      [
        ...['give blood', 'giving blood', 'gave blood', 'given blood', 'gives blood'],
        ...['give to the church', 'give to charity', 'give to the charity', 'give money to'],
        ...['give some money', 'give a bit of money', 'give a little money', 'give a donation'],
      ],
    ],
    ['blood group', ['blood type', 'blood types']],
    // Working out which or how is finding it out (no workout).
    ...['which', 'what', 'how', 'if', 'whether', 'where', 'who', 'when'].map(
      (asked) => [`find ${asked}`, [`work out ${asked}`, `figure out ${asked}`, `works out ${asked}`]] as const,
    ),
    // An age of 60 or more asks what there is for older people ("I'm 67, is it cheaper for me").
    ['senior', olderAges(['im N', 'i am N', 'N years old', 'aged N'])],
    // A teenager saying their age asks how old one must be ("i'm 16, can i come").
    ['how old', agesOf(['im N', 'i am N', 'im only N', 'i am only N'], 10, 17)],
    // What sells in bulk sells wholesale; staying fresh is keeping.
    ['wholesale', ['in bulk', 'bulk order', 'bulk orders', 'trade price', 'trade prices']],
    ['keep', ['stay fresh', 'stays fresh', 'keep fresh']],
    // How high or how tall a thing is asks its height, no increase ("how high does the wheel go").
    ['height', ['how high', 'how tall']],
    // Getting hurt, or its risks, ask whether it is safe ("can i get hurt in there", "are there any risks").
    [
      'safe',
      ['get hurt', 'getting hurt', 'get injured', 'getting injured', 'any risks', 'any risk', 'the risks', 'risky'],
    ],
    // Whether it will rain asks a forecast, not what happens when it does.
    [
      'forecast',
      ['will it rain', 'is it going to rain', 'weather forecast', 'whats the weather', 'what is the weather'],
    ],
    // "How come" asks why.
    ['why', ['how come']],
    // Asking who is on the other end asks what the bot is ("am I talking to a human" is no request for one).
    [
      'who are you',
      ['talking to', 'talking with', 'chatting to', 'chatting with', 'speaking to'].map((w) => `who am i ${w}`),
    ],
    [
      'bot',
      [
        'am i talking to',
        'am i talking with',
        'am i chatting to',
        'am i chatting with',
        'am i speaking to',
        'is this',
        'are you',
      ]
        .flatMap((asking) =>
          ['a human', 'a real human', 'a person', 'a real person', 'someone real', 'a bot', 'a robot', 'a machine'].map(
            (who) => `${asking} ${who}`,
          ),
        )
        .concat(['are you human', 'are you real']),
    ],
    // Clearing a bill or a balance pays it (clearing a history or a cache deletes it).
    [
      'pay bill',
      ['clear', 'pay off', 'settle'].flatMap((pay) =>
        ['my bill', 'the bill', 'my balance', 'the balance'].map((bill) => `${pay} ${bill}`),
      ),
    ],
    // What is owed is the bill ("pay what I owe").
    ['bill', ['what i owe', 'what i owe you', 'the amount i owe', 'amount owed', 'what is owed', 'money i owe']],
    // Words that only say how much ("really expensive") are read without it, so an idiom is found.
    ['', ['really', 'very', 'extremely', 'incredibly', 'terribly', 'super']],
    // Made to measure is bespoke.
    ['bespoke', ['made to measure', 'custom made', 'tailor made']],
    // A greeting said to the bot greets it ("hi bot"), it does not ask about bots.
    [
      '',
      ['hi', 'hello', 'hey', 'hiya', 'alright'].flatMap((hi) =>
        ['bot', 'robot', 'chatbot'].map((bot) => `${hi} ${bot}`),
      ),
    ],
    // Asking for the process of a thing asks how it is done, which the question says.
    ['', ['whats the process', 'what is the process', 'whats the procedure', 'what is the procedure']],
    // Asking for a thing said simply asks for the thing ("in plain english, what is this").
    ['', ['in plain english', 'in simple english', 'in plain terms', 'in simple terms', 'in laymans terms']],
    // A hedge says how sure the asker is, not what is asked ("I think it's bed bugs").
    ['', ['i think', 'we think', 'i guess', 'i reckon', 'i believe', 'i suppose', 'think it s', 'think its']],
    // Calls that drop are a problem with calls (before "keeps dropping", any problem).
    [
      'call problem',
      [
        'calls keep dropping',
        'calls keep cutting off',
        'calls keep cutting out',
        'calls cut off',
        'calls are dropping',
        'calls dropping',
        'calls drop',
        'dropped calls',
        'calls keep failing',
        'calls failing',
        'calls fail',
        'cant make or receive calls',
        'cant make calls',
        'cannot make calls',
        'cant i make or receive calls',
        'cant i make calls',
        'cant i receive calls',
      ],
    ],
    [
      'when bill due',
      [
        'when do you take payment',
        'when do you take the payment',
        'when do you take my payment',
        'what date do you take payment',
        'what day do you take payment',
        'when is payment taken',
      ],
    ],
    ['when end', ['how long is left on', 'how long left on', 'how many months left on', 'how long do i have left on']],
    [
      'forget',
      [
        ...['dont remember', 'do not remember', 'cant remember', 'cannot remember', 'can not remember'],
        ...['gone from my head', 'slipped my mind', 'cant recall', 'cannot recall'],
        ...['gone out of my head', 'went out of my head', 'gone clean out of my head'],
      ],
    ],
    // Not getting in is, most often, a password forgotten.
    [
      'forget password',
      [
        'cant log in',
        'cant login',
        'cannot log in',
        'cant log into',
        'cant sign in',
        'cannot sign in',
        'locked out of my online account',
      ],
    ],
    ['unlock', ['locked out', 'got locked', 'got blocked']],
    ['cut key', ['spare key', 'key made', 'key copied', 'copy of my key', 'duplicate key']],
    [
      'problem',
      [
        'packed in',
        'packed up',
        'conked out',
        'not working',
        'doesnt work',
        'does not work',
        'isnt working',
        'is not working',
        'stopped working',
        // "My internet has stopped."
        'has stopped',
        'has completely stopped',
        'completely stopped',
        // What has gone dead does not work ("my broadband's dead since this morning").
        ...['is dead', 'went dead', 'gone dead'],
      ],
    ],
    [
      'problem',
      [
        'keeps dropping',
        'keep dropping',
        'keeps disconnecting',
        'keep disconnecting',
        'keeps cutting out',
        'keep cutting out',
        'drops out',
        'cuts out',
        'not going through',
      ],
    ],
    [
      'coverage problem',
      [
        'no signal',
        'no reception',
        'bad signal',
        'poor signal',
        'weak signal',
        'no coverage',
        'no service',
        // What a phone shows when no network is found.
        'sos only',
        'emergency calls only',
        'no bars',
        'zero bars',
        ...['no network', 'bars have disappeared', 'bars have gone', 'lost all my bars'],
        ...['bars keep disappearing', 'bars keep dropping', 'bars keep going', 'bars disappear', 'losing bars'],
        ...['no mobile signal', 'no phone signal', 'no mobile reception', 'no phone reception'],
        'any bars',
        'zero signal',
        'zero reception',
        'dont have service',
        'dont i have service',
        'do not have service',
        'dont have any service',
        'dont have signal',
        'dont i have signal',
        'dont have any signal',
        'doesnt reach',
        'does not reach',
        'dont reach',
        'wont reach',
        'not reaching',
      ],
    ],
    [
      'exceed',
      [
        'run out of',
        'ran out of',
        'running out of',
        'go over',
        'went over',
        'going over',
        'used all my',
        'use all my',
        'used up',
      ],
    ],
    ['exceed data', ['use more data than', 'used more data than', 'using more data than']],
    ['balance', ['how much money do i have', 'how much money is in my account', 'how much money i have']],
    ['dispute', ['dont agree with', 'do not agree with', 'disagree with']],
    ['internet problem', ['no internet', 'no connection', 'no wifi', 'no broadband']],
    ['upgrade internet speed', ['faster internet', 'faster broadband', 'quicker internet', 'quicker broadband']],
    // Seeing one's GP first, or going through them, asks whether a referral is needed.
    ['referral', ['see my gp first', 'seeing my gp first', 'see a gp first', 'seeing a gp first', 'go through my gp']],
    // Hearing back is getting the results.
    ['results', ['hear back', 'hearing back', 'heard back']],
    ['upgrade speed', ['faster connection', 'quicker connection', 'more speed']],
    ['change name', ['rename']],
    ['static ip', ['fixed ip']],
    // The power gone off, or the plug pulled on a machine, stops it as a crash does.
    [
      'crash',
      ['pulled the plug', 'pull the plug', 'pulls the plug'].concat(
        ['power', 'electricity', 'lights'].flatMap((what) => [
          `${what} is off`,
          `${what} went off`,
          `${what} has gone off`,
          `${what} have gone off`,
          `${what} is out`,
          `${what} went out`,
          `${what} has gone out`,
          `${what} have gone out`,
        ]),
      ),
    ],
    ['gas leak', ['smell gas', 'gas smell', 'smells of gas', 'smell of gas']],
    ['struggle', ['behind on my payments', 'behind with my payments', 'behind on payments']],
    [
      'high bill',
      [
        'paying so much',
        'paying too much',
        'pay so much',
        'pay too much',
        'charged so much',
        'charged too much',
        'bill so high',
        'bill is so high',
        'bill is high',
        'bill is expensive',
        'bill expensive',
        'bill so expensive',
        'bill is so expensive',
        'bill is higher than usual',
        'bill is higher than normal',
        'bill is higher',
        'bill has gone up',
        'bill gone up',
        'bill went up',
        'bill goes up',
        'bill go up',
        'bill going up',
        'bill increased',
        'bill has increased',
        'bill higher',
        'more than usual',
        'more than normal',
        'bigger than normal',
        'bigger than usual',
        'more than last month',
        'more than i expected',
        'more than expected',
        'higher than expected',
        'more expensive',
        'price increase',
        'price increased',
        'price rise',
        'price went up',
        'prices went up',
        'price has gone up',
        'prices have gone up',
      ],
    ],
    // A package that is on its way is a parcel (a package of services is a plan).
    ...['order', 'package', 'parcel', 'delivery', 'shipment'].map(
      (thing) =>
        [
          `track ${thing === 'package' ? 'parcel' : thing}`,
          ['where is my', 'wheres my', 'what happened to my'].map((o) => `${o} ${thing}`),
        ] as const,
    ),
    // Asking to see where it is asks to track it; where the one bringing it is, the delivery.
    ['track', ['delivery', 'order', 'parcel', 'package'].map((thing) => `where my ${thing} is`)],
    // What was ordered and has not come is an order to track ("the phone I ordered hasn't turned up").
    ['track order', NOT_COME.map((late) => `i ordered ${late}`)],
    [
      'track delivery',
      ['courier', 'driver', 'rider'].flatMap((who) => [
        `where is my ${who}`,
        `wheres my ${who}`,
        `where is the ${who}`,
      ]),
    ],
    ...['order', 'package', 'parcel'].map(
      (thing) =>
        [
          `track ${thing === 'package' ? 'parcel' : thing}`,
          [
            ...NOT_COME.map((late) => `${thing} ${late}`),
            // "Is my order on its way" asks where it is.
            `${thing} on its way`,
            `${thing} on the way`,
          ],
        ] as const,
    ),
    [
      'send parcel',
      [
        'post a parcel',
        'post my parcel',
        'send a package',
        'send my package',
        'post a box',
        'send a box',
        'post a package',
      ],
    ],
    ['miss delivery', ['wasnt in', 'was not in', 'wasnt home', 'was not home', 'wasnt at home', 'was out when']],
    ['neighbour', ['next door', 'neighbor', 'neighbors']],
    [
      'deliver',
      [
        'bring food to',
        'bring it to my house',
        'bring it to my door',
        'food delivered',
        'food brought to',
        'bring the car to',
        'drop the car at my',
      ],
    ],
    [
      'takeaway',
      [
        'pick up my food',
        'pick up food',
        'collect my food',
        'take home',
        'to take away',
        'food to go',
        'takeout',
        'take out food',
        'collect food',
      ],
    ],
    [
      'port my number',
      [
        'keep my number',
        'number stay the same',
        'keep the same number',
        'take my number with me',
        'number come with me',
        'transfer my number',
        'bring my number',
        'move my number',
        ...['move', 'bring', 'transfer'].map((move) => `${move} my mobile number`),
        'bring my current number',
        'bring my existing number',
        'move my existing number',
        'keep my current number',
        'keep my existing number',
        'take my number with',
        'take my current mobile number',
        'take my mobile number',
        ...['bringing', 'keeping', 'transferring', 'moving'].flatMap((verb) => [
          `${verb} my number`,
          `${verb} my mobile number`,
        ]),
      ],
    ],
    // A bigger or smaller plan, tariff or package.
    ...['plan', 'tariff', 'package', 'bundle'].flatMap((plan) => [
      ['upgrade plan', ['bigger', 'better', 'higher', 'larger'].map((more) => `${more} ${plan}`)] as const,
      ['downgrade plan', ['cheaper', 'smaller', 'lower'].map((less) => `${less} ${plan}`)] as const,
    ]),
    ['downgrade plan', ['cheaper deal', 'go to a smaller one', 'move to a smaller one', 'switch to a smaller one']],
    // A plan with more of a thing is a bigger plan (before more data, which is bought).
    ['upgrade plan', ['plan', 'tariff', 'package', 'bundle', 'contract'].map((plan) => `${plan} with more`)],
    // A bigger data plan is a bigger plan (above), an upgrade.
    ['upgrade plan', ['bigger data plan']],
    // One who lets himself or herself in enters.
    ['enter', ['let', 'letting', 'lets'].flatMap((verb) => [`${verb} himself in`, `${verb} herself in`])],
    ['extra data', ['more data', 'more gigs', 'more gigabytes', 'more gb']],
    // More of what was just named ("I ran out of data, can I get more").
    ['buy extra', ['can i get more', 'can i buy more', 'can i get some more', 'can i buy some more', 'can i add more']],
    // Running out of data is buying more; a SIM asking for an eight-digit code wants its PUK.
    ['buy more data', ['run out of data', 'ran out of data', 'running out of data', 'out of data']],
    ['puk', ['8 digit code', 'eight digit code']],
    // A phone that takes no SIM from another network is locked to this one.
    ['unlock phone', ['sim from another network', 'sim from a different network', 'other network sim']],
    // A licence named asks what the licence is ("agpl?").
    [
      'license',
      [
        'agpl',
        'gpl',
        'lgpl',
        'gplv3',
        'gplv2',
        ...['mit', 'apache', 'bsd'].flatMap((name) => [`${name} license`, `${name} licence`, `${name} licensed`]),
      ],
    ],
    // Whether a thing is proprietary, or its source public, asks whether it is open source.
    ['open source', ['free software', 'opensource', 'foss', 'proprietary', 'closed source', 'source public']],
    // Forking a project to do something with it ("can I fork it and sell it") is what its being
    // open source allows.
    ['open source', ['fork it and', 'fork the code and', 'fork the project and']],
    // A pdf of a bill is a copy of it, still a pdf ("I need a pdf of last month's bill").
    ['pdf copy', ['a pdf of']],
    // Where on disk a thing is kept asks for its file, and whether it is encrypted there whether
    // it is at rest (listed first: the first phrase listed is read first); a DJI is a drone.
    ['encrypted at rest', ['encrypted on disk', 'scrambled on disk']],
    ['plain text at rest', ['plain text on disk']],
    ['file', ['on disk']],
    ['drone', ['dji']],
    [
      'call',
      [
        'callback',
        'call back',
        'call me back',
        'ring me back',
        'phone me back',
        'ring me',
        'phone me',
        'get back to me',
        'ring my',
        'ring someone',
        'phone someone',
        'phone a number',
        'ring a number',
        'to ring',
        'ring the',
      ],
    ],
    [
      'unlock',
      [
        ...['is locked', 'got locked', 'locked to', 'is blocked', 'got blocked', 'network lock', 'remove the lock'],
        // A phone made to take other networks' SIMs is unlocked.
        ...['accept', 'take', 'work with', 'use'].flatMap((take) => [`${take} other sims`, `${take} a different sim`]),
        // Another network's SIM in one's phone asks the same.
        ...['another', 'other', 'a different'].flatMap((other) => [`${other} networks sim`, `${other} providers sim`]),
      ],
    ],
    // A SIM that has just arrived is a new one to activate.
    [
      'activate new sim',
      [
        'sim arrived',
        'sim has arrived',
        'sim came',
        'sim has come',
        'got my new sim',
        'received my sim',
        'received my new sim',
      ],
    ],
    ['spam calls', ['scam calls', 'fraud calls', 'fraudulent calls']],
    ['spam texts', ['scam texts', 'scam messages', 'fraud texts', 'scam sms']],
    [
      'paper bill',
      [
        ...['bill by post', 'bills by post', 'bills posted', 'bill posted', 'printed bill', 'printed bills'],
        ...['printed statement', 'printed statements'],
        ...['bill sent by post', 'bill in the post', 'bill through the post', 'bill by mail', 'bill mailed'],
        ...['bill sent in the post', 'bills sent in the post'],
        ...['post me my bill', 'post me my bills', 'post my bill', 'post my bills', 'bills sent by post'],
        ...['bill', 'bills', 'statement', 'statements'].map((bill) => `${bill} through the letterbox`),
        ...['have it posted', 'have them posted', 'posted to me'],
        ...['post out bills', 'post out the bills', 'post out paper bills', 'post bills out', 'post the bills out'],
      ],
    ],
    [
      'hotspot',
      [
        'share my internet',
        'share internet',
        'share my connection',
        'share the internet',
        'share my phones internet',
        'share my phone internet',
        'share my data',
        'share data',
        'share my mobile data',
        'share mobile data',
        'tether',
        'tethering',
      ],
    ],
    [
      'payment extension',
      [
        'more time to pay my bill',
        'more time to pay the bill',
        'more time to pay',
        'extra time to pay',
        'extend my due date',
        'pay my bill late',
        'payment arrangement',
      ],
    ],
    [
      'upgrade phone',
      [
        'eligible for a new phone',
        'eligible for a new handset',
        ...['allowed', 'entitled to', 'due'].flatMap((may) => [`${may} a new phone`, `${may} a new handset`]),
        'eligible for an upgrade',
        'due an upgrade',
        'due for an upgrade',
        'when can i get a new phone',
        'can i get a new phone',
      ],
    ],
    [
      'stolen',
      [
        ...['someone took my', 'somebody took my', 'someone swiped my', 'somebody swiped my', 'got swiped'],
        ...['taken from my bag', 'taken from my pocket', 'taken from my car', 'taken out of my bag'],
      ],
    ],
    [
      'home internet',
      ['internet for my house', 'internet at my house', 'internet for my home', 'internet in my house'],
    ],
    ['autopay', ['pay automatically']],
    // Freezing in a place is cold, no screen freezing.
    ['cold', ['is it freezing', 'freezing in there', 'freezing cold']],
    ['pause', ['on hold']],
    [
      'open account',
      [
        'create an account',
        'create account',
        'create my account',
        'make an account',
        'become a customer',
        'sign up for an account',
        'sign up for a bank account',
      ],
    ],
    ['activate', ['start using', 'start to use', 'begin using']],
    // When a thing happened says nothing of what is asked ("my dog passed away last night").
    [
      '',
      [
        'last night',
        'this morning',
        'this afternoon',
        'this evening',
        'earlier today',
        'the other day',
        'tonight',
        'right now',
      ],
    ],
    ['invite teammate', ['add my team', 'add my colleagues', 'add my coworkers', 'add people to my team']],
    ['export data', ['download all my data', 'download my data', 'get a copy of my data', 'backup of my data']],
    ['upgrade plan', ['pro plan', 'premium plan', 'business plan', 'enterprise plan']],
    [
      'cancel',
      [
        'stop paying for',
        'stop paying',
        'dont want to be charged',
        'do not want to be charged',
        'stop charging me',
        'stop taking money',
      ],
    ],
    ['free trial', ['try it before', 'try before', 'try it first', 'try it for free', 'test it first']],
    ['theory exam', ['driving test', 'driving theory test']],
    // Charging a car or a phone is its battery, not a price.
    [
      'battery charging',
      ['charge my car', 'charge my electric car', 'charge the car', 'charging point', 'charging station'],
    ],
    // Becoming one is a career, unless it is joining the business.
    ['join', ['become a member', 'become a customer', 'become a client', 'become a patient', 'become a subscriber']],
    [
      'career',
      [
        ...['become a', 'become an', 'work as a', 'train to be a', 'qualify as a', 'get a job in', 'get a job as'],
        ...['are you hiring', 'any vacancies', 'any job openings', 'looking for staff'],
      ],
    ],
    [
      'test drive',
      ['drive it before', 'drive the car before', 'try the car', 'take it for a drive', 'take the car for a drive'],
    ],
    ['finance', ['pay for the car monthly', 'pay monthly for the car', 'pay for a car monthly', 'monthly payments']],
    ['part exchange', ['take my old car', 'part ex']],
    ['warning light', ['light on my dashboard', 'dashboard light', 'light on the dashboard', 'engine light']],
    ['book appointment', ['bring my dog in', 'bring my cat in', 'bring my pet in']],
    ['apply', ['get into your', 'get in to your', 'get a place at']],
    ['part time', ['while working', 'study and work', 'work and study', 'working full time']],
    [
      'update payment method',
      ['card on file has expired', 'card expired', 'card has expired', 'card is expiring', 'card expires'],
    ],
    ['charged twice', ['took money twice', 'taken money twice', 'paid twice', 'double charged', 'charged me twice']],
    [
      'parental controls',
      [
        'stop my kids watching',
        'stop my children watching',
        'stop the kids watching',
        'what my children can see',
        'what my kids can see',
        'what my child can see',
        'block adult',
        'child safe',
      ],
    ],
    ['download offline', ['save episodes', 'save shows', 'save films', 'watch without internet', 'watch on the plane']],
    ['using my account', ['watching on my account', 'logged into my account', 'using my login']],
    ['new season', ['next series', 'new series', 'next season']],
    ['viewing history', ['watch history', 'watching history', 'continue watching']],
    ['contact', ['get hold of', 'get in contact with']],
    ['arrived damaged', ['came broken', 'came damaged', 'arrived broken', 'came smashed', 'arrived smashed']],
    ['forget password', ['forget my login', 'forget my login details', 'forgotten my login', 'forgot my login']],
    [
      'due',
      [
        'how long do i have to pay',
        'how long have i got to pay',
        'need paying by',
        'needs paying by',
        'need to be paid by',
        ...['last day to pay', 'last day i can pay', 'last day to settle', 'last day i can settle'],
        ...['final day to pay', 'final day to settle'],
      ],
    ],
    ['spending cap', ['limit on my bill', 'cap on my bill', 'limit my bill', 'cap my bill']],
    // Running up a bill is spending ("can i stop my kid running up a huge bill").
    ['spend', ['run up', 'running up', 'ran up', 'runs up', 'rack up', 'racking up', 'racked up']],
    ['end tenancy', ['want to move out', 'move out of the flat', 'move out of my flat', 'move out of the property']],
    ['make a claim', ['had an accident', 'been in an accident', 'been in a crash']],
    ['make a car claim', ['had a car accident', 'crashed my car', 'been in a car accident']],
    ['call history', ['calls i made', 'recent calls', 'list of my calls', 'previous calls', 'calls i have made']],
    ['international', ['while im away', 'while i am away', 'when im away', 'while away']],
    // Whether the phone works where one travels asks for roaming.
    [
      'roaming',
      ['will my phone work there', 'will my phone work', 'does my phone work there', 'can i use my phone there'],
    ],
    [
      'renew prescription',
      [
        'more of my tablets',
        'more of my pills',
        'more of my medication',
        'more of my medicine',
        'run out of my tablets',
      ],
    ],
    ['cost to send', ['how much to send', 'how much is it to send', 'price to send']],
    [
      'cant send',
      ['prohibited items', 'banned items', 'restricted items', 'not allowed to send', 'items you dont accept'],
    ],
    // Joining is what membership costs; ending a thing one has is cancelling it.
    ['membership price', ['cost to join', 'how much to join', 'joining fee', 'price to join']],
    // A club's sub (subs) is what membership costs, asked as "how much" ("price" would meet a rating).
    ['how much is membership', ['annual sub', 'annual subs', 'yearly sub', 'yearly subs', 'club subs']],
    // What being a member costs is what membership costs ("how much is it per year to be a member").
    [
      'membership',
      [
        ...['annual pass', 'yearly pass', 'season pass', 'season ticket', 'annual ticket'],
        ...['to be a member', 'being a member'],
      ],
    ],
    ['photo', ['use my camera', 'use a camera', 'bring my camera', 'bring a camera', 'use our cameras']],
    ['guided tour', ['show you around', 'show us around', 'shows you around', 'show me around', 'shows people around']],
    ...['membership', 'subscription', 'contract', 'account'].map(
      (thing) => [`cancel my ${thing}`, [`end my ${thing}`, `end my gym ${thing}`, `terminate my ${thing}`]] as const,
    ),
    [
      'bring guest',
      ['friend come with me', 'bring a friend', 'bring my friend', 'someone come with me', 'bring someone with me'],
    ],
    [
      'other branches',
      ['other gyms', 'other clubs', 'other locations', 'other sites', 'another gym', 'another club'].concat([
        'in another town',
        'another location',
        'another branch',
      ]),
    ],
    [
      'fuel policy',
      ['full tank', 'fill up the tank', 'fill the tank', 'fill it up', 'return it full', 'bring it back full'],
    ],
    ['extend', ['more days', 'extra days', 'keep it longer', 'keep the car longer']],
    ['mileage limit', ['unlimited miles', 'unlimited mileage', 'how many miles', 'miles included', 'mileage included']],
    ['appointment', ['see a dentist', 'see the dentist', 'see a doctor', 'see the doctor', 'see a hygienist']],
    ['toothache', ['tooth is killing me', 'tooth hurts', 'teeth hurt', 'tooth pain', 'tooth is hurting', 'tooth ache']],
    ['braces', ['straighten my teeth', 'teeth straightened', 'straighter teeth', 'crooked teeth', 'straight teeth']],
    [
      'implant',
      ['lost a tooth', 'missing tooth', 'replace a tooth', 'replace my tooth', 'tooth replaced', 'false tooth'],
    ],
    // Where a thing ends up is where it is: no ending of it.
    [
      '',
      [
        ...['at the end of the month', 'end of the month', 'end of the week', 'end of the year', 'at the beginning of'],
        ...['end up', 'ends up', 'ended up'],
      ],
    ],
    [
      'top up',
      [
        'put more money on',
        'put money on',
        'add money to',
        'add more money to',
        'add credit to',
        'put credit on',
        'put some credit on',
        'add credit',
      ],
    ],
    ['data usage', ['how much data']],
    // What has been used of an allowance is its usage ("how much have I used this month").
    [
      'usage',
      [
        ...[
          'have i used',
          'i have used',
          'ive used',
          'ive burnt',
          'ive burned',
          'used so far',
          'burned through',
          'burnt through',
        ],
        ...['chewed through', 'eaten through', 'gone through so far', 'got through so far'],
      ],
    ],
    // Settling an account, or clearing what is owed, is paying the bill.
    [
      'pay bill',
      [
        ...['settle my account', 'settle my bill', 'settle the bill', 'settle up', 'pay off my balance'],
        ...['clear my balance', 'clear my outstanding balance', 'clear the bill', 'clear my bill'],
        ...['clear the arrears', 'clear my arrears', 'pay off the arrears', 'pay off my arrears'],
        // What is owed is read as the bill by then ("clear what i owe" is "clear bill" here).
        ...['clear bill', 'settle bill'],
      ],
    ],
    [
      'unrecognized',
      [
        'dont recognize',
        'dont recognise',
        'do not recognise',
        'do not recognize',
        'did not make',
        'didnt make',
        'never made',
      ],
    ],
    ['unsubscribe', ['stop receiving', 'stop getting', 'remove me from', 'stop sending', 'stop emailing']],
    ['accept', ['do you take']],
    ['lost', ['cant find', 'cannot find', 'can not find']],
    ['pause', ['temporarily block', 'block temporarily', 'temporarily stop', 'stop temporarily']],
    ['fraud', ['pretending to be', 'pretended to be', 'fake call', 'fake text', 'fake email', 'fake website']],
    ['size', ['too small', 'too big', 'too large', 'too tight', 'too loose', 'doesnt fit', 'does not fit', 'dont fit']],
    [
      'return',
      [
        'send it back',
        'send something back',
        'send them back',
        'send this back',
        'send the item back',
        'changed my mind',
        'change my mind',
        'changed our minds',
      ],
    ],
    // Paying in parts ("instalments" would be "install" to the stemmer).
    [
      'split payment',
      [
        'instalments',
        'instalment',
        'installments',
        'installment',
        'spread the cost',
        'spread the payments',
        'pay for it over',
        'pay it off over',
        'pay off over',
        'pay monthly',
        'monthly payments',
        'buy now pay later',
        'pay in parts',
        'pay later',
        'payment plan',
        'payment plans',
      ],
    ],
    ['physical store', ['shop i can visit', 'store i can visit', 'visit your shop', 'visit your store', 'in person']],
    [
      'how long delivery',
      [
        'when will my order arrive',
        'when will my parcel arrive',
        'when will my package arrive',
        'when will it arrive',
        'when will i get my order',
        'when will i receive my order',
      ],
    ],
    ['pay', ['payment methods', 'payment method', 'payment options', 'ways to pay', 'ways of paying']],
    // Leaving the company, not renewing or going on with a thing, or breaking a contract (no damage) is
    // cancelling it (no renewal).
    [
      'cancel',
      [
        ...['leave your', 'leave you', 'leaving you', 'i want to leave', 'i wanna leave', 'want to leave you'],
        // An event called off is cancelled.
        ...['called off', 'call off', 'calls off', 'calling off'],
        ...['i want out', 'want out of'],
        ...['dont want to renew', 'do not want to renew', 'not going to renew', 'wont be renewing'],
        ...['will not be renewing', 'dont want to continue', 'do not want to continue'],
        ...['break my contract', 'break the contract', 'break a contract', 'breaking my contract'],
      ],
    ],
    [
      'spam calls',
      ['keeps calling me', 'keep calling me', 'silent calls', 'calls and hangs up', 'calling and hanging up'],
    ],
    // Stopping one number or person from calling is blocking it (many numbers calling is spam).
    [
      'block number',
      ['number', 'someone', 'person', 'them', 'him', 'her'].flatMap((who) =>
        ['calling', 'ringing', 'texting'].flatMap((calling) => [`${who} from ${calling} me`, `${who} ${calling} me`]),
      ),
    ],
    // By when a bill must be paid is when it is due.
    [
      'bill due',
      [
        ...[
          'what date do i have to pay',
          'what day do i have to pay',
          'which day do i have to pay',
          'what day of the month do i have to pay',
          'which day of the month do i have to pay',
          'when do i have to pay',
          'when do i need to pay',
          'what day do i need to pay',
        ],
        ...['have to be in by', 'pay by when', 'payment deadline', 'deadline to pay', 'deadline for paying'],
        ...['be paid by', 'bill paid by', 'have to be paid', 'has to be paid', 'need to be paid'],
        ...['do you take the payment', 'do you take payment', 'is the payment taken', 'does the payment come out'],
        // A bill's date is when it is due.
        ...['bill date', 'billing date'],
      ],
    ],
    // What is left of a thing is how much of it there is ("how much data have I got left").
    ['', ['have i got left', 'do i have left', 'have i left', 'i have left', 'i have got left', 'is left', 'are left']],
    ['', ['whats left of', 'what is left of', 'whats remaining of', 'what remains of']],
    ['social tariff', ['on benefits', 'universal credit', 'low income', 'pension credit']],
    [
      'contact',
      [
        'whats your phone number',
        'what is your phone number',
        'your phone number',
        'your contact number',
        'your telephone number',
        'number to call',
        'whats the phone number',
        'what is the phone number',
        'the phone number of',
        'the phone number for',
      ],
    ],
    ['change', ['made a mistake', 'make a mistake', 'mistake in my']],
    ['bring my own phone', ['phone i already have', 'phone i have already', 'use my own phone', 'my existing phone']],
    ['miss', ['dont turn up', 'do not turn up', 'dont show up', 'do not show up', 'didnt turn up', 'didnt show up']],
    // The address, the part of town, the street one is on or the station nearest asks where; a thing on
    // one's road is in one's area.
    [
      'where',
      [
        ...['what is your address', 'whats your address', 'what is the address', 'whats the address'],
        ...['which part of town', 'what part of town', 'which part of the city', 'what part of the city'],
        ...['which street', 'what street', 'which road', 'what road'],
        ...['know the address', 'give me the address', 'send me the address'],
        ...['the exact address', 'your exact address'],
        ...['nearest station', 'nearest tube', 'closest station'],
        ...['station is nearest', 'station is closest', 'station is the nearest', 'station is the closest'],
      ],
    ],
    ['area', ['on my road', 'on our road', 'in my road', 'in our road', 'down my road', 'down our road']],
    [
      'move change address',
      [
        'moved house',
        'moving house',
        'moved flat',
        'moving flat',
        'moved flats',
        'moving flats',
        'moved home',
        'moving home',
        'new house',
        'new home',
        'new flat',
        'new apartment',
        'move home',
        'move house',
        'selling my house',
        'selling up',
        'moving out',
        'sold my house',
        'selling my home',
        'sold my home',
      ],
    ],
    ['change the', ['put the wrong', 'entered the wrong', 'typed the wrong', 'gave the wrong']],
    ['to agent', ['to someone', 'to somebody', 'to a human', 'to one of your staff', 'to a member of staff']],
    ['with agent', ['with someone', 'with somebody', 'with a human']],
    [
      'opening hours',
      [
        'what time do you open',
        'what time do you close',
        'what time do you shut',
        'when do you shut',
        'how late are you open',
        'how late are you serving',
        'how late do you serve',
        'when do you open',
        'when do you close',
        'what time does it open',
        'what time does it close',
        'are you open',
        // Shut or closed on a day asks when it is open, not to close a thing.
        ...['are you', 'is the shop', 'is the store', 'is it'].flatMap((what) => [`${what} closed`, `${what} shut`]),
        // Coming in on a day asks whether one is open then ("can i come in on a monday").
        ...['come in', 'pop in', 'pop by'].flatMap((come) => WEEKDAYS.map((day) => `${come} on a ${day}`)),
      ],
    ],
    [
      'price',
      [
        'how much is it',
        'how much does it cost',
        'how much do you charge',
        'how much are',
        'how much for',
        'how much to',
        ...['entry fee', 'entrance fee', 'admission fee'],
        // What the damage is asks the price.
        ...['whats the damage', 'what is the damage'],
        // What a thing would set one back is its price.
        ...['set me back', 'set us back'],
      ],
    ],
    [
      'deposit',
      [
        'money as security',
        'as a security',
        'do i have to pay anything upfront',
        'pay upfront',
        'pay anything upfront',
        'pay in advance',
        'pay up front',
        'pay something upfront',
        'something upfront',
      ].concat(['put money down', 'money up front', 'money upfront']),
    ],
    [
      'capacity',
      [
        'how many guests can',
        'how many people can you',
        'maximum number of guests',
        'maximum number of people',
        'how many can you fit',
      ],
    ],
    [
      'bills included',
      ['do i have to pay for electricity separately', 'pay for electricity separately', 'pay bills separately'],
    ],
    // What is paid towards a claim is the excess (before "do i have to pay", whether it is free).
    ['excess', ['do i have to pay if i claim', 'have to pay if i claim', 'pay if i claim', 'pay when i claim']],
    // How much one has to pay asks the price (before whether one has to pay at all, which asks
    // whether it is free).
    [
      'cost',
      ['do i', 'will i', 'would i', 'do we', 'will we', 'would we'].map((will) => `how much ${will} have to pay`),
    ],
    // Whether a thing is paid for asks whether it is free.
    [
      'free',
      [
        'do i have to pay',
        'do i need to pay',
        'do we have to pay',
        ...['will i', 'will we', 'would i', 'would we'].flatMap((will) => [
          `${will} have to pay`,
          `${will} ever have to pay`,
        ]),
        'do you charge for it',
        // Whether there is a paid version asks whether this one is free.
        ...['paid version', 'paid tier', 'paid edition'],
        'is there a charge for',
        'cost anything',
        'costs anything',
        'cost money',
        'costs money',
        // Using a thing without paying for it is its being free; gratis is free.
        'without paying',
        'without having to pay',
        'gratis',
      ],
    ],
    [
      'technician visit',
      [
        'come to my house',
        'come to my home',
        'come to my place',
        'come out and fix',
        'come out and look at',
        'come and fix',
        'come fix',
        'send someone',
        'come round',
        'come around',
        'come over to',
        'someone to come out',
        'get someone out',
        'someone out to',
        'to come out',
        'call out',
        'callout',
        'call outs',
        'callouts',
        ...['engineer out', 'technician out', 'send an engineer', 'send a technician'],
        ...['engineer sent out', 'technician sent out', 'someone sent out'],
        // Getting someone round is their coming to the house.
        ...['engineer round', 'technician round', 'someone round', 'pop round'],
      ],
    ],
    // Raising a complaint is making one, not raising a price.
    [
      'complaint',
      ['raise', 'lodge'].flatMap((verb) =>
        ['complaint', 'grievance'].flatMap((what) => [`${verb} a ${what}`, `${verb} a formal ${what}`]),
      ),
    ],
    ['visit', ['pop in', 'pop round', 'pop by', 'drop in', 'drop by', 'stop by']],
    ['data usage', ['remaining data', 'data left', 'data remaining', 'how much mobile data']],
    // A connection, said alone, is the internet one (the verb "connect" is another word).
    ['internet', ['internet connection', 'connection']],
    [
      'lost',
      [
        'never arrived',
        'didnt arrive',
        'did not arrive',
        'didnt show up',
        'did not show up',
        'never showed up',
        'never turned up',
      ],
    ],
    // Not speaking English asks for an interpreter.
    ['interpreter', DO_NOT.map((not) => `${not} speak english`)],
    // Running late is being late ("running" alone may be running a thing: starting it).
    ['late', ['running late', 'going to be late', 'gonna be late', 'be a bit late', 'stuck in traffic']],
    // A barber's cuts by name are haircuts.
    ['haircut', ['short back and sides', 'skin fade', 'buzz cut']],
    // How long a show or a film runs, or how many days or weeks a job takes.
    [
      'how long',
      [
        ...['running time', 'run time', 'runtime', 'how many hours'],
        ...['how many days will it take', 'how many days does it take', 'how many days will you be'],
        ...['how many weeks will it take', 'how many weeks does it take', 'how many weeks will you be'],
      ],
    ],
    // A thing's lifespan is how long it lasts.
    ['how long last', ['lifespan', 'life span', 'life expectancy']],
    ['dress code', ['dress smart', 'dress smartly', 'dress up', 'dressed up', 'smart clothes']],
    // A price given with no obligation is a free quote; a group's size is how many people come.
    ['free quote', ['no obligation', 'without obligation', 'without any obligation', 'obligation free']],
    ['how many people', ['group size', 'max group', 'maximum group', 'largest group', 'biggest group']],
    // The high street is a street, no height.
    ['street', ['high street']],
    // A meeting point is where one meets (not a loyalty scheme's points), and people getting together meet.
    ['meet', ['meeting point', 'meeting place', 'meetup point', 'get together', 'getting together']],
    ['sick', ['gets ill', 'get ill', 'got ill', 'falls ill', 'fall ill', 'is ill', 'feeling ill', 'feel ill']],
    [
      'sick',
      ['unwell', 'becomes ill', 'become ill', 'became ill', 'taken ill', 'is poorly', 'gets poorly', 'feeling poorly'],
    ],
    // What to pack, or needing one's own thing, asks what to bring.
    [
      'bring',
      [
        ...['what to pack', 'need to pack', 'should i pack', 'do i pack', 'should we pack', 'do we pack'],
        ...['need my own', 'need our own'],
        ...['turn up with', 'show up with'],
      ],
    ],
    [
      'visit',
      [
        'come and have a look around',
        'come and have a look',
        'have a look around',
        'come and look',
        'look around first',
      ],
    ],
    ['download', ['in pdf', 'as a pdf']],
    ['accessible parking', ['disabled parking', 'disabled bays', 'disabled bay', 'disabled spaces']],
    ['accessible', ['disabled access', 'disabled toilet', 'disabled toilets', 'disabled room', 'disabled rooms']],
    // Whether a card, or a card's brand, is taken asks whether one may pay by card.
    [
      'pay by card',
      ['take card', 'take cards', 'accept card', 'accept cards', 'take a card'].concat(
        ['take', 'accept'].flatMap((take) => ['visa', 'amex', 'mastercard'].map((brand) => `${take} ${brand}`)),
      ),
    ],
    // A card's brand named otherwise is a card; Visa only where it is paid with, no travel visa.
    ['card', ['mastercard', 'amex', 'american express', 'pay with visa', 'pay by visa']],
    // A bike's or a car's tune-up is its service.
    ['service', ['tune up', 'tuneup']],
    ['leave', ['move out while', 'stay out of', 'get out of the house', 'leave the property']],
    [
      'forex',
      ['pound', 'euro', 'dollar', 'pounds', 'euros', 'dollars'].flatMap((from) =>
        ['pound', 'euro', 'dollar', 'pounds', 'euros', 'dollars', 'yen', 'peso', 'pesos']
          .filter((to) => !to.startsWith(from.slice(0, 4)))
          // With its rate first: "the pound to euro rate" is no fee.
          .flatMap((to) => [`${from} to ${to} rate`, `${from} to ${to} exchange rate`, `${from} to ${to}`]),
      ),
    ],
    ['royalmail', ['royal mail']],
    ['postoffice', ['post office', 'post offices']],
    // A packed lunch is food brought along, not a restaurant's lunch.
    ['food', ['packed lunch', 'packed lunches']],
    // Sitting beside someone is choosing a seat.
    ['seat', ['sit next to', 'sit together', 'sit beside', 'sit with my', 'seats together']],
    // Calls over wifi are wifi calling.
    [
      'wifi calling',
      ['calls over wifi', 'call over wifi', 'calls over my wifi', 'calls over my home wifi', 'calls on wifi'],
    ],
    // Heated floors are underfloor heating; dropping or bringing a thing round is delivering it.
    ['underfloor heating', ['heated floors', 'heated floor', 'floor heating']],
    [
      'deliver',
      ['drop', 'bring'].flatMap((verb) => [
        `${verb} them round`,
        `${verb} it round`,
        `${verb} them over`,
        `${verb} it over`,
      ]),
    ],
    // A starter pack is a kit for beginners.
    ['beginner kit', ['starter pack', 'starter kit', 'starter set']],
    // What is paid per head is per person.
    ['per person', ['per head', 'a head']],
    // Chopping a tree down cuts it (down is no outage here).
    ['cut', ['chop it down', 'chop them down', 'chop down', 'cut it down', 'cut them down']],
    // Setting a new password is changing it.
    ['change password', ['set a new password', 'need a new password', 'a different password']],
    // A bot that goes live is deployed.
    [
      'deploy',
      [
        'go live',
        'to production',
        'into production',
        ...['get', 'getting', 'bring', 'bringing', 'take', 'taking'].flatMap((verb) =>
          ['my bot', 'our bot', 'the bot', 'a bot', 'it'].map((bot) => `${verb} ${bot} live`),
        ),
        ...['put', 'putting'].flatMap((verb) =>
          ['my bot', 'our bot', 'the bot', 'it'].map((bot) => `${verb} ${bot} in production`),
        ),
      ],
    ],
    // The last day to pay a bill, the date by which it is paid, is when it is due.
    [
      'due',
      [
        'last day to pay',
        'last date to pay',
        'by what date',
        'by which date',
        'by when',
        'deadline for paying',
        'deadline to pay',
        'payment deadline',
      ],
    ],
    ['deadline', ['last date to', 'last day to', 'closing date']],
    ['meter reading', ['meter numbers', 'numbers on my meter', 'numbers on the meter', 'meter figures']],
    [
      'fly tipping',
      ['dumped a mattress', 'dumped a sofa', 'dumped rubbish', 'dumped bags', 'rubbish dumped', 'illegally dumped'],
    ],
    [
      'planning permission',
      [
        ...['build an extension', 'building an extension', 'loft conversion'],
        ...['council need to approve', 'council to approve'],
      ],
    ],
    // Coming to measure up is a survey.
    ['survey', ['measure up', 'come and measure', 'come to measure']],
    ['foundations', ['concrete base']],
    ['reserve', ['put a hold on', 'place a hold on', 'put a reservation on']],
    [
      'slow',
      [
        ...['take ages', 'takes ages', 'taking ages', 'take forever', 'takes forever', 'taking forever'],
        // What takes ages is slow, and so are speeds said to be bad.
        ...['speed', 'speeds'].flatMap((speed) => [
          ...['terrible', 'awful', 'poor', 'bad', 'rubbish', 'shocking'].map(
            (bad) => `${speed} ${speed === 'speed' ? 'is' : 'are'} ${bad}`,
          ),
          ...['terrible', 'awful', 'poor', 'bad', 'rubbish'].map((bad) => `${bad} ${speed}`),
        ]),
      ],
    ],
    // A company's phone lines are its customer service.
    [
      'customer service',
      ['your phone lines', 'the phone lines', 'answering the phones', 'answer the phones', 'manning the phones'],
    ],
    // Trying a service before paying for it is its trial.
    ['trial', ['try it out', 'try it first', 'try you out', 'try before', 'try out']],
    // Giving some time is volunteering.
    ['volunteer', ['give some time', 'give my time', 'give some of my time', 'give up some time', 'spare some time']],
    // A mouth guard is a gum shield.
    ['gum shield', ['gumshield', 'mouth guard', 'mouthguard', 'gum guard', 'mouth guards', 'mouthguards']],
    ...['lesson', 'class', 'session'].map(
      (what) => [`trial ${what}`, [`try a ${what}`, `try one ${what}`, `try out a ${what}`]] as const,
    ),
    // A lesson or a meeting on a video call is online ("can we do the lessons over zoom").
    [
      'online',
      ['zoom', 'skype', 'teams', 'video call', 'videocall', 'video'].flatMap((call) => [
        `over ${call}`,
        `via ${call}`,
        `on ${call}`,
        `by ${call}`,
      ]),
    ],
    // Not wanting one's own thing or the business's service (plan, contract…) any more is cancelling it.
    [
      'cancel my',
      ['my', 'your'].flatMap((whose) =>
        ['dont want', 'do not want', 'no longer want', 'dont need', 'no longer need'].map((not) => `${not} ${whose}`),
      ),
    ],
    ['cancel the', ['dont need the', 'do not need the', 'no longer need the']],
    // The day a payment is taken (or comes out) is when it is due.
    [
      'due',
      [
        ...['take the money', 'take the payment', 'money come out', 'payment come out', 'payment go out'],
        ...['payment taken', 'money taken'],
      ],
    ],
    // An old phone swapped for credit is traded in.
    ['trade in', ['swap my old', 'exchange my old', 'part exchange']],
    ['potty training', ['toilet training', 'toilet trained', 'potty trained']],
    ['start', ['fire it up', 'fire up', 'spin it up', 'spin up', 'kick off', 'kick it off']],
    // What is left of an allowance is what remains, no leaving ("minutes and texts left").
    ['remaining', ['have left', 'got left', 'minutes left', 'texts left', 'data left', 'credit left']],
    [
      'early termination',
      [
        ...['cancel halfway through', 'leave halfway through'],
        ...[
          'break my contract early',
          'breaking my contract early',
          'end my contract early',
          'leave my contract early',
        ],
        ...['walk away from my contract', 'walking away from my contract'],
      ],
    ],
    [
      'pac code',
      [
        ...['switch to another network', 'switch networks', 'move to another network', 'change networks'],
        ...['go to another network', 'going to another network'],
      ],
    ],
    [
      'forward calls',
      [
        ...['send my calls to another number', 'send calls to another number', 'calls go to another number'],
        ...['calls to go to', 'my calls go to', 'send my calls to', 'send all my calls to'],
        // Calls sent to one's own other phone, not to voicemail.
        ...['calls sent to my', 'calls diverted to my'],
      ],
    ],
    // A trip switch is the fuse that trips (see STEM_TWINS), no trip abroad.
    ['fuse', ['trip switch', 'trip switches', 'keeps tripping', 'keep tripping']],
    // A car that will not go has broken down: its breakdown ("breakdown cover") is the same word.
    [
      'breakdown',
      ['wont start', 'will not start', 'doesnt start', 'broke down', 'broken down', 'breaks down', 'break down'],
    ],
    ['status', ['whats happening with', 'what is happening with', 'any update on', 'any news on', 'an update on']],
    [
      'itemised',
      [
        'breakdown of',
        'every call i made',
        'calls i made',
        'calls i have made',
        'list of my calls',
        'every text and call',
        'every call and text',
        'all my calls and texts',
        'all my texts and calls',
      ],
    ],
    ['outside home', ['out of the house', 'out of the home', 'away from home', 'away from the house']],
    // A thing that costs more has gone up, as a bill has ("my premium went up"); a bill "so big" is
    // higher, and one that has doubled (a room is "double": only the bill's or price's doubling).
    [
      'increase',
      [
        ...['go up', 'goes up', 'going up', 'gone up', 'went up', 'so big'],
        ...['get more expensive', 'gets more expensive'],
        // A bill that jumped or shot up is higher.
        ...['bill jumped', 'bill has jumped', 'bill shot up', 'bill has shot up'],
        // One that is double what one pays is higher too.
        ...['double', 'twice', 'more than'].flatMap((more) =>
          ['normally', 'usually'].map((usually) => `${more} what i ${usually} pay`),
        ),
        // Paying or being charged more than before ("why am i paying more this month").
        ...['paying more', 'charged more'].flatMap((more) =>
          ['this month', 'than usual', 'than normal', 'than before', 'than last month'].map(
            (when) => `${more} ${when}`,
          ),
        ),
      ],
    ],
    ['bill increase', ['bill doubled', 'bill has doubled', 'bill tripled', 'bill has tripled']],
    ['price increase', ['price doubled', 'price has doubled', 'prices doubled', 'prices have doubled']],
    // Moving one's supply or joining is switching to the company.
    [
      'switch to you',
      [
        ...['energy', 'supply', 'energy supply', 'gas and electricity', 'gas and electric'].flatMap((what) => [
          `move my ${what} over to you`,
          `move my ${what} to you`,
        ]),
        ...['move over to you', 'come over to you', 'switch over to you', 'join you'],
      ],
    ],
    [
      'add driver',
      ['son', 'daughter', 'wife', 'husband', 'partner', 'kid', 'child', 'mum', 'mom', 'dad', 'friend'].flatMap(
        (who) => [`can my ${who} drive`, `let my ${who} drive`, `my ${who} to drive`, `my ${who} to be able to drive`],
      ),
    ],
    [
      'excess',
      ['pay towards', 'towards a claim', 'towards each claim', 'towards the claim', 'towards my claim'].flatMap(
        (phrase) => (phrase.startsWith('pay') ? ['do i have to pay towards', 'have to pay towards', phrase] : [phrase]),
      ),
    ],
    ['flood', ['water everywhere', 'water coming through']],
    ['change car', ['bought a new car', 'got a new car', 'changed my car', 'changing my car', 'replacing my car']],
    ['renew policy', ['policy ends', 'policy is ending', 'policy expires', 'insurance ends', 'insurance expires']],
    ['wedding', ['getting married', 'get married', 'the big day', 'our big day', 'my big day']],
    ['dress', ['gown', 'gowns']],
    // A tax return is the tax office's.
    ['hmrc', ['tax return', 'tax returns', 'self assessment']],
    ['cut down', ['felled', 'felling', 'fell a', 'fell the', 'fell my', 'fell our']],
    // The password one logs in with is the account's password.
    ['password', ['login password', 'log in password', 'sign in password']],
    ['service', ['annual check', 'yearly check', 'boiler check']],
    ['nutrition', ['what to eat', 'what i should eat', 'what should i eat', 'what i eat']],
    ['lose weight', ['shed weight', 'shed a stone', 'shed two stone', 'slim down', 'get slimmer']],
    ['injury', ['bad knee', 'bad shoulder', 'dodgy knee']],
    [
      'wear',
      [
        ...['what clothes', 'which clothes', 'dress code'],
        // What to put on one's feet is what to wear.
        ...['what shoes', 'which shoes', 'what footwear', 'which footwear', 'are trainers ok', 'are trainers okay'],
        ...['need wellies', 'need walking boots'],
        // Doing the thing in given shoes asks whether they will do ("can i throw in sandals").
        ...['in sandals', 'in flip flops', 'in flipflops', 'in heels', 'in trainers'],
      ],
    ],
    // Coming to the customer is a home visit.
    [
      'home visit',
      [
        ...['me', 'us', 'my house', 'my home', 'our house'].map((where) => `come to ${where}`),
        ...['housebound', 'house bound'],
        ...['her', 'his', 'their'].flatMap((whose) => [`come to ${whose} house`, `come to ${whose} home`]),
      ],
    ],
    // A battery's charge is no price (a "charge" of a bill): a phone that won't take one is recharging.
    [
      'recharge',
      [
        "won't charge",
        'wont charge',
        'not charging',
        'stopped charging',
        'take a charge',
        'hold a charge',
        'holds a charge',
        'hold charge',
        'charging port',
        'charge my phone',
        'need charging',
        'needs charging',
        'need to be charged',
      ],
    ],
    ['price', ['price range', 'price ranges']],
    ['overnight guest', ['stay over', 'stay the night', 'sleep over']],
    ['refund', ['you owe me money', 'owe me money', 'you owe me']],
    [
      'gift card',
      [
        'gift voucher',
        'gift vouchers',
        'buy a voucher',
        'voucher for my',
        ...[
          'her',
          'him',
          'them',
          'someone',
          'my mum',
          'my mom',
          'my dad',
          'my wife',
          'my husband',
          'my partner',
          'my friend',
        ].map((someone) => `buy ${someone} a voucher`),
        'as a present',
        'as a gift',
        ...['birthday', 'christmas'].flatMap((day) => [`as a ${day} present`, `as a ${day} gift`]),
        'for a present',
      ],
    ],
    ['how old', ['minimum age', 'age limit', 'what age', 'too young', 'too old', 'old enough']],
    // The voicemail code is its PIN; grown-ups are adults; a lost or broken SIM asks for a replacement;
    // a pet that hates getting wet is scared of water.
    ['voicemail pin', ['voicemail code', 'voicemail passcode', 'voicemail password']],
    ['adult', ['grown ups', 'grownups', 'grown up', 'grownup']],
    [
      'replacement sim',
      ['lost my sim', 'sim is damaged', 'sim card is damaged', 'sim is broken', 'sim card is broken'],
    ],
    [
      'scared of water',
      [
        ...['hates getting wet', 'hate getting wet', 'hates the water', 'hates water', 'hate water'],
        ...['afraid of water', 'afraid of the water', 'scared of the water', 'frightened of water', 'nervous of water'],
      ],
    ],
    // How soon, and how long an order takes to make.
    [
      'how long',
      [
        ...['how quickly', 'how soon', 'earliest availability', 'first available slot', 'earliest slot'],
        ...['turnaround', 'turnaround time', 'lead time', 'how much time'],
      ],
    ],
    // A thing that was someone else's is second-hand ("a used piano"; not "i used my card").
    ['secondhand', ['a used', 'an used', 'buy used', 'sell used', 'pre owned', 'preloved']],
    // What a thing is made of is its material.
    ['material', ['made of', 'made from', 'made out of']],
    // The biggest or smallest there is asks which sizes there are.
    ['size', ['biggest', 'smallest', 'largest']],
    ['wood burner', ['log burner', 'log burners', 'woodburner', 'woodburners']],
    // Being off to a country is travelling there.
    ['travel', ["i'm off to", 'im off to', "we're off to", 'were off to', 'heading off to']],
    // Coming out to a place, or as far as it, asks where one works.
    [
      'area',
      [
        ...['do you come out to', 'will you come out to', 'would you come out to', 'could you come out to'],
        ...['come out as far as', 'come as far as', 'go as far as', 'travel as far as'],
      ],
    ],
    // Once or twice a year asks how often.
    ['how often', ['once a year', 'twice a year', 'once a month', 'times a year', 'every year']],
    [
      'alteration',
      [
        ...['take them up', 'take it up', 'take them in', 'take it in', 'shorten', 'shortened'],
        ...['taking in', 'taking up', 'taken in', 'taken up'],
      ],
    ],
    ['pothole', ['hole in the road', 'holes in the road', 'hole in the pavement']],
    ['flytipping', ['dumped rubbish', 'dumping rubbish', 'rubbish dumped', 'illegal dumping']],
    ['register vote', ['electoral roll', 'electoral register']],
    ['noise', ['loud music', 'too loud', 'so loud', 'are loud', 'is loud', 'being loud']],
    [
      'leave',
      [
        'port out',
        'porting out',
        ...['network', 'provider', 'operator', 'carrier'].flatMap((them) =>
          ['switching', 'switch', 'moving', 'move', 'going'].map((go) => `${go} to another ${them}`),
        ),
        // Switching provider or network, said alone, is leaving this one.
        ...['provider', 'providers', 'network', 'networks'].map((them) => `switch ${them}`),
      ],
    ],
    [
      'trade',
      ['old phone worth', 'phone worth', 'how much is my old phone'].concat([
        'swapped for credit',
        'swap it for credit',
        'swap my old phone',
      ]),
    ],
    ['prohibited', ['not allowed to', 'not permitted to']],
    // A child said by age ("my 8 year old"), or by age after who it is ("my son is 10", "my lad is 10").
    [
      'child',
      [
        ...['year old', 'years old', 'yr old', 'little boy', 'little girl', 'little one', 'little ones'],
        ...childAges(
          ['son is N', 'daughter is N', 'lad is N', 'boy is N', 'girl is N', 'kid is N', 'kids are N', 'twins are N'],
          NUMBER_NAMES,
        ),
      ],
    ],
    // A thing left somewhere is lost, and so is a pet that ran off or ran away.
    [
      'lose',
      [
        ...['left my', 'left his', 'left her', 'left something', 'left a', 'lost property'],
        ...['ran off', 'has run off', 'ran away', 'run away', 'slipped out'],
      ],
    ],
    ['life jacket', ['buoyancy aid', 'buoyancy aids']],
    [
      'contactless',
      [
        ...['tap my card', 'tap my bank card', 'tap my debit card', 'tap my phone', 'tap and go', 'tap to pay'],
        ...['apple pay', 'google pay', 'samsung pay'],
      ],
    ],
    ['week', ['7 day', 'seven day']],
    ...['bus', 'train', 'tram'].map((way) => [`${way} timetable`, [`${way} times`]] as const),
    [
      'upgrade',
      [
        'top tier',
        'higher tier',
        // A bigger allowance is a plan upgraded.
        ...['bigger', 'larger'].map((big) => `${big} allowance`),
      ],
    ],
    // Messages listened to, or left when one does not pick up, are voicemail.
    [
      'voicemail',
      [
        ...['listen to my messages', 'check my messages'],
        ...['when', 'if'].flatMap((time) =>
          ['dont pick up', 'cant pick up', 'dont answer', 'cant answer', 'miss a call'].map(
            (not) => `${time} i ${not}`,
          ),
        ),
      ],
    ],
    // Locked out of one's account (not one's house) is a password forgotten.
    [
      'forget password',
      ['locked out of my', 'locked myself out of my'].flatMap((out) =>
        ['account', 'online account', 'login', 'app'].map((what) => `${out} ${what}`),
      ),
    ],
    // Texts and calls from numbers one does not know are spam, and so are texts saying one has won
    // a prize.
    ['spam', ['random numbers', 'unknown numbers', 'numbers i dont know', 'won a prize']],
    // A router's light flashing orange or red, or nothing loading, is a fault.
    ['problem', ['flashing orange', 'flashing red', 'nothing loads', 'nothing will load']],
    // The gas and electric are the energy.
    ['energy', ['gas and electric', 'gas and electricity', 'gas or electric', 'gas or electricity']],
    // Dropping a thing round is delivering it ("can you drop some round").
    ['deliver', ['drop some round', 'drop round']],
    [
      'collect',
      [
        ...['pick up', 'pick it up', 'picking up', 'pick her up', 'pick him up', 'pick them up'],
        ...['pick things up', 'pick stuff up'],
        ...['take it home', 'take them home', 'take home'],
      ],
    ],
    // Someone added to a plan is a line added to it.
    [
      'add line',
      ['son', 'daughter', 'wife', 'husband', 'partner', 'kid', 'kids', 'child', 'mum', 'mom', 'dad'].flatMap((who) => [
        `add my ${who} to`,
        `add my ${who} on`,
        `put my ${who} on`,
        `sim for my ${who}`,
      ]),
    ],
    ['viewing', ['come and see', 'come to see', 'see the flat', 'see the property', 'see the house']],
    ['guarantor', ['sign for me', 'co sign', 'cosign', 'cosigner', 'co signer']],
    ['fix', ['needs fixing', 'needs repairing']],
    ['renew', ['stay another year', 'stay for another year', 'stay longer']],
    ['manage', ['look after my', 'look after the']],
    [
      'checkin',
      [
        'get into my room',
        'get into the room',
        'get into our room',
        'get the keys to',
        'get my room',
        'get the keys',
        'collect the keys',
      ],
    ],
    [
      'checkout',
      [
        'leave the room',
        'leave my room',
        'leave our room',
        'vacate the room',
        'out of the room',
        ...['how late can', 'what time do', 'when do'].flatMap((when) =>
          when === 'how late can'
            ? [`${when} we stay`, `${when} i stay`]
            : [`${when} we have to leave`, `${when} i have to leave`],
        ),
      ],
    ],
    // Leaving a thing somewhere for a while is dropping it off ("drop our bags off early").
    ['leave', ['drop off']],
    [
      'parking',
      [
        'leave my car',
        'leave the car',
        'somewhere to park',
        'where to park',
        'where can i park',
        'where do i park',
        'park my car',
        'park the car',
        ...['room for cars', 'room for the car', 'room for my car', 'room to park'],
        // Somewhere to put or leave a car or a van.
        ...['put', 'leave'].flatMap((verb) =>
          ['the car', 'my car', 'our car', 'the van', 'my van', 'our van'].map((car) => `${verb} ${car}`),
        ),
      ],
    ],
    [
      'change booking',
      [
        ...['move my stay', 'move my booking', 'move my reservation', 'move our booking', 'move our stay'],
        ...['move my slot', 'change my slot', 'move our slot'],
      ],
    ],
    [
      'pay at the hotel',
      ['pay when i arrive', 'pay when we arrive', 'pay on arrival', 'pay at check in', 'pay at reception'],
    ],
    [
      'return',
      [
        ...['bring', 'take'].flatMap((verb) => [`${verb} something back`, `${verb} it back`, `${verb} them back`]),
        // A thing that needs to go back is to be returned.
        ...['needs to go back', 'need to go back', 'has to go back', 'have to go back'],
      ],
    ],
    ['room service', ['food to my room', 'food to the room', 'eat in my room', 'eat in the room', 'meal to my room']],
    ['shuttle', ['pick us up at the airport', 'pick me up at the airport', 'pick up at the airport']],
    [
      'laundry',
      [
        ...['wash my clothes', 'wash clothes', 'clean my clothes', 'clothes washed', 'clothes cleaned', 'dry cleaning'],
        ...['shirts washed', 'washing done'],
      ],
    ],
    ['accept payment', ['take cash', 'accept cash', 'pay by cash']],
    [
      'struggle to pay',
      [
        'cant pay',
        'cannot pay',
        'unable to pay',
        'miss a payment',
        'missed a payment',
        'missed my payment',
        'cant afford',
        'cannot afford',
        'can not afford',
      ],
    ],
    [
      'complaint',
      [
        ...['not happy with', 'unhappy with', 'not satisfied with', 'dissatisfied with', 'im not happy'],
        ...['badly treated', 'treated badly', 'how badly i was treated', 'treated me badly'],
        ...['bad service', 'poor service', 'terrible service', 'awful service', 'rubbish service'],
        // Said the other way round ("your service is awful").
        ...['awful', 'terrible', 'rubbish', 'shocking', 'appalling'].map((bad) => `service is ${bad}`),
      ],
    ],
    ['change bank details', ['new bank account', 'changed banks', 'changed my bank', 'switched banks']],
    ['landline problem', ['no dial tone', 'no dialling tone', 'line is dead', 'line has gone dead']],
    // Paying the same every month is a standing order; wanting a different one is changing it.
    ['standing order', ['same amount every month', 'same amount each month', 'regular payment', 'recurring payment']],
    ['change', ['want a different', 'need a different', 'get a different']],
    [
      'camping',
      [
        ...['pitch', 'put up', 'bring'].flatMap((verb) => ['a', 'our', 'my'].map((tent) => `${verb} ${tent} tent`)),
        // Sleeping in tents is camping ("do the kids get to sleep in tents").
        ...['sleep in', 'sleeping in', 'slept in'].flatMap((sleep) => [`${sleep} a tent`, `${sleep} tents`]),
      ],
    ],
    [
      'who is playing',
      ['which bands', 'what bands', 'which artists', 'what artists', 'which acts', 'what acts', 'line up', 'lineup'],
    ],
    [
      'couples',
      ['husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee'].flatMap((partner) => [
        `my ${partner} and i`,
        `me and my ${partner}`,
      ]),
    ],
    // A PIN is reset by changing it (a router by restarting it); leaving a bank is closing the account.
    ['change pin', ['reset my pin', 'reset the pin', 'reset pin', 'reset my card pin', 'reset my pin number']],
    ['close account', ['leave the bank', 'leave your bank', 'leave this bank']],
    // Whether one can get broadband asks where it is available ("can I get fibre at my house").
    [
      'internet coverage',
      ['fibre', 'fiber', 'broadband', 'internet'].flatMap((net) => [`can i get ${net}`, `can i have ${net}`]),
    ],
    ['wifi password', ['wifi key', 'wi fi key', 'network key', 'wireless key']],
    // How a thing is done, through the app, says little of what is asked ("pay a bill through the app").
    ['', ['through the app', 'via the app', 'using the app', 'with the app', 'through your app', 'via your app']],
    // Where the asker is says little of what is asked ("no signal at home"); a house itself may be.
    [
      '',
      [
        'at home',
        'at my house',
        'in my house',
        'at my home',
        'in my home',
        'to my house',
        'to my home',
        'from my house',
        'from my home',
      ],
    ],
    ['blocked toilet', ["won't flush", 'wont flush', "doesn't flush", 'doesnt flush', 'not flushing']],
    ['blocked drain', ["won't drain", 'wont drain', 'not draining', "isn't draining", 'isnt draining']],
    ['private event', ['hire the place', 'hire the restaurant', 'book the whole place', 'exclusive hire']],
    [
      'invite',
      ['add a user', 'add users', 'add a colleague', 'add colleagues', 'add a team member', 'add team members'].concat(
        'add someone from my team',
        'add someone to my team',
      ),
    ],
    [
      'headshot',
      [
        'professional photo for linkedin',
        'photo for linkedin',
        'picture for linkedin',
        'linkedin photo',
        'professional photo',
        'profile photo',
        'profile picture',
      ],
    ],
    ['raw files', ['unedited pictures', 'unedited photos', 'unedited images', 'unedited files']],
    [
      'holding deposit',
      ['flat', 'property', 'room'].flatMap((home) => [`to reserve the ${home}`, `to hold the ${home}`]),
    ],
    [
      'get my deposit back',
      ["don't have", "haven't got", "haven't received", 'not received'].map((none) => `${none} my deposit`),
    ],
    ['bring a guest', ['bring a friend', 'friend come in', 'friend come with me']],
    ['locker', ['somewhere to keep', 'somewhere to store', 'somewhere to leave']],
    [
      'no water',
      ['nothing coming out of the tap', 'nothing is coming out of the tap']
        .flatMap((dry) => [dry, `${dry}s`])
        .concat('taps are dry', 'taps have run dry'),
    ],
    ['low pressure', ['just a trickle', 'only a trickle']],
    ['leak', ['water bubbling up', 'water coming up through the road', 'water gushing']],
    ['who is responsible for', ['who fixes', 'who repairs', 'who has to fix', 'who has to repair', 'who pays to fix']],
    [
      'book an appointment',
      [
        ...['get my cat seen', 'get my dog seen', 'get my pet seen', 'get him seen', 'get her seen', 'get it seen'],
        // Needing an appointment is needing to book one ("can i just turn up or do i need an appointment").
        ...['need an appointment', 'make an appointment', 'get an appointment'],
        // Walking in or dropping in is coming without one.
        ...['just walk in', 'walk in', 'walk ins', 'just drop in'],
      ],
    ],
    ['emergency', ['hit by a car', 'been run over', 'got run over']],
    // A fee for leaving is the fee for cancelling ("what's the exit fee").
    [
      'cancellation fee',
      [
        ...['exit fee', 'exit fees', 'leaving fee', 'fee for leaving', 'fee to leave'],
        ...['leaving', 'cancelling', 'walking away', 'breaking the contract'].map((leave) => `penalty for ${leave}`),
      ],
    ],
    // A ceiling on a thing is a limit to it ("put a ceiling on what I spend").
    ['limit', ['a ceiling on', 'ceiling on what']],
    // A thing sent again is another copy of it ("resend me my invoice").
    ['copy', ['resend', 'send it again', 'send me it again', 'send again', 'reprint']],
    // Just turning up is coming without booking ("can we just rock up on a saturday").
    [
      'book',
      ['turn up', 'show up', 'rock up'].flatMap((come) => [
        `${come} on the day`,
        `${come} on the night`,
        `just ${come}`,
      ]),
    ],
    [
      'microchip',
      ['dog', 'cat', 'kitten', 'puppy', 'pet']
        .map((pet) => `chip my ${pet}`)
        .concat('get him chipped', 'get her chipped'),
    ],
    [
      'repeat prescription',
      [
        'more of his tablets',
        'more of her tablets',
        'more tablets',
        'more of his medication',
        'more of her medication',
      ],
    ],
    ['personal trainer', ['workout plan', 'training plan', 'exercise plan', 'fitness plan']],
    ['products', ['cleaning stuff', 'cleaning supplies', 'cleaning materials']],
    ['vetted', ['background checked', 'background check', 'dbs checked', 'police checked', 'criminal record check']],
    ['student', ['at college', 'at uni', 'at university']],
    // Cheaper travel is a discount, and so is money off.
    [
      'discount',
      [
        ...['cheaper travel', 'cheaper tickets', 'cheaper fares', 'anything cheaper for'],
        ...['money off', 'get something off', 'knock something off'],
        ...['reduced price', 'reduced rate', 'reduced prices', 'reduced rates'],
      ],
    ],
    // What happened for no reason says nothing more of it ("my bill doubled for no reason").
    ['', ['for no reason', 'for no apparent reason', 'out of the blue']],
    // A deal of some months is a contract, no discount ("my 24 month deal").
    ['contract', ['month deal', 'months deal', 'year deal', 'years deal']],
    ['business card', ['cards with my name', 'cards with my details', 'name cards']],
    // "Tonight" alone is read as nothing before these: "what's on tonight" is "what's on".
    ['what films are showing', ['whats on', 'what is on'].flatMap((on) => [`${on} this weekend`, `${on} today`])],
    ['flooded', ['under water', 'underwater']],
    // A bank holiday is a holiday, and so is being away for a while.
    [
      'holiday',
      [
        ...['bank holiday', 'bank holidays'],
        ...['going away', 'were away', 'im away', 'i am away', 'will be away', 'be away for'],
      ],
    ],
    // Holiday left or owed is time off work, no trip.
    [
      'annual leave',
      [
        'holiday left',
        'holiday have i got left',
        'holiday do i have left',
        'days of holiday',
        'holiday entitlement',
        'holiday allowance',
      ],
    ],
    ['loyalty card', ['membership scheme', 'loyalty scheme', 'rewards scheme', 'points card']],
    ['garden design', ['plan my garden', 'plan my back garden', 'design my garden', 'redesign my garden']],
    ['garden waste', ['hedge cuttings', 'grass cuttings']],
    ['vpn', ['company network from home', 'work network from home', 'office network from home']],
    ['raise a ticket', ['log a problem', 'log a ticket', 'log a fault', 'log a call']],
    ['shared folder', ['shared drive', 'team drive', 'network drive', 'finance drive']],
    ['deploy', ['put my bot on the server', 'put the bot on the server', 'put it on the server']],
    // Turning a thing off and on again is restarting it.
    ['restart', ['off and on again', 'on and off again', 'turn it off and on', 'switch it off and on']],
    // The router turned off and on is the router restarted.
    ...['router', 'modem', 'hub', 'phone'].map(
      (thing) => [`restart ${thing}`, ['turn', 'switch'].map((verb) => `${verb} the ${thing} off and on`)] as const,
    ),
    ['terminal', ['departures hall', 'arrivals hall', 'to departures', 'to arrivals']],
    [
      'add line',
      [
        ...['sim on my account', 'sim card on my account', 'another sim on my', 'extra sim on my'],
        // A second number on a plan is another line.
        ...['a second number on', 'an extra number on', 'a second line on', 'an extra line on'],
      ],
    ],
    // A play area is a playground, no playing.
    ['playground', ['play area', 'play areas']],
    ['bring', ['come with us', 'come along with us', 'come with me']],
    [
      'food',
      [
        'somewhere to eat',
        'something to eat',
        'anything to eat',
        'place to eat',
        'anywhere to eat',
        'bite to eat',
        'a bite',
      ],
    ],
    ['foot passenger', ['walking on', 'walk on', 'on foot', 'without a car', 'without my car']],
    // One-to-one is private; never having done a thing is being a beginner.
    ['private session', ['one to one', 'one on one', '1 to 1', '1 2 1']],
    [
      'beginner',
      [
        ...['never done', 'never tried', 'complete novice', 'total novice', 'complete beginner'],
        ...['never worked out', 'never exercised', 'never been to a gym'],
        ...[
          ...['danced', 'swum', 'ridden', 'skied', 'surfed', 'coded', 'fished', 'sailed', 'climbed'],
          ...['kayaked', 'paddled', 'skated', 'dived', 'flown'],
        ].map((done) => `never ${done}`),
        // Whether experience is needed asks what there is for beginners.
        ...['need any experience', 'need experience', 'need previous experience'],
        ...['never touched a', 'never played a', 'never picked up a'],
        // Knowing nothing about a thing is starting from nothing.
        ...['know nothing about', 'dont know anything about', 'know nothing at all about'],
      ],
    ],
    // A dog's claws are its nails; washing and trimming it is grooming.
    ['nail', ['claws', 'claw']],
    ['groom', ['washed and trimmed', 'wash and trim', 'bath and trim', 'bath and a trim', 'washed and cut']],
    ['arcade', ['slot machines', 'claw machines', 'claw machine', 'fruit machines', 'games machines', 'amusements']],
    [
      'work event',
      [
        ...['team night out', 'work night out', 'office party', 'staff party', 'work do', 'team building'],
        ...['christmas do', 'office do', 'works do', 'works party'],
      ],
    ],
    // Breastfeeding is asked with pregnancy ("can I have it done if I'm pregnant?").
    // An expectant mother is pregnant; to expect a thing alone is not ("we expect the volume to grow").
    [
      'pregnant',
      [
        ...['im expecting', 'i am expecting', 'expecting a baby', 'breastfeeding'],
        ...['youre expecting', 'you are expecting', 'shes expecting', 'she is expecting', 'wife is expecting'],
        ...['when expecting', 'while expecting'],
        ...['expectant mother', 'expectant mothers', 'expectant mum', 'expectant mums', 'expectant parents'],
      ],
    ],
    [
      'cancel',
      [
        ...['cant make it', 'cannot make it', 'no longer come', 'not able to come', 'unable to come', 'cant come'],
        ...['cant make my appointment', 'cant make the appointment', 'cannot make my appointment'],
        ...['miss a session', 'miss a lesson', 'miss a class', 'miss an appointment', 'miss my appointment'],
        ...['dont need you', 'do not need you', 'no longer need you'],
        // Not making a day is not coming then ("i can't make saturday anymore").
        ...[...WEEKDAYS, 'tonight', 'tomorrow'].flatMap((day) => [`cant make ${day}`, `cannot make ${day}`]),
      ],
    ],
    [
      'kids menu',
      ['for children to eat', 'for kids to eat', 'for the kids to eat', 'food for children', 'food for kids'],
    ],
    [
      'hours',
      ['when can i', 'what time can i', 'how late can i', 'till what time can i', 'until what time can i'].flatMap(
        (when) => ['call you', 'ring you', 'phone you'].map((call) => `${when} ${call}`),
      ),
    ],
    // What one is called is one's name, no call.
    ['name', ['what do they call you', 'what do people call you', 'what should i call you', 'what can i call you']],
    // When a bill comes out is its payment date; calls that ring and hang up are nuisance calls.
    ['change payment date', ['move the date my bill comes out', 'date my bill comes out', 'day my bill comes out']],
    ['nuisance call', ['ringing me and hanging up', 'calling me and hanging up', 'keeps ringing me', 'silent calls']],
    // Another's car is another car; a wash is a shower.
    ['other cars', ['mates car', 'friends car', 'someone elses car', 'dads car', 'mums car', 'partners car']],
    ['shower', ['have a wash', 'get washed', 'somewhere to wash']],
    // Whether people get hurt doing it asks whether it is safe.
    [
      'safe',
      ['anyone ever got hurt', 'anyone ever been hurt', 'anyone got hurt', 'anyone been hurt', 'people get hurt'],
    ],
    ['delayed', ['running today', 'still running', 'running on time', 'going ahead today']],
    // Somewhere for a cup of tea is a café.
    ['cafe', ['cup of tea', 'cuppa', 'cup of coffee']],
    // Asking for sessions of one sex asks whether it is mixed; the author is who created it; an ice
    // bath is a plunge pool; having a place to one's group is private hire; blood pressure is a
    // heart condition.
    ['mixed', ['ladies only', 'women only', 'men only', 'female only', 'single sex']],
    // Who started or founded a thing asks who created it too (not how to get started).
    [
      'who created',
      [
        'who is the author',
        'whos the author',
        'who wrote it',
        'who wrote this',
        'who started',
        'who founded',
        'who set up',
      ],
    ],
    ['plunge pool', ['ice bath', 'ice baths', 'cold plunge']],
    // Needing ear defenders or earplugs asks how loud it is.
    ['loud', ['ear defenders', 'ear plugs', 'earplugs', 'ear protection']],
    ['how cold', ['how freezing', 'how icy']],
    [
      'private hire',
      ['book it out', 'just for our group', 'just for us', 'to ourselves', 'exclusive use', 'whole place'],
    ],
    ['heart condition', ['high blood pressure', 'blood pressure']],
    // Bubbly is champagne: said whole, as "bubbles" and "bubbling" stem alike (a film that starts
    // to bubble is no wine).
    ['champagne', ['bubbly']],
    // Looking after a thing afterwards is its aftercare.
    ['aftercare', ['look after it afterwards', 'look after it after', 'after care']],
    // Warming a place up is heating it.
    ['heating', ['warm it up', 'keep it warm', 'keep us warm', 'heat it']],
    // Water or a room warmed up is heated ("is the pool warmed up").
    ['heated', ['warmed up', 'warmed']],
    // What a load balancer or Kubernetes calls to see a service is up.
    ['health check', ['liveness probe', 'readiness probe', 'probe path', 'health probe']],
    // What keeps erroring out has failed.
    ['fail', ['erroring out', 'errors out', 'errored out', 'keeps erroring']],
    // Not passing a test is failing it.
    ['fail', ['dont pass', 'didnt pass', 'do not pass', 'did not pass', 'havent passed', 'have not passed']],
    // A thing without what one may not eat or drink, however said, is free of it ("gluten-free",
    // "without gluten", "free from gluten"); being coeliac asks what is gluten-free, being intolerant
    // to lactose what is dairy-free.
    ...['gluten', 'dairy', 'lactose', 'sugar', 'caffeine', 'nut', 'egg', 'wheat', 'soy'].map(
      (what) =>
        [
          `${what} free`,
          [`${what}free`, `without ${what}`, `free from ${what}`, `free of ${what}`, `no ${what}`],
        ] as const,
    ),
    ['gluten free', ['coeliac', 'celiac']],
    ['dairy free', ['lactose intolerant', 'lactose intolerance']],
    // Not eating meat is being vegetarian; nor dairy, vegan.
    ['vegan', DO_NOT.map((not) => `${not} eat meat or dairy`)],
    ['vegetarian', DO_NOT.flatMap((not) => [`${not} eat meat`, `${not} eat any meat`])],
    // Going down to a smaller one is a downgrade, not an outage.
    [
      'downgrade',
      [
        ...['go down to', 'going down to', 'go to a cheaper', 'move to a cheaper', 'switch to a cheaper'],
        ...['go down a', 'move down a', 'drop down a', 'step down a'],
      ],
    ],
    // A wheelie bin is a bin, and one washed out is cleaned.
    ['bin', ['wheelie bin', 'wheelie bins']],
    ['clean', ['wash out', 'washing out']],
    // Down to or down a place is a way there, not an outage ("bring the dog down to the beach").
    ...['to the', 'the'].map((way) => [way, [`down ${way}`]] as const),
    // Somewhere to eat, or something to eat, asks about food.
    ['food', ['something to eat', 'anything to eat', 'bite to eat', 'grab a bite', 'can we eat', 'can i eat']],
    // Asking what day it is asks no business anything (before the day of a thing, which asks when).
    ['', ['what day is it', 'what date is it', 'what day is today', 'what date is today', 'what day is tomorrow']],
    // The day or the date a thing happens asks when.
    [
      'when',
      ['what day', 'which day', 'what date', 'which date', 'what dates', 'which dates', 'what days', 'which days'],
    ],
  ],
  courtesies: [
    [
      ...['hello', 'hi', 'hey', 'hiya', 'howdy', 'yo', 'greetings', 'good morning', 'good afternoon', 'good evening'],
      // "Alright" is a British hello ("alright mate").
      ...['top of the morning', 'alright'],
      // Asking how one is, is a hello.
      ...['hows it going', 'how is it going', 'how are you', 'how are things', 'hows things'],
      // A greeting or thanks said to someone ("hi guys", "cheers mate") is still one.
      ...['hello', 'hi', 'hey', 'hiya', 'hey there', 'morning', 'afternoon', 'evening'].flatMap((hello) =>
        ADDRESSED.map((whom) => `${hello} ${whom}`),
      ),
    ],
    [
      ...['thanks', 'thank', 'thx', 'ty', 'cheers', 'appreciate', 'appreciated', 'helpful', 'that helps', 'nice one'],
      ...['much obliged', 'most obliged', 'thanks a million', 'thanks a bunch', 'thanks a ton'],
      // Praise of the one who answered thanks them ("legend, cheers for that").
      ...['legend', 'lifesaver', 'youre a star', 'you star', 'youre a gem'],
      // An answer that made a thing clear thanks for it ("that cleared it up").
      ...['that cleared it up', 'that clears it up', 'that cleared things up', 'that sorted it', 'that did the trick'],
      // "Ta" is the British thanks; alone it is too short a word to be read as one.
      'ta very much',
      ...['thanks', 'cheers', 'ta', 'thank you'].flatMap((thanks) => ADDRESSED.map((whom) => `${thanks} ${whom}`)),
      // Praise for an answer thanks for it ("cheers, that's great").
      ...['great', 'perfect', 'brilliant', 'lovely', 'awesome', 'amazing', 'fantastic'].map((good) => `thats ${good}`),
    ],
    ['bye', 'goodbye', 'see you', 'see ya', 'cya', 'good night'],
  ],
  modifiers: {
    before: ['my', 'our', 'your', 'his', 'her', 'their'],
    after: ['of', 'about', 'on'],
    verb: /\w(ed|ing|s)$/,
    adjective: /\w(able|ible|ful|ous|ive|less|ic|al)$/,
  },
  letter: {
    openings: ['dear', 'hi', 'hello', 'hey', 'greetings', 'good morning', 'good afternoon', 'good evening'],
    closings: [
      ...['regards', 'kind regards', 'best regards', 'warm regards', 'sincerely', 'yours sincerely', 'yours truly'],
      ...['best', 'best wishes', 'all the best', 'cheers', 'thanks', 'thank you', 'many thanks', 'thanks in advance'],
      ...['thx', 'ty', 'br', 'looking forward'],
    ],
  },
  determiners: ['a', 'an', 'the', 'my', 'your', 'our', 'this', 'that', 'these', 'those', 'his', 'her', 'their'],
  articles: ['a', 'an', 'the'],
  price: 'price',
  without: ['without'],
  inverted: {
    verbs: ['is', 'are', 'was', 'were', 'does', 'do', 'did', 'will', 'can', 'could', 'should', 'would'],
    // "Is it scary?" asks of the business's service, "do you deliver?" of the business.
    pronouns: ['it', 'you'],
  },
  reasons: [
    'because',
    'cause',
    'cuz',
    'coz',
    'so that',
    'so i can',
    'so we can',
    'in order to',
    'instead of',
    'rather than',
  ],
  elsewhere: [
    ...['council', 'nhs', 'police', 'dvla', 'hmrc', 'irs', 'dmv', 'embassy', 'consulate', 'ucas', 'railcard'],
    ...['nandos', 'mcdonalds', 'starbucks'],
    ...['lightroom', 'photoshop'],
    // Browsers keep their own passwords and settings.
    ...['chrome', 'firefox', 'safari'],
    ...['netflix', 'spotify', 'hulu', 'disney', 'youtube', 'twitch', 'xbox', 'playstation'],
    ...['bbc', 'iplayer', 'itv', 'itvx', 'sky', 'hbo', 'paramount', 'crunchyroll', 'dazn'],
    ...['facebook', 'instagram', 'tiktok', 'twitter', 'snapchat', 'linkedin', 'gmail', 'hotmail'],
    ...['amazon', 'ebay', 'walmart', 'tesco', 'ikea', 'uber', 'deliveroo', 'airbnb', 'zara', 'asos', 'argos'],
    ...['paypal', 'revolut', 'monzo', 'slack', 'zoom', 'discord', 'ryanair', 'easyjet'],
    // Google keeps its own data and accounts.
    'google',
    // Apple's, Google's and Microsoft's own clouds.
    ...['icloud', 'itunes', 'dropbox', 'onedrive'],
    // Clouds and hosts a developer deploys to.
    ...['aws', 'azure', 'heroku', 'netlify', 'vercel'],
    // Couriers and the post office: a shop that sends with one says its name.
    ...['postoffice', 'royalmail', 'parcelforce', 'dhl', 'ups', 'fedex', 'dpd', 'evri', 'hermes', 'usps'],
    // Institutions and bodies other businesses' customers name ("a library book", "la beca del ministerio").
    ...['university', 'school', 'hospital', 'library', 'government', 'taxi', 'prison', 'court', 'jobcentre'],
    ...['zoo', 'museum', 'aquarium', 'gym', 'pharmacy', 'chemist', 'doctor', 'flight', 'hotel', 'airport'],
    // Another bill's supplier: the gas, the electricity (not the water, nor a mortgage: said in
    // passing too often, "my phone fell in water", "statements for a mortgage application").
    ...['gas', 'electricity'],
    // Sport (the football, the match) is sport's question, unless the knowledge base has it.
    'sport',
    // Becoming one (a trainer, a nurse) is a question of careers, unless the knowledge base has them.
    'career',
  ],
  at: ['at'],
  mishaps: { said: ['lost', 'stolen'], scene: ['at', 'in', 'on'], of: ['of'] },
  phrasal: {
    particles: ['up', 'back', 'on', 'off', 'out', 'in', 'down', 'over'],
    pronouns: ['it', 'them', 'this', 'that', 'one', 'everything', 'something', 'anything'],
  },
  possessive: true,
  yours: ['your'],
  // A sale (from either side), a hire, a repair, a clean, a fitting, a tuning, a move.
  services: {
    groups: [
      ['sell', 'buy', 'purchase'],
      ['rent', 'hire', 'lease'],
      ['repair', 'fix', 'mend'],
      ['clean', 'wash', 'valet', 'launder', 'sweep'],
      ['fit', 'install'],
      ['tune'],
      ['move'],
    ],
    askedAs: ['do', 'can', 'could', 'will', 'would'].flatMap((verb) => [`${verb} you`, `${verb} u`]),
    sale: {
      buy: 'buy',
      sell: 'sell',
      business: ['you', 'u', 'ya'],
      businessForms: /^(?:sells|buys)$/,
      nouns: /^(?:buys|sale|sales)$/,
    },
    general: [
      ...['offer', 'provide', 'supply', 'stock', 'carry', 'deal', 'cover', 'handle', 'accept'],
      ...['put', 'keep', 'bring', 'take', 'send', 'look', 'help', 'sort', 'arrange', 'organise', 'organize'],
    ],
    kindBefore: /ing$/,
  },
  businesses: [
    [
      ['energy', 'supplier'],
      ['meter reading', 'smart meter', 'power cut', 'gas leak', 'tariff'],
    ],
    [
      ['bank', 'banking'],
      ['overdraft', 'sort code', 'savings account', 'current account', 'cheque', 'mortgage'],
    ],
    [
      ['university', 'uni', 'college'],
      ['admission', 'tuition', 'enrolment', 'modules', 'transcript', 'campus', 'degree', 'semester', 'graduation'],
    ],
    [['school'], ['pupil', 'pupils', 'uniform', 'term dates', 'headteacher', 'homework', 'parents evening']],
    [['hospital'], ['ward', 'outpatient', 'inpatient', 'maternity', 'a&e']],
    [
      ['clinic', 'surgery', 'practice'],
      ['patient', 'gp', 'referral', 'nurse', 'hygienist'],
    ],
    [['library'], ['borrow', 'overdue', 'library card', 'ebooks', 'reading room']],
    [
      ['gym'],
      [
        'personal trainer',
        'personal trainers',
        'induction',
        'lockers',
        'changing rooms',
        'workout',
        'freeze my membership',
      ],
    ],
    [['hotel'], ['breakfast', 'room service', 'late checkout', 'minibar', 'housekeeping', 'double room']],
    [['airline'], ['boarding pass', 'baggage', 'layover', 'cabin crew', 'departure gate']],
    [
      ['pharmacy', 'chemist'],
      ['pharmacist', 'repeat prescription', 'over the counter'],
    ],
    [
      ['vet', 'vets'],
      // Not vaccinations or fleas, which groomers and kennels speak of too.
      ['microchip', 'neutering', 'spaying', 'worming', 'surgery', 'euthanasia', 'x ray'],
    ],
    [['restaurant'], ['allergen', 'takeaway', 'vegan', 'tasting menu']],
    [['council'], ['pothole', 'planning permission', 'fly tipping', 'electoral', 'bulky waste']],
  ],
  where: ['international', 'bus', 'train', 'tram', 'tube'],
  currencies: ['dollar', 'dollars', 'bucks', 'euro', 'euros', 'pound', 'pounds', 'quid', 'cents', 'pence'],
  states: [
    'due',
    'slow',
    'fast',
    'available',
    'open',
    'closed',
    'late',
    'early',
    'wrong',
    'broken',
    'missing',
    'lost',
    'stolen',
    'blocked',
    'locked',
    'free',
    'possible',
    'ready',
    'high',
    'low',
    'expensive',
    'cheap',
    'overdue',
    'down',
    'unavailable',
    'delayed',
    'damaged',
    'active',
    'valid',
    'expired',
    'charged',
    'allowed',
    'supported',
    'included',
    'safe',
    'secure',
  ],
  forms: [
    // What a thing in general is ("what is a nut allergy") asks for a definition of no thing of the business's.
    [/^(whats|what (is|s)) (a|an)\b/, 'general'],
    // "What's the wifi password", "what is there to eat" ask a value or a list, not what a thing is.
    [/^(whats|what (is|are|s))\b(?! (the|your|my|our|there)\b)/, 'define'],
    [/^what\b/, 'what'],
    [/^how (much|many)\b/, 'amount'],
    // How long, how far, how often… ask a measure, not a way to do a thing.
    [/^how (long|far|often|soon|old|big|early|late|quickly|fast|safe|secure|easy|hard|reliable)\b/, 'measure'],
    // How a thing works asks what it is like, not a way to do it.
    [/^how (does|do) (\w+ ){1,3}work\b/, 'works'],
    // How a thing is done to it or by the business ("how are my tokens protected", "how do you
    // protect my data") asks what is done, not a way to do it oneself.
    [/^(hows|how (is|are|was|were)|how (do|can|could|would|will) you)\b/, 'manner'],
    [/^how\b/, 'how'],
    [/^wheres?\b/, 'where'],
    [/^whos?\b/, 'who'],
    [/^whens?\b/, 'when'],
    [/^whys?\b/, 'why'],
    [/^which\b/, 'which'],
    [/^(can|could|may) (i|we|you)\b/, 'can'],
    // Whether a thing is there ("Is there a pool?") asks only whether.
    [/^(is|are) there\b/, 'there'],
    [/^(do|does|did|is|are|will)\b/, 'yes-no'],
  ],
  yourself: ['myself', 'by myself', 'on my own', 'at home'],
  // The best way, time or day to do a thing asks how or when, not which thing.
  choosing: [
    /\b(whats|what is|which is|what are|which are) (the )?(best|cheapest|better)\b(?! (way|time|day|option for me to))/,
    /\b(what|which) \w+( \w+)? (is|are) (the )?(best|cheapest|better|most \w+)\b/,
    /\b(what|which) \w+( \w+)? should i (buy|choose|pick|go for)\b/,
    /\b(can|could) you recommend\b/,
    /\b(whats|what is|which is) a good\b(?! (way|time|day))/,
  ],
};

import { describe, expect, it } from 'vitest';
import {
  DialogError,
  ScriptError,
  checkAnswer,
  compileDialog,
  parseScript,
  runDialog,
  startDialog,
  tokenize,
  type DialogOutput,
  type DialogState,
  type Program,
} from './index.js';
import { DEFAULT_LIMITS } from './vm.js';

/**
 * The default limits with a wall clock no busy machine reaches: the dialogs here test what they
 * say, not how fast a loaded machine runs them (a first currency FORMAT loads ICU data); the
 * limits have their own tests below.
 */
const LIMITS = { ...DEFAULT_LIMITS, wallMs: 60_000 };

/** Runs a dialog, feeding answers to each HEAR, storing the state as JSON between runs. */
function converse(
  program: Program,
  answers: string[],
  now = new Date('2026-11-22T10:00:00Z'),
): { said: string[]; state: DialogState } {
  const said: string[] = [];
  const show = (outputs: DialogOutput[]) => {
    for (const o of outputs) {
      said.push(
        o.kind === 'choices'
          ? `${o.text} [${o.options.join('] [')}]`
          : o.kind === 'print'
            ? `(print) ${o.text}`
            : o.text,
      );
    }
  };
  let stored = JSON.stringify(startDialog());
  let result = runDialog(program, JSON.parse(stored) as DialogState, undefined, { now, limits: LIMITS });
  show(result.outputs);
  for (const answer of answers) {
    stored = JSON.stringify(result.state);
    result = runDialog(program, JSON.parse(stored) as DialogState, answer, { now, limits: LIMITS });
    show(result.outputs);
  }
  return { said, state: result.state };
}

const run = (source: string, answers: string[] = []) => converse(compileDialog(source, 'test.bas'), answers);

describe('BASIC lexer and parser', () => {
  it('reads keywords in any case, typographic quotes, and REM and apostrophe comments', () => {
    const tokens = tokenize('talk \u201cHello, world\u201d \' a comment\nREM another\nTaLk "x"', 't.bas');
    expect(tokens.filter((t) => t.kind !== 'newline' && t.kind !== 'eof').map((t) => [t.kind, t.value])).toEqual([
      ['identifier', 'TALK'],
      ['string', 'Hello, world'],
      ['identifier', 'TALK'],
      ['string', 'x'],
    ]);
    expect(run('talk \u201cquoted in a word processor\u201d').said).toEqual(['quoted in a word processor']);
  });

  it.each([
    ['TALK "not closed', 'test.bas:1:6: this string is not closed'],
    ['IF x = 1 THEN\n  TALK "a"\n', 'test.bas:3:1: the block is not closed'],
    ['FOR i = 1 TO 3\nNEXT j', 'test.bas:2:6: NEXT j closes FOR I'],
    ['CALL nowhere(1)', 'test.bas:1:1: CALL NOWHERE: no FUNCTION or SUB has that name'],
    ['x = (1 + 2', 'test.bas:1:11: expected ")"'],
    ['TALK 1 +', 'test.bas:1:9: the expression ends too soon'],
    ['x = 1 ?', 'test.bas:1:7: unexpected character "?"'],
    ['EXIT FOR', 'test.bas:1:1: EXIT FOR outside a FOR loop'],
    ['SUB greet(name)\n TALK name\nEND SUB\nCALL greet()', 'test.bas:4:1: GREET takes 1 arguments, not 0'],
  ])('reports %j with file, line and column', (source, message) => {
    expect(() => compileDialog(source, 'test.bas')).toThrow(message);
    expect(() => compileDialog(source, 'test.bas')).toThrow(ScriptError);
  });

  it('parses statements into a tree with positions', () => {
    const script = parseScript('HEAR name AS NAME\nTALK "Hi " + name', 'p.bas');
    expect(script.main.map((s) => [s.kind, s.at.line, s.at.column])).toEqual([
      ['hear', 1, 1],
      ['talk', 2, 1],
    ]);
  });
});

describe('expressions', () => {
  it.each([
    ['2 + 3 * 4 ^ 2', '50'],
    ['(2 + 3) * 4', '20'],
    ['-2 ^ 2', '4'],
    ['10 / 4', '2.5'],
    ['10 MOD 4', '2'],
    ['"a" + 1 & 2', 'a12'],
    ['1 + 2 = 3 AND NOT 2 > 3', 'true'],
    ['1 > 2 OR "b" > "a"', 'true'],
    ['UCASE(LEFT("gateway", 4)) & LEN("abc")', 'GATE3'],
    ['MID("general bots", 9, 4)', 'bots'],
    ['ROUND(2.345, 2)', '2.35'],
    ['DATEADD(TODAY, 10, "days")', '2026-12-02'],
    ['DATEDIFF("2026-11-22", "2026-12-25")', '33'],
    ['JOIN(SPLIT("a,b,c", ","), "-")', 'a-b-c'],
    ['FORMAT("2026-11-22T13:05:09Z", "dd/MM/yyyy HH:mm")', '22/11/2026 13:05'],
    ['FORMAT(TODAY, "yyyy-MM")', '2026-11'],
    ['FORMAT(1234.5, "$#,##0.00")', '$1,234.50'],
    ['FORMAT("7,25", "0.0")', '7.3'],
    ['FORMAT(0.5, "0 %")', '1 %'],
  ])('%s is %s', (expression, expected) => {
    expect(run(`TALK ${expression}`).said).toEqual([expected]);
  });
});

describe('statements', () => {
  it('runs IF, ELSEIF and ELSE, and single-line IF', () => {
    const source =
      'x = 5\nIF x > 10 THEN\n TALK "big"\nELSEIF x > 3 THEN\n TALK "medium"\nELSE\n TALK "small"\nEND IF\nIF x = 5 THEN TALK "five" ELSE TALK "not five"\nIF x = 6 THEN TALK "six"';
    expect(run(source).said).toEqual(['medium', 'five']);
  });

  it('loops with FOR TO STEP, FOR EACH, DO WHILE, and leaves with EXIT', () => {
    expect(run('FOR i = 10 TO 1 STEP -4\n TALK i\nNEXT i').said).toEqual(['10', '6', '2']);
    expect(run('FOR EACH fruit IN SPLIT("apple,pear", ",")\n TALK UCASE(fruit)\nNEXT').said).toEqual(['APPLE', 'PEAR']);
    expect(run('n = 0\nDO WHILE TRUE\n n = n + 1\n IF n = 3 THEN EXIT DO\nLOOP\nTALK n').said).toEqual(['3']);
    expect(run('FOR i = 1 TO 100\n IF i > 2 THEN EXIT FOR\n TALK i\nNEXT').said).toEqual(['1', '2']);
    expect(run('FOR i = 1 TO 0\n TALK "never"\nNEXT\nTALK "after"').said).toEqual(['after']);
  });

  it('calls SUBs and FUNCTIONs with their own locals, returning values', () => {
    const source = [
      'total = 0',
      'result = CALL double(21)',
      'CALL greet("Ana")',
      'TALK result',
      'TALK total',
      'FUNCTION double(n)',
      ' total = total + 1',
      ' RETURN n * 2',
      'END FUNCTION',
      'SUB greet(name)',
      ' TALK "Hello, " + name',
      'END SUB',
    ].join('\n');
    expect(run(source).said).toEqual(['Hello, Ana', '42', '1']);
  });

  it('says BEGIN TALK blocks as written', () => {
    expect(run('BEGIN TALK\n  Line one,\n  line two.\nEND TALK\nTALK "done"').said).toEqual([
      'Line one,\nline two.',
      'done',
    ]);
  });
});

describe('HEAR, suspended and resumed through stored state', () => {
  const leadForm = compileDialog(
    [
      "' A lead form: name, e-mail and phone, each checked.",
      'TALK "What is your name?"',
      'HEAR name AS NAME',
      'TALK "Your e-mail, " + name + "?"',
      'HEAR email AS EMAIL',
      'TALK "And a phone number?"',
      'HEAR phone AS MOBILE',
      'HEAR size AS "Small", "Large"',
      'TALK "Thanks! " + email + ", " + phone + ", " + size',
    ].join('\n'),
    'lead.bas',
  );

  it('waits for each answer, re-prompts on an invalid one, and finishes', () => {
    const { said, state } = converse(leadForm, [
      'Ana',
      'Ana Lima',
      'not-an-email',
      'ana@example.com',
      '12',
      '+55 (21) 99999-0000',
      '3',
      '2',
    ]);
    expect(said).toEqual([
      'What is your name?',
      'Sorry, please give your full name.',
      'Your e-mail, Ana Lima?',
      'Sorry, that does not look like an e-mail address.',
      'And a phone number?',
      'Sorry, that does not look like a phone number.',
      'Choose one: [Small] [Large]',
      'Sorry, please choose one of: Small, Large.',
      'Choose one: [Small] [Large]',
      'Thanks! ana@example.com, +5521999990000, Large',
    ]);
    expect(state.done).toBe(true);
  });

  it('keeps the whole state as plain data while it waits', () => {
    const waiting = runDialog(leadForm, startDialog(), undefined).state;
    expect(waiting.waiting).toEqual({ kind: 'hear', name: 'NAME', as: 'NAME', options: [] });
    expect(JSON.parse(JSON.stringify(waiting))).toEqual(waiting);
    expect(runDialog(leadForm, waiting, undefined).outputs).toEqual([]);
  });

  it.each([
    ['INTEGER', '42', 42],
    ['NUMBER', '3,5', 3.5],
    ['MONEY', 'R$ 10.50', 10.5],
    ['BOOLEAN', 'sim', true],
    ['DATE', '31/12/2026', '2026-12-31'],
    ['HOUR', '9:30', '09:30'],
    ['ZIPCODE', '20040-002', '20040-002'],
    ['LANGUAGE', 'pt-BR', 'pt-BR'],
  ])('HEAR AS %s takes %j', (kind, answer, value) => {
    expect(checkAnswer(kind, [], answer)).toEqual({ value });
  });

  it('WAIT suspends until its time has come', () => {
    const program = compileDialog('TALK "one"\nWAIT 60\nTALK "two"', 'wait.bas');
    const first = runDialog(program, startDialog(), undefined, { now: new Date(0) });
    expect(first.outputs).toEqual([{ kind: 'talk', text: 'one' }]);
    expect(runDialog(program, first.state, undefined, { now: new Date(30_000) }).outputs).toEqual([]);
    expect(runDialog(program, first.state, undefined, { now: new Date(60_000) }).outputs).toEqual([
      { kind: 'talk', text: 'two' },
    ]);
  });
});

describe('limits and isolation', () => {
  it('stops a loop that never waits, and an ever-growing text', () => {
    const forever = compileDialog('DO WHILE TRUE\n x = 1\nLOOP', 'loop.bas');
    expect(() =>
      runDialog(forever, startDialog(), undefined, {
        limits: { stepsPerRun: 1_000, maxString: 100, maxList: 10, wallMs: 5_000 },
      }),
    ).toThrow(/loop.bas:\d+:\d+: the dialog took more than 1000 steps without waiting/);
    const growing = compileDialog('s = "x"\nDO WHILE TRUE\n s = s & s\nLOOP', 'grow.bas');
    expect(() =>
      runDialog(growing, startDialog(), undefined, {
        limits: { stepsPerRun: 1_000, maxString: 100, maxList: 10, wallMs: 5_000 },
      }),
    ).toThrow(DialogError);
    expect(() => runDialog(compileDialog('TALK 1 / 0', 'z.bas'), startDialog(), undefined)).toThrow(
      'z.bas:1:8: division by zero',
    );
  });

  it('counts nested lists against the limit, and refuses a REPLACE or JOIN too long before making it', () => {
    // Each pass doubles what x holds while its top level stays at two items.
    const doubling = compileDialog('x = ARRAY(1, 2)\nFOR i = 1 TO 30\n x = ARRAY(x, x)\nNEXT i', 'nest.bas');
    expect(() => runDialog(doubling, startDialog(), undefined)).toThrow(
      /nest.bas:3:\d+: a list holds more than 10000 items/,
    );
    const big = compileDialog('s = REPLACE("abcdefghij", "", "0123456789")\nTALK LEN(s)', 'r.bas');
    expect(() => runDialog(big, startDialog(), undefined)).not.toThrow();
    const huge = compileDialog(
      's = "x"\nFOR i = 1 TO 12\n s = s & s\nNEXT i\nt = REPLACE(s, "", s)\nTALK "never"',
      'huge.bas',
    );
    expect(() => runDialog(huge, startDialog(), undefined)).toThrow(
      /REPLACE would make a text of \d+ characters, more than 65536/,
    );
    const joined = compileDialog(
      's = "x"\nFOR i = 1 TO 12\n s = s & s\nNEXT i\nl = SPLIT(s, "")\nt = JOIN(l, s)\nTALK "never"',
      'join.bas',
    );
    expect(() => runDialog(joined, startDialog(), undefined)).toThrow(/JOIN would make a text/);
  });

  it('reaches nothing of the host: no such functions, and host names are just empty variables', () => {
    expect(() => runDialog(compileDialog('TALK REQUIRE("fs")', 'h.bas'), startDialog(), undefined)).toThrow(
      'h.bas:1:6: REQUIRE is not a function this gateway knows',
    );
    expect(run('TALK process & globalThis & constructor').said).toEqual(['']);
  });
});

describe('more statements', () => {
  it('branches with SELECT CASE, several values a case, and CASE ELSE', () => {
    const source = (x: string) =>
      `SELECT CASE ${x}\n CASE 1, 2\n  TALK "small"\n CASE "three"\n  TALK "word"\n CASE ELSE\n  TALK "other"\nEND SELECT`;
    expect(run(source('2')).said).toEqual(['small']);
    expect(run(source('"three"')).said).toEqual(['word']);
    expect(run(source('9')).said).toEqual(['other']);
    expect(() => compileDialog('SELECT CASE 1\n TALK "x"\nEND SELECT', 's.bas')).toThrow(
      's.bas:2:2: expected CASE or END SELECT',
    );
  });

  it('asks with INPUT and logs with LOG and PRINT', () => {
    expect(run('INPUT "Your city?", city\nLOG "city: " + city\nTALK city', ['Rio']).said).toEqual([
      'Your city?',
      '(print) city: Rio',
      'Rio',
    ]);
  });

  it('includes another file of the package, and refuses a missing or circular one', () => {
    const files: Record<string, string> = {
      'greet.bas': 'SUB greet(name)\n TALK "Hi " + name\nEND SUB',
      'loop.bas': 'INCLUDE "loop.bas"',
    };
    const include = (name: string) => (files[name] ? { source: files[name]!, file: name } : undefined);
    const program = compileDialog('INCLUDE "greet.bas"\nCALL greet("Ana")', 'main.bas', include);
    expect(converse(program, []).said).toEqual(['Hi Ana']);
    expect(() => compileDialog('INCLUDE "nope.bas"', 'main.bas', include)).toThrow(
      'main.bas:1:9: INCLUDE "nope.bas": no such file in the package',
    );
    expect(() => compileDialog('INCLUDE "loop.bas"', 'main.bas', include)).toThrow(/INCLUDE nests deeper than 8/);
  });
});

describe('keywords that reach outside', () => {
  it('suspend the dialog as an effect, and resume with its result', () => {
    const program = compileDialog(
      'x = GET "https://api.example.com/a"\nTALK x.status\nSAVE "t", 1, 2\nSEND SMS TO "+5511999990000", "hi"\nTALK "done"',
      'fx.bas',
    );
    let result = runDialog(program, startDialog(), undefined);
    expect(result.state.waiting).toEqual({
      kind: 'effect',
      effect: 'GET',
      args: ['https://api.example.com/a'],
      into: 'X',
    });
    result = runDialog(program, JSON.parse(JSON.stringify(result.state)) as DialogState, undefined, {
      effectResult: { Status: 'ok' },
    });
    expect(result.outputs).toEqual([{ kind: 'talk', text: 'ok' }]);
    expect(result.state.waiting).toEqual({ kind: 'effect', effect: 'SAVE', args: ['t', 1, 2], into: null });
    result = runDialog(program, result.state, undefined, { effectResult: null });
    expect(result.state.waiting).toMatchObject({ effect: 'SEND SMS TO', args: ['+5511999990000', 'hi'] });
    expect(runDialog(program, result.state, undefined).outputs).toEqual([]);
    expect(runDialog(program, result.state, undefined, { effectResult: null }).outputs).toEqual([
      { kind: 'talk', text: 'done' },
    ]);
  });

  it('FORMAT says what it cannot format', () => {
    expect(() => run('TALK FORMAT("soon", "dd/MM/yyyy")')).toThrow(/FORMAT: "soon" is not a date/);
    expect(() => run('TALK FORMAT(1, "words")')).toThrow(/neither a date nor a number pattern/);
  });

  it('parse SET PARAM and GET PARAM with a word or a string for the name, and keywords that give values', () => {
    const effects = (source: string) =>
      parseScript(source, 'e.bas').main.map((s) =>
        s.kind === 'effect'
          ? `${s.effect}/${JSON.stringify(s.args.map((a) => (a.kind === 'string' || a.kind === 'number' ? a.value : a.kind)))}/${s.into ?? ''}`
          : s.kind,
      );
    expect(
      effects(
        'SET PARAM color AS "blue"\nSET PARAM "favourite food", food\nc = GET PARAM color\nf = GET PARAM "favourite food"\nid = CREATE LEAD "Ana", "a@b.c"\nd = CREATE DEAL "Acme", 10\nlink = PAY 5, "x"\nt = TWEET "hi"\nSEND FILE TO "whatsapp:+1", "a.pdf", "Menu"\nSEND FILE "a.pdf"\nSEND TEMPLATE TO "whatsapp:+1", "hello", "en_US"\nTRANSFER "One moment"\nparam = 2',
      ),
    ).toEqual([
      'SET PARAM/["color","blue"]/',
      'SET PARAM/["favourite food","variable"]/',
      'GET PARAM/["color"]/C',
      'GET PARAM/["favourite food"]/F',
      'CREATE LEAD/["Ana","a@b.c"]/ID',
      'CREATE DEAL/["Acme",10]/D',
      'PAY/[5,"x"]/LINK',
      'TWEET/["hi"]/T',
      'SEND FILE TO/["whatsapp:+1","a.pdf","Menu"]/',
      'SEND FILE/["a.pdf"]/',
      'SEND TEMPLATE TO/["whatsapp:+1","hello","en_US"]/',
      'TRANSFER/["One moment"]/',
      'set',
    ]);
    expect(() => parseScript('SET PARAM color "blue"', 'e.bas')).toThrow(
      'e.bas:1:17: expected AS or "," after the SET PARAM name',
    );
  });

  it('HEAR AS FILE takes a file the user sends, and re-prompts on text', () => {
    const program = compileDialog(
      'TALK "Send the invoice"\nHEAR doc AS FILE\nTALK "Got " + doc.name + " (" + doc.mimeType + ")"',
      'file.bas',
    );
    let result = runDialog(program, startDialog(), undefined);
    result = runDialog(program, result.state, 'here it is');
    expect(result.outputs).toEqual([{ kind: 'talk', text: 'Sorry, please send a file.' }]);
    result = runDialog(program, result.state, {
      url: 'https://files.example/i.pdf',
      mimeType: 'application/pdf',
      name: 'i.pdf',
      mediaId: null,
      caption: null,
    });
    expect(result.outputs).toEqual([{ kind: 'talk', text: 'Got i.pdf (application/pdf)' }]);
    expect(checkAnswer('EMAIL', [], { url: 'x' })).toEqual({ problem: 'please answer with text' });
  });

  it('parse GET CONFIG, FIND, TALK TO, CREATE DEAL and the rest as effects', () => {
    const effects = (source: string) =>
      parseScript(source, 'e.bas').main.map((s) =>
        s.kind === 'effect' ? `${s.effect}/${s.args.length}/${s.into ?? ''}` : s.kind,
      );
    expect(
      effects(
        'h = GET CONFIG "Hours"\nrows = FIND "t", "x"\nTALK TO "sms:+1", "hi"\nCREATE DEAL "Acme", 100\nPAY 10\nTWEET "hi"\nDELETE "t", "x"\nSEND MAIL "a@b", "s", "b"\nc = FIND CONTACT "ana"\nTALK "plain"',
      ),
    ).toEqual([
      'GET CONFIG/1/H',
      'FIND/2/ROWS',
      'TALK TO/2/',
      'CREATE DEAL/2/',
      'PAY/1/',
      'TWEET/1/',
      'DELETE/2/',
      'SEND MAIL/3/',
      'FIND CONTACT/1/C',
      'talk',
    ]);
  });
});

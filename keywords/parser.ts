import type { Effect } from './effects.js';
import type { Expression, Procedure, Script, Statement } from './ast.js';
import { ScriptError, tokenize, type Position, type Token } from './lexer.js';

const COMPARISON = ['=', '<>', '<', '>', '<=', '>='];

/** Finds the source of an `INCLUDE`d file (by the name the script gives), or undefined. */
export type IncludeResolver = (name: string) => { source: string; file: string } | undefined;

const MAX_INCLUDE_DEPTH = 8;

/** Parses a `.bas` dialog into a syntax tree; errors carry file, line and column. */
export function parseScript(source: string, file: string, include?: IncludeResolver, depth = 0): Script {
  return new Parser(source, file, include, depth).script();
}

class Parser {
  readonly #tokens: Token[];
  readonly #lines: string[];
  #i = 0;

  constructor(
    source: string,
    private readonly file: string,
    private readonly include: IncludeResolver | undefined = undefined,
    private readonly depth = 0,
  ) {
    this.#tokens = tokenize(source, file);
    this.#lines = source.split('\n');
  }

  script(): Script {
    const main: Statement[] = [];
    const procedures: Procedure[] = [];
    let schedule: Script['schedule'];
    for (;;) {
      this.#skipNewlines();
      if (this.#peek().kind === 'eof') break;
      if (this.#isWord('SET') && this.#peekAhead(1).value === 'SCHEDULE') {
        const at = this.#next().position;
        this.#next();
        const cron = this.#expectKind('string', 'the schedule, as a cron expression in quotes');
        this.#endOfLine();
        if (schedule) this.#fail(cron, 'a dialog has one SET SCHEDULE');
        schedule = { cron: cron.value, at };
      } else if (this.#isWord('FUNCTION') || this.#isWord('SUB')) procedures.push(this.#procedure());
      else if (this.#isWord('INCLUDE')) {
        const included = this.#included();
        main.push(...included.main);
        procedures.push(...included.procedures);
      } else main.push(this.#statement());
    }
    return { file: this.file, main, procedures, ...(schedule ? { schedule } : {}) };
  }

  /** `INCLUDE "other.bas"`: another file's statements and procedures, in place. */
  #included(): Script {
    const keyword = this.#next();
    const name = this.#expectKind('string', 'the file to INCLUDE, in quotes');
    this.#endOfLine();
    if (this.depth >= MAX_INCLUDE_DEPTH)
      this.#fail(keyword, `INCLUDE nests deeper than ${MAX_INCLUDE_DEPTH} (a file includes itself?)`);
    const found = this.include?.(name.value);
    if (!found) this.#fail(name, `INCLUDE "${name.value}": no such file in the package`);
    return parseScript(found.source, found.file, this.include, this.depth + 1);
  }

  #procedure(): Procedure {
    const kind = this.#next().value as 'FUNCTION' | 'SUB';
    const nameToken = this.#expectKind('identifier', `a ${kind.toLowerCase()} name`);
    const params: string[] = [];
    if (this.#isOp('(')) {
      this.#next();
      while (!this.#isOp(')')) {
        params.push(this.#expectKind('identifier', 'a parameter name').value);
        if (this.#isOp(',')) this.#next();
        else if (!this.#isOp(')')) this.#fail(this.#peek(), 'expected "," or ")"');
      }
      this.#next();
    }
    this.#endOfLine();
    const body = this.#block(() => this.#isWord('END') && this.#peekAhead(1).value === kind);
    this.#next();
    this.#next();
    this.#endOfLine();
    return { name: nameToken.value, params, body, at: nameToken.position };
  }

  /** Statements until `stop` holds at the start of a line (the closing keyword is not consumed). */
  #block(stop: () => boolean): Statement[] {
    const body: Statement[] = [];
    for (;;) {
      this.#skipNewlines();
      const token = this.#peek();
      if (token.kind === 'eof') this.#fail(token, 'the block is not closed');
      if (stop()) return body;
      body.push(this.#statement());
    }
  }

  #statement(): Statement {
    const token = this.#peek();
    if (token.kind !== 'identifier') this.#fail(token, `expected a statement, found "${token.text}"`);
    switch (token.value) {
      case 'TALK': {
        if (this.#peekAhead(1).value === 'TO' && this.#peekAhead(1).kind === 'identifier') {
          this.#next();
          this.#next();
          return this.#effect('TALK TO', undefined);
        }
        const at = this.#next().position;
        const text = this.#expression();
        this.#endOfLine();
        return { kind: 'talk', text, at };
      }
      case 'PRINT': {
        const at = this.#next().position;
        const value = this.#expression();
        this.#endOfLine();
        return { kind: 'print', value, at };
      }
      case 'LOG': {
        const at = this.#next().position;
        const value = this.#expression();
        this.#endOfLine();
        return { kind: 'print', value, at };
      }
      case 'BEGIN':
        return this.#beginTalk();
      case 'SELECT':
        return this.#select();
      case 'SAVE':
      case 'DELETE':
      case 'TWEET':
      case 'PAY':
      case 'TRANSFER':
        this.#next();
        return this.#effect(token.value, undefined);
      case 'SEND': {
        const at = this.#peek();
        this.#next();
        const what = this.#next();
        if (what.value === 'MAIL') return this.#effect('SEND MAIL', undefined);
        if (what.value === 'CODE' && this.#isWord('TO')) {
          this.#next();
          return this.#effect('SEND CODE TO', undefined);
        }
        if (what.value === 'FILE' && this.#isWord('TO')) {
          this.#next();
          return this.#effect('SEND FILE TO', undefined);
        }
        if (what.value === 'FILE') return this.#effect('SEND FILE', undefined);
        if ((what.value === 'SMS' || what.value === 'TEMPLATE') && this.#isWord('TO')) {
          this.#next();
          return this.#effect(what.value === 'SMS' ? 'SEND SMS TO' : 'SEND TEMPLATE TO', undefined);
        }
        return this.#fail(at, 'expected SEND MAIL, SEND FILE, SEND SMS TO, SEND TEMPLATE TO or SEND CODE TO');
      }
      case 'CREATE': {
        this.#next();
        const what = this.#next();
        if (what.value !== 'DEAL' && what.value !== 'LEAD') this.#fail(what, 'expected CREATE DEAL or CREATE LEAD');
        return this.#effect(what.value === 'DEAL' ? 'CREATE DEAL' : 'CREATE LEAD', undefined);
      }
      case 'HEAR':
        return this.#hear();
      case 'INPUT': {
        // INPUT [prompt,] name: says the prompt, then HEAR name.
        const at = this.#next().position;
        let prompt: Expression | undefined;
        if (this.#peek().kind === 'string') {
          prompt = this.#expression();
          if (!this.#isOp(',') && !this.#isOp(';')) this.#fail(this.#peek(), 'expected "," after the INPUT prompt');
          this.#next();
        }
        const name = this.#expectKind('identifier', 'the variable INPUT fills').value;
        this.#endOfLine();
        return { kind: 'hear', name, as: undefined, options: [], ...(prompt ? { prompt } : {}), at };
      }
      case 'SET':
        this.#next();
        if (this.#isWord('PARAM') && !(this.#peekAhead(1).kind === 'operator' && this.#peekAhead(1).value === '='))
          return this.#setParam();
        return this.#assignment();
      case 'IF':
        return this.#if();
      case 'FOR':
        return this.#for();
      case 'DO':
        return this.#doWhile();
      case 'EXIT': {
        const at = this.#next().position;
        const what = this.#next();
        if (!['FOR', 'DO', 'FUNCTION', 'SUB'].includes(what.value))
          this.#fail(what, 'expected EXIT FOR, EXIT DO, EXIT FUNCTION or EXIT SUB');
        this.#endOfLine();
        return { kind: 'exit', what: what.value as 'FOR' | 'DO' | 'FUNCTION' | 'SUB', at };
      }
      case 'WAIT': {
        const at = this.#next().position;
        const seconds = this.#expression();
        this.#endOfLine();
        return { kind: 'wait', seconds, at };
      }
      case 'CALL':
        return this.#call(undefined);
      case 'RETURN': {
        const at = this.#next().position;
        const value = this.#atEndOfLine() ? undefined : this.#expression();
        this.#endOfLine();
        return { kind: 'return', value, at };
      }
      default:
        return this.#assignment();
    }
  }

  #beginTalk(): Statement {
    const begin = this.#next();
    const talk = this.#next();
    if (talk.value !== 'TALK') this.#fail(talk, 'expected BEGIN TALK');
    // The text between BEGIN TALK and END TALK is taken as written, line by line.
    const first = begin.position.line;
    let last = first + 1;
    while (last <= this.#lines.length && !/^\s*END\s+TALK\s*$/i.test(this.#lines[last - 1] ?? '')) last++;
    if (last > this.#lines.length) this.#fail(begin, 'BEGIN TALK has no END TALK');
    const text = this.#lines
      .slice(first, last - 1)
      .map((l) => l.replace(/\r$/, '').trim())
      .join('\n');
    while (this.#peek().kind !== 'eof' && this.#peek().position.line <= last) this.#next();
    return { kind: 'talk', text: { kind: 'string', value: text, at: begin.position }, at: begin.position };
  }

  #select(): Statement {
    const at = this.#next().position;
    this.#expectWord('CASE');
    const subject = this.#expression();
    this.#endOfLine();
    const cases: Array<{ values: Expression[]; body: Statement[] }> = [];
    let otherwise: Statement[] = [];
    this.#skipNewlines();
    for (;;) {
      if (this.#isEnd('SELECT')) break;
      if (!this.#isWord('CASE')) this.#fail(this.#peek(), 'expected CASE or END SELECT');
      this.#next();
      const isCase = () => this.#isWord('CASE') || this.#isEnd('SELECT');
      if (this.#isWord('ELSE')) {
        this.#next();
        this.#endOfLine();
        otherwise = this.#block(isCase);
        continue;
      }
      const values = [this.#expression()];
      while (this.#isOp(',')) {
        this.#next();
        values.push(this.#expression());
      }
      this.#endOfLine();
      cases.push({ values, body: this.#block(isCase) });
    }
    this.#next();
    this.#next();
    this.#endOfLine();
    return { kind: 'select', subject, cases, otherwise, at };
  }

  /** `SET PARAM name AS value` (or `, value`): remembers something about the person, across dialogs. */
  #setParam(): Statement {
    const at = this.#next().position;
    const args = [this.#paramName()];
    if (!this.#isWord('AS') && !this.#isOp(','))
      this.#fail(this.#peek(), 'expected AS or "," after the SET PARAM name');
    this.#next();
    args.push(this.#expression());
    this.#endOfLine();
    return { kind: 'effect', effect: 'SET PARAM', args, into: undefined, at };
  }

  /** A parameter's name: a word (`color`) or a string (`"favourite color"`). */
  #paramName(): Expression {
    const token = this.#peek();
    if (token.kind === 'identifier') {
      this.#next();
      return { kind: 'string', value: token.text, at: token.position };
    }
    if (token.kind === 'string') return this.#expression();
    return this.#fail(token, 'expected the name of the parameter');
  }

  #hear(): Statement {
    const at = this.#next().position;
    const name = this.#expectKind('identifier', 'the variable HEAR fills').value;
    let as: string | undefined;
    const options: Expression[] = [];
    if (this.#isWord('AS')) {
      this.#next();
      if (this.#peek().kind === 'identifier') as = this.#next().value;
      else {
        options.push(this.#expression());
        while (this.#isOp(',')) {
          this.#next();
          options.push(this.#expression());
        }
      }
    }
    this.#endOfLine();
    return { kind: 'hear', name, as, options, at };
  }

  #assignment(): Statement {
    const name = this.#expectKind('identifier', 'a variable');
    if (!this.#isOp('=')) this.#fail(this.#peek(), `expected "=" after ${name.text} (or a statement keyword)`);
    this.#next();
    if (this.#isWord('CALL')) return this.#call(name.value);
    const effect = this.#valueEffect();
    if (effect === 'GET PARAM') {
      const at = this.#tokens[this.#i - 1]!.position;
      const param = this.#paramName();
      this.#endOfLine();
      return { kind: 'effect', effect, args: [param], into: name.value, at };
    }
    if (effect) return this.#effect(effect, name.value);
    const value = this.#expression();
    this.#endOfLine();
    return { kind: 'set', name: name.value, value, at: name.position };
  }

  /** Keywords that reach outside and give a value: `x = GET url`, `x = FIND "t", "q"`, `x = GET CONFIG "n"`. */
  #valueEffect(): Effect | undefined {
    const token = this.#peek();
    if (token.kind !== 'identifier') return undefined;
    const next = this.#peekAhead(1);
    if (token.value === 'GET' && next.kind === 'identifier' && next.value === 'CONFIG') {
      this.#next();
      this.#next();
      return 'GET CONFIG';
    }
    if (token.value === 'GET' && next.kind === 'identifier' && next.value === 'PARAM') {
      this.#next();
      this.#next();
      return 'GET PARAM';
    }
    if (token.value === 'CREATE' && next.kind === 'identifier' && (next.value === 'DEAL' || next.value === 'LEAD')) {
      this.#next();
      this.#next();
      return next.value === 'DEAL' ? 'CREATE DEAL' : 'CREATE LEAD';
    }
    if ((token.value === 'PAY' || token.value === 'TWEET') && !(next.kind === 'operator' && next.value === '(')) {
      this.#next();
      return token.value;
    }
    if (token.value === 'SEND' && next.kind === 'identifier' && next.value === 'MAIL') {
      this.#next();
      this.#next();
      return 'SEND MAIL';
    }
    if (token.value === 'SEND' && next.kind === 'identifier' && next.value === 'CODE') {
      this.#next();
      this.#next();
      if (!this.#isWord('TO')) this.#fail(this.#peek(), 'expected SEND CODE TO <phone number>');
      this.#next();
      return 'SEND CODE TO';
    }
    if (token.value === 'CHECK' && next.kind === 'identifier' && next.value === 'CODE') {
      this.#next();
      this.#next();
      return 'CHECK CODE';
    }
    if (token.value === 'FIND' && next.kind === 'identifier' && next.value === 'CONTACT') {
      this.#next();
      this.#next();
      return 'FIND CONTACT';
    }
    const plain = (['GET', 'POST', 'PUT', 'FIND'] as const).find((keyword) => keyword === token.value);
    if (plain && !(next.kind === 'operator' && next.value === '(')) {
      this.#next();
      return plain;
    }
    if (token.value === 'ACTIVE' && next.kind === 'identifier' && next.value === 'TASKS') {
      this.#next();
      this.#next();
      return 'ACTIVE TASKS';
    }
    return undefined;
  }

  /** The arguments of a keyword that reaches outside, after the keyword itself was read. */
  #effect(effect: Effect, into: string | undefined): Statement {
    const at = this.#tokens[this.#i - 1]!.position;
    const args: Expression[] = [];
    if (!this.#atEndOfLine()) {
      args.push(this.#expression());
      while (this.#isOp(',')) {
        this.#next();
        args.push(this.#expression());
      }
    }
    this.#endOfLine();
    return { kind: 'effect', effect, args, into, at };
  }

  #call(into: string | undefined): Statement {
    const at = this.#next().position;
    const name = this.#expectKind('identifier', 'the name of a FUNCTION or SUB').value;
    const args: Expression[] = [];
    if (this.#isOp('(')) {
      this.#next();
      while (!this.#isOp(')')) {
        args.push(this.#expression());
        if (this.#isOp(',')) this.#next();
        else if (!this.#isOp(')')) this.#fail(this.#peek(), 'expected "," or ")"');
      }
      this.#next();
    }
    this.#endOfLine();
    return { kind: 'call', name, args, into, at };
  }

  #if(): Statement {
    const at = this.#next().position;
    const condition = this.#expression();
    this.#expectWord('THEN');
    if (!this.#atEndOfLine()) {
      // Single-line IF: IF cond THEN statement [ELSE statement]. A statement stops before ELSE.
      const then = this.#statement();
      let otherwise: Statement[] = [];
      if (this.#isWord('ELSE')) {
        this.#next();
        otherwise = [this.#statement()];
      }
      return { kind: 'if', branches: [{ condition, body: [then] }], otherwise, at };
    }
    const branches = [
      { condition, body: this.#block(() => this.#isWord('ELSEIF') || this.#isWord('ELSE') || this.#isEnd('IF')) },
    ];
    let otherwise: Statement[] = [];
    for (;;) {
      if (this.#isWord('ELSEIF')) {
        this.#next();
        const next = this.#expression();
        this.#expectWord('THEN');
        this.#endOfLine();
        branches.push({
          condition: next,
          body: this.#block(() => this.#isWord('ELSEIF') || this.#isWord('ELSE') || this.#isEnd('IF')),
        });
      } else if (this.#isWord('ELSE')) {
        this.#next();
        this.#endOfLine();
        otherwise = this.#block(() => this.#isEnd('IF'));
      } else break;
    }
    this.#next();
    this.#next();
    this.#endOfLine();
    return { kind: 'if', branches, otherwise, at };
  }

  #for(): Statement {
    const at = this.#next().position;
    if (this.#isWord('EACH')) {
      this.#next();
      const variable = this.#expectKind('identifier', 'the loop variable').value;
      this.#expectWord('IN');
      const list = this.#expression();
      this.#endOfLine();
      const body = this.#block(() => this.#isWord('NEXT'));
      this.#closeNext(variable);
      return { kind: 'forEach', variable, list, body, at };
    }
    const variable = this.#expectKind('identifier', 'the loop variable').value;
    if (!this.#isOp('=')) this.#fail(this.#peek(), 'expected "=" in FOR');
    this.#next();
    const from = this.#expression();
    this.#expectWord('TO');
    const to = this.#expression();
    let step: Expression | undefined;
    if (this.#isWord('STEP')) {
      this.#next();
      step = this.#expression();
    }
    this.#endOfLine();
    const body = this.#block(() => this.#isWord('NEXT'));
    this.#closeNext(variable);
    return { kind: 'for', variable, from, to, step, body, at };
  }

  #closeNext(variable: string): void {
    this.#next();
    if (this.#peek().kind === 'identifier') {
      const named = this.#next();
      if (named.value !== variable) this.#fail(named, `NEXT ${named.text} closes FOR ${variable}`);
    }
    this.#endOfLine();
  }

  #doWhile(): Statement {
    const at = this.#next().position;
    this.#expectWord('WHILE');
    const condition = this.#expression();
    this.#endOfLine();
    const body = this.#block(() => this.#isWord('LOOP'));
    this.#next();
    this.#endOfLine();
    return { kind: 'doWhile', condition, body, at };
  }

  // Expressions, by precedence: OR, AND, NOT, comparison, &, + -, * / MOD, ^, unary -.
  #expression(): Expression {
    return this.#binary(['OR'], () => this.#binary(['AND'], () => this.#not()));
  }

  #not(): Expression {
    if (this.#isWord('NOT')) {
      const at = this.#next().position;
      return { kind: 'unary', operator: 'NOT', operand: this.#not(), at };
    }
    return this.#binary(
      COMPARISON,
      () =>
        this.#binary(['&'], () => this.#binary(['+', '-'], () => this.#binary(['*', '/', 'MOD'], () => this.#power()))),
      true,
    );
  }

  #binary(operators: string[], operand: () => Expression, single = false): Expression {
    let left = operand();
    while (
      operators.includes(this.#peek().value) &&
      (this.#peek().kind === 'operator' || this.#peek().kind === 'identifier')
    ) {
      const operator = this.#next();
      const right = operand();
      left = { kind: 'binary', operator: operator.value, left, right, at: operator.position };
      if (single) break;
    }
    return left;
  }

  #power(): Expression {
    const base = this.#unary();
    if (this.#isOp('^')) {
      const operator = this.#next();
      return { kind: 'binary', operator: '^', left: base, right: this.#power(), at: operator.position };
    }
    return base;
  }

  #unary(): Expression {
    if (this.#isOp('-')) {
      const at = this.#next().position;
      return { kind: 'unary', operator: '-', operand: this.#unary(), at };
    }
    return this.#primary();
  }

  #primary(): Expression {
    let expression = this.#atom();
    while (this.#isOp('.') && this.#peekAhead(1).kind === 'identifier') {
      const at = this.#next().position;
      expression = { kind: 'member', object: expression, field: this.#next().text, at };
    }
    return expression;
  }

  #atom(): Expression {
    const token = this.#next();
    switch (token.kind) {
      case 'number':
        return { kind: 'number', value: Number(token.value), at: token.position };
      case 'string':
        return { kind: 'string', value: token.value, at: token.position };
      case 'identifier': {
        if (token.value === 'TRUE' || token.value === 'FALSE')
          return { kind: 'boolean', value: token.value === 'TRUE', at: token.position };
        if (this.#isOp('(')) {
          this.#next();
          const args: Expression[] = [];
          while (!this.#isOp(')')) {
            args.push(this.#expression());
            if (this.#isOp(',')) this.#next();
            else if (!this.#isOp(')')) this.#fail(this.#peek(), 'expected "," or ")"');
          }
          this.#next();
          return { kind: 'call', name: token.value, args, at: token.position };
        }
        if (['TODAY', 'NOW'].includes(token.value))
          return { kind: 'call', name: token.value, args: [], at: token.position };
        return { kind: 'variable', name: token.value, at: token.position };
      }
      case 'operator':
        if (token.value === '(') {
          const inner = this.#expression();
          if (!this.#isOp(')')) this.#fail(this.#peek(), 'expected ")"');
          this.#next();
          return inner;
        }
        return this.#fail(token, `unexpected "${token.text}"`);
      default:
        return this.#fail(
          token,
          token.kind === 'newline' || token.kind === 'eof'
            ? 'the expression ends too soon'
            : `unexpected "${token.text}"`,
        );
    }
  }

  #peek(): Token {
    return this.#tokens[this.#i]!;
  }

  #peekAhead(n: number): Token {
    return this.#tokens[Math.min(this.#i + n, this.#tokens.length - 1)]!;
  }

  #next(): Token {
    const token = this.#tokens[this.#i]!;
    if (token.kind !== 'eof') this.#i++;
    return token;
  }

  #isWord(word: string): boolean {
    const token = this.#peek();
    return token.kind === 'identifier' && token.value === word;
  }

  #isEnd(word: string): boolean {
    return this.#isWord('END') && this.#peekAhead(1).value === word;
  }

  #isOp(op: string): boolean {
    const token = this.#peek();
    return token.kind === 'operator' && token.value === op;
  }

  #atEndOfLine(): boolean {
    const kind = this.#peek().kind;
    return kind === 'newline' || kind === 'eof';
  }

  #endOfLine(): void {
    if (this.#isWord('ELSE')) return;
    if (!this.#atEndOfLine()) this.#fail(this.#peek(), `unexpected "${this.#peek().text}" at the end of the statement`);
    if (this.#peek().kind === 'newline') this.#next();
  }

  #skipNewlines(): void {
    while (this.#peek().kind === 'newline') this.#next();
  }

  #expectWord(word: string): void {
    if (!this.#isWord(word)) this.#fail(this.#peek(), `expected ${word}`);
    this.#next();
  }

  #expectKind(kind: Token['kind'], what: string): Token {
    const token = this.#peek();
    if (token.kind !== kind) this.#fail(token, `expected ${what}`);
    return this.#next();
  }

  #fail(token: Token, message: string): never {
    throw new ScriptError(this.file, token.position as Position, message);
  }
}

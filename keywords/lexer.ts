/** A position in a script, for errors: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export type TokenKind = 'identifier' | 'number' | 'string' | 'operator' | 'newline' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Identifiers upper-cased (keywords are case-insensitive); strings without quotes. */
  value: string;
  /** The identifier as written, for variable names and messages. */
  text: string;
  position: Position;
}

export class ScriptError extends Error {
  constructor(
    readonly file: string,
    readonly position: Position,
    message: string,
  ) {
    super(`${file}:${position.line}:${position.column}: ${message}`);
    this.name = 'ScriptError';
  }
}

// Word processors turn quotes typographic; scripts written in them still work.
const QUOTES: Record<string, string> = { '"': '"', '\u201c': '\u201d', '\u201d': '\u201d', '\u201e': '\u201d' };
const OPERATORS = ['<>', '<=', '>=', '=', '<', '>', '+', '-', '*', '/', '^', '(', ')', ',', ';', ':', '&', '.'];

/** Splits BASIC source into tokens; `REM` and `'` start comments that run to the end of the line. */
export function tokenize(source: string, file: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const at = (): Position => ({ line, column });
  const advance = (n: number) => {
    i += n;
    column += n;
  };
  while (i < source.length) {
    const char = source[i]!;
    if (char === '\n') {
      tokens.push({ kind: 'newline', value: '\n', text: '\n', position: at() });
      i++;
      line++;
      column = 1;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') {
      advance(1);
      continue;
    }
    if (char === "'" || char === '\u2018' || char === '\u2019') {
      while (i < source.length && source[i] !== '\n') advance(1);
      continue;
    }
    const close = QUOTES[char];
    if (close !== undefined) {
      const start = at();
      advance(1);
      let value = '';
      while (
        i < source.length &&
        source[i] !== '\n' &&
        source[i] !== '"' &&
        source[i] !== close &&
        !(close === '\u201d' && source[i] === '\u201c')
      ) {
        value += source[i];
        advance(1);
      }
      if (i >= source.length || source[i] === '\n') throw new ScriptError(file, start, 'this string is not closed');
      advance(1);
      tokens.push({ kind: 'string', value, text: value, position: start });
      continue;
    }
    if (/[0-9]/.test(char) || (char === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const start = at();
      const match = /^[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?/.exec(source.slice(i))!;
      advance(match[0].length);
      tokens.push({ kind: 'number', value: match[0], text: match[0], position: start });
      continue;
    }
    if (/[\p{L}_]/u.test(char)) {
      const start = at();
      const match = /^[\p{L}_][\p{L}\p{N}_]*\$?/u.exec(source.slice(i))!;
      const word = match[0];
      advance(word.length);
      if (word.toUpperCase() === 'REM') {
        while (i < source.length && source[i] !== '\n') advance(1);
        continue;
      }
      tokens.push({ kind: 'identifier', value: word.toUpperCase(), text: word, position: start });
      continue;
    }
    const operator = OPERATORS.find((op) => source.startsWith(op, i));
    if (!operator) throw new ScriptError(file, at(), `unexpected character "${char}"`);
    tokens.push({ kind: 'operator', value: operator, text: operator, position: at() });
    advance(operator.length);
  }
  tokens.push({ kind: 'newline', value: '\n', text: '\n', position: at() });
  tokens.push({ kind: 'eof', value: '', text: '', position: at() });
  return tokens;
}

import { MAX_TEXT, num, text, type Value } from './values.js';

type Builtin = (args: Value[], now: Date) => Value;

function arity(name: string, args: Value[], min: number, max = min): void {
  if (args.length < min || args.length > max)
    throw new Error(`${name} takes ${min === max ? min : `${min} to ${max}`} arguments, not ${args.length}`);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DATE_TOKENS = /yyyy|yy|MM|dd|HH|mm|ss/g;

/**
 * FORMAT(value, pattern): a date with yyyy, yy, MM, dd, HH, mm, ss (UTC), or a number with a
 * pattern like 0, 0.00 or #,##0.00 and any text around it ("$#,##0.00", "0.0 %").
 */
function format(value: Value, pattern: string): string {
  if (/yyyy|yy|MM|dd|HH|ss/.test(pattern)) {
    const date = new Date(text(value));
    if (Number.isNaN(date.getTime())) throw new Error(`FORMAT: "${text(value).slice(0, 40)}" is not a date`);
    const two = (n: number) => String(n).padStart(2, '0');
    const parts: Record<string, string> = {
      yyyy: String(date.getUTCFullYear()),
      yy: two(date.getUTCFullYear() % 100),
      MM: two(date.getUTCMonth() + 1),
      dd: two(date.getUTCDate()),
      HH: two(date.getUTCHours()),
      mm: two(date.getUTCMinutes()),
      ss: two(date.getUTCSeconds()),
    };
    return pattern.replace(DATE_TOKENS, (token) => parts[token]!);
  }
  const numeric = /[#0][#0,]*(\.[#0]+)?/.exec(pattern);
  if (!numeric) throw new Error(`FORMAT: "${pattern}" is neither a date nor a number pattern`);
  const n = num(value);
  if (!Number.isFinite(n)) throw new Error(`FORMAT: "${text(value).slice(0, 40)}" is not a number`);
  const decimals = numeric[1] ? numeric[1].length - 1 : 0;
  const grouped = numeric[0].includes(',');
  const body = n.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  return pattern.slice(0, numeric.index) + body + pattern.slice(numeric.index + numeric[0].length);
}

/** The functions a script can call: pure computations, nothing that reaches the host. */
export const BUILTINS: Record<string, Builtin> = {
  UCASE: (a) => {
    arity('UCASE', a, 1);
    return text(a[0]!).toUpperCase();
  },
  LCASE: (a) => {
    arity('LCASE', a, 1);
    return text(a[0]!).toLowerCase();
  },
  LEN: (a) => {
    arity('LEN', a, 1);
    return Array.isArray(a[0]) ? a[0].length : text(a[0]!).length;
  },
  TRIM: (a) => {
    arity('TRIM', a, 1);
    return text(a[0]!).trim();
  },
  LEFT: (a) => {
    arity('LEFT', a, 2);
    return text(a[0]!).slice(0, Math.max(0, num(a[1]!)));
  },
  RIGHT: (a) => {
    arity('RIGHT', a, 2);
    return num(a[1]!) <= 0 ? '' : text(a[0]!).slice(-num(a[1]!));
  },
  MID: (a) => {
    arity('MID', a, 2, 3);
    return text(a[0]!).substr(Math.max(0, num(a[1]!) - 1), a[2] === undefined ? undefined : num(a[2]));
  },
  INSTR: (a) => {
    arity('INSTR', a, 2);
    return text(a[0]!).indexOf(text(a[1]!)) + 1;
  },
  REPLACE: (a) => {
    arity('REPLACE', a, 3);
    const pieces = text(a[0]!).split(text(a[1]!));
    const replacement = text(a[2]!);
    // The result's length is known before it is built: a script cannot make a huge one.
    const length = pieces.reduce((sum, piece) => sum + piece.length, 0) + (pieces.length - 1) * replacement.length;
    if (length > MAX_TEXT) throw new Error(`REPLACE would make a text of ${length} characters, more than ${MAX_TEXT}`);
    return pieces.join(replacement);
  },
  SPLIT: (a) => {
    arity('SPLIT', a, 2);
    return text(a[0]!).split(text(a[1]!));
  },
  JOIN: (a) => {
    arity('JOIN', a, 2);
    const parts = (Array.isArray(a[0]) ? a[0] : [a[0]!]).map(text);
    const separator = text(a[1]!);
    const length = parts.reduce((sum, part) => sum + part.length, 0) + Math.max(0, parts.length - 1) * separator.length;
    if (length > MAX_TEXT) throw new Error(`JOIN would make a text of ${length} characters, more than ${MAX_TEXT}`);
    return parts.join(separator);
  },
  VAL: (a) => {
    arity('VAL', a, 1);
    return num(a[0]!);
  },
  STR: (a) => {
    arity('STR', a, 1);
    return text(a[0]!);
  },
  ABS: (a) => {
    arity('ABS', a, 1);
    return Math.abs(num(a[0]!));
  },
  INT: (a) => {
    arity('INT', a, 1);
    return Math.floor(num(a[0]!));
  },
  ROUND: (a) => {
    arity('ROUND', a, 1, 2);
    return Math.round(num(a[0]!) * 10 ** num(a[1] ?? 0)) / 10 ** num(a[1] ?? 0);
  },
  SQRT: (a) => {
    arity('SQRT', a, 1);
    return Math.sqrt(num(a[0]!));
  },
  MAX: (a) => Math.max(...a.map(num)),
  MIN: (a) => Math.min(...a.map(num)),
  ARRAY: (a) => a,
  FORMAT: (a) => {
    arity('FORMAT', a, 2);
    return format(a[0]!, text(a[1]!));
  },
  TODAY: (a, now) => {
    arity('TODAY', a, 0);
    return isoDate(now);
  },
  NOW: (a, now) => {
    arity('NOW', a, 0);
    return now.toISOString();
  },
  DATEADD: (a) => {
    arity('DATEADD', a, 3);
    const date = new Date(text(a[0]!));
    const amount = num(a[1]!);
    const unit = text(a[2]!).toLowerCase();
    const ms = {
      day: 86_400_000,
      days: 86_400_000,
      hour: 3_600_000,
      hours: 3_600_000,
      minute: 60_000,
      minutes: 60_000,
    }[unit];
    if (ms === undefined || Number.isNaN(date.getTime()))
      throw new Error(`DATEADD needs a date, a number and day, hour or minute`);
    return isoDate(new Date(date.getTime() + amount * ms));
  },
  DATEDIFF: (a) => {
    arity('DATEDIFF', a, 2, 3);
    const ms = new Date(text(a[1]!)).getTime() - new Date(text(a[0]!)).getTime();
    const unit = text(a[2] ?? 'day').toLowerCase();
    const per = unit.startsWith('hour') ? 3_600_000 : unit.startsWith('minute') ? 60_000 : 86_400_000;
    return Math.round(ms / per);
  },
};

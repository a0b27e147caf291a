import { num, text, type Value } from './values.js';

export interface HearCheck {
  value?: Value;
  /** Why the answer does not fit, for the re-prompt. */
  problem?: string;
}

const BOOLEAN: Record<string, boolean> = {
  yes: true,
  y: true,
  sim: true,
  s: true,
  si: true,
  true: true,
  no: false,
  n: false,
  não: false,
  nao: false,
  false: false,
};

/** Checks (and converts) what a user answered to `HEAR name AS kind`. */
export function checkAnswer(kind: string | undefined, options: Value[], answer: Value): HearCheck {
  // A file arrives as a record (url or media id, mime type, name, caption); everything else as text.
  if (kind === 'FILE')
    return typeof answer === 'object' && answer !== null && !Array.isArray(answer)
      ? { value: answer }
      : { problem: 'please send a file' };
  if (typeof answer !== 'string') return { problem: 'please answer with text' };
  const trimmed = answer.trim();
  if (options.length > 0) {
    const byNumber = /^\d+$/.test(trimmed) ? options[Number(trimmed) - 1] : undefined;
    const match = byNumber ?? options.find((o) => text(o).toLowerCase() === trimmed.toLowerCase());
    return match === undefined
      ? { problem: `please choose one of: ${options.map(text).join(', ')}` }
      : { value: match };
  }
  switch (kind) {
    case undefined:
      return { value: trimmed };
    case 'EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(trimmed)
        ? { value: trimmed.toLowerCase() }
        : { problem: 'that does not look like an e-mail address' };
    case 'INTEGER':
      return /^-?\d+$/.test(trimmed) ? { value: Number(trimmed) } : { problem: 'please answer with a whole number' };
    case 'NUMBER':
    case 'MONEY': {
      const value = num(trimmed.replace(/^[^\d-]+/, '').replace(/\s/g, ''));
      return Number.isFinite(value) ? { value } : { problem: 'please answer with a number' };
    }
    case 'BOOLEAN': {
      const value = BOOLEAN[trimmed.toLowerCase()];
      return value === undefined ? { problem: 'please answer yes or no' } : { value };
    }
    case 'NAME':
      return /^[\p{L}][\p{L} '.-]{1,98}$/u.test(trimmed) && trimmed.includes(' ')
        ? { value: trimmed }
        : { problem: 'please give your full name' };
    case 'MOBILE':
    case 'PHONE': {
      const digits = trimmed.replace(/[\s().-]/g, '');
      return /^\+?\d{8,15}$/.test(digits) ? { value: digits } : { problem: 'that does not look like a phone number' };
    }
    case 'DATE': {
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
      const local = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
      const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
      const date = y ? new Date(`${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}T00:00:00Z`) : undefined;
      return date && !Number.isNaN(date.getTime())
        ? { value: date.toISOString().slice(0, 10) }
        : { problem: 'please give a date like 2026-12-31 or 31/12/2026' };
    }
    case 'HOUR':
      return /^([01]?\d|2[0-3]):[0-5]\d$/.test(trimmed)
        ? { value: trimmed.padStart(5, '0') }
        : { problem: 'please give a time like 14:30' };
    case 'ZIPCODE':
      return /^[\dA-Z][\dA-Z -]{2,9}$/i.test(trimmed)
        ? { value: trimmed.toUpperCase() }
        : { problem: 'that does not look like a postal code' };
    case 'LANGUAGE':
      return /^[a-z]{2}(-[A-Z]{2})?$/.test(trimmed)
        ? { value: trimmed }
        : { problem: 'please give a language code like en or pt-BR' };
    default:
      return { problem: `HEAR AS ${kind} is not a kind this gateway knows` };
  }
}

import { parse } from 'csv-parse/sync';
import { ConfigError } from '../core/index.js';

export interface SettingRow {
  name: string;
  value: string;
}

/** Setting names whose values are secrets: stored encrypted, never logged, never shown back. */
const SECRET_NAME = /(key|secret|token|password|pass)$/i;

export function isSecretSetting(name: string): boolean {
  return SECRET_NAME.test(name.trim());
}

/** Parses a General Bots `.gbot/config.csv`: a `name,value` header, then one setting a row. */
export function parseConfigCsv(text: string, file = 'config.csv'): SettingRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    throw new ConfigError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const [header, ...rows] = records;
  if (!header || header[0]?.toLowerCase() !== 'name' || header[1]?.toLowerCase() !== 'value') {
    throw new ConfigError(`${file}: the first row must be the header "name,value"`);
  }
  const seen = new Set<string>();
  const settings: SettingRow[] = [];
  rows.forEach((row, index) => {
    const name = row[0]?.trim() ?? '';
    if (name === '') throw new ConfigError(`${file}:${index + 2}: a setting has no name`);
    const key = name.toLowerCase();
    if (seen.has(key)) throw new ConfigError(`${file}:${index + 2}: "${name}" is set twice`);
    seen.add(key);
    settings.push({ name, value: row.slice(1).join(',').trim() });
  });
  return settings;
}

export type AnswerMode = 'none' | 'direct' | 'grounded';

/** An instance's settings, looked up case-insensitively, with the typed accessors the router uses. */
export class InstanceSettings {
  readonly #values: ReadonlyMap<string, string>;

  constructor(rows: Iterable<SettingRow>) {
    const values = new Map<string, string>();
    for (const row of rows) values.set(row.name.trim().toLowerCase(), row.value);
    this.#values = values;
  }

  get(name: string): string | undefined {
    const value = this.#values.get(name.toLowerCase());
    return value === '' ? undefined : value;
  }

  number(name: string, fallback: number): number {
    const raw = this.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw.replace(',', '.'));
    if (!Number.isFinite(value)) throw new ConfigError(`Setting "${name}" must be a number, got "${raw}"`);
    return value;
  }

  /** Minimum NLP score for a knowledge-base answer (0 to 1). */
  get nlpScore(): number {
    const score = this.number('NLP Score', 0.5);
    if (score < 0 || score > 1) throw new ConfigError(`Setting "NLP Score" must be between 0 and 1, got ${score}`);
    return score;
  }

  get notFoundMessage(): string {
    return this.get('Not Found Message') ?? "Sorry, I don't know the answer to that yet.";
  }

  get language(): string {
    return (this.get('Language') ?? 'en').slice(0, 2).toLowerCase();
  }

  get title(): string | undefined {
    return this.get('Bot Name') ?? this.get('Title');
  }

  get greeting(): string | undefined {
    return this.get('Greeting Message');
  }
}

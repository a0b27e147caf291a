import { parse } from 'csv-parse/sync';
import { ConfigError } from '../core/index.js';

export interface SettingRow {
  name: string;
  value: string;
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
  if (header?.[0]?.toLowerCase() !== 'name' || header[1]?.toLowerCase() !== 'value') {
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

import { parse } from 'csv-parse/sync';
import { PackageError } from '../core/index.js';
import type { KnowledgeEntry } from '../store/index.js';

const COLUMNS = ['subjects', 'from', 'to', 'question', 'answer'] as const;

/**
 * Reads a `.gbkb` tabular file (CSV; columns subjects, from, to, question, answer). `subjects`
 * splits on dots into up to four levels. A bad row is reported with its file and line.
 */
export function parseKnowledgeCsv(text: string, file: string): KnowledgeEntry[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (err) {
    throw new PackageError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const [header, ...rows] = records;
  const columns = header?.map((c) => c.trim().toLowerCase()) ?? [];
  const position = Object.fromEntries(COLUMNS.map((name) => [name, columns.indexOf(name)])) as Record<(typeof COLUMNS)[number], number>;
  for (const required of ['question', 'answer'] as const) {
    if (position[required] < 0) throw new PackageError(`${file}:1: the header has no "${required}" column (expected ${COLUMNS.join(', ')})`);
  }
  const cell = (row: string[], name: (typeof COLUMNS)[number]) => (position[name] < 0 ? '' : (row[position[name]] ?? '').trim());
  return rows.map((row, index) => {
    const line = index + 2;
    const question = cell(row, 'question');
    const answer = cell(row, 'answer');
    if (question === '') throw new PackageError(`${file}:${line}: the question is empty`);
    if (answer === '') throw new PackageError(`${file}:${line}: the answer to "${question.slice(0, 60)}" is empty`);
    const subjects = cell(row, 'subjects').split('.').map((s) => s.trim()).filter(Boolean);
    if (subjects.length > 4) throw new PackageError(`${file}:${line}: subjects has ${subjects.length} levels; at most 4`);
    return { subjects, from: cell(row, 'from') || null, to: cell(row, 'to') || null, question, answer, format: 'text' };
  });
}

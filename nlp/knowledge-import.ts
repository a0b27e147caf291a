import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { PackageError } from '../core/index.js';
import type { KnowledgeEntry } from '../store/index.js';

const COLUMNS = ['subjects', 'from', 'to', 'question', 'answer'] as const;
const ARTICLE = /^[\w.-]+\.md$/i;
type Column = (typeof COLUMNS)[number];

/**
 * Reads a `.gbkb` tabular file (CSV; columns subjects, from, to, question, answer). `subjects`
 * splits on dots into up to four levels. A bad row is reported with its file and line.
 */
/** Articles (`articles/*.md` of a `.gbkb` folder) by lower-cased file name, and which answers named them. */
export interface Articles {
  texts: ReadonlyMap<string, string>;
  referenced: Set<string>;
}

export function parseKnowledgeCsv(text: string, file: string, articles?: Articles): KnowledgeEntry[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (err) {
    throw new PackageError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return rowsToEntries(
    records.map((cells, index) => ({ line: index + 1, cells })),
    file,
    articles,
  );
}

/** The same table in a spreadsheet (`.xlsx`): the first worksheet, the header in its first row. */
export async function parseKnowledgeXlsx(
  content: Buffer,
  file: string,
  articles?: Articles,
): Promise<KnowledgeEntry[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (err) {
    throw new PackageError(`${file}: not a readable .xlsx file (${err instanceof Error ? err.message : String(err)})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new PackageError(`${file}: the workbook has no worksheet`);
  const rows: Array<{ line: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text;
    });
    rows.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rowsToEntries(rows, file, articles);
}

function rowsToEntries(
  rows: Array<{ line: number; cells: string[] }>,
  file: string,
  articles: Articles | undefined,
): KnowledgeEntry[] {
  const [header, ...body] = rows;
  const columns = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const position = Object.fromEntries(COLUMNS.map((name) => [name, columns.indexOf(name)])) as Record<Column, number>;
  for (const required of ['question', 'answer'] as const) {
    if (position[required] < 0)
      throw new PackageError(
        `${file}:${header?.line ?? 1}: the header has no "${required}" column (expected ${COLUMNS.join(', ')})`,
      );
  }
  const cell = (cells: string[], name: Column) => (position[name] < 0 ? '' : (cells[position[name]] ?? '').trim());
  return body
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
    .map(({ line, cells }) => {
      const question = cell(cells, 'question');
      const answer = cell(cells, 'answer');
      if (question === '') throw new PackageError(`${file}:${line}: the question is empty`);
      if (answer === '') throw new PackageError(`${file}:${line}: the answer to "${question.slice(0, 60)}" is empty`);
      const subjects = cell(cells, 'subjects')
        .split('.')
        .map((s) => s.trim())
        .filter(Boolean);
      if (subjects.length > 4)
        throw new PackageError(`${file}:${line}: subjects has ${subjects.length} levels; at most 4`);
      const base = { subjects, from: cell(cells, 'from') || null, to: cell(cells, 'to') || null, question };
      if (!ARTICLE.test(answer)) return { ...base, answer, format: 'text' };
      const text = articles?.texts.get(answer.toLowerCase());
      if (text === undefined)
        throw new PackageError(`${file}:${line}: the answer names ${answer}, which is not in articles/`);
      articles!.referenced.add(answer.toLowerCase());
      return { ...base, answer: text.trim(), format: 'markdown' };
    });
}

/** Articles no answer named become answers of their own, asked by their title. */
export function unreferencedArticles(articles: Articles): KnowledgeEntry[] {
  return [...articles.texts]
    .filter(([name, text]) => !articles.referenced.has(name) && text.trim() !== '')
    .map(([name, text]) => ({
      subjects: [],
      from: null,
      to: null,
      question: articleTitle(name, text),
      answer: text.trim(),
      format: 'markdown',
    }));
}

function articleTitle(name: string, text: string): string {
  const heading = /^#\s+(.+)$/m.exec(text)?.[1]?.trim();
  return heading ?? name.replace(/\.md$/i, '').replace(/[-_]+/g, ' ');
}

export interface SubjectNode {
  title: string;
  description?: string;
  children?: SubjectNode[];
}

/**
 * A `.gbkb/subjects.json` subject tree (General Bots format: `[{title, description, children}]`),
 * flattened to paths for menus. At most four levels, like the tabular files.
 */
export function parseSubjectsJson(
  text: string,
  file: string,
): Array<{ path: string[]; description: string | undefined }> {
  let tree: unknown;
  try {
    tree = JSON.parse(text);
  } catch (err) {
    throw new PackageError(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const out: Array<{ path: string[]; description: string | undefined }> = [];
  const walk = (nodes: unknown, parent: string[], where: string) => {
    if (!Array.isArray(nodes)) throw new PackageError(`${file}: ${where} must be a list of subjects`);
    nodes.forEach((node: unknown, i) => {
      const at = `${where}[${i}]`;
      const subject = node as Partial<SubjectNode> | null;
      if (!subject || typeof subject.title !== 'string' || subject.title.trim() === '')
        throw new PackageError(`${file}: ${at} has no title`);
      const path = [...parent, subject.title.trim()];
      if (path.length > 4) throw new PackageError(`${file}: ${at} is deeper than four levels`);
      out.push({ path, description: typeof subject.description === 'string' ? subject.description : undefined });
      if (subject.children !== undefined) walk(subject.children, path, `${at}.children`);
    });
  };
  walk(tree, [], 'the top level');
  return out;
}

/**
 * A knowledge base's `synonyms.csv`: one group of words that mean the same a row, the first the
 * one searched (`bill,invoice,statement`). A line starting with # is a comment.
 */
export function parseSynonymsCsv(text: string, file: string): string[][] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, comment: '#' });
  } catch (err) {
    throw new PackageError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return records.flatMap((row, i) => {
    const words = row.filter((cell) => cell !== '');
    if (words.length === 1) throw new PackageError(`${file}:${i + 1}: "${words[0]}" has no synonym on its row`);
    return words.length === 0 ? [] : [words];
  });
}

import { appendFileSync, cpSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a bot package (`<name>.gbai`) with the given settings, knowledge base rows and `.bas` dialogs. */
export function writeBotPackage(
  name: string,
  settings: Record<string, string>,
  questions: Array<[string, string]>,
  dialogs: Record<string, string> = {},
): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'gb-package-')), `${name}.gbai`);
  mkdirSync(join(folder, `${name}.gbot`), { recursive: true });
  mkdirSync(join(folder, `${name}.gbkb`), { recursive: true });
  const csv = (value: string) => `"${value.replace(/"/g, '""')}"`;
  writeFileSync(
    join(folder, `${name}.gbot`, 'config.csv'),
    ['name,value', ...Object.entries(settings).map(([k, v]) => `${csv(k)},${csv(v)}`)].join('\n'),
  );
  writeFileSync(
    join(folder, `${name}.gbkb`, 'faq.csv'),
    ['subjects,from,to,question,answer', ...questions.map(([q, a]) => `General,,,${csv(q)},${csv(a)}`)].join('\n'),
  );
  if (Object.keys(dialogs).length > 0) mkdirSync(join(folder, `${name}.gbdialog`));
  for (const [file, source] of Object.entries(dialogs)) writeFileSync(join(folder, `${name}.gbdialog`, file), source);
  return folder;
}

/** A copy of the shop bot (test-fixtures/bots/shop.gbai) under another name, with extra settings. */
export function shopPackage(name: string, extraSettings: Record<string, string> = {}): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'gb-transcript-')), `${name}.gbai`);
  cpSync(new URL('./bots/shop.gbai', import.meta.url), folder, { recursive: true });
  renameSync(join(folder, 'shop.gbot'), join(folder, `${name}.gbot`));
  renameSync(join(folder, 'shop.gbkb'), join(folder, `${name}.gbkb`));
  for (const [key, value] of Object.entries(extraSettings)) {
    appendFileSync(join(folder, `${name}.gbot`, 'config.csv'), `${key},${value}\n`);
  }
  return folder;
}

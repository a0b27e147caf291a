import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** A copy of a bot package under another name, with extra settings appended to its config.csv. */
function copyPackage(source: URL, from: string, name: string, extraSettings: Record<string, string>): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'gb-package-')), `${name}.gbai`);
  cpSync(source, folder, { recursive: true });
  for (const part of ['gbot', 'gbkb', 'gbdialog']) {
    if (existsSync(join(folder, `${from}.${part}`)))
      renameSync(join(folder, `${from}.${part}`), join(folder, `${name}.${part}`));
  }
  const csv = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const config = join(folder, `${name}.gbot`, 'config.csv');
  const lines = Object.entries(extraSettings).map(([key, value]) => `${csv(key)},${csv(value)}\n`);
  writeFileSync(config, `${readFileSync(config, 'utf8').trimEnd()}\n${lines.join('')}`);
  return folder;
}

/** A copy of the shop bot (test-fixtures/bots/shop.gbai) under another name, with extra settings. */
export function shopPackage(name: string, extraSettings: Record<string, string> = {}): string {
  return copyPackage(new URL('./bots/shop.gbai', import.meta.url), 'shop', name, extraSettings);
}

/** A copy of the demo bot the gateway ships (bots/demo.gbai) under another name, with extra settings. */
export function demoPackage(name: string, extraSettings: Record<string, string> = {}): string {
  return copyPackage(new URL('../bots/demo.gbai', import.meta.url), 'demo', name, extraSettings);
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { ChannelRegistry } from '../adapters/index.js';
import { parseBotSettings, parseConfigCsv, settingLookup, type SecretBox } from '../config/index.js';
import { PackageError, isSecretName, type Logger } from '../core/index.js';
import { ScriptError, compileDialog, type Program } from '../keywords/index.js';
import {
  parseKnowledgeCsv,
  parseKnowledgeXlsx,
  parseSubjectsJson,
  parseSynonymsCsv,
  unreferencedArticles,
  type Articles,
} from '../nlp/index.js';
import type { InstanceRecord, KnowledgeEntry, Store } from '../store/index.js';

export interface DeployResult {
  instance: InstanceRecord;
  settings: number;
  questions: number;
  channels: string[];
  dialogs: string[];
  created: boolean;
}

interface KnowledgeFile {
  file: string;
  entries: KnowledgeEntry[];
  /** A subjects.json tree instead of entries. */
  subjects?: Array<{ path: string[]; description: string | undefined }>;
  /** A synonyms.csv's groups instead of entries. */
  synonyms?: string[][];
}

/**
 * Creates or updates an instance from a `.gbai` bot package: settings from `.gbot/config.csv`
 * (secret ones sealed), the knowledge base from `.gbkb` tabular files. Everything is read and
 * checked first, then written in one transaction: a bad package changes nothing.
 */
export async function deployPackage(
  deps: { store: Store; secrets: SecretBox; logger: Logger; channels: ChannelRegistry },
  packagePath: string,
): Promise<DeployResult> {
  if (!existsSync(packagePath) || !statSync(packagePath).isDirectory())
    throw new PackageError(`${packagePath} is not a folder`);
  const folder = basename(packagePath.replace(/\/+$/, ''));
  if (!folder.endsWith('.gbai')) throw new PackageError(`${packagePath}: a bot package is a folder named <name>.gbai`);
  const name = folder.slice(0, -'.gbai'.length);
  if (!/^[a-z0-9][a-z0-9_-]{0,62}$/i.test(name))
    throw new PackageError(`${folder}: the bot name may use letters, digits, - and _ (up to 63)`);

  const parts = readdirSync(packagePath);
  const gbot = parts.find((p) => p.endsWith('.gbot'));
  const configFile = gbot ? join(packagePath, gbot, 'config.csv') : undefined;
  const settingRows =
    configFile && existsSync(configFile)
      ? parseConfigCsv(readFileSync(configFile, 'utf8'), relative(packagePath, configFile))
      : [];
  const settingsFile = configFile ? `${folder}/${relative(packagePath, configFile)}` : `${folder}/.gbot/config.csv`;
  // Everything is validated before anything is written; an error names the setting and the file.
  const lookup = settingLookup(settingRows);
  const settings = parseBotSettings(lookup, settingsFile, deps.channels.addressable);
  const channels = deps.channels.fromSettings(lookup, settingsFile);

  const knowledge: KnowledgeFile[] = [];
  for (const part of parts.filter((p) => p.endsWith('.gbkb'))) {
    knowledge.push(...(await readKnowledgeFolder(join(packagePath, part), `${folder}/${part}`, part)));
  }
  const dialogs = readDialogs(packagePath, folder, parts);
  const start = settings.startDialog;
  if (start && !dialogs.some((d) => d.name === start.toUpperCase()))
    throw new PackageError(`${folder}: Start Dialog "${start}" is not a .bas file of the package's .gbdialog`);

  const checksum = hashFolder(packagePath);
  const existing = await deps.store.instances.findByName(name);
  const sealed = settingRows.map((row) =>
    isSecretName(row.name) && row.value !== ''
      ? { name: row.name, value: deps.secrets.encrypt(row.value), isSecret: true }
      : { name: row.name, value: row.value, isSecret: false },
  );

  const instanceId = await deps.store.transaction(async (trx) => {
    const instance = await deps.store.instances.upsert({ name, title: settings.title ?? name, settings: sealed }, trx);
    await deps.store.instances.recordPackage({ instanceId: instance.id, name: folder, kind: 'gbai', checksum }, trx);
    await deps.store.instances.removePackagesExcept(
      instance.id,
      'gbkb',
      knowledge.map((kb) => kb.file),
      trx,
    );
    for (const kb of knowledge) {
      const packageId = await deps.store.instances.recordPackage(
        { instanceId: instance.id, name: kb.file, kind: 'gbkb', checksum },
        trx,
      );
      if (kb.subjects) await deps.store.knowledge.replacePackageSubjects(instance.id, packageId, kb.subjects, trx);
      else if (kb.synonyms) await deps.store.knowledge.replacePackageSynonyms(instance.id, packageId, kb.synonyms, trx);
      else await deps.store.knowledge.replacePackageEntries(instance.id, packageId, kb.entries, trx);
    }
    await deps.store.instances.replaceChannels(
      instance.id,
      channels.map((c) => ({
        channel: c.channel,
        provider: c.provider,
        settings: c.settings,
        sealedSecrets: deps.secrets.encrypt(JSON.stringify(c.secrets)),
      })),
      trx,
    );
    await deps.store.dialogs.replaceAll(instance.id, dialogs, trx);
    await deps.store.dialogs.replaceSchedules(
      instance.id,
      dialogs.flatMap((d) => (d.program.schedule ? [{ dialog: d.name, cron: d.program.schedule }] : [])),
      trx,
    );
    await deps.store.instances.bumpKbVersion(instance.id, trx);
    return instance.id;
  });
  const instance = (await deps.store.instances.findById(instanceId))!;
  const questions = knowledge.reduce((n, kb) => n + kb.entries.length, 0);
  deps.logger.info(
    { instance: name, settings: settingRows.length, questions, channels: channels.map((c) => c.channel) },
    existing ? 'updated instance from package' : 'created instance from package',
  );
  return {
    instance,
    settings: settingRows.length,
    questions,
    channels: channels.map((c) => c.channel),
    dialogs: dialogs.map((d) => d.name),
    created: !existing,
  };
}

/** Every `.gbdialog/*.bas`, compiled: a compile error fails the deploy with file:line:column. */
function readDialogs(
  packagePath: string,
  folder: string,
  parts: string[],
): Array<{ name: string; source: string; program: Program }> {
  const dialogs: Array<{ name: string; source: string; program: Program }> = [];
  for (const part of parts.filter((p) => p.endsWith('.gbdialog'))) {
    const files = readdirSync(join(packagePath, part)).sort();
    // INCLUDE "x.bas" finds a file of the same .gbdialog folder, whatever its case.
    const include = (name: string) => {
      const found = files.find(
        (f) => f.toLowerCase() === name.toLowerCase() || f.toLowerCase() === `${name.toLowerCase()}.bas`,
      );
      return found
        ? { source: readFileSync(join(packagePath, part, found), 'utf8'), file: `${folder}/${part}/${found}` }
        : undefined;
    };
    for (const file of files) {
      if (!file.toLowerCase().endsWith('.bas')) continue;
      const source = readFileSync(join(packagePath, part, file), 'utf8');
      try {
        dialogs.push({
          name: file.slice(0, -4).toUpperCase(),
          source,
          program: compileDialog(source, `${folder}/${part}/${file}`, include),
        });
      } catch (err) {
        if (err instanceof ScriptError) throw new PackageError(err.message);
        throw err;
      }
    }
  }
  return dialogs;
}

/** The tabular files of a `.gbkb` folder (CSV and XLSX) and its articles. */
async function readKnowledgeFolder(kbFolder: string, label: string, part: string): Promise<KnowledgeFile[]> {
  const articlesFolder = join(kbFolder, 'articles');
  const texts = new Map<string, string>();
  if (existsSync(articlesFolder)) {
    for (const name of readdirSync(articlesFolder).sort()) {
      if (name.toLowerCase().endsWith('.md'))
        texts.set(name.toLowerCase(), readFileSync(join(articlesFolder, name), 'utf8'));
    }
  }
  const articles: Articles = { texts, referenced: new Set() };
  const files: KnowledgeFile[] = [];
  for (const file of readdirSync(kbFolder).sort()) {
    const path = join(kbFolder, file);
    const lower = file.toLowerCase();
    if (lower === 'synonyms.csv')
      files.push({
        file: `${part}/${file}`,
        entries: [],
        synonyms: parseSynonymsCsv(readFileSync(path, 'utf8'), `${label}/${file}`),
      });
    else if (lower.endsWith('.csv'))
      files.push({
        file: `${part}/${file}`,
        entries: parseKnowledgeCsv(readFileSync(path, 'utf8'), `${label}/${file}`, articles),
      });
    else if (lower.endsWith('.xlsx'))
      files.push({
        file: `${part}/${file}`,
        entries: await parseKnowledgeXlsx(readFileSync(path), `${label}/${file}`, articles),
      });
    else if (lower === 'subjects.json')
      files.push({
        file: `${part}/${file}`,
        entries: [],
        subjects: parseSubjectsJson(readFileSync(path, 'utf8'), `${label}/${file}`),
      });
  }
  const loose = unreferencedArticles(articles);
  if (loose.length > 0) files.push({ file: `${part}/articles`, entries: loose });
  return files;
}

function hashFolder(folder: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(relative(folder, path)).update(readFileSync(path));
    }
  };
  walk(folder);
  return hash.digest('hex');
}

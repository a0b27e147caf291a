import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ChannelRegistry } from '../adapters/index.js';
import { type SecretBox, isBotSetting, settingNames } from '../config/index.js';
import { GatewayError } from '../core/index.js';
import type { Store } from '../store/index.js';

export interface ExportResult {
  folder: string;
  settings: number;
  questions: number;
  dialogs: number;
  /** Secret settings left out (without `--secrets`): fill them in before deploying the package. */
  omitted: string[];
}

/**
 * Writes an instance back as a bot package (`<name>.gbai`), as it is now: the settings of its
 * `config.csv`, with the channels as the operator API left them (added, changed, removed); the
 * knowledge base's questions and synonyms; the dialogs' sources. Deploying the result gives the
 * same instance. Secrets are written only when asked (`secrets: true`): a package is a file.
 */
export async function exportPackage(
  deps: { store: Store; secrets: SecretBox; channels: ChannelRegistry },
  instanceName: string,
  outDir: string,
  options: { secrets: boolean },
): Promise<ExportResult> {
  const instance = await deps.store.instances.findByName(instanceName);
  if (!instance) throw new GatewayError('GB_UNKNOWN_INSTANCE', `no instance named ${instanceName}`);
  const omitted: string[] = [];
  const rows = new Map<string, { name: string; value: string }>();
  const put = (name: string, value: string, secret: boolean) => {
    if (secret && !options.secrets) {
      omitted.push(name);
      rows.delete(name.toLowerCase());
      return;
    }
    rows.set(name.toLowerCase(), { name, value });
  };

  // The channels' own settings come from the channels as they are now, not from the last deploy.
  const channels = await deps.store.instances.channels(instance.id);
  const channelOnly = new Set<string>();
  for (const provider of deps.channels.providers) {
    const { plain, secrets } = settingNames(provider.settings);
    for (const name of [...plain, ...secrets]) if (!isBotSetting(name)) channelOnly.add(name.toLowerCase());
    if (provider.settings.selectedBy) channelOnly.add(provider.settings.selectedBy.setting.toLowerCase());
  }
  for (const row of await deps.store.instances.settings(instance.id)) {
    if (channelOnly.has(row.name.toLowerCase())) continue;
    put(row.name, row.isSecret ? deps.secrets.decrypt(row.value) : row.value, row.isSecret);
  }
  for (const channel of channels) {
    const registration = deps.channels.providers.find(
      (p) => p.channel === channel.channel && p.provider === channel.provider,
    );
    if (registration?.settings.selectedBy && !registration.settings.selectedBy.isDefault)
      put(registration.settings.selectedBy.setting, registration.settings.selectedBy.value, false);
    for (const [name, value] of Object.entries(channel.settings)) put(name, String(value), false);
    const secrets = channel.sealedSecrets
      ? (JSON.parse(deps.secrets.decrypt(channel.sealedSecrets)) as Record<string, string>)
      : {};
    for (const [name, value] of Object.entries(secrets)) put(name, value, true);
  }

  const folder = join(outDir, `${instance.name}.gbai`);
  const part = (kind: string) => join(folder, `${instance.name}.${kind}`);
  mkdirSync(part('gbot'), { recursive: true });
  writeFileSync(
    join(part('gbot'), 'config.csv'),
    stringify([['name', 'value'], ...[...rows.values()].map((r) => [r.name, r.value])]),
  );

  const questions = await deps.store.knowledge.questionsWithAnswers(instance.id);
  mkdirSync(part('gbkb'), { recursive: true });
  const kb = questions.flatMap((q) =>
    [q.question, ...q.alternates].map((question) => [q.subjects.join('.'), '', '', question, q.answer]),
  );
  writeFileSync(
    join(part('gbkb'), 'questions.csv'),
    stringify([['subjects', 'from', 'to', 'question', 'answer'], ...kb]),
  );
  const synonyms = await deps.store.knowledge.synonyms(instance.id);
  if (synonyms.length > 0) writeFileSync(join(part('gbkb'), 'synonyms.csv'), stringify(synonyms));

  const dialogs = await deps.store.dialogs.sources(instance.id);
  if (dialogs.length > 0) mkdirSync(part('gbdialog'), { recursive: true });
  for (const dialog of dialogs)
    writeFileSync(join(part('gbdialog'), `${dialog.name.toLowerCase()}.bas`), dialog.source);

  return { folder, settings: rows.size, questions: kb.length, dialogs: dialogs.length, omitted: [...new Set(omitted)] };
}

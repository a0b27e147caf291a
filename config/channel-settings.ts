import { z } from 'zod';
import { type ChannelName, ConfigError } from '../core/index.js';

/** A setting whose value is a secret: sealed at rest, never shown back, never logged. */
export function secret<T extends z.ZodType<string>>(schema: T): T {
  return schema.meta({ secret: true }) as T;
}

export const nonEmpty = z.string().trim().min(1);

/** An http(s) base URL, kept without a trailing slash. */
export const httpUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL')
  .transform((url) => url.replace(/\/+$/, ''));

/** A positive rate: config.csv writes it as text, a stored channel row as a number. */
export const perSecond = z.coerce.number().positive('must be a positive number');

/**
 * A channel provider's settings in `config.csv`: a zod object keyed by the settings' own names,
 * so an error names the setting. Defaults live in the schema; required settings are the ones a
 * channel cannot work without, and they must come together.
 */
export interface ChannelSettingsDefinition<Shape extends z.ZodRawShape = z.ZodRawShape> {
  channel: ChannelName;
  provider: string;
  /**
   * The setting whose presence turns the channel on; then every required one must be there too.
   * Absent for a channel every instance has (the web chat).
   */
  turnedOnBy?: string;
  /** Where a channel has several providers: the setting that picks one, and this one's value. */
  selectedBy?: { setting: string; value: string; isDefault: boolean };
  schema: z.ZodObject<Shape>;
}

export type ChannelSettings<D extends ChannelSettingsDefinition> = z.output<D['schema']>;

export function defineChannelSettings<Shape extends z.ZodRawShape>(
  definition: ChannelSettingsDefinition<Shape>,
): ChannelSettingsDefinition<Shape> {
  return definition;
}

/** The names of a definition's settings, split by whether they are secrets. */
export function settingNames(definition: ChannelSettingsDefinition): { plain: string[]; secrets: string[] } {
  const plain: string[] = [];
  const secrets: string[] = [];
  for (const [name, schema] of Object.entries(definition.schema.shape)) {
    ((schema as z.ZodType).meta()?.secret === true ? secrets : plain).push(name);
  }
  return { plain, secrets };
}

/** What a deploy stores of a channel: the settings as written (no defaults), secrets apart. */
export interface ChannelRecordInput {
  channel: ChannelName;
  provider: string;
  settings: Record<string, string>;
  secrets: Record<string, string>;
}

/** Looks a setting up case-insensitively; an empty value is no value. */
export type SettingLookup = (name: string) => string | undefined;

/**
 * The channel a provider's definition finds in `config.csv`, validated (errors name the setting
 * and the file), or undefined when the settings do not turn it on.
 */
export function channelFromSettings(
  definition: ChannelSettingsDefinition,
  lookup: SettingLookup,
  file: string,
): ChannelRecordInput | undefined {
  const selector = definition.selectedBy;
  if (selector) {
    const chosen = lookup(selector.setting)?.toLowerCase();
    if (chosen === undefined ? !selector.isDefault : chosen !== selector.value) return undefined;
  }
  if (definition.turnedOnBy === undefined || lookup(definition.turnedOnBy) === undefined) return undefined;
  const { plain, secrets } = settingNames(definition);
  const pick = (names: string[]) =>
    Object.fromEntries(names.flatMap((name) => (lookup(name) === undefined ? [] : [[name, lookup(name)!]])));
  const record = {
    channel: definition.channel,
    provider: definition.provider,
    settings: pick(plain),
    secrets: pick(secrets),
  };
  parseChannelSettings(definition, { ...record.settings, ...record.secrets }, file);
  return record;
}

/** A stored channel's settings and decrypted secrets, parsed by its definition into typed settings. */
export function parseChannelSettings<D extends ChannelSettingsDefinition>(
  definition: D,
  values: Record<string, unknown>,
  where: string,
): ChannelSettings<D> {
  const present = Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== '' && v !== undefined && v !== null),
  );
  const parsed = definition.schema.safeParse(present);
  if (parsed.success) return Object.freeze(parsed.data) as ChannelSettings<D>;
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    return issue.code === 'invalid_type' && present[name] === undefined
      ? `the ${definition.channel} channel needs "${name}"`
      : `setting "${name}" ${issue.message}`;
  });
  throw new ConfigError(`${where}: ${problems.join('; ')}`);
}

/**
 * Spanish "uña" and "uñas" (a nail, nails), which without the tilde would be "una" and "unas" (a, some):
 * written with the tilde they keep a word of their own.
 */
const NAILS = /(?<![\p{L}\p{M}])u[ñÑ](as?)(?![\p{L}\p{M}])/giu;

/** Accents off ("cartão" is "cartao"). */
export function withoutAccents(text: string): string {
  return text
    .replace(NAILS, 'uny$1')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/** A link or an e-mail address quoted in a message ("https://…", "www.…", "ana@example.com"). */
const ADDRESS =
  /\b(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}\b/giu;

/**
 * A message without the links and e-mail addresses it quotes, which name no question ("I can't log
 * in at https://…", "my e-mail ana@example.com is wrong"): their pieces would be read as words.
 */
export function withoutAddresses(text: string): string {
  return text.replace(ADDRESS, ' ');
}

/** Lower-case, accents and punctuation removed, spaces folded: how questions are compared exactly. */
export function normalizeQuestion(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lower case, accents off, punctuation as spaces (a hyphen joins: "wi-fi" is "wifi"). */
export function words(text: string): string[] {
  const line = withoutAccents(text)
    .toLowerCase()
    .replace(/(\p{L})[-‐‑'’](?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return line === '' ? [] : line.split(' ');
}

/**
 * `compute(key)` remembered in `cache`, which is emptied when it holds `limit` entries: for work
 * that the same inputs ask for again and again (a message read several times, a word seen in
 * message after message).
 */
export function remembered<K, V>(cache: Map<K, V>, limit: number, key: K, compute: (key: K) => V): V {
  if (cache.has(key)) return cache.get(key)!;
  const value = compute(key);
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
  return value;
}

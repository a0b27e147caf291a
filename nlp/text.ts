/** Accents off ("cartão" is "cartao"). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '');
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

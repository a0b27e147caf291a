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

/** The longest text a dialog value may be (a built-in refuses to make a longer one). */
export const MAX_TEXT = 65_536;

/** The values a dialog works with: plain data, so its whole state can be stored. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

export function truthy(value: Value): boolean {
  if (typeof value === 'string') return value !== '' && value.toLowerCase() !== 'false';
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

export function text(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e10) / 1e10);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}

export function num(value: Value): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const n = Number(value.replace(',', '.'));
    return Number.isFinite(n) ? n : Number.NaN;
  }
  return Number.NaN;
}

/**
 * How big a value is, nested items and text counted, without recursion; stops counting once past
 * `limit` items (a hostile script nests lists in lists to pass a check of the top level).
 */
export function sizeOf(value: Value, limit: number): { items: number; chars: number } {
  let items = 0;
  let chars = 0;
  const stack: Value[] = [value];
  while (stack.length > 0 && items <= limit) {
    const item = stack.pop()!;
    if (typeof item === 'string') chars += item.length;
    else if (Array.isArray(item)) {
      items += item.length;
      for (const child of item) stack.push(child);
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item);
      items += entries.length;
      for (const [key, child] of entries) {
        chars += key.length;
        stack.push(child);
      }
    }
  }
  return { items, chars };
}

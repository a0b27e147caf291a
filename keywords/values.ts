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

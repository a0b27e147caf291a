/**
 * Events per key in a sliding window (the last hour of a sender's mail, the last minute of a
 * conversation's dialog keywords), for at most `maxKeys` keys: the least recently counted go first.
 */
export class RecentEvents {
  readonly #times = new Map<string, number[]>();

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  /** Counts one for `key`; returns how many the window now holds, this one included. */
  add(key: string, now = Date.now()): number {
    const recent = this.#recent(key, now);
    recent.push(now);
    this.#keep(key, recent);
    return recent.length;
  }

  /** Counts one for `key` unless the window already holds `limit`; false (and nothing counted) then. */
  take(key: string, limit: number, now = Date.now()): boolean {
    const recent = this.#recent(key, now);
    if (recent.length >= limit) {
      this.#keep(key, recent);
      return false;
    }
    recent.push(now);
    this.#keep(key, recent);
    return true;
  }

  #recent(key: string, now: number): number[] {
    return (this.#times.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }

  #keep(key: string, recent: number[]): void {
    this.#times.delete(key);
    this.#times.set(key, recent);
    if (this.#times.size > this.maxKeys) this.#times.delete(this.#times.keys().next().value!);
  }
}

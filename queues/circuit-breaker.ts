/** What the breaker says of a send. */
export type Admission = { go: true; probe: boolean } | { go: false; waitMs: number; reason: string };

export interface CircuitOptions {
  /** Consecutive server failures (5xx, no answer) that open a circuit; a refused credential opens it at once. */
  threshold: number;
  /** The wait before the first probe; it doubles with every failed probe, up to `maxProbeMs`. */
  firstProbeMs: number;
  maxProbeMs: number;
}

interface Circuit {
  failures: number;
  /** Set while open: no send before this time, then one probe. */
  openUntil: number | undefined;
  probeMs: number;
  probing: boolean;
  reason: string;
}

/**
 * One circuit per sending channel of an instance. Closed, sends go. Opened by a refused
 * credential or by `threshold` server failures in a row, sends wait (kept queued, not failed)
 * until a probe: one send after `firstProbeMs`, then after twice that, and so on. A probe that
 * goes through closes the circuit; one that fails opens it again for longer.
 */
export class CircuitBreaker {
  readonly #circuits = new Map<string, Circuit>();

  constructor(
    private readonly options: CircuitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  admit(key: string): Admission {
    const circuit = this.#circuits.get(key);
    if (circuit?.openUntil === undefined) return { go: true, probe: false };
    const now = this.now();
    if (circuit.probing) return { go: false, waitMs: Math.min(circuit.probeMs, 5_000), reason: circuit.reason };
    if (now < circuit.openUntil) return { go: false, waitMs: circuit.openUntil - now, reason: circuit.reason };
    circuit.probing = true;
    return { go: true, probe: true };
  }

  /** A send went through: returns true when that closed an open circuit. */
  success(key: string): boolean {
    const circuit = this.#circuits.get(key);
    if (!circuit) return false;
    this.#circuits.delete(key);
    return circuit.openUntil !== undefined;
  }

  /** A send failed: returns true when that opened the circuit (or kept a probed one open). */
  failure(key: string, reason: string, kind: 'credentials' | 'server'): boolean {
    const circuit = this.#circuits.get(key) ?? {
      failures: 0,
      openUntil: undefined,
      probeMs: this.options.firstProbeMs,
      probing: false,
      reason,
    };
    this.#circuits.set(key, circuit);
    circuit.failures += 1;
    circuit.reason = reason;
    if (circuit.openUntil !== undefined) {
      // A failed probe: open again, for longer.
      if (circuit.probing) {
        circuit.probing = false;
        circuit.probeMs = Math.min(circuit.probeMs * 2, this.options.maxProbeMs);
        circuit.openUntil = this.now() + circuit.probeMs;
      }
      return true;
    }
    if (kind === 'credentials' || circuit.failures >= this.options.threshold) {
      circuit.openUntil = this.now() + circuit.probeMs;
      return true;
    }
    return false;
  }

  /** How long until a circuit may be probed again (0 when closed). */
  admitWait(key: string): number {
    const until = this.#circuits.get(key)?.openUntil;
    return until === undefined ? 0 : Math.max(0, until - this.now());
  }

  /** A probe that ended without an answer either way (the send was deferred): the next may probe. */
  release(key: string): void {
    const circuit = this.#circuits.get(key);
    if (circuit) circuit.probing = false;
  }

  open(): Array<{ key: string; reason: string; until: number }> {
    return [...this.#circuits.entries()].flatMap(([key, c]) =>
      c.openUntil === undefined ? [] : [{ key, reason: c.reason, until: c.openUntil }],
    );
  }
}

import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';

describe('the circuit breaker of a sending channel', () => {
  const make = () => {
    let now = 1_000;
    const breaker = new CircuitBreaker({ threshold: 3, firstProbeMs: 100, maxProbeMs: 400 }, () => now);
    return { breaker, tick: (ms: number) => (now += ms) };
  };

  it('opens at once on a refused credential, probes once after the wait, and closes when the probe works', () => {
    const { breaker, tick } = make();
    expect(breaker.admit('i:whatsapp')).toEqual({ go: true, probe: false });
    expect(breaker.failure('i:whatsapp', '401 token expired', 'credentials')).toBe(true);
    expect(breaker.admit('i:whatsapp')).toEqual({ go: false, waitMs: 100, reason: '401 token expired' });
    expect(breaker.admit('i:sms')).toEqual({ go: true, probe: false });
    tick(100);
    expect(breaker.admit('i:whatsapp')).toEqual({ go: true, probe: true });
    // While the probe is out, the others wait.
    expect(breaker.admit('i:whatsapp').go).toBe(false);
    expect(breaker.success('i:whatsapp')).toBe(true);
    expect(breaker.admit('i:whatsapp')).toEqual({ go: true, probe: false });
    expect(breaker.open()).toEqual([]);
  });

  it('opens after the threshold of server failures in a row, and a failed probe doubles the wait up to the cap', () => {
    const { breaker, tick } = make();
    expect(breaker.failure('i:teams', '503', 'server')).toBe(false);
    expect(breaker.failure('i:teams', '503', 'server')).toBe(false);
    breaker.success('i:teams');
    expect(breaker.failure('i:teams', '503', 'server')).toBe(false);
    expect(breaker.failure('i:teams', '503', 'server')).toBe(false);
    expect(breaker.failure('i:teams', '502', 'server')).toBe(true);
    expect(breaker.open()).toEqual([{ key: 'i:teams', reason: '502', until: 1_100 }]);
    for (const wait of [100, 200, 400, 400]) {
      tick(wait);
      expect(breaker.admit('i:teams')).toEqual({ go: true, probe: true });
      breaker.failure('i:teams', '503', 'server');
      expect(breaker.admitWait('i:teams')).toBe(Math.min(wait * 2, 400));
    }
  });

  it('lets the next send probe when a probe ended without an answer', () => {
    const { breaker, tick } = make();
    breaker.failure('i:sms', '401', 'credentials');
    tick(100);
    expect(breaker.admit('i:sms').go).toBe(true);
    breaker.release('i:sms');
    expect(breaker.admit('i:sms')).toEqual({ go: true, probe: true });
  });
});

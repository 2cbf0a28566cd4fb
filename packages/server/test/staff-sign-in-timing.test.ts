import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';
import { insertStaff, MINUTE, testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });

const ROUNDS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(body: object): Promise<number> {
  const started = performance.now();
  const response = await h.request('POST', '/v1/staff/sign-in', { key: null, body });
  const elapsed = performance.now() - started;
  expect(response.body.error.code).toBe('invalid_credentials');
  return elapsed;
}

describe('sign-in timing', () => {
  it('an unknown login takes about as long as a wrong password (the same scrypt work)', async () => {
    await insertStaff(h, {
      login: 'chen.xiaohong',
      roles: [{ role: 'community_staff', scope: '440113104001' }],
    });
    // Warm both paths (the decoy hash is made on first use).
    await timed({ login: 'warm.up', password: 'Wrong-password-2026' });
    await timed({ login: 'chen.xiaohong', password: 'Wrong-password-2026' });

    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Past the lockout window each time, so every attempt really checks the password.
      clock.advance(16 * MINUTE);
      unknown.push(await timed({ login: `nobody.${round}`, password: 'Wrong-password-2026' }));
      wrong.push(await timed({ login: 'chen.xiaohong', password: 'Wrong-password-2026' }));
    }
    const ratio = median(unknown) / median(wrong);
    console.info(
      `sign-in medians: unknown login ${median(unknown).toFixed(1)} ms, wrong password ${median(wrong).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`,
    );
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

import { describe, expect, it } from 'vitest';
import {
  commonPasswords,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from '../src/services/staff/passwords.js';

describe('staff passwords (scrypt)', () => {
  it('hashes with a fresh salt each time and verifies only the right password', async () => {
    const first = await hashPassword('锦绣香江-社区-2026');
    const second = await hashPassword('锦绣香江-社区-2026');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('锦绣香江-社区-2026', first)).toBe(true);
    expect(await verifyPassword('锦绣香江-社区-2027', first)).toBe(false);
    expect(await verifyPassword('', first)).toBe(false);
  });

  it('answers false for a missing hash after the same scrypt work as a wrong password', async () => {
    const stored = await hashPassword('Nancun-town-2026');
    await verifyPassword('warm-up-the-decoy', null);
    const time = async (run: () => Promise<boolean>) => {
      const start = performance.now();
      for (let i = 0; i < 5; i++) expect(await run()).toBe(false);
      return performance.now() - start;
    };
    const unknown = await time(() => verifyPassword('Nancun-town-2027', null));
    const wrong = await time(() => verifyPassword('Nancun-town-2027', stored));
    // Both do five scrypt derivations (tens of ms each): within a factor of three (a busy machine), not 0 against 5.
    expect(unknown / wrong).toBeGreaterThan(1 / 3);
    expect(unknown / wrong).toBeLessThan(3);
  });

  it('refuses passwords under 10 characters, counting characters rather than bytes', () => {
    expect(passwordProblem('short-pw1')).toBe('too_short');
    expect(passwordProblem('番禺区南村镇锦绣香江')).toBeUndefined();
    expect(passwordProblem('番禺区南村镇锦绣香')).toBe('too_short');
  });

  it('refuses common passwords, in any case, including ones typical in China', () => {
    for (const common of ['1qaz2wsx3edc', 'woaini1314', 'a123456789', '1234567890', 'Password123'])
      expect(passwordProblem(common), common).toBe(common.length < 10 ? 'too_short' : 'too_common');
    expect(passwordProblem('QWERTYUIOP123')).toBe('too_common');
    expect(commonPasswords().size).toBeGreaterThan(300);
    for (const listed of ['1qaz2wsx', 'woaini1314', 'a123456789', '5201314'])
      expect(commonPasswords().has(listed)).toBe(true);
  });
});

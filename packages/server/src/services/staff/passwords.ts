import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shortest password a staff account may have (SPEC §9). */
export const MIN_PASSWORD_LENGTH = 10;

/** scrypt's cost: N = 2^15, r = 8, p = 1 (~32 MiB, ~50 ms here): OWASP's minimum for scrypt. */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, cost: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_LENGTH,
      { ...cost, maxmem: MAX_MEMORY },
      (error, key) => {
        if (error) reject(error);
        else resolve(key);
      },
    );
  });
}

/** `scrypt$N$r$p$salt$hash` (base64url), with a fresh 16-byte salt for every password. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')]
    .map(String)
    .join('$');
}

/**
 * Whether `password` matches `stored`, compared in constant time. With `stored` null (an unknown
 * login, or an account without a password yet) the same scrypt work is done against a throwaway
 * hash, so the answer takes as long as for a wrong password.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = parse(stored ?? '') ?? parse(await decoy());
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return stored !== null && key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return decoyHash;
}

function parse(stored: string) {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return undefined;
  return {
    cost: { N: Number(n), r: Number(r), p: Number(p) },
    salt: Buffer.from(salt, 'base64url'),
    key: Buffer.from(key, 'base64url'),
  };
}

const COMMON_FILE = fileURLToPath(new URL('../../../data/common-passwords.txt', import.meta.url));
let common: Set<string> | undefined;

/** The list of common passwords (`data/common-passwords.txt`), lower-cased. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(COMMON_FILE, 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return common;
}

/** Why a new password is refused, or `undefined` when it may be used. */
export function passwordProblem(password: string): 'too_short' | 'too_common' | undefined {
  // Characters as people count them (code points): 番禺区南村镇锦绣香江 is ten.
  if (Array.from(password).length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (commonPasswords().has(password.toLowerCase())) return 'too_common';
  return undefined;
}

import { createHash, randomBytes } from 'node:crypto';
import { normalizePickupCode } from '@wushe/schema';

/** Letters and digits without the look-alikes 0, 1, I, L and O: 31 characters. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A new pickup code, `K7QM-4XPD`: 8 characters of 31 (~40 bits), short enough to read out at a
 * counter, drawn without modulo bias.
 */
export function newPickupCode(): string {
  let out = '';
  while (out.length < 8) {
    for (const byte of randomBytes(16)) {
      if (byte < 248 && out.length < 8) out += ALPHABET.charAt(byte % 31);
    }
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/** What is stored of a code: its SHA-256, so the table never holds a usable code. */
export function pickupCodeHash(code: string): string {
  return createHash('sha256').update(normalizePickupCode(code)).digest('hex');
}

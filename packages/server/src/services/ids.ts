import { randomBytes } from 'node:crypto';
import type { IdPrefix } from '@wushe/schema';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `length` random characters of [0-9A-Za-z], without modulo bias. */
export function randomString(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET.charAt(byte % 62);
    }
  }
  return out;
}

/** A new opaque id with its type prefix: `need_3fK9…` (16 random characters, ~95 bits). */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomString(16)}`;
}

import { createHmac, randomBytes } from 'node:crypto';

/** TOTP (RFC 6238) over HMAC (RFC 4226): the codes authenticator apps show. */
export interface TotpOptions {
  readonly algorithm?: 'sha1' | 'sha256' | 'sha512';
  readonly digits?: number;
  /** Seconds per step (30 in every authenticator app). */
  readonly period?: number;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32.charAt((value << (5 - bits)) & 31);
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The code for `time` (RFC 6238 §4: T = floor(unix seconds / period), HOTP of T). */
export function totpCode(secret: Buffer, time: Date, options: TotpOptions = {}): string {
  const { algorithm = 'sha1', digits = 6, period = 30 } = options;
  const counter = Math.floor(time.getTime() / 1000 / period);
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/**
 * Whether `code` is right for `time`, allowing one step either side for a clock that drifts.
 * Compares every candidate, so the time taken does not tell which one matched.
 */
export function verifyTotp(secretBase32: string, code: string, time: Date): boolean {
  return matchTotpStep(secretBase32, code, time) !== undefined;
}

/**
 * The time step (RFC 6238 T, 30 s) whose code `code` is, within one step of `time`, or undefined.
 * A caller that stores the last step it accepted refuses a replayed code (see `acceptTotpCode`).
 */
export function matchTotpStep(secretBase32: string, code: string, time: Date): number | undefined {
  const secret = base32Decode(secretBase32);
  const now = Math.floor(time.getTime() / 30_000);
  let matched: number | undefined;
  for (const step of [now - 1, now, now + 1]) {
    if (totpCode(secret, new Date(step * 30_000)) === code) matched = step;
  }
  return matched;
}

/** The `otpauth://` URI an authenticator app reads from a QR code. */
export function otpauthUri(secretBase32: string, issuer: string, account: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const query = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: '6',
    period: '30',
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}

import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  newTotpSecret,
  otpauthUri,
  totpCode,
  verifyTotp,
} from '../src/services/staff/totp.js';

/** RFC 6238 Appendix B: the seeds are ASCII "1234567890" repeated to the hash's length. */
const SEEDS = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};

const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)('at %i s gives the RFC test vectors', (seconds, sha1, sha256, sha512) => {
    const at = new Date(seconds * 1000);
    expect(totpCode(SEEDS.sha1, at, { digits: 8 })).toBe(sha1);
    expect(totpCode(SEEDS.sha256, at, { digits: 8, algorithm: 'sha256' })).toBe(sha256);
    expect(totpCode(SEEDS.sha512, at, { digits: 8, algorithm: 'sha512' })).toBe(sha512);
  });

  it('base32 round-trips (RFC 4648 examples)', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
  });

  it('accepts the code of this step and of one step either side, nothing further', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-12-06T01:00:15Z');
    const code = (offset: number) =>
      totpCode(base32Decode(secret), new Date(now.getTime() + offset * 30_000));
    expect(verifyTotp(secret, code(0), now)).toBe(true);
    expect(verifyTotp(secret, code(-1), now)).toBe(true);
    expect(verifyTotp(secret, code(1), now)).toBe(true);
    const far = [code(-3), code(3)].filter((c) => ![code(-1), code(0), code(1)].includes(c));
    for (const c of far) expect(verifyTotp(secret, c, now)).toBe(false);
  });

  it('names the issuer and account in an otpauth URI', () => {
    expect(otpauthUri('MZXW6YTBOI', 'wushe', 'panyu.admin')).toBe(
      'otpauth://totp/wushe%3Apanyu.admin?secret=MZXW6YTBOI&issuer=wushe&algorithm=SHA1&digits=6&period=30',
    );
  });
});

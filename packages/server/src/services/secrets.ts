import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
} from 'node:crypto';

/**
 * Keys derived from one master secret (`WUSHE_SECRET`, or a file the CLI creates in the data
 * directory): one to encrypt personal data at rest, one for lookup hashes, one to sign the sandbox
 * payment provider's callbacks. Rotating the master secret invalidates all three together.
 */
export interface Secrets {
  /** AES-256-GCM key for ID numbers at rest. */
  readonly dataKey: Buffer;
  /** HMAC key for lookup hashes (ID-number uniqueness, respondent tokens). */
  readonly hashKey: Buffer;
  /** HMAC key the sandbox provider signs callbacks with. */
  readonly signingKey: Buffer;
}

export function deriveSecrets(master: string): Secrets {
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', master, 'wushe', purpose, 32));
  return {
    dataKey: derive('data-encryption'),
    hashKey: derive('lookup-hash'),
    signingKey: derive('sandbox-signing'),
  };
}

export function newMasterSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A keyed hash: equal inputs give equal hashes, but nobody without the key can test a guess. */
export function keyedHash(secrets: Secrets, text: string): string {
  return createHmac('sha256', secrets.hashKey).update(text).digest('base64url');
}

/** Encrypts with AES-256-GCM: `iv.tag.ciphertext`, base64url. */
export function encrypt(secrets: Secrets, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secrets.dataKey, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
}

export function decrypt(secrets: Secrets, sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) throw new Error('malformed ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', secrets.dataKey, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

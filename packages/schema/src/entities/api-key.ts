import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import { prefixedId, Timestamp } from '../primitives.js';

/*
 * A district's API keys (SPEC §5, §9): `GET/POST/DELETE /v1/keys` and the CLI's `keys` commands
 * follow the same rules, these.
 */

export const ApiKeyKind = { publishable: 'publishable', secret: 'secret' } as const;
export type ApiKeyKind = (typeof ApiKeyKind)[keyof typeof ApiKeyKind];

export const ApiKeyMode = { test: 'test', live: 'live' } as const;
export type ApiKeyMode = (typeof ApiKeyMode)[keyof typeof ApiKeyMode];

const LOOPBACK_WILDCARD = /^https?:\/\/(localhost|127\.0\.0\.1):\*$/;

/**
 * Whether `value` may be an allowed origin of a publishable key: an origin exactly as a browser
 * sends it (`https://www.panyu.gov.cn`, no path, no trailing slash), or a loopback origin with any
 * port (`http://localhost:*`). `not_a_url` and `not_an_origin` say why not.
 */
export function checkKeyOrigin(value: string): 'ok' | 'not_a_url' | 'not_an_origin' {
  if (LOOPBACK_WILDCARD.test(value)) return 'ok';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not_a_url';
  }
  return url.origin === value && /^https?:$/.test(url.protocol) ? 'ok' : 'not_an_origin';
}

export const KeyOrigin = /* @__PURE__ */ checked(
  z.string(),
  z.maxLength(200),
  check<string>((value) => checkKeyOrigin(value) === 'ok', 'invalid_format'),
);

/**
 * `POST /v1/keys`: a publishable key bound to one or more origins, or a secret key bound to none
 * (a secret key must never be used from a page).
 */
export const CreateKeyRequest = /* @__PURE__ */ checked(
  z.strictObject({
    kind: z.enum(['publishable', 'secret']),
    mode: z._default(z.enum(['test', 'live']), 'live'),
    origins: z._default(checked(z.array(KeyOrigin), z.maxLength(20)), []),
  }),
  check((key) => key.kind === 'secret' || key.origins.length > 0, 'too_few_items', {
    path: ['origins'],
    params: { minimum: 1 },
    dependsOn: ['kind', 'origins'],
  }),
  check((key) => key.kind === 'publishable' || key.origins.length === 0, 'too_many_items', {
    path: ['origins'],
    params: { maximum: 0 },
    dependsOn: ['kind', 'origins'],
  }),
);
export type CreateKeyRequest = z.input<typeof CreateKeyRequest>;

/** A key as lists show it: never the key itself, only its first characters. */
export const ApiKey = /* @__PURE__ */ z.object({
  id: prefixedId('key'),
  kind: z.enum(['publishable', 'secret']),
  /** The key's first characters (`pk_live_9f3a`), to tell keys apart. */
  prefix: z.string(),
  origins: z.array(z.string()),
  createdAt: Timestamp,
  revokedAt: z.nullable(Timestamp),
});
export type ApiKey = z.infer<typeof ApiKey>;

/** The answer to `POST /v1/keys`: the key, shown this once; only its hash is kept. */
export const CreatedApiKey = /* @__PURE__ */ z.extend(ApiKey, {
  key: z.string(),
});
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;

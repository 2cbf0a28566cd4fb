import * as z from 'zod/mini';
import { prefixedId } from '../primitives.js';
import { CreateKeyRequest } from '../entities/api-key.js';
import type { RouteDefinition } from './routes.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';

/* The district's API keys (SPEC §9): a district_admin's alone, as the CLI's `keys` commands. */

const ADMIN = { roles: ['district_admin'] } as const;
const created = ['idempotency_key_reused', 'idempotency_in_progress'] as const;

export const listKeysRoute = {
  id: 'listKeys',
  method: 'GET',
  path: '/v1/keys',
  summary: "The district's keys, revoked ones too; never a key itself, only its first characters",
  tag: 'admin',
  auth: 'staff',
  permission: ADMIN,
  status: 200,
  errors: [...STAFF_ERRORS],
} as const satisfies RouteDefinition;

export const createKeyRoute = {
  id: 'createKey',
  method: 'POST',
  path: '/v1/keys',
  summary:
    'Issue a publishable key bound to origins, or a secret key; the key is shown once and only its hash is kept',
  tag: 'admin',
  auth: 'staff',
  permission: ADMIN,
  body: CreateKeyRequest,
  status: 201,
  errors: [...BODY_ERRORS, ...STAFF_ERRORS, ...created],
  idempotency: 'none',
} as const satisfies RouteDefinition;

export const revokeKeyRoute = {
  id: 'revokeKey',
  method: 'DELETE',
  path: '/v1/keys/{id}',
  summary: 'Revoke a key: it stops working at once',
  tag: 'admin',
  auth: 'staff',
  permission: ADMIN,
  params: z.strictObject({ id: prefixedId('key') }),
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS, ...created, 'not_found'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

/** The key routes, spread into `routes`. */
export const keyRoutes = {
  listKeys: listKeysRoute,
  createKey: createKeyRoute,
  revokeKey: revokeKeyRoute,
} as const;

import * as z from 'zod/mini';
import { checked } from '../checked.js';
import type { RouteDefinition } from './routes.js';
import { PageQuery } from './pagination.js';

/*
 * Development routes: served only when the server runs with `--notifier log` (or `--seed demo`);
 * otherwise they answer 404 `not_found` exactly like a path that does not exist.
 */

/** `GET /v1/dev/outbox`: a page of the outbox, optionally only the messages to one recipient. */
export const OutboxQuery = /* @__PURE__ */ z.strictObject({
  ...PageQuery.shape,
  to: z.optional(checked(z.string(), z.minLength(1), z.maxLength(254))),
});
export type OutboxQuery = z.input<typeof OutboxQuery>;

export const listDevOutboxRoute = {
  id: 'listDevOutbox',
  method: 'GET',
  path: '/v1/dev/outbox',
  summary: "The `log` notifier's outbox, newest first (only with `--notifier log`)",
  tag: 'dev',
  auth: 'secret',
  query: OutboxQuery,
  status: 200,
  errors: ['validation_failed', 'secret_key_required', 'not_found'],
} as const satisfies RouteDefinition;

/** The development routes, spread into `routes`; the server serves them only when enabled. */
export const devRoutes = {
  listDevOutbox: listDevOutboxRoute,
} as const;

export type DevRouteName = keyof typeof devRoutes;

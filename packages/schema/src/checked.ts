import type * as z from 'zod/mini';

/**
 * `schema.check(...checks)` as a plain function that bundlers know to be free of side effects, so
 * a bundle drops every schema it does not use. A method call at the top of a module must be kept
 * (the bundler cannot see what it does); this call need not be.
 */
/* @__NO_SIDE_EFFECTS__ */
export function checked<S extends z.ZodMiniType>(schema: S, ...checks: Parameters<S['check']>): S {
  return schema.check(...checks);
}

import type { ErrorCode } from '../errors.js';
import { RESIDENT_ERRORS } from './route-errors.js';

/** What a resident route says of itself unless it says otherwise. */
interface ResidentDefaults {
  readonly tag: 'residents';
  readonly status: 200;
}

/** A resident route as `residentRoute` completes it: its own fields, the defaults it left out. */
export type ResidentRoute<R> = R &
  Omit<ResidentDefaults, keyof R> & {
    readonly auth: 'resident';
    readonly errors: readonly ErrorCode[];
  };

/**
 * A route of the resident's own side (SPEC §13): `auth: 'resident'`, answered 200 unless it says
 * 201, tagged `residents` unless it names its tag, refused with the resident-session errors
 * (`RESIDENT_ERRORS`) besides its own. The binder does the rest: it resolves the `rt_…` token,
 * checks the page's origin and hands the handler `ctx.resident`. One builder, so each route states
 * only what is its own; each call site still checks the result with `satisfies RouteDefinition`.
 */
export const residentRoute = /* @__NO_SIDE_EFFECTS__ */ <
  const R extends {
    readonly id: string;
    readonly errors?: readonly ErrorCode[];
    readonly tag?: string;
  },
>(
  route: R,
): ResidentRoute<R> =>
  ({
    tag: 'residents',
    status: 200,
    ...route,
    auth: 'resident',
    errors: [...RESIDENT_ERRORS, ...(route.errors ?? [])],
  }) as unknown as ResidentRoute<R>;

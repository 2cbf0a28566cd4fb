import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { getActivityRoute, listNeedsRoute } from '../src/index.js';
import {
  responses,
  routes,
  type Activity,
  type RouteName,
  type RouteResponse,
} from '../src/index.js';

type Responses = typeof responses;

/**
 * The routes whose response schema would change a value on parsing (a transform, a codec): its
 * output is then not valid input, so the JSON a handler sends would not be what the SDK's type
 * promises. `never` while every response is plain JSON in and out.
 */
type Transforming = {
  [K in RouteName]: Responses[K] extends z.core.$ZodType
    ? z.output<Responses[K]> extends z.input<Responses[K]>
      ? never
      : K
    : never;
}[RouteName];

describe('RouteResponse', () => {
  it('is the output type of the route’s response schema, by the route’s id', () => {
    expectTypeOf<RouteResponse<typeof getActivityRoute>>().toEqualTypeOf<Activity>();
    expectTypeOf<RouteResponse<typeof listNeedsRoute>['nextCursor']>().toEqualTypeOf<
      string | null
    >();
    expectTypeOf<RouteResponse<typeof routes.streamEvents>>().toEqualTypeOf<undefined>();
  });

  it('describes JSON that parses unchanged: no response schema transforms', () => {
    expectTypeOf<Transforming>().toEqualTypeOf<never>();
  });

  it('has a response (or, for the stream, none) for every route of the table', () => {
    expect(Object.keys(responses).sort()).toEqual(Object.keys(routes).sort());
  });
});

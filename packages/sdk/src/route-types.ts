import type * as z from 'zod/mini';
import type { Page, RouteDefinition, RouteResponse } from '@wushe/schema';

/** A result of the API with the id of the request that produced it (for support tickets and logs). */
export type WithRequestId<T> = T & { readonly requestId: string };

/** What a call of route `R` resolves to: the route's response, with its request id. */
export type RouteAnswer<R extends RouteDefinition> = Promise<WithRequestId<RouteResponse<R>>>;

/** One item of a paginated route's response (`Need` for `listNeeds`). */
export type RouteItem<R extends RouteDefinition> =
  RouteResponse<R> extends Page<infer T> ? T : never;

/**
 * One part of a request (`params`, `query` or `body`): what the route's schema accepts (its zod
 * input), required unless every field of it is optional; absent when the route has none.
 */
type Part<K extends string, S> = S extends z.core.$ZodType
  ? Partial<z.input<S>> extends z.input<S>
    ? { readonly [P in K]?: z.input<S> }
    : { readonly [P in K]: z.input<S> }
  : { readonly [P in K]?: never };

/**
 * What `Requester.call(route, input)` takes for route `R`: its params, query and body, typed by
 * the route's own schemas. Without a route, the loose shape every route fits.
 */
export type CallInput<R extends RouteDefinition = RouteDefinition> = RouteDefinition extends R
  ? { readonly params?: object; readonly query?: object; readonly body?: unknown }
  : Part<'params', R['params']> & Part<'query', R['query']> & Part<'body', R['body']>;

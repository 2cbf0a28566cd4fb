import type * as z from 'zod/mini';
import type { responses } from './responses.js';
import type { RouteDefinition } from './routes.js';

type Responses = typeof responses;

/**
 * What route `R` answers on success: the output type of its schema in `responses`, found by the
 * route's literal `id` (`undefined` for the event stream; `unknown` for a route outside the
 * table). A type only, so nothing of `responses` reaches a bundle through it. The server's
 * handlers must return it and the SDK's calls resolve to it, so a route whose response changes
 * fails to compile on both sides.
 *
 * Output, not input: response schemas carry no transforms (JSON in, the same JSON out), so the
 * two differ only where a default fills a field the input may omit. Requiring the output makes a
 * handler write every field, so the JSON sent parses unchanged and is what the SDK promises.
 */
export type RouteResponse<R extends RouteDefinition> = R['id'] extends keyof Responses
  ? Responses[R['id']] extends z.core.$ZodType
    ? z.output<Responses[R['id']]>
    : undefined
  : unknown;

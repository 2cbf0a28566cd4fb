import { listDivisionsRoute } from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** The district tree: streets and communities. */
export class DivisionsResource {
  constructor(private readonly requester: Requester) {}

  list(
    _params: Record<string, never> = {},
    options?: RequestOptions,
  ): RouteAnswer<typeof listDivisionsRoute> {
    return this.requester.call(listDivisionsRoute, {}, options);
  }
}

import { listDivisionsRoute } from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester } from '../requester.js';

/** The district tree: streets and communities. */
export class DivisionsResource {
  constructor(private readonly requester: Requester) {}

  list(_params: Record<string, never> = {}, options?: RequestOptions) {
    return this.requester.call(listDivisionsRoute, {}, options);
  }
}

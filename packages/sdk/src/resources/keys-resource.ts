import {
  createKeyRoute,
  listKeysRoute,
  revokeKeyRoute,
  type CreateKeyRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** The district's API keys (a district_admin's staff session or the secret key). */
export class KeysResource {
  constructor(private readonly requester: Requester) {}

  /** Every key of the district, revoked ones too: never a key itself, only its `prefix`. */
  list(options?: RequestOptions): RouteAnswer<typeof listKeysRoute> {
    return this.requester.call(listKeysRoute, {}, options);
  }

  /**
   * Issues a publishable key bound to `origins`, or a secret key. The answer's `key` is shown
   * this once: keep it, the server stores only its hash. Not retried (a retry would issue a second key).
   */
  create(params: CreateKeyRequest, options?: RequestOptions): RouteAnswer<typeof createKeyRoute> {
    return this.requester.call(createKeyRoute, { body: params }, options);
  }

  /** Revokes a key; it stops working at once. */
  revoke(params: { id: string }, options?: RequestOptions): RouteAnswer<typeof revokeKeyRoute> {
    return this.requester.call(revokeKeyRoute, { params }, options);
  }
}

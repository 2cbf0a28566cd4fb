import { createServiceRecordRoute, type CreateServiceRecordRequest } from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** Staff of the volunteer's place (or the secret key): hours served, rounded into the time bank. */
export class ServiceRecordsResource {
  constructor(private readonly requester: Requester) {}

  create(
    params: CreateServiceRecordRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createServiceRecordRoute> {
    return this.requester.call(createServiceRecordRoute, { body: params }, options);
  }
}

import { getOrganizationDeskRoute } from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** The organization's side of the linkage (SPEC §11): what its members read to work. */
export class OrganizationDeskResource {
  constructor(private readonly requester: Requester) {}

  /** The needs matched to the organization (`id`), its proposals with their progress, its projects. */
  get(
    { id }: { id: string },
    options?: RequestOptions,
  ): RouteAnswer<typeof getOrganizationDeskRoute> {
    return this.requester.call(getOrganizationDeskRoute, { params: { id } }, options);
  }
}

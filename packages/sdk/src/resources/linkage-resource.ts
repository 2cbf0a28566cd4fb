import {
  claimNeedAsOrganizationRoute,
  createMatchRoute,
  listNeedMatchesRoute,
  type CreateMatchRequest,
  type OrganizationClaimRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** 供需对接 (SPEC §11): staff match a need to a resource; the organization then takes it. */
export class LinkageResource {
  constructor(private readonly requester: Requester) {}

  /** Links an open need (`id`) to a published resource; the organization's members are told. */
  match(
    { id, ...body }: { id: string } & CreateMatchRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createMatchRoute> {
    return this.requester.call(createMatchRoute, { params: { id }, body }, options);
  }

  /** An organization claims, as itself, a need (`id`) matched to one of its resources. */
  claimAsOrganization(
    { id, ...body }: { id: string } & OrganizationClaimRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof claimNeedAsOrganizationRoute> {
    return this.requester.call(claimNeedAsOrganizationRoute, { params: { id }, body }, options);
  }

  /** The resources (and organizations) a need (`id`) in the caller's scope was matched to. */
  matches(
    { id }: { id: string },
    options?: RequestOptions,
  ): RouteAnswer<typeof listNeedMatchesRoute> {
    return this.requester.call(listNeedMatchesRoute, { params: { id } }, options);
  }
}

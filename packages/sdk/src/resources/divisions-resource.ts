import {
  createDivisionRoute,
  listDivisionsRoute,
  updateDivisionRoute,
  type CreateDivisionRequest,
  type UpdateDivisionRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** The district tree: streets and communities; a district_admin adds and edits them. */
export class DivisionsResource {
  constructor(private readonly requester: Requester) {}

  list(
    _params: Record<string, never> = {},
    options?: RequestOptions,
  ): RouteAnswer<typeof listDivisionsRoute> {
    return this.requester.call(listDivisionsRoute, {}, options);
  }

  /** Adds a street or town, or a community or village under a street (district_admin). */
  create(
    params: CreateDivisionRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createDivisionRoute> {
    return this.requester.call(createDivisionRoute, { body: params }, options);
  }

  /** Renames a division or changes its kind or population; its code never changes. */
  update(
    { code, ...body }: { code: string } & UpdateDivisionRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateDivisionRoute> {
    return this.requester.call(updateDivisionRoute, { params: { code }, body }, options);
  }
}
